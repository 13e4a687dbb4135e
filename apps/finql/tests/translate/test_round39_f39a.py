"""Round 39 (f39a): the plain words of people with no finance training (tune39a's household, treasurer, shopkeeper,
grandchild and nurse), read where SPEC gives them one reading, refused (named) otherwise."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# the asker's grandparent or parent named as the family says it, with no "my": the asker's context
@pytest.mark.parametrize("question, query", [
    ("Grandma holds Aurora Pharma and Redwood Foods. What are their P/E ratios today?", "FG_PE(D0) FOR AURP, REDF"),
    ("Grandpa owns Redwood Foods shares. What was its net income last year?", "FF_NET_INC(FY2024) FOR REDF"),
    ("Gran asks if Redwood Foods pays well. Its dividend per share for fiscal 2023 please", "FF_DPS(FY2023) FOR REDF"),
    ("My grandad has Bluepeak Energy and Starlight Motors. What are their share prices now?",
     "P_PRICE(D0) FOR BPE, STAR"),
])
def test_family_named_is_context(question: str, query: str) -> None:
    assert q(question) == query


def test_family_own_holdings_stay_refused() -> None:
    # which companies Nan holds is not said: never every bank
    assert "nan" in refused("Which banks does Nan own? show their P/E")


# "have got" of having: the "have" alone; never "got worse", "got bigger" (a change)
@pytest.mark.parametrize("question, query", [
    ("Which 3 banks have got the highest P/E?", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) DESC TOP 3"),
    ("Aurora Pharma: how many employees has it got? fiscal 2023", "FF_EMPLOYEES(FY2023) FOR AURP"),
    ("Grandad's got Redwood Foods shares. What's the price today?", "P_PRICE(D0) FOR REDF"),
    ("Which utilities have got a dividend yield above 4%?",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) > 4)"),
])
def test_have_got(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Which retailers have got bigger since 2020?",
    "Has Redwood Foods' margin got worse since 2020?",
])
def test_got_of_a_change_stays_refused(question: str) -> None:
    assert "got" in refused(question)


# "cash in the bank", "cash at bank": the cash (the bank was a set beside the company)
@pytest.mark.parametrize("question, query", [
    ("How much cash in the bank did Aurora Pharma have at the end of fiscal 2023?", "FF_CASH(FY2023) FOR AURP"),
    ("Redwood Foods and Apex Medical cash at bank last year", "FF_CASH(FY2024) FOR REDF, APXD"),
    ("Tidewater Pharma: cash at the bank at the end of last year", "FF_CASH(FY2024) FOR TIDE"),
])
def test_cash_in_the_bank(question: str, query: str) -> None:
    assert q(question) == query


def test_cash_in_the_banks_is_the_banks() -> None:
    assert q("How much cash is in the banks at the end of last year?") == \
        "NAME, FF_CASH(FY2024) FOR SCREEN(INDUSTRY(\"Banks\"))"


# both extremes: the company between them and the price, or said after the price with a dash or a colon
@pytest.mark.parametrize("question, query", [
    ("Lowest and highest Apex Medical closing price in 2023",
     "P_LOW(2023-01-01, 2023-12-31), P_HIGH(2023-01-01, 2023-12-31) FOR APXD"),
    ("the highest and lowest Redwood Foods share price over the past 6 months",
     "P_HIGH(2024-07-15, D0), P_LOW(2024-07-15, D0) FOR REDF"),
    ("Aurora Pharma share price: highest and lowest in 2022",
     "P_HIGH(2022-01-01, 2022-12-31), P_LOW(2022-01-01, 2022-12-31) FOR AURP"),
    ("Tidewater Pharma stock price - the highest and the lowest it's been over the last 60 trading days",
     "P_HIGH(D-60, D0), P_LOW(D-60, D0) FOR TIDE"),
])
def test_highest_and_lowest(question: str, query: str) -> None:
    assert q(question) == query


def test_extremes_near_misses() -> None:
    # a ranking by price keeps its own refusal; two companies with both ends of a ranking too
    assert q("Banks by share price, the highest and the lowest first") is None
    assert q("Which bank has the highest and lowest share price?") is None


# a named company's country said in a sentence of its own: dropped where the master agrees
@pytest.mark.parametrize("question, query", [
    ("Ashford Brands is a French company. What was its net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR ASHF"),
    ("Keystone Retail is Japanese I think - sales last year in dollars?", "FF_SALES(FY2024) FOR KEYR IN USD"),
    ("Ivory Genomics is a Swiss outfit. What's its market cap in euros?", "FG_MKT_CAP(D0) FOR IVOG IN EUR"),
    ("Starlight Motors is British. Its P/E today?", "FG_PE(D0) FOR STAR"),
])
def test_country_said_of_company(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, word", [
    ("Ivory Genomics is German right? whats its share price today in dollars", "german"),  # the master disagrees
    ("Tidewater Pharma is British, right? What's its P/E today?", "british"),  # (it is German)
    ("Ivory Genomics is a Swiss company with what P/E?", "swiss"),  # no sentence of its own
])
def test_country_said_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


def test_which_company_is_swiss_is_a_screen() -> None:
    assert q("Which company is Swiss? what's its share price") == "NAME, P_PRICE(D0) FOR SCREEN(COUNTRY(\"Switzerland\"))"


# "worth altogether (in total) on the stock market": the market value of a named company
@pytest.mark.parametrize("question, query", [
    ("What is Aurora Pharma worth in total on the stock market?", "FG_MKT_CAP(D0) FOR AURP"),
    ("How much is Redwood Foods worth altogether on the market, in euros?", "FG_MKT_CAP(D0) FOR REDF IN EUR"),
    ("What is Tidewater Pharma worth as a whole on the stock market today?", "FG_MKT_CAP(D0) FOR TIDE"),
])
def test_worth_altogether_on_the_market(question: str, query: str) -> None:
    assert q(question) == query


def test_set_worth_altogether_stays_refused() -> None:
    # the banks' worth altogether is a total over companies, which FinQL lacks
    assert "altogether" in refused("What are the banks worth altogether on the stock market?")


# "they're" written out
@pytest.mark.parametrize("question, query", [
    ("top 5 utilities by what they're paying as a dividend yield",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\")) SORT FG_DIV_YIELD(D0) DESC TOP 5"),
    ("Top 2 airlines by what they're worth",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY(\"Airlines\")) SORT FG_MKT_CAP(D0) DESC TOP 2 IN USD"),
    ("Aurora Pharma's free cash flow, or whatever they're called, last year", "FF_FCF(FY2024) FOR AURP"),
])
def test_theyre(question: str, query: str) -> None:
    assert q(question) == query


def test_a_family_name_with_no_my_is_no_motive_clause() -> None:
    """(lead, round 39) framing._CLIENT read a bare "Nan" / "Mum" anywhere as the client of a motive clause, and the
    clause's words up to the sentence's end as context: one held-out question (heldout35, aggregates only) went from
    a refusal to a wrong answer. That part is reverted; a bare family name opening a sentence before a list of three
    companies is refused, naming it (pipeline._ASKER still reads "Nan has X shares." and "Grandad has A and B.")."""
    assert "'nan'" in refused("Nan has Tidewater Pharma, Aurora Pharma and Apex Medical. Which did best in 2023? "
                              "rank them best to worst")

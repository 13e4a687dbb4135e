"""Round 19 (f19d): private-bank and journalist phrasing - the asker's situation or motive said in a sentence of its
own ("My client holds a large stake in X and is worried ..."), who asks ("I only have the basic licence"), numbers in
words ("a hundred billion dollars", "the top half-dozen"), a clause taken back and said again ("... actually, rank"),
rankings said in words ("the cheapest on earnings", "the biggest falls") and British spellings. Own wording, not the
tuning questions; the near misses stay refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the asker's situation, a sentence of its own that asks for nothing: context
        ("My client has a big stake in Falcon Software and is anxious about the margin outlook. What was its "
         "operating income in fiscal 2023?", "FF_OPER_INC(FY2023) FOR FALC"),
        ("One of my clients is a euro-based foundation that owns Apex Materials. What was the company's net income "
         "last year, in euros?", "FF_NET_INC(FY2024) FOR APXM IN EUR"),
        ("Our client is uneasy about leverage at Bluepeak Energy and Ember Petroleum: what was each one's cash at "
         "the end of fiscal 2023?", "FF_CASH(FY2023) FOR BPE, EMBP"),
        # who asks: the catalog decides what they may see
        ("I only have the free licence: what were Falcon Software's sales in fiscal 2023?", "FF_SALES(FY2023) FOR FALC"),
        ("On the basic licence, what is Falcon Software's dividend yield today?", "FG_DIV_YIELD(D0) FOR FALC"),
    ],
)
def test_motive_and_who_asks(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # what the situation says that would change the figures is named: a holding's size, a purchase date, a rule
        ("My client owns three thousand shares of Falcon Software. What is its price today?", "three thousand"),
        # ((round 48, f48t) "... What is its return since then?" refers to the day, as "since that day" does (round 34,
        # f34a): read as the return since it; a return that does not refer to the day stays named)
        ("My client bought Falcon Software on 3 March 2023. How has it done?", "3 march 2023"),
        ("My client's rules exclude any yield under 3 percent. Which banks pass today?", "3"),
    ],
)
def test_motive_that_changes_the_query_is_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which Software companies have a market value above a hundred billion dollars?",
         "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY(\"Software\"), FG_MKT_CAP(D0) > 100000) IN USD"),
        ("Which banks had net income of more than a billion dollars in fiscal 2023?",
         "NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_NET_INC(FY2023) > 1000) IN USD"),
        ("Show me the top half a dozen banks by sales last year.",
         "NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_SALES(FY2024) DESC TOP 6 IN USD"),
        ("The dozen biggest NX100 names by market cap, please, in dollars.",
         "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDEX(NX100)) SORT FG_MKT_CAP(D0) DESC TOP 12 IN USD"),
        # the second bound of a multiple said without its measure
        ("Which banks trade above eight times trailing earnings but below twelve?",
         "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) > 8 AND FG_PE(D0) < 12)"),
    ],
)
def test_numbers_in_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # ranked in words: the cheapest on earnings is the lowest P/E; the biggest falls the lowest return first
        ("Of Falcon Software, Northwind Systems and Apex Materials, which is cheapest on earnings?",
         "FG_PE(D0) FOR FALC, NWSY, APXM SORT FG_PE(D0) ASC TOP 1"),
        ("Which three banks had the largest share-price falls during 2023?",
         "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\")) "
         "SORT P_RETURN(2022-12-31, 2023-12-31) ASC TOP 3"),
        # the basis of the forward P/E said before it is the forward P/E's own, not a second measure to rank by
        ("Using next year's consensus EPS, what P/E do the insurers trade on? Most expensive first.",
         "NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT P_PRICE(D0) / FE_EPS(FY1) DESC"),
        # a second ask after the list's joint: where the stock trades now is its price
        ("What is Falcon Software's market cap, and where is it trading today?",
         "FG_MKT_CAP(D0), P_PRICE(D0) FOR FALC"),
        # a clause taken back and said again
        ("List the German banks... actually, list all German Financials by sales last year.",
         "NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR(\"Financials\") & COUNTRY(\"Germany\")) SORT FF_SALES(FY2024) DESC"),
        ("Which banks had a net... sorry, an operating margin above 30% last year?",
         "NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), "
         "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 30)"),
    ],
)
def test_rankings_and_restarts(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What was the capitalisation of Falcon Software today, in pounds?", "FG_MKT_CAP(D0) FOR FALC IN GBP"),
        ("Which organisations in the Banks industry had a P/E below 10 today?",
         "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 10)"),
        ("What was the labour force of Falcon Software at the end of fiscal 2022?", "FF_EMPLOYEES(FY2022) FOR FALC"),
        ("How many people did Falcon Software employ in fiscal 2021?", "FF_EMPLOYEES(FY2021) FOR FALC"),
        ("How did Falcon Software's sales in fiscal 2023 compare with fiscal 2020 - in percentage terms?",
         "GROWTH(FF_SALES, FY2020, FY2023) FOR FALC"),
        ("What is Falcon Software's P/E today, and its earnings-per-share for fiscal 2022 while you're at it?",
         "FG_PE(D0), FF_EPS(FY2022) FOR FALC"),
        ("Show Falcon Software's fiscal 2023 sales in dollars, and its net income likewise.",
         "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR FALC IN USD"),
    ],
)
def test_british_and_plain_words(question: str, query: str) -> None:
    assert q(question) == query


def test_near_misses() -> None:
    assert q("Show Falcon Software's fiscal 2023 sales in euros, and its net income likewise.") == \
        "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR FALC IN EUR"
    # read before this round, kept
    assert q("Journalist, fact-checking: what was Northwind Systems' EPS in fiscal 2022?") == "FF_EPS(FY2022) FOR NWSY"
    assert q("This is a guest login. What is Falcon Software's share price today?") == "P_PRICE(D0) FOR FALC"
    # a request inside the client's sentence is an ask, never context
    assert q("My client wants the P/E of Falcon Software. And the dividend yield of Apex Materials?") == \
        "FG_PE(D0), FG_DIV_YIELD(D0) FOR FALC, APXM"
    # "likewise" with no currency asked says nothing FinQL reads
    assert "likewise" in refused("Show Falcon Software's fiscal 2023 sales, and its net income likewise.")
    # a claim with no ask after it, a "did ... more" with one period: still refused
    assert "true" in refused("Is it true that Falcon Software's sales rose in fiscal 2023?")
    assert "did" in refused("Did Falcon Software have more cash in fiscal 2023?")
    # "capital" is no capitalisation
    assert "capital" in refused("What is the capital of Germany?")
    # "a dozen or so" is no count
    assert refused("Show me a dozen or so banks by sales.")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a claim to check, with the figures asked for after it: the figures
        ("Is it correct that Falcon Software's net income grew in fiscal 2023? By how much, in percent?",
         "GROWTH(FF_NET_INC, FY2022, FY2023) FOR FALC"),
        ("Is it right that Apex Materials' shares rose in 2023? What was the return?",
         "P_RETURN(2022-12-31, 2023-12-31) FOR APXM"),
        # "did X have more <measure> <period> than <period>": the figure at each period, as "was ... higher" reads
        ("Did Falcon Software have more cash at the end of fiscal 2023 than at the end of fiscal 2021?",
         "FF_CASH(FY2023), FF_CASH(FY2021) FOR FALC"),
        ("Fact-checking a number: did Apex Materials have more employees last year than two years ago? Both figures "
         "please.", "FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2023) FOR APXM"),
    ],
)
def test_claims_checked_by_their_figures(question: str, query: str) -> None:
    assert q(question) == query

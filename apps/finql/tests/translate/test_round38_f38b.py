"""Round 38 (f38b): tune38b (SPEC readers, SPEC section 5: relative periods, ranges, calendar-period returns, highs and
lows, quarterly aggregates, IN, conditions and SORT keys): three wrong answers and refusals of questions SPEC answers,
each a wording class, with rewordings and near misses."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# "the same quarter a year earlier" after two quarters or more is no one of them: refused, never the nearest guessed
@pytest.mark.parametrize("question", [
    "Eastgate Microdevices EPS last quarter, the quarter before last, and the same quarter a year earlier",
    "Apex Materials sales in Q3 2024 and Q2 2024 and the same quarter a year before",
    "Helix Bio net income in FQ0 and FQ-2, and in the same quarter one year earlier",
])
def test_same_quarter_after_two_quarters_refused(question: str) -> None:
    assert "same quarter" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Orbital Aerospace's sales in the quarter before last and the same quarter a year earlier.",
     "FF_SALES(FQ-1), FF_SALES(FQ-5) FOR ORBA"),
    ("Indigo Stores' sales in the latest quarter alongside the same quarter a year earlier",
     "FF_SALES(FQ0), FF_SALES(FQ-4) FOR INDS"),
])
def test_same_quarter_after_one_quarter(question: str, query: str) -> None:
    assert q(question) == query


# what a company owns is its assets, what it owes its debt (a ranking "by what they own" read the market cap)
@pytest.mark.parametrize(("question", "query"), [
    ("biggest banks by what they own, in dollars",
     'NAME, FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_ASSETS(FY2024) DESC IN USD'),
    ("largest insurers by what they own",
     'NAME, FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Insurance")) SORT FF_ASSETS(FY2024) DESC IN USD'),
    ("biggest banks by what they owe",
     'NAME, FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_DEBT(FY2024) DESC IN USD'),
    ("how much does Driftwood Automotive owe, in US money", "FF_DEBT(FY2024) FOR DRIF IN USD"),
    ("how much did Apex Materials own at the end of 2023", "FF_ASSETS(FY2023) FOR APXM"),
    ("How much debt does Kingsbridge Mining owe?", "FF_DEBT(FY2024) FOR KING"),
    ("how much did Cobalt Motors bring in last year", "FF_SALES(FY2024) FOR COBA"),
])
def test_owns_and_owes(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "what does Apex Materials own",  # what, not how much
    "how much does Apex Materials owe to suppliers",  # owed to someone named: not read
])
def test_owns_and_owes_near_misses(question: str) -> None:
    refused(question)


# a country's money is its currency
@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials sales last year in Swiss money", "FF_SALES(FY2024) FOR APXM IN CHF"),
    ("Cobalt Motors net income in 2023, converted to Japanese money", "FF_NET_INC(FY2023) FOR COBA IN JPY"),
    ("Apex Materials cash in 2024 in Canadian money", "FF_CASH(FY2024) FOR APXM IN CAD"),
])
def test_country_money(question: str, query: str) -> None:
    assert q(question) == query


# a ranking on price against earnings (book) is the multiple, one key (it was the price, with net income beside it)
_REIT_PE = 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("REITs")) SORT FG_PE(D0) ASC'


@pytest.mark.parametrize(("question", "query"), [
    ("list the REITs from cheapest to priciest on price vs earnings", _REIT_PE),
    ("which REITs are cheapest on share price relative to earnings", _REIT_PE),
    ("rank the banks by price versus earnings, cheapest first",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
    ("list the REITs by price vs earnings", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("REITs")) SORT FG_PE(D0) DESC'),
    ("sort the insurers by price vs book", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT FG_PB(D0) DESC'),
])
def test_ranked_on_price_vs_earnings(question: str, query: str) -> None:
    assert q(question) == query


def test_price_vs_earnings_unranked_stays_two() -> None:
    assert "FG_PE" not in (q("Apex Materials price vs earnings last year") or "")


# quarter ranges written year first, "fiscal quarters" before them
@pytest.mark.parametrize(("question", "query"), [
    ("What is the sum of Kingsbridge Telecom's free cash flow over fiscal quarters 2023Q1 through 2024Q4?",
     "SUM(FF_FCF, FQ2023Q1, FQ2024Q4) FOR KINT"),
    ("What was the average quarterly revenue of Monarch Care Partners across fiscal quarters 2022Q1 to 2022Q4, in EUR?",
     "AVG(FF_SALES, FQ2022Q1, FQ2022Q4) FOR MCP IN EUR"),
    ("Apex Materials average sales 2023Q3 to 2024Q2", "AVG(FF_SALES, FQ2023Q3, FQ2024Q2) FOR APXM"),
    ("total Apex Materials capex over the quarters Q1 2023 to Q2 2024", "SUM(FF_CAPEX, FQ2023Q1, FQ2024Q2) FOR APXM"),
    ("Apex Materials sales in 2023Q1 and 2024Q1", "FF_SALES(FQ2023Q1), FF_SALES(FQ2024Q1) FOR APXM"),
])
def test_year_first_quarter_ranges(question: str, query: str) -> None:
    assert q(question) == query


# a total (average) said last, before the currency
@pytest.mark.parametrize(("question", "query"), [
    ("HIGH sales, last 4 qtrs summed, EUR", "SUM(FF_SALES, FQ-3, FQ0) FOR HIGH IN EUR"),
    ("HIGH sales, last 4 quarters combined, in euros", "SUM(FF_SALES, FQ-3, FQ0) FOR HIGH IN EUR"),
    ("Westbrook Consulting FCF, FY2020-FY2024 summed, in USD.", "SUM(FF_FCF, FY2020, FY2024) FOR WEST IN USD"),
    ("Apex Materials net income, last 8 quarters, averaged, in yen", "AVG(FF_NET_INC, FQ-7, FQ0) FOR APXM IN JPY"),
])
def test_total_said_last_before_currency(question: str, query: str) -> None:
    assert q(question) == query


def test_total_said_last_before_two_currencies_refused() -> None:
    refused("HIGH sales, last 4 quarters summed, EUR and GBP")


# counts listed before the unit said once
@pytest.mark.parametrize(("question", "query"), [
    ("Meridian Hotels return over the last 5, 20 and 60 trading days",
     "P_RETURN(D-5, D0), P_RETURN(D-20, D0), P_RETURN(D-60, D0) FOR MRDH"),
    ("Meridian Hotels return over the last 5 and 20 trading days", "P_RETURN(D-5, D0), P_RETURN(D-20, D0) FOR MRDH"),
    ("Lumen Streaming lowest close in the past 3 and 6 months", "P_LOW(2024-10-15, D0), P_LOW(2024-07-15, D0) FOR LUMS"),
    ("Apex Materials sales growth over the past 3 and 5 years",
     "GROWTH(FF_SALES, FY2021, FY2024), GROWTH(FF_SALES, FY2019, FY2024) FOR APXM"),
])
def test_counts_listed_one_unit(question: str, query: str) -> None:
    assert q(question) == query


# "compared to" a period counted back from today sets the two periods against each other (no ratio)
@pytest.mark.parametrize(("question", "query"), [
    ("how many people work at Indigo Stores now compared to five years ago",
     "FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2020) FOR INDS"),
    ("Apex Materials net income in 2024 compared to three years ago", "FF_NET_INC(FY2024), FF_NET_INC(FY2022) FOR APXM"),
    ("Indigo Stores price now compared to a year ago", "P_PRICE(D0), P_PRICE(2024-01-15) FOR INDS"),
    ("Apex Materials debt compared to its equity", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR APXM"),
])
def test_compared_to_counted_back(question: str, query: str) -> None:
    assert q(question) == query


# the everyday words of a stock's high and low
@pytest.mark.parametrize(("question", "query"), [
    ("what's the most Bluepeak Energy shares have sold for in the past month", "P_HIGH(2024-12-15, D0) FOR BPE"),
    ("what is the least Apex Materials stock has traded for in 2023", "P_LOW(2023-01-01, 2023-12-31) FOR APXM"),
    ("how cheap did Atlas Mining stock get last year", "P_LOW(2024-01-01, 2024-12-31) FOR ATLM"),
    ("how expensive did Helix Bio shares get in 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR HLXB"),
    ("what's the best price Goldcrest Mining shares got to between June and August 2024",
     "P_HIGH(2024-06-01, 2024-08-31) FOR GOLD"),
    ("the top price Apex Materials stock went to in the past six months", "P_HIGH(2024-07-15, D0) FOR APXM"),
])
def test_everyday_high_low(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "word"), [
    ("how cheap is Atlas Mining stock", "cheap"),  # a valuation, no low
    ("what is the most Apex Materials sold last year", "sold"),  # no stock's price
])
def test_everyday_high_low_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


# the same how-did question asked again of another period
@pytest.mark.parametrize(("question", "query"), [
    ("How did Copperfield Air's stock do in 2023, and how is it doing year to date?",
     "P_RETURN(2022-12-31, 2023-12-31), P_RETURN(2023-12-31, D0) FOR COPP"),
    ("How did Apex Materials and Helix Bio perform in 2022 and how have they done since the start of 2024?",
     "P_RETURN(2021-12-31, 2022-12-31), P_RETURN(2023-12-31, D0) FOR APXM, HLXB"),
])
def test_how_did_asked_again(question: str, query: str) -> None:
    assert q(question) == query


# a second up/down with a period of its own is a second return condition; one without a period is refused
@pytest.mark.parametrize(("question", "query"), [
    ("Which tech companies were up in the first half of 2024 but down in the second half?",
     'NAME, P_RETURN(2023-12-31, 2024-06-30), P_RETURN(2024-06-30, 2024-12-31) FOR SCREEN(SECTOR("Information Technology"), '
     'P_RETURN(2023-12-31, 2024-06-30) > 0 AND P_RETURN(2024-06-30, 2024-12-31) < 0)'),
    ("Which banks were down in 2022 but up in 2023?",
     'NAME, P_RETURN(2021-12-31, 2022-12-31), P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), '
     'P_RETURN(2021-12-31, 2022-12-31) < 0 AND P_RETURN(2022-12-31, 2023-12-31) > 0)'),
])
def test_up_then_down(question: str, query: str) -> None:
    assert q(question) == query


def test_second_move_without_period_refused() -> None:
    assert "down" in refused("Which tech companies were up in 2023 and down?")


# the asker's curiosity said first, and a wish for the order said after it without a comma
@pytest.mark.parametrize(("question", "query"), [
    ("Out of interest, how many people did Northwind Logistics employ three years ago, and how many last year?",
     "FF_EMPLOYEES(FY2022), FF_EMPLOYEES(FY2024) FOR NWLG"),
    ("Which pharmaceutical companies trade below 20 times earnings today? Cheapest first would be lovely.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Pharmaceuticals"), FG_PE(D0) < 20) SORT FG_PE(D0) ASC'),
])
def test_curiosity_and_order_wish(question: str, query: str) -> None:
    assert q(question) == query


def test_interest_of_a_figure_is_no_aside() -> None:
    assert "interest" in refused("Out of interest expense, what did Apex Materials pay?")


def test_same_quarter_in_brackets_after_a_year_earlier() -> None:  # t7b-093: the same said again, no second quarter
    assert q("What did Crescent Beverages earn per share in the quarter before last, and a year earlier (same quarter of "
             "the prior fiscal year)?") == "FF_EPS(FQ-1), FF_EPS(FQ-5) FOR CRBV"

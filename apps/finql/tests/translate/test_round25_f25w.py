"""Round 25 (f25w): answers that looked right and were not. A price multiple "at today's price" beside another date
(the multiple took the other measure's date, or its own year's end), a move said of a figure ("by how much did X's
revenue move", "X's sales, up on the previous year?": the figure alone was answered), a second sort key (dropped to a
column), a listing "by price growth" (read as a condition that the price rose), and "general" in a list of lower-case
names (read as General Widget). Own paraphrases, with near misses that keep their reading."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a multiple at today's price: today's close, whatever date another measure has
AT_TODAY = [
    ("NWSY's P/E at today's price and its price at the end of 2023", "FG_PE(D0), P_PRICE(2023-12-31) FOR NWSY"),
    ("What is Northwind Systems' P/E at the current price, and its revenue in 2023?",
     "FG_PE(D0), FF_SALES(FY2023) FOR NWSY"),
    ("NWSY's revenue in 2023 and its P/E at today's price", "FF_SALES(FY2023), FG_PE(D0) FOR NWSY"),
    ("NWSY's 2023 revenue and P/E using today's price", "FF_SALES(FY2023), FG_PE(D0) FOR NWSY"),
    ("NWSY's price at the end of 2023 and its P/E at today's price", "P_PRICE(2023-12-31), FG_PE(D0) FOR NWSY"),
    ("NWSY's dividend yield at the current price and its revenue in 2023", "FG_DIV_YIELD(D0), FF_SALES(FY2023) FOR NWSY"),
    # siblings: the market cap and the earnings yields are of the day's close too
    ("NWSY's market cap at today's price and its revenue in 2022", "FG_MKT_CAP(D0), FF_SALES(FY2022) FOR NWSY"),
    ("NWSY's market cap at today's price", "FG_MKT_CAP(D0) FOR NWSY"),
    ("NWSY's earnings yield at today's price", "FF_EPS(LTM) / P_PRICE(D0) * 100 FOR NWSY"),
    ("NWSY's forward P/E at today's price and its revenue in 2023", "P_PRICE(D0) / FE_EPS(FY1), FF_SALES(FY2023) FOR NWSY"),
]

# a multiple with a year of its own and today's price: two dates for one multiple (was the year-end multiple)
AT_TODAY_OWN_YEAR = [
    ("NWSY's P/E in 2023 at today's price", ["2023", "at today's price"]),
    ("NWSY's dividend yield in 2023 at today's price", ["2023", "at today's price"]),
    ("NWSY's 2023 P/E at today's price", ["2023", "at today's price"]),
    ("NWSY's P/E for fiscal 2023 using the current price", ["fiscal 2023", "using the current price"]),
    ("NWSY's P/B in 2023 at today's price", ["2023", "at today's price"]),
    ("the P/E at the end of 2023 using today's price for NWSY", ["at the end of 2023", "using today's price"]),
    ("NWSY's market cap in 2022 at today's price", ["2022", "at today's price"]),
]

AT_TODAY_KEPT = [
    ("NWSY's P/E at today's price", "FG_PE(D0) FOR NWSY"),
    ("NWSY's P/E on FY2023 EPS using today's price", "P_PRICE(D0) / FF_EPS(FY2023) FOR NWSY"),
    ("NWSY's P/E in 2023", "FG_PE(2023-12-31) FOR NWSY"),
    # a forward multiple's estimate year is its EPS's, not a date of the price
    ("NWSY's FY2026 forward P/E at today's price", "P_PRICE(D0) / FE_EPS(FY2) FOR NWSY"),
    ("NWSY's forward P/E for FY2026 at the current price and its revenue in 2023",
     "P_PRICE(D0) / FE_EPS(FY2), FF_SALES(FY2023) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), AT_TODAY + AT_TODAY_KEPT)
def test_multiple_at_todays_price(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), AT_TODAY_OWN_YEAR)
def test_multiple_with_its_own_year_at_todays_price_is_refused(question: str, words: list[str]) -> None:
    msg = refused(question)
    for w in words:
        assert w in msg


# a move said of a figure: a change was asked, never the figure alone
MOVED = [
    ("By how much did NWSY's revenue move in 2024?", "move"),
    ("How did Northwind Systems' sales move last year?", "move"),
    ("how did NWSY's operating income perform in fiscal 2024", "perform"),
    ("NWSY's sales, up on the previous year?", "up"),
    ("Falcon Software's net income, down from the prior year?", "down"),
]

MOVED_KEPT = [
    # (round 35, f35s) "how much" of a "change" is its size in the unit (the later figure minus the earlier)
    ("How much did NWSY's revenue change in 2024?", "FF_SALES(FY2024) - FF_SALES(FY2023) FOR NWSY"),
    ("By how much did NWSY's revenue rise in 2024?", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    ("How did NWSY's shares perform in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR NWSY"),
    ("How did NWSY's stock move in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR NWSY"),
    ("NWSY's revenue vs the previous year", "FF_SALES(FY2024), FF_SALES(FY2023) FOR NWSY"),
    # the move shown as the figure at both ends
    ("How has Nimbus Freight's quarterly revenue moved? Show me last quarter and the same quarter a year earlier.",
     "FF_SALES(FQ0), FF_SALES(FQ-4) FOR NIMB"),
]


@pytest.mark.parametrize(("question", "word"), MOVED)
def test_move_of_a_figure_is_refused(question: str, word: str) -> None:
    assert f"'{word}'" in refused(question)


@pytest.mark.parametrize(("question", "query"), MOVED_KEPT)
def test_move_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# a second key after "by": FinQL sorts by one (it was dropped to a column)
TWO_KEYS = [
    "banks sorted by P/E and revenue growth",
    "banks ordered by P/E and revenue growth",
    "banks sorted by P/E and by revenue growth",
    "banks sorted by P/E then revenue",
    "banks ranked by P/E, then by sales",
    "banks ranked by P/E and dividend yield",
    "banks sorted by revenue growth and P/E",
]

ONE_KEY = [
    ("banks sorted by P/E, with their revenue", 'NAME, FG_PE(D0), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ("banks sorted by P/E and their revenue", 'NAME, FG_PE(D0), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ("top 3 banks by market cap and their P/E",
     'NAME, FG_MKT_CAP(D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD'),
    ("banks sorted by revenue growth",
     'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT GROWTH(FF_SALES, FY2023, FY2024) DESC'),
]


@pytest.mark.parametrize("question", TWO_KEYS)
def test_two_sort_keys_are_refused(question: str) -> None:
    assert "sorts by one" in refused(question)


@pytest.mark.parametrize(("question", "query"), ONE_KEY)
def test_one_sort_key_and_columns(question: str, query: str) -> None:
    assert q(question) == query


# a listing by a change of the price: its key, never a condition that the price rose
BY_PRICE_MOVE = [
    ("banks by price growth in 2024",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2023-12-31, 2024-12-31) DESC'),
    ("list banks by stock price increase in 2024",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2023-12-31, 2024-12-31) DESC'),
    ("list banks by price decline in 2024",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2023-12-31, 2024-12-31) ASC'),
    ("banks sorted by share price growth in 2024",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2023-12-31, 2024-12-31) DESC'),
    # near misses: a move said of the companies' price is a condition
    ("banks whose price grew in 2024",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, 2024-12-31) > 0)'),
    ("banks with price growth in 2024",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, 2024-12-31) > 0)'),
]


@pytest.mark.parametrize(("question", "query"), BY_PRICE_MOVE)
def test_listing_by_price_move(question: str, query: str) -> None:
    assert q(question) == query


# "general" in lower case in a list of names: a word, not General Widget
GENERAL_REFUSED = [
    "sales of general and redwood farms",
    "sales of redwood farms and general",
    "net income of redwood farms & general",
]

GENERAL_KEPT = [
    ("sales of General and Redwood Farms", "FF_SALES(FY2024) FOR GWC, REFA"),
    ("sales of general widget and redwood farms", "FF_SALES(FY2024) FOR GWC, REFA"),
    ("general widget revenue", "FF_SALES(FY2024) FOR GWC"),
    ("revenue of NWSY and General", "FF_SALES(FY2024) FOR NWSY, GWC"),
    ("revenue fy23 of nwsy & vantage", "FF_SALES(FY2023) FOR NWSY, VNTG"),
]


@pytest.mark.parametrize("question", GENERAL_REFUSED)
def test_lower_case_general_in_a_list_is_refused(question: str) -> None:
    assert "'general'" in refused(question)


@pytest.mark.parametrize(("question", "query"), GENERAL_KEPT)
def test_general_widget_kept(question: str, query: str) -> None:
    assert q(question) == query

"""Round 48 (f48w): wrong answers and near-wrong readings of round 47, mended by class: an order said after a "top N"
ranking that shows its rows the other way; one figure asked of several; a negated growth with a bound; "the name" said
of one company after several were named. Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. an order said after a "top N" ranking: how the rows picked are shown -----------------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("Top 3 banks by market value. Lowest first.", "lowest first"),
    ("Top 4 banks by market value, then show them ascending", "ascending"),
    ("top 3 utilities by sales, sorted ascending", "ascending"),
    ("Top 5 insurers by revenue; smallest first please", "smallest first"),
    ("top 3 banks by P/E, show them lowest first", "lowest first"),
    ("The top 4 utilities by dividend yield. List them from lowest to highest.", "lowest to highest"),
])
def test_order_said_after_a_top_ranking_is_refused(question: str, named: str) -> None:
    msg = refused(question)
    assert named in msg and "top" in msg


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: the same direction said again; the order in the ranking's own clause, which the golds read as the
    # ranking's (t27b-089); "bottom" with its own direction; an order said first and "top" after it)
    ("Top 3 banks by market value. Largest first.",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD'),
    ("Top 3 banks by market value, then list them largest first",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD'),
    ("top 2 utilities by P/E, lowest first",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_PE(D0) ASC TOP 2'),
    ("Bottom 3 insurers by FY2024 net income, ascending.",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Insurance")) SORT FF_NET_INC(FY2024) ASC TOP 3 IN USD'),
    ("Rank the banks by P/E, lowest first, and show the top three.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 3'),
])
def test_order_with_a_top_ranking_near_misses(question: str, query: str) -> None:
    assert q(question) == query


def test_largest_shown_smallest_first_stays_refused() -> None:
    # (round 39's rule, the same class with an explicit superlative)
    assert "smallest first" in refused("Five largest insurers by revenue, smallest first")


# --- 2. one figure asked -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("Northwind Systems' quarterly net income in fiscal 2024, one figure", "one figure"),
    ("Apex Materials' quarterly sales for fiscal 2023 as a single number.", "as a single number"),
    ("Falcon Software's EPS for each quarter of fiscal 2024, one number please", "one number"),
    ("Apex Medical sales in FY2023 and FY2024, just one figure", "just one figure"),
    ("Net income of Apex Medical and Falcon Software in fiscal 2024, one value", "one value"),
    ("Banks with a P/E below 10, one number", "one number"),
])
def test_one_figure_of_several_is_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # (one company, one item: the one figure; a count of figures per period is another layout)
    ("Northwind Systems' net income in fiscal 2024, one figure", "FF_NET_INC(FY2024) FOR NWSY"),
    ("Apex Medical's P/E today (one number)", "FG_PE(D0) FOR APXD"),
    ("Falcon Software's total sales over fiscal 2022 to 2024, as a single figure",
     "SUM(FF_SALES, FY2022, FY2024) FOR FALC"),
    ("Apex Medical's EBIT margin, FY2023 and FY2024, one number per year",
     "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR APXD"),
])
def test_one_figure_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. a negated growth with a bound ----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "cond"), [
    ("Insurers whose EPS did not rise by over 20% last year",
     "NOT (GROWTH(FF_EPS, FY2023, FY2024) > 20)"),
    ("Which utilities' sales didn't grow by more than 4% in fiscal 2024?",
     "NOT (GROWTH(FF_SALES, FY2023, FY2024) > 4)"),
    ("Banks whose net income did not fall by more than 10% in fiscal 2023",
     "NOT (GROWTH(FF_NET_INC, FY2022, FY2023) < -10)"),
    ("Banks whose sales did not increase by at least 5% last year",
     "NOT (GROWTH(FF_SALES, FY2023, FY2024) >= 5)"),
])
def test_negated_growth_with_a_bound(question: str, cond: str) -> None:
    assert f", {cond})" in (q(question) or "")


@pytest.mark.parametrize("question", [
    # (near misses: an exact amount, no bound; a bound in money, not percent)
    "Banks whose sales did not grow by 5% in fiscal 2024",
    "Banks whose sales did not grow by more than 500 million in fiscal 2024",
])
def test_negated_growth_near_misses_refused(question: str) -> None:
    assert refused(question)


@pytest.mark.parametrize(("question", "cond"), [
    ("Utilities whose sales did not grow in fiscal 2024", "NOT (FF_SALES(FY2024) > FF_SALES(FY2023))"),
    ("Utilities whose sales grew by not more than 5% in fiscal 2024", "GROWTH(FF_SALES, FY2023, FY2024) <= 5"),
])
def test_negated_growth_read_as_before(question: str, cond: str) -> None:
    assert f", {cond})" in (q(question) or "")


# --- 4. "year end" with no year stays refused ----------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Apex Medical's market cap at year end",
    "What was Falcon Software's cash at year-end?",
    # (lead, merge): "calendar-2024 return, with year-end market cap" was here; f48r reads a market figure's
    # "year-end" at the end of the one calendar year said before it (D0 = 2024-12-31), so it is no longer yearless
    "Northwind Systems' return over the last 20 trading days, with year-end market cap",
    "Northwind Systems' fiscal 2024 sales, with year-end market cap",
])
def test_year_end_without_a_year_refused(question: str) -> None:
    assert "year" in refused(question)


# --- 5. "the name" of one company after several ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("Northwind Systems and Apex Materials: how did the name do in 2024?", "the name"),
    ("Falcon Software and Apex Medical: what's the name's P/E?", "the name's"),
    ("Falcon Software and Apex Medical: how did this name perform in 2024?", "this name"),
    ("I hold Apex Medical and Falcon Software. How has that name done since June?", "that name"),
])
def test_the_name_after_several_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: one company named; the plural; the NAME field)
    ("Northwind Systems: how did the name do in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR NWSY"),
    ("Falcon Software and Apex Medical: how did the names do in 2024?",
     "P_RETURN(2023-12-31, 2024-12-31) FOR FALC, APXD"),
    ("Falcon Software and Apex Medical: show the name and P/E", "FG_PE(D0) FOR FALC, APXD"),
    ("Falcon Software and Apex Medical, with the name and the P/E, please", "FG_PE(D0) FOR FALC, APXD"),
])
def test_the_name_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# --- 6. "how much did X lose": the signed net income (the golds' convention, t4m-056) ------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("How much did Apex Medical lose in fiscal 2022?", "FF_NET_INC(FY2022) FOR APXD"),
    ("How much money did Falcon Software lose last year?", "FF_NET_INC(FY2024) FOR FALC"),
    ("How much did Falcon Software's shares lose in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"),
])
def test_how_much_lost(question: str, query: str) -> None:
    assert q(question) == query

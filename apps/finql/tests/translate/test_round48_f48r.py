"""Round 48 (f48r): a careful SPEC reader's answerable questions the rules refused, mended by class: a price move said
of the set a "which" question asks about beside other conditions, a market figure's "year-end" with no year of its
own (and "end-of-2023" written with hyphens), "per person" as "per head" and "not millions" said in brackets. Rules
alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. the set asked about, said as a price move's subject, beside other conditions ------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which utilities fell more than 10% in 2023 or have a dividend yield above 5% today?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31), FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), '
     "P_RETURN(2022-12-31, 2023-12-31) < -10 OR FG_DIV_YIELD(D0) > 5)"),
    ("Which banks rose more than 20% in 2024 and have a P/E below 10?",
     'NAME, P_RETURN(2023-12-31, 2024-12-31), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), '
     "P_RETURN(2023-12-31, 2024-12-31) > 20 AND FG_PE(D0) < 10)"),
    ("Which of the banks gained more than 20% in 2024 and have a P/E below 10?",
     'NAME, P_RETURN(2023-12-31, 2024-12-31), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), '
     "P_RETURN(2023-12-31, 2024-12-31) > 20 AND FG_PE(D0) < 10)"),
    ("Which Industrials either returned more than 15% in calendar 2023 or yield above 4% today?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31), FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Industrials"), '
     "P_RETURN(2022-12-31, 2023-12-31) > 15 OR FG_DIV_YIELD(D0) > 4)"),
])
def test_set_asked_moved(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a move with no period; a verb that is no price's move ("grew"); a measure's own move ("banks' P/E fell")
    ("Which banks rose more than 20% and have a P/E below 10?", "rose"),
    ("Which banks grew more than 20% in 2024 and have a P/E below 10?", "grew"),
    ("Which banks' P/E fell more than 10% in 2023 or have a dividend yield above 5% today?", "fell"),
    # a measure said before the verb keeps its guard (which moved: the stock, or the P/E?)
    ("Which banks with a P/E below 10 fell more than 10% in 2023?", "fell"),
])
def test_set_asked_moved_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


def test_a_measure_moved_is_not_the_stock() -> None:
    # "banks' sales rose": the sales' growth, as before
    assert q("Which banks' sales rose more than 20% in 2024 and have a P/E below 10?") == (
        'NAME, GROWTH(FF_SALES, FY2023, FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), '
        "GROWTH(FF_SALES, FY2023, FY2024) > 20 AND FG_PE(D0) < 10)")


# --- 2. a market figure's "year-end" with no year of its own: the one calendar year said before ----------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' 2023 return and its year-end market cap", "P_RETURN(2022-12-31, 2023-12-31), FG_MKT_CAP(2023-12-31) FOR COBA"),
    ("Cobalt Motors' 2023 return and its end-of-year market cap", "P_RETURN(2022-12-31, 2023-12-31), FG_MKT_CAP(2023-12-31) FOR COBA"),
    ("How did the airlines do in 2022, and what was their year-end share price?",
     'NAME, P_RETURN(2021-12-31, 2022-12-31), P_PRICE(2022-12-31) FOR SCREEN(INDUSTRY("Airlines"))'),
    ("Falcon Software's calendar-2023 return, with year-end P/E alongside",
     "P_RETURN(2022-12-31, 2023-12-31), FG_PE(2023-12-31) FOR FALC"),
    # "end-of-2023" as "end-2023"
    ("Cobalt Motors' end-of-2023 market cap", "FG_MKT_CAP(2023-12-31) FOR COBA"),
    ("Cobalt Motors' end-of-year 2022 close", "P_PRICE(2022-12-31) FOR COBA"),
])
def test_year_end_of_the_year_said(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # no year said; two years said; a fiscal year in the question; the year said only after it
    "Cobalt Motors' year-end market cap",
    "Cobalt Motors' 2022 and 2023 returns and year-end market cap",
    "Cobalt Motors' fiscal 2023 sales and its year-end market cap",
    "Cobalt Motors' year-end market cap and its 2023 return",
])
def test_year_end_of_no_one_year(question: str) -> None:
    assert "year-end" in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' year-end market cap in 2023", "FG_MKT_CAP(2023-12-31) FOR COBA"),
    # its year said right before it: a move from that close, never a second figure at the year's end
    ("How much has Falcon Software fallen since the 2022 year-end close?", "P_RETURN(2022-12-31, D0) FOR FALC"),
])
def test_year_end_with_its_own_year(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. "per person" as "per head"; "not millions" said in brackets or after a dash --------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Revenue per employee at Thornbury Consulting in fiscal 2023, in dollars per person.",
     "FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023) FOR THOC IN USD"),
    ("Net income per person at Westbrook Consulting in fiscal 2024, in dollars",
     "FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024) FOR WEST IN USD"),
    ("Sales per employee for Northwind Logistics in fiscal 2023, in US dollars (not millions).",
     "FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023) FOR NWLG IN USD"),
    ("Sales per employee at Westbrook Consulting in fiscal 2022 in dollars - not millions.",
     "FF_SALES(FY2022) * 1000000 / FF_EMPLOYEES(FY2022) FOR WEST IN USD"),
    ("Operating income per employee at Westbrook Consulting, fiscal 2024, in dollars (not millions, actual dollars per "
     "employee)", "FF_OPER_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024) FOR WEST IN USD"),
    ("Sales per person at Westbrook Consulting in fiscal 2024", "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR WEST"),
])
def test_units_per_head(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # no amount per head to scale; "per share" is no unit per head; the currency not said
    "Westbrook Consulting net income in fiscal 2024 in dollars (not millions)",
    "Sales per employee in US dollars (not millions - whole dollars per share) for Monarch Care Partners, fiscal 2024.",
    "Sales per employee at Westbrook Consulting in fiscal 2024 (not millions)",
])
def test_not_millions_near_misses(question: str) -> None:
    assert "millions" in refused(question).lower()

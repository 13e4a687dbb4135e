"""Round 42 (r42): review of round 41's rules. Part 1: ``units_said`` reads the reading's structure (FinQL's syntax tree
and the registry's units), not the query's text. Part 2: near misses of round 41's rules whose answers were wrong, each
mended as a class, with the readings beside them that must not change. Rules alone; every phrasing is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate import text, units_said
from finql.translate.compose import Reading

# --- Part 1: the unit said again, checked on the reading's structure ------------------------------------------------


def _r(*items: str, condition: str | None = None, sort: str | None = None) -> Reading:
    return Reading(items=list(items), tickers=[] if condition else ["FALC"], universe='INDUSTRY("Software")',
                   condition=condition, sort=sort)


@pytest.mark.parametrize(("check", "reading", "holds"), [
    # an amount per employee in units: the amount times a million over the headcount, every figure and the sort key
    ("_per_head_units", _r("FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023)"), True),
    ("_per_head_units", _r("NAME", "FF_CASH(FY2023) * 1000000 / FF_EMPLOYEES(FY2023)",
                           sort="FF_CASH(FY2023) * 1000000 / FF_EMPLOYEES(FY2023)"), True),
    ("_per_head_units", _r("FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023)", "FF_NET_INC(FY2023)"), False),
    ("_per_head_units", _r("FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023)",
                           sort="FF_SALES(FY2023)"), False),  # the sort key is a figure too
    ("_per_head_units", _r("FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023)",
                           condition="FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) > 0.5"), False),  # a bound in millions
    ("_per_head_units", _r("GROWTH(FF_SALES, FY2022, FY2023) * 1000000 / FF_EMPLOYEES(FY2023)"), False),  # a percent
    ("_per_head_units", _r("FF_SALES(FY2023) * 1000 / FF_EMPLOYEES(FY2023)"), False),  # thousands
    ("_per_head_units", _r("NAME"), False),  # no figure
    # in thousands: either way round
    ("_per_head_thousands", _r("FF_NET_INC(FY2023) * 1000 / FF_EMPLOYEES(FY2023)"), True),
    ("_per_head_thousands", _r("FF_NET_INC(FY2023) / FF_EMPLOYEES(FY2023) * 1000"), True),
    ("_per_head_thousands", _r("FF_NET_INC(FY2023) / FF_EMPLOYEES(FY2023) * 10000"), False),
    # left in millions: a condition is in millions too
    ("_per_head_millions", _r("FF_SALES(FY2023) / FF_EMPLOYEES(FY2023)",
                              condition="FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) > 0.5"), True),
    ("_per_head_millions", _r("FF_EMPLOYEES(FY2023) / FF_EMPLOYEES(FY2022)"), False),
    ("_per_head_millions", _r("FG_MKT_CAP(D0) / FF_EMPLOYEES(FY2023)"), False),  # no fundamentals amount
    # per share: the registry's per-share metrics, or an amount over the diluted shares
    ("_per_share_units", _r("FF_DPS(FY2023)", "FF_EPS(FY2023)", "P_PRICE(D0)"), True),
    ("_per_share_units", _r("FF_EQUITY(FY2023) / FF_SHARES(FY2023)"), True),
    ("_per_share_units", _r("P_HIGH(2024-01-01, 2024-12-31)"), True),
    ("_per_share_units", _r("FF_EPS(FY2023)", "FF_NET_INC(FY2023)"), False),
    ("_per_share_units", _r("FF_EMPLOYEES(FY2023) / FF_SHARES(FY2023)"), False),
    ("_per_share_units", _r("FG_MKT_CAP(D0)"), False),
])
def test_the_unit_checks_read_the_readings_structure(check: str, reading: Reading, holds: bool) -> None:
    assert getattr(units_said, check)(reading) is holds


def test_the_unit_checks_split_no_text_and_share_the_dollar_words() -> None:
    assert not hasattr(units_said, "_items") and not hasattr(units_said, "_screen_cond")
    assert units_said.DOLLARS is text.DOLLARS


@pytest.mark.parametrize(("question", "query"), [
    ("Copperfield Air's revenue per employee in fiscal 2023, in actual dollars, not millions",
     "FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023) FOR COPP IN USD"),
    ("Rank the software companies by sales per employee in fiscal 2023, in actual dollars, not millions",
     "NAME, FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023) FOR SCREEN(INDUSTRY(\"Software\")) "
     "SORT FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023) DESC IN USD"),
    ("Software companies by net income per employee in fiscal 2023, highest first, in k$",
     "NAME, FF_NET_INC(FY2023) * 1000 / FF_EMPLOYEES(FY2023) FOR SCREEN(INDUSTRY(\"Software\")) "
     "SORT FF_NET_INC(FY2023) * 1000 / FF_EMPLOYEES(FY2023) DESC IN USD"),
    ("Falcon Software's book value per share at the end of fiscal 2023 (in units of the reporting currency per share, "
     "not millions)", "FF_EQUITY(FY2023) / FF_SHARES(FY2023) FOR FALC"),
    # the registry holds the highest close per share (SPEC 2: a close, in units of the currency); the old list had not
    ("Falcon Software's highest close in 2024 (in units of the reporting currency per share, not millions)",
     "P_HIGH(2024-01-01, 2024-12-31) FOR FALC"),
])
def test_a_unit_said_again_read_from_the_structure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Top 3 software companies by sales per employee in fiscal 2023, with their net income, in actual dollars not "
     "millions", "millions"),
    ("Falcon Software's EPS and net income in fiscal 2023 (in units of the reporting currency per share, not millions)",
     "units"),
    ("Falcon Software's sales per employee in fiscal 2023 - millions per head is fine - and its net income", "millions"),
    ("Which software companies had net income per employee above 50 in k$ in fiscal 2024?", "k"),
    ("Falcon Software's market cap per employee today in actual dollars not millions", "millions"),
])
def test_a_unit_the_structure_does_not_hold_stays_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- Part 2, A: "that year" said after one quarter is the quarter's year (``timeres``) -------------------------------


@pytest.mark.parametrize(("question", "query"), [
    # f41p's "ended that year with" read the third quarter's cash and debt
    ("Which utilities made a profit in the third quarter of fiscal 2022 and ended that year with more cash than debt?",
     "NAME, FF_NET_INC(FQ2022Q3), FF_CASH(FY2022), FF_DEBT(FY2022) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_NET_INC(FQ2022Q3) > 0 AND FF_CASH(FY2022) > FF_DEBT(FY2022))"),
    ("Which utilities made a profit in the third quarter of fiscal 2022 and had more cash than debt at the end of that "
     "year?", "NAME, FF_NET_INC(FQ2022Q3), FF_CASH(FY2022), FF_DEBT(FY2022) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_NET_INC(FQ2022Q3) > 0 AND FF_CASH(FY2022) > FF_DEBT(FY2022))"),
    ("Which utilities made a profit in the last quarter and ended that year with more cash than debt?",
     "NAME, FF_NET_INC(FQ0), FF_CASH(FY2024), FF_DEBT(FY2024) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_NET_INC(FQ0) > 0 AND FF_CASH(FY2024) > FF_DEBT(FY2024))"),
    ("Falcon Software's net income in Q3 2022 and its sales that year", "FF_NET_INC(FQ2022Q3), FF_SALES(FY2022) FOR FALC"),
    ("Falcon Software's net income in Q3 2022 and its sales the same year",
     "FF_NET_INC(FQ2022Q3), FF_SALES(FY2022) FOR FALC"),
    # a calendar quarter's year is the calendar year (Falcon Software's fiscal years end in September)
    ("Falcon Software's net income in calendar Q3 2022 and its sales that year",
     "FF_NET_INC(FQ2022Q4), SUM(FF_SALES, FQ2022Q2, FQ2023Q1) FOR FALC"),
    # near misses that keep their reading: the quarter said again, a year before
    ("Falcon Software's net income in Q3 2022 and its sales that quarter",
     "FF_NET_INC(FQ2022Q3), FF_SALES(FQ2022Q3) FOR FALC"),
    ("Which utilities made a profit in fiscal 2022 and ended that year with more cash than debt?",
     "NAME, FF_NET_INC(FY2022), FF_CASH(FY2022), FF_DEBT(FY2022) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_NET_INC(FY2022) > 0 AND FF_CASH(FY2022) > FF_DEBT(FY2022))"),
])
def test_that_year_of_a_quarter_is_its_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Falcon Software's net income in Q2 and Q3 2022 and its sales that year", "that year"),
    ("Falcon Software's net income in the first half of fiscal 2022 and its sales that year", "that year"),
])
def test_that_year_of_several_quarters_stays_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- Part 2, B: "then" after a figure at a point (``compose._then_of_a_point``, ``_earlier_clauses_period``) ----------


@pytest.mark.parametrize(("question", "query"), [
    # f41n's later request clause read today's P/E, "then" dropped
    ("Rank the banks by sales in 2023 and show their P/E then",
     "NAME, FF_SALES(FY2023), FG_PE(2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_SALES(FY2023) DESC IN USD"),
    ("Falcon Software's sales in 2023 and its market cap then", "FF_SALES(FY2023), FG_MKT_CAP(2023-12-31) FOR FALC"),
    ("Eastgate Motors' debt at the end of fiscal 2024, and its P/E then", "FF_DEBT(FY2024), FG_PE(2024-09-30) FOR EASM"),
    # both fiscal years end in September: one day
    ("How much debt did Eastgate Motors and Falcon Software carry at the end of their last financial years, and their "
     "P/E then?", "FF_DEBT(FY2024), FG_PE(2024-09-30) FOR EASM, FALC"),
    # near misses: no "then", "then" with no period before it, "then" as the request's next step
    ("Rank the banks by sales in 2023 and show their P/E",
     "NAME, FF_SALES(FY2023), FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_SALES(FY2023) DESC IN USD"),
    ("What is Falcon Software's P/E then?", "FG_PE(D0) FOR FALC"),
    ("Falcon Software's price on June 30, 2024 and its P/E then", "P_PRICE(2024-06-30), FG_PE(2024-06-30) FOR FALC"),
    ("What was Falcon Software's net income in 2023? And its dividend yield then?",
     "FF_NET_INC(FY2023), FG_DIV_YIELD(2023-12-31) FOR FALC"),
    ("Falcon Software's sales in 2023; show its P/E then its net income",
     "FF_SALES(FY2023), FG_PE(D0), FF_NET_INC(FY2023) FOR FALC"),
])
def test_then_after_a_point_figure_is_the_time_said_before(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # General Widget's fiscal years end in March, Eastgate Motors' in September: "then" is no one day (it was D0)
    "How much debt did Eastgate Motors and General Widget carry at the end of their last financial years, and their "
    "P/E then?",
    "How much debt did Eastgate Motors and General Widget carry at the end of their latest fiscal year, and their P/E "
    "then?",
    "Which banks had sales above 1 billion in 2023, and what was their price then?",
    # (each was today's figure, "then" dropped)
    "Which banks had a P/E below 10 at the end of 2023, and what was their market cap then?",
    "Falcon Software's net income in the last quarter and its market cap then",
])
def test_then_with_no_one_day_is_refused(question: str) -> None:
    assert "then" in refused(question).lower()


# --- Part 2, C: a total of a balance over quarters (``compose.render``) ----------------------------------------------


@pytest.mark.parametrize("question", [
    "Falcon Software's debt each quarter of 2023 and 2024, and the total",  # f41n added the whole span's sum
    "Falcon Software's employees each quarter of 2023 and 2024, and the total",
    "Falcon Software's total assets each quarter of 2023 and 2024, and the total",
    "total quarterly debt fy24 vs fy23 for Falcon Software",
])
def test_a_total_of_a_balance_over_quarters_is_refused(question: str) -> None:
    assert "total" in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's sales each quarter of 2023 and 2024, and the total",
     "FF_SALES(FQ2023Q1), FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q4), FF_SALES(FQ2024Q1), "
     "FF_SALES(FQ2024Q2), FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q4), SUM(FF_SALES, FQ2023Q1, FQ2023Q4), "
     "SUM(FF_SALES, FQ2024Q1, FQ2024Q4), SUM(FF_SALES, FQ2023Q1, FQ2024Q4) FOR FALC"),
    # an average balance is a figure
    ("Falcon Software's cash each quarter of 2023 and 2024, and the average",
     "FF_CASH(FQ2023Q1), FF_CASH(FQ2023Q2), FF_CASH(FQ2023Q3), FF_CASH(FQ2023Q4), FF_CASH(FQ2024Q1), "
     "FF_CASH(FQ2024Q2), FF_CASH(FQ2024Q3), FF_CASH(FQ2024Q4), AVG(FF_CASH, FQ2023Q1, FQ2023Q4), "
     "AVG(FF_CASH, FQ2024Q1, FQ2024Q4), AVG(FF_CASH, FQ2023Q1, FQ2024Q4) FOR FALC"),
    # "total debt" is the measure's name
    ("Falcon Software's total debt each quarter of 2023 and 2024",
     "FF_DEBT(FQ2023Q1), FF_DEBT(FQ2023Q2), FF_DEBT(FQ2023Q3), FF_DEBT(FQ2023Q4), FF_DEBT(FQ2024Q1), "
     "FF_DEBT(FQ2024Q2), FF_DEBT(FQ2024Q3), FF_DEBT(FQ2024Q4) FOR FALC"),
])
def test_a_flows_total_and_a_balances_average_stay_read(question: str, query: str) -> None:
    assert q(question) == query

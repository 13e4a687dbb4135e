"""Round 27 (f27c): a clause saying when the estimates were taken, and "number analysts" with its "of" left out."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# The estimates' own date (SPEC section 1: as of 2024-12-31), said as context, moves no period (the growth from
# fiscal 2025 to 2026 ran from FY2024's actual: a wrong answer)
WHEN_TAKEN = [
    ("Given that estimates are as of the end of 2024, what is the EPS growth from fiscal 2025 to fiscal 2026 for WEST?",
     "GROWTH(FE_EPS, FY1, FY2) FOR WEST"),
    ("Estimates as of end 2024: EPS growth from FY2025 to FY2026 for WEST", "GROWTH(FE_EPS, FY1, FY2) FOR WEST"),
    ("Assuming the consensus is as of 2024-12-31, how much is WEST's EPS expected to grow between fiscal 2025 and "
     "fiscal 2026?", "GROWTH(FE_EPS, FY1, FY2) FOR WEST"),
    ("Note that forecasts are as of Dec 31, 2024; sales growth from FY2025 to FY2026 for WEST",
     "GROWTH(FE_SALES, FY1, FY2) FOR WEST"),
    ("Given that estimates are as of the end of 2024, what is EPS for fiscal 2026 for WEST?", "FE_EPS(FY2) FOR WEST"),
]


@pytest.mark.parametrize(("question", "query"), WHEN_TAKEN)
def test_estimates_date_is_context(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Given that estimates are as of the end of 2023, what is the EPS growth from fiscal 2025 to fiscal 2026 for WEST?",
    "Estimates as of mid-2024: EPS growth from FY2025 to FY2026 for WEST",
])
def test_another_estimates_date_is_refused(question: str) -> None:
    assert "estimates" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # near misses: a period of the question itself, said with "as of" or as a year of the growth
    ("EPS growth from fiscal 2024 to fiscal 2026 for WEST", "(FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR WEST"),
    ("EPS growth from fiscal 2025 to fiscal 2026 for WEST", "GROWTH(FE_EPS, FY1, FY2) FOR WEST"),
    ("WEST's close as of the end of 2024", "P_PRICE(D0) FOR WEST"),
])
def test_periods_of_the_question_unchanged(question: str, query: str) -> None:
    assert q(question) == query


# "number analysts", "# analysts": the number of, its "of" left out; the count was dropped (a wrong answer)
@pytest.mark.parametrize(("question", "query"), [
    ("eps est + number analysts for WEST", "FE_EPS(FY1), FE_NUM(FY1) FOR WEST"),
    ("eps est and number analysts for WEST", "FE_EPS(FY1), FE_NUM(FY1) FOR WEST"),
    ("eps est, number analysts for WEST", "FE_EPS(FY1), FE_NUM(FY1) FOR WEST"),
    ("sales estimate, number brokers for WEST", "FE_SALES(FY1), FE_NUM(FY1) FOR WEST"),
])
def test_number_without_of(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # near misses: "the number analysts expect" is the estimate itself
    ("the number analysts expect for WEST's eps", "FE_EPS(FY1) FOR WEST"),
    ("eps est + number of analysts for WEST", "FE_EPS(FY1), FE_NUM(FY1) FOR WEST"),
    ("eps est + # analysts for WEST", "FE_EPS(FY1), FE_NUM(FY1) FOR WEST"),
])
def test_number_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# "pct" with no number before it is the percent sign ("(pct)", "growth pct"); it was left over, not understood
@pytest.mark.parametrize(("question", "query"), [
    ("eps growth pct, last fiscal year vs the year before, for WEST", "GROWTH(FF_EPS, FY2023, FY2024) FOR WEST"),
    ("net margin pct for WEST fy2024", "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR WEST"),
    ("sales growth (pct) fy2023 to fy2024 for WEST", "GROWTH(FF_SALES, FY2023, FY2024) FOR WEST"),
    ("what pct of sales is capex for WEST fy2024", "FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100 FOR WEST"),
    ("WEST sales growth fy2023 to fy2024 in pct", "GROWTH(FF_SALES, FY2023, FY2024) FOR WEST"),
])
def test_pct_without_number(question: str, query: str) -> None:
    assert q(question) == query


# "ballpark" beside a measure is a hedge, as "rough" (FinQL's figure is the exact one, which a ballpark allows)
@pytest.mark.parametrize(("question", "query"), [
    ("Juniper - ballpark market cap right now?", "FG_MKT_CAP(D0) FOR JUNI"),
    ("Westbrook's headcount, ballpark, last year", "FF_EMPLOYEES(FY2024) FOR WEST"),
    ("ballpark sales for WEST last year", "FF_SALES(FY2024) FOR WEST"),
])
def test_ballpark_hedge(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    ("a ballpark figure is fine: WEST sales fy2024", "FF_SALES(FY2024) FOR WEST"),
    ("give me a ballpark of WEST's revenue last year", "FF_SALES(FY2024) FOR WEST"),
])
def test_pct_ballpark_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# "fy2022..fy2024", "2023-01-01..2023-06-30": the two dots of a range, as an arrow or "to"
@pytest.mark.parametrize(("question", "query"), [
    ("revenue fy2022..fy2024 summed, ticker NWSY", "SUM(FF_SALES, FY2022, FY2024) FOR NWSY"),
    ("total sales fy2022...fy2024 for WEST", "SUM(FF_SALES, FY2022, FY2024) FOR WEST"),
    ("min close, ORBA, 2023-01-01..2023-06-30", "P_LOW(2023-01-01, 2023-06-30) FOR ORBA"),
])
def test_two_dots_range(question: str, query: str) -> None:
    assert q(question) == query


# "(5 yrs)" after a range of five fiscal years written with two dots: its count said again (as after "to", read before)
@pytest.mark.parametrize(("question", "query"), [
    ("avg capex fy2020..fy2024 (5 yrs) for EMBE", "AVG(FF_CAPEX, FY2020, FY2024) FOR EMBE"),
    ("total sales fy2022..fy2024 (3 years) for WEST", "SUM(FF_SALES, FY2022, FY2024) FOR WEST"),
])
def test_range_count_in_brackets(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "avg capex fy2020..fy2024 (4 yrs) for EMBE",
    "sales fy2020 and fy2024 (5 yrs) for EMBE",
])
def test_range_count_that_does_not_match(question: str) -> None:
    assert "yrs" in refused(question)


# "fiscal quarter 2024Q3": the label before a quarter's own label says it again
@pytest.mark.parametrize(("question", "query"), [
    ("eps for INDI, fiscal quarter 2024Q3", "FF_EPS(FQ2024Q3) FOR INDI"),
    ("eps for INDI, fiscal quarter 2024 Q3", "FF_EPS(FQ2024Q3) FOR INDI"),
    ("eps for INDI, fiscal qtr Q3 2024", "FF_EPS(FQ2024Q3) FOR INDI"),
])
def test_fiscal_quarter_label(question: str, query: str) -> None:
    assert q(question) == query


def test_fiscal_quarter_alone_still_refused() -> None:
    assert "fiscal quarter" in refused("eps for INDI, fiscal quarter")


# ", range 2024-01-01..2024-12-31": the range's label said before it, as "from"
@pytest.mark.parametrize(("question", "query"), [
    ("max close for STER, range 2024-01-01..2024-12-31 inclusive", "P_HIGH(2024-01-01, D0) FOR STER"),
    ("min close for STER, window: 2024-01-01 to 2024-06-30", "P_LOW(2024-01-01, 2024-06-30) FOR STER"),
    ("sales for STER, period fy2020..fy2022, summed", "SUM(FF_SALES, FY2020, FY2022) FOR STER"),
])
def test_range_label(question: str, query: str) -> None:
    assert q(question) == query


def test_trading_range_not_a_label() -> None:
    # near miss: "the trading range" with dates is the high and the low, not read here (refused, as before)
    assert "range" in refused("the trading range 2024-01-01 to 2024-06-30 for STER")


# "-- keep that order", "preserve the order given": the companies in the order named, as "in that order"
@pytest.mark.parametrize(("question", "query"), [
    ("pe_ratio as of latest trading day for IVOR, LAKE, FHB -- keep that order", "FG_PE(D0) FOR IVOR, LAKE, FHB"),
    ("P/E today for IVOR, LAKE and FHB; preserve the order given", "FG_PE(D0) FOR IVOR, LAKE, FHB"),
    ("sales fy2024 for FHB, IVOR, maintain this order please", "FF_SALES(FY2024) FOR FHB, IVOR"),
])
def test_keep_that_order(question: str, query: str) -> None:
    assert q(question) == query

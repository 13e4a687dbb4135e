"""Round 25 (f25g): compositional coverage of SPEC, round 3 (``apps/finql/benchmarks/spec_compose.py``, the combinations
tagged "r25"). Classes that were refused in composition, fixed: several calendar quarters of one year said once for a
price measure ("the return in Q2, Q3 and Q4 of 2023", "the P/E at the end of Q1 and Q3 2023": one range or point per
quarter, as one quarter reads); net cash with its definition in parentheses and then a comparison ("net cash (cash
minus debt) above 1,000 million": the measure compared, not the adjective "has net cash"). Own wordings; the near
misses pin what stays read or refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1: a list of calendar quarters of one year, of prices ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("How did APXM shares do in Q2, Q3 and Q4 of 2023?",
         "P_RETURN(2023-03-31, 2023-06-30), P_RETURN(2023-06-30, 2023-09-30), P_RETURN(2023-09-30, 2023-12-31) FOR APXM"),
        ("Northwind Systems' closing price at the end of Q2 and Q4 2023",
         "P_PRICE(2023-06-30), P_PRICE(2023-12-31) FOR NWSY"),
        ("What was the market cap of Northwind Systems at the end of Q1, Q2 and Q3 2022?",
         "FG_MKT_CAP(2022-03-31), FG_MKT_CAP(2022-06-30), FG_MKT_CAP(2022-09-30) FOR NWSY"),
        ("APXM's highest close in Q1 and Q2 2024",
         "P_HIGH(2024-01-01, 2024-03-31), P_HIGH(2024-04-01, 2024-06-30) FOR APXM"),
    ],
)
def test_calendar_quarters_of_prices(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: the same list of a fundamentals item stays the fiscal quarters; one quarter reads as before
        ("Northwind Systems' sales in Q2, Q3 and Q4 2023",
         "FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q4) FOR NWSY"),
        ("APXM's share price return in Q3 2023", "P_RETURN(2023-06-30, 2023-09-30) FOR APXM"),
        ("APXM's return in Q1 2024, Q2 2024 and Q3 2024",
         "P_RETURN(2023-12-31, 2024-03-31), P_RETURN(2024-03-31, 2024-06-30), P_RETURN(2024-06-30, 2024-09-30) FOR APXM"),
    ],
)
def test_calendar_quarters_near_misses(question: str, query: str) -> None:
    assert q(question) == query


def test_fiscal_quarters_of_prices_stay_refused() -> None:
    # the named company's fiscal quarters of a price range: not this rule's (calendar quarters only)
    assert "fiscal q3 and q4 2024" in refused("APXM's lowest close in fiscal Q3 and Q4 2024")


# -- 2: net cash, its definition in parentheses, then a comparison --------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which utilities had net cash (cash minus debt) above 1,000 million euros last year?",
         'NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 1000) '
         "IN EUR"),
        ("Which German companies have net cash (cash less debt) above 200 million in FY2023?",
         'NAME, FF_CASH(FY2023) - FF_DEBT(FY2023) FOR SCREEN(COUNTRY("Germany"), FF_CASH(FY2023) - FF_DEBT(FY2023) > 200)'),
        ("Which German companies have net cash (cash minus debt) of more than 500 million?",
         'NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(COUNTRY("Germany"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 500)'),
    ],
)
def test_net_cash_defined_then_compared(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: no comparison after the parentheses, net cash is the condition of having it
        ("Which banks have net cash (cash minus debt)?",
         'NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 0)'),
        ("Which banks have net cash (cash minus debt) and a P/E below 12?",
         'NAME, FG_PE(D0), FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_CASH(FY2024) - FF_DEBT(FY2024) > 0 AND FG_PE(D0) < 12)"),
    ],
)
def test_net_cash_condition_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# -- 3: the difference of one measure between two relative periods ----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What is the difference between Northwind Systems' cash last quarter and the quarter before last?",
         "FF_CASH(FQ0) - FF_CASH(FQ-1) FOR NWSY"),
        ("the difference between APXM's net income last year and three years ago",
         "FF_NET_INC(FY2024) - FF_NET_INC(FY2022) FOR APXM"),
        ("What's the difference between APXM's EPS three years ago and five years ago?",
         "FF_EPS(FY2022) - FF_EPS(FY2020) FOR APXM"),
    ],
)
def test_difference_between_relative_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # near misses: the earlier period first (the sign reads two ways) and a quarter against a year stay refused
        ("What is the difference between APXM's debt two years ago and last year?", "two years ago"),
        # ((round 44, f44w) "last quarter and three years ago" is now the quarter three years back, FQ-12: a quarter
        # against a quarter, read in test_round44_f44w.py)
    ],
)
def test_difference_between_relative_periods_refused(question: str, words: str) -> None:
    assert words in refused(question)


# -- 4: a written-out expression "in each quarter of" one fiscal year -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("APXM's debt divided by cash for each quarter of FY2024",
         "FF_DEBT(FQ2024Q1) / FF_CASH(FQ2024Q1), FF_DEBT(FQ2024Q2) / FF_CASH(FQ2024Q2), "
         "FF_DEBT(FQ2024Q3) / FF_CASH(FQ2024Q3), FF_DEBT(FQ2024Q4) / FF_CASH(FQ2024Q4) FOR APXM"),
        ("Northwind Systems' cash minus debt every quarter of fiscal 2022",
         "FF_CASH(FQ2022Q1) - FF_DEBT(FQ2022Q1), FF_CASH(FQ2022Q2) - FF_DEBT(FQ2022Q2), "
         "FF_CASH(FQ2022Q3) - FF_DEBT(FQ2022Q3), FF_CASH(FQ2022Q4) - FF_DEBT(FQ2022Q4) FOR NWSY"),
    ],
)
def test_expression_each_quarter_of_a_year(question: str, query: str) -> None:
    assert q(question) == query


def test_expression_each_quarter_near_misses() -> None:
    # the year alone keeps one value; calendar quarters of a fiscal item stay refused
    assert q("APXM's capex as a percentage of sales in fiscal 2023") == "FF_CAPEX(FY2023) / FF_SALES(FY2023) * 100 FOR APXM"
    assert "each calendar quarter" in refused("APXM's capex as a percentage of sales in each calendar quarter of 2023")

"""Round 20 (f20c): treasurers, IR teams, board assistants and credit analysts writing long requests with context -
relative periods (calendar years counted back, "this fiscal year's consensus to next year's", "from last fiscal year to
next"), growth said as a comparison in percent, LTM against a fiscal year, rankings among named companies, and the
asker's role, motive and asides around the request. Own wording, not the tuning questions; the near misses stay
refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # wrong answers on main: a return "in each of the last two calendar years" was one return counted back two
        # years from the as-of date; "this fiscal year's consensus to next year's" ran from last year's actual
        ("What did Falcon Software's shares return in each of the last two calendar years?",
         "P_RETURN(2022-12-31, 2023-12-31), P_RETURN(2023-12-31, 2024-12-31) FOR FALC"),
        ("Share price return of Northwind Systems over the last two calendar years?",
         "P_RETURN(2022-12-31, 2024-12-31) FOR NWSY"),
        ("Falcon Software: EPS growth expected from this fiscal year's consensus to next year's?",
         "GROWTH(FE_EPS, FY1, FY2) FOR FALC"),
        ("Falcon Software consensus EPS for the current fiscal year and next year",
         "FE_EPS(FY1), FE_EPS(FY2) FOR FALC"),
        # money per share ranked across currencies is ranked in dollars (WEST USD, BRIC EUR)
        ("Of Westbrook Consulting and Brightwater Consulting, which had the higher free cash flow per share last year?",
         "FF_FCF(FY2024) / FF_SHARES(FY2024) FOR WEST, BRIC SORT FF_FCF(FY2024) / FF_SHARES(FY2024) DESC IN USD"),
    ],
)
def test_wrong_answers_fixed(question: str, query: str) -> None:
    assert q(question) == query


def test_this_year_of_prices_keeps_next_year() -> None:
    # pinned (passes on main too): "this year" of a price is year to date, so the estimate after it stays FY1
    assert q("Falcon Software's return this year and its EPS estimate for next year") == \
        "P_RETURN(2023-12-31, D0), FE_EPS(FY1) FOR FALC"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("How did Falcon Software's revenue in the latest fiscal quarter compare with the same quarter a year earlier, "
         "in percent?", "GROWTH(FF_SALES, FQ-4, FQ0) FOR FALC"),
        ("Northwind Systems: net income last year compared with the year before, in percent",
         "GROWTH(FF_NET_INC, FY2023, FY2024) FOR NWSY"),
        ("Capex over the last twelve months versus fiscal 2023 for Falcon Software, both numbers and the percentage "
         "change.", "FF_CAPEX(LTM), FF_CAPEX(FY2023), GROWTH(FF_CAPEX, FY2023, LTM) FOR FALC"),
        ("What's the expected sales growth from last fiscal year to next for Northwind Systems?",
         "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 FOR NWSY"),
        ("Consensus EPS growth between next fiscal year and the year after for Falcon Software?",
         "GROWTH(FE_EPS, FY1, FY2) FOR FALC"),
        ("Consensus sales growth between next year and fiscal 2026 for Northwind Systems",
         "GROWTH(FE_SALES, FY1, FY2) FOR NWSY"),
        ("Northwind Systems' cash at the end of each of its last two fiscal years",
         "FF_CASH(FY2023), FF_CASH(FY2024) FOR NWSY"),
    ],
)
def test_relative_periods_and_growth(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Dividend yield today for Falcon Software and Northwind Systems, cheapest to dearest?",
         "FG_DIV_YIELD(D0) FOR FALC, NWSY SORT FG_DIV_YIELD(D0) ASC"),
        ("Which has the lower P/E today, Falcon Software or Northwind Systems, and what are the two P/Es?",
         "FG_PE(D0) FOR FALC, NWSY SORT FG_PE(D0) ASC"),
        ("Sales last year for Falcon Software, Northwind Systems and Westbrook Consulting - all three in euros.",
         "FF_SALES(FY2024) FOR FALC, NWSY, WEST IN EUR"),
    ],
)
def test_named_companies_compared(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a count that is not the companies named (pinned: refused on main too)
        ("Sales last year for Falcon Software and Northwind Systems - all three in euros.", "three"),
    ],
)
def test_counts_and_readings_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Treasury here. I'd like Northwind Systems' cash at the end of each of its last two fiscal years.",
         "FF_CASH(FY2023), FF_CASH(FY2024) FOR NWSY"),
        ("Equity analyst question: what was Falcon Software's debt last year?", "FF_DEBT(FY2024) FOR FALC"),
        ("I'm a credit analyst covering utilities. What was Cobalt Power's total debt last year?",
         "FF_DEBT(FY2024) FOR COBP"),
        ("What were Falcon Software's sales last year? The chair is weighing it for a partnership, don't ask.",
         "FF_SALES(FY2024) FOR FALC"),
        ("Sorry for the long email chain, don't ask. Northwind Systems' net income last year.",
         "FF_NET_INC(FY2024) FOR NWSY"),
    ],
)
def test_context_around_the_request(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # the role's set must hold the company asked about
        ("I'm a credit analyst covering utilities. What was Falcon Software's debt last year?", "utilities"),
        # a period said only in the motive after the request changes it: named
        ("What were Falcon Software's sales last year? The treasurer is weighing it for a swap in 2022.", "2022"),
        # "credit" is a role's word only after "I'm a" (pinned: refused on main too)
        ("What was the credit analyst count for Falcon Software?", "credit"),
    ],
)
def test_context_that_would_change_the_query_is_named(question: str, named: str) -> None:
    assert named in refused(question)


def test_growth_over_that_span_runs_between_the_two_years_named() -> None:
    # wrong on main: the growth of the last year named over the year before it (FY2021 to FY2022)
    assert q("Cash at the end of last year and three years ago for Northwind Systems, with the growth in cash over "
             "that span.") == "FF_CASH(FY2024), FF_CASH(FY2022), GROWTH(FF_CASH, FY2022, FY2024) FOR NWSY"

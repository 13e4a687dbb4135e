"""Round 24 (f24l): refusal classes round 24's first wave left. Own wording; each positive case fails on int24 before
the change, the near misses keep their reading (or stay refused)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1. a period counted from a quarter written "2024 Q3", "Q3 '24", "the 3rd quarter of 2024" --------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What were Falcon Software's sales two quarters before 2024 Q3?", "FF_SALES(FQ2024Q1) FOR FALC"),
        ("NWSY's EPS one quarter after Q2 '23", "FF_EPS(FQ2023Q3) FOR NWSY"),
        ("NWSY's net income two quarters before the 3rd quarter of 2024", "FF_NET_INC(FQ2024Q1) FOR NWSY"),
        ("NWSY's sales a year before the second quarter of 2024", "FF_SALES(FQ2023Q2) FOR NWSY"),
        ("NWSY's sales the quarter after fiscal 2024 Q1", "FF_SALES(FQ2024Q2) FOR NWSY"),
    ],
)
def test_a_quarter_counted_from_another_spelling_of_a_quarter(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_counted_quarters_keep_their_reading() -> None:
    assert q("NWSY's sales two quarters before Q3 2024") == "FF_SALES(FQ2024Q1) FOR NWSY"
    assert q("NWSY's sales in 2024 Q3") == "FF_SALES(FQ2024Q3) FOR NWSY"
    # a quarter counted from a year: which quarter of it is not said
    assert "two quarters before" in refused("NWSY's sales two quarters before 2024")


# -- 2. the N periods before a period named right after: refused (it was the last N quarters beside it) ----------------


@pytest.mark.parametrize(
    "question",
    ["What was NWSY's sales in the two quarters before Q3 2024?",
     "NWSY's EPS over the 3 quarters before the third quarter of 2024"],
)
def test_the_periods_before_a_period_named_after_are_refused(question: str) -> None:
    assert "quarters before" in refused(question)


@pytest.mark.parametrize(
    "question",
    ["What was NWSY's sales in the quarters before Q3 2024?", "NWSY's net income in the years before FY2024",
     "NWSY's EPS for the quarters after Q3 2023"],
)
def test_the_periods_before_a_period_with_no_count_are_refused(question: str) -> None:
    # (they were one period: "the quarters before Q3 2024" read as FQ2024Q2)
    assert refused(question)


def test_near_miss_the_periods_before_one_named_first_keep_their_reading() -> None:
    assert q("NWSY's sales for the quarter prior to Q3 2024") == "FF_SALES(FQ2024Q2) FOR NWSY"
    assert q("NWSY's sales in Q4 2024 and the three quarters before it") == (
        "FF_SALES(FQ2024Q4), FF_SALES(FQ2024Q1), FF_SALES(FQ2024Q2), FF_SALES(FQ2024Q3) FOR NWSY")
    assert q("NWSY's EPS for the prior two quarters") == "FF_EPS(FQ-1), FF_EPS(FQ0) FOR NWSY"


# -- 3. a count of the figures asked written in digits ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("I need 2 figures on NWSY: sales and net income in FY2023.", "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR NWSY"),
        ("Give me 2 numbers for Falcon Software: sales and EPS for FY2023", "FF_SALES(FY2023), FF_EPS(FY2023) FOR FALC"),
        ("NWSY's sales and EPS for FY2024, 2 figures", "FF_SALES(FY2024), FF_EPS(FY2024) FOR NWSY"),
        ("NWSY's sales and EPS for FY2024 in 2 columns", "FF_SALES(FY2024), FF_EPS(FY2024) FOR NWSY"),
    ],
)
def test_a_count_of_figures_in_digits(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_a_count_in_digits_that_disagrees_or_is_a_number() -> None:
    assert "3 figures" in refused("I need 3 figures for NWSY: sales and EPS for FY2023")
    assert "3 columns" in refused("NWSY's sales and EPS for FY2024 in 3 columns")
    assert q("Which banks have more than 2 analysts?") == (
        'NAME, FE_NUM(FY1) FOR SCREEN(INDUSTRY("Banks"), FE_NUM(FY1) > 2)')


# -- 4. "that is" as a relative clause's verb before a comparison -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which utilities have a share price that is below their lowest close of 2023?",
         'NAME, P_PRICE(D0), P_LOW(2023-01-01, 2023-12-31) FOR SCREEN(SECTOR("Utilities"), '
         "P_PRICE(D0) < P_LOW(2023-01-01, 2023-12-31))"),
        ("Which banks have a P/E that is under 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
        ("Which banks have a dividend yield that is at least 4%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) >= 4)'),
        ("Which banks have a net income in FY2023 that is higher than their net income in FY2022?",
         'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2022) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_NET_INC(FY2023) > FF_NET_INC(FY2022))"),
    ],
)
def test_that_is_before_a_comparison_is_a_relative_clause(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_that_is_as_a_definition_keeps_its_reading() -> None:
    assert q("NWSY's debt to equity in FY2023, that is, debt over equity") == "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR NWSY"
    assert "that is" in refused("Which banks have a P/E that is, below 10?")


# -- 5. "plus the growth" after one figure and its period ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY's sales for fiscal 2023, plus the growth", "FF_SALES(FY2023), GROWTH(FF_SALES, FY2022, FY2023) FOR NWSY"),
        ("Falcon Software's EPS in FY2024 plus the growth", "FF_EPS(FY2024), GROWTH(FF_EPS, FY2023, FY2024) FOR FALC"),
        ("Which banks had the highest sales last year, plus the growth?",
         'NAME, FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks")) '
         "SORT FF_SALES(FY2024) DESC IN USD"),
    ],
)
def test_plus_the_growth_after_a_figure(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_plus_between_two_measures_is_their_sum() -> None:
    assert q("NWSY's sales plus net income for FY2023") == "FF_SALES(FY2023) + FF_NET_INC(FY2023) FOR NWSY"
    assert "growth" in refused("NWSY's sales for FY2023 plus net income for FY2024, and the growth")


# -- 6. a close on the last day of a calendar quarter -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Where did NWSY close on the last day of Q3 2024?", "P_PRICE(2024-09-30) FOR NWSY"),
        ("What was Falcon Software's close on the last day of the third quarter of 2023?", "P_PRICE(2023-09-29) FOR FALC"),
    ],
)
def test_a_close_on_the_last_day_of_a_quarter(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_the_last_day_of_a_quarter_with_no_year_or_a_fiscal_quarter() -> None:
    assert "last day" in refused("Where did NWSY close on the last day of the quarter?")
    assert "last day" in refused("Where did NWSY close on the last day of fiscal Q3 2024?")
    assert q("NWSY's close on the last day of 2023") == "P_PRICE(2023-12-29) FOR NWSY"


# -- 7. "total" before a list of measures at one period -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What were NWSY's total sales and gross income for FY2022?", "FF_SALES(FY2022), FF_GROSS_INC(FY2022) FOR NWSY"),
        ("Falcon Software's total sales and net income in fiscal 2023",
         "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR FALC"),
    ],
)
def test_total_before_two_measures_at_one_period(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_a_total_of_two_measures_or_combined() -> None:
    assert q("What was the total of NWSY's sales and net income for FY2022?") == (
        "FF_SALES(FY2022) + FF_NET_INC(FY2022) FOR NWSY")
    assert "total" in refused("What were NWSY's total sales and net income combined for FY2022?")
    assert q("What were NWSY's total sales and net income over FY2021 to FY2023?") == (
        "SUM(FF_SALES, FY2021, FY2023), SUM(FF_NET_INC, FY2021, FY2023) FOR NWSY")


# -- 8. a currency sign with its unit of millions: "in $m", "($m)", "in €m" ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY's sales in $m for FY2023", "FF_SALES(FY2023) FOR NWSY IN USD"),
        ("Falcon Software's net income ($m) in fiscal 2023", "FF_NET_INC(FY2023) FOR FALC IN USD"),
        ("NWSY's sales in US$m per employee for FY2023", "FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) FOR NWSY IN USD"),
        ("NWSY's sales in €m for FY2023", "FF_SALES(FY2023) FOR NWSY IN EUR"),
        ("NWSY's sales in USDm for FY2023", "FF_SALES(FY2023) FOR NWSY IN USD"),
    ],
)
def test_a_currency_in_millions_said_by_its_sign(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_billions_and_amounts_keep_their_reading() -> None:
    assert "bn" in refused("NWSY's sales in $bn for FY2023")
    assert q("Banks with sales above $500m in FY2023") == (
        'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2023) > 500) IN USD')


def test_the_currency_restated_with_the_ratios_own_per() -> None:
    assert q("Sales per head at Falcon Software, FY23, in $m per employee") == (
        "FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) FOR FALC IN USD")
    assert q("NWSY's sales per employee in FY2023, in USD per employee") == (
        "FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) FOR NWSY IN USD")

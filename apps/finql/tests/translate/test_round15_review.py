"""Round 15 review (r15): rules of the round broken on purpose that no test caught, and readings the round's rules
substituted silently (own wording, not the tuning questions)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    "question",
    [
        # a bare "rather" before an adjective says a degree: no measure is taken back for the "low" or "high" after it
        "Umbra Beverages' dividend yield is rather low, what was its payout ratio in 2023",
        "which banks have a p/e rather high compared to 15",
        # (after a comma too)
        "Lakeside Bancorp's dividend yield, rather low in 2023, and its P/E today",
    ],
)
def test_rather_of_degree_takes_nothing_back(question: str) -> None:
    assert "rather" in refused(question)


def test_rather_after_a_comma_still_corrects() -> None:
    assert q("lakeside bancorp net income last year, rather the year before") == "FF_NET_INC(FY2023) FOR LAKE"


@pytest.mark.parametrize(
    "question",
    [
        # a company added after a correction word ("too", "as well") is no company said instead: neither is dropped
        "Net income of Umbra Beverages, I mean Zenith Brands too, in 2023",
        "Sales of Umbra Beverages in 2023 and, sorry, Zenith Brands as well",
    ],
)
def test_a_company_added_is_not_taken_back(question: str) -> None:
    assert q(question) is None


def test_a_company_named_twice_before_a_correction_is_not_taken_back() -> None:
    # ("Umbra Beverages" stands for UMBR, named before: the correction cannot say which of the two is withdrawn)
    assert q("Compare UMBR and ZENI sales, and the P/E of Umbra Beverages, I mean Lakeside Bancorp") is None


@pytest.mark.parametrize(
    "question",
    [
        # after the end of a sentence, "I mean" defines or asks again: nothing said before it is taken back
        "Sales of Umbra Beverages last year. I mean the net income of Zenith Brands.",
        "Net income of Lakeside Bancorp in 2022? I mean in 2023.",
    ],
)
def test_no_correction_across_a_sentence_end(question: str) -> None:
    assert q(question) is None


def test_a_definition_after_a_sentence_end_keeps_the_measure() -> None:
    assert q("What was Umbra Beverages' payout ratio in 2023? I mean DPS divided by EPS.") == \
        "FF_DPS(FY2023) / FF_EPS(FY2023) * 100 FOR UMBR"


def test_dots_grouping_thousands_twice() -> None:
    assert q("Banks with net income above 1.000.000 thousand") == \
        'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) > 1000)'


def test_a_comma_before_three_digits_groups_thousands() -> None:
    # (a decimal comma has one or two digits after it: "1,500 million" is fifteen hundred million)
    assert q("Banks with net income above 1,500 million") == \
        'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) > 1500)'


@pytest.mark.parametrize(
    "question",
    [
        # a change asked in percent stays the growth where "in millions" only says the unit of the figures
        "How much did sales of Umbra Beverages grow from FY2022 to FY2023 in percent (in millions)",
        "Sales growth of Umbra Beverages from 2022 to 2023 as a percentage, figures in millions",
    ],
)
def test_a_change_in_percent_stays_the_growth_beside_in_millions(question: str) -> None:
    assert q(question) == "GROWTH(FF_SALES, FY2022, FY2023) FOR UMBR"


def test_how_high_of_a_share_asks_for_its_high() -> None:
    # ("how high" is "how much" only where no price is asked: of a stock it is the high of the period)
    assert q("How high was Umbra Beverages' stock in 2023") == "P_HIGH(2023-01-01, 2023-12-31) FOR UMBR"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "together with" sets a figure beside the periods' figures: nothing is summed
        ("Show me Umbra Beverages' EPS for the last 4 quarters together with the P/E",
         "FF_EPS(FQ-3), FF_EPS(FQ-2), FF_EPS(FQ-1), FF_EPS(FQ0), FG_PE(D0) FOR UMBR"),
        ("Sales of Umbra Beverages over the last 3 years together with its net income",
         "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024), FF_NET_INC(FY2022), FF_NET_INC(FY2023), "
         "FF_NET_INC(FY2024) FOR UMBR"),
    ],
)
def test_together_with_sums_nothing(question: str, query: str) -> None:
    assert q(question) == query


def test_years_listed_after_a_span_mid_clause_that_are_not_its_years_are_refused() -> None:
    # (as many years as the span counts, the clause going on after them: still the asker's years against the span's)
    assert q("Sales over the past three years, 2020, 2021 and 2022 of Umbra Beverages") is None


def test_fewer_years_listed_at_the_clause_end_than_the_span_counts_are_refused() -> None:
    assert q("Sales of Umbra Beverages over the past three years, 2020 and 2021") is None


def test_one_year_listed_after_a_span_that_is_not_its_years_is_refused() -> None:
    # (it was read beside the span: three years' figures for "the last two years")
    assert q("Net income of Lakeside Bancorp for the last two years, 2022") is None
    assert q("Net income of Lakeside Bancorp for the last year, 2024") == "FF_NET_INC(FY2024) FOR LAKE"


def test_a_yearly_growth_over_two_fiscal_years_is_refused() -> None:
    # (two years of growth already: the compound rate or each year's, not the growth over the span)
    assert q("Annual sales growth of Umbra Beverages from fiscal 2022 to fiscal 2024") is None


def test_movers_over_a_threshold_beside_another_figure() -> None:
    # (the threshold was the dividend yield's: "yield > 20", a wrong answer)
    assert q("2024 losers of more than 20% among banks with their dividend yield") == (
        'NAME, P_RETURN(2023-12-31, 2024-12-31), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, 2024-12-31) < -20)')

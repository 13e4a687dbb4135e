"""Round 14, lead: wrong answers found by the review and by paraphrases of the README's questions. Rules alone."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    "question",
    [
        # a ratio compared with an amount of money: the P/E was screened against twice the equity (a wrong answer)
        "Which banks have a P/E above 2 times book value?",
        "insurers whose p/e is higher than their dividend per share",
        "companies with revenue above ten times their headcount",
    ],
)
def test_a_ratio_is_never_compared_with_an_amount_of_money(question: str) -> None:
    assert "money" in refused(question)


def test_like_figures_are_still_compared() -> None:
    assert q("Which banks have a market cap below 2 times book value?") == (
        'NAME, FG_MKT_CAP(D0), FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
        "FG_MKT_CAP(D0) < FF_EQUITY(FY2024) * 2)")
    assert q("companies with a dividend yield above their EPS growth last year") == (
        "NAME, FG_DIV_YIELD(D0), GROWTH(FF_EPS, FY2023, FY2024) FOR SCREEN(ALL, "
        "FG_DIV_YIELD(D0) > GROWTH(FF_EPS, FY2023, FY2024))")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the growth word went to the nearer measure only and the other was answered as a plain figure beside it
        ("How much did Umbra Beverages sales and EPS grow last year?",
         "GROWTH(FF_SALES, FY2023, FY2024), GROWTH(FF_EPS, FY2023, FY2024) FOR UMBR"),
        ("umbra beverages revenue & net income cagr between fy2019 and fy2024",
         "CAGR(FF_SALES, FY2019, FY2024), CAGR(FF_NET_INC, FY2019, FY2024) FOR UMBR"),
        ("growth of Umbra Beverages sales and net income last year",
         "GROWTH(FF_SALES, FY2023, FY2024), GROWTH(FF_NET_INC, FY2023, FY2024) FOR UMBR"),
        # a growth said of one measure of the pair stays its own
        ("Umbra Beverages sales in FY2023 and EPS growth in FY2024",
         "FF_SALES(FY2023), GROWTH(FF_EPS, FY2023, FY2024) FOR UMBR"),
    ],
)
def test_a_growth_said_of_two_measures_is_each_ones(question: str, query: str) -> None:
    assert q(question) == query


def test_a_rate_a_year_of_two_growths_is_refused_not_half_read() -> None:
    assert "fy2019" in refused("How much did Umbra Beverages sales and EPS grow a year from FY2019 to FY2024?").lower()


def test_a_grain_word_in_a_framing_clause_is_named_not_applied() -> None:
    """The grain cues (each quarter, each year, year over year) are read over the whole question, so a framing
    clause's "quarterly" turned "net income last year" into its four quarters."""
    assert "quarterly" in refused("I'm writing a story on quarterly results: what was Falcon Software net income "
                                  "last year?")
    assert q("For a piece on quarterly results, what was Falcon Software's quarterly net income last year?") == (
        "FF_NET_INC(FQ2024Q1), FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2024Q3), FF_NET_INC(FQ2024Q4) FOR FALC")

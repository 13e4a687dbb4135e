"""Round 15 (f15x): the residual failures of the older tuning sets, by class; rules alone.

Each question is phrased here, not copied from a tuning set; each fails on the chain before this round."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- a definition after the measure's period, or after the measure in a screen -------------------------------------


def test_a_definition_after_the_period_is_read_once() -> None:
    # it was two items: the margin, then the plain quotient again
    assert q("Cobalt Motors' operating margin in fiscal 2023, operating income over sales") == \
        "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR COBA"
    assert q("Falcon Software's net margin for FY2022, net income divided by revenue, in percent") == \
        "FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 FOR FALC"


def test_a_definition_with_a_period_of_its_own_stays_as_it_was() -> None:
    assert q("Cobalt Motors' operating margin in fiscal 2023, operating income over sales in fiscal 2022") == \
        "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100, FF_OPER_INC(FY2022) / FF_SALES(FY2022) * 100 FOR COBA"


def test_over_restating_a_ratio_in_a_screen_divides() -> None:
    # "net income over sales" in a screen was the comparison net income > sales: a wrong answer
    assert q("the three banks with the best net margin last year, net income over sales") == \
        "NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY(\"Banks\")) " \
        "SORT FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 DESC TOP 3"
    assert q("which utilities had a return on equity, net income over equity, above 9% in fiscal 2023?") == \
        "NAME, FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR SCREEN(SECTOR(\"Utilities\"), " \
        "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 > 9)"
    assert q("insurers with an operating margin, i.e. operating income over sales, below 5% last year") == \
        "NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY(\"Insurance\"), " \
        "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 < 5)"
    # without a ratio before it, "over" between two measures of a screen stays a comparison
    assert q("banks with cash over debt") == \
        "NAME, FF_CASH(FY2024), FF_DEBT(FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), FF_CASH(FY2024) > FF_DEBT(FY2024))"


# -- a growth graded by the year over a span of years --------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Cobalt Motors' annual revenue growth from fiscal 2019 to fiscal 2024",
    "yearly EPS growth of Falcon Software over 2020-2023",
    "Falcon Software's year-on-year sales growth over the last four years",
    "Falcon Software's net income growth, yearly, between 2021 and 2024",
    "which banks had annual revenue growth above 8% from 2020 to 2024?",
])
def test_a_yearly_growth_over_several_years_is_refused(question: str) -> None:
    # it was the growth over the whole span (46% for five years of 8%): a wrong answer
    assert "CAGR" in refused(question)


def test_a_yearly_growth_of_one_year_or_each_year_stays() -> None:
    assert q("Cobalt Motors' annual revenue growth in fiscal 2023") == "GROWTH(FF_SALES, FY2022, FY2023) FOR COBA"
    assert q("Cobalt Motors' annual revenue growth for each year from 2022 to 2024") == \
        "GROWTH(FF_SALES, FY2022, FY2023), GROWTH(FF_SALES, FY2023, FY2024) FOR COBA"
    assert q("Cobalt Motors' compound annual revenue growth from fiscal 2019 to fiscal 2024") == \
        "CAGR(FF_SALES, FY2019, FY2024) FOR COBA"


# -- years listed after a span of years ----------------------------------------------------------------------------


def test_years_listed_after_a_span_restate_it() -> None:
    assert q("Falcon Software's free cash flow for the last two years, 2023 and 2024") == \
        "FF_FCF(FY2023), FF_FCF(FY2024) FOR FALC"


def test_years_listed_after_a_span_that_are_not_its_years_are_refused() -> None:
    # it was a list of five years, the span's three and two more
    assert "2019" in refused("Falcon Software's free cash flow for the last three years, 2019, 2020 and 2021")
    assert "2019" in refused("Falcon Software's capex over the past three years, 2019 to 2021, in euros")


# -- a return asked in another currency ----------------------------------------------------------------------------


def test_a_return_in_another_currency_is_the_change_of_the_converted_closes() -> None:
    # IN converts no return (SPEC 3): the local return answered another question
    assert q("Kingsbridge Mining's share price return in 2023 in US dollars") == \
        "(P_PRICE(2023-12-31) / P_PRICE(2022-12-31) - 1) * 100 FOR KING IN USD"
    # a company trading in the currency asked: its own return
    assert q("Falcon Software's share price return in 2023 in US dollars") == \
        "P_RETURN(2022-12-31, 2023-12-31) FOR FALC IN USD"


# -- an estimate beside the reported figure of one measure ---------------------------------------------------------


def test_an_estimate_set_against_the_actual_of_the_same_measure() -> None:
    assert q("Falcon Software's consensus EPS for next year versus the FY2023 actual") == \
        "FE_EPS(FY1), FF_EPS(FY2023) FOR FALC"
    assert q("cobalt motors fy23 sales vs fy26 consensus") == "FF_SALES(FY2023), FE_SALES(FY2) FOR COBA"


def test_an_estimate_against_the_actual_in_percent_is_the_expected_growth() -> None:
    assert q("cobalt motors consensus sales fy25 vs fy24 actual, in percent") == \
        "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 FOR COBA"
    assert q("falcon software fy24 eps against fy26 consensus, in percent") == \
        "(FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR FALC"


# -- thresholds of screens: movers and the distance from an extreme ------------------------------------------------


def test_movers_with_a_threshold_are_a_condition_on_the_return() -> None:
    assert q("utilities winners of more than 15% in 2023") == \
        "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR(\"Utilities\"), P_RETURN(2022-12-31, 2023-12-31) > 15)"
    assert q("2023 losers among banks >25%") == \
        "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\"), P_RETURN(2022-12-31, 2023-12-31) < -25)"
    # without a threshold, movers still rank
    assert q("the 3 biggest losers among banks in 2023") == \
        "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\")) " \
        "SORT P_RETURN(2022-12-31, 2023-12-31) ASC TOP 3"


def test_a_comparison_sign_against_its_number() -> None:
    # ">=4%" was read as "> 4", ">30" left the number over
    assert q("utilities with a dividend yield >=4%") == \
        "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) >= 4)"
    assert q("software companies with a p/e >40") == \
        "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Software\"), FG_PE(D0) > 40)"


def test_more_than_a_percentage_below_the_52_week_high() -> None:
    assert q("retailers more than 30% below their 52-week high") == \
        "NAME, (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDUSTRY(\"Retail\"), " \
        "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 < -30)"
    assert q("banks at least 40% above their 52-week low") == \
        "NAME, (P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), " \
        "(P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 >= 40)"


# -- the refusal names the asker's words ---------------------------------------------------------------------------


def test_a_refusal_names_the_words_as_written() -> None:
    # it named the chain's normalised words ('next quarter', 'in percent'), which the asker never wrote ("prev qtr", the
    # example here before round 17, is now read: the latest reported quarter)
    assert "'nxt qtr'" in refused("eps nxt qtr, falcon software")
    message = refused("falcon software rev by segment yr ago")
    assert "'rev by segment'" in message and "revenue" not in message


def test_a_ranking_word_is_no_misspelt_set_name() -> None:
    # "ranking" was read as "banking": the Banks industry joined to the set asked for, a wrong answer
    assert q("a ranking of utilities by dividend yield today") == \
        "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\")) SORT FG_DIV_YIELD(D0) DESC"

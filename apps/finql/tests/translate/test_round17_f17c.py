"""Round 17 (f17c): ordinary questions in people's phrasing (corrections, asides, ranges to the LTM, falls); rules alone.

Each question is phrased here, not copied from a tuning set; each fails on the chain before this round."""

from __future__ import annotations

from reading_helpers import q

# -- wrong answers -----------------------------------------------------------------------------------------------------


def test_how_much_a_fundamental_fell_is_the_size_of_the_fall() -> None:
    # it was the growth in percent (a negative number for a fall asked as an amount)
    assert q("How much did Apex Materials' net income drop from FY2022 to FY2023?") == \
        "FF_NET_INC(FY2022) - FF_NET_INC(FY2023) FOR APXM"
    assert q("how much did cobalt motors' sales decline last year") == "FF_SALES(FY2023) - FF_SALES(FY2024) FOR COBA"
    # asked in percent, a fall stays the growth; a rise stays the growth too
    assert q("By how much did Goldcrest Mining's debt fall in fiscal 2023, in percent?") == \
        "GROWTH(FF_DEBT, FY2022, FY2023) FOR GOLD"
    assert q("How much did Apex Materials' sales grow from 2020 to 2023?") == "GROWTH(FF_SALES, FY2020, FY2023) FOR APXM"


def test_a_company_before_a_list_joint_is_not_the_one_taken_back() -> None:
    # "Monarch Brewing" was taken back for "Redwood Farms" (the broken-off "Redfarms" then refused the question)
    assert q("EPS of Falcon Software and Goldcrst Minng, I mean Goldcrest Mining, last year") == \
        "FF_EPS(FY2024) FOR FALC, GOLD"
    assert q("net income of Apex Materials and Cobalmot- sorry, Cobalt Motors in fiscal 2023") == \
        "FF_NET_INC(FY2023) FOR APXM, COBA"


# -- wrongful refusals -------------------------------------------------------------------------------------------------


def test_correction_words_in_a_chain_take_back_the_period_before() -> None:
    assert q("Apex Materials sales in fiscal 2022, sorry, I mean fiscal 2023") == "FF_SALES(FY2023) FOR APXM"
    assert q("What was Cobalt Motors' net income in 2021 - sorry, no wait, 2022?") == "FF_NET_INC(FY2022) FOR COBA"
    assert q("Falcon Software EPS for FY2020, oops, I meant FY2021") == "FF_EPS(FY2021) FOR FALC"


def test_a_period_ruled_out_after_the_one_meant_is_context() -> None:
    assert q("Apex Materials sales in fiscal 2022 (not 2023)") == "FF_SALES(FY2022) FOR APXM"
    assert q("net income of Cobalt Motors for FY2021, not FY2022") == "FF_NET_INC(FY2021) FOR COBA"


def test_a_percent_unit_in_the_opening_is_the_growth_s() -> None:
    assert q("How much, in percent, did Apex Materials' net income change from FY2022 to FY2023?") == \
        "GROWTH(FF_NET_INC, FY2022, FY2023) FOR APXM"
    assert q("By how much, in percent, did Cobalt Motors' sales rise last year?") == \
        "GROWTH(FF_SALES, FY2023, FY2024) FOR COBA"


def test_a_growth_from_a_year_to_the_last_twelve_months() -> None:
    assert q("net income growth of Apex Materials from FY2022 to LTM") == "GROWTH(FF_NET_INC, FY2022, LTM) FOR APXM"
    assert q("Sales growth for Cobalt Motors from fiscal 2023 to the trailing twelve months") == \
        "GROWTH(FF_SALES, FY2023, LTM) FOR COBA"


def test_in_that_order_is_the_order_named() -> None:
    assert q("Apex Materials and Cobalt Motors net income last year, in that order") == \
        "FF_NET_INC(FY2024) FOR APXM, COBA"


def test_hyphenated_period_and_currency_adjectives() -> None:
    assert q("Falcon Software next-year consensus EPS") == "FE_EPS(FY1) FOR FALC"
    assert q("Apex Materials sales last year in US-dollars") == "FF_SALES(FY2024) FOR APXM IN USD"


def test_failing_that_after_or_restates_the_or() -> None:
    assert q("utilities with a P/B under 1 or, if not, a dividend yield above 4%") == \
        "NAME, FG_PB(D0), FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\"), FG_PB(D0) < 1 OR FG_DIV_YIELD(D0) > 4)"

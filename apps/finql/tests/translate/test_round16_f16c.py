"""Round 16 (f16c): a heavy user's combined questions, the residue after f16b; rules alone.

Each question is phrased here, not copied from a tuning set; each fails on the chain before this round."""

from __future__ import annotations

from reading_helpers import q

# -- wrong answers -----------------------------------------------------------------------------------------------------


def test_a_forward_pe_on_an_estimate_year_divides_by_that_estimate() -> None:
    # the EPS it is "on" was a second column (FE_EPS(FY2) beside the P/E): a wrong answer
    assert q("Forward P/E on FY2 consensus EPS for Falcon Software") == "P_PRICE(D0) / FE_EPS(FY2) FOR FALC"
    assert q("Falcon Software's forward P/E on FY1 and on FY2 consensus EPS") == \
        "P_PRICE(D0) / FE_EPS(FY1), P_PRICE(D0) / FE_EPS(FY2) FOR FALC"


def test_an_expected_growth_over_two_ranges_is_one_value_per_range() -> None:
    assert q("Cobalt Motors' expected sales growth from FY2023 to FY2025 and from FY2024 to FY2026") == \
        "(FE_SALES(FY1) / FF_SALES(FY2023) - 1) * 100, (FE_SALES(FY2) / FF_SALES(FY2024) - 1) * 100 FOR COBA"


def test_a_ranking_with_its_own_measure_leaves_the_move_a_condition() -> None:
    # "grew sales" was the ranking's key (the ranking by P/E kept, the condition dropped)
    assert q("The 3 lowest-P/E TECHX names that grew sales in FY2024") == \
        "NAME, FF_SALES(FY2024), FF_SALES(FY2023), FG_PE(D0) FOR SCREEN(INDEX(TECHX), FF_SALES(FY2024) > " \
        "FF_SALES(FY2023)) SORT FG_PE(D0) ASC TOP 3"
    # a sign said before a measure is that measure's, not the P/E's before it
    assert q("The 3 lowest P/E TECHX names with positive FY2024 net income") == \
        "NAME, FF_NET_INC(FY2024), FG_PE(D0) FOR SCREEN(INDEX(TECHX), FF_NET_INC(FY2024) > 0) SORT FG_PE(D0) ASC TOP 3"


def test_a_threshold_scaled_from_a_measure_shows_the_measure() -> None:
    assert q("Energy companies whose FY2025 consensus EPS is at least 20% above FY2024 EPS") == \
        "NAME, FE_EPS(FY1), FF_EPS(FY2024) FOR SCREEN(SECTOR(\"Energy\"), FE_EPS(FY1) >= FF_EPS(FY2024) * 1.2)"


def test_the_figures_listed_beside_a_growth_stay_columns() -> None:
    # the two figures were dropped, the growth alone answered
    assert q("Falcon Software fy24 eps vs fy26 cons and % chg") == \
        "FF_EPS(FY2024), FE_EPS(FY2), (FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR FALC"
    assert q("Falcon Software FY2023 sales vs FY2025 consensus sales, and the change") == \
        "FF_SALES(FY2023), FE_SALES(FY1), (FE_SALES(FY1) / FF_SALES(FY2023) - 1) * 100 FOR FALC"
    assert q("Falcon Software fy22 sales vs fy24 and % chg") == \
        "FF_SALES(FY2022), FF_SALES(FY2024), GROWTH(FF_SALES, FY2022, FY2024) FOR FALC"


# -- wrongful refusals -------------------------------------------------------------------------------------------------


def test_two_moves_said_with_verbs_are_two_return_conditions() -> None:
    assert q("Which TECHX names fell more than 20% in 2023 or rose more than 50% in 2023?") == \
        "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDEX(TECHX), P_RETURN(2022-12-31, 2023-12-31) < -20 " \
        "OR P_RETURN(2022-12-31, 2023-12-31) > 50)"


def test_the_same_years_are_the_range_named_before() -> None:
    assert q("Falcon Software's average capex over FY2019-FY2022 and total FCF over the same years") == \
        "AVG(FF_CAPEX, FY2019, FY2022), SUM(FF_FCF, FY2019, FY2022) FOR FALC"


def test_a_year_listed_after_one_another_period_took_is_a_period_of_its_own() -> None:
    assert q("Falcon Software's cash at the end of fiscal 2022 and fiscal 2023") == \
        "FF_CASH(FY2022), FF_CASH(FY2023) FOR FALC"
    assert q("average EPS FY2019-FY2023 and FY2023 EPS for Falcon Software") == \
        "AVG(FF_EPS, FY2019, FY2023), FF_EPS(FY2023) FOR FALC"

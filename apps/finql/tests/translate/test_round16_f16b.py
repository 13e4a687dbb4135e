"""Round 16 (f16b): questions that combine several features (a heavy user's); rules alone.

Each question is phrased here, not copied from a tuning set; each fails on the chain before this round."""

from __future__ import annotations

from reading_helpers import q, refused

# -- words of a list: "showing", "next to" ----------------------------------------------------------------------------


def test_showing_introduces_the_columns_of_a_screen() -> None:
    assert q("Utilities with FY2024 sales above 5000, showing their net income") == \
        "NAME, FF_SALES(FY2024), FF_NET_INC(FY2024) FOR SCREEN(SECTOR(\"Utilities\"), FF_SALES(FY2024) > 5000)"


def test_next_to_is_beside_unless_it_names_the_period_before_the_last() -> None:
    assert q("Falcon Software's P/B next to its dividend yield") == "FG_PB(D0), FG_DIV_YIELD(D0) FOR FALC"
    assert q("Falcon Software's average EPS over the last four quarters, next to last quarter's EPS") == \
        "AVG(FF_EPS, FQ-3, FQ0), FF_EPS(FQ0) FOR FALC"
    assert q("Falcon Software's sales in the next to last quarter") == "FF_SALES(FQ-1) FOR FALC"


# -- a currency said of another measure leaves the return as returns are --------------------------------------------


def test_a_currency_said_of_another_measure_leaves_the_return_local() -> None:
    assert q("Kingsbridge Mining's total assets in US dollars at the end of FY2023 and its return in 2024") == \
        "FF_ASSETS(FY2023), P_RETURN(2023-12-31, 2024-12-31) FOR KING IN USD"
    # said of the return itself, it is still the change of the converted closes
    assert q("Kingsbridge Mining's FY2023 sales and its return in 2024 in US dollars") == \
        "FF_SALES(FY2023), (P_PRICE(2024-12-31) / P_PRICE(2023-12-31) - 1) * 100 FOR KING IN USD"


# -- estimates beside the expected growth ---------------------------------------------------------------------------


def test_the_consensus_beside_its_expected_growth_stays_a_column() -> None:
    # the consensus was answered as the reported figure of another year, or dropped: wrong answers
    assert q("Cobalt Motors' FY2025 consensus EPS and the expected EPS growth") == \
        "FE_EPS(FY1), (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR COBA"
    assert q("Cobalt Motors' FY2023 EPS, FY2026 consensus EPS and the expected EPS growth") == \
        "FF_EPS(FY2023), FE_EPS(FY2), (FE_EPS(FY2) / FF_EPS(FY2023) - 1) * 100 FOR COBA"
    assert q("the consensus net sales for FY2026 for Cobalt Motors, the analyst count, and how that compares with "
             "FY2024 actual sales as a growth rate") == \
        "FE_SALES(FY2), FE_NUM(FY2), (FE_SALES(FY2) / FF_SALES(FY2024) - 1) * 100 FOR COBA"


# -- one function over several ranges --------------------------------------------------------------------------------


def test_a_function_over_ranges_joined_by_and_is_one_value_per_range() -> None:
    assert q("Falcon Software's EPS growth from FY2020 to FY2022 and from FY2022 to FY2024") == \
        "GROWTH(FF_EPS, FY2020, FY2022), GROWTH(FF_EPS, FY2022, FY2024) FOR FALC"
    assert q("Cobalt Motors' average capex over FY2016-FY2019 and over FY2021-FY2024") == \
        "AVG(FF_CAPEX, FY2016, FY2019), AVG(FF_CAPEX, FY2021, FY2024) FOR COBA"
    # one growth said over a list of years is still one growth; a breakdown beside it is still refused
    assert "ebitda" in refused("Falcon Software's EBITDA growth from FY2020 to FY2022 and from FY2022 to FY2024").lower()
    # (f16w: "growth in FY2023 and FY2024" is more likely a growth for each year than one between them: refused)
    assert "fy2023 and fy2024" in refused("sales growth in FY2023 and FY2024 for Falcon Software")


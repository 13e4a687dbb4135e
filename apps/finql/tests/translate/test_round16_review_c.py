"""Round 16 review (f16c): wrong answers found near f16c's rules, and a rule no round-16 test caught.

Questions phrased here; each test fails on main before this review (56ce57b)."""

from __future__ import annotations

from reading_helpers import q, refused

# -- wrong answers found ---------------------------------------------------------------------------------------------


def test_a_second_move_of_no_direction_is_not_a_second_return() -> None:
    # "outperformed" (read "out performed") was a plain return above 15%, not a return against an index
    assert "outperformed" in refused("Energy names that lost more than 25% in 2022 or outperformed by more than 15%")


def test_the_same_quarters_after_two_quarters_is_not_the_last_one_alone() -> None:
    # the net income was shown for Q3 only
    assert "same quarters" in refused("Cobalt Motors' revenue in Q2 2023 and Q3 2023 and net income for the same quarters")
    # a single list still repeats: both years
    assert q("Cobalt Motors' revenue in FY2022 and FY2023 and net income over the same years") == \
        "FF_SALES(FY2022), FF_SALES(FY2023), FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR COBA"


def test_the_same_quarters_after_a_range_of_years_is_refused() -> None:
    assert "same quarters" in refused("Cobalt Motors' total capex over FY2020-FY2023 and average FCF over the same quarters")
    # the last quarters stay quarters
    assert q("Total Cobalt Motors net income over the last four quarters and average quarterly sales over the same "
             "quarters") == "SUM(FF_NET_INC, FQ-3, FQ0), AVG(FF_SALES, FQ-3, FQ0) FOR COBA"


def test_a_year_listed_after_a_quarter_of_a_year_is_refused() -> None:
    # "the third quarter of fiscal 2022 and fiscal 2023" may be that quarter of both years; it was the full FY2023
    assert "fiscal" in refused("Cobalt Motors' net income in the third quarter of fiscal 2022 and fiscal 2023")


def test_a_growth_to_an_estimate_over_two_ranges_not_both_ahead_is_refused() -> None:
    # it was one growth from the first year named (FY2021) to the last (FY2026)
    assert "several ranges" in refused("Falcon Software's consensus EPS growth from FY2021 to FY2023 and from FY2025 to FY2026")


# -- a rule no round-16 test caught ----------------------------------------------------------------------------------


def test_a_growth_shown_beside_the_verb_that_screens_is_not_a_second_condition() -> None:
    assert q("Which TECHX names grew net income in FY2023, with the net income growth?") == \
        "NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2022), GROWTH(FF_NET_INC, FY2022, FY2023) FOR SCREEN(INDEX(TECHX), " \
        "FF_NET_INC(FY2023) > FF_NET_INC(FY2022))"

"""Round 16 (f16w): wrong answers found by review (a comparison, a ranking, a period or a change silently dropped)
that are now refused, naming the words. Questions phrased here; each test fails on main (4d81a15)."""

from __future__ import annotations

from reading_helpers import q, refused


def test_a_return_against_an_unnamed_benchmark_is_refused() -> None:
    # "outperformed" was split into "out performed" and read as a plain return above the threshold
    assert "outperformed" in refused("Which ENERGYX names outperformed by more than 12% in 2022?")
    assert "outperformed" in refused("Which TECHX stocks outperformed the index by 5% or more in 2023?")
    assert "underperforming" in refused("List the underperforming TECHX stocks of 2023")


def test_a_move_compared_with_the_index_or_the_market_is_refused() -> None:
    assert "compared with the index" in refused("TECHX stocks up more than 20% in 2023 compared with the index")
    assert "than the market" in refused("Did Cobalt Motors rise more than the market in 2023?")
    # a plain move stays
    assert q("Which TECHX stocks rose more than 20% in 2023?") == \
        "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDEX(TECHX), P_RETURN(2022-12-31, 2023-12-31) > 20)"


def test_two_superlatives_are_two_rankings_and_refused() -> None:
    msg = refused("The 3 highest-P/E TECHX stocks that rose the most in 2023")
    assert "highest" in msg and "most" in msg
    assert "fastest" in refused("The 5 lowest-P/E TECHX stocks whose sales grew the fastest in FY2023")
    assert "largest" in refused("The 3 largest TECHX stocks by market cap, lowest P/E first")


def test_an_order_of_another_measure_after_a_superlative_is_refused() -> None:
    # it was sorted by P/E from the highest, the direction of "the most"
    assert "lowest" in refused("Which TECHX names grew net income the most in FY2023, lowest P/E first?")
    # an order said of the one measure ranked stays
    assert q("The 5 highest P/E TECHX stocks, highest first") == \
        "NAME, FG_PE(D0) FOR SCREEN(INDEX(TECHX)) SORT FG_PE(D0) DESC TOP 5"


def test_a_superlative_of_no_measure_before_a_relative_move_is_refused() -> None:
    # "cheapest" was lost: sorted by the return, lowest first
    assert "cheapest" in refused("The 3 cheapest TECHX names which fell in 2022")
    # a superlative with its measure keeps the move as a condition
    assert q("The 5 highest-P/E TECHX stocks that rose in 2023") == \
        "NAME, P_RETURN(2022-12-31, 2023-12-31), FG_PE(2023-12-31) FOR SCREEN(INDEX(TECHX), " \
        "P_RETURN(2022-12-31, 2023-12-31) > 0) SORT FG_PE(2023-12-31) DESC TOP 5"


def test_years_before_a_period_named_after_are_refused() -> None:
    # "two years before fiscal 2024" was counted from today (FY2023), and fiscal 2024 read as a period of its own;
    # since round 18 (f18c) it is counted from the period named after it, which is no period of its own
    assert q("Cobalt Motors net income two years before fiscal 2024 and fiscal 2021") == \
        "FF_NET_INC(FY2022), FF_NET_INC(FY2021) FOR COBA"
    assert q("Cobalt Motors EPS three years prior to FY2023") == "FF_EPS(FY2020) FOR COBA"
    # counted from the period named before it, as before
    assert q("Cobalt Motors EPS in FY2024 and two years before") == "FF_EPS(FY2024), FF_EPS(FY2022) FOR COBA"


def test_how_much_a_figure_lost_is_not_the_figure() -> None:
    assert "lose" in refused("How much market capitalisation did Cobalt Motors lose in 2022?")
    assert "gain" in refused("How much market cap did Cobalt Motors gain in 2023?")
    assert q("How much did Cobalt Motors' revenue grow in FY2023?") == "GROWTH(FF_SALES, FY2022, FY2023) FOR COBA"


def test_a_growth_in_two_listed_years_is_refused() -> None:
    # it was one growth from the first year listed to the last
    assert "2021 and 2022" in refused("Cobalt Motors net income growth in 2021 and 2022")
    assert "fiscal 2022, fiscal 2023" in refused("Cobalt Motors EPS growth for fiscal 2022, fiscal 2023 and fiscal 2024")
    # one growth between two years stays
    assert q("Cobalt Motors revenue growth between FY2022 and FY2023") == "GROWTH(FF_SALES, FY2022, FY2023) FOR COBA"

"""Round 17 review (r17): wrong answers found by probing f17a/f17b's readings, and tests for their branches that no
round test caught when broken. Questions phrased here."""

from __future__ import annotations

from reading_helpers import q, refused


def test_quarters_of_a_year_compared_with_another_year_are_the_same_quarters_of_both() -> None:
    # the quarter of the first year was compared with the whole second year (a wrong answer)
    assert q("Monarch Stores Q3 sales in fiscal 2023 vs fiscal 2022") == "FF_SALES(FQ2023Q3), FF_SALES(FQ2022Q3) FOR MONA"
    assert q("Monarch Stores Q1 and Q2 net income in 2023 against 2022") == \
        "FF_NET_INC(FQ2023Q1), FF_NET_INC(FQ2023Q2), FF_NET_INC(FQ2022Q1), FF_NET_INC(FQ2022Q2) FOR MONA"
    # a second measure's own year stays its own
    assert q("Monarch Stores Q3 sales in 2023 and net income in 2022") == "FF_SALES(FQ2023Q3), FF_NET_INC(FY2022) FOR MONA"


def test_todays_price_beside_another_date_of_the_multiple_is_not_dropped() -> None:
    # "using today's price" was dropped and the P/E taken at the end of 2023 alone (a wrong answer)
    assert "P_PRICE(D0)" in (q("Cobalt Motors P/E at the end of 2023 using today's price") or "P_PRICE(D0)")
    assert q("Cobalt Motors forward P/E on FY2025 consensus EPS, using today's price") == "P_PRICE(D0) / FE_EPS(FY1) FOR COBA"


def test_name_and_industry_asked_of_a_screen_are_its_columns() -> None:
    assert q("Utilities with a P/E below 15, show name and industry") == \
        "NAME, FG_PE(D0), INDUSTRY FOR SCREEN(SECTOR(\"Utilities\"), FG_PE(D0) < 15)"


def test_shares_that_traded_are_no_share_count() -> None:
    assert "FF_SHARES" not in (q("How many shares were traded in Cobalt Motors out of those outstanding?") or "")


def test_the_last_two_quarters_of_a_price_stay_quarter_by_quarter() -> None:
    # (a total's or an average's range of reported figures only: a return of each quarter, not one over both)
    assert (q("Cobalt Motors total return for the last quarter and the quarter before it") or "").count("P_RETURN(") == 2


def test_a_function_word_is_not_bound_across_a_list_separator_to_a_later_measure() -> None:
    # ("growth in FY2024, and its net income": the growth of no measure named, never the net income's)
    assert "GROWTH(FF_NET_INC" not in (q("Northwind Systems growth in FY2024, and its net income") or "")


def test_a_move_either_way_asked_of_a_set_is_refused() -> None:
    # both directions are no condition: it was read as the first alone, the stocks that rose (a wrong answer)
    assert "up or down" in refused("Which utilities have gone up or down since July?")
    assert "rose or fell" in refused("Which utilities' sales rose or fell in 2023?")
    assert "shrank" in refused("Which utilities grew or shrank sales in FY2024?")
    # of a named company the figure's sign says which (f17a)
    assert q("Has Cobalt Motors' share price gone up or down since July?") == "P_RETURN(2024-06-30, D0) FOR COBA"


def test_how_many_shares_a_company_had_in_a_period_is_its_share_count() -> None:
    # "have" before the period was not read (only at the sentence's end): the share price's return (a wrong answer)
    assert q("How many shares did Cobalt Motors have in 2023?") == "FF_SHARES(FY2023) FOR COBA"
    assert q("How many shares did Cobalt Motors have at the end of fiscal 2022?") == "FF_SHARES(FY2022) FOR COBA"


def test_an_exclusion_beside_conditions_joined_by_or_is_refused_unless_grouped() -> None:
    # the "not" was read as of the first condition alone, or "and" bound it to the last alone (wrong answers)
    assert "or" in refused("Utilities excluding companies with a P/E above 20 or a yield below 2%")
    assert "or" in refused("Utilities with a yield above 5% or a P/E below 10, excluding any with negative net income")
    # grouped by "either", the exclusion is of the group (f17a); after conditions joined by "and" it is one more
    assert q("Utilities with a P/E below 10 and a yield above 5%, excluding any with negative net income") == \
        "NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_NET_INC(FY2024) FOR SCREEN(SECTOR(\"Utilities\"), FG_PE(D0) < 10 AND " \
        "FG_DIV_YIELD(D0) > 5 AND NOT (FF_NET_INC(FY2024) < 0))"


def test_a_year_after_later_quarters_is_not_theirs_alone_when_earlier_quarters_have_none() -> None:
    # the year went to Q3 alone and Q1+Q2 were the latest such quarters (FY2024): a wrong answer
    assert "FQ2024" not in (q("Cobalt Motors Q1+Q2 sales and Q3 net income in fiscal 2023") or "")
    assert q("Cobalt Motors Q1 2023 sales and Q3 net income in fiscal 2023") == \
        "FF_SALES(FQ2023Q1), FF_NET_INC(FQ2023Q3) FOR COBA"

"""Round 18 (f18a): conditions over several periods said one by one, and tune17a/16b/14b's residual refusals; rules
alone. Each question is phrased here, not copied from a tuning set; each fails on main (fed2a74)."""

from __future__ import annotations

from reading_helpers import q, refused

# -- wrong answers -----------------------------------------------------------------------------------------------------


def test_a_condition_in_either_of_several_years_holds_in_one_of_them() -> None:
    # "either (any) of the last two years", "in FY2023 or FY2024": it was read as in each (AND), or as the growth over
    # the span (a wrong answer both ways)
    assert q("Which Energy companies lost money in either of the last two fiscal years?") == \
        'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Energy"), ' \
        '(FF_NET_INC(FY2023) < 0 OR FF_NET_INC(FY2024) < 0))'
    assert q("Which utilities were loss-making in FY2022 or FY2023?") == \
        'NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR SCREEN(SECTOR("Utilities"), ' \
        '(FF_NET_INC(FY2022) < 0 OR FF_NET_INC(FY2023) < 0))'
    assert q("Banks that paid a dividend in any of the past three years") == \
        'NAME, FF_DPS(FY2022), FF_DPS(FY2023), FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), ' \
        '(FF_DPS(FY2022) > 0 OR FF_DPS(FY2023) > 0 OR FF_DPS(FY2024) > 0))'
    assert q("Which Materials companies had revenue growth above 8% in either of the last two years?") == \
        'NAME, GROWTH(FF_SALES, FY2022, FY2023), GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR("Materials"), ' \
        '(GROWTH(FF_SALES, FY2022, FY2023) > 8 OR GROWTH(FF_SALES, FY2023, FY2024) > 8))'
    assert q("Which Materials companies had revenue growth above 8% in FY2022 or FY2023?") == \
        'NAME, GROWTH(FF_SALES, FY2021, FY2022), GROWTH(FF_SALES, FY2022, FY2023) FOR SCREEN(SECTOR("Materials"), ' \
        '(GROWTH(FF_SALES, FY2021, FY2022) > 8 OR GROWTH(FF_SALES, FY2022, FY2023) > 8))'
    assert q("Which airlines grew EPS in either of the last two years?") == \
        'NAME, FF_EPS(FY2023), FF_EPS(FY2022), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Airlines"), ' \
        '(FF_EPS(FY2023) > FF_EPS(FY2022) OR FF_EPS(FY2024) > FF_EPS(FY2023)))'


def test_a_move_in_each_or_both_of_the_last_years_is_each_years_move() -> None:
    # it was the growth over the span, from the year before the first to the last
    assert q("Which airlines grew EPS in both of the last two years?") == \
        'NAME, FF_EPS(FY2023), FF_EPS(FY2022), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Airlines"), ' \
        'FF_EPS(FY2023) > FF_EPS(FY2022) AND FF_EPS(FY2024) > FF_EPS(FY2023))'
    assert q("Which Materials companies had revenue growth above 8% in both of the last two years?") == \
        'NAME, GROWTH(FF_SALES, FY2022, FY2023), GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR("Materials"), ' \
        'GROWTH(FF_SALES, FY2022, FY2023) > 8 AND GROWTH(FF_SALES, FY2023, FY2024) > 8)'
    # over the span, without "each" or "both", it stays one growth
    assert q("Which airlines grew EPS over the last two years?") == \
        'NAME, FF_EPS(FY2024), FF_EPS(FY2022) FOR SCREEN(INDUSTRY("Airlines"), FF_EPS(FY2024) > FF_EPS(FY2022))'


def test_not_before_an_adjective_over_alternative_years_is_in_neither() -> None:
    # "not loss-making in FY2023 or FY2024" was NOT (A AND B): the companies with one loss kept
    assert q("Which utilities were not loss-making in FY2022 or FY2023?") == \
        'NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR SCREEN(SECTOR("Utilities"), ' \
        'NOT ((FF_NET_INC(FY2022) < 0 OR FF_NET_INC(FY2023) < 0)))'


def test_not_above_joined_to_another_comparison_negates_that_comparison_only() -> None:
    # "above 10 but not above 20" was NOT (A AND B): the whole joined condition negated
    assert q("Software companies with a P/E above 12 but not above 25") == \
        'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Software"), FG_PE(D0) > 12 AND NOT (FG_PE(D0) > 25))'
    assert q("Banks with a P/E not above 9 and a dividend yield not below 3%") == \
        'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), NOT (FG_PE(D0) > 9) AND ' \
        'NOT (FG_DIV_YIELD(D0) < 3))'
    # not above in either of two years: in neither
    assert q("Utilities with revenue not above 2bn in either of the last two years") == \
        'NAME, FF_SALES(FY2023), FF_SALES(FY2024) FOR SCREEN(SECTOR("Utilities"), ' \
        'NOT (FF_SALES(FY2023) > 2000 OR FF_SALES(FY2024) > 2000))'


def test_a_period_in_an_excluded_clause_is_that_clauses_own() -> None:
    # the yield took the excluded clause's year (the yield at the end of 2023, a wrong answer)
    assert q("Utilities with a dividend yield above 4%, except those whose sales fell in fiscal 2022") == \
        'NAME, FG_DIV_YIELD(D0), FF_SALES(FY2022), FF_SALES(FY2021) FOR SCREEN(SECTOR("Utilities"), ' \
        'FG_DIV_YIELD(D0) > 4 AND NOT (FF_SALES(FY2022) < FF_SALES(FY2021)))'
    # a period after the threshold, in its own clause, stays its own
    assert q("Banks with a P/E below 8 in 2023") == \
        'NAME, FG_PE(2023-12-31) FOR SCREEN(INDUSTRY("Banks"), FG_PE(2023-12-31) < 8)'


def test_a_ranking_by_its_own_measure_keeps_a_move_verb_as_a_condition() -> None:
    # the move was dropped to a column (the companies whose sales fell kept: a wrong answer)
    assert q("Top 4 insurers by market cap whose revenue grew last year") == \
        'NAME, FF_SALES(FY2024), FF_SALES(FY2023), FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Insurance"), ' \
        'FF_SALES(FY2024) > FF_SALES(FY2023)) SORT FG_MKT_CAP(D0) DESC TOP 4 IN USD'


def test_did_not_fall_is_the_later_figure_not_below_the_earlier() -> None:
    # "fall" after "did not" is the verb, not the noun (it was NOT (GROWTH(...) < 0), null from a loss)
    assert q("Energy companies whose EPS did not fall in fiscal 2022") == \
        'NAME, FF_EPS(FY2022), FF_EPS(FY2021) FOR SCREEN(SECTOR("Energy"), NOT (FF_EPS(FY2022) < FF_EPS(FY2021)))'


def test_a_peak_or_trough_said_before_a_reported_figure_is_refused() -> None:
    # "trough revenue" was the share price's low beside the revenues (a wrong answer)
    assert "trough revenue" in refused("What was Apex Materials' trough revenue over the last five years?")
    assert "peak net income" in refused("Apex Materials peak net income over the last four years")


def test_a_set_up_or_down_over_a_period_beside_another_measure_is_its_return() -> None:
    # "banks up in 2024" was dropped: the screen on the P/E alone (a wrong answer)
    assert q("Insurers up in 2024 with a P/E below 9") == \
        'NAME, P_RETURN(2023-12-31, 2024-12-31), FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), ' \
        'P_RETURN(2023-12-31, 2024-12-31) > 0 AND FG_PE(D0) < 9)'
    assert q("Software names down more than 5% year to date and trading within 20% of their 52-week low") == \
        'NAME, P_RETURN(2023-12-31, D0), (P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 FOR ' \
        'SCREEN(INDUSTRY("Software"), P_RETURN(2023-12-31, D0) < -5 AND (P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 <= 20)'
    # a move over a period that no reading takes is refused, never dropped
    assert "up" in refused("Apex Materials sales and P/E, up in 2024")


def test_a_span_of_years_beside_an_expected_growth_says_how_far_apart_the_years_are() -> None:
    # "two-year" was read as the last two reported years: a growth from FY2023 (a wrong answer)
    assert q("Granite Water: FY2024 EPS, FY2026 consensus EPS and the expected two-year EPS growth") == \
        "FF_EPS(FY2024), FE_EPS(FY2), (FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR GRWT"
    assert "three-year" in refused("Granite Water: FY2024 EPS, FY2026 consensus EPS and the expected three-year EPS growth")
    # with no years named, an expected span runs forward from the last reported year (it was the reported growth)
    assert q("Granite Water expected two-year EPS growth") == "(FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR GRWT"
    assert q("Granite Water two-year EPS growth") == "GROWTH(FF_EPS, FY2022, FY2024) FOR GRWT"


# -- wrongful refusals -------------------------------------------------------------------------------------------------


def test_did_not_lose_money_is_the_negated_loss() -> None:
    assert q("Which Industrials companies didn't lose money in any of the past three fiscal years?") == \
        'NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Industrials"), ' \
        'NOT ((FF_NET_INC(FY2022) < 0 OR FF_NET_INC(FY2023) < 0 OR FF_NET_INC(FY2024) < 0)))'
    assert q("Utilities that did not lose money last year") == \
        'NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Utilities"), NOT (FF_NET_INC(FY2024) < 0))'
    # "not ... in both" is at most one loss
    assert q("Utilities that did not lose money in both of the last two years") == \
        'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Utilities"), ' \
        'NOT (FF_NET_INC(FY2023) < 0 AND FF_NET_INC(FY2024) < 0))'
    # money lost for shareholders stays the stock's return
    assert q("Which Energy stocks did not lose money for shareholders in 2024?") == \
        'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(SECTOR("Energy"), NOT (P_RETURN(2023-12-31, 2024-12-31) < 0))'
    # a yes/no question about a named company stays refused
    assert "yes/no" in refused("Did Cobalt Motors lose money in FY2024?")


def test_a_growth_verb_bounded_by_but_not_by_more_than() -> None:
    assert q("Which semiconductor firms grew sales yoy in the latest quarter, but not by more than 15%?") == \
        'NAME, FF_SALES(FQ0), FF_SALES(FQ-4), GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(INDUSTRY("Semiconductors"), ' \
        'FF_SALES(FQ0) > FF_SALES(FQ-4) AND NOT (GROWTH(FF_SALES, FQ-4, FQ0) > 15))'
    assert q("Banks that grew net income last year, but by less than 5%") == \
        'NAME, FF_NET_INC(FY2024), FF_NET_INC(FY2023), GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), ' \
        'FF_NET_INC(FY2024) > FF_NET_INC(FY2023) AND GROWTH(FF_NET_INC, FY2023, FY2024) < 5)'
    # "yoy" after a growth verb and its measure is that growth's grain, not a second growth
    assert q("Which semiconductor firms grew sales yoy last quarter by more than 15%?") == \
        'NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(INDUSTRY("Semiconductors"), GROWTH(FF_SALES, FQ-4, FQ0) > 15)'
    # a bound in money, or with no "by", is not read as this bound
    assert "15 million" in refused("Banks that grew net income last year, but not by more than 15 million")


def test_a_ranked_screen_excluding_the_companies_a_move_describes() -> None:
    assert q("The 5 Energy companies with the highest dividend yield, excluding any whose EPS fell last year") == \
        'NAME, FF_EPS(FY2024), FF_EPS(FY2023), FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Energy"), ' \
        'NOT (FF_EPS(FY2024) < FF_EPS(FY2023))) SORT FG_DIV_YIELD(D0) DESC TOP 5'
    assert q("Top 3 Utilities by P/E, excluding those whose sales declined in FY2023") == \
        'NAME, FF_SALES(FY2023), FF_SALES(FY2022), FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), ' \
        'NOT (FF_SALES(FY2023) < FF_SALES(FY2022))) SORT FG_PE(D0) DESC TOP 3'


def test_the_change_from_a_past_high_to_today_names_its_end() -> None:
    assert q("What is the percent change from Northwind Systems' 2022 high to today's price?") == \
        "(P_PRICE(D0) / P_HIGH(2022-01-01, 2022-12-31) - 1) * 100 FOR NWSY"
    assert q("Percentage move from Apex Materials' 2023 peak close to the current price") == \
        "(P_PRICE(D0) / P_HIGH(2023-01-01, 2023-12-31) - 1) * 100 FOR APXM"
    assert q("How far has Apex Materials risen from its 2021 low to now, in percent?") == \
        "(P_PRICE(D0) / P_LOW(2021-01-01, 2021-12-31) - 1) * 100 FOR APXM"
    # a high of a year that ends on D0's day, and a peak said alone
    assert q("Percent change from Apex Materials' 2024 peak to today") == \
        "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR APXM"
    assert q("What was Apex Materials' peak in 2022?") == "P_HIGH(2022-01-01, 2022-12-31) FOR APXM"
    # with no end said, a move from a past high still reads two ways
    assert "two ways" in refused("Percent change from Apex Materials' 2022 high")
    # "close to" that is no name's noun stays "near"
    assert "close to" in refused("Which utilities trade close to their 52-week high?")


def test_a_lower_one_in_another_year_compares_the_measure_with_the_first_year() -> None:
    assert q("Which banks had net income above 500m in FY2022 but a higher one in FY2023?") == \
        'NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2022) > 500 AND ' \
        'FF_NET_INC(FY2023) > FF_NET_INC(FY2022))'
    assert q("Utilities with a net margin above 8% in fiscal 2022 and a lower net margin in fiscal 2023") == \
        'NAME, FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR ' \
        'SCREEN(SECTOR("Utilities"), FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 > 8 AND ' \
        'FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 < FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100)'
    # with no period of its own, or another measure, or a "than" of its own, it is not this comparison
    assert "lower" in refused("Which banks had net income above 1bn in FY2022 and a lower one?")
    assert "lower" in refused("Which banks had net income above 1bn in FY2022 and a lower P/E in FY2023?")
    assert "lower" in refused("Which banks had net income above 1bn in FY2022 and a lower one in FY2023 than in FY2021?")


def test_returned_with_a_threshold_beside_another_return_is_a_second_return() -> None:
    assert q("Utilities that returned more than 5% in 2022 but had a negative return in 2023") == \
        'NAME, P_RETURN(2021-12-31, 2022-12-31), P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR("Utilities"), ' \
        'P_RETURN(2021-12-31, 2022-12-31) > 5 AND P_RETURN(2022-12-31, 2023-12-31) < 0)'
    # beside another measure the move keeps its own period; the other measure, in its own clause, is today's
    assert q("Banks that rose more than 8% in 2023 and have a P/E below 12") == \
        'NAME, P_RETURN(2022-12-31, 2023-12-31), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), ' \
        'P_RETURN(2022-12-31, 2023-12-31) > 8 AND FG_PE(D0) < 12)'


def test_a_measures_own_period_set_against_another_after_its_move() -> None:
    assert q("Banks whose FY2023 net margin fell compared with FY2022") == \
        'NAME, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100, FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 FOR ' \
        'SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 < ' \
        'FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100)'


def test_ranked_by_that_growth_points_back_to_the_screened_growth() -> None:
    assert q("Utilities with EPS growth above 5% last year and a yield above 3%, ranked by that growth") == \
        'NAME, FG_DIV_YIELD(D0), GROWTH(FF_EPS, FY2023, FY2024) FOR SCREEN(SECTOR("Utilities"), ' \
        'GROWTH(FF_EPS, FY2023, FY2024) > 5 AND FG_DIV_YIELD(D0) > 3) SORT GROWTH(FF_EPS, FY2023, FY2024) DESC'
    # two growths screened on: "that growth" points at neither alone
    assert "ranking without a measure" in refused(
        "Utilities with EPS growth above 5% and sales growth above 3% last year, ranked by that growth")


def test_worth_compared_with_an_amount_is_the_market_value_screened_on() -> None:
    assert q("Which banks are worth more than $40bn and have a P/E below 12?") == \
        'NAME, FG_MKT_CAP(D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_MKT_CAP(D0) > 40000 AND FG_PE(D0) < 12) IN USD'
    assert q("Which Japanese companies were worth over 5 billion dollars, once their market caps are converted into "
             "US dollars?") == \
        'NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("Japan"), FG_MKT_CAP(D0) > 5000) IN USD'


def test_worth_beside_another_measure_is_still_asked() -> None:
    # it was dropped as restating the other measure (the answer lacked the market value: a wrong answer)
    assert q("What is Granite Water worth and what is its dividend yield?") == "FG_MKT_CAP(D0), FG_DIV_YIELD(D0) FOR GRWT"
    assert q("How much is a share of Granite Water worth and what is its P/E?") == "P_PRICE(D0), FG_PE(D0) FOR GRWT"
    # beside the market cap named it only restates it
    assert q("What is Granite Water worth, by market cap?") == "FG_MKT_CAP(D0) FOR GRWT"
    # a measure right before "worth" is the one compared
    assert q("Which utilities hold cash worth more than half of their debt?") == \
        'NAME, FF_CASH(FY2024), FF_DEBT(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_CASH(FY2024) > FF_DEBT(FY2024) * 0.5)'


def test_a_group_noun_by_a_word_of_every_listed_name_only_describes_them() -> None:
    assert q("What was the 2023 revenue of the two wind names, Redwood Wind Power and Cobalt Wind Power?") == \
        "FF_SALES(FY2023) FOR RWP, CWP"
    assert q("Redwood Wind Power and Cobalt Wind Power, the two wind companies: P/E today") == "FG_PE(D0) FOR RWP, CWP"
    # a count that does not match the list, or a word one of them lacks, is not read
    assert "wind" in refused("What was the 2023 revenue of the three wind names, Redwood Wind Power and Cobalt Wind Power?")
    assert "wind" in refused("What was the 2023 revenue of the wind names Redwood Wind Power and Apex Materials?")


def test_a_superlative_said_again_after_that_is_names_one_ranking() -> None:
    assert q("Which five banks look cheapest, i.e. the lowest P/E?") == \
        'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 5'
    # two directions stay two rankings
    assert "two rankings" in refused("Which five banks look cheapest, that is the highest dividend yield?")


def test_a_profile_the_writer_is_working_on_is_framing() -> None:
    assert q("I'm profiling the largest utilities: which three utilities had the highest FY2024 sales?") == \
        'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Utilities")) SORT FF_SALES(FY2024) DESC TOP 3 IN USD'


def test_two_fiscal_quarter_labels_joined_by_to_or_a_dash_are_a_range() -> None:
    # "FQ2023Q1 to FQ2024Q4" was the two ends alone (the quarters between dropped: a wrong answer)
    assert q("Granite Water net income FQ2024Q1 to FQ2024Q3") == \
        "FF_NET_INC(FQ2024Q1), FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2024Q3) FOR GRWT"
    assert q("avg quarterly net income FQ2023Q3-FQ2024Q2, granite water") == \
        "AVG(FF_NET_INC, FQ2023Q3, FQ2024Q2) FOR GRWT"
    # two labels joined by "and" stay two quarters
    assert q("Granite Water net income FQ2023Q4 and FQ2024Q4") == "FF_NET_INC(FQ2023Q4), FF_NET_INC(FQ2024Q4) FOR GRWT"


def test_plus_after_a_list_of_periods_asks_for_another_figure() -> None:
    assert q("Granite Water's debt for FY2022 through FY2024, plus FY2024 debt divided by equity, as a multiple, "
             "not a percentage") == \
        "FF_DEBT(FY2022), FF_DEBT(FY2023), FF_DEBT(FY2024), FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR GRWT"
    # one period on each side stays a sum
    assert q("Granite Water's sales in FY2023, plus FY2024 sales") == "FF_SALES(FY2023) + FF_SALES(FY2024) FOR GRWT"


def test_located_in_a_country_is_the_country_set() -> None:
    assert q("Banks located in France with a dividend yield above 5%") == \
        'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("France"), FG_DIV_YIELD(D0) > 5)'


def test_a_growth_said_to_be_simple_not_annualised() -> None:
    assert q("Granite Water sales growth from FY2019 to FY2024 (simple, not annualised)") == \
        "GROWTH(FF_SALES, FY2019, FY2024) FOR GRWT"
    assert q("Granite Water: FY2024 sales, FY2026 consensus sales and the expected sales growth between them, "
             "not annualized") == \
        "FF_SALES(FY2024), FE_SALES(FY2), (FE_SALES(FY2) / FF_SALES(FY2024) - 1) * 100 FOR GRWT"
    # beside a compound rate, or with no growth, it is refused
    assert "not annualized" in refused("Granite Water sales CAGR from FY2019 to FY2024, not annualized")
    assert "not annualized" in refused("Granite Water sales in FY2024, not annualized")


def test_the_range_a_stock_traded_in_said_beside_its_high_and_low() -> None:
    assert q("I want to cite the range Granite Water traded in during 2021: what were its highest and lowest closes "
             "that year?") == "P_HIGH(2021-01-01, 2021-12-31), P_LOW(2021-01-01, 2021-12-31) FOR GRWT"
    # a range of another figure is not read
    assert "range" in refused("What is the range of Granite Water's P/E in 2022?")


def test_a_year_described_in_apposition_is_that_year() -> None:
    assert q("What was Granite Water's share price return over calendar 2022, the rate-hike year?") == \
        "P_RETURN(2021-12-31, 2022-12-31) FOR GRWT"
    # a word of another year is not a description
    assert q("What was Granite Water's share price return over 2022, the following year?") is None

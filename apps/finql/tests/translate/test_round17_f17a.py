"""Round 17 (f17a): wrongful refusals of tune16b's classes, read without new wrong answers. Questions phrased here;
each test fails on main (e7bccfc)."""

from __future__ import annotations

from reading_helpers import q, refused

from finql.translate.pipeline import translate
from finql.translate.senses import Nearest


def test_not_before_a_move_verb_said_before_its_measure_negates_it() -> None:
    assert q("Which utilities did NOT grow sales by more than 3% in fiscal 2024?") == \
        "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR(\"Utilities\"), NOT (GROWTH(FF_SALES, FY2023, FY2024) > 3))"
    assert q("TECHX companies that did not grow EPS in FY2024") == \
        "NAME, FF_EPS(FY2024), FF_EPS(FY2023) FOR SCREEN(INDEX(TECHX), NOT (FF_EPS(FY2024) > FF_EPS(FY2023)))"


def test_excluding_the_companies_a_condition_describes_negates_it() -> None:
    assert q("TECHX names with either a P/E over 30 or a price-to-book over 8, but excluding any with negative FY2024 "
             "free cash flow") == "NAME, FG_PE(D0), FG_PB(D0), FF_FCF(FY2024) FOR SCREEN(INDEX(TECHX), (FG_PE(D0) > 30 " \
        "OR FG_PB(D0) > 8) AND NOT (FF_FCF(FY2024) < 0))"
    # a period between the "not" and its condition is the condition's own
    assert q("Utilities with a dividend yield above 3%, except those whose FY2024 debt is above 5bn") == \
        "NAME, FG_DIV_YIELD(D0), FF_DEBT(FY2024) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) > 3 AND " \
        "NOT (FF_DEBT(FY2024) > 5000))"
    # a set left out stays the time step's negation
    assert "NOT" not in (q("Energy companies excluding banks with a P/E below 10") or "NOT")


def test_a_not_no_condition_takes_is_refused_not_swallowed_by_the_join() -> None:
    # the "not" between two conditions was taken by the AND and the second condition kept un-negated
    assert "not" in refused("Utilities with a dividend yield above 3%, not in FY2024 with debt above 5bn")


def test_a_concession_joins_two_conditions_as_and() -> None:
    assert q("Which NX100 stocks fell more than 20% in calendar 2024 even though they had positive net income last "
             "year?") == "NAME, P_RETURN(2023-12-31, 2024-12-31), FF_NET_INC(FY2024) FOR SCREEN(INDEX(NX100), " \
        "P_RETURN(2023-12-31, 2024-12-31) < -20 AND FF_NET_INC(FY2024) > 0)"
    assert q("Which TECHX stocks rose in 2023 despite negative FY2023 EPS?") == \
        "NAME, P_RETURN(2022-12-31, 2023-12-31), FF_EPS(FY2023) FOR SCREEN(INDEX(TECHX), " \
        "P_RETURN(2022-12-31, 2023-12-31) > 0 AND FF_EPS(FY2023) < 0)"
    # of named companies it joins no two conditions: refused, never dropped
    assert "even though" in refused("Cobalt Motors net income in FY2024 even though its sales fell")


def test_quarters_without_a_year_before_their_measure_take_the_year_after_it() -> None:
    # they were the latest such quarters beside the whole year (a wrong answer)
    assert q("Cobalt Motors Q3 sales in fiscal 2023") == "FF_SALES(FQ2023Q3) FOR COBA"
    assert q("Cobalt Motors Q1 and Q2 net income in 2023") == "FF_NET_INC(FQ2023Q1), FF_NET_INC(FQ2023Q2) FOR COBA"


def test_quarters_joined_by_a_plus_are_summed() -> None:
    assert q("Monarch Stores: total sales of Q1 and Q2 of fiscal 2023 vs combined Q1+Q2 sales of fiscal 2024") == \
        "SUM(FF_SALES, FQ2023Q1, FQ2023Q2), SUM(FF_SALES, FQ2024Q1, FQ2024Q2) FOR MONA"
    assert q("Cobalt Motors Q3+Q4 2023 sales") == "SUM(FF_SALES, FQ2023Q3, FQ2023Q4) FOR COBA"


def test_growth_in_one_year_vs_a_later_one_is_each_years_growth() -> None:
    assert q("Cobalt Motors sales growth in 2022 vs 2023") == \
        "GROWTH(FF_SALES, FY2021, FY2022), GROWTH(FF_SALES, FY2022, FY2023) FOR COBA"
    # against the base year, or with a threshold, it stays one growth
    assert q("Cobalt Motors sales growth in 2023 vs 2022") == "GROWTH(FF_SALES, FY2022, FY2023) FOR COBA"


def test_the_dollar_return_is_the_return_in_usd() -> None:
    assert q("Apex Materials dollar return in 2023") == \
        "(P_PRICE(2023-12-31) / P_PRICE(2022-12-31) - 1) * 100 FOR APXM IN USD"
    assert "dollar" in refused("Cobalt Motors Canadian dollar return in 2024")


def test_trough_to_peak_price_is_the_low_and_the_high() -> None:
    assert q("Cobalt Motors trough to peak closing price in 2023") == \
        "P_LOW(2023-01-01, 2023-12-31), P_HIGH(2023-01-01, 2023-12-31) FOR COBA"
    assert "change" in refused("Cobalt Motors trough to peak price change in 2023")


def test_a_year_after_a_named_fiscal_year_is_the_next_one() -> None:
    assert q("Cobalt Motors sales a year after fiscal 2021") == "FF_SALES(FY2022) FOR COBA"
    assert q("Cobalt Motors EPS the year following FY2022") == "FF_EPS(FY2023) FOR COBA"


def test_pe_on_a_forward_basis_is_the_forward_pe() -> None:
    assert q("Cobalt Motors P/E on a forward basis") == "P_PRICE(D0) / FE_EPS(FY1) FOR COBA"


def test_for_my_model_is_courtesy() -> None:
    assert q("Hi, for my model I need Cobalt Motors FY2024 sales. Thank you!") == "FF_SALES(FY2024) FOR COBA"
    assert "model year" in refused("Cobalt Motors model year sales")


def test_a_years_high_close_is_its_highest_close() -> None:
    # "2024 high close" was the latest close beside a high (compared as the close: a wrong answer)
    assert q("Consumer Discretionary companies whose 2024 high close was above their 2023 high close") == \
        "NAME, P_HIGH(2024-01-01, 2024-12-31), P_HIGH(2023-01-01, 2023-12-31) FOR SCREEN(SECTOR(\"Consumer Discretionary\"), " \
        "P_HIGH(2024-01-01, 2024-12-31) > P_HIGH(2023-01-01, 2023-12-31))"


def test_a_multiple_of_another_measure_with_its_own_period() -> None:
    assert q("Consumer Discretionary companies whose highest close in 2024 was more than 1.5 times their 2024 lowest "
             "close") == "NAME, P_HIGH(2024-01-01, 2024-12-31), P_LOW(2024-01-01, 2024-12-31) FOR SCREEN(SECTOR(\"Consumer " \
        "Discretionary\"), P_HIGH(2024-01-01, 2024-12-31) > P_LOW(2024-01-01, 2024-12-31) * 1.5)"
    assert q("Energy companies with market cap below 10 times their FY2024 net income") == \
        "NAME, FG_MKT_CAP(D0), FF_NET_INC(FY2024) FOR SCREEN(SECTOR(\"Energy\"), FG_MKT_CAP(D0) < FF_NET_INC(FY2024) * 10)"


def test_a_total_over_the_last_quarter_and_the_one_before_is_their_range() -> None:
    assert q("Cobalt Motors total net income for the quarter before last and last quarter") == \
        "SUM(FF_NET_INC, FQ-1, FQ0) FOR COBA"
    assert q("Cobalt Motors average EPS over the latest quarter and the quarter before it") == \
        "AVG(FF_EPS, FQ-1, FQ0) FOR COBA"
    # a price's quarters stay read one by one
    assert q("Cobalt Motors share price return last quarter and the quarter before") == \
        "P_RETURN(2024-09-30, 2024-12-31), P_RETURN(2024-06-30, 2024-09-30) FOR COBA"


def test_a_pe_on_a_years_net_income_is_the_market_cap_over_it() -> None:
    assert q("Falcon Software P/E on 2023 net income") == "FG_MKT_CAP(D0) / FF_NET_INC(FY2023) FOR FALC"
    assert q("What is Cobalt Motors trading at on its FY2023 net income?") == \
        "FG_MKT_CAP(D0) / FF_NET_INC(FY2023) FOR COBA"
    # on the year's earnings, the price over its EPS (as before)
    assert q("Cobalt Motors P/E on 2023 earnings") == "P_PRICE(D0) / FF_EPS(FY2023) FOR COBA"


def test_the_companies_own_currency_is_the_default() -> None:
    assert q("Sales per employee (in millions of their own currency) for Westbrook Consulting in FY2024") == \
        "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR WEST"
    assert q("Apex Materials FY2024 sales in local currency") == "FF_SALES(FY2024) FOR APXM"
    # beside another currency asked for, it is not read
    assert "euros" in refused("Apex Materials FY2024 sales in their own currency and in euros")


def test_name_and_a_field_asked_of_a_screen_are_columns() -> None:
    assert q("Top 5 companies overall by three-year sales CAGR FY2021-FY2024; show name and industry") == \
        "NAME, INDUSTRY, CAGR(FF_SALES, FY2021, FY2024) FOR SCREEN(ALL) SORT CAGR(FF_SALES, FY2021, FY2024) DESC TOP 5"
    # after "per", a breakdown: refused as before
    assert "sector" in refused("Top 3 companies by FY2024 sales per name and sector")


def test_a_ratio_said_with_its_word_in_percent() -> None:
    assert q("Cobalt Motors equity-to-assets ratio (in %) in FY2024") == \
        "FF_EQUITY(FY2024) / FF_ASSETS(FY2024) * 100 FOR COBA"


def test_a_fiscal_years_end_without_the_word_year() -> None:
    assert q("Cobalt Motors debt at FY2024 end") == "FF_DEBT(FY2024) FOR COBA"
    assert q("Cobalt Motors share price at fiscal 2023 end") == q("Cobalt Motors share price at fiscal 2023 year end")


def test_companies_that_moved_beside_another_measure() -> None:
    assert q("Real estate names that are up over the last 20 trading days and have a price-to-book below 3") == \
        "NAME, P_RETURN(D-20, D0), FG_PB(D0) FOR SCREEN(SECTOR(\"Real Estate\"), P_RETURN(D-20, D0) > 0 AND FG_PB(D0) < 3)"
    assert q("Real estate names that have risen since March and have a P/E below 30") == \
        "NAME, P_RETURN(2024-02-29, D0), FG_PE(D0) FOR SCREEN(SECTOR(\"Real Estate\"), P_RETURN(2024-02-29, D0) > 0 " \
        "AND FG_PE(D0) < 30)"
    # a measure before the verb may take its period; a company that "grew": both left unread
    assert "fell" in refused("Banks with a P/E below 10 that fell in 2023")
    assert "grew" in refused("Banks that grew in FY2024 and have a P/E below 10")


def test_prev_fy_and_prev_qtr_are_the_latest_reported_periods() -> None:
    assert q("Cobalt Motors EPS prev fy") == "FF_EPS(FY2024) FOR COBA"
    assert q("ni prev qtr & qtr before that, cobalt motors") == "FF_NET_INC(FQ0), FF_NET_INC(FQ-1) FOR COBA"


def test_a_set_taken_back_after_a_correction() -> None:
    assert q("US-listed... sorry, US-based Information Technology companies with FY2024 net income above 1bn") == \
        "NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR(\"Information Technology\") & COUNTRY(\"United States\"), " \
        "FF_NET_INC(FY2024) > 1000)"
    assert q("Which banks, sorry, insurers have a P/E below 10?") == \
        "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Insurance\"), FG_PE(D0) < 10)"
    # across a joint, no set is taken back
    assert "sorry" in refused("Energy and, sorry, utilities companies with a P/E below 10")


def test_grew_in_one_year_versus_another_is_one_growth() -> None:
    # it was a growth in each of the two years (a wrong answer)
    assert q("Banks whose net income grew in FY2024 versus FY2023") == \
        "NAME, FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_NET_INC(FY2024) > " \
        "FF_NET_INC(FY2023))"


def test_a_span_before_its_measure_restating_a_range_of_as_many_years() -> None:
    assert q("5-year average net income FY2020-FY2024 for Fairhaven Mining") == "AVG(FF_NET_INC, FY2020, FY2024) FOR FAIM"
    # a count that does not match is two periods: refused
    assert "5-year" in refused("5-year average net income FY2021-FY2024 for Fairhaven Mining")


class _MarginsMeanGrossMargin:
    """A meaning index that reads the word "margins" as the gross margin (as the embedder's nearest sense may)."""

    def nearest(self, phrase: str) -> Nearest:
        return Nearest([("gross_margin", 0.99), ("oper_margin", 0.5)] if phrase.strip() == "margins" else [])


def test_both_of_a_measure_named_is_no_second_measure() -> None:
    # "both margins" was read by meaning as a second margin, which took the first one's period (a wrong answer)
    a = translate("Banks whose net margin improved in FY2024. Could you list them with both margins?",
                  _MarginsMeanGrossMargin(), 0.91, 0.02)
    assert a.reading is not None and "GROSS" not in a.reading.query()

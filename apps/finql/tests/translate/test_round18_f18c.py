"""Round 18 (f18c): a junior analyst's table asks, thresholds in other units, comparisons of named companies and of
periods; rules alone.

Each question is phrased here, not copied from a tuning set; each fails on the chain before this round."""

from __future__ import annotations

from reading_helpers import q, refused

from finql.translate import pipeline
from finql.translate.senses import Nearest


class _RoeForEverything:
    """A meaning matcher that reads every phrase as the ROE ("row" was read so by the embedder)."""

    def nearest(self, phrase: str) -> Nearest:
        return Nearest([("roe", 0.99), ("out_of_scope", 0.5)])


# -- wrong answers -----------------------------------------------------------------------------------------------------


def test_the_nouns_of_a_table_are_never_a_measure_by_meaning() -> None:
    # "row" was the ROE: an extra column, and in a ranking the sort key
    a = pipeline.translate("A row per company for Cobalt Motors and Vantage Motors with FY2023 net income",
                           index=_RoeForEverything())
    assert a.reading is not None and a.reading.query() == "FF_NET_INC(FY2023) FOR COBA, VNTG"
    a = pipeline.translate("Banks by market cap, largest first, one row each", index=_RoeForEverything())
    assert a.reading is not None and a.reading.query() == \
        'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC IN USD'
    # rows of anything but companies are no layout FinQL gives: named, never a measure
    a = pipeline.translate("net income of the banks with one row per quarter", index=_RoeForEverything())
    assert a.reading is None and "'row'" in (a.message or "")


def test_shares_are_counted_in_millions() -> None:
    # "1bn shares" was 1,000,000,000 (no company has that many millions)
    assert q("Which utilities had more than 1.5bn diluted shares at the end of fiscal 2023?") == \
        'NAME, FF_SHARES(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_SHARES(FY2023) > 1500)'
    assert q("companies with fewer than 2 billion shares outstanding") == \
        "NAME, FF_SHARES(FY2024) FOR SCREEN(ALL, FF_SHARES(FY2024) < 2000)"
    assert q("companies with fewer than 500m shares outstanding") == \
        "NAME, FF_SHARES(FY2024) FOR SCREEN(ALL, FF_SHARES(FY2024) < 500)"


def test_a_ratio_in_percent_written_as_a_fraction() -> None:
    # "a net margin of at least 0.15" was 0.15 percent
    assert q("Which insurers had a net margin of at least 0.15 in fiscal 2023?") == \
        'NAME, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(INDUSTRY("Insurance"), ' \
        "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 >= 15)"
    assert q("retailers whose ROE was above .2 last year") == \
        'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Retail"), ' \
        "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 20)"
    # a plain ratio, an amount per share, a yield and a change in points stay as written
    assert q("utilities with debt to equity above 0.8 in fy23") == \
        'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2023) / FF_EQUITY(FY2023) > 0.8)'
    assert q("banks with EPS below 0.5 in fiscal 2024") == \
        'NAME, FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_EPS(FY2024) < 0.5)'
    assert q("insurers whose net margin improved by more than 0.5 percentage points in fiscal 2024").endswith(
        "* 100) > 0.5)")


def test_basis_points_of_a_level_are_a_percentage_and_of_a_change_points() -> None:
    assert q("Telecom names yielding more than 300 bps today") == \
        'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Telecom"), FG_DIV_YIELD(D0) > 3)'
    assert q("Banks with a dividend yield of 425bp or more") == \
        'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) >= 4.25)'
    assert q("insurers whose net margin improved by more than 50 bps in fiscal 2024").endswith("* 100) > 0.5)")


# -- wrongful refusals: the layout of the answer ------------------------------------------------------------------------


def test_a_table_with_columns_and_rows_per_company() -> None:
    assert q("Make me a quick table of Cobalt Motors and Vantage Motors with columns for sales and EPS in fiscal 2022") \
        == "FF_SALES(FY2022), FF_EPS(FY2022) FOR COBA, VNTG"
    assert q("One row per company - Apex Materials, Ashford Metals - with debt and cash at the end of FY2023") == \
        "FF_DEBT(FY2023), FF_CASH(FY2023) FOR APXM, ASHM"
    assert q("Sales of Falcon Software for each quarter of fiscal 2023, a column per quarter") == \
        "FF_SALES(FQ2023Q1), FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q4) FOR FALC"
    assert q("Utilities with a P/E below 15 - table with name and P/E") == \
        'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'
    assert q("Granite Water net income for fiscal 2020 and fiscal 2021, one column each") == \
        "FF_NET_INC(FY2020), FF_NET_INC(FY2021) FOR GRWT"


def test_a_count_of_columns_must_be_the_items_asked() -> None:
    assert q("Cobalt Motors' highest and lowest close in 2022, as two columns") == \
        "P_HIGH(2022-01-01, 2022-12-31), P_LOW(2022-01-01, 2022-12-31) FOR COBA"
    assert "three columns'" in refused("Cobalt Motors' highest and lowest close in 2022, in three columns")


def test_columns_said_first_must_come_first() -> None:
    assert q("Apex Materials and Ashford Metals: FY2023 debt and cash, debt column first") == \
        "FF_DEBT(FY2023), FF_CASH(FY2023) FOR APXM, ASHM"
    assert "column first" in refused("Apex Materials and Ashford Metals: FY2023 debt and cash, cash column first")


def test_layouts_finql_cannot_give_stay_refused() -> None:
    assert "per sector" in refused("banks' net income with one row per sector")
    assert "column" in refused("net income of the banks with a column per country")


def test_figures_of_two_periods_put_side_by_side() -> None:
    assert q("Cobalt Motors' dividend per share at the end of fiscal 2021 and fiscal 2022, side by side") == \
        "FF_DPS(FY2021), FF_DPS(FY2022) FOR COBA"


# -- wrongful refusals: units and words of a threshold ------------------------------------------------------------------


def test_a_currency_code_before_an_amount() -> None:
    assert q("Canadian banks with a market cap above C$50bn, in Canadian dollars") == \
        'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Canada"), FG_MKT_CAP(D0) > 50000) IN CAD'
    assert q("Software names with FY2024 sales above USD 10bn, shown in US dollars") == \
        'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_SALES(FY2024) > 10000) IN USD'


def test_or_better_of_a_measure_where_more_is_better() -> None:
    assert q("names with an operating margin of 30% or better in fiscal 2024") == \
        "NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(ALL, " \
        "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 >= 30)"
    assert "or better" in refused("banks on a P/E of 9 or better")


def test_a_loss_said_with_with_and_companies_up_over_a_period() -> None:
    assert q("Utilities with a loss in fiscal 2022") == \
        'NAME, FF_NET_INC(FY2022) FOR SCREEN(SECTOR("Utilities"), FF_NET_INC(FY2022) < 0)'
    assert q("Which airlines were down since March?") == \
        'NAME, P_RETURN(2024-02-29, D0) FOR SCREEN(INDUSTRY("Airlines"), P_RETURN(2024-02-29, D0) < 0)'
    assert "loss" in refused("banks with a loss ratio above 60%")


def test_anything_is_any_company() -> None:
    assert q("Anything in the universe with a P/B below 0.8 today?") == \
        "NAME, FG_PB(D0) FOR SCREEN(ALL, FG_PB(D0) < 0.8)"
    assert q("Utilities with a P/E under 12, but not anything in Canada") == \
        'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities") & (COUNTRY("Germany") | COUNTRY("United States")), FG_PE(D0) < 12)'


# -- wrongful refusals: comparisons -------------------------------------------------------------------------------------


def test_which_of_the_named_grew_faster() -> None:
    assert q("Cobalt Motors or Vantage Motors: which grew EPS faster from FY2020 to FY2023?") == \
        "GROWTH(FF_EPS, FY2020, FY2023) FOR COBA, VNTG SORT GROWTH(FF_EPS, FY2020, FY2023) DESC"
    assert q("Cobalt Motors vs Vantage Motors: whose sales grew faster from FY2019 to FY2024 on a compound annual "
             "basis?") == "CAGR(FF_SALES, FY2019, FY2024) FOR COBA, VNTG SORT CAGR(FF_SALES, FY2019, FY2024) DESC"


def test_which_of_the_two() -> None:
    assert q("Apex Materials or Ashford Metals: which of the two had more debt at the end of FY2023?") == \
        "FF_DEBT(FY2023) FOR APXM, ASHM SORT FF_DEBT(FY2023) DESC IN USD"
    assert "three" in refused("Apex Materials or Ashford Metals: which of the three had more debt at the end of FY2023?")


def test_one_measure_compared_between_two_periods() -> None:
    assert q("Was Granite Water's free cash flow higher in FY2022 than in FY2021?") == \
        "FF_FCF(FY2022), FF_FCF(FY2021) FOR GRWT"
    assert q("For Cobalt Motors, which year was better for net income, 2020 or 2021?") == \
        "FF_NET_INC(FY2020), FF_NET_INC(FY2021) FOR COBA"
    assert q("Did Falcon Software shares do better in the first half or the second half of 2023?") == \
        "P_RETURN(2022-12-31, 2023-06-30), P_RETURN(2023-06-30, 2023-12-31) FOR FALC"
    # "better" of a measure where more is not plainly better says no direction; "which year" needs two periods
    assert "better" in refused("For Cobalt Motors, which year was better for debt, 2020 or 2021?")
    assert refused("Which year had the highest sales for Falcon Software since 2020?")


def test_the_price_against_where_it_was() -> None:
    # "vs where it was at the end of 2023" was the price then alone (today's dropped): a wrong answer
    assert q("Granite Water's share price vs where it was at the end of 2022") == \
        "P_PRICE(D0), P_PRICE(2022-12-31) FOR GRWT"
    assert q("Which airlines' shares are above where they were at the end of March 2024?") == \
        'NAME, P_RETURN(2024-03-31, D0) FOR SCREEN(INDUSTRY("Airlines"), P_RETURN(2024-03-31, D0) > 0)'
    assert q("Utilities whose share price is not below where it was at the start of 2024") == \
        'NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(SECTOR("Utilities"), NOT (P_RETURN(2023-12-31, D0) < 0))'


# -- wrongful refusals: periods counted from a period named after them --------------------------------------------------


def test_periods_counted_from_the_period_named_after() -> None:
    assert q("Cobalt Motors' sales three quarters before Q4 2023") == "FF_SALES(FQ2023Q1) FOR COBA"
    assert q("Falcon Software's net income in the fiscal quarter after fiscal Q4 2022") == \
        "FF_NET_INC(FQ2023Q1) FOR FALC"
    assert q("Granite Water capex the year before fiscal 2022") == "FF_CAPEX(FY2021) FOR GRWT"
    assert q("How did Cobalt Motors' EPS a year before Q2 2024 compare with Q2 2024 itself?") == \
        "FF_EPS(FQ2023Q2), FF_EPS(FQ2024Q2) FOR COBA"
    # "the two years before 2024" is the years between (a list), and a quarter after a whole year says no quarter
    assert refused("Cobalt Motors net income in the two years before 2024")
    assert "quarter after" in refused("Cobalt Motors sales in the quarter after fiscal 2022")


# -- wrongful refusals: companies left out of a set ---------------------------------------------------------------------


def test_companies_left_out_of_a_set_are_its_other_members() -> None:
    assert q("Every bank except Ivory Bancorp: net income in fiscal 2023") == "FF_NET_INC(FY2023) FOR FHB, LAKE"
    assert q("All the asset managers other than Beacon Asset Management and Juniper Investments, with FY2022 sales") \
        == "FF_SALES(FY2022) FOR DELC"
    assert q("Semiconductor names other than Indigo Semiconductor itself, P/E today") == \
        "FG_PE(D0) FOR CSMI, EAST, STER"
    # a company that is no member of the set is no exclusion from it
    assert "banks" in refused("banks other than Falcon Software: net income last year")


def test_hiring_is_no_change_of_the_headcount() -> None:
    # "hire" was corrected to "hike": the growth of the headcount in percent, a wrong answer
    assert "hire" in refused("How many people did Granite Water hire in fiscal 2022?")


# -- wrongful refusals: other words of the analyst's asks ---------------------------------------------------------------


def test_people_added_is_the_change_of_the_headcount() -> None:
    assert q("How many employees did Granite Water add in fiscal 2022?") == \
        "FF_EMPLOYEES(FY2022) - FF_EMPLOYEES(FY2021) FOR GRWT"
    # a fiscal year restated by the range of its two year ends
    assert q("How many people did Granite Water add over fiscal 2022, from the end of FY2021 to the end of FY2022?") \
        == "FF_EMPLOYEES(FY2022) - FF_EMPLOYEES(FY2021) FOR GRWT"
    assert "fiscal 2023" in refused(
        "How many people did Granite Water add over fiscal 2023, from the end of FY2021 to the end of FY2022?")


def test_an_average_of_quarters_for_each_year_listed() -> None:
    assert q("Cobalt Motors' average quarterly net income in fiscal 2022 and in fiscal 2021") == \
        "AVG(FF_NET_INC, FQ2022Q1, FQ2022Q4), AVG(FF_NET_INC, FQ2021Q1, FQ2021Q4) FOR COBA"


def test_the_last_close_of_a_period_and_the_actual_beside_an_estimate() -> None:
    assert q("Granite Water's last close of March 2024") == "P_PRICE(2024-03-29) FOR GRWT"
    assert q("Consensus FY2025 sales of Cobalt Motors next to its FY2023 actual") == \
        "FE_SALES(FY1), FF_SALES(FY2023) FOR COBA"


def test_a_number_beaten_and_the_asker_as_a_guest() -> None:
    assert q("Chemicals names whose FY2022 net income beat 2bn") == \
        'NAME, FF_NET_INC(FY2022) FOR SCREEN(INDUSTRY("Chemicals"), FF_NET_INC(FY2022) > 2000)'
    assert "beat" in refused("Which chemicals names beat the consensus?")
    assert q("As a guest, could I see Granite Water's closing price today?") == "P_PRICE(D0) FOR GRWT"


def test_a_plain_ratio_against_a_percentage_is_shown_in_percent() -> None:
    # it was the plain ratio against 2: the same companies, the column in other units than the threshold's
    assert q("Insurers whose debt-to-equity at the end of FY2023 was above 150%") == \
        'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) * 100 FOR SCREEN(INDUSTRY("Insurance"), ' \
        "FF_DEBT(FY2023) / FF_EQUITY(FY2023) * 100 > 150)"
    assert q("insurers with debt to equity above 1.5 in fiscal 2023") == \
        'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Insurance"), FF_DEBT(FY2023) / FF_EQUITY(FY2023) > 1.5)'


def test_a_return_from_one_fiscal_year_end_to_another() -> None:
    assert q("What did Cobalt Power's shares return from the end of fiscal 2022 to the end of fiscal 2023?") == \
        "P_RETURN(2022-03-31, 2023-03-31) FOR COBP"
    # companies whose years end in different months have no one date: refused, as before
    assert refused("Cobalt Power and Falcon Software return from the end of fiscal 2022 to the end of fiscal 2023")


def test_the_year_said_to_end_in_a_month_after_the_company() -> None:
    assert q("Cobalt Power's year ends in March - what was its FY2023 net income?") == "FF_NET_INC(FY2023) FOR COBP"
    assert "year ends in june" in refused("Cobalt Power's year ends in June - what was its FY2023 net income?").lower()


def test_the_period_s_figure_and_a_column_named_by_its_last_word() -> None:
    assert q("Which utilities made more than 1bn of net income in fiscal 2023? One row each with the year's figure.") \
        == 'NAME, FF_NET_INC(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_NET_INC(FY2023) > 1000)'
    assert "quarter's figure" in refused("Falcon Software's sales in FY2023, with the quarter's figure")
    assert q("Which banks had an operating margin above 30% last year? Columns: name and margin.") == \
        'NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), ' \
        "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 30)"


def test_trading_days_counted_back_from_the_day_named_after() -> None:
    # from another day than the data's last it was D-N from today beside that day: a wrong answer
    assert q("Granite Water's close ten trading days before the last trading day of 2024") == "P_PRICE(D-10) FOR GRWT"
    assert "trading days before" in refused("Granite Water's close ten trading days before March 28, 2024")

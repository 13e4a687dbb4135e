"""Round 14 (f14p): periods, arithmetic said in words, screens and restated words of long questions; rules alone.

Each question is phrased here, not copied from a tuning set; each fails on the chain before this round."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- arithmetic in words -------------------------------------------------------------------------------------------

def test_a_margin_said_again_as_a_share_of_sales_is_divided_once() -> None:
    assert q("Northwind Systems' net margin in fiscal 2023, as a percentage of revenue") == \
        "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR NWSY"
    assert q("gross margins of Falcon Software for fiscal 2022 and fiscal 2023, each as a share of sales") == \
        "FF_GROSS_INC(FY2022) / FF_SALES(FY2022) * 100, FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"


def test_a_ratio_in_percent_as_a_share_of_an_amount_is_refused() -> None:
    assert "percent" in refused("Northwind Systems' operating margin as a percentage of total assets in fiscal 2024")


def test_divide_a_by_b() -> None:
    assert q("For Falcon Software, divide fiscal 2023 revenue by its headcount") == \
        "FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) FOR FALC"


def test_adding_and_subtracting_as_steps() -> None:
    assert q("Northwind Systems' market cap today, then adding its latest quarter debt and subtracting its "
             "latest quarter cash") == "FG_MKT_CAP(D0) + FF_DEBT(FQ0) - FF_CASH(FQ0) FOR NWSY"


def test_arithmetic_at_periods_joined_to_its_own() -> None:
    assert q("Falcon Software's capex as a percentage of revenue in fiscal 2022 and in fiscal 2023") == \
        "FF_CAPEX(FY2022) / FF_SALES(FY2022) * 100, FF_CAPEX(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"


def test_payout_of_earnings_per_share() -> None:
    assert q("What fraction of its fiscal 2023 earnings per share did Northwind Systems pay out as dividends?") == \
        "FF_DPS(FY2023) / FF_EPS(FY2023) * 100 FOR NWSY"


# -- periods -------------------------------------------------------------------------------------------------------

def test_periods_joined_by_alongside_make_a_list() -> None:
    assert q("Falcon Software's net income for the last quarter alongside the same quarter a year earlier") == \
        "FF_NET_INC(FQ0), FF_NET_INC(FQ-4) FOR FALC"


@pytest.mark.parametrize("verb", ["change", "differ"])
def test_growth_verb_between_its_two_ends(verb: str) -> None:
    assert q(f"By what percentage did Falcon Software's sales in the latest quarter {verb} from the same quarter a "
             "year before?") == "GROWTH(FF_SALES, FQ-4, FQ0) FOR FALC"
    # "differ" without a percentage asked could be the difference: not read
    assert "differ" in refused("How much did Falcon Software's sales in the latest quarter differ from the same "
                               "quarter a year before?")


def test_change_between_two_fiscal_year_ends() -> None:
    assert q("percentage change in Northwind Systems' debt between the end of fiscal 2022 and the end of fiscal 2024") \
        == "GROWTH(FF_DEBT, FY2022, FY2024) FOR NWSY"


def test_final_trading_day() -> None:
    assert q("Falcon Software's closing price on the final trading day of March 2024") == "P_PRICE(2024-03-29) FOR FALC"


def test_years_ago_in_fiscal_terms() -> None:
    assert q("Northwind Systems' revenue two years ago, in fiscal terms") == "FF_SALES(FY2023) FOR NWSY"


def test_a_fiscal_range_said_inclusive() -> None:
    assert q("total free cash flow of Falcon Software over fiscal 2021 to fiscal 2023 inclusive") == \
        "SUM(FF_FCF, FY2021, FY2023) FOR FALC"


def test_each_quarter_counted_first_to_fourth() -> None:
    assert q("Northwind Systems' net income in each quarter of fiscal 2023, first to fourth") == \
        "FF_NET_INC(FQ2023Q1), FF_NET_INC(FQ2023Q2), FF_NET_INC(FQ2023Q3), FF_NET_INC(FQ2023Q4) FOR NWSY"


def test_estimate_years_between_the() -> None:
    assert q("Between the fiscal 2025 and fiscal 2026 forecasts, how much is Northwind Systems' EPS seen growing?") \
        == "GROWTH(FE_EPS, FY1, FY2) FOR NWSY"


def test_compared_with_another_period_in_percent_is_the_growth() -> None:
    assert q("How does Falcon Software's revenue over the trailing twelve months compare with its fiscal 2021 "
             "level, in percent?") == "GROWTH(FF_SALES, FY2021, LTM) FOR FALC"


def test_that_stretch_refers_back() -> None:
    assert q("From April to June 2024: what was Falcon Software's lowest close over that stretch?") == \
        "P_LOW(2024-04-01, 2024-06-30) FOR FALC"


def test_the_year_to_date_share_price_return_keeps_its_period() -> None:
    assert q("Falcon Software's year-to-date share-price return and its return in calendar 2022") == \
        "P_RETURN(2023-12-31, D0), P_RETURN(2021-12-31, 2022-12-31) FOR FALC"


def test_calendar_year_restated_as_its_months() -> None:
    assert q("Falcon Software's sales for calendar 2022, January to December") == \
        "SUM(FF_SALES, FQ2022Q2, FQ2023Q1) FOR FALC"


def test_the_fiscal_year_said_is_checked_against_the_master() -> None:
    assert q("Falcon Software's sales in calendar 2022, given that its fiscal year ends in September") == \
        "SUM(FF_SALES, FQ2022Q2, FQ2023Q1) FOR FALC"
    assert "fiscal year ends in march" in refused("Falcon Software's sales in calendar 2022, given that its fiscal "
                                                  "year ends in March")


# -- screens, volume, currency and restated words ------------------------------------------------------------------

def test_no_dividend_per_share() -> None:
    assert q("Which utilities didn't pay a dividend per share in fiscal 2023?") == \
        'NAME, FF_DPS(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_DPS(FY2023) = 0)'


def test_modifiers_sharing_a_set_name_head() -> None:
    assert q("List the electric and water utilities with their fiscal 2024 sales") == \
        'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Electric Utilities") | INDUSTRY("Water Utilities"))'


def test_whether_joins_two_sets() -> None:
    assert q("Which real estate names, whether REITs or real estate services firms, fell in calendar 2023?") == \
        'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("REITs") | INDUSTRY("Real Estate Services"), ' \
        'P_RETURN(2022-12-31, 2023-12-31) < 0)'


def test_managed_is_a_light_verb() -> None:
    assert q("Which banks managed positive free cash flow in fiscal 2024?") == \
        'NAME, FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_FCF(FY2024) > 0)'


def test_trading_counted_in_shares_is_the_volume() -> None:
    assert q("How much did trading in Falcon Software amount to on 3 June 2024, in shares?") == \
        "P_VOLUME(2024-06-03) FOR FALC"


def test_a_high_or_low_the_stock_touched() -> None:
    assert q("the highest close Falcon Software reached during calendar 2023") == \
        "P_HIGH(2023-01-01, 2023-12-31) FOR FALC"


def test_a_holder_would_have_seen() -> None:
    assert q("What return would a holder of Falcon Software shares have seen over calendar 2023?") == \
        "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"


def test_the_source_currency_said_with_the_target() -> None:
    assert q("Falcon Software's fiscal 2024 sales in euros rather than US dollars") == \
        "FF_SALES(FY2024) FOR FALC IN EUR"


def test_cash_on_the_balance_sheet() -> None:
    assert q("Which banks held more than 50 billion of cash on their balance sheets at the end of fiscal 2024?") == \
        'NAME, FF_CASH(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_CASH(FY2024) > 50000)'


def test_rough_is_a_hedge_not_a_trough() -> None:
    assert q("a rough net debt for Falcon Software: debt minus cash in the latest quarter") == \
        "FF_DEBT(FQ0) - FF_CASH(FQ0) FOR FALC"

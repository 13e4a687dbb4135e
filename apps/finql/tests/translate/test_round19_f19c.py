"""Round 19 (f19c): SPEC conventions said in an outsider's words (tune19a's classes); rules alone.

Each question is phrased here, not copied from a tuning set; each fails on the chain before this round."""

from __future__ import annotations

from reading_helpers import q, refused

# -- wrong answers -----------------------------------------------------------------------------------------------------


def test_the_dollar_sign_with_its_country_is_the_dollar() -> None:
    # "US$" added the United States to the screen (and dropped the IN USD of the threshold)
    assert q("Japanese companies with sales above US$20bn in fiscal 2023") == \
        'NAME, FF_SALES(FY2023) FOR SCREEN(COUNTRY("Japan"), FF_SALES(FY2023) > 20000) IN USD'
    assert q("Which French companies have a market cap under U.S. $40 billion?") == \
        'NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("France"), FG_MKT_CAP(D0) < 40000) IN USD'


def test_a_currency_of_an_earlier_item_is_not_the_growths_unit() -> None:
    # "EPS in dollars and its EPS growth": the growth was read as a difference in dollars
    a = q("Redwood Farms: sales last year in euros and the sales growth over the prior year")
    assert a == "FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR REFA IN EUR"
    # a currency said of the change itself stays an amount
    assert q("In dollars, by how much did Redwood Farms' sales grow from 2021 to 2023?") == \
        "FF_SALES(FY2023) - FF_SALES(FY2021) FOR REFA IN USD"


def test_next_to_last_without_a_determiner_is_beside() -> None:
    # "EPS next to last year's EPS" was the EPS of the year before last
    assert q("Falcon Software: FY2026 consensus sales next to last year's reported sales") == \
        "FE_SALES(FY2), FF_SALES(FY2024) FOR FALC"
    assert q("Falcon Software EPS in the next to last quarter") == "FF_EPS(FQ-1) FOR FALC"


def test_a_cagr_to_an_estimate_year_is_refused() -> None:
    # it was the CAGR of the two reported years before, beside the estimate
    assert "compound growth to an estimate" in refused(
        "Falcon Software's compound annual EPS growth from its fiscal 2024 actual to the fiscal 2026 consensus")
    # a CAGR of reported years beside an estimate stays as it was
    assert q("Falcon Software sales CAGR from 2019 to 2024 and FY2026 consensus sales") == \
        "CAGR(FF_SALES, FY2019, FY2024), FE_SALES(FY2) FOR FALC"


def test_a_span_ending_in_a_year_keeps_its_range_in_column_and_sort() -> None:
    # the column was CAGR(FY2023, FY2024) while the sort key ran FY2019-FY2024
    assert q("the five NX100 names with the best three-year EPS CAGR ending fiscal 2023") == \
        "NAME, CAGR(FF_EPS, FY2020, FY2023) FOR SCREEN(INDEX(NX100)) SORT CAGR(FF_EPS, FY2020, FY2023) DESC TOP 5"
    assert q("Top 3 TECHX members by four-year sales growth ending FY2023") == \
        "NAME, GROWTH(FF_SALES, FY2019, FY2023) FOR SCREEN(INDEX(TECHX)) SORT GROWTH(FF_SALES, FY2019, FY2023) DESC TOP 3"
    # restated as a range in brackets: read once; a range that is not the span's is refused
    assert q("Top 3 TECHX members by four-year sales CAGR ending last fiscal year (FY2020 to FY2024)") == \
        "NAME, CAGR(FF_SALES, FY2020, FY2024) FOR SCREEN(INDEX(TECHX)) SORT CAGR(FF_SALES, FY2020, FY2024) DESC TOP 3"
    assert "fy2019 to fy2024" in refused("Top 3 TECHX members by four-year sales CAGR ending last fiscal year "
                                         "(FY2019 to FY2024)")


# -- refusals now read ---------------------------------------------------------------------------------------------------


def test_the_fiscal_year_said_as_running_or_closing() -> None:
    # SPEC 1: the asker's word on the year end is read where the master agrees (Apex Materials and Lakeside
    # Automotive end in September), refused where it does not
    assert q("Apex Materials' fiscal year runs from October to September. How did its shares do over fiscal 2023?") == \
        "P_RETURN(2022-09-30, 2023-09-30) FOR APXM"
    assert q("Lakeside Automotive closes its books in September; what was its net income in calendar 2022?") == \
        "SUM(FF_NET_INC, FQ2022Q2, FQ2023Q1) FOR LAKA"
    assert "closes its books in june" in refused("Lakeside Automotive closes its books in June. Its sales in calendar 2022?")
    assert "runs from november to september" in refused(
        "Apex Materials' fiscal year runs from November to September. Its return over fiscal 2023?")


def test_the_period_restated_as_that_quarter_or_the_month() -> None:
    assert q("Quarry Telecom: highest close in calendar Q3 2023 and the close at the end of that quarter") == \
        "P_HIGH(2023-07-01, 2023-09-30), P_PRICE(2023-09-30) FOR QUAR"
    assert q("Quarry Telecom: lowest close in 2022 and its market cap at the end of that year") == \
        "P_LOW(2022-01-01, 2022-12-31), FG_MKT_CAP(2022-12-31) FOR QUAR"
    assert q("How did the banks trade in March 2023? Give each one's return for the month.") == \
        'NAME, P_RETURN(2023-02-28, 2023-03-31) FOR SCREEN(INDUSTRY("Banks"))'
    # with no period before it, "the month" is refused
    assert refused("Quarry Telecom: return for the month")


def test_a_years_possessive_half() -> None:
    assert q("Falcon Software market cap as of the end of 2023's second half") == "FG_MKT_CAP(2023-12-31) FOR FALC"
    assert q("Falcon Software return in 2024's first half") == "P_RETURN(2023-12-31, 2024-06-30) FOR FALC"


def test_weakest_and_strongest_over_a_period_rank_by_return() -> None:
    assert q("the 4 strongest utilities over the past six months") == \
        'NAME, P_RETURN(2024-07-15, D0) FOR SCREEN(SECTOR("Utilities")) SORT P_RETURN(2024-07-15, D0) DESC TOP 4'
    assert q("Which 2 banks were weakest in 2023?") == \
        'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2022-12-31, 2023-12-31) ASC TOP 2'
    assert q("the two weakest airlines year to date") == \
        'NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(INDUSTRY("Airlines")) SORT P_RETURN(2023-12-31, D0) ASC TOP 2'
    assert "weakest" in refused("the weakest utilities")  # no period: no measure to rank by


def test_condition_and_set_wordings() -> None:
    assert q("non-loss-making retailers in fiscal 2022") == \
        'NAME, FF_NET_INC(FY2022) FOR SCREEN(INDUSTRY("Retail"), FF_NET_INC(FY2022) > 0)'
    assert q("Banks that are not up over the past three months") == \
        'NAME, P_RETURN(2024-10-15, D0) FOR SCREEN(INDUSTRY("Banks"), NOT (P_RETURN(2024-10-15, D0) > 0))'
    assert q("EUROPE members located outside Germany") == \
        'NAME FOR SCREEN(INDEX(EUROPE) & (COUNTRY("France") | COUNTRY("Switzerland") | COUNTRY("United Kingdom")))'
    assert q("Insurers' total assets at the end of fiscal 2023 (own currency)") == \
        'NAME, FF_ASSETS(FY2023) FOR SCREEN(INDUSTRY("Insurance"))'


def test_growth_wordings() -> None:
    assert q("the annual rate at which Falcon Software's employee count grew from fiscal 2018 to fiscal 2023") == \
        "CAGR(FF_EMPLOYEES, FY2018, FY2023) FOR FALC"
    assert q("At what annual rate did Falcon Software's sales grow between FY2017 and FY2022?") == \
        "CAGR(FF_SALES, FY2017, FY2022) FOR FALC"
    assert q("Falcon Software diluted share count at the end of fiscal 2022") == "FF_SHARES(FY2022) FOR FALC"
    assert q("How much did Falcon Software's net income rise from fiscal 2022 to fiscal 2023 in absolute euros?") == \
        "FF_NET_INC(FY2023) - FF_NET_INC(FY2022) FOR FALC IN EUR"
    assert q("Falcon Software's total free cash flow over the last four fiscal years combined") == \
        "SUM(FF_FCF, FY2021, FY2024) FOR FALC"


def test_a_price_move_in_a_currency_with_the_currency_move_included() -> None:
    # SPEC 3: IN converts prices at their dates; the return of the converted closes, in percent
    assert q("Falcon Software's share price change in 2024 in euros, including the currency move") == \
        "(P_PRICE(2024-12-31) / P_PRICE(2023-12-31) - 1) * 100 FOR FALC IN EUR"
    # with no currency named it stays refused
    assert "including" in refused("Falcon Software's return in 2024 including the currency move")


def test_that_margin_said_again_names_the_one_margin_screened() -> None:
    assert q("Insurers with a net margin above 8% in fiscal 2023, ranked by that margin") == \
        'NAME, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(INDUSTRY("Insurance"), ' \
        "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 > 8) SORT FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 DESC"
    # two margins named: which one is left open, refused
    assert "margin" in refused("Retailers with a gross margin above 30% and a net margin above 5% last year, "
                               "sorted by that margin")


def test_a_drawdown_from_a_high_is_the_change_from_it() -> None:
    assert q("What is the drawdown of Falcon Software from its 2024 peak close to today?") == \
        "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR FALC"
    # the maximum drawdown (the worst fall within a period) is no FinQL value
    assert "max drawdown" in refused("Falcon Software's max drawdown from its high in 2024")


def test_how_much_higher_in_percent_is_a_growth() -> None:
    assert q("How much higher (in %) was Falcon Software's net income in fiscal 2024 than in fiscal 2023?") == \
        "GROWTH(FF_NET_INC, FY2023, FY2024) FOR FALC"
    assert q("How much larger, in percent, is Falcon Software's FY2026 consensus EPS than its FY2024 EPS?") == \
        "(FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR FALC"


def test_stocks_that_beat_a_percentage_gained_more_than_it() -> None:
    assert q("Which airline stocks beat 15% in 2023?") == \
        'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Airlines"), P_RETURN(2022-12-31, 2023-12-31) > 15)'
    # with a measure named "beat" compares that measure
    assert q("Which banks' sales growth beat 10% in 2023?") == \
        'NAME, GROWTH(FF_SALES, FY2022, FY2023) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2022, FY2023) > 10)'

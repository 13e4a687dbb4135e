"""Round 17 (f17e): a price's move asked in money is the amount it moved by; rules alone.

Each question is phrased here, not copied from a tuning set; each fails on the chain before this round."""

from __future__ import annotations

from reading_helpers import q

# -- wrong answers -----------------------------------------------------------------------------------------------------


def test_a_price_move_asked_in_money_is_the_price_difference() -> None:
    # it was the return in percent with IN USD (a percent where an amount was asked)
    assert q("By how much did the Northwind Systems stock price move in 2023, in US dollars?") == \
        "P_PRICE(2023-12-31) - P_PRICE(2022-12-31) FOR NWSY IN USD"
    assert q("How much did Apex Materials' share price fall in 2023, in US dollars?") == \
        "P_PRICE(2022-12-31) - P_PRICE(2023-12-31) FOR APXM IN USD"
    assert q("How much did Northwind Systems' share price rise in 2023 in absolute terms?") == \
        "P_PRICE(2023-12-31) - P_PRICE(2022-12-31) FOR NWSY"
    # asked in percent, or as a screen's threshold, the move stays the return of the converted closes
    assert q("By what percent did Apex Materials' share price change in 2023, in US dollars?") == \
        "(P_PRICE(2023-12-31) / P_PRICE(2022-12-31) - 1) * 100 FOR APXM IN USD"
    assert q("Which European stocks rose more than 10% in 2023 in US dollars?") == \
        "NAME, (P_PRICE(2023-12-31) / P_PRICE(2022-12-31) - 1) * 100 FOR SCREEN(INDEX(EUROPE), " \
        "(P_PRICE(2023-12-31) / P_PRICE(2022-12-31) - 1) * 100 > 10) IN USD"
    # a return named as such stays in percent (converted closes), and a move with no money word stays the return
    assert q("What was Apex Materials' dollar return in 2023?") == \
        "(P_PRICE(2023-12-31) / P_PRICE(2022-12-31) - 1) * 100 FOR APXM IN USD"
    assert q("How did Apex Materials' shares do in 2023 in dollar terms?") == \
        "(P_PRICE(2023-12-31) / P_PRICE(2022-12-31) - 1) * 100 FOR APXM IN USD"
    assert q("How much did Northwind Systems' share price change in 2023?") == \
        "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"


def test_a_total_of_periods_listed_with_a_gap_sums_each_one() -> None:
    # it was SUM over the range from the first to the last, the quarter (year) between them taken in
    assert q("Apex Materials' combined Q1 and Q3 sales in fiscal 2023") == \
        "FF_SALES(FQ2023Q1) + FF_SALES(FQ2023Q3) FOR APXM"
    assert q("average of Apex Materials' FY2020 and FY2022 net income") == \
        "(FF_NET_INC(FY2020) + FF_NET_INC(FY2022)) / 2 FOR APXM"
    # consecutive periods (and a year's quarters) stay one SUM / AVG
    assert q("Apex Materials combined Q3 and Q4 sales in fiscal 2023") == "SUM(FF_SALES, FQ2023Q3, FQ2023Q4) FOR APXM"
    assert q("Apex Materials average quarterly sales in fiscal 2023") == "AVG(FF_SALES, FQ2023Q1, FQ2023Q4) FOR APXM"


# -- wrongful refusals -------------------------------------------------------------------------------------------------


def test_by_how_many_dollars_and_the_dollar_change_of_a_price() -> None:
    assert q("By how many euros did Apex Materials' stock move in 2023?") == \
        "P_PRICE(2023-12-31) - P_PRICE(2022-12-31) FOR APXM IN EUR"
    assert q("What was the dollar change in Northwind Systems' share price during 2023?") == \
        "P_PRICE(2023-12-31) - P_PRICE(2022-12-31) FOR NWSY IN USD"


def test_a_move_of_the_market_cap_is_the_difference_of_its_two_values() -> None:
    # FinQL has no GROWTH of the market cap: its move (from the close before the period) was refused, the verb left over
    assert q("How much did Apex Materials' market value drop in 2023?") == \
        "FG_MKT_CAP(2022-12-31) - FG_MKT_CAP(2023-12-31) FOR APXM"
    assert q("By how much did Northwind Systems' market capitalization change in 2023, in US dollars?") == \
        "FG_MKT_CAP(2023-12-31) - FG_MKT_CAP(2022-12-31) FOR NWSY IN USD"
    assert q("By what percent did Apex Materials' market cap change in 2023?") == \
        "(FG_MKT_CAP(2023-12-31) / FG_MKT_CAP(2022-12-31) - 1) * 100 FOR APXM"
    assert q("Apex Materials market cap growth in 2023") == \
        "(FG_MKT_CAP(2023-12-31) / FG_MKT_CAP(2022-12-31) - 1) * 100 FOR APXM"
    assert q("Which Industrials companies had a market value that rose in 2023?") == \
        'NAME, FG_MKT_CAP(2023-12-31), FG_MKT_CAP(2022-12-31) FOR SCREEN(SECTOR("Industrials"), ' \
        'FG_MKT_CAP(2023-12-31) > FG_MKT_CAP(2022-12-31))'


def test_quarters_summed_with_ordinals_a_company_between_or_the_total_said_last() -> None:
    assert q("combined first and second quarter sales of Apex Materials in fiscal 2024") == \
        "SUM(FF_SALES, FQ2024Q1, FQ2024Q2) FOR APXM"
    assert q("Combined Q2 and Q3 operating income of Cobalt Motors in fiscal 2023") == \
        "SUM(FF_OPER_INC, FQ2023Q2, FQ2023Q3) FOR COBA"
    assert q("net income q1 through q3 fy2023 for cobalt motors, summed") == "SUM(FF_NET_INC, FQ2023Q1, FQ2023Q3) FOR COBA"
    assert q("Apex Materials sales fy2021 through fy2023, added up") == "SUM(FF_SALES, FY2021, FY2023) FOR APXM"


def test_a_ranking_by_a_fall_puts_the_biggest_fall_first() -> None:
    # "fell the most" of a fundamental was sorted by its growth, highest first (the companies that grew most)
    assert q("Which five companies saw their sales fall the most in 2024?") == \
        "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(ALL) SORT GROWTH(FF_SALES, FY2023, FY2024) ASC TOP 5"
    assert q("Which 3 banks had the smallest drop in net income in 2023?") == \
        'NAME, GROWTH(FF_NET_INC, FY2022, FY2023) FOR SCREEN(INDUSTRY("Banks")) SORT GROWTH(FF_NET_INC, FY2022, FY2023) ' \
        "DESC TOP 3"
    # a ranking by the market cap's move sorts by the move (it was a condition and the market cap today)
    assert q("Which 3 Energy companies had the largest market cap increase in 2023?") == \
        'NAME, FG_MKT_CAP(2023-12-31) - FG_MKT_CAP(2022-12-31) FOR SCREEN(SECTOR("Energy")) ' \
        "SORT FG_MKT_CAP(2023-12-31) - FG_MKT_CAP(2022-12-31) DESC TOP 3 IN USD"


def test_a_pe_on_a_year_said_again_at_todays_market_cap() -> None:
    # "using today's market cap" was left over (refused): the P/E's own numerator, as "using today's price" is
    assert q("Apex Materials' P/E based on FY2022 net income with the current market value") == \
        "FG_MKT_CAP(D0) / FF_NET_INC(FY2022) FOR APXM"
    assert q("What is Cobalt Motors' P/E on fiscal 2023 net income, using today's market cap?") == \
        "FG_MKT_CAP(D0) / FF_NET_INC(FY2023) FOR COBA"

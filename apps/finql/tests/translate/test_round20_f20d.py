"""Round 20 (f20d): a sales trader's terse chat ("cwp 20d lo", "apr 24 vs apr 23 chg", "by 1y, low to high") and a
credit officer's formal requests with explicit dates ("from the close on 1 February 2024 to ...", "both dates
included", "each calendar quarter of 2024"). Own wording, not the tuning questions; near misses stay refused, naming
their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the desk's shorthand: hi/lo, Nd (trading days), a two-digit year after a month of a move, high or low
        ("nwsy hi minus lo last 10 trading days", "P_HIGH(D-10, D0) - P_LOW(D-10, D0) FOR NWSY"),
        ("falc 10d hi/lo", "P_HIGH(D-10, D0), P_LOW(D-10, D0) FOR FALC"),
        ("cobr 3d chg", "P_RETURN(D-3, D0) FOR COBR"),
        ("rwp hi may 24 vs hi jun 24", "P_HIGH(2024-05-01, 2024-05-31), P_HIGH(2024-06-01, 2024-06-30) FOR RWP"),
        ("falc jun 24 vs jun 23 chg",
         "P_RETURN(2024-05-31, 2024-06-30), P_RETURN(2023-05-31, 2023-06-30) FOR FALC"),
        ("bpe jan-mar 24 chg", "P_RETURN(2023-12-31, 2024-03-31) FOR BPE"),
        ("nwsy pe now vs 29 mar 24", "FG_PE(D0), FG_PE(2024-03-29) FOR NWSY"),
        ("falc px 14 jun 24 vs last", "P_PRICE(2024-06-14), P_PRICE(D0) FOR FALC"),
        ("cobr % off 1y hi", "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR COBR"),
        ("nwsy % above 6m lo", "(P_PRICE(D0) / P_LOW(2024-07-15, D0) - 1) * 100 FOR NWSY"),
        # the order said short, and a bare span beside a ranking (the return over it)
        ("nwsy falc bpe mcap usd small to big",
         "FG_MKT_CAP(D0) FOR NWSY, FALC, BPE SORT FG_MKT_CAP(D0) ASC IN USD"),
        ("techx names 6m chg > 5%, lo to hi",
         "NAME, P_RETURN(2024-07-15, D0) FOR SCREEN(INDEX(TECHX), P_RETURN(2024-07-15, D0) > 5) "
         "SORT P_RETURN(2024-07-15, D0) ASC"),
        ("best 3 techx names 1y",
         "NAME, P_RETURN(2024-01-15, D0) FOR SCREEN(INDEX(TECHX)) SORT P_RETURN(2024-01-15, D0) DESC TOP 3"),
        ("nwsy falc by 3m, high to low", "P_RETURN(2024-10-15, D0) FOR NWSY, FALC SORT P_RETURN(2024-10-15, D0) DESC"),
        ("techx names up >10% over 1y",
         "NAME, P_RETURN(2024-01-15, D0) FOR SCREEN(INDEX(TECHX), P_RETURN(2024-01-15, D0) > 10)"),
    ],
)
def test_trader_chat(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # one range per calendar quarter (it was the year's move: a wrong answer)
        ("What was Falcon Software's share price return in each quarter of 2023?",
         "P_RETURN(2022-12-31, 2023-03-31), P_RETURN(2023-03-31, 2023-06-30), P_RETURN(2023-06-30, 2023-09-30), "
         "P_RETURN(2023-09-30, 2023-12-31) FOR FALC"),
        ("Lowest close of Bluepeak Energy in each calendar quarter of 2023, please.",
         "P_LOW(2023-01-01, 2023-03-31), P_LOW(2023-04-01, 2023-06-30), P_LOW(2023-07-01, 2023-09-30), "
         "P_LOW(2023-10-01, 2023-12-31) FOR BPE"),
        # a start said as a day's close is that close (it was the close before the month: a wrong answer)
        ("Please give the return of Falcon Software from the close on 1 March 2024 to the close on 31 May 2024.",
         "P_RETURN(2024-03-01, 2024-05-31) FOR FALC"),
        ("Please give the return of Falcon Software from the closing price on Friday 1 March 2024 to the closing "
         "price on Friday 31 May 2024.", "P_RETURN(2024-03-01, 2024-05-31) FOR FALC"),
        # the whole months without a close named stay the calendar period (SPEC section 5)
        ("Please give the return of Falcon Software from 1 March 2024 to 31 May 2024.",
         "P_RETURN(2024-02-29, 2024-05-31) FOR FALC"),
        ("What was the highest close of Bluepeak Energy between 1 March and 31 May 2024, both dates included?",
         "P_HIGH(2024-03-01, 2024-05-31) FOR BPE"),
        ("Please state the share price return of Falcon Software for each of July, August and September 2024.",
         "P_RETURN(2024-06-30, 2024-07-31), P_RETURN(2024-07-31, 2024-08-31), P_RETURN(2024-08-31, 2024-09-30) FOR FALC"),
        ("How has Bluepeak Energy's share price moved since the start of June 2024, up to the latest close?",
         "P_RETURN(2024-05-31, D0) FOR BPE"),
        ("What was Falcon Software's closing price for Sunday 30 June 2024, taking the last trading day on or before "
         "that date?", "P_PRICE(2024-06-30) FOR FALC"),
    ],
)
def test_dates_and_ranges(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "over" between a measure and a possessive period's measure, and after a ranking's "by", divides
        ("For Falcon Software, please give total debt over the last twelve months' net income.",
         "FF_DEBT(LTM) / FF_NET_INC(LTM) FOR FALC"),
        ("Rank the Utilities companies by market cap over total debt, highest first.",
         "NAME, FG_MKT_CAP(D0) / FF_DEBT(FY2024) FOR SCREEN(SECTOR(\"Utilities\")) SORT FG_MKT_CAP(D0) / FF_DEBT(FY2024) DESC"),
        # "that of its B": the function said of the measure before
        ("Please give the CAGR of Falcon Software's cash from fiscal 2020 to fiscal 2024 and compare it with that of its "
         "net income over the same years.", "CAGR(FF_CASH, FY2020, FY2024), CAGR(FF_NET_INC, FY2020, FY2024) FOR FALC"),
        # the order said whole after a superlative
        ("Please list the three Utilities companies with the largest cash at the end of fiscal 2024, ranked from the "
         "highest.", "NAME, FF_CASH(FY2024) FOR SCREEN(SECTOR(\"Utilities\")) SORT FF_CASH(FY2024) DESC TOP 3 IN USD"),
        ("Please list the three Utilities companies with the highest debt at fiscal year-end 2024, in descending order.",
         "NAME, FF_DEBT(FY2024) FOR SCREEN(SECTOR(\"Utilities\")) SORT FF_DEBT(FY2024) DESC TOP 3 IN USD"),
        ("For Falcon Software, please give fiscal 2024 net income and set it beside fiscal 2024 free cash flow.",
         "FF_NET_INC(FY2024), FF_FCF(FY2024) FOR FALC"),
        ("For Falcon Software, please give free cash flow over the last twelve months as a percentage of total debt "
         "at the latest quarter end.", "FF_FCF(LTM) / FF_DEBT(FQ0) * 100 FOR FALC"),
    ],
)
def test_credit_requests(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a fiscal item in calendar quarters: a September year end's quarters are not the calendar's
        ("What was Falcon Software's revenue in each calendar quarter of 2023?", "each calendar quarter"),
        # "both dates included" of a return could move its start: not guessed
        ("What was Falcon Software's return between 1 March and 31 May 2024, both dates included?", "return"),
        # a weekday that is not the date's: the date may be another one
        ("falc px mon 16 mar 24", "mon 16 mar 24"),
    ],
)
def test_near_misses_stay_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_year_on_year_change_in_each_year_listed() -> None:
    # "year-on-year" said of fiscal years listed: each year's growth over the one before (it was refused as reading two
    # ways); without the cue it stays refused
    assert q("For Falcon Software, the year-on-year change in cash for fiscal 2023 and fiscal 2024, please.") == \
        "GROWTH(FF_CASH, FY2022, FY2023), GROWTH(FF_CASH, FY2023, FY2024) FOR FALC"
    assert "2023 and fiscal 2024" in refused("For Falcon Software, the change in cash for fiscal 2023 and fiscal 2024.")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a span's change beside prices only is the return; beside a fundamental it stays that one's growth
        ("techx bottom 3 by 1y chg w/ 1y hi",
         "NAME, P_RETURN(2024-01-15, D0), P_HIGH(2024-01-15, D0) FOR SCREEN(INDEX(TECHX)) SORT P_RETURN(2024-01-15, D0) ASC TOP 3"),
        ("falc sales 1y chg", "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
        # a weekend day's price said to be the Friday's close: SPEC's rule restated
        ("bpe close sun 30 jun 24 (so fri px)", "P_PRICE(2024-06-30) FOR BPE"),
    ],
)
def test_more_chat(question: str, query: str) -> None:
    assert q(question) == query


def test_day_after_since_stays_a_day() -> None:
    assert q("falc return since mar 24") == "P_RETURN(2024-03-24, D0) FOR FALC"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "last" after a date: the measure now (it was read as nothing: the date's figure alone, a wrong answer)
        ("bpe px 3 may 24 and last", "P_PRICE(2024-05-03), P_PRICE(D0) FOR BPE"),
        ("bpe px 3 may 24 vs last close", "P_PRICE(2024-05-03), P_PRICE(D0) FOR BPE"),
        ("bpe pe 3 may 24 vs last", "FG_PE(2024-05-03), FG_PE(D0) FOR BPE"),
    ],
)
def test_last_after_a_date(question: str, query: str) -> None:
    assert q(question) == query

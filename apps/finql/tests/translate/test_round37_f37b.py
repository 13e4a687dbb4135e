"""Round 37 (f37b): tune37b (SPEC readers, SPEC section 5): a wrong answer and refusals of questions SPEC answers, each a
wording class, with rewordings and near misses."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

# the peers a currency's figures are set against, said in a clause of purpose, are no companies asked for
_CA = 'NAME, FF_ASSETS(FY2024) FOR SCREEN(COUNTRY("Canada")) IN USD'


@pytest.mark.parametrize("question", [
    "For the Canadian companies, expressed in US dollars so they can be set against American peers, I'd like each "
    "one's total assets at the end of the last fiscal year.",
    "For the Canadian companies, in US dollars so that the figures can be measured against British rivals, what were "
    "total assets last fiscal year?",
])
def test_peers_of_purpose_not_asked(question: str) -> None:
    assert q(question) == _CA


def test_peers_of_purpose_with_condition() -> None:
    assert q("For the Canadian companies, expressed in US dollars so they can be set against American peers, I'd like "
             "each one's total assets at the end of the last fiscal year together with its total liabilities, but only "
             "for those whose liabilities exceed 70 percent of their assets.") == (
        'NAME, FF_ASSETS(FY2024), FF_LIABS(FY2024) FOR SCREEN(COUNTRY("Canada"), FF_LIABS(FY2024) > FF_ASSETS(FY2024) '
        '* 0.7) IN USD')


# a span counted back from today, "counting back from today" / "from today" said after it
_NX = "NAME, P_RETURN(2024-01-15, D0) FOR SCREEN(INDEX(NX100)) SORT P_RETURN(2024-01-15, D0) DESC TOP 5"


@pytest.mark.parametrize("question", [
    "Top 5 NX100 by 1Y px return (trailing 12m from today)",
    "Top 5 NX100 by 1-year return (trailing 12 months from today)",
])
def test_span_restated_from_today(question: str) -> None:
    assert q(question) == _NX


@pytest.mark.parametrize("question", [
    "What was the return of Falcon Software over the past two years, counting back from today?",
    "What was the return of Falcon Software over the past two years from today?",
])
def test_span_counted_back_from_today(question: str) -> None:
    assert q(question) == "P_RETURN(2023-01-15, D0) FOR FALC"


def test_counting_back_after_a_calendar_year_refused() -> None:
    assert "counting back" in refused("What was the return of Falcon Software in 2023, counting back from today?")


# "put the best performer at the top": an order, never the first row alone
@pytest.mark.parametrize("question", [
    "Over the past two years, counting back from today, which Hotels & Leisure companies have gone up by more than 30 "
    "percent, and could you put the best performer at the top?",
])
def test_best_at_the_top_is_an_order(question: str) -> None:
    assert q(question) == ('NAME, P_RETURN(2023-01-15, D0) FOR SCREEN(INDUSTRY("Hotels & Leisure"), P_RETURN(2023-01-15, '
                           'D0) > 30) SORT P_RETURN(2023-01-15, D0) DESC')


def test_best_at_the_top_of_a_set_stays_one() -> None:
    assert q("Which company is the best performer at the top of the NX100 in 2024?").endswith(" DESC TOP 1")


# a period after ", next to" / ", together with" / ", alongside": the same measure at another period
_DELT = "FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR DELT"


@pytest.mark.parametrize("question", [
    "What about two years ago - what was Delta Insurance's net income in that fiscal year, next to last year's?",
    "What was Delta Insurance's net income two years ago, alongside last year?",
    "What was Delta Insurance's net income in fiscal 2023, together with fiscal 2024's?",
])
def test_period_beside_after_comma(question: str) -> None:
    assert q(question) == _DELT


# a courtesy after the first period joins nothing
@pytest.mark.parametrize("question,query", [
    ("The return of Granite Water stock in the last 3 months please, and for the last 1 month also.",
     "P_RETURN(2024-10-15, D0), P_RETURN(2024-12-15, D0) FOR GRWT"),
    ("What were Falcon Software's sales in fiscal 2023 please and in fiscal 2024?",
     "FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"),
])
def test_courtesy_between_periods(question: str, query: str) -> None:
    assert q(question) == query


# "td": the trading days of a count of the last days
_HL = "P_HIGH(D-250, D0), P_LOW(D-250, D0) FOR MRDH, DRIR"


@pytest.mark.parametrize("question,rewording,query", reworded(
    [("hi/lo close, last 250 td: MRDH, DRIR", _HL)],
    {"tds": lambda s: s.replace("250 td", "250 tds"), "glued": lambda s: s.replace("250 td", "250td"),
     "past": lambda s: s.replace("last 250", "past 250")}))
def test_td_trading_days(question: str, rewording: str, query: str) -> None:
    assert q(question) == query
    assert q(rewording) == query


def test_td_alone_is_no_unit() -> None:
    assert "td" in refused("What is TD's price?")


# a restatement said with ", so"
_PRAI = "P_HIGH(2024-07-01, 2024-09-30), P_LOW(2024-07-01, 2024-09-30) FOR PRAI"


@pytest.mark.parametrize("question", [
    "And the high and low closes for Prairie Airways over the third quarter of 2024, so July through September?",
    "And the high and low closes for Prairie Airways in Q3 2024, so from July to September?",
])
def test_so_restates_months(question: str) -> None:
    assert q(question) == _PRAI


def test_so_restating_other_months_refused() -> None:
    assert "august" in refused("The return of Prairie Airways in Q3 2024, so August through September").lower()


# the elided close: "and the lowest one (also, too)"
@pytest.mark.parametrize("question", [
    "For Thornbury Consulting, give me highest closing price in the last 100 trading day and the lowest one also.",
    "For Thornbury Consulting, give me the highest close in the last 100 trading days and the lowest too.",
    "For Thornbury Consulting, give me the highest close in the last 100 trading days and the lowest one.",
])
def test_lowest_one(question: str) -> None:
    assert q(question) == "P_HIGH(D-100, D0), P_LOW(D-100, D0) FOR THOC"


# "YTD %" beside other columns
@pytest.mark.parametrize("question,query", [
    ("CSMI: YTD % + YTD hi close", "P_RETURN(2023-12-31, D0), P_HIGH(2024-01-01, D0) FOR CSMI"),
    ("CSMI: YTD %, P/E", "P_RETURN(2023-12-31, D0), FG_PE(D0) FOR CSMI"),
])
def test_ytd_percent(question: str, query: str) -> None:
    assert q(question) == query


def test_ytd_percent_of_a_measure_refused() -> None:
    assert "ytd" in refused("CSMI: YTD % sales").lower()


# "which (NX100) companies have gained ... and ..." : the companies' share price return beside another condition
@pytest.mark.parametrize("question,query", [
    ("Looking only at NX100 companies that are based in the United Kingdom, which ones have gained more than 10 percent "
     "over the past three months while also trading at a price-to-book below 3 today, and what are their names?",
     'NAME, P_RETURN(2024-10-15, D0), FG_PB(D0) FOR SCREEN(INDEX(NX100) & COUNTRY("United Kingdom"), '
     'P_RETURN(2024-10-15, D0) > 10 AND FG_PB(D0) < 3)'),
    ("Which NX100 companies have risen more than 10 percent in 2024 and have a P/B below 3?",
     'NAME, P_RETURN(2023-12-31, 2024-12-31), FG_PB(D0) FOR SCREEN(INDEX(NX100), P_RETURN(2023-12-31, 2024-12-31) > 10 '
     'AND FG_PB(D0) < 3)'),
    ("Which NX100 companies are up more than 10% in 2024 and have a P/B below 3?",
     'NAME, P_RETURN(2023-12-31, 2024-12-31), FG_PB(D0) FOR SCREEN(INDEX(NX100), P_RETURN(2023-12-31, 2024-12-31) > 10 '
     'AND FG_PB(D0) < 3)'),
])
def test_companies_moved_beside_condition(question: str, query: str) -> None:
    assert q(question) == query


def test_measure_before_move_stays_unread() -> None:
    assert "gained" in refused("Which banks have a P/E below 10 and have gained more than 10 percent in 2024?")

"""Round 36 (f36s): the SPEC readers' misses across the tuning sets: the ends of a calendar period said as closes or
last days, "to the end of that year" after a month or a day, a fiscal year that "ended", a ranking "by it"; and SPEC
section 5's conventions, each checked in words of our own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# SPEC section 5, said in our own words: relative periods, calendar-period returns, year to date, trading days,
# IN converting conditions and the SORT key
SPEC5 = [
    ("What were Northwind Systems' sales last year?", "FF_SALES(FY2024) FOR NWSY"),
    ("Northwind Systems' sales in the last fiscal year", "FF_SALES(FY2024) FOR NWSY"),
    ("What is Northwind Systems' P/E now?", "FG_PE(D0) FOR NWSY"),
    ("What is Northwind Systems' current market cap?", "FG_MKT_CAP(D0) FOR NWSY"),
    ("What is next year's EPS estimate for Northwind Systems?", "FE_EPS(FY1) FOR NWSY"),
    ("What were Northwind Systems' sales the year before last?", "FF_SALES(FY2023) FOR NWSY"),
    ("What were Northwind Systems' sales two fiscal years ago?", "FF_SALES(FY2023) FOR NWSY"),
    ("What were Northwind Systems' sales four years ago?", "FF_SALES(FY2021) FOR NWSY"),
    ("What was Northwind Systems' net income last quarter?", "FF_NET_INC(FQ0) FOR NWSY"),
    ("What was Northwind Systems' net income the quarter before last?", "FF_NET_INC(FQ-1) FOR NWSY"),
    ("Highest close of Northwind Systems over the last 20 trading days", "P_HIGH(D-20, D0) FOR NWSY"),
    ("Lowest close of Northwind Systems over the past six months", "P_LOW(2024-07-15, D0) FOR NWSY"),
    ("Lowest close of Northwind Systems over the past 3 months", "P_LOW(2024-10-15, D0) FOR NWSY"),
    ("What was Northwind Systems' share price return in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"),
    ("What was Northwind Systems' share price return during calendar 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"),
    ("What was Northwind Systems' return in the first half of 2024?", "P_RETURN(2023-12-31, 2024-06-30) FOR NWSY"),
    ("What was Northwind Systems' return in the second half of 2023?", "P_RETURN(2023-06-30, 2023-12-31) FOR NWSY"),
    ("What was Northwind Systems' return in the third quarter of calendar 2024?",
     "P_RETURN(2024-06-30, 2024-09-30) FOR NWSY"),
    ("What is Northwind Systems' year to date return?", "P_RETURN(2023-12-31, D0) FOR NWSY"),
    ("What is Northwind Systems' year-to-date share price return?", "P_RETURN(2023-12-31, D0) FOR NWSY"),
    ("Highest close of Northwind Systems in 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR NWSY"),
    ("Lowest close of Northwind Systems from 2024-03-02 to 2024-03-10", "P_LOW(2024-03-02, 2024-03-10) FOR NWSY"),
    ("Which banks have sales above 5000 million US dollars in fiscal 2024?",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > 5000) IN USD'),
    ("Rank banks by fiscal 2024 sales in euros",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_SALES(FY2024) DESC IN EUR'),
]


@pytest.mark.parametrize(("question", "query"), SPEC5)
def test_spec_section_5_conventions(question: str, query: str) -> None:
    assert q(question) == query


# a calendar period's ends said as closes or last days: the end of that year (month), a day's close that day
PERIOD_ENDS = [
    ("Return of Sky High Airlines from the last close of 2021 to the last close of 2022",
     "P_RETURN(2021-12-31, 2022-12-31) FOR SKY"),
    ("Closing prices of Lumen Streaming and Yellowstone Social on the last day of 2022 and of 2023",
     "P_PRICE(2022-12-31), P_PRICE(2023-12-31) FOR LUMS, YELS"),
    ("Closing price of Lumen Streaming on the last day of June 2022", "P_PRICE(2022-06-30) FOR LUMS"),
    ("Return of Granite Water from the 31 December 2023 close to the 30 June 2024 close",
     "P_RETURN(2023-12-31, 2024-06-30) FOR GRWT"),
    # a day's close is that day's, never the close before its month
    ("Return of Granite Water from the 1 February 2024 close to the 30 June 2024 close",
     "P_RETURN(2024-02-01, 2024-06-30) FOR GRWT"),
    ("Return of Granite Water from 1 February 2024 to 30 June 2024", "P_RETURN(2024-01-31, 2024-06-30) FOR GRWT"),
]


@pytest.mark.parametrize(("question", "query"), PERIOD_ENDS)
def test_period_ends_said_as_closes(question: str, query: str) -> None:
    assert q(question) == query


# "to the end of that year" after a month or a day: the end of the calendar year it falls in (it was the month's or
# the day's own end: a one-month high, a wrong answer)
END_OF_THAT_YEAR = [
    ("Highest close of Kingsbridge Telecom from March 2021 to the end of that year",
     "P_HIGH(2021-03-01, 2021-12-31) FOR KINT"),
    ("Highest close of Kingsbridge Telecom from 1 March 2021 to the end of that year",
     "P_HIGH(2021-03-01, 2021-12-31) FOR KINT"),
    ("Lowest close for Kingsbridge Telecom from the start of June 2021 to the end of that year",
     "P_LOW(2021-06-01, 2021-12-31) FOR KINT"),
    ("Highest close of Kingsbridge Telecom from March 2021 to the end of 2021", "P_HIGH(2021-03-01, 2021-12-31) FOR KINT"),
    ("Return of Kingsbridge Telecom from March 2021 to the end of that year", "P_RETURN(2021-02-28, 2021-12-31) FOR KINT"),
    # near misses: a month alone stays that month; a close at the year's end stays a close
    ("Highest close of Kingsbridge Telecom in March 2021 and the close at the end of that year",
     "P_HIGH(2021-03-01, 2021-03-31), P_PRICE(2021-12-31) FOR KINT"),
    ("Highest close of Kingsbridge Telecom from March 2021 to the end of June 2021", "P_HIGH(2021-03-01, 2021-06-30) FOR KINT"),
]


@pytest.mark.parametrize(("question", "query"), END_OF_THAT_YEAR)
def test_to_the_end_of_that_year(question: str, query: str) -> None:
    assert q(question) == query


# a fiscal year that "ended": its end, as "at the end of fiscal 2021"
YEAR_ENDED = [
    ("How many people worked at Ember Industries when its fiscal 2021 ended?", "FF_EMPLOYEES(FY2021) FOR EMBE"),
    ("How much debt did Ember Industries have when fiscal 2023 ended?", "FF_DEBT(FY2023) FOR EMBE"),
    ("Closing price of Ember Industries when fiscal 2023 ended", "P_PRICE(2023-12-31) FOR EMBE"),
]


@pytest.mark.parametrize(("question", "query"), YEAR_ENDED)
def test_a_fiscal_year_that_ended(question: str, query: str) -> None:
    assert q(question) == query


# a ranking "by it", "by that figure": the one measure screened on
RANKED_BY_IT = [
    ("Which Industrials companies had LTM free cash flow above 5500 million dollars? Rank them by it.",
     'NAME, FF_FCF(LTM) FOR SCREEN(SECTOR("Industrials"), FF_FCF(LTM) > 5500) SORT FF_FCF(LTM) DESC IN USD'),
    ("Which Consumer Staples companies earned more than 4600 million dollars of net income last year? Sort them by that "
     "figure in dollars.",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Consumer Staples"), FF_NET_INC(FY2024) > 4600) SORT FF_NET_INC(FY2024) '
     "DESC IN USD"),
    ("Which banks had a P/E below 12? Sort them by that, lowest first.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 12) SORT FG_PE(D0) ASC'),
]


@pytest.mark.parametrize(("question", "query"), RANKED_BY_IT)
def test_ranked_by_it(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # "ended ... with" is not read: after "grew ... or" it made the "or" a joint of periods (an AND, a wrong answer)
    "Which Materials companies either grew sales by more than 10% in fiscal 2024 or ended that year with net cash?",
])
def test_ended_with_is_refused(question: str) -> None:
    # (round 41, f41p: "ended that year with" reads the year said before where the rest is read; here it is still
    # refused, now naming "that year" rather than the verb; never the AND of two periods)
    message = refused(question)
    assert "ended" in message or "that year" in message


def test_ended_a_fiscal_year_with_a_balance_is_read() -> None:
    # (round 40, f40c: a balance said as the state a period ended with, the period said there, is the balance at it)
    assert q("Which semiconductor companies ended fiscal 2024 with more cash than net income?") == (
        'NAME, FF_CASH(FY2024), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Semiconductors"), FF_CASH(FY2024) > FF_NET_INC(FY2024))')


def test_ranked_by_it_of_two_measures_is_refused() -> None:
    assert "ranking without a measure" in refused(
        "Which banks had sales above 1000 and net income above 100 last year? Rank them by it.")


# a fiscal year restated as the twelve calendar months that end in it: prices read the months said; a fundamental
# reads no months (refused, as a fiscal quarter restated as months is)
FISCAL_YEAR_MONTHS = [
    ("Falcon Software's high and low closes in its fiscal 2024 (October 2023 to September 2024)",
     "P_HIGH(2023-10-01, 2024-09-30), P_LOW(2023-10-01, 2024-09-30) FOR FALC"),
    ("Falcon Software's return in fiscal 2024 (October 2023 to September 2024)", "P_RETURN(2023-09-30, 2024-09-30) FOR FALC"),
    ("Falcon Software's high close October 2023 to September 2024", "P_HIGH(2023-10-01, 2024-09-30) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), FISCAL_YEAR_MONTHS)
def test_fiscal_year_said_as_months(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Falcon Software's high close in fiscal 2024 (October 2022 to September 2023)",  # not the months of fiscal 2024
    "Falcon Software's sales in fiscal 2024 (October 2023 to September 2024)",
])
def test_fiscal_year_said_as_other_months_is_refused(question: str) -> None:
    refused(question)


# a measure's second period joined by ", versus", or after a ticker said bare (the chat's register)
JOINED_PERIODS = [
    ("What did Quarry Telecom and Kingsbridge Telecom earn per share in the quarter before last, versus the same quarter "
     "a year earlier?", "FF_EPS(FQ-1), FF_EPS(FQ-5) FOR QUAR, KINT"),
    ("What was Quarry Telecom's EPS in the quarter before last, versus the same quarter a year earlier?",
     "FF_EPS(FQ-1), FF_EPS(FQ-5) FOR QUAR"),
    ("What were Quarry Telecom's sales in fiscal 2024, compared with fiscal 2023?", "FF_SALES(FY2024), FF_SALES(FY2023) FOR QUAR"),
    ("Q4 FY24 eps NIMB vs Q4 FY23", "FF_EPS(FQ2024Q4), FF_EPS(FQ2023Q4) FOR NIMB"),
    ("FY24 sales NIMB vs FY23", "FF_SALES(FY2024), FF_SALES(FY2023) FOR NIMB"),
    # near miss: another measure after the ticker keeps its own period
    ("FY24 sales NIMB, debt FY23", "FF_SALES(FY2024), FF_DEBT(FY2023) FOR NIMB"),
]


@pytest.mark.parametrize(("question", "query"), JOINED_PERIODS)
def test_periods_joined(question: str, query: str) -> None:
    assert q(question) == query


# the function said again in a parenthesis, to say what it runs over: read once; another function there stays unread
RESTATED_FUNCTION = [
    ("Average annual free cash flow (the mean of fiscal 2020 through fiscal 2024) for Bluepeak Energy",
     "AVG(FF_FCF, FY2020, FY2024) FOR BPE"),
    ("Total free cash flow (the sum of fiscal 2020 through fiscal 2024) for Bluepeak Energy", "SUM(FF_FCF, FY2020, FY2024) FOR BPE"),
]


@pytest.mark.parametrize(("question", "query"), RESTATED_FUNCTION)
def test_function_restated(question: str, query: str) -> None:
    assert q(question) == query


def test_other_function_in_parenthesis_is_refused() -> None:
    assert "sum" in refused("Average free cash flow (the sum of fiscal 2020 through fiscal 2024) for Bluepeak Energy")


# the country asked with "home"; the figures named by their currency, said first ("Yen figures please: ...")
FIELDS_AND_CURRENCY = [
    ("The five largest NX100 companies by last year's sales in US dollars, with their home countries",
     "NAME, COUNTRY, FF_SALES(FY2024) FOR SCREEN(INDEX(NX100)) SORT FF_SALES(FY2024) DESC TOP 5 IN USD"),
    ("What is the home country of Keystone Retail?", "COUNTRY FOR KEYR"),
    ("Yen figures please: Keystone Retail and Lakeside Automotive sales last year and market cap today",
     "FF_SALES(FY2024), FG_MKT_CAP(D0) FOR KEYR, LAKA IN JPY"),
    ("Sales of Keystone Retail last year, dollar figures please", "FF_SALES(FY2024) FOR KEYR IN USD"),
]


@pytest.mark.parametrize(("question", "query"), FIELDS_AND_CURRENCY)
def test_fields_and_currency(question: str, query: str) -> None:
    assert q(question) == query


def test_currency_figures_of_the_companies_is_no_target() -> None:
    refused("Which companies report yen figures?")  # what they report in, not the figures' conversion

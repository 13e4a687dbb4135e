"""Round 49 (f49s): SPEC-first probing of sections 3 and 5, mended by class: "in (during, for) the last year (month)"
of prices counted back from the as-of date; "the year to <a day written the American way, ISO or in digits>"; "end-Q3
2024" and "the close of H1 2024"; "the last N calendar months" as whole months and "each of the last N months
(quarters, trading days)" of prices refused; spans counted back said as "since (from) N months ago", "the preceding N
months", "the latest N sessions", "the N months to date"; "the previous (prior, preceding) N months" after a day named
counted back from that day. Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. "in the last year / month" of prices: a span that ends now (SPEC 5, "the past N months" counts back) ----------


@pytest.mark.parametrize(("question", "query"), [
    ("What was Cobalt Motors' share price return in the last year?", "P_RETURN(2024-01-15, D0) FOR COBA"),
    ("How did Crescent Beverages stock do during the last year?", "P_RETURN(2024-01-15, D0) FOR CRBV"),
    ("Apex Medical return for the last month", "P_RETURN(2024-12-15, D0) FOR APXD"),
    ("Highest close of Cobalt Motors in the last month", "P_HIGH(2024-12-15, D0) FOR COBA"),
    ("Which banks had the best share price return in the last year?",
     'NAME, P_RETURN(2024-01-15, D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2024-01-15, D0) DESC'),
])
def test_in_the_last_year_counted_back(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # bare "last year" / "last month" stay the year 2024 / December 2024 (SPEC 5's "last year")
    ("Cobalt Motors return last year", "P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
    ("Cobalt Motors return last month", "P_RETURN(2024-11-30, 2024-12-31) FOR COBA"),
    # a fundamentals figure: the last fiscal year either way
    ("Cobalt Motors net income during the last year", "FF_NET_INC(FY2024) FOR COBA"),
    # the year restated, "calendar" said, or "the last year" as a point
    ("Cobalt Motors return in the last year, 2024", "P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
    ("Cobalt Motors return in the last calendar year", "P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
    ("Cobalt Motors price at the end of the last year", "P_PRICE(D0) FOR COBA"),
    # "the last month of 2024" is December (as before: December's return beside the year's)
    ("Cobalt Motors return in the last month of 2024",
     "P_RETURN(2024-11-30, 2024-12-31), P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
])
def test_in_the_last_year_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. "the year to <day>" with the day written the American way, in ISO or in digits ---------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors sales for the year to December 31, 2023", "FF_SALES(FY2023) FOR COBA"),
    ("Apex Materials net income for the year to Sept 30 2023", "FF_NET_INC(FY2023) FOR APXM"),
    ("Apex Materials sales in the year to 2023-09-30", "FF_SALES(FY2023) FOR APXM"),
    ("Crescent Beverages EPS for the financial year to 12/31/2022", "FF_EPS(FY2022) FOR CRBV"),
])
def test_year_to_a_day(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Apex Materials sales for the year to 3/4/2024", "year"),  # March 4 or April 3: reads two ways
    ("Cobalt Motors sales for the year to date", "year to date"),  # a span of prices only
])
def test_year_to_a_day_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# --- 3. "end-Q3 2024", "end H1 2024", "the close of H1 2024": that quarter's (half's) end --------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors P/E at end-Q3 2024", "FG_PE(2024-09-30) FOR COBA"),
    ("Cobalt Motors market cap at end H1 2024", "FG_MKT_CAP(2024-06-30) FOR COBA"),
    ("Crescent Beverages cash at end-Q2 FY2024", "FF_CASH(FQ2024Q2) FOR CRBV"),
    ("Cobalt Motors share price at the close of H1 2024", "P_PRICE(2024-06-30) FOR COBA"),
    ("Cobalt Motors return from end-Q1 2024 to end-Q3 2024", "P_RETURN(2024-03-31, 2024-09-30) FOR COBA"),
])
def test_end_of_a_quarter_label(question: str, query: str) -> None:
    assert q(question) == query


def test_end_of_a_quarter_label_near_miss() -> None:
    assert "end" in refused("Cobalt Motors end q3 results")  # no year: left as written


# --- 4. calendar months, and "each of" the months of a price span ---------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors return over the last six calendar months", "P_RETURN(2024-06-30, 2024-12-31) FOR COBA"),
    ("Crescent Beverages lowest close in the past 2 calendar months", "P_LOW(2024-11-01, 2024-12-31) FOR CRBV"),
    ("Cobalt Motors return in each of the last three calendar months",
     "P_RETURN(2024-09-30, 2024-10-31), P_RETURN(2024-10-31, 2024-11-30), P_RETURN(2024-11-30, 2024-12-31) FOR COBA"),
    # near misses: no "calendar", no "each"; a fundamentals item's quarters
    ("Cobalt Motors return over the last six months", "P_RETURN(2024-07-15, D0) FOR COBA"),
    ("Cobalt Motors sales in each of the last four quarters",
     "FF_SALES(FQ-3), FF_SALES(FQ-2), FF_SALES(FQ-1), FF_SALES(FQ0) FOR COBA"),
])
def test_calendar_months(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Cobalt Motors return in each of the last three months", "each of the last three months"),
    ("Cobalt Motors highest close in each of the last 2 quarters", "each of the last 2 quarters"),
    ("Cobalt Motors return for every one of the past ten trading days", "every one of the past ten trading days"),
])
def test_each_of_the_months_refused(question: str, named: str) -> None:
    assert named in refused(question)


# --- 5. spans counted back said other ways ------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors return since six months ago", "P_RETURN(2024-07-15, D0) FOR COBA"),
    ("Crescent Beverages return from a year ago to today", "P_RETURN(2024-01-15, D0) FOR CRBV"),
    ("Cobalt Motors lowest close from 3 months ago until now", "P_LOW(2024-10-15, D0) FOR COBA"),
    ("Cobalt Motors return over the preceding six months", "P_RETURN(2024-07-15, D0) FOR COBA"),
    ("Cobalt Motors return over the latest 5 sessions", "P_RETURN(D-5, D0) FOR COBA"),
    ("Crescent Beverages performance over the most recent 20 sessions", "P_RETURN(D-20, D0) FOR CRBV"),
    ("Cobalt Motors performance in the six months to date", "P_RETURN(2024-07-15, D0) FOR COBA"),
    # near misses: a point N months ago; the twelve months to date (the LTM) of a fundamentals item
    ("Cobalt Motors price six months ago", "P_PRICE(2024-07-15) FOR COBA"),
    ("Cobalt Motors sales from six years ago", "FF_SALES(FY2019) FOR COBA"),  # "from" with no end today: that year
    ("Cobalt Motors sales for the twelve months to date", "FF_SALES(LTM) FOR COBA"),
])
def test_spans_counted_back(question: str, query: str) -> None:
    assert q(question) == query


def test_from_ago_to_ago_stays_refused() -> None:
    assert "from two years ago to one year ago" in refused("Cobalt Motors return from two years ago to one year ago")


# --- 6. "the previous (prior, preceding) N months" after a day named: counted back from that day ---------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' price on 30 June 2024 and its return over the preceding six months",
     "P_PRICE(2024-06-30), P_RETURN(2023-12-31, 2024-06-30) FOR COBA"),
    ("Cobalt Motors' price on 15 March 2024 and its return over the previous three months",
     "P_PRICE(2024-03-15), P_RETURN(2023-12-15, 2024-03-15) FOR COBA"),
    ("Cobalt Motors' price at the end of 2023 and its high over the prior 2 months",
     "P_PRICE(2023-12-31), P_HIGH(2023-11-01, 2023-12-31) FOR COBA"),
    # near misses: "the past six months" is anchored to today; nothing named before
    ("Cobalt Motors' price on 30 June 2024 and its return over the past six months",
     "P_PRICE(2024-06-30), P_RETURN(2024-07-15, D0) FOR COBA"),
    ("Cobalt Motors return over the previous six months", "P_RETURN(2024-07-15, D0) FOR COBA"),
])
def test_previous_months_after_a_day(question: str, query: str) -> None:
    assert q(question) == query

"""Round 23 (f23l): the leftovers of f23m's metamorphic rewordings, refusals of meaning-preserving rewordings of
questions the chain reads right: the plural period noun before a range ("calendar years between A and B"), a weekday
before a date in any spelling and in a range, "Defence" in a company's name, "the quarter before that" after "the M
last quarter of X", "5y earnings per share CAGR", "I require X's ...". Own questions; each with a near miss."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- "calendar years between A and B", "the fiscal years from A to B": the plural noun before the range --------------


@pytest.mark.parametrize(("question", "expected"), [
    ("Keystone Materials capex for the fiscal years from 2021 to 2023",
     "FF_CAPEX(FY2021), FF_CAPEX(FY2022), FF_CAPEX(FY2023) FOR KEYM"),
    ("What was Keystone Materials' total capex for fiscal years between 2021 and 2023?",
     "SUM(FF_CAPEX, FY2021, FY2023) FOR KEYM"),
    ("Falcon Software's share price return over the calendar years from 2021 to 2023",
     "P_RETURN(2020-12-31, 2023-12-31) FOR FALC"),
    ("Falcon Software's share price return over calendar years between 2021 and 2023",
     "P_RETURN(2020-12-31, 2023-12-31) FOR FALC"),
])
def test_plural_period_noun_before_a_range(question: str, expected: str) -> None:
    assert q(question) == expected


def test_plural_period_noun_near_miss() -> None:
    # "years" alone before a range is not taken (as "years 2021 to 2023" is not): named, never dropped
    assert "years" in refused("Keystone Materials capex for years between 2021 and 2023")
    # a quarter's plural is no year range
    assert "quarters" in refused("Keystone Materials capex for fiscal quarters between 2021 and 2023")


# -- a weekday before a date, in every spelling and in a range ---------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Return of Ember Petroleum from the close on Monday 2024-03-04 to the close on Friday 2024-05-31",
    "Return of Ember Petroleum from the close on Monday March 4, 2024 to the close on Friday May 31, 2024",
    "Return of Ember Petroleum from the close on Mon, Mar 4th, 2024 to the close on Fri, May 31st, 2024",
    "Return of Ember Petroleum from the closing price on Monday 4th of March 2024 to the closing price on Friday 31st of May 2024",
    "Return of Ember Petroleum from the closing price on Monday March 4 2024 to the closing price on Friday May 31 2024",
])
def test_weekday_before_each_date_of_a_range(question: str) -> None:
    assert q(question) == "P_RETURN(2024-03-04, 2024-05-31) FOR EMBP"


@pytest.mark.parametrize("question", [
    "Ember Petroleum's close on Wednesday 2024-05-15",
    "Ember Petroleum's close on Wed, May 15th, 2024",
    "Ember Petroleum's close on Wednesday the 15th of May 2024",
])
def test_weekday_before_one_date(question: str) -> None:
    assert q(question) == "P_PRICE(2024-05-15) FOR EMBP"


def test_weekday_not_the_dates_is_refused() -> None:
    # near miss: 2024-05-15 is a Wednesday; a Thursday before it says another day may be meant (named, never guessed)
    assert q("Ember Petroleum's close on Thursday 2024-05-15") is None
    assert q("Return of Ember Petroleum from the close on Tuesday March 4, 2024 to the close on Friday May 31, 2024") is None


def test_close_on_a_month_first_date_is_that_close() -> None:
    # "from the close on March 1, 2024" is that day's close (it was the close before the month: 2024-02-29), as
    # "from the close on 1 March 2024" is
    assert q("Return of Ember Petroleum from the close on March 1, 2024 to the close on May 31, 2024") \
        == "P_RETURN(2024-03-01, 2024-05-31) FOR EMBP"
    # near miss: whole months said without a close are a calendar period, from the close before it
    assert q("Return of Ember Petroleum from March 1, 2024 to May 31, 2024") == "P_RETURN(2024-02-29, 2024-05-31) FOR EMBP"


# -- British spellings of the catalog's words: "Nimbus Defence" -------------------------------------------------------


@pytest.mark.parametrize(("question", "expected"), [
    ("How many employees does Nimbus Defence have?", "FF_EMPLOYEES(FY2024) FOR NIMD"),
    ("Orbital Aerospace versus Nimbus Defence: net income in fiscal 2023", "FF_NET_INC(FY2023) FOR ORBA, NIMD"),
    ("NIMBUS DEFENCE CLOSING PRICE TODAY", "P_PRICE(D0) FOR NIMD"),
])
def test_defence_in_a_name(question: str, expected: str) -> None:
    assert q(question) == expected


def test_defence_as_the_industry_still_a_set() -> None:
    assert q("Which defence companies have the highest P/E?") == \
        'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Aerospace & Defense")) SORT FG_PE(D0) DESC'
    # near miss: the family with a word of no member's name is still ambiguous (the spelling rule names no company)
    assert q("What's the share price of Nimbus Software?") is None


# -- a period after "the M P of X", joined to P ------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "expected"), [
    ("the sales last quarter of Keystone Materials, and the quarter before that",
     "FF_SALES(FQ0), FF_SALES(FQ-1) FOR KEYM"),
    ("What was the EPS last quarter for Cobalt Motors compared with the same quarter a year earlier?",
     "FF_EPS(FQ0), FF_EPS(FQ-4) FOR COBA"),
    ("capex in fiscal 2022 of Keystone Materials and fiscal 2023", "FF_CAPEX(FY2022), FF_CAPEX(FY2023) FOR KEYM"),
])
def test_period_after_the_company_joins_the_list(question: str, expected: str) -> None:
    assert q(question) == expected


def test_period_after_another_measure_not_joined() -> None:
    # near miss: a period that another measure said after the company takes is that measure's
    assert q("capex in fiscal 2022 of Keystone Materials and the sales in fiscal 2023") == \
        "FF_CAPEX(FY2022), FF_SALES(FY2023) FOR KEYM"


# -- "5y earnings per share CAGR": a measure's "A per B" between the span and the growth word ------------------------


@pytest.mark.parametrize(("question", "expected"), [
    ("Cobalt Motors 3y earnings per share CAGR", "CAGR(FF_EPS, FY2021, FY2024) FOR COBA"),
    ("What is the 5yr dividends per share growth of Cobalt Motors?", "GROWTH(FF_DPS, FY2019, FY2024) FOR COBA"),
])
def test_span_before_a_per_measure(question: str, expected: str) -> None:
    assert q(question) == expected


def test_span_before_a_per_measure_near_miss() -> None:
    # no growth word after the measure: "3y" is named, never read as a span
    assert "3y" in refused("Cobalt Motors 3y earnings per share")


# -- "I require X's ...": the formal request before a company's possessive -------------------------------------------


@pytest.mark.parametrize(("question", "expected"), [
    ("I require Cobalt Motors' net income for fiscal 2023.", "FF_NET_INC(FY2023) FOR COBA"),
    ("For our files, we require Falcon Software's closing price on 2024-05-15.", "P_PRICE(2024-05-15) FOR FALC"),
])
def test_require_before_a_possessive(question: str, expected: str) -> None:
    assert q(question) == expected


def test_require_near_miss() -> None:
    # no possessive, no article: "require" is not taken as the request (named)
    assert "require" in refused("I require net income for fiscal 2023 of Cobalt Motors.")


# -- a family word in lower case, said as the owner of a unit ----------------------------------------------------------


@pytest.mark.parametrize(("question", "expected"), [
    ("closing price of the household products division of monarch on 2024-05-15", "P_PRICE(2024-05-15) FOR MHP"),
    ("nimbus's logistics unit: lowest close in 2022", "P_LOW(2022-01-01, 2022-12-31) FOR NIMB"),
    ("fy2023 net income of the insurance business of delta", "FF_NET_INC(FY2023) FOR DELT"),
])
def test_lower_case_family_owning_a_unit(question: str, expected: str) -> None:
    assert q(question) == expected


def test_lower_case_family_near_misses() -> None:
    # a unit no member is: refused, naming it (never one member guessed)
    assert q("closing price of the widgets division of monarch on 2024-05-15") is None
    # the unit noun with no unit said: the family stays ambiguous
    assert "could be" in refused("fy2023 net income of the business of monarch")

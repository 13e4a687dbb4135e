"""Round 48 (f48t): tune46a's refusals of answerable questions, mended by class: a period's possessive written without
its apostrophe ("todays", "next years"), a period added as a last sentence of its own ("...? and last quarter?"), a
percentage of "today's" figure, "its" with "each" in its own clause after a colon or a dash, "since" alone after one
day said before (and the trader's "locked in", "picked up", "got into"), and a figure's unit in brackets between it and
"over" / "per employee" (there "over" was dropped: two figures, a wrong answer). Rules alone; every phrasing here is
this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a period's possessive without its apostrophe --------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors: todays close and next years consensus EPS", "P_PRICE(D0), FE_EPS(FY1) FOR COBA"),
    ("Ember Industries, last years sales and yesterdays close", "FF_SALES(FY2024), P_PRICE(D0) FOR EMBE"),
    ("Bluepeak Energy operating income, last quarters figure", "FF_OPER_INC(FQ0) FOR BPE"),
])
def test_possessive_without_apostrophe(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a plural period is no possessive, left as written and refused)
    ("Cobalt Motors net income over the last years", "last years"),
    ("Bluepeak Energy sales over the next years of data", "next years"),
])
def test_plural_period_not_possessive(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. a period added as a last sentence of its own -------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors operating income in FY2023? and in FY2024?", "FF_OPER_INC(FY2023), FF_OPER_INC(FY2024) FOR COBA"),
    ("Ember Industries net income the year before last. And last year?", "FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR EMBE"),
    ("Bluepeak Energy EPS last quarter? and the quarter before?", "FF_EPS(FQ0), FF_EPS(FQ-1) FOR BPE"),
    # (a company added so stays the companies' list, as before)
    ("Cobalt Motors sales in 2023? and Ember Industries?", "FF_SALES(FY2023) FOR COBA, EMBE"),
])
def test_period_added_after(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a last sentence that says more than a period is not joined)
    ("Cobalt Motors sales in 2023? And which grew faster?", "faster"),
    ("Cobalt Motors sales in 2023? and was it up in 2024?", "up"),
])
def test_more_than_a_period_not_joined(question: str, named: str) -> None:
    assert named in refused(question)


# --- 3. a percentage of today's figure ----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("industrials whose net income last year was more than 5% of today's market cap",
     'NAME, FF_NET_INC(FY2024), FG_MKT_CAP(D0) / 20 FOR SCREEN(SECTOR("Industrials"), '
     'FF_NET_INC(FY2024) > FG_MKT_CAP(D0) / 20)'),
    ("energy companies whose free cash flow in fiscal 2024 was below 2% of today's market capitalization",
     'NAME, FF_FCF(FY2024), FG_MKT_CAP(D0) / 50 FOR SCREEN(SECTOR("Energy"), FF_FCF(FY2024) < FG_MKT_CAP(D0) / 50)'),
    ("US utilities whose trailing-twelve-month free cash flow is above 3% of today's market cap",
     'NAME, FF_FCF(LTM), FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Utilities") & COUNTRY("United States"), '
     'FF_FCF(LTM) > FG_MKT_CAP(D0) * 0.03)'),
])
def test_percent_of_todays(question: str, query: str) -> None:
    assert q(question) == query


def test_percent_of_todays_nothing() -> None:
    # (near miss: "today's" with no figure after it is no base; the threshold stays refused)
    assert "percentage threshold" in refused("banks whose net income last year was more than 10% of today's")


# --- 4. "its" with "each" in its own clause -----------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors vs Ember Industries - how far below its 52-week high is each one now?",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR COBA, EMBE"),
    ("Bluepeak Energy and Cobalt Motors: how far is each from its 12-month high, in %?",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR BPE, COBA"),
    ("Cobalt Motors and Ember Industries: what was each one's net income last year, and its P/E?",
     "FF_NET_INC(FY2024), FG_PE(D0) FOR COBA, EMBE"),
])
def test_its_with_each(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: no "each" in the pronoun's clause; "each" in another clause or sentence)
    "Cobalt Motors and Ember Industries: what was its net income last year?",
    "Cobalt Motors and Ember Industries: what was its net income last year, and each one's P/E?",
    "Cobalt Motors and Ember Industries. Each pays a dividend; what was its net income last year?",
])
def test_its_without_each_refused(question: str) -> None:
    assert "'its' names one company" in refused(question)


# --- 5. "since" alone after one day said before ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("I locked in Cobalt Motors at the close on 2024-03-28. How has it done since?", "P_RETURN(2024-03-28, D0) FOR COBA"),
    ("I picked up some Ember Industries on May 2, 2024. What's its return since then?",
     "P_RETURN(2024-05-02, D0) FOR EMBE"),
    ("I got into Bluepeak Energy on 3 June 2024. How's it done since?", "P_RETURN(2024-06-03, D0) FOR BPE"),
])
def test_since_that_day(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a year is no day (its start or its end?); two days said before: which one?)
    ("I sold Cobalt Motors in 2023. How has it done since?", "since"),
    ("Cobalt Motors' close on 2024-03-28 and on 2024-06-28. Return since then?", "since"),
])
def test_since_no_one_day(question: str, named: str) -> None:
    assert named in refused(question)


# --- 6. a figure's unit in brackets before "over" or "per employee" ------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Ember Industries: operating income (in millions) over sales last fiscal year",
     "FF_OPER_INC(FY2024) / FF_SALES(FY2024) FOR EMBE"),
    ("Bluepeak Energy free cash flow (millions) over equity in 2023", "FF_FCF(FY2023) / FF_EQUITY(FY2023) FOR BPE"),
    ("Cobalt Motors: net income (in millions) per employee last fiscal year",
     "FF_NET_INC(FY2024) / FF_EMPLOYEES(FY2024) FOR COBA"),
    ("Ember Industries sales (EUR mn) per employee last fiscal year",
     "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR EMBE IN EUR"),
    # (near miss: "over" with a period after it is the period's preposition, as before)
    ("Cobalt Motors: net income (in millions) over the last fiscal year", "FF_NET_INC(FY2024) FOR COBA"),
])
def test_unit_in_brackets(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a ratio "in USD" names a unit the quotient has not; billions is no unit FinQL gives)
    ("Ember Industries: net income (USD m) over sales last fiscal year", "USD m"),
    ("Cobalt Motors: net income (in billions) over sales last fiscal year", "billions"),
])
def test_unit_in_brackets_refused(question: str, named: str) -> None:
    assert named in refused(question)


# --- 7. "line up" as a ranking verb, its "by" ahead ----------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("line up the banks by market cap, biggest first",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC IN USD'),
    ("Take the airlines and line them up by P/E, lowest first",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines")) SORT FG_PE(D0) ASC'),
    ("Line up all NX100 utilities by dividend yield, highest first",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDEX(NX100) & SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
])
def test_line_up_by(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: no "by" of an order; "line up by" said of a figure)
    "line up the banks' P/E for last year",
    "Did Cobalt Motors sales line up by 10% with the plan?",
])
def test_line_up_not_an_order(question: str) -> None:
    assert "line" in refused(question)


def test_period_added_after_a_ranking_not_joined() -> None:
    # (near miss: after a ranking "And in 2024?" asks a second ranking; it was the 2023 one with a 2024 column)
    assert "2024" in refused("Top 3 banks by sales in 2023. And in 2024?")

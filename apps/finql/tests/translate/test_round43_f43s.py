"""Round 43 (f43s): the SPEC reader's refusals — a loss not reported, "plus" between two sets, relative years said
again, the fastest growers by a growth, the return between two calendar ends, a choice then a clause said of it, and a
wrong answer ("and up" before a period read as "or more"). Rules alone; every phrasing here is this file's own (none
taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a reporting verb's base form after a negation (SPEC 2's NOT) ---------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which pharmaceuticals companies did not report a net loss for fiscal 2024?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Pharmaceuticals"), NOT (FF_NET_INC(FY2024) < 0))'),
    ("Which pharmaceuticals companies did not record a net loss for fiscal 2024?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Pharmaceuticals"), NOT (FF_NET_INC(FY2024) < 0))'),
    ("Which pharmaceuticals companies didn't post a net loss in fiscal 2024?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Pharmaceuticals"), NOT (FF_NET_INC(FY2024) < 0))'),
    ("Which pharmaceuticals companies did not make a loss in fiscal 2024?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Pharmaceuticals"), NOT (FF_NET_INC(FY2024) < 0))'),
    ("Insurers that did not post a net loss in either fiscal 2023 or fiscal 2024",
     'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
     'NOT ((FF_NET_INC(FY2023) < 0 OR FF_NET_INC(FY2024) < 0)))'),
    ("Which banks did not report sales above 5 billion in fiscal 2024?",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), NOT (FF_SALES(FY2024) > 5000))'),
])
def test_a_loss_not_reported(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks did not report in fiscal 2024?", "'not'"),  # nothing negated
    ("Which banks did not post a loss of more than 100 in fiscal 2024?", "loss"),  # an amount of loss: not read
    ("Which banks make a loss ratio above 5?", "loss ratio"),  # no net loss
    ("Which pharmaceuticals companies never reported a net loss in fiscal 2024?", "'never'"),
])
def test_near_misses_of_a_loss_not_reported(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. "plus" between two sets: SPEC 2's set | set --------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Banks plus insurers with a P/E below 10",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") | INDUSTRY("Insurance"), FG_PE(D0) < 10)'),
    ("Banks, plus insurers, with a P/E below 10",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") | INDUSTRY("Insurance"), FG_PE(D0) < 10)'),
    ("utilities plus renewable energy names by dividend yield",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities") | INDUSTRY("Renewable Energy")) SORT FG_DIV_YIELD(D0) DESC'),
    ("Energy companies plus utilities, by dividend yield",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Energy") | SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
    ("Japanese companies plus Canadian ones with sales above 1 billion",
     'NAME, FF_SALES(FY2024) FOR SCREEN(COUNTRY("Japan") | COUNTRY("Canada"), FF_SALES(FY2024) > 1000)'),
])
def test_plus_between_sets_adds(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("UK banks plus insurers with a P/E below 10", "'plus'"),  # the UK's insurers, or all of them?
    ("NX100 plus software companies with a P/E below 10", "'plus'"),  # read crossed: no addition
    ("TECHX plus NX100 members with a P/E below 10", "'plus'"),
])
def test_near_misses_of_plus_between_sets(question: str, named: str) -> None:
    assert named in refused(question)


def test_plus_between_figures_still_adds_them() -> None:
    assert q("Northwind Systems sales plus net income in 2024") == "FF_SALES(FY2024) + FF_NET_INC(FY2024) FOR NWSY"


# --- 3. relative years said again (SPEC 5) -----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("operating margin for Nimbus Freight in the fiscal year before its latest one",
     "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR NIMB"),
    ("operating margin for Nimbus Freight in the year before its latest fiscal year",
     "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR NIMB"),
    ("Nimbus Freight sales in the quarter preceding their most recent one", "FF_SALES(FQ-1) FOR NIMB"),
    ("Nimbus Freight sales in the quarter before its latest quarter", "FF_SALES(FQ-1) FOR NIMB"),
    ("Nimbus Freight sales for fiscal 2024 and for the fiscal year before that one",
     "FF_SALES(FY2024), FF_SALES(FY2023) FOR NIMB"),
    ("Nimbus Freight sales for fiscal 2022 and the year before that one", "FF_SALES(FY2022), FF_SALES(FY2021) FOR NIMB"),
    ("Nimbus Freight free cash flow for fiscal 2024 and for the fiscal year before that one",
     "FF_FCF(FY2024), FF_FCF(FY2023) FOR NIMB"),
    ("Nimbus Freight sales for the year before last, and also the figure from two years before that.",
     "FF_SALES(FY2023), FF_SALES(FY2021) FOR NIMB"),
    ("Nimbus Freight sales for fiscal 2023, and the figure from fiscal 2021", "FF_SALES(FY2023), FF_SALES(FY2021) FOR NIMB"),
    ("Nimbus Freight net income for fiscal 2023, and the number from three years earlier",
     "FF_NET_INC(FY2023), FF_NET_INC(FY2020) FOR NIMB"),
    ("Nimbus Freight EPS last quarter, and also the figure from four quarters before that",
     "FF_EPS(FQ0), FF_EPS(FQ-4) FOR NIMB"),
])
def test_relative_years_said_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Nimbus Freight sales for the year before that one", "the year before that one"),  # nothing before it
    ("Nimbus Freight sales in the fiscal year before its first one", "first"),
    ("Nimbus Freight sales for fiscal 2023, and the number from the consensus", "fiscal 2023"),
])
def test_near_misses_of_relative_years(question: str, named: str) -> None:
    assert named in refused(question)


# --- 4. the fastest growers ranked by a growth said after "by" (a computed sort key) --------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("The fastest growers in the TECHX index by net income growth in fiscal 2024",
     "NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDEX(TECHX)) SORT GROWTH(FF_NET_INC, FY2023, FY2024) DESC"),
    ("the 3 slowest growers among banks by EPS growth from FY2020 to FY2024",
     'NAME, GROWTH(FF_EPS, FY2020, FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT GROWTH(FF_EPS, FY2020, FY2024) ASC TOP 3'),
    ("the three fastest growers among software companies by sales CAGR from 2019 to 2024",
     'NAME, CAGR(FF_SALES, FY2019, FY2024) FOR SCREEN(INDUSTRY("Software")) SORT CAGR(FF_SALES, FY2019, FY2024) DESC TOP 3'),
])
def test_fastest_growers_by_a_growth(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("the fastest growers in the TECHX index", "'growers'"),  # no growth said
    ("the fastest growers in the TECHX index by P/E", "'growers'"),  # a key that is no growth
    ("the fastest growers in the TECHX index. Rank by sales growth in 2024", "'growers'"),  # another sentence
])
def test_near_misses_of_fastest_growers(question: str, named: str) -> None:
    assert named in refused(question)


# --- 5. the return "between those two dates" after the ends of two calendar years or quarters (SPEC 5) ---------------


@pytest.mark.parametrize(("question", "query"), [
    ("Delta Capital close at the end of 2022 and at the end of 2023, and the return between those two dates",
     "P_PRICE(2022-12-31), P_PRICE(2023-12-31), P_RETURN(2022-12-31, 2023-12-31) FOR DELC"),
    ("Delta Capital market cap at the end of Q1 2024 and at the end of Q3 2024, plus the return between those two dates",
     "FG_MKT_CAP(2024-03-31), FG_MKT_CAP(2024-09-30), P_RETURN(2024-03-31, 2024-09-30) FOR DELC"),
    ("Delta Capital close at the end of 2023 and on 2024-06-28, and the return between those two dates",
     "P_PRICE(2023-12-31), P_PRICE(2024-06-28), P_RETURN(2023-12-31, 2024-06-28) FOR DELC"),
])
def test_return_between_two_calendar_ends(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a fiscal year's end is each company's own day
    ("Delta Capital close at the end of fiscal 2023 and at the end of fiscal 2024, and the return between those two dates",
     "between those two dates"),
    ("Delta Capital close in 2023 and in 2024, and the return between those two dates", "between those two dates"),
    ("Delta Capital close at the end of 2024 and at the end of 2023, and the return between those two dates",
     "between those two dates"),  # the later day first
])
def test_near_misses_of_return_between_two_ends(question: str, named: str) -> None:
    assert named in refused(question)


# --- 6. "A or B, but C" / "A or B, that also C": (A OR B) AND C -------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Banks with a P/E below 8 or a yield above 6%, but with positive free cash flow last year",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
     "(FG_PE(D0) < 8 OR FG_DIV_YIELD(D0) > 6) AND FF_FCF(FY2024) > 0)"),
    ("Banks with a P/E below 8 or a yield above 6%, which also had net income above 1 billion in 2024",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
     "(FG_PE(D0) < 8 OR FG_DIV_YIELD(D0) > 6) AND FF_NET_INC(FY2024) > 1000)"),
    ("Insurers with a P/B under 1 or a dividend yield above 5%, that also made money last year",
     'NAME, FG_PB(D0), FG_DIV_YIELD(D0), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
     "(FG_PB(D0) < 1 OR FG_DIV_YIELD(D0) > 5) AND FF_NET_INC(FY2024) > 0)"),
    ("Retailers with a P/E below 20 or a dividend yield above 2%, but did not have a negative return over the last 60 "
     "trading days",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0), P_RETURN(D-60, D0) FOR SCREEN(INDUSTRY("Retail"), '
     "(FG_PE(D0) < 20 OR FG_DIV_YIELD(D0) > 2) AND NOT (P_RETURN(D-60, D0) < 0))"),
])
def test_a_choice_then_a_clause_of_it(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Banks with a P/E below 8 or a yield above 6%, and positive free cash flow last year", "'and'"),  # r37's
    ("Banks with a P/E below 8 or a yield above 6% but positive free cash flow last year", "'or'"),  # no comma
    ("Banks with a P/E below 8, a yield above 6% or a P/B below 1, but positive free cash flow last year", "'and'"),
])
def test_near_misses_of_a_choice_then_a_clause(question: str, named: str) -> None:
    assert named in refused(question)


# --- 7. a wrong answer: "and up" before a period is no "or more" -----------------------------------------------------


def test_and_up_before_a_period_is_no_threshold() -> None:
    # it read FF_SALES(FY2024) >= 50000 and dropped the move over the six months
    message = refused("EUROPE index companies with sales above 50 billion last year and up over the past 6 months")
    assert "'up'" in message


@pytest.mark.parametrize(("question", "query"), [
    ("banks with sales of 5 billion and up", 'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) >= 5000)'),
    ("banks with sales of 5 billion or more in 2024",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) >= 5000)'),
    ("banks with a P/E of 10 and above", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) >= 10)'),
])
def test_and_up_as_or_more_still_read(question: str, query: str) -> None:
    assert q(question) == query


def test_and_up_in_a_year_is_refused() -> None:
    # "5 billion and up in 2024": at least 5bn in 2024, or the stock up in 2024? named
    assert "'up'" in refused("banks with sales of 5 billion and up in 2024")


# --- 8. "the same span" after one span said twice (SPEC 2's AVG / SUM / CAGR over p1..p2) -----------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Keystone Materials total net income from fiscal 2020 to 2024, the average EPS over those years, and the sales "
     "growth over the same period",
     "SUM(FF_NET_INC, FY2020, FY2024), AVG(FF_EPS, FY2020, FY2024), GROWTH(FF_SALES, FY2020, FY2024) FOR KEYM"),
    ("Keystone Materials average sales over FY2021-FY2024, total capex over the same years, and the EPS CAGR over that "
     "span", "AVG(FF_SALES, FY2021, FY2024), SUM(FF_CAPEX, FY2021, FY2024), CAGR(FF_EPS, FY2021, FY2024) FOR KEYM"),
    ("Keystone Materials total sales over FY2022-FY2024, the mean operating income over those years, and the sales CAGR "
     "for the same span",
     "SUM(FF_SALES, FY2022, FY2024), AVG(FF_OPER_INC, FY2022, FY2024), CAGR(FF_SALES, FY2022, FY2024) FOR KEYM"),
])
def test_the_same_span_after_one_span_said_twice(question: str, query: str) -> None:
    assert q(question) == query


def test_the_same_span_after_two_spans_is_refused() -> None:
    assert "for the same span" in refused(
        "Keystone Materials sales over FY2021-FY2023, net income over FY2022-FY2024, and the CAGR for the same span")

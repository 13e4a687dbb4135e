"""Round 44 (r44): review of round 43's rules. The unit word of millions has one home (``text.MILLIONS``,
``text.MILLIONS_M``, ``text.millions_said``); near misses of round 43's rules mended as classes: a clause said of a
choice that holds its own "or", a change asked in percent and in an amount (in millions, of a return), the year and
the range of its two ends in either order (``compose._restates``), "compare A to B" of one period twice."""

from __future__ import annotations

import pytest

from finql.translate import pipeline, text


def q(question: str) -> str | None:
    a = pipeline.translate(question)
    return a.reading.query() if a.reading is not None and not a.refusal else None


# --- the unit word of millions, one home ----------------------------------------------------------------------------

@pytest.mark.parametrize(("said", "found"), [
    ("EPS in mn GBP", [("in mn", True)]),
    ("sales in millions of pounds", [("in millions", True)]),
    ("sales in millions", [("in millions", False)]),
    ("sales (USD m)", [("USD m", True)]),
    ("net income in $m", [("$m", True)]),
    ("net income in mln euros", [("in mln", True)]),
    ("sales above $500m", []),
    ("sales in millions of the reporting currency", [("in millions", False)]),
])
def test_millions_said(said: str, found: list[tuple[str, bool]]) -> None:
    assert text.millions_said(said) == found


@pytest.mark.parametrize(("question", "query"), [
    # millions said before the currency's code or name, of an amount of money: read as before
    ("Northwind Systems sales for fiscal 2023 in mn GBP", "FF_SALES(FY2023) FOR NWSY IN GBP"),
    ("Northwind Systems net income for fiscal 2023 in mln euros", "FF_NET_INC(FY2023) FOR NWSY IN EUR"),
    ("Northwind Systems sales for fiscal 2023 in millions of pounds", "FF_SALES(FY2023) FOR NWSY IN GBP"),
    ("Northwind Systems net income for fiscal 2023 in pound millions", "FF_NET_INC(FY2023) FOR NWSY IN GBP"),
    ("Northwind Systems sales and EPS for fiscal 2023 in millions of pounds",
     "FF_SALES(FY2023), FF_EPS(FY2023) FOR NWSY IN GBP"),
])
def test_millions_of_money_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (the millions were dropped, the currency read: EPS in units of GBP)
    "Northwind Systems EPS for fiscal 2023 in mn GBP",
    "Northwind Systems EPS for fiscal 2023 in mln euros",
    "Falcon Software's P/E today in mn USD",
    "Northwind Systems EPS for fiscal 2023 in millions USD",
    # named before too
    "Northwind Systems EPS for fiscal 2023 in millions of pounds",
    "Northwind Systems EPS for fiscal 2023 (in mn)",
])
def test_millions_of_no_amount_named(question: str) -> None:
    assert q(question) is None


# --- a clause said of a choice that holds its own "or" -----------------------------------------------------------

@pytest.mark.parametrize("question", [
    # (read "(A OR B) AND C OR D": every bank with net income above 1bn kept, a wrong answer)
    "Which banks have a P/E below 8 or a dividend yield above 6%, but with positive free cash flow or net income above "
    "1 billion?",
    "Which insurers have a P/B under 1 or a dividend yield above 5%, that also had sales above 10 billion or net income "
    "above 2 billion last year?",
    "Which utilities had a P/E below 12 or a yield above 4%, which also had debt below 5 billion or cash above 1 billion?",
])
def test_clause_of_a_choice_with_its_own_or_named(question: str) -> None:
    assert q(question) is None


@pytest.mark.parametrize(("question", "query"), [
    ("Which banks have a P/E below 8 or a dividend yield above 6%, but with positive free cash flow?",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Banks"), (FG_PE(D0) < 8 OR '
     'FG_DIV_YIELD(D0) > 6) AND FF_FCF(FY2024) > 0)'),
    ("Which banks have a P/E below 8 or a dividend yield above 6%, but with positive free cash flow and net income above "
     "1 billion?",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_FCF(FY2024), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), (FG_PE(D0) < 8 '
     'OR FG_DIV_YIELD(D0) > 6) AND FF_FCF(FY2024) > 0 AND FF_NET_INC(FY2024) > 1000)'),
    ("Which banks have a P/E below 8 or a dividend yield above 6%, but not with positive free cash flow?",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Banks"), (FG_PE(D0) < 8 OR '
     'FG_DIV_YIELD(D0) > 6) AND NOT (FF_FCF(FY2024) > 0))'),
])
def test_clause_of_a_choice_read(question: str, query: str) -> None:
    assert q(question) == query


# --- a change asked in percent and as an amount -----------------------------------------------------------------

@pytest.mark.parametrize(("question", "query"), [
    # (the amount in millions was dropped: the growth alone)
    ("How much did Northwind Systems sales grow from fiscal 2022 to fiscal 2023, in percent and in millions of euros?",
     "GROWTH(FF_SALES, FY2022, FY2023), FF_SALES(FY2023) - FF_SALES(FY2022) FOR NWSY IN EUR"),
    ("How much did Northwind Systems net income change from fiscal 2022 to fiscal 2023, in percent and in millions?",
     "GROWTH(FF_NET_INC, FY2022, FY2023), FF_NET_INC(FY2023) - FF_NET_INC(FY2022) FOR NWSY"),
    ("Falcon Software's debt growth from FY2021 to FY2023 in millions of dollars and in percent",
     "GROWTH(FF_DEBT, FY2021, FY2023), FF_DEBT(FY2023) - FF_DEBT(FY2021) FOR FALC IN USD"),
    # near misses: one unit, or the dollars (read as before)
    ("How much did Northwind Systems sales grow from fiscal 2022 to fiscal 2023, in percent and in dollars?",
     "GROWTH(FF_SALES, FY2022, FY2023), FF_SALES(FY2023) - FF_SALES(FY2022) FOR NWSY IN USD"),
    ("How much did Northwind Systems sales grow from fiscal 2022 to fiscal 2023, in percent?",
     "GROWTH(FF_SALES, FY2022, FY2023) FOR NWSY"),
    ("How much did Northwind Systems sales grow from fiscal 2022 to fiscal 2023, in millions of euros?",
     "FF_SALES(FY2023) - FF_SALES(FY2022) FOR NWSY IN EUR"),
    ("How much did Northwind Systems EPS grow from fiscal 2022 to fiscal 2023, in percent and in dollars?",
     "GROWTH(FF_EPS, FY2022, FY2023), FF_EPS(FY2023) - FF_EPS(FY2022) FOR NWSY IN USD"),
])
def test_change_in_percent_and_an_amount(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (a return or a quotient's change, the amount dropped: the percent alone answered)
    "How much did Northwind Systems share price grow in 2023, in percent and in dollars?",
    "How much did Northwind Systems market cap grow in 2023, in percent and in dollars?",
    "Falcon Software's share price change over 2024, in dollars and in percent",
])
def test_change_in_percent_and_an_amount_with_no_difference_named(question: str) -> None:
    assert q(question) is None


@pytest.mark.parametrize(("question", "query"), [
    # a return in dollar terms, in percent (the currency is the computation's, no amount asked): read as before
    ("Apex Materials' share price return in 2024 in US dollars, in percent",
     "(P_PRICE(2024-12-31) / P_PRICE(2023-12-31) - 1) * 100 FOR APXM IN USD"),
    ("Apex Materials' share price change in 2024, measured in US dollars, in percent",
     "(P_PRICE(2024-12-31) / P_PRICE(2023-12-31) - 1) * 100 FOR APXM IN USD"),
])
def test_return_in_a_currency_in_percent_read(question: str, query: str) -> None:
    assert q(question) == query


# --- compose._restates: a year and the range of its two ends ---------------------------------------------------------

@pytest.mark.parametrize("question", [
    # (the year said after the range, with a comparison between: the slice was empty, read as a comma alone)
    "Northwind Systems debt change from the end of FY2022 to the end of FY2023, versus fiscal 2023",
    "Northwind Systems debt change from the end of FY2022 to the end of FY2023, compared with fiscal 2023",
    "Northwind Systems cash change from the end of FY2022 to the end of FY2023, against fiscal 2023",
])
def test_year_after_its_range_with_words_between_named(question: str) -> None:
    assert q(question) is None


@pytest.mark.parametrize(("question", "query"), [
    ("Northwind Systems debt change over fiscal 2023, from the end of FY2022 to the end of FY2023",
     "GROWTH(FF_DEBT, FY2022, FY2023) FOR NWSY"),
    ("Northwind Systems debt change from the end of FY2022 to the end of FY2023, over fiscal 2023",
     "GROWTH(FF_DEBT, FY2022, FY2023) FOR NWSY"),
    ("Northwind Systems debt change from the end of FY2022 to the end of FY2023, fiscal 2023",
     "GROWTH(FF_DEBT, FY2022, FY2023) FOR NWSY"),
    ("Northwind Systems sales growth over fiscal 2023, from the end of FY2022 to the end of FY2023",
     "GROWTH(FF_SALES, FY2022, FY2023) FOR NWSY"),
    ("Northwind Systems 5-year sales CAGR, FY2019 to FY2024", "CAGR(FF_SALES, FY2019, FY2024) FOR NWSY"),
])
def test_year_restated_by_its_range_read(question: str, query: str) -> None:
    assert q(question) == query


# --- "compare A to B" of one period twice ------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    # (FY2024 twice: one figure answered, the comparison dropped)
    "Compare Northwind Systems EPS today to a year ago",
    "Compare Northwind Systems fiscal 2024 EPS with a year ago",
    "Compare Northwind Systems EPS in fiscal 2024 and a year ago",
    "Compare Falcon Software's net income for the latest fiscal year to a year ago",
])
def test_compared_with_itself_named(question: str) -> None:
    assert q(question) is None


@pytest.mark.parametrize(("question", "query"), [
    ("Compare Northwind Systems Q2 2024 EPS to a year ago", "FF_EPS(FQ2024Q2), FF_EPS(FQ2023Q2) FOR NWSY"),
    ("Compare Northwind Systems share price today to a year ago", "P_PRICE(D0), P_PRICE(2024-01-15) FOR NWSY"),
    ("Compare Northwind Systems net income in fiscal 2023 and fiscal 2024",
     "FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR NWSY"),
    ("Compare Northwind Systems net income and sales in fiscal 2024", "FF_NET_INC(FY2024), FF_SALES(FY2024) FOR NWSY"),
    ("Northwind Systems P/E today vs a year ago", "FG_PE(D0), FG_PE(2024-01-15) FOR NWSY"),
])
def test_compared_near_misses_read(question: str, query: str) -> None:
    assert q(question) == query

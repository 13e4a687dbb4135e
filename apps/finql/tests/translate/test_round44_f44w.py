"""Round 44 (f44w): round 43's noticed list — wrong answers first (an "over" said before each period of a list, "a
year ago" of a quarter in a list or after the measure said again, the end of a bare year of a balance where year ends
differ, the balance sheet said of no item on it, "per share" restated of a total), then asides that change the query
(trading / calendar days said again with their contrast, a currency with a hedge of habit, "per share" after the
measure's period, a reason at a clause's edge). Rules alone; every phrasing here is this file's own (none taken from
a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. "over" said again before each period of a list: their preposition, no comparison ------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Northwind Systems net income over fiscal 2022 and over fiscal 2023",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR NWSY"),
    ("Northwind Systems sales over FY2022, over FY2023 and over FY2024",
     "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
    ("Falcon Software's operating income over fiscal 2021, and over fiscal 2023",
     "FF_OPER_INC(FY2021), FF_OPER_INC(FY2023) FOR FALC"),
    ("Northwind Systems return over 2022 and over 2023",
     "P_RETURN(2021-12-31, 2022-12-31), P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"),
    # (near misses: one "over", and "in ... and in" read as before)
    ("Northwind Systems net income over fiscal 2022", "FF_NET_INC(FY2022) FOR NWSY"),
    ("Northwind Systems net income in fiscal 2022 and in fiscal 2023", "FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR NWSY"),
])
def test_over_before_each_period(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (a screen: "over 2020" of a head count may be a threshold; a comparison word other than "over")
    "Which companies had employees over 2020 and over 2023",
    "Northwind Systems net income over fiscal 2022 and above fiscal 2023",
])
def test_over_not_a_list(question: str) -> None:
    refused(question)


# --- 2. "a year ago" after a quarter: in a list, or with the measure said again after "compare ... with" -----------


@pytest.mark.parametrize(("question", "query"), [
    ("compare Northwind Systems' Q3 revenue with its revenue a year ago", "FF_SALES(FQ2024Q3), FF_SALES(FQ2023Q3) FOR NWSY"),
    ("Compare Falcon Software's net income last quarter to its net income two years ago",
     "FF_NET_INC(FQ0), FF_NET_INC(FQ-8) FOR FALC"),
    ("compare the EPS of Northwind Systems in Q2 2024 with their EPS a year ago",
     "FF_EPS(FQ2024Q2), FF_EPS(FQ2023Q2) FOR NWSY"),
    ("Northwind Systems net income last quarter and a year ago", "FF_NET_INC(FQ0), FF_NET_INC(FQ-4) FOR NWSY"),
    ("Northwind Systems' Q3 revenue and its revenue a year ago", "FF_SALES(FQ2024Q3), FF_SALES(FQ2023Q3) FOR NWSY"),
    ("Falcon Software's EPS in Q2 2024 and two years ago", "FF_EPS(FQ2024Q2), FF_EPS(FQ2022Q2) FOR FALC"),
    ("the difference between NWSY's sales last quarter and three years ago", "FF_SALES(FQ0) - FF_SALES(FQ-12) FOR NWSY"),
    ("Northwind Systems net income last quarter and a year ago, and its P/E",
     "FF_NET_INC(FQ0), FF_NET_INC(FQ-4), FG_PE(D0) FOR NWSY"),
    # (near misses: another measure said bare, "a year ago" first, a year: SPEC 5's FY2024 as before)
    ("Northwind Systems net income last quarter and sales a year ago", "FF_NET_INC(FQ0), FF_SALES(FY2024) FOR NWSY"),
    ("Northwind Systems net income a year ago and last quarter", "FF_NET_INC(FY2024), FF_NET_INC(FQ0) FOR NWSY"),
    ("Northwind Systems net income last quarter and fiscal 2023", "FF_NET_INC(FQ0), FF_NET_INC(FY2023) FOR NWSY"),
])
def test_year_ago_of_a_quarter(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. the end of a year written in digits, of a balance: the project's documented reading kept (round 32, f32n: a
# bare year is fiscal; SPEC 1 and 5 are silent and the project wrote its choice down), not changed here -------------


@pytest.mark.parametrize(("question", "query"), [
    ("Ivory Bancorp's cash at the end of 2023", "FF_CASH(FY2023) FOR IVOR"),
    ("First Harbor Bank's cash at the end of 2023", "FF_CASH(FY2023) FOR FHB"),
    ("Ivory Bancorp's cash at the end of calendar 2023", "FF_CASH(FQ2024Q1) FOR IVOR"),
    ("Ivory Bancorp's cash at the end of 2023 (December 31)", "FF_CASH(FQ2024Q1) FOR IVOR"),
    ("What's Ivory Bancorp's net cash at the end of last year?", "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR IVOR"),
    ("Ivory Bancorp's price at the end of 2023", "P_PRICE(2023-12-31) FOR IVOR"),
])
def test_end_of_a_year_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. the balance sheet said of figures that are not on it -------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Northwind Systems' sales from last year's balance sheet",
    "Falcon Software's EPS on the fiscal 2023 balance sheet",
    "Northwind Systems' free cash flow from the prior fiscal year's balance sheet",
])
def test_balance_sheet_of_no_item(question: str) -> None:
    assert "balance sheet" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Northwind Systems' cash from last year's balance sheet", "FF_CASH(FY2024) FOR NWSY"),
    ("Northwind Systems' sales and cash from last year's balance sheet", "FF_SALES(FY2024), FF_CASH(FY2024) FOR NWSY"),
    ("Northwind Systems' net income over equity from last year's balance sheet",
     "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) FOR NWSY"),
])
def test_balance_sheet_of_an_item(question: str, query: str) -> None:
    assert q(question) == query


# --- 5. the kind of day said again, with its contrast: trading days read D-N, calendar days the span ------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was the lowest close of Eastgate Microdevices over the last 60 days, trading days that is, not calendar ones?",
     "P_LOW(D-60, D0) FOR EAST"),
    ("Indigo Semiconductor's highest close over the last 50 days (trading days, not calendar days)",
     "P_HIGH(D-50, D0) FOR INDI"),
    ("Indigo Semiconductor's lowest close over the last 30 days - trading days, I mean - and its P/E",
     "P_LOW(D-30, D0), FG_PE(D0) FOR INDI"),
    ("Indigo Semiconductor's highest close over the last 30 days (calendar days)", "P_HIGH(2024-12-16, D0) FOR INDI"),
    ("Indigo Semiconductor's highest close over the past 30 days, calendar days, not trading days",
     "P_HIGH(2024-12-16, D0) FOR INDI"),
    ("Indigo Semiconductor's lowest close over the last 30 days — calendar days, I mean — and its P/E",
     "P_LOW(2024-12-16, D0), FG_PE(D0) FOR INDI"),
])
def test_kind_of_day_said_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (a span the words do not change; a contrast with the same kind)
    "Indigo Semiconductor's highest close in 2023 (calendar days)",
    "Indigo Semiconductor's highest close over the last 30 days (trading days, not business days)",
    "Indigo Semiconductor's highest close over the last 30 days (calendar days, not trading days only)",
])
def test_kind_of_day_not_read(question: str) -> None:
    refused(question)


# --- 6. a currency said with a hedge of habit or course -----------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Fiscal 2024 sales of Ivory Genomics, always in francs", "FF_SALES(FY2024) FOR IVOG IN CHF"),
    ("Fiscal 2024 sales of Ivory Genomics, in francs, naturally", "FF_SALES(FY2024) FOR IVOG IN CHF"),
    ("Fiscal 2024 sales of Ivory Genomics in euros, as always", "FF_SALES(FY2024) FOR IVOG IN EUR"),
    ("Falcon Software's market cap today in dollars as usual", "FG_MKT_CAP(D0) FOR FALC IN USD"),
    ("Falcon Software's market cap today, naturally in yen", "FG_MKT_CAP(D0) FOR FALC IN JPY"),
])
def test_currency_with_a_hedge(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # ("always" of no currency is a word of time; a hedge said of nothing)
    "Which banks were always profitable from 2020 to 2024",
    "Falcon Software's market cap today, always",
    "Falcon Software's sales in 2024, as always",
])
def test_hedge_without_a_currency(question: str) -> None:
    refused(question)


# --- 7. per share after the measure's period, and restated ---------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Juniper Investments' equity for fiscal 2024 per share", "FF_EQUITY(FY2024) / FF_SHARES(FY2024) FOR JUNI"),
    ("Juniper Investments' equity at the end of fiscal 2024, per share", "FF_EQUITY(FY2024) / FF_SHARES(FY2024) FOR JUNI"),
    ("Juniper Investments' equity for fiscal 2024, per share, that is, divided by the share count",
     "FF_EQUITY(FY2024) / FF_SHARES(FY2024) FOR JUNI"),
    ("Pinnacle Telecom's free cash flow for fiscal 2024, so per share", "FF_FCF(FY2024) / FF_SHARES(FY2024) FOR PNTC"),
    ("Pinnacle Telecom's sales in fiscal 2024 per employee", "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR PNTC"),
    # (near misses: two measures and periods between, a per-share figure restated)
    ("Pinnacle Telecom's sales in 2023 and EPS in 2024 per share", "FF_SALES(FY2023), FF_EPS(FY2024) FOR PNTC"),
    ("Pinnacle Telecom's EPS for fiscal 2024, i.e. per share", "FF_EPS(FY2024) FOR PNTC"),
    ("Pinnacle Telecom's sales per employee for fiscal 2024, i.e. per head",
     "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR PNTC"),
])
def test_per_share_after_the_period(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # ("so per share" restated of a total: it was FF_FCF, the words dropped as a restatement of nothing)
    "Pinnacle Telecom's free cash flow, so per share",
    "Pinnacle Telecom's sales for fiscal 2024, i.e. per employee",
    "Pinnacle Telecom's free cash flow for fiscal 2024 (i.e. per share)",
    "Pinnacle Telecom's close today per share",
])
def test_per_share_not_dropped(question: str) -> None:
    refused(question)


# --- 8. a reason at a clause's edge takes the reason's check -------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Because Tesla is my favourite, which car maker has the highest P/E?",
    "Because I hold it, what is Falcon Software's P/E?",
    "Because I own shares in Tesla, what is Falcon Software's P/E?",
])
def test_reason_at_the_edge_refused(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Because my boss will ask, what is Falcon Software's P/E?", "FG_PE(D0) FOR FALC"),
    ("Because I need it for my notes, what is Falcon Software's P/E?", "FG_PE(D0) FOR FALC"),
    ("Since my auditor always asks, what is Falcon Software's P/E?", "FG_PE(D0) FOR FALC"),
])
def test_reason_at_the_edge_framing(question: str, query: str) -> None:
    assert q(question) == query


# --- 9. "by which I mean" (read on main already, by the definition step: kept here as near misses) and a dash ---


@pytest.mark.parametrize(("question", "query"), [
    ("the Metals & Mining companies' returns over the last three calendar years, by which I mean from the end of 2021 "
     "to the end of 2024", 'NAME, P_RETURN(2021-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Metals & Mining"))'),
    ("Falcon Software's sales in fiscal 2023, by which I mean the year ended September 2023", "FF_SALES(FY2023) FOR FALC"),
    ("Falcon Software's debt-to-equity, by which I mean debt over equity, for fiscal 2024",
     "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR FALC"),
    ("For Juniper Investments, equity at the end of fiscal 2024 - per share - and the price today?",
     "FF_EQUITY(FY2024) / FF_SHARES(FY2024), P_PRICE(D0) FOR JUNI"),
])
def test_by_which_i_mean(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (a restatement that says another period, bound or count: refused, never one of the two picked; "the last 3
    # years" counts back from the as-of date, so the calendar years restated are another span)
    "the Metals & Mining companies' returns over the last 3 years, by which I mean from the end of 2021 to the end of 2024",
    "Falcon Software's sales in fiscal 2023, by which I mean fiscal 2022",
    "Which banks have a P/E below 10, by which I mean below 12",
    "The top 5 banks by market cap, by which I mean the three largest",
])
def test_by_which_i_mean_disagrees(question: str) -> None:
    refused(question)

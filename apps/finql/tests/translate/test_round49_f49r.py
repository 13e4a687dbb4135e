"""Round 49 (f49r): a careful SPEC reader's answerable questions the rules refused, mended by class: a total said
again of the periods it runs over ("total capex summed over fiscal 2020 through fiscal 2024") for several companies
or a set, "state" as the request's verb after a frame said first ("For each bank, state ..."), "the latest trading
day in the data" listed before another date, and the growth from a reported figure to its consensus asked beside a
screen's rows. Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a total said again of its periods, for several companies or a set ------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Total capex summed over the last eight quarters for Brightwater Power and Sterling Power",
     "SUM(FF_CAPEX, FQ-7, FQ0) FOR BRIP, STEP"),
    ("Total net income summed over fiscal 2021 to fiscal 2023 for Falcon Software and Northwind Systems, in euros",
     "SUM(FF_NET_INC, FY2021, FY2023) FOR FALC, NWSY IN EUR"),
    ("For each bank, give total free cash flow summed over the last four fiscal years.",
     'NAME, SUM(FF_FCF, FY2021, FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
    ("Banks' total net income, added up across fiscal 2022 to fiscal 2024",
     'NAME, SUM(FF_NET_INC, FY2022, FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
])
def test_total_said_again_of_its_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a word that may sum across the companies: their joint total, or each one's? (left over, refused)
    ("Combined capex of Brightwater Power and Sterling Power summed over fiscal 2020 to fiscal 2024", "summed"),
    ("Total capex summed over fiscal 2020 through fiscal 2024 for Brightwater Power and Sterling Power together", "summed"),
    # "summed" said last, of no period: the companies' sum, as before
    ("Total capex for Brightwater Power and Sterling Power summed", "total"),
])
def test_total_said_again_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 2. "state" after a frame said first -----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("For each bank, state the P/E today.", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"))'),
    ("For Falcon Software, state the sales in fiscal 2024.", "FF_SALES(FY2024) FOR FALC"),
    ("For the banks in the EUROPE index, state net income last year.",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDEX(EUROPE) & INDUSTRY("Banks"))'),
])
def test_state_after_a_frame(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("For each bank, state of the P/E today?", "state"),
    ("For each state-owned bank, give the P/E today.", "state-owned"),
])
def test_state_after_a_frame_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 3. "the latest trading day in the data" listed before another date ----------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Closing price of Starlight Motors on the last trading day in the data and on 28 June 2024",
     "P_PRICE(D0), P_PRICE(2024-06-28) FOR STAR"),
    ("Market cap of Starlight Motors on the latest trading day in the data and at the end of 2023",
     "FG_MKT_CAP(D0), FG_MKT_CAP(2023-12-31) FOR STAR"),
    ("P/E of Falcon Software on the most recent trading session in the data and on 2024-03-28",
     "FG_PE(D0), FG_PE(2024-03-28) FOR FALC"),
])
def test_latest_day_in_the_data_listed(question: str, query: str) -> None:
    assert q(question) == query


def test_latest_day_of_a_period_stays() -> None:
    # a period's own last trading day is that period's, not D0 (as before)
    assert q("Closing price of Starlight Motors on the last trading day in 2023 and on 28 June 2024") == (
        "P_PRICE(2023-12-29), P_PRICE(2024-06-28) FOR STAR")


# --- 4. the growth to the consensus beside a screen's rows -------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("For the Beverages industry, FY2024 sales, FY1 consensus sales and the implied growth",
     'NAME, FF_SALES(FY2024), FE_SALES(FY1), (FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 '
     'FOR SCREEN(INDUSTRY("Beverages"))'),
    ("Every bank's name, FY2024 EPS and FY1 consensus EPS, plus the % change",
     'NAME, FF_EPS(FY2024), FE_EPS(FY1), (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR SCREEN(INDUSTRY("Banks"))'),
    ("Software companies: fiscal 2024 EPS, FY2025 consensus EPS and the implied growth",
     'NAME, FF_EPS(FY2024), FE_EPS(FY1), (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR SCREEN(INDUSTRY("Software"))'),
])
def test_growth_to_consensus_of_a_screen(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # two measures: whose growth? (refused as before)
    ("For the Beverages industry, FY2024 sales, FY1 consensus EPS and the implied growth", "growth"),
    ("Banks: FY2024 sales, P/E today and the growth", "growth"),
])
def test_growth_to_consensus_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 5. a span's end said with "up to" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's sales growth from fiscal 2020 up to fiscal 2024", "GROWTH(FF_SALES, FY2020, FY2024) FOR FALC"),
    ("Falcon Software's annualised EPS growth from three years ago up to last year", "CAGR(FF_EPS, FY2022, FY2024) FOR FALC"),
    ("Falcon Software's total capex from fiscal 2020 up to and including fiscal 2024",
     "SUM(FF_CAPEX, FY2020, FY2024) FOR FALC"),
    ("Falcon Software's highest close from 1 March 2024 up to today", "P_HIGH(2024-03-01, D0) FOR FALC"),
])
def test_span_up_to(question: str, query: str) -> None:
    assert q(question) == query


def test_span_up_to_a_bound_stays() -> None:
    # "from 10 up to 15" of a P/E is a bound, no span of periods: left as written (refused as before)
    assert "up to" in refused("Banks with a P/E from 10 up to 15").lower()


# --- 6. the compound rate said after the growth ---------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's EPS growth from fiscal 2020 to fiscal 2024, compounded annually",
     "CAGR(FF_EPS, FY2020, FY2024) FOR FALC"),
    ("Falcon Software's sales growth from fiscal 2020 to fiscal 2024, annualised", "CAGR(FF_SALES, FY2020, FY2024) FOR FALC"),
    ("Sales growth FY2019-FY2024 for Falcon Software, annualized, please", "CAGR(FF_SALES, FY2019, FY2024) FOR FALC"),
    ("Banks ranked by net income growth from fiscal 2020 to fiscal 2024, compounded annually, fastest first",
     'NAME, CAGR(FF_NET_INC, FY2020, FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT CAGR(FF_NET_INC, FY2020, FY2024) DESC'),
])
def test_compound_said_after(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # a compound rate needs two fiscal years (SPEC 2): quarters, or one year, stay refused
    "Falcon Software's sales growth from Q1 2024 to Q4 2024, annualised",
    "Falcon Software's sales growth in fiscal 2024, annualised",
    # a return is no growth: left as written
    "Falcon Software's return from 2020 to 2024, annualised",
])
def test_compound_said_after_near_misses(question: str) -> None:
    refused(question)


# --- 7. what a share is "going for" -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What's a Falcon Software share going for today?", "P_PRICE(D0) FOR FALC"),
    ("what's Falcon Software stock going for right now", "P_PRICE(D0) FOR FALC"),
    ("What were Falcon Software shares going for on 28 June 2024?", "P_PRICE(2024-06-28) FOR FALC"),
])
def test_share_going_for(question: str, query: str) -> None:
    assert q(question) == query


def test_company_going_for_stays() -> None:
    # no share or stock said: what the company "is going for" may be a target; left as written (refused as before)
    refused("What's Falcon Software going for today?")

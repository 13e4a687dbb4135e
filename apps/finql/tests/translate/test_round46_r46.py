"""Round 46 (r46): an adversary's near misses of round 45's rules. Each class below was a wrong answer (answered, but
meaning something else) found by phrasings of this file's own; each is mended (read where certain, else refused
naming the words) with near misses that must read as before. Rules alone; no phrasing is taken from a golden set."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

ABC = "Apex Materials, Falcon Software and Granite Water"


# --- 1. an order said in a sentence of its own by another measure (round 45's "which is the biggest? Largest first",
# f45t, and the older "Rank them" read the order as the first ranking's: sorted by the market value, the P/E a column)

@pytest.mark.parametrize(("question", "named"), [
    (f"{ABC}: which is the biggest by market value today? List them by P/E, highest first.", "p/e"),
    (f"{ABC}: which is the biggest by market value today? Sort them by sales, largest first.", "sales"),
    (f"{ABC}: which is the biggest by market value today? Rank them by P/E.", "p/e"),
    (f"{ABC}: which is the cheapest on P/E? Rank them by dividend yield.", "dividend yield"),
])
def test_an_order_by_another_measure_is_refused(question: str, named: str) -> None:
    message = refused(question)
    assert "ordered by another measure" in message and named in message.lower()


@pytest.mark.parametrize(("question", "query"), [
    (f"{ABC}: which is the biggest by market value today? Largest first, please.",
     "FG_MKT_CAP(D0) FOR APXM, FALC, GRWT SORT FG_MKT_CAP(D0) DESC IN USD"),
    (f"{ABC}: which is the biggest by market value today? Largest first, with their P/E.",
     "FG_MKT_CAP(D0), FG_PE(D0) FOR APXM, FALC, GRWT SORT FG_MKT_CAP(D0) DESC IN USD"),
    (f"{ABC}: which is the biggest by market value today? Rank them by market value.",
     "FG_MKT_CAP(D0) FOR APXM, FALC, GRWT SORT FG_MKT_CAP(D0) DESC IN USD"),
    (f"{ABC}: which is the biggest by market value today? Show market value, largest first.",
     "FG_MKT_CAP(D0) FOR APXM, FALC, GRWT SORT FG_MKT_CAP(D0) DESC IN USD"),
    (f"Which of {ABC} had the better return in 2024? Rank them.",
     "P_RETURN(2023-12-31, 2024-12-31) FOR APXM, FALC, GRWT SORT P_RETURN(2023-12-31, 2024-12-31) DESC"),
])
def test_the_same_order_or_a_column_beside_it_reads_as_before(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. a move of no direction said of a market figure that is no price (round 45 read "how much did its stock move"
# as the return, f45t; "how much did its P/E move ..., and what was its lowest close?" answered today's P/E, the move
# dropped and its span given to the low: round 25's check named only a reported figure's move)

@pytest.mark.parametrize("question", [
    "How much did Prairie Airways' P/E move over the last 10 trading days, and what was its lowest close?",
    "How much did Prairie Airways' volume move over the last 10 trading days, and what was its lowest close?",
    "How much did Prairie Airways' market cap move over the last 10 trading days, and what was its high?",
    "How much did Prairie Airways' dividend yield move in 2024, and what was its high?",
    "How much did Prairie Airways' market value move in 2024, and what was its low that year?",
])
def test_a_market_figures_move_is_named(question: str) -> None:
    assert "move" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("How much did Prairie Airways' stock move over the last 10 trading days, and what was its lowest close?",
     "P_RETURN(D-10, D0), P_LOW(D-10, D0) FOR PRAI"),
    ("How much did Prairie Airways' cash go up in fiscal 2024, and what was its P/E today?",
     "GROWTH(FF_CASH, FY2023, FY2024), FG_PE(D0) FOR PRAI"),
])
def test_the_stocks_move_and_a_figures_growth_read_as_before(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. one company said by a singular noun, "it's" or "did it do" after several (f45s's check read only "its")

@pytest.mark.parametrize(("question", "named"), [
    ("Apex Materials and Falcon Software. What is the P/E of the company?", "the company"),
    ("Apex Materials and Falcon Software. What is this company's P/E?", "this company's"),
    ("Apex Materials and Falcon Software: what was the firm's net income in fiscal 2024?", "the firm's"),
    ("I hold Apex Materials and Falcon Software. How much debt did the company carry at the end of fiscal 2024?",
     "the company"),
    ("Apex Materials and Granite Water. What was it's EPS in fiscal 2024?", "it's"),
    ("My wife flies Copperfield Air and Prairie Airways. What was it's net income in fiscal 2024?", "it's"),
    ("Apex Materials and Granite Water. How has it performed in 2024?", "'it'"),
    ("My wife flies Copperfield Air and Prairie Airways. How did it do in 2024?", "'it'"),
])
def test_one_company_said_after_several_is_refused(question: str, named: str) -> None:
    message = refused(question)
    assert "names one company, and several were named before it" in message and named in message.lower()


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials and Falcon Software. Which is the company with the highest P/E?",
     "FG_PE(D0) FOR APXM, FALC SORT FG_PE(D0) DESC TOP 1"),
    ("Apex Materials and Falcon Software. What is each company's P/E?", "FG_PE(D0) FOR APXM, FALC"),
    ("Apex Materials and Falcon Software. What is their P/E?", "FG_PE(D0) FOR APXM, FALC"),
    ("My pension fund holds Delta Insurance. How much debt did the company carry at the end of its last financial "
     "year?", "FF_DEBT(FY2024) FOR DELT"),
    ("My wife flies Copperfield Air. What was it's net income in fiscal 2024?", "FF_NET_INC(FY2024) FOR COPP"),
    ("Apex Materials and Granite Water. What was their net income in fiscal 2024? It's urgent.",
     "FF_NET_INC(FY2024) FOR APXM, GRWT"),
    ("My wife flies Copperfield Air and Prairie Airways. What was their net income in fiscal 2024? Show it in USD.",
     "FF_NET_INC(FY2024) FOR COPP, PRAI IN USD"),
])
def test_one_company_or_a_plural_reads_as_before(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. f45s's ``_context_segments`` skip (a sentence of the asker's naming several companies is kept where the rest
# says "it"): reached where the compose check does not fire ("for it" is no possessive); with the skip broken the
# sentence is dropped as context and both companies answered

def test_the_context_skip_for_several_companies_is_reached() -> None:
    question = "I have flown Copperfield Air and Prairie Airways for years. What was net income for it in fiscal 2024?"
    assert "flown" in refused(question)


def test_the_context_skip_keeps_one_company() -> None:
    assert q("I have flown Copperfield Air for years. What was net income for it in fiscal 2024?") \
        == "FF_NET_INC(FY2024) FOR COPP"


# --- 5. a forward P/E under a screen's bound (f45p read "a P/E below 10 on fiscal 2023 EPS"; on the consensus it was
# the trailing P/E compared, the estimate a column)

@pytest.mark.parametrize(("question", "query"), [
    ("Which industrials have a P/E below 10 on fiscal 2025 EPS estimates?",
     'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(SECTOR("Industrials"), P_PRICE(D0) / FE_EPS(FY1) < 10)'),
    ("Which banks trade at a P/E under 12 on consensus EPS for FY2?",
     'NAME, P_PRICE(D0) / FE_EPS(FY2) FOR SCREEN(INDUSTRY("Banks"), P_PRICE(D0) / FE_EPS(FY2) < 12)'),
    ("Which utilities have a P/E of less than 15 on next year's consensus earnings?",
     'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(SECTOR("Utilities"), P_PRICE(D0) / FE_EPS(FY1) < 15)'),
    ("Which banks have a P/E above 20 using FY1 consensus EPS?",
     'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY("Banks"), P_PRICE(D0) / FE_EPS(FY1) > 20)'),
])
def test_a_forward_pe_under_a_bound_is_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    ("Which industrials have a P/E below 10 on fiscal 2023 EPS?",
     'NAME, P_PRICE(D0) / FF_EPS(FY2023) FOR SCREEN(SECTOR("Industrials"), P_PRICE(D0) / FF_EPS(FY2023) < 10)'),
    ("Which industrials have a P/E below 10, with consensus EPS for fiscal 2025?",
     'NAME, FG_PE(D0), FE_EPS(FY1) FOR SCREEN(SECTOR("Industrials"), FG_PE(D0) < 10)'),
    ("Which industrials have a P/E below 10 and consensus EPS for fiscal 2025 above 2?",
     'NAME, FG_PE(D0), FE_EPS(FY1) FOR SCREEN(SECTOR("Industrials"), FG_PE(D0) < 10 AND FE_EPS(FY1) > 2)'),
])
def test_a_reported_year_or_the_estimate_beside_reads_as_before(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Which industrials have a P/E below 10 on fiscal 2025 sales estimates?",
    "Which industrials have a P/E below 10 on net income estimates for fiscal 2025?",
])
def test_a_multiple_under_a_bound_on_another_estimate_is_refused(question: str) -> None:
    assert "a multiple on a figure it is not taken on" in refused(question)


# --- 6. "the FY (fiscal year) before" counted from a quarter (round 45's "the FY before", f45t, read FQ2023Q3 after
# Q3 2024: the same quarter a year before, where the fiscal year itself may be meant)

@pytest.mark.parametrize(("question", "named"), [
    ("Apex Materials net income for Q3 2024 and the FY before", "fy before"),
    ("Apex Materials net income for Q3 2024 and the fiscal year before", "fiscal year before"),
    ("Apex Materials net income last quarter and the FY before that", "fy before"),
    ("Apex Materials net income for Q2 2024 and the financial year before", "financial year before"),
])
def test_a_fiscal_year_before_a_quarter_is_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials net income for Q3 2024 and the year before",
     "FF_NET_INC(FQ2024Q3), FF_NET_INC(FQ2023Q3) FOR APXM"),
    ("Apex Materials net income last FY and the FY before", "FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR APXM"),
    ("Apex Materials net income in FY2022 and the FY before", "FF_NET_INC(FY2022), FF_NET_INC(FY2021) FOR APXM"),
    ("Apex Materials sales in the most recent fiscal year and in the fiscal year before that.",
     "FF_SALES(FY2024), FF_SALES(FY2023) FOR APXM"),
])
def test_a_year_before_a_quarter_or_a_year_reads_as_before(question: str, query: str) -> None:
    assert q(question) == query

"""Round 48 (f48x): four wrong readings r48 noticed and left, mended by class: the latest day (session) in a year or a
month; a measure said after a price's high and its verb; a figure said "off" another that no multiple reads; a
follow-up's topic set off by a semicolon or a double dash. Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. the latest day (session) in a year or a month: that period's last trading day ---------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was Falcon Software's close on the latest day in 2023?", "P_PRICE(2023-12-29) FOR FALC"),
    ("Falcon Software's close on the most recent session in 2023", "P_PRICE(2023-12-29) FOR FALC"),
    ("Westbrook Consulting close on the latest trading day of 2023", "P_PRICE(2023-12-29) FOR WEST"),
    ("Falcon Software's share price on the most recent trading session during 2023", "P_PRICE(2023-12-29) FOR FALC"),
    ("Falcon Software's close on the last trading day in June 2023", "P_PRICE(2023-06-30) FOR FALC"),
])
def test_latest_day_in_a_period(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Falcon Software's close on the latest day in fiscal 2023",
    "Falcon Software's close on the latest day in Q3 2023",
])
def test_latest_day_in_another_period_named(question: str) -> None:
    assert "day" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's close on the latest day", "P_PRICE(D0) FOR FALC"),
    ("Falcon Software's close on the latest trading day in the data", "P_PRICE(D0) FOR FALC"),
    ("Falcon Software's close on the most recent session in the data", "P_PRICE(D0) FOR FALC"),
    ("Falcon Software's close on the last day of 2023", "P_PRICE(2023-12-29) FOR FALC"),
    ("Falcon Software's close on the last trading day of June 2024", "P_PRICE(2024-06-28) FOR FALC"),
    ("Falcon Software's close on the latest day, and its 2023 net income", "P_PRICE(D0), FF_NET_INC(FY2023) FOR FALC"),
    ("Falcon Software's close on the last trading day and its net income in 2023",
     "P_PRICE(D0), FF_NET_INC(FY2023) FOR FALC"),
])
def test_latest_day_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. a measure said after a price's high (low) and its verb -------------------------------------------------


@pytest.mark.parametrize("question", [
    "How far below its 52-week high is Falcon Software's P/E?",
    "How much under its 2024 peak is Falcon Software's dividend yield?",
    "How far above their 52-week lows are Falcon Software's and Westbrook Consulting's P/E ratios?",
    "By what percent off its high was Falcon Software's market cap?",
])
def test_measure_after_an_extreme_named(question: str) -> None:
    assert "another measure than the price" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("How far below its 52-week high is Falcon Software trading?",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR FALC"),
    ("How far below its 52-week high is Falcon Software?", "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR FALC"),
    ("How far below its 52-week high is Falcon Software, and what is its P/E?",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100, FG_PE(D0) FOR FALC"),
    ("How far is Falcon Software's share price below its 52-week high?",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR FALC"),
    ("How far below its 52-week high is Falcon Software stock?",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR FALC"),
])
def test_extreme_then_price_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. a figure said "off" another that no multiple reads --------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Falcon Software's market cap off fiscal 2023 sales",
    "Falcon Software's market cap on fiscal 2023 sales",
    "Falcon Software's market cap using 2023 sales",
    "Falcon Software's net income off fiscal 2023 sales",
    "Falcon Software's enterprise value off fiscal 2023 net income",
])
def test_figure_off_another_named(question: str) -> None:
    assert "no multiple reads" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's P/E off fiscal 2023 EPS", "P_PRICE(D0) / FF_EPS(FY2023) FOR FALC"),
    ("Falcon Software's P/S off fiscal 2023 sales", "FG_MKT_CAP(D0) / FF_SALES(FY2023) FOR FALC"),
    ("Falcon Software's dividend yield off fiscal 2023 dividends", "FF_DPS(FY2023) / P_PRICE(D0) * 100 FOR FALC"),
    ("Falcon Software's P/E on fiscal 2023 EPS", "P_PRICE(D0) / FF_EPS(FY2023) FOR FALC"),
    ("Falcon Software's market cap and fiscal 2023 sales", "FG_MKT_CAP(D0), FF_SALES(FY2023) FOR FALC"),
    ("How much is Falcon Software off its 52-week high?", "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR FALC"),
    ("Falcon Software's market cap on the last trading day of 2023 and its 2023 sales",
     "FG_MKT_CAP(2023-12-29), FF_SALES(FY2023) FOR FALC"),
])
def test_off_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. a follow-up's topic set off by a semicolon or a double dash ----------------------------------------------


@pytest.mark.parametrize("question", [
    "Same question, but for Westbrook Consulting; what is Falcon Software's P/E?",
    "Same question, but for Westbrook Consulting -- what is Falcon Software's P/E?",
    "Following up on Westbrook Consulting; what is Falcon Software's net income in 2023?",
    "Back to Westbrook Consulting -- how did Falcon Software's shares do in 2024?",
    "As for Westbrook Consulting; what is Falcon Software's P/E?",
])
def test_topic_after_semicolon_or_dash_named(question: str) -> None:
    assert "westbrook consulting" in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    ("Same question, but for Westbrook Consulting; what is its P/E?", "FG_PE(D0) FOR WEST"),
    ("Following up on Westbrook Consulting -- what is Westbrook Consulting's P/E?", "FG_PE(D0) FOR WEST"),
    ("Back to Westbrook Consulting; how did its shares do in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR WEST"),
    ("Sticking with 2023; what was Falcon Software's net income?", "FF_NET_INC(FY2023) FOR FALC"),
])
def test_topic_after_semicolon_still_read(question: str, query: str) -> None:
    assert q(question) == query

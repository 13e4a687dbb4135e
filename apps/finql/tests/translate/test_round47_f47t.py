"""Round 47 (f47t): classes from tune45a (a careful SPEC reader, a ship broker, a tailor). Three wrong answers, each a
word dropped without a word: the close said "at" its own high or low of a range that ends today (the close and the
high were two columns), "the change between them" with the company named between the periods and the change (the
growth, where "the change between the two" is the difference), "how many of them are in that consensus" (the count
of analysts dropped) and a count of nothing ("and how many of them are there?", dropped); and "wherever they are" said
of a set (every country, as "regardless of country"). Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. the close at its own high or low of a range that ends today ----------------------------------------------


@pytest.mark.parametrize(("question", "condition"), [
    ("Which banks closed today at their lowest close of the past 30 trading days?",
     "(P_PRICE(D0) / P_LOW(D-30, D0) - 1) * 100 <= 0"),
    ("Which utilities closed on the latest trading day at their highest close of the last 20 trading days?",
     "(P_PRICE(D0) / P_HIGH(D-20, D0) - 1) * 100 >= 0"),
    ("Which energy stocks closed at their lowest close since 1 June 2024?",
     "(P_PRICE(D0) / P_LOW(2024-06-01, D0) - 1) * 100 <= 0"),
    ("Which NX100 names closed at their highest close of the last 90 trading days?",
     "(P_PRICE(D0) / P_HIGH(D-90, D0) - 1) * 100 >= 0"),
])
def test_closed_at_its_extreme(question: str, condition: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(f", {condition})")


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a close on another day, a past year's high, the vaguer "at a 60-day high", a record set in a year)
    ("Which NX100 stocks closed on 2024-06-28 at their highest close of the last 60 trading days?", "closed on 2024-06-28"),
    ("Which NX100 stocks closed at their highest close of 2023?", "closed at their highest close"),
    ("Which NX100 stocks are at a 60-day high?", "60-day high"),
    ("Which banks saw their highest close in 2024?", "saw their highest close"),
])
def test_closed_at_its_extreme_refused(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. the change between two periods, the company said between -------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Net income in FY2022 and FY2024 of Falcon Software, and the change between the two",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2024), FF_NET_INC(FY2024) - FF_NET_INC(FY2022) FOR FALC"),
    ("Headcount in fiscal 2020 and fiscal 2024 at Orbital Aerospace, plus the change",
     "FF_EMPLOYEES(FY2020), FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2024) - FF_EMPLOYEES(FY2020) FOR ORBA"),
    ("Debt three years ago and last year for Falcon Software, and the change between them",
     "FF_DEBT(FY2022), FF_DEBT(FY2024), FF_DEBT(FY2024) - FF_DEBT(FY2022) FOR FALC"),
    # (near misses: said in percent, or as growth, it stays the growth)
    ("Sales in FY2023 and FY2024 for Falcon Software, and the percentage change between them",
     "FF_SALES(FY2023), FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
    ("Sales in FY2023 and FY2024 for Falcon Software, and the growth",
     "FF_SALES(FY2023), FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
])
def test_change_with_company_between(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. how many of them are in that consensus; a count of nothing -------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Analysts' FY2025 sales forecast for Falcon Software - how many of them are behind it?",
     "FE_SALES(FY1), FE_NUM(FY1) FOR FALC"),
    ("What EPS do analysts pencil in for Westbrook Consulting next year, and how many of them make up the consensus?",
     "FE_EPS(FY1), FE_NUM(FY1) FOR WEST"),
    ("What do analysts expect Falcon Software to earn per share in FY2026, and how many of them are in the consensus?",
     "FE_EPS(FY2), FE_NUM(FY2) FOR FALC"),
])
def test_how_many_of_them_in_consensus(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "What is Falcon Software's EPS in fiscal 2024, and how many of them are there?",
    "What do analysts expect Falcon Software to earn per share in FY2026, and how many of them?",
    "Falcon Software's FY2025 EPS estimate, and how many are in it?",
])
def test_count_of_nothing_refused(question: str) -> None:
    assert "how many" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: a count with its noun or measure reads as before)
    ("How many people work at Falcon Software?", "FF_EMPLOYEES(FY2024) FOR FALC"),
    ("By how many percent did Falcon Software's sales change from FY2023 to FY2024?",
     "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
    ("How many analysts cover Falcon Software?", "FE_NUM(FY1) FOR FALC"),
])
def test_count_with_its_noun(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. "wherever they are" said of a set --------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Every bank, wherever they're based, with a P/E under 8",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 8)"),
    ("Utilities whatever their country, with a dividend yield above 5%",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) > 5)"),
    ("Canadian energy companies and all utilities, wherever they are listed.",
     "NAME FOR SCREEN(SECTOR(\"Energy\") & COUNTRY(\"Canada\") | SECTOR(\"Utilities\"))"),
])
def test_wherever_they_are(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: more said after it)
    "Show me all utilities, wherever they are cheapest",
    "utilities wherever they are listed in Europe",
])
def test_wherever_with_more_refused(question: str) -> None:
    assert "wherever" in refused(question)

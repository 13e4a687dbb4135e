"""Round 44 (f44p): the careful SPEC reader's refusals and a wrong answer — a growth's bound said between its verb and
its base period, an amount between two periods of one figure (their difference; it was the first figure's level, the
second dropped), a fall from a high or a rise from a low bounded, and a stock that sits (stands, closes today) within or
beyond its high or low. Rules alone; every phrasing here is this file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a growth's bound said between its verb and its base period (SPEC 2's GROWTH, SPEC 5's same quarter a year earlier) ---

@pytest.mark.parametrize(("question", "query"), [
    ("Airlines whose sales in fiscal 2024 grew more than 5% versus fiscal 2023",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("Airlines whose sales in fiscal 2024 grew by over 5% over fiscal 2023",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("Airlines whose sales in fiscal 2024 grew by more than 5% from fiscal 2023",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("Airlines whose fiscal 2024 sales grew more than 5% over fiscal 2023",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("Airlines whose latest-quarter sales grew more than 5% on the same quarter last year",
     "NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FQ-4, FQ0) > 5)"),
    ("Airlines whose sales in the latest quarter grew more than 5% versus the same quarter last year",
     "NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FQ-4, FQ0) > 5)"),
    ("Airlines whose sales last quarter rose more than 5% on the same quarter a year earlier",
     "NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FQ-4, FQ0) > 5)"),
    ("Banks whose net income in fiscal 2023 fell by more than 10% compared with fiscal 2022",
     "NAME, GROWTH(FF_NET_INC, FY2022, FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), GROWTH(FF_NET_INC, FY2022, FY2023) < -10)"),
    ("Airlines whose sales in fiscal 2024 grew more than 5% on fiscal 2023",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("Airlines whose sales grew more than 5% in fiscal 2024 versus fiscal 2023",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("Airlines whose sales grew more than 5% in the latest quarter versus the same quarter last year",
     "NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FQ-4, FQ0) > 5)"),
])
def test_growth_bound_before_its_base(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Airlines whose sales in fiscal 2024 grew 5% over fiscal 2023", "fiscal 2023"),
    ("Airlines whose sales in fiscal 2024 grew more than 5% over fiscal 2023 and fiscal 2022", "fiscal 2023 and fiscal 2022"),
    ("Did Falcon Software's sales in fiscal 2024 grow more than 5% over fiscal 2023?", "yes/no"),
])
def test_near_misses_of_the_growth_bound(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. an amount said between two periods of one figure bounds their difference (a wrong answer at base44) -------

@pytest.mark.parametrize(("question", "query"), [
    ("Airlines whose sales in fiscal 2024 were more than 5000 over fiscal 2023",
     "NAME, FF_SALES(FY2024) - FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Airlines\"), FF_SALES(FY2024) - FF_SALES(FY2023) > 5000)"),
    ("Airlines whose sales in fiscal 2024 were more than 500 million above fiscal 2023",
     "NAME, FF_SALES(FY2024) - FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Airlines\"), FF_SALES(FY2024) - FF_SALES(FY2023) > 500)"),
    ("Airlines whose fiscal 2024 sales were at least 1 billion over their fiscal 2023 sales",
     "NAME, FF_SALES(FY2024) - FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Airlines\"), FF_SALES(FY2024) - FF_SALES(FY2023) >= 1000)"),
    ("Banks whose net income in fiscal 2024 was more than 200 million below fiscal 2023",
     "NAME, FF_NET_INC(FY2023) - FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), FF_NET_INC(FY2023) - FF_NET_INC(FY2024) > 200)"),
    ("Banks whose EPS in fiscal 2024 was more than 1 above fiscal 2023",
     "NAME, FF_EPS(FY2024) - FF_EPS(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_EPS(FY2024) - FF_EPS(FY2023) > 1)"),
    ("Banks whose debt in fiscal 2024 was more than $2bn above fiscal 2022",
     "NAME, FF_DEBT(FY2024) - FF_DEBT(FY2022) FOR SCREEN(INDUSTRY(\"Banks\"), FF_DEBT(FY2024) - FF_DEBT(FY2022) > 2000) IN USD"),
    ("Airlines whose sales in fiscal 2024 were more than 5% over fiscal 2023",
     "NAME, FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Airlines\"), FF_SALES(FY2024) > FF_SALES(FY2023) * 1.05)"),
    ("Airlines whose sales in fiscal 2024 were more than 5000",
     "NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY(\"Airlines\"), FF_SALES(FY2024) > 5000)"),
    ("Airlines whose sales in fiscal 2024 exceeded fiscal 2023 by more than 500",
     "NAME, FF_SALES(FY2024) - FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Airlines\"), FF_SALES(FY2024) - FF_SALES(FY2023) > 500)"),
    ("Banks with sales above 5000 over fiscal 2023",
     "NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_SALES(FY2023) > 5000)"),
])
def test_amount_between_two_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Banks whose net income in fiscal 2024 was less than 200 million above fiscal 2023", "less than 200 million above fiscal 2023"),
])
def test_near_misses_of_the_amount_between(question: str, named: str) -> None:
    assert named in refused(question)


# --- 3. a fall from a high (a rise from a low) bounded: the distance from it (SPEC 2's P_HIGH / P_LOW) ------------

@pytest.mark.parametrize(("question", "query"), [
    ("Which Communication Services stocks have fallen more than 10% from their 2024 high?",
     "NAME, (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(SECTOR(\"Communication Services\"), (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 < -10)"),
    ("Which Communication Services stocks have fallen more than 10% from their highest close of 2024?",
     "NAME, (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(SECTOR(\"Communication Services\"), (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 < -10)"),
    ("Which banks have dropped by at least 15% from their 52-week high?",
     "NAME, (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 <= -15)"),
    ("Which banks are down more than 20% from their high of the last 250 trading days?",
     "NAME, (P_PRICE(D0) / P_HIGH(D-250, D0) - 1) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), (P_PRICE(D0) / P_HIGH(D-250, D0) - 1) * 100 < -20)"),
    ("Which Consumer Staples stocks have risen more than 30% from their lowest close of 2024?",
     "NAME, (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(SECTOR(\"Consumer Staples\"), (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 > 30)"),
    ("Which utilities have rallied at least 25% from their 52-week low?",
     "NAME, (P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 FOR SCREEN(SECTOR(\"Utilities\"), (P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 >= 25)"),
    ("Which banks have fallen less than 5% from their 52-week high?",
     "NAME, (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 > -5)"),
    ("Which banks are more than 10% below their 2024 high?",
     "NAME, (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 < -10)"),
])
def test_move_from_an_extreme_bounded(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks have fallen more than 10% from their 2023 high?", "from their 2023 high"),
    ("Which banks have risen more than 10% from their 2024 high?", "10%"),
    ("Which banks have fallen more than 10% from their 2024 low?", "10%"),
    ("Which banks have fallen more than 10% since their 2024 high?", "since"),
])
def test_near_misses_of_the_move_from_an_extreme(question: str, named: str) -> None:
    assert named in refused(question)


# --- 4. a stock that sits (stands, closes today) within or beyond its high or low ---------------------------------

@pytest.mark.parametrize(("question", "query"), [
    ("Which Consumer Staples stocks now sit more than 30% above their lowest close of 2024?",
     "NAME, (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(SECTOR(\"Consumer Staples\"), (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 > 30)"),
    ("Which banks sit at least 20% below their 52-week high?",
     "NAME, (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 <= -20)"),
    ("Which utilities are standing more than 10% above their 2024 low?",
     "NAME, (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(SECTOR(\"Utilities\"), (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 > 10)"),
    ("Materials stocks closing today within 5% of their highest close of the last 250 trading days",
     "NAME, (P_PRICE(D0) / P_HIGH(D-250, D0) - 1) * 100 FOR SCREEN(SECTOR(\"Materials\"), (P_PRICE(D0) / P_HIGH(D-250, D0) - 1) * 100 >= -5)"),
    ("Which banks currently sit within 10% of their 52-week high?",
     "NAME, (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 >= -10)"),
    ("Which Consumer Staples stocks now trade more than 30% above their lowest close of 2024?",
     "NAME, (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(SECTOR(\"Consumer Staples\"), (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 > 30)"),
])
def test_sits_by_an_extreme(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks sit furthest below their 52-week high?", "sit"),
    ("Which banks sit more than 30% above their P/E?", "sit"),
    ("Which banks sit on a P/E above 10?", "sit"),
    ("Which banks sit more than 30% above their 2023 low?", "2023 low"),
])
def test_near_misses_of_sits(question: str, named: str) -> None:
    assert named in refused(question)

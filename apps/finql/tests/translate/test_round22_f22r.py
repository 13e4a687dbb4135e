"""Round 22, f22r: a refusal census over every tuning set at once; the broadest causes fixed as classes (a period
said as the start of a span to today, a day and a year after a month, a light verb of making money, a sum said twice,
the other extreme of the same prices with its noun left out)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "want"), [
    ("Helix Biotherapeutics' return from June 2024 to today", "P_RETURN(2024-05-31, D0) FOR HLXB"),
    ("How did Helix Biotherapeutics' shares do from June 2024 until now?", "P_RETURN(2024-05-31, D0) FOR HLXB"),
    ("share price return of Helix Biotherapeutics from September 2023 through today",
     "P_RETURN(2023-08-31, D0) FOR HLXB"),
    ("Helix Biotherapeutics stock return from 2022 to now", "P_RETURN(2021-12-31, D0) FOR HLXB"),
    ("Helix Biotherapeutics' return from 2023 till today", "P_RETURN(2022-12-31, D0) FOR HLXB"),
])
def test_a_calendar_period_to_today_is_a_span_from_its_start(question: str, want: str) -> None:
    # before: "to today" was dropped and the return was the month's (the year's) alone
    assert q(question) == want


@pytest.mark.parametrize("question", [
    "Helix Biotherapeutics' return from Q3 2024 to today",
    "Helix Biotherapeutics' return from the second half of 2023 until now",
])
def test_another_period_to_today_is_refused(question: str) -> None:
    # before: the quarter's (the half's) return alone, "to today" dropped
    assert "not understood" in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    ("Return on Helix Biotherapeutics from June 3 2024 to today", "P_RETURN(2024-06-03, D0) FOR HLXB"),
    ("Helix Biotherapeutics' share price return from April 18 2024 to the latest close",
     "P_RETURN(2024-04-18, D0) FOR HLXB"),
    ("Helix Biotherapeutics' return from May 20 2024 until now", "P_RETURN(2024-05-20, D0) FOR HLXB"),
])
def test_a_day_then_a_year_after_a_month_is_a_date(question: str, want: str) -> None:
    # before: "June 3 2024" was fine but a day from 15 to 24 was read as a two-digit year ("April 2018 2024")
    assert q(question) == want


def test_a_month_and_two_digits_beside_a_move_stay_a_month() -> None:
    assert q("hi mar 24 vs hi apr 24 for HLXB") == \
        "P_HIGH(2024-03-01, 2024-03-31), P_HIGH(2024-04-01, 2024-04-30) FOR HLXB"


@pytest.mark.parametrize(("question", "want"), [
    ("Which four insurers earned the best ROE last year?",
     'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Insurance")) '
     'SORT FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 DESC TOP 4'),
    ("Which retailers run a net margin below 3%?",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Retail"), '
     'FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 < 3)'),
    ("How much free cash flow did Falcon Software earn in fiscal 2023?", "FF_FCF(FY2023) FOR FALC"),
    ("What operating margin did Monarch Home Products and Ashford Brands earn last year?",
     "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR MHP, ASHF"),
])
def test_a_light_verb_with_its_measure_named(question: str, want: str) -> None:
    # before: "earn" / "run" refused as words FinQL cannot express
    assert q(question) == want


@pytest.mark.parametrize("question", [
    "Which banks earn the most?",  # what is earned is not named next to the verb
    "Which companies ran up their debt last year?",
    "Falcon Software ran its stock price up in 2024",
])
def test_a_light_verb_without_its_measure_is_still_refused(question: str) -> None:
    assert "not understood" in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    ("total capex of Brightwater Power summed over fiscal 2020 to fiscal 2024", "SUM(FF_CAPEX, FY2020, FY2024) FOR BRIP"),
    ("What were Harbor Freight Lines' total sales over the last three fiscal years, all added up?",
     "SUM(FF_SALES, FY2022, FY2024) FOR HFL"),
])
def test_a_sum_said_twice_of_one_company(question: str, want: str) -> None:
    # before: the second sum word ("summed", "added up") was left over and refused
    assert q(question) == want


def test_a_sum_said_twice_of_several_companies_is_still_refused() -> None:
    # of several companies, "added up" may be their sum
    assert "not understood" in refused(
        "total sales over the last 3 fiscal years for Harbor Freight Lines and Falcon Software added up")


@pytest.mark.parametrize(("question", "want"), [
    ("What was the highest closing price for Atlas Mining in the first half of 2024, and the lowest?",
     "P_HIGH(2024-01-01, 2024-06-30), P_LOW(2024-01-01, 2024-06-30) FOR ATLM"),
    ("Atlas Mining's lowest close over the last 30 trading days and highest over the same window.",
     "P_LOW(D-30, D0), P_HIGH(D-30, D0) FOR ATLM"),
    ("Give me Atlas Mining's highest share price in the first half of 2024 and the lowest.",
     "P_HIGH(2024-01-01, 2024-06-30), P_LOW(2024-01-01, 2024-06-30) FOR ATLM"),
])
def test_the_other_extreme_with_its_noun_left_out(question: str, want: str) -> None:
    # before: the second extreme ("and the lowest?") was left over and refused
    assert q(question) == want


@pytest.mark.parametrize("question", [
    "What was the highest closing price for Atlas Mining during 2024, and the lowest P/E?",  # another measure
    "Give me Atlas Mining's highest share price in the first half of 2024 plus the lowest.",  # "plus" is arithmetic
])
def test_the_other_extreme_of_another_noun_is_not_read_as_the_price(question: str) -> None:
    assert "not understood" in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    ("Which utilities pay out less than 50% of their earnings as dividends?",
     'NAME, FF_DPS(FY2024) / FF_EPS(FY2024) * 100 FOR SCREEN(SECTOR("Utilities"), FF_DPS(FY2024) / FF_EPS(FY2024) * 100 < 50)'),
    ("Which banks paid out over 40 percent of FY2023 net income in dividends?",
     'NAME, FF_DPS(FY2023) / FF_EPS(FY2023) * 100 FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2023) / FF_EPS(FY2023) * 100 > 40)'),
    ("Insurers that paid out at least 30% of last year's EPS as dividends",
     'NAME, FF_DPS(FY2024) / FF_EPS(FY2024) * 100 FOR SCREEN(INDUSTRY("Insurance"), '
     'FF_DPS(FY2024) / FF_EPS(FY2024) * 100 >= 30)'),
])
def test_a_payout_said_as_a_share_of_earnings_paid_out_compared(question: str, want: str) -> None:
    # before: the comparison was left over ("more than", "35%" not understood)
    assert q(question) == want


def test_a_share_of_something_else_paid_out_is_still_refused() -> None:
    assert "not understood" in refused("Which utilities paid out more than 50% of their cash?")

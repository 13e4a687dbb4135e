"""Round 36 (f36g): the readings the generator's part r36 (SPEC's conventions said plainly, as a question and as a
request) showed wrong or refused, each asserted in the generator's wording and in own wordings, with near misses that
keep their reading or refusal."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- "in the first half and in the second half of 2023": the year is both halves' ---------------------------------


@pytest.mark.parametrize(("question", "want"), [
    ("What were the highest and lowest closing prices of Aurora Computing in the first half and in the second half "
     "of 2023?", ["P_HIGH(2023-01-01, 2023-06-30)", "P_LOW(2023-01-01, 2023-06-30)", "P_HIGH(2023-07-01, 2023-12-31)",
                  "P_LOW(2023-07-01, 2023-12-31)"]),
    ("Show the lowest close of Northwind Systems in the first half and during the second half of 2022.",
     ["P_LOW(2022-01-01, 2022-06-30)", "P_LOW(2022-07-01, 2022-12-31)"]),
    ("What was the share price return of Aurora Computing in the first half and in the second half of 2023?",
     ["P_RETURN(2022-12-31, 2023-06-30)", "P_RETURN(2023-06-30, 2023-12-31)"]),
])
def test_both_halves_take_the_year_said_once(question: str, want: list[str]) -> None:
    got = q(question)
    assert got is not None and all(w in got for w in want), got
    assert "2024-" not in got, got


# --- "either A, or B and C": the comma closes the first choice ------------------------------------------------------

YIELD_OR_CHEAP_AND_FCF = ('FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4 OR (FG_PE(D0) < 15 AND '
                          'FF_FCF(FY2024) > 0))')


@pytest.mark.parametrize("question", [
    "Which utilities either have a dividend yield above 4%, or have a P/E below 15 and positive free cash flow last "
    "year?",
    "Which utilities have a dividend yield above 4% or both a P/E below 15 and positive free cash flow last year?",
    "List the utilities with a dividend yield above 4% or with both a P/E below 15 and positive free cash flow in "
    "fiscal 2024.",
])
def test_or_then_a_pair_joined_by_and(question: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(YIELD_OR_CHEAP_AND_FCF), got


def test_either_or_then_comma_and_keeps_its_grouping() -> None:
    got = q("Which banks have either a P/E below 10 or a dividend yield above 3%, and positive net income last year?")
    assert got is not None and got.endswith('(FG_PE(D0) < 10 OR FG_DIV_YIELD(D0) > 3) AND FF_NET_INC(FY2024) > 0)'), got


def test_and_or_without_grouping_words_stays_refused() -> None:
    assert "which binds first" in refused("Which banks have both a P/E below 10 and a yield above 3% or positive net "
                                          "income last year?")


# --- "not both A and B": NOT (A AND B) ------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Which utilities do not have both a P/E above 20 and a dividend yield below 3%?",
    "List the utilities, excluding those that have both a P/E above 20 and a dividend yield below 3%.",
    "Which utilities don't have both a P/E above 20 and a dividend yield below 3%?",
])
def test_not_both(question: str) -> None:
    got = q(question)
    assert got is not None and got.endswith('NOT (FG_PE(D0) > 20 AND FG_DIV_YIELD(D0) < 3))'), got


def test_both_without_not_is_a_plain_and() -> None:
    assert q("Which banks have both a P/E below 10 and a dividend yield above 3%?") == (
        'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND FG_DIV_YIELD(D0) > 3)')


# --- an index's own return is not its members' ----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "What was the return of the TECHX index year to date?",
    "Show the NX100 index's own performance in 2023.",
    "What was the total return of the EUROPE index over the last 20 trading days?",
])
def test_an_index_own_return_is_refused(question: str) -> None:
    assert "index" in refused(question)


@pytest.mark.parametrize("question", [
    "What was the return of the companies in the TECHX index in 2023?",
    "Show the return of TECHX companies in 2023.",
    "What was the return of the TECHX index members in 2023?",
])
def test_the_members_returns_stay(question: str) -> None:
    assert q(question) == "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDEX(TECHX))"


# --- a return that only screens keeps its own currency when the currency is the ranked measure's -------------------

@pytest.mark.parametrize("question", [
    "Of the banks with a negative share price return year to date, which three had the largest market cap today, in "
    "US dollars?",
    "Of the energy companies with a negative share price return year to date, which three had the largest market cap "
    "at the end of 2023, in US dollars?",
    "Among the energy companies that returned more than 10% in 2024, which two had the highest sales last year, in "
    "US dollars?",
])
def test_screening_return_stays_local(question: str) -> None:
    got = q(question)
    assert got is not None and "P_RETURN(" in got and "/ P_PRICE(" not in got and got.endswith("IN USD"), got


def test_a_return_asked_in_a_currency_is_still_converted() -> None:
    got = q("Which banks returned more than 10% year to date, in US dollars?")
    assert got is not None and "(P_PRICE(D0) / P_PRICE(2023-12-31) - 1) * 100 > 10" in got, got


@pytest.mark.parametrize(("question", "want"), [
    ("Show the highest and the lowest close of Aurora Computing in each half of 2023.",
     "P_HIGH(2023-01-01, 2023-06-30), P_HIGH(2023-07-01, 2023-12-31), P_LOW(2023-01-01, 2023-06-30), "
     "P_LOW(2023-07-01, 2023-12-31) FOR AURC"),
    ("What was Aurora Computing's share price return in each of the halves of 2024?",
     "P_RETURN(2023-12-31, 2024-06-30), P_RETURN(2024-06-30, 2024-12-31) FOR AURC"),
    ("What were Aurora Computing's sales in both halves of fiscal 2023?",
     "SUM(FF_SALES, FQ2023Q1, FQ2023Q2), SUM(FF_SALES, FQ2023Q3, FQ2023Q4) FOR AURC"),
])
def test_each_half_of_a_year(question: str, want: str) -> None:
    assert q(question) == want


# --- "considering only those with ...": only those ------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Show the two insurers with the best year-to-date share price return, considering only those with sales above "
    "60,000 million US dollars last year.",
    "Which two insurers had the best share price return year to date, counting only those with sales above 60,000 "
    "million US dollars last year?",
])
def test_considering_only_those(question: str) -> None:
    assert q(question) == ('NAME, FF_SALES(FY2024), P_RETURN(2023-12-31, D0) FOR SCREEN(INDUSTRY("Insurance"), '
                           'FF_SALES(FY2024) > 60000) SORT P_RETURN(2023-12-31, D0) DESC TOP 2 IN USD')


# --- a second comparison (or sign) of the same measure at a period of its own ----------------------------------------

@pytest.mark.parametrize(("question", "want"), [
    ("List the TECHX companies whose share price return was positive in the first half of 2024 and negative in the "
     "second half of 2024.", "P_RETURN(2023-12-31, 2024-06-30) > 0 AND P_RETURN(2024-06-30, 2024-12-31) < 0)"),
    ("Which banks had a share price return above 5% in 2023 and below 0% in 2024?",
     "P_RETURN(2022-12-31, 2023-12-31) > 5 AND P_RETURN(2023-12-31, 2024-12-31) < 0)"),
    ("Which banks had net income above 1,000 million in fiscal 2023 and below 1,000 million in fiscal 2024?",
     "FF_NET_INC(FY2023) > 1000 AND FF_NET_INC(FY2024) < 1000)"),
])
def test_elliptic_condition_with_its_own_period(question: str, want: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(want), got


def test_elliptic_condition_without_a_period_keeps_the_first() -> None:
    assert q("Which banks had a P/E above 10 and below 20?") == (
        'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 10 AND FG_PE(D0) < 20)')

"""Round 25, f25n: round 24's noticed-not-fixed list. Wrong answers first: "the previous quarter (fiscal year)" after
"at the end of" and another period counted from today (Q3 again, or FY2024), a fiscal year's end read as December
31st for companies whose years end otherwise, the distance below a high ranked closest first, each company's own
figure given for both; and "how did a figure perform (do, fare)" read one way."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# -- 1: "at the end of the previous quarter (fiscal year)" after a period counts back from it --------------------------
@pytest.mark.parametrize(("question", "want"), [
    ("What was NWSY's debt at the end of Q3 fiscal 2024 and at the end of the previous quarter?",
     "FF_DEBT(FQ2024Q3), FF_DEBT(FQ2024Q2) FOR NWSY"),
    ("Apex Materials' cash at the end of Q2 fiscal 2023 and as of the end of the prior quarter",
     "FF_CASH(FQ2023Q2), FF_CASH(FQ2023Q1) FOR APXM"),
    ("What was NWSY's debt at the end of fiscal 2022 and at the end of the prior fiscal year?",
     "FF_DEBT(FY2022), FF_DEBT(FY2021) FOR NWSY"),
    ("NWSY's equity as of the end of FY2023 and as at the end of the previous year",
     "FF_EQUITY(FY2023), FF_EQUITY(FY2022) FOR NWSY"),
    ("NWSY's share price at the end of Q3 2024 and at the end of the previous quarter",
     "P_PRICE(2024-09-30), P_PRICE(2024-06-30) FOR NWSY"),
    ("NWSY's share price on 2024-03-31 and at the end of the prior quarter",
     "P_PRICE(2024-03-31), P_PRICE(2023-12-31) FOR NWSY"),
])
def test_the_end_of_the_previous_period_after_another_counts_from_it(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "want"), [
    # near misses: alone, the latest reported; after "last quarter", the one before it; a price as before
    ("NWSY's debt at the end of the previous quarter", "FF_DEBT(FQ0) FOR NWSY"),
    ("NWSY's debt at the end of the previous fiscal year", "FF_DEBT(FY2024) FOR NWSY"),
    ("NWSY's debt at the end of last quarter and at the end of the previous quarter", "FF_DEBT(FQ0), FF_DEBT(FQ-1) FOR NWSY"),
    ("NWSY's share price at the end of last quarter and at the end of the previous quarter",
     "P_PRICE(D0), P_PRICE(2024-09-30) FOR NWSY"),
    ("NWSY's share price at the end of the previous quarter", "P_PRICE(D0) FOR NWSY"),
    ("NWSY's debt at the end of Q3 2024 and the previous quarter", "FF_DEBT(FQ2024Q3), FF_DEBT(FQ2024Q2) FOR NWSY"),
])
def test_the_previous_period_near_misses(question: str, want: str) -> None:
    assert q(question) == want


def test_a_day_that_ends_no_quarter_has_no_previous_quarter_end() -> None:
    assert "at the end of the prior quarter" in refused("NWSY's share price on 2024-03-15 and at the end of the prior quarter")


# -- 2: a fiscal year's end with no one year end among the companies ----------------------------------------------------
@pytest.mark.parametrize(("question", "words"), [
    # the airlines' years end in September (COPP, PRAI) and December (SKY): FY2024 ends on two days
    ("In FY2024, which airlines had a P/E below 20?", "fy2024"),
    ("Which airlines had a P/E under 20 at the end of fiscal 2023?", "at the end of fiscal 2023"),
    ("What was the P/E of COPP, PRAI and SKY at the end of fiscal 2023?", "at the end of fiscal 2023"),
    ("banks' P/E at the end of last fiscal year", "at the end of last fiscal year"),
])
def test_a_fiscal_year_end_of_many_year_ends_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    # near misses: one company's (or companies sharing a year end) fiscal year; a calendar year
    ("What was COPP's P/E in FY2023?", "FG_PE(2023-09-30) FOR COPP"),
    ("What was NWSY's P/E in FY2024?", "FG_PE(D0) FOR NWSY"),
    ("NWSY and QLC's P/E at the end of fiscal 2023", "FG_PE(2023-12-31) FOR NWSY, QLC"),
    ("Which airlines had a P/E below 20 at the end of 2023?",
     'NAME, FG_PE(2023-12-31) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(2023-12-31) < 20)'),
    ("In 2024, which airlines had a P/E below 20?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) < 20)'),
])
def test_one_year_end_or_a_calendar_year_reads_as_before(question: str, want: str) -> None:
    assert q(question) == want


# -- 4: ranked by the distance below a high: the furthest below first ----------------------------------------------------
_HIGH = "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100"


@pytest.mark.parametrize(("question", "want"), [
    ("Rank insurers by how far below their 52-week high they trade",
     f'NAME, {_HIGH} FOR SCREEN(INDUSTRY("Insurance")) SORT {_HIGH} ASC'),
    ("rank banks by how much they are down from their 52-week high",
     f'NAME, {_HIGH} FOR SCREEN(INDUSTRY("Banks")) SORT {_HIGH} ASC'),
    ("Sort the insurers by their distance from the 52-week high",
     f'NAME, {_HIGH} FOR SCREEN(INDUSTRY("Insurance")) SORT {_HIGH} ASC'),
    ("Top 3 insurers by how far below their 52-week high they trade",
     f'NAME, {_HIGH} FOR SCREEN(INDUSTRY("Insurance")) SORT {_HIGH} ASC TOP 3'),
])
def test_ranked_by_the_distance_below_a_high_furthest_first(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "want"), [
    # near misses: a word of order says its own; "bottom" the closest; above a low the furthest is the highest
    ("Rank insurers by how far below their 52-week high they trade, closest first",
     f'NAME, {_HIGH} FOR SCREEN(INDUSTRY("Insurance")) SORT {_HIGH} DESC'),
    ("Bottom 2 insurers by how far below their 52-week high they trade",
     f'NAME, {_HIGH} FOR SCREEN(INDUSTRY("Insurance")) SORT {_HIGH} DESC TOP 2'),
    ("Rank insurers by how far above their 52-week low they trade",
     'NAME, (P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDUSTRY("Insurance")) '
     'SORT (P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 DESC'),
])
def test_the_distance_near_misses(question: str, want: str) -> None:
    assert q(question) == want


# -- 5: each company with a figure of its own ----------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "words"), [
    ("NWSY's total sales and QLC's net income for FY2022", "net income"),
    ("Give me Northwind Systems' revenue and QLC's EPS in 2023", "eps"),
    ("NWSY's sales vs QLC's net income in FY2022", "net income"),
    ("Is NWSY's net margin higher than QLC's gross margin?", "gross margin"),
])
def test_each_company_with_its_own_figure_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    ("NWSY's sales and QLC's sales for FY2022", "FF_SALES(FY2022) FOR NWSY, QLC"),
    ("NWSY's and QLC's sales for FY2022", "FF_SALES(FY2022) FOR NWSY, QLC"),
    ("Compare NWSY's sales with QLC's in FY2022", "FF_SALES(FY2022) FOR NWSY, QLC"),
    ("NWSY's P/E versus QLC's P/E", "FG_PE(D0) FOR NWSY, QLC"),
])
def test_one_measure_of_each_reads_as_before(question: str, want: str) -> None:
    assert q(question) == want


# -- 9: how a figure performed (did, fared) is how it moved: refused alike --------------------------------------------
@pytest.mark.parametrize(("question", "verb"), [
    ("How did NWSY's sales perform in 2023?", "perform"),
    ("How did NWSY's sales do in 2023?", "do"),
    ("How has QLC's net income fared over the last year?", "fared"),
    ("How did NWSY's EPS perform versus QLC's in 2023?", "perform"),
])
def test_a_figure_performing_is_refused_as_a_figure_doing(question: str, verb: str) -> None:
    assert verb in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    # near misses: the stock (or the company) performing is its return; "in terms of" a measure is that measure
    ("How did NWSY's share price perform in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"),
    ("How did the NWSY stock perform in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"),
    ("How did NWSY's shares do in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"),
    ("How did NWSY perform last year in terms of net income?", "FF_NET_INC(FY2024) FOR NWSY"),
])
def test_a_stock_performing_reads_as_before(question: str, want: str) -> None:
    assert q(question) == want


# -- 7: the dividend yield and P/B at today's price: the price is the multiple's own -----------------------------------
@pytest.mark.parametrize(("question", "want"), [
    ("What is NWSY's dividend yield at today's price?", "FG_DIV_YIELD(D0) FOR NWSY"),
    ("NWSY's dividend yield at the current share price", "FG_DIV_YIELD(D0) FOR NWSY"),
    ("QLC's price-to-book based on the latest close", "FG_PB(D0) FOR QLC"),
    # near misses: today's price asked beside the yield is a column of its own; a screen reads as before
    ("NWSY's dividend yield and today's price", "FG_DIV_YIELD(D0), P_PRICE(D0) FOR NWSY"),
    ("Which utilities yield more than 4% at today's price?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
])
def test_a_multiple_at_todays_price_has_no_price_column(question: str, want: str) -> None:
    assert q(question) == want

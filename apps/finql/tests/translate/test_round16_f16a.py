"""Round 16 (f16a): paraphrase coverage — clear questions said in words the rules did not foresee (a stock that
"loses", a "trough" price, a multiple "of" earnings, cash that "covers" debt, a rate "compounded", a figure "landing",
a share of sales "kept as" profit). Own wording, not the tuning questions."""

from __future__ import annotations

import pytest
from reading_helpers import q


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the stock is the subject: its price moved, never the company's earnings
        ("how much did Falcon Software shares lose in June 2024", "P_RETURN(2024-05-31, 2024-06-30) FOR FALC"),
        ("how much did Umbra Beverages stock gain or lose in 2023", "P_RETURN(2022-12-31, 2023-12-31) FOR UMBR"),
        ("which utilities did not lose value in 2023",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR("Utilities"), NOT (P_RETURN(2022-12-31, 2023-12-31) < 0))'),
        # the company is: money lost is net income, as before
        ("how much did Lakeside Bancorp lose in fiscal 2023", "FF_NET_INC(FY2023) FOR LAKE"),
    ],
)
def test_a_stock_that_loses_moved(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "trough" before a price was the low and a second price beside it
        ("the trough share price of Umbra Beverages in 2023", "P_LOW(2023-01-01, 2023-12-31) FOR UMBR"),
        ("peak and trough closes of Falcon Software in 2022",
         "P_HIGH(2022-01-01, 2022-12-31), P_LOW(2022-01-01, 2022-12-31) FOR FALC"),
        ("top share price reached by Umbra Beverages in 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR UMBR"),
    ],
)
def test_peak_and_trough_prices(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What multiple of trailing earnings is Falcon Software trading on?", "FG_PE(D0) FOR FALC"),
        # was the price and the estimate side by side: a wrong answer
        ("what is Lakeside Bancorp trading at on FY2026 consensus EPS", "P_PRICE(D0) / FE_EPS(FY2) FOR LAKE"),
        ("which banks trade at the highest multiple of trailing earnings",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
        # "a multiple of" restating the "N times" after it
        ("banks that trade at a multiple of more than 2 times book value",
         'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_MKT_CAP(D0) / FF_EQUITY(FY2024) > 2)'),
    ],
)
def test_a_multiple_asked_of_earnings(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("insurers whose cash covers at least a quarter of their liabilities",
         'NAME, FF_CASH(FY2024), FF_LIABS(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
         "FF_CASH(FY2024) >= FF_LIABS(FY2024) * 0.25)"),
        ("utilities whose cash covers their debt",
         'NAME, FF_CASH(FY2024), FF_DEBT(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_CASH(FY2024) >= FF_DEBT(FY2024))'),
    ],
)
def test_covers_compares(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("at what annual rate did Lakeside Bancorp's EPS compound from FY2019 to FY2023", "CAGR(FF_EPS, FY2019, FY2023) FOR LAKE"),
        ("cash sitting on Umbra Beverages' balance sheet at the end of fiscal 2022", "FF_CASH(FY2022) FOR UMBR"),
        ("where do analysts see Falcon Software's EPS landing next year", "FE_EPS(FY1) FOR FALC"),
        ("what share of its revenue did Umbra Beverages convert into free cash flow in fiscal 2023",
         "FF_FCF(FY2023) / FF_SALES(FY2023) * 100 FOR UMBR"),
    ],
)
def test_words_around_a_named_measure(question: str, query: str) -> None:
    assert q(question) == query

"""Round 16 review (r16): behaviour tests for the round's rules that no round-16 test caught when broken, and the
wrong answers found while probing near them (own wording, not the tuning questions)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- a multiple "on" a named year's reported earnings is the price over that year's EPS -----------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Falcon Software P/E on FY2023 EPS", "P_PRICE(D0) / FF_EPS(FY2023) FOR FALC"),
        ("P/E of Umbra Beverages on fiscal 2022 EPS", "P_PRICE(D0) / FF_EPS(FY2022) FOR UMBR"),
        ("what is Umbra Beverages trading at on its 2023 earnings", "P_PRICE(D0) / FF_EPS(FY2023) FOR UMBR"),
        ("banks with a P/E on 2023 EPS below 10",
         'NAME, P_PRICE(D0) / FF_EPS(FY2023) FOR SCREEN(INDUSTRY("Banks"), P_PRICE(D0) / FF_EPS(FY2023) < 10)'),
        # without a year of its own the trailing P/E, as before; consensus earnings the forward P/E
        ("Falcon Software P/E on earnings", "FG_PE(D0) FOR FALC"),
        ("what is Falcon Software trading at on 2025 consensus EPS", "P_PRICE(D0) / FE_EPS(FY1) FOR FALC"),
    ],
)
def test_a_multiple_on_a_years_earnings_is_one_ratio(question: str, query: str) -> None:
    assert q(question) == query


def test_a_multiple_on_a_year_with_another_date_is_refused() -> None:
    assert "another date" in refused("Falcon Software P/E at the end of 2023 on fiscal 2022 EPS")
    # (on a year's net income: the market cap over it since round 17, test_round17_f17a.py)


# -- a currency said of the return, or after a list's joint, converts the return ------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Kingsbridge Mining market cap, and in US dollars the return for 2023",
        "Kingsbridge Mining market cap in US dollars and its USD return in 2023",
        "Kingsbridge Mining market cap and USD return in 2023",
    ],
)
def test_a_currency_said_of_the_return_converts_its_closes(question: str) -> None:
    assert "(P_PRICE(2023-12-31) / P_PRICE(2022-12-31) - 1) * 100" in (q(question) or "")


def test_a_currency_right_after_another_measure_stays_that_measures() -> None:
    assert q("Kingsbridge Mining FY2023 sales in dollars, plus the return in 2023") == \
        "FF_SALES(FY2023), P_RETURN(2022-12-31, 2023-12-31) FOR KING IN USD"


# -- rules of the round no round-16 test caught ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("banks whose cash covers more than their debt",
         'NAME, FF_CASH(FY2024), FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_CASH(FY2024) > FF_DEBT(FY2024))'),
        ("utilities whose cash covers under a third of debt",
         'NAME, FF_CASH(FY2024), FF_DEBT(FY2024) / 3 FOR SCREEN(SECTOR("Utilities"), FF_CASH(FY2024) < FF_DEBT(FY2024) / 3)'),
        ("where do analysts see Falcon Software's EPS ending up in 2025", "FE_EPS(FY1) FOR FALC"),
        ("what did Falcon Software's free cash flow end up at in FY2022", "FF_FCF(FY2022) FOR FALC"),
        ("what did Falcon Software's net income come in for fiscal 2023", "FF_NET_INC(FY2023) FOR FALC"),
        ("where does consensus expect Falcon Software sales to settle at in 2026", "FE_SALES(FY2) FOR FALC"),
        ("what multiple of 2026 consensus EPS is Falcon Software trading at", "P_PRICE(D0) / FE_EPS(FY2) FOR FALC"),
        ("Umbra Beverages P/E on its trailing earnings", "FG_PE(D0) FOR UMBR"),
        ("Falcon Software P/E of next year's consensus EPS", "P_PRICE(D0) / FE_EPS(FY1) FOR FALC"),
        ("what share of its revenue did Umbra Beverages keep as net income in fiscal 2023",
         "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR UMBR"),
    ],
)
def test_round16_rules_hold(question: str, query: str) -> None:
    assert q(question) == query


# -- wrong answers found near the round's words ----------------------------------------------------------------------


def test_a_sets_figure_said_by_its_possessive_is_no_field() -> None:
    # "next to the sector's" (the sector's return) answered the company's return and its SECTOR field
    assert "sector's" in refused("Falcon Software return in 2023 next to the sector's")
    assert q("what sector is Falcon Software in") == "SECTOR FOR FALC"


def test_based_on_is_no_country() -> None:
    assert q("Falcon Software P/E based on 2023 earnings") == "P_PRICE(D0) / FF_EPS(FY2023) FOR FALC"
    assert q("where is Falcon Software based") == "COUNTRY FOR FALC"


def test_the_trough_of_a_reported_figure_is_refused() -> None:
    # it was the price's low beside the revenue of every year
    assert "trough" in refused("the trough of Falcon Software's revenue between FY2019 and FY2024")
    assert q("Falcon Software's 52-week high and FY2024 revenue") == "P_HIGH(2024-01-15, D0), FF_SALES(FY2024) FOR FALC"

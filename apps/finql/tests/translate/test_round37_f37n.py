"""Round 37 (f37n): round 36's noticed list. A "per employee" said after a currency word is read or named, never
dropped; an amount per head said in the currency's units compared in units; ..."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# ----------------------------------------------------------------------------- 1. "dollars per employee"

_NI_HEAD = "FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024)"


@pytest.mark.parametrize("question, named", [
    ("Which companies had net income above 500 million dollars per employee in FY2024?", "per employee"),
    ("Which companies had net income above 500 dollars per employee in FY2024?", "per employee"),
    ("Which firms earned more than 20 million euros per head in fiscal 2024?", "per head"),
    ("Which companies had net income above 5 dollars per share in FY2024?", "per share"),
])
def test_per_after_a_threshold_amount_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


@pytest.mark.parametrize("question, query", [
    ("What was Falcon Software's net income in dollars per employee in FY2024?", f"{_NI_HEAD} FOR FALC IN USD"),
    ("What was Falcon Software's net income in US dollars per head in FY2024?", f"{_NI_HEAD} FOR FALC IN USD"),
    ("Rank companies by net income in dollars per employee in FY2024",
     f"NAME, {_NI_HEAD} FOR SCREEN(ALL) SORT {_NI_HEAD} DESC IN USD"),
    # near misses: the unit restated after an amount per head read already, as before
    ("What was Falcon Software's net income per employee in FY2024, in dollars per head?", f"{_NI_HEAD} FOR FALC IN USD"),
    ("What was Falcon Software's EPS in FY2024 in dollars per share?", "FF_EPS(FY2024) FOR FALC IN USD"),
])
def test_per_after_a_unit_divides(question: str, query: str) -> None:
    assert q(question) == query


_SALES_HEAD = "FF_SALES(FY2024) * 1000000 / FF_EMPLOYEES(FY2024)"


@pytest.mark.parametrize("question, query", [
    ("Which companies had sales per employee above $300,000 in FY2024?",
     f"NAME, {_SALES_HEAD} FOR SCREEN(ALL, {_SALES_HEAD} > 300000) IN USD"),
    ("Which companies had sales per employee above 300000 dollars in FY2024?",
     f"NAME, {_SALES_HEAD} FOR SCREEN(ALL, {_SALES_HEAD} > 300000) IN USD"),
    ("Which companies had net income per employee of more than 50,000 EUR in FY2024?",
     f"NAME, {_NI_HEAD} FOR SCREEN(ALL, {_NI_HEAD} > 50000) IN EUR"),
    # near misses: a scale word keeps FinQL's millions
    ("Which companies had sales per employee above $0.3m in FY2024?",
     "NAME, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) > 0.3) IN USD"),
    ("Which companies had sales per employee above 500 thousand dollars in FY2024?",
     "NAME, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) > 0.5) IN USD"),
])
def test_amount_per_head_in_currency_units(question: str, query: str) -> None:
    assert q(question) == query

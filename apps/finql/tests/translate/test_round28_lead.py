"""Round 28 (lead): merge mends between the round's helpers, each a reading one helper's rule broke in another's."""

from __future__ import annotations

import pytest
from reading_helpers import q


@pytest.mark.parametrize(("question", "query"), [
    # f28g's "growth from fiscal X" (to the latest year) beside f27b's span from a year: a span said is the span
    ("What was Helix Biotherapeutics' two-year EPS CAGR from FY2020?", "CAGR(FF_EPS, FY2020, FY2022) FOR HLXB"),
    ("How much did Apex Materials sales grow over 3 years from fiscal 2020?", "GROWTH(FF_SALES, FY2020, FY2023) FOR APXM"),
    ("Sales growth of Apex Materials from fiscal 2021?", "GROWTH(FF_SALES, FY2021, FY2024) FOR APXM"),
])
def test_growth_from_a_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # f28c's "twelve months to a month end" (the fiscal year that ends then) left round 26's span for companies whose
    # year ends otherwise, and for their prices (it refused them: a lost reading)
    ("Helix Biotherapeutics stock return over the twelve months to 31 March 2024",
     "P_RETURN(2023-03-31, 2024-03-31) FOR HLXB"),
    ("What did Northwind Systems' shares return in the 12 months to September 30, 2023?",
     "P_RETURN(2022-09-30, 2023-09-30) FOR NWSY"),
    # the fiscal year where it ends then (f28c)
    ("Net income of Brightwater Aerospace for the twelve months to 31 March 2023", "FF_NET_INC(FY2023) FOR BRIA"),
])
def test_twelve_months_to_a_month_end(question: str, query: str) -> None:
    assert q(question) == query

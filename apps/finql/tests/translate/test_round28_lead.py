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

"""Round 31 (lead): a growth said once before a difference of two periods ("net income qoq: FQ0 minus FQ-1") reads two
ways, the change defined as that difference or each period's growth subtracted; it was the second, a wrong answer where
the asker meant the first (f31m noticed it). Refused, naming the growth word and the sign; near misses keep their
readings."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "words"), [
    ("Granite Water operating income qoq: FQ0 minus FQ-1", ["qoq", "minus"]),
    ("Cobalt Power net income growth: FY2024 minus FY2023", ["growth", "minus"]),
    ("Atlas Mining revenue yoy growth FY2023 minus FY2022", ["growth", "minus"]),
])
def test_a_growth_said_once_before_a_difference_of_periods_is_refused(question: str, words: list[str]) -> None:
    message = refused(question)
    assert "difference of two periods" in message
    for w in words:
        assert repr(w) in message


@pytest.mark.parametrize(("question", "query"), [
    # no growth word: the difference of the figure at the two periods
    ("Granite Water operating income FQ0 minus FQ-1", "FF_OPER_INC(FQ0) - FF_OPER_INC(FQ-1) FOR GRWT"),
    ("Atlas Mining revenue FY2023 less FY2022", "FF_SALES(FY2023) - FF_SALES(FY2022) FOR ATLM"),
    # an estimate's two years (no growth)
    ("consensus EPS for 2026 minus 2025 for Cobalt Power", "FE_EPS(FY2) - FE_EPS(FY1) FOR COBP"),
    # a growth with its own pair of periods, no sign between periods
    ("Cobalt Power net income growth from FY2023 to FY2024", "GROWTH(FF_NET_INC, FY2023, FY2024) FOR COBP"),
    ("Granite Water operating income qoq", "GROWTH(FF_OPER_INC, FQ-1, FQ0) FOR GRWT"),
])
def test_near_misses_keep_their_readings(question: str, query: str) -> None:
    assert q(question) == query

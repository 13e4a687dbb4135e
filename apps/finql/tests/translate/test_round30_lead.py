"""Round 30 (lead): a possessive said of companies the question never names is refused, naming it; questions that
name companies in general keep their screen."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "word"), [
    ("What is its P/E?", "its"),
    ("what was its revenue in FY2023?", "its"),
    ("Show their FY2023 revenue.", "their"),
    ("Give me its sales, FY2024", "its"),
])
def test_a_possessive_of_no_named_company_is_refused_naming_it(question: str, word: str) -> None:
    assert f"not understood: '{word}'" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which companies have their net margin above 20%?",
     "NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(ALL, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > 20)"),
    ("List stocks with their P/E below 8", "NAME, FG_PE(D0) FOR SCREEN(ALL, FG_PE(D0) < 8)"),
    ("What is the P/E of Apex Materials and its net income in FY2023?", None),
])
def test_companies_in_general_or_named_keep_their_reading(question: str, query: str | None) -> None:
    got = q(question)
    assert got is not None
    if query:
        assert got == query
    else:
        assert "FOR APXM" in got

"""Round 30 (lead): a possessive said of companies the question never names, or a figure of no company at all, is
refused (naming the possessive); a ranking or a word for companies in general keeps the screen."""

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


@pytest.mark.parametrize("question", ["What is the P/E?", "Show the FY2023 revenue.", "Give me the dividend yield, please."])
def test_a_figure_of_no_company_at_all_is_refused(question: str) -> None:
    assert refused(question).startswith("no company or set of companies named")


@pytest.mark.parametrize(("question", "query"), [
    ("What is the highest P/E?", "NAME, FG_PE(D0) FOR SCREEN(ALL) SORT FG_PE(D0) DESC TOP 1"),
    ("What are the dividend yields across the universe?", "NAME, FG_DIV_YIELD(D0) FOR SCREEN(ALL)"),
    ("Show every company's P/E.", "NAME, FG_PE(D0) FOR SCREEN(ALL)"),
])
def test_a_ranking_or_companies_in_general_keep_the_screen_of_all(question: str, query: str) -> None:
    assert q(question) == query

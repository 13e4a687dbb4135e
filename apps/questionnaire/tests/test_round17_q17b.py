"""Round 17 (q17b): a question that asks for a number or a year behind a preposition ("After how many failed calls
...", "For which fiscal years ...") asks for one as much as "How many ..." does, and a fiscal year written "FY2025"
is a date. The answer type decides which windows a draft may quote and brings in the citation gate."""

from __future__ import annotations

import pytest

from questionnaire.answer import Answerer, Candidate
from questionnaire.retrieve import Passage
from questionnaire.support import answer_type, has_type
from questionnaire.types import Chunk


@pytest.mark.parametrize(("question", "kind"), [
    ("After how many failed calls does the breaker open?", "quantity"),
    ("By default, over how many questions does the benchmark run?", "quantity"),
    ("By how much may a team exceed its budget?", "quantity"),
    ("For which fiscal years does the data hold forecasts?", "date"),
    ("In what calendar year was the report issued?", "date"),
    ("Can we cap how many dollars each person may spend?", None),   # a verb before it: a yes/no question
    ("Which tools can an agent call?", None),
])
def test_a_number_or_a_year_asked_for_behind_a_preposition(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


def test_a_fiscal_year_is_a_date() -> None:
    assert has_type("coverage: FY2025 and FY2026", "date")
    assert has_type("through fy24", "date")
    assert not has_type("FYI: the data is estimates", "date")


def _window(text: str) -> Candidate:
    chunk = Chunk("a#1", "docs/a.md", "A", "A > B", text, "public")
    return Candidate(text, Passage(chunk, 1.0, 1, 1, 0.8, 1.0), 0.6, frozenset())


def test_a_prepositional_how_many_question_quotes_only_windows_that_give_a_number() -> None:
    vague = _window("A circuit breaker stops calling a failing endpoint for a while.")
    counted = _window("The circuit breaker opens after 5 consecutive failures of an endpoint.")
    kind = answer_type("After how many failed calls does the gateway stop calling an endpoint?")
    assert Answerer._usable([vague, counted], kind) == [counted]

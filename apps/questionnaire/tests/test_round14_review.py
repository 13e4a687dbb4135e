"""Round 14 review of round 12's citation-gate rules: a case for each rule no test caught when it was broken."""

from __future__ import annotations

from questionnaire.answer import Answerer
from questionnaire.expand import Expander
from questionnaire.text import terms
from questionnaire.types import Question


def _concept(q: Question, term: str):  # type: ignore[no-untyped-def]
    return next(c for c in Expander().concepts(q.text) if c.term == term)


def test_a_part_that_is_a_name_itself_counts_alone() -> None:
    """"Azure" of "Azure-hosted" names the provider wherever a cited passage says it, near "hosted" or not."""
    q = Question("1", "Can the gateway call Azure-hosted models?")
    seq = terms("Azure is one of the providers the gateway calls; each model is checked before it is used.")
    assert Answerer._names(q, _concept(q, "azur"), seq)


def test_a_term_with_one_content_part_counts_alone() -> None:
    """"built" of "built-in" has no other content part to stand near ("in" is no content word)."""
    q = Question("2", "Is there a built-in scheduler for the jobs?")
    seq = terms("The scheduler is built into the server and runs the jobs at night.")
    assert Answerer._names(q, _concept(q, "built"), seq)

"""What the rules alone read from a question: the query, or the refusal's message (shared by the round tests)."""

from __future__ import annotations

from finql.translate.pipeline import translate


def q(question: str) -> str | None:
    """The query the chain composes without a model, or None when it refuses."""
    a = translate(question)
    return a.reading.query() if a.reading else None


def refused(question: str) -> str:
    """The refusal's message; fails when the chain answers."""
    a = translate(question)
    assert a.reading is None, a.reading.query()
    return a.message or ""

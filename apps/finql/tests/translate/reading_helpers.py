"""What the rules alone read from a question: the query, or the refusal's message (shared by the round tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

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


def reworded(base: list[tuple[str, str]], rewordings: dict[str, Callable[[str], str]]) -> list[Any]:
    """Metamorphic cases: each (question, query) of ``base`` under each rewording that changes it, as pytest params
    (question, its rewording, query) with a short id; a test asserts both read ``query``."""
    return [pytest.param(question, f(question), query, id=f"{question[:24]}|{name}")
            for question, query in base for name, f in rewordings.items() if f(question) != question]


def asked(question: str, leads: tuple[tuple[str, str], ...] = (("What was ", "was"), ("What is ", "is"))) -> tuple[str, str]:
    """(the verb, the noun phrase asked) of a question that opens with one of ``leads``: "What was X's M in P?" ->
    ("was", "X's M in P"); ("", "") otherwise (the rewording tables build their forms from it)."""
    for lead, verb in leads:
        if question.startswith(lead):
            return verb, question[len(lead):].rstrip("?")
    return "", ""


def around_asked(fmt: str) -> Callable[[str], str]:
    """A rewording that says ``asked``'s noun phrase (``{np}``) and verb (``{v}``) in another frame ("Any idea on {np}?");
    a question that opens with no lead is left as it is."""
    return lambda s: (lambda v, np: fmt.format(np=np, v=v) if np else s)(*asked(s))

"""Round 34 (lead): a question asking why is refused. "why" was a function word, so "Why did X's net income fall in
fiscal 2023?" answered the year's growth as if it had been asked: a figure for a reason, an answer that looks right
and is not. FinQL returns figures, never the reasons for them (as a question asking when, round 25)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

WHY = [
    "Why did Northwind Systems' net income fall in fiscal 2023?",
    "why did northwind systems net income fall in FY2023",
    "It would be helpful to understand why Northwind Systems' net income fell in fiscal 2023.",
    "I was wondering why Falcon Software's P/E is so much lower than Northwind Systems' today.",
    "Could you explain why Falcon Software's sales grew in fiscal 2024?",
    "How come Falcon Software's sales grew in fiscal 2024?",
    "Northwind Systems' net income fell in fiscal 2023 - why?",
]


@pytest.mark.parametrize("question", WHY)
def test_a_question_asking_why_is_refused(question: str) -> None:
    message = refused(question)
    assert "why" in message.lower() or "come" in message.lower()


@pytest.mark.parametrize(("question", "query"), [
    ("How did Northwind Systems' net income change in fiscal 2023?", "GROWTH(FF_NET_INC, FY2022, FY2023) FOR NWSY"),
    # (round 35, f35s) "by how much" of "change" with no percent is its size, the difference
    ("By how much did Northwind Systems' net income change in fiscal 2023?",
     "FF_NET_INC(FY2023) - FF_NET_INC(FY2022) FOR NWSY"),
    ("What was Falcon Software's revenue in fiscal 2023?", "FF_SALES(FY2023) FOR FALC"),
    # a remark after the question that says "why" of the asker, not of the figure (round 29's and 30's remarks)
    ("What was Falcon Software's revenue in fiscal 2023? no idea why they missed", "FF_SALES(FY2023) FOR FALC"),
    ("What was Falcon Software's revenue in fiscal 2023? no clue why I care tbh", "FF_SALES(FY2023) FOR FALC"),
])
def test_the_move_itself_still_reads(question: str, query: str) -> None:
    assert q(question) == query

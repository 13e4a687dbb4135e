"""Round 15 review (r15): a supporting-quote rule broken on purpose that no test caught."""

from __future__ import annotations

from types import SimpleNamespace

from questionnaire.answer import Answerer, Candidate
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.types import Chunk

QUESTION = "Is customer data encrypted in transit?"


def _window(chunk_id: str, text: str, score: float, coverage: float) -> Candidate:
    chunk = Chunk(chunk_id, f"docs/{chunk_id.split('#')[0]}.md", "X", "X > Y", text, "public")
    return Candidate(text.rstrip("."), Passage(chunk, score, 1, 1, 0.8, coverage), 0.6, frozenset())


def test_a_passage_under_half_the_first_one_s_concept_weight_is_not_quoted() -> None:
    # (it states the question's terms in one sentence, but names far less of what the question asks than the first)
    concepts = Expander().concepts(QUESTION)
    weights = {c.term: 1.0 for c in concepts}
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: False)  # type: ignore[attr-defined]
    first = _window("a#1", "Customer data is encrypted in transit with TLS 1.3.", 3.0, 1.0)
    weak = _window("b#1", "All customer data is encrypted in transit.", 2.5, 0.3)
    ok = _window("c#1", "Customer data is always encrypted in transit.", 2.4, 0.9)
    quoted = [c.passage.chunk.chunk_id for c in a._quotes(concepts, weights, [first, weak, ok], None, [first])]
    assert quoted == ["c#1"]

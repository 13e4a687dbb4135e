"""Round 37 (q37): recall@k per retrieval step, as ``questionnaire evaluate`` reports it, computed right.

A stub retriever over a tiny corpus of five chunks gives each step (lexical, dense, fused, reranked) a ranking whose
key-fact positions are known, so every step's recall@k is known by hand: the share of the *answerable* questions with
a passage holding the key fact among the first k (an unanswerable question counts in no denominator; a chunk's
heading counts as its text)."""

from __future__ import annotations

import json

from questionnaire.golden import KeyedItem
from questionnaire.keyfacts import KeyedReport, recall_at_k
from questionnaire.retrieve import Retrieval
from questionnaire.types import Chunk

CHUNKS = {
    "pg": Chunk("d.md#1", "d.md", "Guide", "Sources", "Acme reads PostgreSQL and DuckDB.", "public"),
    "mask": Chunk("d.md#2", "d.md", "Guide", "Column masks", "Salaries are hidden from readers.", "public"),
    "a": Chunk("d.md#3", "d.md", "Guide", "Backups", "Backups run nightly.", "public"),
    "b": Chunk("d.md#4", "d.md", "Guide", "Audit", "Every change is logged.", "public"),
    "c": Chunk("d.md#5", "d.md", "Guide", "Tokens", "Tokens expire after an hour.", "public"),
}
# Per question, each step's ranking (chunk keys, best first). "db" holds its fact in "pg" (text), "mask" in "mask"
# (its heading: the key is "Column masks", which only the heading names).
RANKINGS = {
    "Which databases?": {"lexical": ["pg", "a", "b"], "dense": ["a", "b", "c", "pg"],
                         "fused": ["a", "pg", "b"], "reranked": ["pg", "a"]},
    "Can salaries be hidden?": {"lexical": ["a", "b", "c", "pg", "mask"], "dense": ["mask", "a"],
                                "fused": ["a", "b", "mask"], "reranked": ["b", "mask"]},
    "What is your headcount?": {"lexical": ["pg"], "dense": ["mask"], "fused": ["pg"], "reranked": ["mask"]},
}
ITEMS = [KeyedItem("db", "Which databases?", True, r"PostgreSQL"),
         KeyedItem("mask", "Can salaries be hidden?", True, r"Column masks"),
         KeyedItem("none", "What is your headcount?", False, None)]


class StubRetriever:
    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []

    def retrieve(self, question: str, k: int) -> Retrieval:
        self.asked.append((question, k))
        steps = {s: [CHUNKS[c].chunk_id for c in r] for s, r in RANKINGS[question].items()}
        return Retrieval(question, [], chunks={c.chunk_id: c for c in CHUNKS.values()}, **steps)


def test_recall_at_k_per_step_is_the_share_of_answerable_questions_with_the_key_fact_in_the_first_k() -> None:
    stub = StubRetriever()
    rec = recall_at_k(None, ITEMS, "external-analyst", ks=(1, 3, 5), retriever=stub)
    assert rec == {
        "lexical": {1: 0.5, 3: 0.5, 5: 1.0},     # db first; mask fifth
        "dense": {1: 0.5, 3: 0.5, 5: 1.0},       # mask first; db fourth
        "fused": {1: 0.0, 3: 1.0, 5: 1.0},       # db second, mask third
        "reranked": {1: 0.5, 3: 1.0, 5: 1.0},    # db first, mask second
    }
    # Only the answerable questions are retrieved, each once, as deep as the largest k.
    assert stub.asked == [("Which databases?", 5), ("Can salaries be hidden?", 5)]


def test_the_report_carries_recall_per_step_in_its_json_and_its_printed_table() -> None:
    rec = recall_at_k(None, ITEMS, "external-analyst", ks=(1, 3), retriever=StubRetriever())
    rep = KeyedReport("tiny", "external-analyst", rec, [])
    assert json.loads(json.dumps(rep.to_dict()))["recall"] == {
        "lexical": {"1": 0.5, "3": 0.5}, "dense": {"1": 0.5, "3": 0.5}, "fused": {"1": 0.0, "3": 1.0},
        "reranked": {"1": 0.5, "3": 1.0}}
    md = rep.to_markdown()
    assert "| retrieval step | recall@1 | recall@3 |" in md
    for row in ("| lexical | 0.50 | 0.50 |", "| dense | 0.50 | 0.50 |", "| fused | 0.00 | 1.00 |",
                "| reranked | 0.50 | 1.00 |"):
        assert row in md

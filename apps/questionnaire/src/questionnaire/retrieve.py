"""Hybrid retrieval: BM25 (bm25s) and the Charter vector index, fused by reciprocal rank.

Both sides return only chunks the asker may see: the vector side through ``DataService.search``
(governed), the BM25 side by reading its candidates back through governed SQL. BM25 runs over all
chunks with definer rights, so its ranking must never leave this module unfiltered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from questionnaire import store
from questionnaire.types import Chunk

RRF_K = 60  # the usual constant of reciprocal rank fusion (Cormack et al. 2009)


@dataclass(frozen=True)
class Passage:
    chunk: Chunk
    score: float          # fused RRF score
    bm25_rank: int | None  # 1-based rank on each side (None: not found there)
    vector_rank: int | None
    vector_score: float | None = None


class Retriever:
    """Governed hybrid search over the chunk store for one principal (through the app's agent)."""

    def __init__(self, charter: Any, principal: str, *, agent: str | None = store.AGENT, fetch: int = 20,
                 bm25: store.BM25 | None = None) -> None:
        self.charter = charter
        self.principal = principal
        self.agent = agent
        self.fetch = fetch
        self.bm25 = bm25 or store.BM25(charter)
        self._visible: tuple[int, set[str]] = (-1, set())
        self._df: tuple[int, Any, int] = (-1, None, 0)

    def visible(self) -> set[str]:
        """Chunk ids this principal may see (a governed query, redone when the store changes)."""
        version = self.bm25.refresh()
        if self._visible[0] != version:
            self._visible = (version, store.visible_ids(self.charter, principal=self.principal, agent=self.agent))
        return self._visible[1]

    def idf(self, term: str) -> float:
        """Inverse document frequency over the visible chunks (a term none has weighs the most)."""
        version = self.bm25.refresh()
        if self._df[0] != version:
            df, n = self.bm25.document_frequencies(self.visible())
            self._df = (version, df, n)
        _v, df, n = self._df
        return math.log((n + 1) / (df.get(term, 0) + 0.5))

    def search(self, text: str, k: int = 8, *, kind: str | None = None) -> list[Passage]:
        """The k best visible passages by RRF of BM25 and vector ranks (``kind`` narrows to one kind)."""
        from charter.tracing import span

        with span("retrieve:hybrid", kind="retrieval", inputs={"text": text, "k": k}) as s:
            lexical = self.bm25.search(text, self.fetch, self.visible())
            # Read back through governed SQL: the rows as the asker may see them (and a second check).
            lex_visible = store.visible_chunks(self.charter, [c for c, _ in lexical], principal=self.principal,
                                               agent=self.agent)
            lex = [cid for cid, _ in lexical if cid in lex_visible]
            hits = self.charter.data.search(store.INDEX, text, self.fetch, principal=self.principal, agent=self.agent)
            vec = [str(h.key) for h in hits]
            vscore = {str(h.key): h.score for h in hits}
            chunks = dict(lex_visible)
            for h in hits:
                chunks.setdefault(str(h.key), store.row_to_chunk(h.row))
            fused: dict[str, float] = {}
            for ranking in (lex, vec):
                for r, cid in enumerate(ranking, start=1):
                    fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + r)
            order = sorted(fused, key=lambda c: -fused[c])
            out = []
            for cid in order:
                c = chunks[cid]
                if kind is not None and c.kind != kind:
                    continue
                out.append(Passage(c, fused[cid], lex.index(cid) + 1 if cid in lex else None,
                                   vec.index(cid) + 1 if cid in vec else None, vscore.get(cid)))
                if len(out) >= k:
                    break
            s.set_outputs([{"chunk_id": p.chunk.chunk_id, "score": round(p.score, 5), "bm25_rank": p.bm25_rank,
                            "vector_rank": p.vector_rank} for p in out])
            return out

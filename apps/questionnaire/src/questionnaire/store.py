"""The governed chunk store: a SQLite source ``questionnaire`` registered in Charter, its grants and
row filter, the vector index over it, and the BM25 index kept beside it.

Why SQLite: the DataService opens SQLite sources read-only, one connection per query, so this
module can write (one transaction per document) while governed reads go on; a DuckDB file is held
open by its connector, which would block a second writer process.

Who sees what is decided by the catalog, not here: a row filter on both tables admits
``public`` rows to every principal with SELECT, ``internal`` rows to members of
``questionnaire-internal`` and ``confidential`` rows to members of ``questionnaire-confidential``
(a member group of ``questionnaire-internal``). The app itself is the agent principal
``questionnaire``; it reads on behalf of the asking user, so every read is the intersection of
both principals' rights.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charter.errors import PermissionDenied
from questionnaire.text import terms
from questionnaire.types import CLASSIFICATIONS, Chunk

SOURCE = "questionnaire"
CHUNKS = f"{SOURCE}.main.chunks"
DOCUMENTS = f"{SOURCE}.main.documents"
INDEX = f"{SOURCE}.main.chunks_idx"
AGENT = "questionnaire"
USERS = "questionnaire-users"          # may use the app (SELECT on the store, EXECUTE on the agent)
INTERNAL = "questionnaire-internal"    # sees internal documents
CONFIDENTIAL = "questionnaire-confidential"  # sees confidential documents (and, as a member group, internal)
# Demo principals created by `questionnaire ingest-corpus` (and the tests): one per clearance.
DEMO_PRINCIPALS = {"external-analyst": (), "employee": (INTERNAL,), "product-lead": (CONFIDENTIAL,)}

ROW_FILTER = (f"classification = 'public' OR (classification = 'internal' AND is_member('{INTERNAL}')) "
              f"OR (classification = 'confidential' AND is_member('{CONFIDENTIAL}'))")

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY, title TEXT NOT NULL, classification TEXT NOT NULL, kind TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '', path TEXT NOT NULL DEFAULT '', content_hash TEXT NOT NULL,
  chunks INTEGER NOT NULL, ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
  chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL,
  heading TEXT NOT NULL, text TEXT NOT NULL, classification TEXT NOT NULL, kind TEXT NOT NULL,
  search_text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS past_answer_provenance (
  doc_id TEXT PRIMARY KEY, reviewer TEXT NOT NULL, reviewed_at TEXT NOT NULL, review_item TEXT NOT NULL,
  trace_id TEXT NOT NULL DEFAULT '', question TEXT NOT NULL, original TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS store_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
INSERT OR IGNORE INTO store_state VALUES (1, 0);
"""
CHUNK_COLUMNS = ("chunk_id", "doc_id", "title", "heading", "text", "classification", "kind")


def store_path(charter: Any) -> Path:
    """Where the chunk store lives: ``<CHARTER_HOME>/questionnaire/chunks.sqlite``."""
    return Path(charter.settings.home) / "questionnaire" / "chunks.sqlite"


def check_registered(charter: Any) -> bool:
    """Whether the store is registered, and registered at this home's file. A CHARTER_HOME copied to another
    folder keeps the original's absolute path in its source, so its governed reads would come from the original
    home's store while ingestion writes into the copy: refused with a clear error instead."""
    url = {n: u for n, _s, u in charter.data.sources()}.get(SOURCE)
    if url is None:
        return False
    here = f"sqlite:///{store_path(charter).resolve()}"
    if url != here:
        from charter.errors import InvalidInput

        raise InvalidInput(f"this home's questionnaire source reads {url.removeprefix('sqlite:///')}, another "
                           f"home's store (was CHARTER_HOME copied?); `charter source remove {SOURCE}`, then ingest "
                           "again")
    return True


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    return con


def ensure_setup(charter: Any, actor: str = "admin") -> None:
    """Create the store and register it once: source, principals, grants, row filter, vector index."""
    path = store_path(charter)
    con = connect(path)
    try:
        con.executescript(SCHEMA)
    finally:
        con.close()
    data, cat = charter.data, charter.catalog
    if not check_registered(charter):
        data.add_source(SOURCE, f"sqlite:///{path.resolve()}", actor=actor)
        data.sync(SOURCE, actor=actor)
    existing = {p.name: p.kind for p in cat.principals()}
    for group in (USERS, INTERNAL, CONFIDENTIAL):
        if group not in existing:
            cat.create_principal(group, "group", actor=actor)
    if AGENT not in existing:
        cat.create_principal(AGENT, "agent", actor=actor)
    for member, group in ((INTERNAL, USERS), (CONFIDENTIAL, INTERNAL), (AGENT, CONFIDENTIAL), (AGENT, USERS)):
        if not cat.is_member(member, group):
            cat.add_member(group, member, actor=actor)
    def grant(privileges: list[str], securable: str) -> None:
        # Only what is missing: a grant is a catalog write (audit record, cache invalidation).
        held = {priv.replace(" ", "_").upper() for _who, priv, _sec, _by in cat.show_grants(securable, USERS)}
        missing = [p for p in privileges if p.replace(" ", "_").upper() not in held]
        if missing:
            cat.grant(missing, securable, USERS, actor=actor)

    grant(["USE_CATALOG"], f"catalog:{SOURCE}")
    grant(["USE_SCHEMA", "SELECT"], f"schema:{SOURCE}.main")
    grant(["EXECUTE"], f"agent:{AGENT}")
    for table in (CHUNKS, DOCUMENTS):
        if cat.row_filter(table) != ROW_FILTER:
            cat.set_row_filter(table, ROW_FILTER, actor=actor)
    for model in charter.gateway.register_models(actor=actor):
        grant(["QUERY"], f"model:{model}")
    if INDEX not in {s.name for s in cat.securables(type="vector_index")}:
        charter.indexes.create(INDEX, CHUNKS, "search_text", "chunk_id", actor=actor)
        grant(["SELECT"], f"vector_index:{INDEX}")


def add_user(charter: Any, name: str, clearance: str = "public", actor: str = "admin") -> None:
    """Create (if needed) a user who may use the app and sees documents up to ``clearance``."""
    if clearance not in CLASSIFICATIONS:
        from charter.errors import InvalidInput

        raise InvalidInput(f"unknown clearance '{clearance}'; use one of {', '.join(CLASSIFICATIONS)}")
    cat = charter.catalog
    if name not in {p.name for p in cat.principals()}:
        cat.create_principal(name, "user", actor=actor)
    group = {"public": USERS, "internal": INTERNAL, "confidential": CONFIDENTIAL}[clearance]
    if not cat.is_member(name, group):
        cat.add_member(group, name, actor=actor)


def add_demo_principals(charter: Any, actor: str = "admin") -> list[str]:
    """The three demo users: external-analyst (public), employee (internal), product-lead (confidential)."""
    for name, groups in DEMO_PRINCIPALS.items():
        add_user(charter, name, {(): "public", (INTERNAL,): "internal", (CONFIDENTIAL,): "confidential"}[groups],
                 actor=actor)
    return list(DEMO_PRINCIPALS)


# ------------------------------------------------------------------------------- writes
@dataclass(frozen=True)
class StoredDocument:
    doc_id: str
    content_hash: str
    classification: str
    chunks: int


def stored_documents(charter: Any) -> dict[str, StoredDocument]:
    """Every stored document (definer rights: for ingestion's bookkeeping, never shown to a user)."""
    con = connect(store_path(charter))
    try:
        rows = con.execute("SELECT doc_id, content_hash, classification, chunks FROM documents").fetchall()
    finally:
        con.close()
    return {r[0]: StoredDocument(*r) for r in rows}


def replace_document(charter: Any, *, doc_id: str, title: str, classification: str, kind: str, source: str,
                     path: str, content_hash: str, chunks: list[Chunk]) -> None:
    """Replace a document and all its chunks in one transaction (readers see old or new, never half)."""
    from charter.store import utcnow

    con = connect(store_path(charter))
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
            con.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            con.executemany(
                "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(c.chunk_id, c.doc_id, i, c.title, c.heading, c.text, c.classification, c.kind, search_text(c))
                 for i, c in enumerate(chunks)])
            con.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (doc_id, title, classification, kind, source, path, content_hash, len(chunks),
                         utcnow().isoformat()))
            con.execute("UPDATE store_state SET version = version + 1 WHERE id = 1")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()


def remove_document(charter: Any, doc_id: str) -> bool:
    """Delete a document and its chunks; False when it was not stored."""
    con = connect(store_path(charter))
    try:
        con.execute("BEGIN IMMEDIATE")
        n = con.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,)).rowcount
        con.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
        con.execute("DELETE FROM past_answer_provenance WHERE doc_id = ?", (doc_id,))
        con.execute("UPDATE store_state SET version = version + 1 WHERE id = 1")
        con.execute("COMMIT")
    finally:
        con.close()
    return bool(n)


def save_provenance(charter: Any, doc_id: str, *, reviewer: str, reviewed_at: str, review_item: str,
                    trace_id: str, question: str, original: str) -> None:
    """Who recorded a reviewed past answer, when, from which review item (``questionnaire.feedback``)."""
    con = connect(store_path(charter))
    try:
        con.execute("INSERT OR REPLACE INTO past_answer_provenance VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, reviewer, reviewed_at, review_item, trace_id, question, original))
    finally:
        con.close()


def provenance(charter: Any, doc_id: str) -> dict[str, str] | None:
    """The provenance of a reviewed past answer (definer rights: call it only for a chunk the asker was given)."""
    con = connect(store_path(charter))
    try:
        row = con.execute("SELECT reviewer, reviewed_at, review_item, trace_id FROM past_answer_provenance "
                          "WHERE doc_id = ?", (doc_id,)).fetchone()
    finally:
        con.close()
    return None if row is None else dict(zip(("reviewer", "reviewed_at", "review_item", "trace_id"), row, strict=True))


def chunk_classifications(charter: Any, chunk_ids: list[str]) -> list[str]:
    """The classifications of the given chunks (definer rights: for labelling a reviewer's edit)."""
    if not chunk_ids:
        return []
    con = connect(store_path(charter))
    try:
        marks = ", ".join("?" for _ in chunk_ids)
        return [r[0] for r in con.execute(f"SELECT classification FROM chunks WHERE chunk_id IN ({marks})",
                                          list(chunk_ids)).fetchall()]
    finally:
        con.close()


def search_text(c: Chunk) -> str:
    """What is embedded and BM25-indexed: title and heading path give a passage its context."""
    return f"{c.title} > {c.heading}\n{c.text}" if c.heading else f"{c.title}\n{c.text}"


def refresh_index(charter: Any, progress: Callable[[int, int], None] | None = None) -> int:
    """Bring the vector index up to date (only new or changed chunks are embedded)."""
    return charter.indexes.refresh(INDEX, progress=progress)


# ------------------------------------------------------------------------------- reads
def row_to_chunk(row: dict[str, Any]) -> Chunk:
    lower = {k.lower(): v for k, v in row.items()}
    return Chunk(**{c: lower[c] for c in CHUNK_COLUMNS})


def visible_chunks(charter: Any, chunk_ids: Iterable[str], *, principal: str, agent: str | None = AGENT,
                   request_id: str | None = None) -> dict[str, Chunk]:
    """The chunks among ``chunk_ids`` that the principal (through the agent) may see: governed SQL."""
    ids = list(dict.fromkeys(chunk_ids))
    if not ids:
        return {}
    names = [f"k{i}" for i in range(len(ids))]
    cols = ", ".join(CHUNK_COLUMNS)
    result = charter.data.query(f"SELECT {cols} FROM {CHUNKS} WHERE chunk_id IN ({', '.join(':' + n for n in names)})",
                                principal=principal, agent=agent, params=dict(zip(names, ids, strict=True)),
                                request_id=request_id)
    out = {}
    for r in result.rows:
        c = row_to_chunk(dict(zip(result.columns, r, strict=True)))
        out[c.chunk_id] = c
    return out


class BM25:
    """A bm25s index over every chunk's search text, rebuilt when the store's version changes.

    It is built with definer rights, so a search names the chunks the asker may see (``allowed``,
    from a governed query) and everything else is masked out of the ranking; document frequencies
    for confidence are likewise counted over the allowed chunks only, so no figure an asker sees
    depends on text they may not see.
    """

    def __init__(self, charter: Any) -> None:
        self.charter = charter
        self._lock = threading.Lock()
        self.version = -1
        self._ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._terms: list[frozenset[str]] = []
        self._texts: list[str] = []
        self._retriever: Any = None

    def _current(self) -> int:
        con = connect(store_path(self.charter))
        try:
            return int(con.execute("SELECT version FROM store_state WHERE id = 1").fetchone()[0])
        finally:
            con.close()

    def refresh(self) -> int:
        """Rebuild if the store changed; returns the store version the index reflects."""
        with self._lock:
            version = self._current()
            if version == self.version:
                return version
            con = connect(store_path(self.charter))
            try:
                rows = con.execute("SELECT chunk_id, search_text FROM chunks ORDER BY chunk_id").fetchall()
            finally:
                con.close()
            ids = [r[0] for r in rows]
            tokens = [terms(r[1]) or ["_empty_"] for r in rows]
            retriever = None
            if rows:
                import bm25s  # a dependency of charter-questionnaire
                logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs each build at DEBUG
                retriever = bm25s.BM25()
                retriever.index(tokens, show_progress=False)
            self._ids, self._retriever = ids, retriever
            self._pos = {c: i for i, c in enumerate(ids)}
            self._terms = [frozenset(t) for t in tokens]
            self._texts = [r[1] for r in rows]
            self.version = version  # published last: a reader that sees it sees the index it names
            return version

    def document_frequencies(self, allowed: set[str]) -> tuple[Counter[str], int]:
        """(term -> number of allowed chunks holding it, number of allowed chunks)."""
        df: Counter[str] = Counter()
        n = 0
        for cid in allowed:
            i = self._pos.get(cid)
            if i is not None:
                df.update(self._terms[i])
                n += 1
        return df, n

    def texts(self, allowed: set[str]) -> list[str]:
        """The search text of the allowed chunks (for mining the acronyms they define)."""
        self.refresh()
        return [self._texts[i] for cid in sorted(allowed) if (i := self._pos.get(cid)) is not None]

    def search(self, query: str | list[str], k: int, allowed: set[str]) -> list[tuple[str, float]]:
        """(chunk_id, score) of the k best chunks among ``allowed`` by BM25 (``query``: text, or terms)."""
        import numpy as np

        self.refresh()
        if self._retriever is None or not allowed:
            return []
        vocab = self._retriever.vocab_dict
        query = [t for t in (terms(query) if isinstance(query, str) else query) if t in vocab]
        if not query:
            return []
        mask = np.zeros(len(self._ids), dtype=np.float32)
        for cid in allowed:
            i = self._pos.get(cid)
            if i is not None:
                mask[i] = 1.0
        k = min(k, int(mask.sum()))
        if k == 0:
            return []
        docs, scores = self._retriever.retrieve([query], k=k, show_progress=False, weight_mask=mask)
        return [(self._ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]


def visible_ids(charter: Any, *, principal: str, agent: str | None = AGENT) -> set[str]:
    """Ids of every chunk the principal (through the agent) may see: one governed query."""
    result = charter.data.query(f"SELECT chunk_id FROM {CHUNKS}", principal=principal, agent=agent)
    return {r[0] for r in result.rows}


def require_user(charter: Any, principal: str) -> None:
    """A clear refusal before any work when the principal may not use the app."""
    decision = charter.catalog.check(principal, "EXECUTE", f"agent:{AGENT}")
    if not decision.allowed:
        charter.catalog.audit(actor=principal, action="run agent", securable=f"agent:{AGENT}", allowed=False,
                              reason=decision.reason)
        raise PermissionDenied(f"permission denied: {decision.reason}; add the principal to the "
                               f"'{USERS}' group (or use `questionnaire add-user`)")


def documents_json(charter: Any) -> str:
    """All stored documents as JSON (admin listing); ``[]`` before anything was ingested."""
    if not store_path(charter).is_file():
        return "[]"
    con = connect(store_path(charter))
    try:
        rows = con.execute("SELECT doc_id, title, classification, kind, source, chunks, ingested_at FROM documents "
                           "ORDER BY doc_id").fetchall()
    finally:
        con.close()
    keys = ("doc_id", "title", "classification", "kind", "source", "chunks", "ingested_at")
    return json.dumps([dict(zip(keys, r, strict=True)) for r in rows], indent=1)

"""The baseline's knowledge base: dev examples and reference chunks in a governed table, and a
Charter vector index over it (``finql_reference.main.chunks_idx``).

The table lives in its own SQLite source ``finql_reference`` under CHARTER_HOME (SQLite sources
are opened read-only per query, so this module can rewrite it while governed reads go on). Rows
are of two kinds: ``example`` (a dev golden case: question, query or refusal) and ``doc`` (one
piece of the language reference: a metric, a function, a period form, a set list, or one
company of the master). Only the dev split goes in; the test and held-out sets never do.
The FinQL principals and the translation agents may read it; a search runs as the asker with
the agent acting on its behalf, like every other read.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from finql.data.register import AGENTS, PRINCIPALS

if TYPE_CHECKING:
    from charter.data import VectorIndexes

SOURCE = "finql_reference"
TABLE = f"{SOURCE}.main.chunks"
INDEX = f"{SOURCE}.main.chunks_idx"

SCHEMA = """
CREATE TABLE IF NOT EXISTS chunks (
  chunk_id TEXT PRIMARY KEY, kind TEXT NOT NULL, text TEXT NOT NULL,
  question TEXT, query TEXT, refusal TEXT
);
CREATE TABLE IF NOT EXISTS kb_state (id INTEGER PRIMARY KEY CHECK (id = 1), content_hash TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    kind: str  # "example" | "doc"
    text: str  # what is embedded: the question of an example, the text of a doc chunk
    question: str | None = None
    query: str | None = None
    refusal: str | None = None


def doc_chunks() -> list[Chunk]:
    """The language reference cut into retrievable pieces, plus one chunk per company."""
    from finql.language.docs import reference
    from finql.language.registry import companies

    out: list[Chunk] = []
    section = ""
    for line in reference().splitlines():
        line = line.strip()
        if line.startswith("## "):
            section = line[3:]
        elif line.startswith("| `") or line.startswith("- "):
            text = f"{section}: {line.strip('|- ').replace(' | ', '; ')}" if section else line
            out.append(Chunk(f"doc{len(out):04d}", "doc", text))
        elif line.startswith("`ITEMS FOR TARGET"):
            out.append(Chunk(f"doc{len(out):04d}", "doc", f"Grammar: {line}"))
    for c in companies():
        idx = ";".join(c.indexes) or "no index"
        out.append(Chunk(f"co_{c.ticker}", "doc", f"Company {c.name}: ticker {c.ticker}; sector {c.sector}; "
                         f"industry {c.industry}; country {c.country}; currency {c.currency}; indexes {idx}"))
    return out


def example_chunks() -> list[Chunk]:
    """The dev golden set (never the test split) as retrievable examples."""
    from finql.translate.reference import examples

    return [Chunk(f"ex_{e['id']}", "example", e["question"], e["question"], e.get("query"), e.get("refusal"))
            for e in examples()]


def chunks() -> list[Chunk]:
    return example_chunks() + doc_chunks()


def content_hash(rows: Iterable[Chunk]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps(r.__dict__, sort_keys=True).encode())
    return h.hexdigest()


def store_path(charter: Any) -> Path:
    return Path(charter.settings.home) / "finql" / "reference.sqlite"


def _write(path: Path, rows: list[Chunk], digest: str) -> bool:
    """Replace the table's rows in one transaction; False when it already holds this content."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    try:
        con.executescript(SCHEMA)
        stored = con.execute("SELECT content_hash FROM kb_state WHERE id = 1").fetchone()
        if stored and stored[0] == digest:
            return False
        con.execute("BEGIN")
        con.execute("DELETE FROM chunks")
        con.executemany("INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?)",
                        [(r.chunk_id, r.kind, r.text, r.question, r.query, r.refusal) for r in rows])
        con.execute("INSERT OR REPLACE INTO kb_state VALUES (1, ?)", (digest,))
        con.execute("COMMIT")
        return True
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def ensure_index(charter: Any, actor: str = "admin") -> int:
    """Create (or bring up to date) the table, its source, grants and the vector index; rows indexed."""
    rows = chunks()
    path = store_path(charter)
    changed = _write(path, rows, content_hash(rows))
    data, cat = charter.data, charter.catalog
    if SOURCE not in {n for n, _s, _u in data.sources()}:
        data.add_source(SOURCE, f"sqlite:///{path.resolve()}", actor=actor)
        changed = True
    if changed:
        data.sync(SOURCE, actor=actor)  # also refreshes an existing index incrementally
    existing = {p.name for p in cat.principals()}
    for who in (*PRINCIPALS, *AGENTS):
        if who not in existing:
            cat.create_principal(who, "agent" if who in AGENTS else "user", actor=actor)
    if INDEX not in {s.name for s in cat.securables(type="vector_index")}:
        charter.indexes.create(INDEX, TABLE, "text", "chunk_id", actor=actor)
    for who in (*PRINCIPALS, *AGENTS):
        cat.grant(["USE_CATALOG"], f"catalog:{SOURCE}", who, actor=actor)
        cat.grant(["USE_SCHEMA", "SELECT"], f"schema:{SOURCE}.main", who, actor=actor)
        cat.grant(["SELECT"], f"vector_index:{INDEX}", who, actor=actor)
    return len(rows)


def has_index(charter: Any) -> bool:
    """Whether the vector index is registered in the catalog."""
    return INDEX in {s.name for s in charter.catalog.securables(type="vector_index")}


def retrieve(indexes: VectorIndexes, question: str, *, k_examples: int, k_docs: int, principal: str,
             agent: str | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """The nearest examples (as golden cases) and doc chunks (as text), best first, by one index search."""
    hits = indexes.search(INDEX, question, max(8 * (k_examples + k_docs), 64), principal=principal, agent=agent)
    examples: list[dict[str, Any]] = []
    docs: list[str] = []
    for h in hits:
        row = {k.lower(): v for k, v in h.row.items()}
        if row.get("kind") == "example" and len(examples) < k_examples:
            examples.append({"question": row.get("question"), "query": row.get("query"), "refusal": row.get("refusal")})
        elif row.get("kind") == "doc" and len(docs) < k_docs:
            docs.append(str(row.get("text")))
    return examples, docs

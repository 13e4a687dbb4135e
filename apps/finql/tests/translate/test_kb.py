"""The baseline's knowledge base: a governed table and a Charter vector index over it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charter.errors import PermissionDenied
from charter.runtime import Charter
from finql.translate import kb
from finql.translate.reference import GOLDEN


@pytest.fixture(scope="module")
def charter(tmp_path_factory: pytest.TempPathFactory) -> Charter:
    home = tmp_path_factory.mktemp("kb_home")
    (home / "charter.toml").write_text('[embeddings]\nprovider = "hashing"\n')  # no model to load
    rt = Charter.open(home)
    kb.ensure_index(rt)
    return rt


def test_index_holds_dev_examples_and_reference_chunks_only(charter: Charter) -> None:
    rows = charter.data.query(f"SELECT kind, question FROM {kb.TABLE}", principal="admin").rows
    kinds = [k for k, _q in rows]
    assert kinds.count("example") == len(kb.example_chunks()) and kinds.count("doc") == len(kb.doc_chunks())
    held = {json.loads(line)["question"] for name in ("test.jsonl", "heldout.jsonl")
            for line in Path(GOLDEN, name).read_text().splitlines() if line.strip()}
    assert not held & {q for _k, q in rows}  # nothing the bench reports on is in the prompt bank
    assert any(c.text.startswith("Company Northwind Systems: ticker NWSY") for c in kb.doc_chunks())


def test_search_is_governed_and_returns_both_kinds(charter: Charter) -> None:
    examples, docs = kb.retrieve(charter.indexes, "Northwind Systems sales in fiscal 2023", k_examples=3, k_docs=3,
                                 principal="analyst", agent="finql-baseline")
    assert len(examples) == 3 and len(docs) == 3
    assert all(e["question"] and (e["query"] or e["refusal"]) for e in examples)
    charter.catalog.create_principal("outsider", "user", actor="admin")
    with pytest.raises(PermissionDenied):
        kb.retrieve(charter.indexes, "Northwind Systems sales", k_examples=1, k_docs=1, principal="outsider",
                    agent="finql-baseline")


def test_ensure_index_is_idempotent(charter: Charter) -> None:
    assert kb.has_index(charter)
    before = kb.store_path(charter).stat().st_mtime_ns
    assert kb.ensure_index(charter) == len(kb.chunks())
    assert kb.store_path(charter).stat().st_mtime_ns == before  # same content: nothing rewritten

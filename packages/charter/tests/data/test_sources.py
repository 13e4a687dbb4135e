"""Sources: registration, sync and re-sync into the catalog, credentials kept out of audit and errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from data_helpers import build_duckdb

from charter.catalog import Catalog
from charter.data import DataService, registry
from charter.data.connectors import Connector
from charter.errors import (
    AlreadyExists,
    ConfigError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    SourceUnavailable,
)


def test_builtin_connectors_are_in_the_registry() -> None:
    known = registry()
    assert {"duckdb", "sqlite", "postgresql", "mysql"} <= set(known)
    assert all(issubclass(known[name], Connector) for name in known)


def test_resync_picks_up_added_and_dropped_tables(tmp_path: Path, data: DataService, catalog: Catalog) -> None:
    path = tmp_path / "w.duckdb"
    url = build_duckdb(path, ["CREATE TABLE a (id INT PRIMARY KEY, name TEXT)", "CREATE TABLE b (x INT)"])
    data.add_source("w", url)
    first = data.sync("w")
    assert sorted(first.added) == ["table:w.main.a", "table:w.main.b"]
    cols = catalog.securable("table:w.main.a").properties
    assert '"primary_key": ["id"]' in cols and '["name", "VARCHAR"]' in cols
    data.close()  # release the file so another connection may change it
    build_duckdb(path, ["DROP TABLE b", "CREATE TABLE c (y TEXT)", "ALTER TABLE a ADD COLUMN extra INT"])
    second = data.sync("w")
    assert second.added == ["table:w.main.c"] and second.dropped == ["table:w.main.b"]
    assert second.updated == ["table:w.main.a"]
    with pytest.raises(NotFound):
        catalog.securable("table:w.main.b")
    with pytest.raises(NotFound, match="unknown table 'w.main.b'"):
        data.query("SELECT * FROM w.main.b", principal="admin")


def test_sqlite_source(tmp_path: Path, data: DataService) -> None:
    db = tmp_path / "s.sqlite"
    con = sqlite3.connect(db)
    con.executescript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b');"
                      "CREATE VIEW tv AS SELECT v FROM t;")
    con.close()
    data.add_source("lite", f"sqlite:///{db}")
    result = data.sync("lite")
    assert sorted(result.added) == ["table:lite.main.t", "view:lite.main.tv"]
    assert data.query("SELECT v FROM lite.main.tv ORDER BY v", principal="admin").rows == [("a",), ("b",)]
    assert data.query("SELECT id FROM lite.main.t WHERE v = :v", principal="admin", params={"v": "b"}).rows == [(2,)]


def test_passwords_never_reach_audit_or_listing(data: DataService, catalog: Catalog) -> None:
    data.add_source("pg", "postgresql://alice:s3cret-pw@127.0.0.1:1/db")
    assert "s3cret-pw" not in repr(data.sources())
    assert "s3cret-pw" not in repr(catalog.audit_log())
    assert "s3cret-pw" not in catalog.securable("catalog:pg").properties


def test_bad_sources(tmp_path: Path, data: DataService, catalog: Catalog) -> None:
    with pytest.raises(InvalidInput, match="no connector for 'oracle://'"):
        data.add_source("o", "oracle://x")
    with pytest.raises(ConfigError, match="must look like"):
        data.add_source("o", "just-a-path")
    with pytest.raises(InvalidInput, match="letters, digits"):
        data.add_source("bad-name", "duckdb:///x.duckdb")
    data.add_source("gone", f"duckdb:///{tmp_path / 'missing.duckdb'}")
    with pytest.raises(AlreadyExists):
        data.add_source("gone", f"duckdb:///{tmp_path / 'missing.duckdb'}")
    with pytest.raises(SourceUnavailable, match="no DuckDB file"):
        data.sync("gone")
    with pytest.raises(NotFound, match="unknown source 'gon'; did you mean 'gone'"):
        data.sync("gon")
    catalog.create_principal("eve")
    with pytest.raises(PermissionDenied):
        data.add_source("eves", f"duckdb:///{tmp_path / 'e.duckdb'}", actor="eve")
    with pytest.raises(PermissionDenied):
        data.sync("gone", actor="eve")
    assert [e.action for e in catalog.audit_log(limit=1)] == ["sync source"]

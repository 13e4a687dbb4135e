"""Governed SQL, vector search and traces against real PostgreSQL and MariaDB."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from charter.catalog import Catalog
from charter.data import DataService, VectorIndexes
from charter.errors import PermissionDenied, SourceUnavailable
from charter.settings import Settings
from charter.store import Store

ROWS = [(1, "EU", "apple pie for the office", "111-11-1111"), (2, "US", "banana split order", "222-22-2222"),
        (3, "EU", "apple crumble delivery", "333-33-3333"), (4, "US", "apple tart for a party", "444-44-4444")]


def _setup(url: str, schema: str | None) -> None:
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    q = f"{schema}." if schema else ""
    with engine.connect() as conn:
        if schema:
            conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        for t in ("secret_view", "orders_view"):
            conn.execute(sa.text(f"DROP VIEW IF EXISTS {q}{t}"))
        for t in ("orders", "secrets"):
            conn.execute(sa.text(f"DROP TABLE IF EXISTS {q}{t}"))
        conn.execute(sa.text(f"CREATE TABLE {q}orders (id INTEGER PRIMARY KEY, region VARCHAR(10), "
                             "note VARCHAR(200), ssn VARCHAR(20))"))
        for r in ROWS:
            conn.execute(sa.text(f"INSERT INTO {q}orders VALUES (:a, :b, :c, :d)"), dict(zip("abcd", r, strict=True)))
        conn.execute(sa.text(f"CREATE TABLE {q}secrets (id INTEGER, code VARCHAR(50))"))
        conn.execute(sa.text(f"INSERT INTO {q}secrets VALUES (1, 'launch-code')"))
        conn.execute(sa.text(f"CREATE VIEW {q}secret_view AS SELECT id, code FROM {q}secrets"))
    engine.dispose()


@pytest.fixture(params=["postgresql", "mariadb"])
def server(request: pytest.FixtureRequest, settings: Settings, sqlite_store: Store) -> tuple[DataService, str]:
    """Source 'srv' on a real server; bob reads srv.<schema>.orders only. Returns (service, schema)."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
        schema = f"shop_{uuid.uuid4().hex[:6]}"
        _setup(url, schema)
        source_url = "postgresql://" + url.split("://", 1)[1]
    else:
        url = request.getfixturevalue("mysql_url")
        _setup(url, None)
        schema = url.rsplit("/", 1)[1]
        source_url = "mysql://" + url.split("://", 1)[1]
    settings.embeddings.provider = "hashing"
    catalog = Catalog(sqlite_store)
    data = DataService(settings, sqlite_store, catalog)
    data.add_source("srv", source_url)
    data.sync("srv")
    catalog.create_principal("bob")
    catalog.create_principal("hr", "group")
    catalog.grant("USE_CATALOG", "catalog:srv", "bob")
    catalog.grant("USE_SCHEMA", f"schema:srv.{schema}", "bob")
    catalog.grant("SELECT", f"table:srv.{schema}.orders", "bob")
    request.addfinalizer(data.close)
    return data, schema


def test_select_on_one_table_cannot_read_another(server: tuple[DataService, str]) -> None:
    data, s = server
    assert len(data.query(f"SELECT * FROM srv.{s}.orders", principal="bob").rows) == 4
    leaks = [
        f"SELECT o.id, x.code FROM srv.{s}.orders o JOIN srv.{s}.secrets x ON o.id = x.id",
        f"WITH c AS (SELECT * FROM srv.{s}.secrets) SELECT * FROM c",
        f"SELECT * FROM srv.{s}.orders WHERE id IN (SELECT id FROM srv.{s}.secrets)",
    ]
    for sql in leaks:
        with pytest.raises(PermissionDenied, match=f"bob lacks SELECT on table:srv.{s}.secrets"):
            data.query(sql, principal="bob")
    data.catalog.grant("SELECT", f"view:srv.{s}.secret_view", "bob")
    with pytest.raises(PermissionDenied, match=f"bob lacks SELECT on table:srv.{s}.secrets"):
        data.query(f"SELECT * FROM srv.{s}.secret_view", principal="bob")


def test_filters_masks_params_and_percent_signs(server: tuple[DataService, str]) -> None:
    data, s = server
    data.catalog.set_row_filter(f"srv.{s}.orders", "region = 'EU' OR is_member('hr')")
    data.catalog.set_column_mask(f"srv.{s}.orders", "ssn", "CASE WHEN is_member('hr') THEN ssn ELSE 'XXX-XX-' END")
    r = data.query(f"SELECT id, ssn FROM srv.{s}.orders WHERE note LIKE '%apple%' AND id >= :low ORDER BY id",
                   principal="bob", params={"low": 1})
    assert r.rows == [(1, "XXX-XX-"), (3, "XXX-XX-")]


def test_row_filter_holds_through_vector_search_and_mask_in_trace(server: tuple[DataService, str],
                                                                  settings: Settings) -> None:
    from charter.tracing import Tracer

    data, s = server
    data.catalog.set_row_filter(f"srv.{s}.orders", "region = 'EU'")
    data.catalog.set_column_mask(f"srv.{s}.orders", "ssn", "'masked'")
    assert VectorIndexes(data).create(f"srv.{s}.orders_idx", f"srv.{s}.orders", "note") == 4
    data.catalog.grant("SELECT", f"vector_index:srv.{s}.orders_idx", "bob")
    tracer = Tracer(settings, data.store)
    with tracer.trace("search-test", principal="bob") as root:
        hits = VectorIndexes(data).search(f"srv.{s}.orders_idx", "apple party", k=10, principal="bob")
    tracer.flush()
    assert {h.key for h in hits} == {1, 3}  # rows 2 and 4 are US: filtered out of the hits
    assert all(h.row["ssn"] == "masked" for h in hits)
    trace = tracer.get(root.trace_id)
    text = trace.model_dump_json()
    assert "masked" in text and "111-11-1111" not in text and "333-33-3333" not in text
    assert trace.find_all("sql")


def test_source_down_is_one_clear_line_without_the_password(settings: Settings, sqlite_store: Store,
                                                            pg_url: str) -> None:
    catalog = Catalog(sqlite_store)
    data = DataService(settings, sqlite_store, catalog)
    data.add_source("down", "postgresql://alice:hunter2@127.0.0.1:1/nowhere")
    with pytest.raises(SourceUnavailable, match="source 'down' is unavailable") as info:
        data.sync("down")
    assert "hunter2" not in info.value.message and "\n" not in info.value.message
    log = catalog.audit_log()
    assert "hunter2" not in repr(log)
    assert any(e.action == "sync source" and not e.allowed for e in log)

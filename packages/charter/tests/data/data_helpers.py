"""Helpers the data-layer tests share (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from charter.catalog import Catalog
    from charter.data import DataService


def build_duckdb(path: Path, statements: list[str]) -> str:
    """Create (or extend) a DuckDB file with these statements; return its source URL."""
    import duckdb

    con = duckdb.connect(str(path))
    for s in statements:
        con.execute(s)
    con.close()
    return f"duckdb:///{path}"


ENGINES = ["duckdb", "sqlite", "postgresql", "mariadb"]
ORDERS = [(1, "EU", "apple pie for the office", "111-11-1111"), (2, "US", "banana split order", "222-22-2222"),
          (3, "EU", "cherry tart delivery", "333-33-3333"), (4, "US", "apple crumble for a party", "444-44-4444")]
SALARIES = [("alice", 250000), ("bob", 90000)]


def _statements(q: str) -> list[str]:
    """The same small estate on every engine (``q`` qualifies names with the schema where needed)."""
    rows = ", ".join(f"({i}, '{r}', '{n}', '{s}')" for i, r, n, s in ORDERS)
    return [
        f"CREATE TABLE {q}orders (id INTEGER PRIMARY KEY, region VARCHAR(10), note VARCHAR(200), ssn VARCHAR(20))",
        f"INSERT INTO {q}orders VALUES {rows}",
        f"CREATE TABLE {q}salaries (name VARCHAR(50), salary INTEGER)",
        f"INSERT INTO {q}salaries VALUES " + ", ".join(f"('{n}', {s})" for n, s in SALARIES),
        f"CREATE TABLE {q}tasks (id INTEGER PRIMARY KEY, region VARCHAR(10), done INTEGER)",
        f"INSERT INTO {q}tasks VALUES (1, 'EU', 0), (2, 'US', 0), (3, 'EU', 0), (4, 'US', 0)",
        f"CREATE VIEW {q}orders_view AS SELECT id, region, ssn FROM {q}orders",
        f"CREATE VIEW {q}salaries_view AS SELECT name, salary FROM {q}salaries",
    ]


def build_source(kind: str, tmp_path: Path, request: Any) -> tuple[str, str, Callable[[str], list[tuple[Any, ...]]]]:
    """Create the estate on one engine: (source URL, schema, a raw reader that bypasses governance)."""
    import uuid

    if kind == "duckdb":
        url = build_duckdb(tmp_path / "estate.duckdb", _statements(""))

        def read(sql: str) -> list[tuple[Any, ...]]:
            # the data layer's settings: one process, one file
            from charter.data.connectors import open_duckdb

            con = open_duckdb(str(tmp_path / "estate.duckdb"))
            try:
                return con.execute(sql).fetchall()
            finally:
                con.close()

        return url, "main", read
    if kind == "sqlite":
        import sqlite3

        path = tmp_path / "estate.sqlite"
        con = sqlite3.connect(path)
        for s in _statements(""):
            con.execute(s)
        con.commit()
        con.close()

        def read_sqlite(sql: str) -> list[tuple[Any, ...]]:
            c = sqlite3.connect(path)
            try:
                return c.execute(sql).fetchall()
            finally:
                c.close()

        return f"sqlite:///{path}", "main", read_sqlite
    import sqlalchemy as sa

    if kind == "postgresql":
        admin = request.getfixturevalue("pg_url")
        schema = f"est_{uuid.uuid4().hex[:8]}"
        prefix, statements = f"{schema}.", [f"CREATE SCHEMA {schema}"]
        source_url = "postgresql://" + admin.split("://", 1)[1]
    else:
        admin = request.getfixturevalue("mysql_url")
        schema = admin.rsplit("/", 1)[1]
        prefix = ""
        statements = [f"DROP VIEW IF EXISTS {v}" for v in ("orders_view", "salaries_view")] + [
            f"DROP TABLE IF EXISTS {t}" for t in ("orders", "salaries", "tasks")]
        source_url = "mysql://" + admin.split("://", 1)[1]
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for s in statements + _statements(prefix):
            conn.exec_driver_sql(s)
    engine.dispose()

    def read_server(sql: str) -> list[tuple[Any, ...]]:
        e = sa.create_engine(admin)
        try:
            with e.connect() as c:
                return [tuple(r) for r in c.exec_driver_sql(sql).fetchall()]
        finally:
            e.dispose()

    return source_url, schema, read_server


@dataclass
class Estate:
    """One source 'src' on a real engine: orders (row filter + ssn mask for non-hr), salaries (no grant),
    tasks, two views. bob may read orders and orders_view only."""

    data: DataService
    catalog: Catalog
    kind: str
    schema: str
    read: Callable[[str], list[tuple[Any, ...]]]  # raw SQL on the engine, no governance

    def t(self, name: str) -> str:
        return f"src.{self.schema}.{name}"

    def raw(self, name: str) -> str:
        return name if self.kind in ("duckdb", "sqlite", "mariadb") else f"{self.schema}.{name}"

"""Write the generated FinQL data to DuckDB (default) or PostgreSQL, and read its content hash back."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import tempfile
import uuid
from pathlib import Path

from charter.errors import InvalidInput, SourceUnavailable
from finql.data.generator import COLUMNS, Tables, generate

_TYPES = {
    "ticker": "VARCHAR", "name": "VARCHAR", "sector": "VARCHAR", "industry": "VARCHAR", "country": "VARCHAR",
    "currency": "VARCHAR", "indexes": "VARCHAR", "fiscal_year_end_month": "INTEGER", "ipo_year": "INTEGER",
    "fiscal_year": "INTEGER", "fiscal_quarter": "INTEGER", "period_end": "DATE", "fx_date": "DATE",
    "valid_to": "DATE", "date": "DATE",
}
SCHEMAS = ("reference", "fundamentals", "prices", "estimates", "fx")
KEYS = {
    "reference.companies": ("ticker",), "fundamentals.quarterly": ("ticker", "fiscal_year", "fiscal_quarter"),
    "fundamentals.annual": ("ticker", "fiscal_year"), "prices.daily": ("ticker", "date"),
    "estimates.consensus": ("ticker", "fiscal_year"), "fx.daily": ("date",),
}


def _type(col: str, pg: bool) -> str:
    t = _TYPES.get(col, "DOUBLE")
    if pg:
        t = {"VARCHAR": "TEXT", "DOUBLE": "DOUBLE PRECISION"}.get(t, t)
    return t


def _ddl(table: str, pg: bool) -> str:
    cols = ", ".join(f'"{c}" {_type(c, pg)}' for c in COLUMNS[table])
    return f"CREATE TABLE {table} ({cols}, PRIMARY KEY ({', '.join(KEYS[table])}))"


def _csv(rows: list[tuple]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in rows:
        w.writerow(["" if v is None else v.isoformat() if isinstance(v, dt.date) else v for v in row])
    return buf.getvalue()


def default_path(home: Path) -> Path:
    """Where `finql data build` writes DuckDB by default (the file name is the catalog name)."""
    return home / "finql.duckdb"


def duckdb_url(path: Path) -> str:
    return f"duckdb:///{Path(path).resolve()}"


def build(url: str, tables: Tables | None = None) -> str:
    """Write every table to the database at `url` (replacing them); returns the content hash."""
    tables = tables or generate()
    if url.startswith("duckdb:///"):
        _build_duckdb(Path(url[len("duckdb:///"):]), tables)
    elif url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        _build_postgres(url, tables)
    else:
        raise InvalidInput(f"unsupported data URL '{url}'; use duckdb:///PATH or postgresql://...")
    return tables.content_hash()


def _build_duckdb(path: Path, tables: Tables) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # a file of this build's own beside the target: two builds at once (two `finql data build`s) never write
    # into or unlink each other's file, and the last one's replace wins with the same tables
    tmp = path.with_name(f"{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.building")
    try:
        _write_duckdb(tmp, tables)
    except BaseException:
        for p in (tmp, Path(str(tmp) + ".wal")):
            p.unlink(missing_ok=True)  # nothing half written is left behind
        raise
    tmp.replace(path)  # atomically: a reader never sees a half-built file


def _write_duckdb(tmp: Path, tables: Tables) -> None:
    import duckdb

    con = duckdb.connect(str(tmp))
    try:
        with tempfile.TemporaryDirectory() as d:
            for schema in SCHEMAS:
                con.execute(f"CREATE SCHEMA {schema}")
            for table, rows in tables.rows.items():
                con.execute(_ddl(table, pg=False))
                f = Path(d) / f"{table}.csv"
                f.write_text(_csv(rows), encoding="utf-8")
                # prices in date order: a query reads a few dates of every company, and DuckDB's
                # zone maps then skip the row groups of other dates (about 40% faster lookups)
                order = " ORDER BY date, ticker" if table == "prices.daily" else ""
                con.execute(f"INSERT INTO {table} SELECT * FROM read_csv(?, header=false, "
                            f"columns={_columns_struct(table)}, nullstr=''){order}", [str(f)])
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _columns_struct(table: str) -> str:
    return "{" + ", ".join(f"'{c}': '{_type(c, False)}'" for c in COLUMNS[table]) + "}"


def _pg_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _build_postgres(url: str, tables: Tables) -> None:
    import psycopg

    try:
        conn = psycopg.connect(_pg_url(url))
    except psycopg.OperationalError as exc:
        raise SourceUnavailable(f"cannot connect to PostgreSQL: {str(exc).splitlines()[0]}") from None
    with conn, conn.cursor() as cur:
        for schema in SCHEMAS:
            cur.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            cur.execute(f"CREATE SCHEMA {schema}")
        for table, rows in tables.rows.items():
            cur.execute(_ddl(table, pg=True))
            cols = ", ".join(f'"{c}"' for c in COLUMNS[table])
            with cur.copy(f"COPY {table} ({cols}) FROM STDIN WITH (FORMAT csv)") as copy:
                copy.write(_csv(rows))
    conn.close()


def database_hash(url: str) -> str:
    """SHA-256 over every table as stored, read back in key order (checks two builds are equal)."""
    h = hashlib.sha256()
    for table in sorted(COLUMNS):
        cols = ", ".join(f'"{c}"' for c in COLUMNS[table])
        sql = f"SELECT {cols} FROM {table} ORDER BY {', '.join(KEYS[table])}"
        h.update(table.encode())
        for row in _read(url, sql):
            h.update(repr(tuple(float(v) if isinstance(v, int | float) else v for v in row)).encode())
    return h.hexdigest()


def _read(url: str, sql: str) -> list[tuple]:
    if url.startswith("duckdb:///"):
        from charter.data.connectors import open_duckdb

        con = open_duckdb(url[len("duckdb:///"):])  # the data layer's settings, so both may share a process
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()
    import psycopg

    with psycopg.connect(_pg_url(url)) as conn:
        return list(conn.execute(sql).fetchall())

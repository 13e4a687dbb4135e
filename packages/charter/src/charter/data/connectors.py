"""Connectors: one small class per kind of source, found through a registry filled from entry points.

A connector knows three things: how to discover what a source holds, how to run one SQL string
with bound parameters under a deadline (using the engine's own cancel), and which sqlglot dialect
the source speaks. Built-ins register under the entry-point group ``charter.connectors`` exactly as
third-party connectors do.
"""

from __future__ import annotations

import heapq
import itertools
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from charter.errors import ConfigError, ExecutionError, SourceUnavailable, Timeout, did_you_mean
from charter.plugins import CONNECTORS, Registry
from charter.store import redact_url

ENTRY_POINT_GROUP = CONNECTORS
_MARK = re.compile(r"__chp_(\w+?)__")


@dataclass(frozen=True)
class TableInfo:
    """A table or view found in a source."""

    schema: str
    name: str
    kind: str  # "table" | "view"
    columns: list[tuple[str, str]]
    primary_key: list[str] = field(default_factory=list)
    definition: str | None = None  # a view's SELECT, in the source dialect


@dataclass(frozen=True)
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def scheme_of(url: str) -> str:
    """``postgresql+psycopg://...`` -> ``postgresql``; ``mariadb://`` counts as ``mysql``."""
    if "://" not in url:
        raise ConfigError(f"source URL '{redact_url(url)}' must look like duckdb:///path, sqlite:///path, "
                          "postgresql://... or mysql://...")
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower()
    return {"postgres": "postgresql", "mariadb": "mysql"}.get(scheme, scheme)


def _scrub(message: str, url: str) -> str:
    """An engine's error message with the source's password (if any) removed."""
    from sqlalchemy.engine import make_url

    first = message.strip().splitlines()[0] if message.strip() else message
    try:
        password = make_url(url).password
    except Exception:  # noqa: BLE001 - an unparseable URL has no password we can find
        password = None
    if password:
        first = first.replace(str(password), "***")
    return first


class Connector:
    """Base class: subclasses set ``scheme`` and ``dialect`` and implement the three methods.

    ``execute`` runs governed SQL, which has been checked already; the connector adds defence in
    depth: a read (the default) runs where the engine itself cannot write or reach outside the
    source, and only ``write=True`` (the governed INSERT/UPDATE/DELETE path) may change data.
    """

    scheme: ClassVar[str] = ""
    dialect: ClassVar[str] = ""
    paramstyle: ClassVar[str] = "named"  # how a bound parameter is written: named (:x), dollar ($x), pyformat

    def __init__(self, name: str, url: str) -> None:
        self.name = name
        self.url = url

    def discover(self) -> list[TableInfo]:
        raise NotImplementedError

    def execute(self, sql: str, params: dict[str, Any] | None = None, *, timeout_s: float | None = None,
                max_rows: int | None = None, write: bool = False) -> Result:
        raise NotImplementedError

    def close(self) -> None:
        pass

    @classmethod
    def render_params(cls, sql: str) -> str:
        """Turn the placeholder markers the generator wrote into this driver's parameter syntax."""
        if cls.paramstyle == "pyformat":
            # SQLAlchemy hands the driver a parameter dict even when it is empty, so a literal '%'
            # (LIKE 'a%') is always escaped.
            return _MARK.sub(r"%(\1)s", sql.replace("%", "%%"))
        if "__chp_" not in sql:
            return sql
        if cls.paramstyle == "dollar":
            return _MARK.sub(r"$\1", sql)
        return _MARK.sub(r":\1", sql)

    def unavailable(self, exc: BaseException) -> SourceUnavailable:
        return SourceUnavailable(f"source '{self.name}' is unavailable: {_scrub(str(exc), self.url)}")



class _Deadline:
    __slots__ = ("cancel", "done", "fired", "when")

    def __init__(self, when: float, cancel: Callable[[], None]) -> None:
        self.when, self.cancel, self.done, self.fired = when, cancel, False, False


class Watchdog:
    """Cancels queries that run past their deadline, from one thread (started on first use, stopped
    by ``close``): a timer thread per query costs milliseconds to start on a busy machine, and every
    governed query has a deadline."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Deadline]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._closed = False

    def watch(self, timeout_s: float, cancel: Callable[[], None]) -> _Deadline:
        """Call ``cancel`` in ``timeout_s`` seconds unless ``done`` is called first."""
        deadline = _Deadline(time.monotonic() + timeout_s, cancel)
        with self._cond:
            heapq.heappush(self._heap, (deadline.when, next(self._seq), deadline))
            self._closed = False  # a thread that has not seen a close yet keeps going
            if self._thread is None or not self._thread.is_alive():
                thread = threading.Thread(target=self._run, name=f"charter-deadlines-{self._name}", daemon=True)
                thread.start()
                self._thread = thread
            self._cond.notify()
        return deadline

    def done(self, deadline: _Deadline) -> bool:
        """Stop watching; True when the deadline had already fired."""
        with self._cond:
            deadline.done = True
            return deadline.fired

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()

    def _run(self) -> None:
        with self._cond:
            while not self._closed:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                deadline = heapq.heappop(self._heap)[2]
                deadline.fired = True
                self._cond.release()
                try:
                    deadline.cancel()
                except Exception:  # noqa: BLE001 - the query may have finished and closed meanwhile
                    pass
                finally:
                    self._cond.acquire()


def _fetch(cursor: Any, max_rows: int | None) -> Result:
    if cursor is None or not cursor.description:  # a write without RETURNING: no result set
        return Result([], [])
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchmany(max_rows) if max_rows is not None else cursor.fetchall()
    return Result(columns, [tuple(r) for r in rows])


# DuckDB settings for every connection Charter opens on a source: no files, URLs, extensions or
# Python objects beyond the database itself, and nothing a query can switch back on.
DUCKDB_LOCKDOWN: dict[str, Any] = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "allow_community_extensions": False,
    "python_enable_replacements": False,
    "lock_configuration": True,
}


def open_duckdb(path: str, *, read_only: bool = True) -> Any:
    """A locked-down DuckDB connection (read-only unless asked; ``:memory:`` is always writable).

    Every connection to one file inside a process must share a configuration (DuckDB's rule), so
    code that opens a source's file next to the data layer opens it here.
    """
    import duckdb

    memory = path == ":memory:"
    return duckdb.connect(path, read_only=read_only and not memory, config=dict(DUCKDB_LOCKDOWN))


class DuckDBConnector(Connector):
    """An embedded DuckDB file (the default). Cancelled with ``interrupt()`` at the deadline.

    Opened read-only and locked down, so several processes can read one file; a governed write
    waits for the reads in flight, closes the shared connection, writes through a short-lived
    writable one (which needs the file to itself: another process reading it makes the write fail
    with a clear error) and lets the next read reopen it read-only.
    """

    scheme = "duckdb"
    dialect = "duckdb"
    paramstyle = "dollar"

    def __init__(self, name: str, url: str) -> None:
        super().__init__(name, url)
        # SQLAlchemy's convention: duckdb:///relative/path, duckdb:////absolute/path, duckdb:///:memory:
        self.path = url[len("duckdb:///"):] if url.startswith("duckdb:///") else url.split("://", 1)[1]
        self._con: Any = None
        self._watchdog = Watchdog(name)
        self._gate = threading.Condition()
        self._reading = 0
        self._writing = False

    def _open(self, read_only: bool) -> Any:
        import duckdb

        if self.path != ":memory:" and not Path(self.path).exists():
            raise SourceUnavailable(f"source '{self.name}' is unavailable: no DuckDB file at {self.path}")
        try:
            return open_duckdb(self.path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise SourceUnavailable(f"source '{self.name}' is in use by another process that writes it; "
                                        "try again when it is done") from None
            raise self.unavailable(exc) from None

    def _read_cursor(self) -> Any:
        with self._gate:
            while self._writing:
                self._gate.wait()
            if self._con is None:
                self._con = self._open(read_only=True)
            self._reading += 1
            try:
                return self._con.cursor()
            except BaseException:
                self._reading -= 1
                self._gate.notify_all()
                raise

    def _done_reading(self, cur: Any) -> None:
        cur.close()
        with self._gate:
            self._reading -= 1
            self._gate.notify_all()

    def discover(self) -> list[TableInfo]:
        cur = self._read_cursor()
        try:
            cols: dict[tuple[str, str], list[tuple[str, str]]] = {}
            for schema, table, column, dtype in cur.execute(
                "SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns() "
                "WHERE database_name = current_database() AND NOT internal ORDER BY schema_name, table_name, column_index"
            ).fetchall():
                cols.setdefault((schema, table), []).append((column, dtype))
            pks: dict[tuple[str, str], list[str]] = {}
            for schema, table, names in cur.execute(
                "SELECT schema_name, table_name, constraint_column_names FROM duckdb_constraints() "
                "WHERE database_name = current_database() AND constraint_type = 'PRIMARY KEY'"
            ).fetchall():
                pks[(schema, table)] = list(names)
            out = [TableInfo(s, t, "table", cols.get((s, t), []), pks.get((s, t), []))
                   for s, t in cur.execute("SELECT schema_name, table_name FROM duckdb_tables() "
                                           "WHERE database_name = current_database() AND NOT internal").fetchall()]
            for s, t, sql in cur.execute("SELECT schema_name, view_name, sql FROM duckdb_views() "
                                         "WHERE database_name = current_database() AND NOT internal").fetchall():
                out.append(TableInfo(s, t, "view", cols.get((s, t), []), [], sql))
            return out
        finally:
            self._done_reading(cur)

    def execute(self, sql: str, params: dict[str, Any] | None = None, *, timeout_s: float | None = None,
                max_rows: int | None = None, write: bool = False) -> Result:
        if write:
            return self._write(sql, params, timeout_s=timeout_s, max_rows=max_rows)
        cur = self._read_cursor()
        try:
            return self._run(cur, sql, params, timeout_s, max_rows)
        finally:
            self._done_reading(cur)

    def _run(self, cur: Any, sql: str, params: dict[str, Any] | None, timeout_s: float | None,
             max_rows: int | None) -> Result:
        import duckdb

        deadline = self._watchdog.watch(timeout_s, cur.interrupt) if timeout_s else None
        try:
            cur.execute(sql, params or None)
            return _fetch(cur, max_rows)
        except duckdb.InterruptException:
            raise Timeout(f"query on source '{self.name}' ran past its {timeout_s:g}s limit and was cancelled") from None
        except duckdb.Error as exc:
            if deadline is not None and self._watchdog.done(deadline) and "interrupt" in str(exc).lower():
                raise Timeout(f"query on source '{self.name}' ran past its {timeout_s:g}s limit and was cancelled") from None
            raise ExecutionError(f"source '{self.name}' rejected the query: {_scrub(str(exc), self.url)}") from None
        finally:
            if deadline is not None:
                self._watchdog.done(deadline)

    def _write(self, sql: str, params: dict[str, Any] | None, *, timeout_s: float | None,
               max_rows: int | None) -> Result:
        with self._gate:
            while self._writing or self._reading:
                self._gate.wait()
            self._writing = True
            if self._con is not None:
                self._con.close()
                self._con = None
        try:
            con = self._open(read_only=False)
            try:
                return self._run(con.cursor(), sql, params, timeout_s, max_rows)
            finally:
                con.close()
        finally:
            with self._gate:
                self._writing = False
                self._gate.notify_all()

    def close(self) -> None:
        self._watchdog.close()
        with self._gate:
            if self._con is not None:
                self._con.close()
                self._con = None


class SQLiteConnector(Connector):
    """A SQLite file. Cancelled through a progress handler at the deadline."""

    scheme = "sqlite"
    dialect = "sqlite"
    paramstyle = "named"

    def __init__(self, name: str, url: str) -> None:
        super().__init__(name, url)
        self.path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url.split("://", 1)[1]

    def _conn(self, write: bool = False) -> Any:
        import sqlite3

        if not Path(self.path).exists():
            raise SourceUnavailable(f"source '{self.name}' is unavailable: no SQLite file at {self.path}")
        try:
            # Read-only unless this is the governed write path; the authorizer below is the engine's
            # own second line: no ATTACH, PRAGMA or schema change, and no write on a read.
            con = sqlite3.connect(f"file:{self.path}?mode={'rw' if write else 'ro'}", uri=True,
                                  check_same_thread=False)
            if not write:
                con.execute("PRAGMA query_only = ON")
            return con
        except sqlite3.Error as exc:
            raise self.unavailable(exc) from None

    def discover(self) -> list[TableInfo]:
        con = self._conn()
        try:
            out = []
            for kind, name, sql in con.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).fetchall():
                info = con.execute(f"PRAGMA table_info(\"{name.replace(chr(34), chr(34) * 2)}\")").fetchall()
                columns = [(r[1], r[2] or "ANY") for r in info]
                pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
                definition = None
                if kind == "view":
                    import sqlglot

                    definition = sqlglot.parse_one(sql, read="sqlite").expression.sql("sqlite")
                out.append(TableInfo("main", name, kind, columns, pk, definition))
            return out
        finally:
            con.close()

    def execute(self, sql: str, params: dict[str, Any] | None = None, *, timeout_s: float | None = None,
                max_rows: int | None = None, write: bool = False) -> Result:
        import sqlite3

        con = self._conn(write)
        allowed = _SQLITE_WRITE if write else _SQLITE_READ
        con.set_authorizer(lambda action, *_args: sqlite3.SQLITE_OK if action in allowed else sqlite3.SQLITE_DENY)
        if timeout_s:
            deadline = time.monotonic() + timeout_s
            con.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            result = _fetch(con.execute(sql, params or {}), max_rows)
            if write:
                con.commit()
            return result
        except sqlite3.Error as exc:
            if isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc):
                raise Timeout(f"query on source '{self.name}' ran past its {timeout_s:g}s limit and was cancelled") from None
            raise ExecutionError(f"source '{self.name}' rejected the query: {exc}") from None
        finally:
            con.close()


def _sqlite_actions(*names: str) -> frozenset[int]:
    import sqlite3

    codes = {"SQLITE_READ": 20, "SQLITE_SELECT": 21, "SQLITE_FUNCTION": 31, "SQLITE_RECURSIVE": 33,
             "SQLITE_INSERT": 18, "SQLITE_UPDATE": 23, "SQLITE_DELETE": 9, "SQLITE_TRANSACTION": 22}
    return frozenset(getattr(sqlite3, n, codes[n]) for n in names)


# What a governed statement may make SQLite do (its authorizer's action codes): read, call
# functions, recurse; on the write path also insert, update, delete (in the transaction sqlite3
# opens for them). Never ATTACH, PRAGMA or DDL.
_SQLITE_READ = _sqlite_actions("SQLITE_READ", "SQLITE_SELECT", "SQLITE_FUNCTION", "SQLITE_RECURSIVE")
_SQLITE_WRITE = _SQLITE_READ | _sqlite_actions("SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE",
                                               "SQLITE_TRANSACTION")


class _ServerConnector(Connector):
    """A client-server database reached through a SQLAlchemy engine (pooled, pre-pinged)."""

    driver = ""
    paramstyle = "pyformat"

    def __init__(self, name: str, url: str) -> None:
        super().__init__(name, url)
        self.sa_url = f"{self.driver}://" + url.split("://", 1)[1]
        self._engine: Any = None

    def engine(self) -> Any:
        import sqlalchemy as sa

        if self._engine is None:
            self._engine = sa.create_engine(self.sa_url, pool_pre_ping=True, pool_size=2, max_overflow=4,
                                            connect_args=self.connect_args())
        return self._engine

    def connect_args(self) -> dict[str, Any]:
        return {}

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        from sqlalchemy.exc import DBAPIError

        try:
            with self.engine().connect() as conn:
                return [tuple(r) for r in conn.exec_driver_sql(sql, params or None).fetchall()]
        except DBAPIError as exc:
            if exc.connection_invalidated or isinstance(exc.orig, self.connect_errors()):
                raise self.unavailable(exc.orig) from None
            raise ExecutionError(f"source '{self.name}' rejected the query: {_scrub(str(exc.orig), self.url)}") from None

    def connect_errors(self) -> tuple[type[BaseException], ...]:
        return ()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _discover(self, schema_filter: str, params: dict[str, Any] | None = None) -> list[TableInfo]:
        cols: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for s, t, c, d in self._rows(
            "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns "
            f"WHERE {schema_filter} ORDER BY table_schema, table_name, ordinal_position", params):
            cols.setdefault((s, t), []).append((c, d))
        pks: dict[tuple[str, str], list[str]] = {}
        for s, t, c in self._rows(
            "SELECT k.table_schema, k.table_name, k.column_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name "
            "AND k.table_schema = tc.table_schema AND k.table_name = tc.table_name "
            f"WHERE tc.constraint_type = 'PRIMARY KEY' AND {schema_filter.replace('table_schema', 'k.table_schema')} "
            "ORDER BY k.ordinal_position", params):
            pks.setdefault((s, t), []).append(c)
        views = {(s, t): d for s, t, d in self._rows(
            f"SELECT table_schema, table_name, view_definition FROM information_schema.views WHERE {schema_filter}", params)}
        out = []
        for s, t, kind in self._rows(
            f"SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE {schema_filter}", params):
            is_view = "VIEW" in str(kind).upper()
            out.append(TableInfo(s, t, "view" if is_view else "table", cols.get((s, t), []), pks.get((s, t), []),
                                 views.get((s, t)) if is_view else None))
        return out


class PostgresConnector(_ServerConnector):
    """PostgreSQL through psycopg 3; the deadline is the server's statement_timeout."""

    scheme = "postgresql"
    dialect = "postgres"
    driver = "postgresql+psycopg"

    def connect_args(self) -> dict[str, Any]:
        from sqlalchemy.engine import make_url

        # Every transaction of the session is read-only unless the write path says otherwise, so
        # not even a COMMIT smuggled into one statement's text leaves a writable transaction behind.
        options = make_url(self.sa_url).query.get("options", "")
        options = options if isinstance(options, str) else " ".join(options)
        return {"connect_timeout": 5, "options": f"{options} -c default_transaction_read_only=on".strip()}

    def connect_errors(self) -> tuple[type[BaseException], ...]:
        import psycopg

        return (psycopg.OperationalError,)

    def discover(self) -> list[TableInfo]:
        return self._discover("table_schema NOT IN ('pg_catalog', 'information_schema')")

    def execute(self, sql: str, params: dict[str, Any] | None = None, *, timeout_s: float | None = None,
                max_rows: int | None = None, write: bool = False) -> Result:
        import psycopg
        from sqlalchemy.exc import DBAPIError

        try:
            with self.engine().connect() as conn, conn.begin() as transaction:
                # The first statement of the transaction sets its mode (read-only by default anyway).
                conn.exec_driver_sql("SET TRANSACTION READ WRITE" if write else "SET TRANSACTION READ ONLY")
                if timeout_s:
                    conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(timeout_s * 1000))}")
                result = _fetch(conn.exec_driver_sql(sql, params or None).cursor, max_rows)
                if not write:
                    # A read is rolled back, never committed: what a read-only transaction still
                    # lets a function do (PostgreSQL lets lo_from_bytea create a large object) is undone.
                    transaction.rollback()
                return result
        except DBAPIError as exc:
            if isinstance(exc.orig, psycopg.errors.QueryCanceled):
                raise Timeout(f"query on source '{self.name}' ran past its {timeout_s:g}s limit and was cancelled") from None
            if exc.connection_invalidated or isinstance(exc.orig, psycopg.OperationalError):
                raise self.unavailable(exc.orig) from None
            raise ExecutionError(f"source '{self.name}' rejected the query: {_scrub(str(exc.orig), self.url)}") from None


class MySQLConnector(_ServerConnector):
    """MariaDB or MySQL through PyMySQL; the deadline is max_statement_time / max_execution_time."""

    scheme = "mysql"
    dialect = "mysql"
    driver = "mysql+pymysql"
    _mariadb: bool | None = None

    def connect_args(self) -> dict[str, Any]:
        # Read-only for the whole session (a transaction alone is not enough: DDL commits implicitly
        # and would run outside it); only the write path opens a READ WRITE transaction.
        return {"connect_timeout": 5, "init_command": "SET SESSION TRANSACTION READ ONLY"}

    def connect_errors(self) -> tuple[type[BaseException], ...]:
        import pymysql

        return (pymysql.err.OperationalError,)

    def discover(self) -> list[TableInfo]:
        return self._discover("table_schema = DATABASE()")

    def execute(self, sql: str, params: dict[str, Any] | None = None, *, timeout_s: float | None = None,
                max_rows: int | None = None, write: bool = False) -> Result:
        import pymysql
        from sqlalchemy.exc import DBAPIError

        try:
            with self.engine().connect() as conn, conn.begin() as transaction:
                if self._mariadb is None:
                    self._mariadb = "mariadb" in str(conn.exec_driver_sql("SELECT VERSION()").scalar()).lower()
                conn.exec_driver_sql("START TRANSACTION READ WRITE" if write else "START TRANSACTION READ ONLY")
                if timeout_s:
                    if self._mariadb:
                        conn.exec_driver_sql(f"SET SESSION max_statement_time = {float(timeout_s)}")
                    else:
                        conn.exec_driver_sql(f"SET SESSION max_execution_time = {int(timeout_s * 1000)}")
                try:
                    result = _fetch(conn.exec_driver_sql(sql, params or None).cursor, max_rows)
                finally:
                    if timeout_s:  # pooled connections must not keep one query's deadline
                        conn.exec_driver_sql("SET SESSION max_statement_time = 0" if self._mariadb
                                             else "SET SESSION max_execution_time = 0")
                if not write:
                    transaction.rollback()  # a read never commits anything
                return result
        except DBAPIError as exc:
            code = exc.orig.args[0] if isinstance(exc.orig, pymysql.err.MySQLError) and exc.orig.args else None
            if code in (1969, 3024):  # MariaDB / MySQL: statement ran past its time limit
                raise Timeout(f"query on source '{self.name}' ran past its {timeout_s:g}s limit and was cancelled") from None
            if exc.connection_invalidated or isinstance(exc.orig, pymysql.err.OperationalError) and code in (2003, 2006, 2013):
                raise self.unavailable(exc.orig) from None
            raise ExecutionError(f"source '{self.name}' rejected the query: {_scrub(str(exc.orig), self.url)}") from None


def _connector(name: str, loaded: Any) -> type[Connector]:
    if not (isinstance(loaded, type) and issubclass(loaded, Connector)):
        raise ConfigError(f"connector '{name}' is {loaded!r}, not a charter Connector subclass")
    return loaded


def registry() -> Registry[type[Connector]]:
    """The connector classes by URL scheme, from the ``charter.connectors`` entry points."""
    return Registry(ENTRY_POINT_GROUP, "connector", check=_connector)


def connect(name: str, url: str) -> Connector:
    """A connector for a source URL; an unknown scheme names the known ones."""
    scheme = scheme_of(url)
    known = registry()
    if scheme not in known:
        raise ConfigError(f"no connector for '{scheme}://' URLs{did_you_mean(scheme, known)}; "
                          f"known: {', '.join(known)}")
    return known.get(scheme)(name, url)

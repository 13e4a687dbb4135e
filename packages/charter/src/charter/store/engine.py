"""The metadata store: an engine, transactions, and schema migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from charter.errors import ConfigError, StoreError

MIGRATIONS = Path(__file__).parent / "migrations"


def _normalise_url(url: str) -> str:
    # psycopg 3 is the driver we ship; a bare postgresql:// URL would ask for psycopg2.
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def redact_url(url: str) -> str:
    """The URL with any password hidden, safe for logs, errors and reports."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable url>"


class Store:
    """A handle on the metadata store. Cheap to create; share one per process."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = _normalise_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError:
            raise ConfigError(f"invalid store URL '{redact_url(url)}'") from None
        self.dialect = parsed.get_backend_name()
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.dialect == "sqlite":
            db = parsed.database
            if db and db != ":memory:" and not db.startswith("file:"):  # file: is a URI (mode=ro, ...)
                Path(db).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except (ArgumentError, ModuleNotFoundError) as exc:
            raise ConfigError(f"cannot open store '{redact_url(url)}': {exc}") from None
        # Every failure to reach or write the store, wherever the engine is used, is one StoreError.
        event.listen(self.engine, "handle_error", partial(_store_error, self.display_url))
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            # SQLite's driver opens transactions lazily; BEGIN IMMEDIATE takes the write lock up
            # front so two writers queue on busy_timeout instead of failing mid-transaction.
            event.listen(self.engine, "begin", _sqlite_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return redact_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back whole on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise StoreError(f"metadata store error at {self.display_url}: {exc.orig}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; on SQLite it takes no write lock, so reads never queue behind writers."""
        with self.engine.connect().execution_options(charter_read_only=True) as conn, Session(bind=conn) as session:
            yield session

    def ping(self) -> None:
        """Raise StoreError if the store cannot be reached."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot reach the metadata store at {self.display_url}: {exc}") from None

    def dispose(self) -> None:
        self.engine.dispose()


def _store_error(url: str, context: Any) -> None:
    """Translate the driver's operational errors (cannot open, read-only, locked) at the edge."""
    if getattr(context, "is_pre_ping", False) or not isinstance(context.sqlalchemy_exception, OperationalError):
        return
    reason = str(context.original_exception).strip().splitlines()[0]
    low = reason.lower()
    if "readonly" in low or "read-only" in low or "read only" in low:
        raise StoreError(f"the metadata store at {url} is read-only ({reason}); this command writes to it — "
                         "use a writable store or a read-only command") from context.original_exception
    if "unable to open" in low:
        raise StoreError(f"cannot open the metadata store at {url} ({reason}); check that CHARTER_HOME exists and "
                         "is readable, or run `charter init`") from context.original_exception
    raise StoreError(f"metadata store error at {url}: {reason}") from context.original_exception


def _sqlite_begin(conn: Any) -> None:
    # Writers take the lock up front (queueing on busy_timeout); a read-only session does not.
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("charter_read_only") else "BEGIN IMMEDIATE")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # let the "begin" listener issue BEGIN IMMEDIATE
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    # WAL + NORMAL: durable across process crashes; only an OS crash or power loss can drop the
    # last commits. FULL would fsync every audit record (~25 ms each on this class of disk).
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()

"""Schema migrations with Alembic.

Each subsystem owns an Alembic *branch* (``branch_labels``) rooted at the base revision, so
subsystems add tables without fighting over one linear history. ``upgrade`` goes to all heads.

Any number of processes may open one store at once (``charter init`` four times on an empty
PostgreSQL database, 32 CLI commands on a fresh SQLite home): ``exclusive(store)`` lets one of
them at a time migrate and seed, and the others then find the schema current. On PostgreSQL it
is a session advisory lock; on a SQLite file, a lock file beside the database (``filelock``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from charter.store.engine import MIGRATIONS, Store


def alembic_config(store: Store) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection_url"] = store.url
    return cfg


def heads() -> list[str]:
    """Every head revision the installed code knows."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return sorted(ScriptDirectory.from_config(cfg).get_heads())


def current(store: Store) -> list[str]:
    """Revisions the database is at (empty for a fresh database); a read, no write lock taken."""
    with store.engine.connect().execution_options(charter_read_only=True) as conn:
        return sorted(MigrationContext.configure(conn).get_current_heads())


# An arbitrary 64-bit key naming "Charter's schema" among PostgreSQL advisory locks.
_PG_LOCK_KEY = 0x43686172746572  # "Charter"
_held = threading.local()  # stores this thread holds exclusive() on (the lock is re-entrant per thread)


@contextmanager
def exclusive(store: Store, timeout_s: float = 300.0) -> Iterator[None]:
    """Hold the store's migration lock: one process (and thread) at a time, re-entrant within a thread."""
    held: set[str] = _held.__dict__.setdefault("urls", set())
    if store.url in held:
        yield
        return
    held.add(store.url)
    try:
        with _lock(store, timeout_s):
            yield
    finally:
        held.discard(store.url)


@contextmanager
def _lock(store: Store, timeout_s: float) -> Iterator[None]:
    if store.dialect == "postgresql":
        from sqlalchemy import text

        with store.engine.connect() as conn:
            conn.execute(text(f"SET lock_timeout = '{int(timeout_s * 1000)}ms'"))
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                conn.commit()
        return
    path = store.engine.url.database if store.dialect == "sqlite" else None
    if not path or path == ":memory:" or path.startswith("file:"):
        yield  # an in-memory store is one process's own
        return
    from filelock import FileLock, Timeout

    try:
        with FileLock(f"{path}.lock", timeout=timeout_s):
            yield
    except Timeout:
        from charter.errors import StoreError

        raise StoreError(f"another process has held the migration lock on {path} for {timeout_s:.0f} s") from None


def upgrade(store: Store) -> list[str]:
    """Bring the schema to the newest version; idempotent and safe from many processes at once.

    Returns the revisions now applied.
    """
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if is_current(store):  # the common case: a read only (a read-only store stays untouched)
        return heads()
    with exclusive(store):
        if is_current(store):  # another process upgraded while this one waited
            return heads()
        cfg = alembic_config(store)
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
        return current(store)


def is_current(store: Store) -> bool:
    return current(store) == heads()

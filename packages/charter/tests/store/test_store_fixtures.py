"""The plugin's shared store setup (``charter.testing``): a test's store starts exactly as a fresh
migration leaves it, whatever the tests before it wrote, on SQLite (a copy of a store migrated once)
and on PostgreSQL (the session's database put back to its migrated rows)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from charter.catalog import Catalog
from charter.store import Store, upgrade
from charter.testing import _fresh_pg_store, _pg_tables, copy_migrated


def _contents(store: Store, tables: list[str], but: str = "") -> dict[str, list[tuple[Any, ...]]]:
    """Every row of ``tables``, in a stable order, without the column named ``but``."""
    found = {}
    with store.engine.connect() as conn:
        for t in tables:
            result = conn.execute(sa.text(f"SELECT * FROM {t}"))
            keep = [i for i, k in enumerate(result.keys()) if k != but]
            found[t] = sorted((tuple(r[i] for i in keep) for r in result), key=repr)
    return found


def test_each_copy_of_the_migrated_store_is_its_own(migrated_sqlite: Path, tmp_path: Path) -> None:
    first = Store(f"sqlite:///{copy_migrated(migrated_sqlite, tmp_path / 'a' / 'charter.db')}")
    Catalog(first).create_principal("ann")
    first.dispose()
    second = Store(f"sqlite:///{copy_migrated(migrated_sqlite, tmp_path / 'b' / 'charter.db')}")
    assert [p.name for p in Catalog(second).principals()] == ["admin"]  # ann stayed in the first copy
    fresh = Store(f"sqlite:///{tmp_path / 'fresh.db'}")
    upgrade(fresh)
    with fresh.engine.connect() as conn:
        tables = [t for (t,) in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
    # The admin's creation time is when each store was migrated: the one difference there may be.
    assert _contents(second, tables, but="created_at") == _contents(fresh, tables, but="created_at")
    assert tables and any(_contents(fresh, tables).values())  # there was something to compare
    second.dispose()
    fresh.dispose()


def test_an_existing_store_is_never_overwritten(migrated_sqlite: Path, tmp_path: Path) -> None:
    db = copy_migrated(migrated_sqlite, tmp_path / "charter.db")
    store = Store(f"sqlite:///{db}")
    Catalog(store).create_principal("ann")
    store.dispose()
    copy_migrated(migrated_sqlite, db)
    store = Store(f"sqlite:///{db}")
    assert "ann" in {p.name for p in Catalog(store).principals()}
    store.dispose()


@pytest.mark.postgres
def test_a_postgres_store_is_put_back_to_its_migrated_rows_and_sequences(pg_url: str, _pg_migrated: dict) -> None:
    _fresh_pg_store(pg_url, _pg_migrated)
    store = Store(pg_url)
    upgrade(store)
    tables = _pg_migrated["tables"]
    before = _contents(store, tables)
    cat = Catalog(store)
    cat.create_principal("ann")
    first_id = next(p.id for p in cat.principals() if p.name == "ann")
    store.dispose()
    _fresh_pg_store(pg_url, _pg_migrated)
    store = Store(pg_url)
    assert _contents(store, tables) == before  # ann's row is gone
    cat = Catalog(store)
    cat.create_principal("bob")  # the sequence starts again where the migration left it
    assert next(p.id for p in cat.principals() if p.name == "bob") == first_id
    store.dispose()


@pytest.mark.postgres
def test_a_postgres_store_whose_schema_changed_is_migrated_again(pg_url: str, _pg_migrated: dict) -> None:
    _fresh_pg_store(pg_url, _pg_migrated)
    engine = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text("ALTER TABLE catalog_principals ADD COLUMN extra INTEGER"))
        conn.execute(sa.text("CREATE TABLE public.stray (id INTEGER)"))
    _fresh_pg_store(pg_url, _pg_migrated)
    store = Store(pg_url)
    upgrade(store)
    with engine.connect() as conn:
        assert _pg_tables(conn) == _pg_migrated["tables"]
        assert conn.execute(sa.text(
            "SELECT count(*) FROM information_schema.columns WHERE column_name = 'extra'")).scalar() == 0
    assert [p.name for p in Catalog(store).principals()] == ["admin"]
    engine.dispose()
    store.dispose()

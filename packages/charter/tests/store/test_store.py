"""Metadata store: migrations, transactions, concurrent writers — on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing as mp

import pytest
from sqlalchemy import func, select

from charter.errors import ConfigError
from charter.store import Store, current, heads, is_current, upgrade
from charter.store.models import Meta


def test_upgrade_is_idempotent_and_reaches_every_head(store_url: str) -> None:
    s = Store(store_url)
    assert current(s) == []
    assert upgrade(s) == heads()
    assert upgrade(s) == heads()
    assert is_current(s)


def test_session_rolls_back_the_whole_transaction(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as session:
        session.add(Meta(key="a", value="1"))
        session.flush()
        raise RuntimeError("boom")
    with store.session() as session:
        assert session.get(Meta, "a") is None


def _writer(url: str, prefix: str, n: int) -> None:
    s = Store(url)
    for i in range(n):
        with s.session() as session:
            session.add(Meta(key=f"{prefix}-{i}", value=str(i)))
    s.dispose()


def test_two_processes_writing_concurrently_lose_nothing(store: Store) -> None:
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(store.url, p, 60)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Meta)) == 120


def test_invalid_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="invalid store URL"):
        Store("not a url")


def test_password_never_shown() -> None:
    s = Store("postgresql://bob:s3cret@127.0.0.1:1/db")
    assert "s3cret" not in s.display_url


def _init(home: str, url: str | None, barrier: object) -> None:
    """`charter init` in a forked child, all children released at once."""
    import os
    import sys

    from charter.cli import main

    os.environ["CHARTER_HOME"] = home
    if url:
        os.environ["CHARTER_DATABASE_URL"] = url
    else:
        os.environ.pop("CHARTER_DATABASE_URL", None)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the child exits right after
    barrier.wait()  # type: ignore[attr-defined]
    try:
        main(["init"])
    except SystemExit as exc:
        sys.exit(exc.code)


def _init_many(tmp_path, n: int, url: str | None) -> list[int | None]:
    import charter.catalog
    import charter.cli
    import charter.models.registry  # noqa: F401 - imported once here, not in each forked child

    heads()  # alembic's script directory, loaded once too
    ctx = mp.get_context("fork")  # forked from this process: no interpreter start-up per child
    barrier = ctx.Barrier(n)
    procs = [ctx.Process(target=_init, args=(str(tmp_path / "home"), url, barrier)) for _ in range(n)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=300)
    return [p.exitcode for p in procs]


def _seeded(url: str) -> tuple[list[str], int]:
    from sqlalchemy import text

    s = Store(url)
    with s.session() as session:
        models = session.execute(text("SELECT count(*) FROM catalog_securables WHERE type = 'model'")).scalar()
    revisions = current(s)
    s.dispose()
    return revisions, models


@pytest.mark.slow
def test_32_processes_init_one_sqlite_home_at_once(tmp_path) -> None:
    codes = _init_many(tmp_path, 32, None)
    assert codes == [0] * 32
    assert _seeded(f"sqlite:///{tmp_path / 'home' / 'charter.db'}") == (heads(), 1)
    assert (tmp_path / "home" / "charter.toml").read_text(encoding="utf-8").startswith("# Charter configuration")


@pytest.mark.slow
@pytest.mark.postgres
def test_4_inits_on_an_empty_postgres_database_at_once(tmp_path) -> None:
    import uuid

    import sqlalchemy as sa

    from charter.testing import PG_ADMIN_URL, require_service

    require_service("PostgreSQL", "127.0.0.1", 5432)
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    for _ in range(3):  # a race shows up in some rounds only
        name = f"charter_init_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
        try:
            assert _init_many(tmp_path, 4, url) == [0] * 4
            assert _seeded(url) == (heads(), 1)
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()

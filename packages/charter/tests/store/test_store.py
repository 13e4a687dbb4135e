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

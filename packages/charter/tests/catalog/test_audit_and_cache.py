"""The audit hash chain (tampering by hand in the database, concurrent writers) and the grant cache
seen from two Catalog instances (as from two processes), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from charter.catalog import Catalog
from charter.errors import PermissionDenied
from charter.store import Store

ORDERS = "table:main.sales.orders"


def _sql(store: Store, statement: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(statement))


def test_verify_passes_on_an_untouched_log(any_world: Catalog) -> None:
    with pytest.raises(PermissionDenied):
        any_world.authorize("bob", "SELECT", ORDERS, action="query")
    result = any_world.verify_audit()
    assert result.ok and result.checked == len(any_world.audit_log()) > 10


def test_verify_names_a_record_edited_by_hand(any_world: Catalog) -> None:
    any_world.audit(actor="bob", action="query", securable=ORDERS, allowed=False, reason="bob lacks SELECT")
    target = any_world.audit_log(principal="bob")[-1].id
    any_world.audit(actor="carol", action="query", securable=ORDERS, allowed=True, reason="ok")
    assert any_world.verify_audit().ok
    # Turn a denial into an allow, as someone covering their tracks would.
    _sql(any_world.store, f"UPDATE catalog_audit SET allowed = true WHERE id = {target}")
    result = any_world.verify_audit()
    assert not result.ok
    assert result.problem == f"audit record {target} was altered after it was written"
    assert result.checked == target - 1


def test_verify_names_the_gap_left_by_a_deleted_record(any_world: Catalog) -> None:
    ids = [e.id for e in any_world.audit_log()]
    _sql(any_world.store, f"DELETE FROM catalog_audit WHERE id = {ids[3]}")
    result = any_world.verify_audit()
    assert not result.ok and result.problem is not None
    assert result.problem.startswith(f"audit record {ids[4]}: chain broken")


def test_verify_notices_the_latest_records_deleted(any_world: Catalog) -> None:
    last = any_world.audit_log()[-1].id
    _sql(any_world.store, f"DELETE FROM catalog_audit WHERE id >= {last - 1}")
    result = any_world.verify_audit()
    assert not result.ok and f"the chain head is record {last}" in (result.problem or "")


def test_concurrent_writers_never_fork_the_chain(store: Store) -> None:
    # Separate Catalog instances (separate caches, pooled connections) as separate workers would have.
    catalogs = [Catalog(store) for _ in range(4)]
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            for n in range(15):
                catalogs[i].audit(actor=f"worker{i}", action="query", securable=None, allowed=True, reason=str(n))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    result = catalogs[0].verify_audit()
    assert result.ok, result.problem
    assert result.checked == 60


def test_a_grant_made_by_another_instance_is_seen(any_world: Catalog) -> None:
    other = Catalog(any_world.store)  # stands in for another process
    assert not other.check("bob", "SELECT", ORDERS).allowed  # warms its cache with a denial
    any_world.execute("GRANT USE CATALOG, USE SCHEMA, SELECT ON CATALOG main TO bob")
    # An audited decision always consults the store's change counter.
    assert other.authorize("bob", "SELECT", ORDERS, action="query").allowed
    any_world.execute("REVOKE SELECT ON CATALOG main FROM bob")
    with pytest.raises(PermissionDenied):
        other.authorize("bob", "SELECT", ORDERS, action="query")


def test_a_pure_check_sees_another_instances_change_after_the_refresh_interval(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import charter.catalog.service as service

    a, b = Catalog(sqlite_store), Catalog(sqlite_store)
    a.create_principal("bob")
    a.create_securable("model", "local")
    assert not b.check("bob", "QUERY", "model:local").allowed
    a.grant("QUERY", "model:local", "bob")
    assert not b.check("bob", "QUERY", "model:local").allowed  # within the interval: the cached answer
    monkeypatch.setattr(service, "REFRESH_S", 0.0)
    assert b.check("bob", "QUERY", "model:local").allowed


def test_the_granting_instance_sees_its_own_change_at_once(sqlite_store: Store) -> None:
    cat = Catalog(sqlite_store)
    cat.create_principal("bob")
    cat.create_securable("tool", "lookup")
    assert not cat.check("bob", "EXECUTE", "tool:lookup").allowed
    cat.grant("EXECUTE", "tool:lookup", "bob")
    assert cat.check("bob", "EXECUTE", "tool:lookup").allowed
    cat.revoke("EXECUTE", "tool:lookup", "bob")
    assert not cat.check("bob", "EXECUTE", "tool:lookup").allowed


def test_another_instance_replays_grant_changes_instead_of_reloading(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from charter.catalog import index

    a, b = Catalog(store), Catalog(store)
    a.create_principal("bob")
    a.create_securable("model", "local")
    a.create_securable("tool", "lookup")
    assert not b.check("bob", "QUERY", "model:local").allowed
    loads: list[int] = []
    real_load = index.Index.load.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(index.Index, "load", classmethod(lambda cls, s: loads.append(1) or real_load(cls, s)))

    a.grant("QUERY", "model:local", "bob")
    a.grant("EXECUTE", "tool:lookup", "bob")
    a.revoke("EXECUTE", "tool:lookup", "bob")
    assert b.authorize("bob", "QUERY", "model:local", action="chat").allowed
    assert not b.check("bob", "EXECUTE", "tool:lookup").allowed
    assert loads == []  # three grant changes were replayed, not reloaded

    a.create_principal("carol")  # not a grant change: the next refresh reloads
    a.grant("QUERY", "model:local", "carol")
    before = len(loads)  # the writer itself reloaded after creating carol
    assert b.authorize("carol", "QUERY", "model:local", action="chat").allowed
    assert len(loads) == before + 1


def test_checks_do_not_queue_behind_a_writer_on_sqlite(sqlite_store: Store) -> None:
    writer = Catalog(sqlite_store)
    writer.create_principal("bob")
    writer.create_securable("model", "local")
    writer.grant("QUERY", "model:local", "bob")
    reader = Catalog(sqlite_store)
    with sqlite_store.session() as session:  # an open write transaction holds SQLite's write lock
        session.execute(text("UPDATE catalog_state SET version = version WHERE id = 1"))
        assert reader.check("bob", "QUERY", "model:local").allowed
        assert reader.verify_audit().ok


def test_creating_securables_patches_the_snapshot_instead_of_reloading(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from charter.catalog import index

    cat = Catalog(sqlite_store)
    cat.create_principal("bob")
    loads: list[int] = []
    real_load = index.Index.load.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(index.Index, "load", classmethod(lambda cls, s: loads.append(1) or real_load(cls, s)))
    for i in range(5):
        cat.create_securable("table", f"main.sync.t{i}")  # the first also creates main and main.sync
    cat.create_principal("finbot", "agent")
    cat.grant(["USE_CATALOG"], "catalog:main", "bob")
    cat.grant(["USE_SCHEMA", "SELECT"], "schema:main.sync", "bob")
    assert loads == []
    assert cat.check("bob", "SELECT", "table:main.sync.t4").allowed
    assert [s.name for s in cat.securables("table", under="schema:main.sync")] == [f"main.sync.t{i}" for i in range(5)]
    assert cat.owner_of("agent:finbot") == "admin"
    # A fresh instance reading the store agrees with the patched snapshot.
    fresh = Catalog(sqlite_store)
    assert fresh.check("bob", "SELECT", "table:main.sync.t4").allowed
    assert {s.ref for s in fresh.securables()} == {s.ref for s in cat.securables()}


def test_checks_in_other_threads_survive_changes_to_the_shared_snapshot(sqlite_store: Store) -> None:
    cat = Catalog(sqlite_store)
    for name in ("bob", "carol"):
        cat.create_principal(name)
    cat.create_securable("model", "local")
    stop = threading.Event()
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            while not stop.is_set():
                cat.check("bob", "QUERY", "model:local")
                cat.check("carol", "QUERY", "model:local", on_behalf_of="bob")
                cat.securables()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        for i in range(10):
            cat.grant("QUERY", "model:local", "bob" if i % 2 else "carol")
            cat.create_securable("tool", f"t{i}")
            cat.revoke("QUERY", "model:local", "carol")
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors
    assert cat.check("bob", "QUERY", "model:local").allowed and not cat.check("carol", "QUERY", "model:local").allowed


def test_audit_many_appends_a_batch_to_the_chain_in_one_transaction(sqlite_store: Store) -> None:
    cat = Catalog(sqlite_store)
    cat.audit(actor="admin", action="before", securable=None, allowed=True, reason="")
    n = cat.audit_many({"actor": "bob", "action": "model call", "securable": "model:local", "allowed": True,
                        "reason": f"call {i}", "request_id": f"r{i}"} for i in range(3))
    assert n == 3
    assert [e.request_id for e in cat.audit_log(principal="bob")] == ["r0", "r1", "r2"]
    assert cat.verify_audit().ok and cat.verify_audit().checked == 4
    with pytest.raises(TypeError):  # a malformed batch writes nothing
        cat.audit_many([{"actor": "bob", "action": "x", "securable": None, "allowed": True, "reason": ""},
                        {"actor": "bob", "bogus": 1}])
    assert len(cat.audit_log(principal="bob")) == 3

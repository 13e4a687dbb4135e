"""Defence in depth at the engine: even SQL that skipped every check (sent straight to a connector)
cannot write, reach files or other servers, or change the engine's settings; governed queries run
under a deadline; a DuckDB source is shared read-only between processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from data_helpers import Estate

from charter.catalog import Catalog, QueryPolicy
from charter.data import DataService
from charter.errors import ExecutionError, SourceUnavailable, Timeout

ESCAPES = {
    "duckdb": [
        ("SELECT * FROM read_csv('{secret}')", "disabled by configuration"),
        ("SELECT * FROM '{secret}'", "disabled by configuration"),
        ("COPY orders TO '{tmp}/out.csv'", "disabled by configuration|read-only"),
        ("ATTACH '{tmp}/other.db' AS other", "disabled by configuration"),
        ("INSTALL httpfs", "disabled by configuration"),
        ("SET enable_external_access = true", "configuration has been locked"),
        ("SET lock_configuration = false", "configuration has been locked"),
        ("CREATE TABLE x (a INTEGER)", "read-only"),
        ("INSERT INTO orders VALUES (9, 'EU', 'x', 'y')", "read-only"),
        ("SELECT 1; DROP TABLE orders", "read-only"),
    ],
    "sqlite": [
        ("ATTACH DATABASE '{tmp}/other.db' AS other", "not authorized"),
        ("PRAGMA writable_schema = 1", "not authorized"),
        ("CREATE TABLE x (a INTEGER)", "not authorized"),
        ("INSERT INTO orders VALUES (9, 'EU', 'x', 'y')", "not authorized"),
        ("DELETE FROM orders", "not authorized"),
        ("SELECT 1; DELETE FROM orders", "one statement at a time"),
    ],
    "postgresql": [
        ("CREATE TABLE {schema}.x (a INTEGER)", "read-only transaction"),
        ("INSERT INTO {schema}.orders VALUES (9, 'EU', 'x', 'y')", "read-only transaction"),
        ("SELECT 1; COMMIT; DELETE FROM {schema}.orders", "read-only transaction"),
    ],
    "mariadb": [
        ("CREATE TABLE x (a INTEGER)", "READ ONLY transaction"),
        ("INSERT INTO orders VALUES (9, 'EU', 'x', 'y')", "READ ONLY transaction"),
        ("DELETE FROM orders", "READ ONLY transaction"),
        ("SELECT 1; DELETE FROM orders", "syntax"),
    ],
}


def test_the_engine_refuses_what_governed_sql_would_never_send(estate: Estate, tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("a\nsecret\n")
    connector = estate.data.connector("src")
    connector.execute(f"SELECT count(*) FROM {estate.raw('orders')}")  # the shared connection is open
    for sql, match in ESCAPES[estate.kind]:
        with pytest.raises(ExecutionError, match=match):
            connector.execute(sql.format(secret=secret, tmp=tmp_path, schema=estate.schema))
    assert len(estate.read(f"SELECT * FROM {estate.raw('orders')}")) == 4


def test_governed_queries_run_under_a_deadline_by_default(estate: Estate) -> None:
    estate.data.settings.data.statement_timeout_s = 0.3
    # A thousand rows (MariaDB stops recursion at 1,000 by default) joined four times: 10^12 rows.
    heavy = ("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 1000) "
             f"SELECT count(*) FROM r a, r b, r c, r d, {estate.t('orders')}")
    with pytest.raises(Timeout, match="0.3s limit"):
        estate.data.query(heavy, principal="bob")
    entry = estate.catalog.audit_log(limit=1)[0]
    assert not entry.allowed and "limit" in entry.reason  # a resource limit is a refusal, and audited
    assert estate.data.query(f"SELECT count(*) FROM {estate.t('orders')}", principal="bob").rows[0][0] == 2


def _hold_read_only(path: Path) -> subprocess.Popen[str]:
    """Another process that opens the DuckDB file read-only and keeps it until its stdin closes."""
    code = ("import sys, duckdb; c = duckdb.connect(sys.argv[1], read_only=True); "
            "print(c.execute('SELECT count(*) FROM orders').fetchone()[0], flush=True); sys.stdin.read()")
    return subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)


def test_processes_share_a_duckdb_source_read_only_and_writes_wait_their_turn(shop: DataService, catalog: Catalog,
                                                                             tmp_path: Path) -> None:
    catalog.create_principal("carol")
    catalog.grant(["USE_CATALOG", "USE_SCHEMA", "SELECT", "MODIFY"], "catalog:shop", "carol")
    catalog.set_query_policy("carol", QueryPolicy(statement_types=frozenset({"SELECT", "UPDATE"})))
    assert shop.query("SELECT count(*) FROM shop.main.orders", principal="carol").rows == [(4,)]
    other = _hold_read_only(tmp_path / "shop.duckdb")  # ...while this process holds it open too
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "4"
        with pytest.raises(SourceUnavailable, match="in use by another process"):
            shop.query("UPDATE shop.main.orders SET amount = 0", principal="carol")
    finally:
        other.communicate("", timeout=30)
    shop.query("UPDATE shop.main.orders SET amount = 1 WHERE id = 1", principal="carol")
    assert shop.query("SELECT amount FROM shop.main.orders WHERE id = 1", principal="carol").rows == [(1.0,)]


def test_one_watchdog_thread_serves_every_deadline_from_many_threads() -> None:
    import threading
    import time

    from charter.data.connectors import Watchdog

    dog = Watchdog("test")
    fired: list[int] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        for j in range(20):
            key = i * 100 + j

            def cancel(key: int = key) -> None:
                with lock:
                    fired.append(key)

            # Even keys finish in time (done before the deadline); odd keys run past it.
            deadline = dog.watch(0.05 if key % 2 else 30.0, cancel)
            if key % 2:
                time.sleep(0.06)
                for _ in range(200):  # the watchdog fires within a few milliseconds
                    if deadline.fired:
                        break
                    time.sleep(0.005)
            assert dog.done(deadline) == bool(key % 2)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    dog.close()
    assert sorted(fired) == sorted(i * 100 + j for i in range(8) for j in range(20) if (i * 100 + j) % 2)
    assert sum(t.name.startswith("charter-deadlines-test") for t in threading.enumerate()) <= 1

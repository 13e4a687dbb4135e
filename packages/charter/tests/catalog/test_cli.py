"""`charter sql`, `charter check`, `charter audit`, `charter audit verify` through the real entry point."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from charter.cli.catalog import parse_since
from charter.errors import InvalidInput


def charter_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The real `charter` entry point in a subprocess."""
    return subprocess.run([sys.executable, "-m", "charter.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"}, timeout=120)


def test_sql_check_audit_and_verify(home: Path, charter) -> None:  # type: ignore[no-untyped-def]
    for stmt in ("CREATE USER bob", "CREATE CATALOG main", "GRANT USE CATALOG ON CATALOG main TO bob"):
        out = charter("sql", stmt)
        assert out.returncode == 0, out.stderr
    shown = charter("sql", "SHOW GRANTS TO bob")
    assert "USE_CATALOG" in shown.stdout and "catalog:main" in shown.stdout

    allow = charter("check", "USE_CATALOG", "catalog:main", "--as", "bob")
    assert allow.returncode == 0 and "allow" in allow.stdout and "granted to bob" in allow.stdout
    deny = charter("check", "SELECT", "catalog:main", "--as", "bob")
    assert deny.returncode == 3
    assert deny.stderr.strip().splitlines() == ["error: deny: bob lacks SELECT on catalog:main"]

    refused = charter("sql", "GRANT SELECT ON CATALOG main TO bob", "--as", "bob")
    assert refused.returncode == 3 and "bob may not grant on catalog:main" in refused.stderr
    malformed = charter("sql", "GRANT SELECT CATALOG main TO bob")
    assert malformed.returncode == 1
    assert malformed.stderr.strip() == "error: unexpected 'CATALOG' at line 1, column 14; expected ',', ON"

    log = charter("audit", "--principal", "bob", "--since", "1h")
    assert log.returncode == 0, log.stderr
    assert "DENY" in log.stdout and "1 audit record(s)" in log.stdout
    assert charter("audit", "--as", "bob", "--principal", "admin").returncode == 3

    ok = charter("audit", "verify")  # the refused read above is audited too
    assert ok.returncode == 0 and "audit chain intact: 5 record(s)" in ok.stdout
    with sqlite3.connect(home / "charter.db") as db:
        db.execute("UPDATE catalog_audit SET reason = 'nothing to see' WHERE id = 2")
    bad = charter_process("audit", "verify")
    assert bad.returncode == 1
    assert bad.stderr.strip() == ("error: audit log tampered: audit record 2 was altered after it was written "
                                  "(1 record(s) intact before it)")


def test_parse_since() -> None:
    now = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
    assert parse_since("2h", now) == datetime(2026, 1, 31, 10, 0, tzinfo=UTC)
    assert parse_since("7d", now) == datetime(2026, 1, 24, 12, 0, tzinfo=UTC)
    assert parse_since("2026-01-30", now) == datetime(2026, 1, 30, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="--since 'yesterday'"):
        parse_since("yesterday", now)


def test_init_makes_the_audit_key_and_verify_uses_it(home: Path, charter) -> None:  # type: ignore[no-untyped-def]
    made = charter("init")
    assert made.returncode == 0, made.stderr
    assert f"audit    key {home / 'audit.key'}" in made.stdout.replace("\n", "")
    assert (home / "audit.key").stat().st_mode & 0o777 == 0o600
    assert (home / "audit.head").stat().st_mode & 0o777 == 0o600
    for stmt in ("CREATE USER bob", "CREATE CATALOG main"):
        assert charter("sql", stmt).returncode == 0
    ok = charter("audit", "verify")
    assert ok.returncode == 0, ok.stderr
    assert "audit chain intact" in ok.stdout and "signed: records 1.." in ok.stdout and "head checkpoint" in ok.stdout
    # Cut the tail and fix the in-store head to match: the checkpoint outside the store remembers.
    with sqlite3.connect(home / "charter.db") as db:
        last, = db.execute("SELECT max(id) FROM catalog_audit").fetchone()
        prev, = db.execute("SELECT hash FROM catalog_audit WHERE id = ?", (last - 1,)).fetchone()
        db.execute("DELETE FROM catalog_audit WHERE id = ?", (last,))
        db.execute("UPDATE catalog_state SET audit_head_id = ?, audit_head_hash = ?", (last - 1, prev))
    bad = charter_process("audit", "verify")
    assert bad.returncode == 1
    assert bad.stderr.strip().startswith(f"error: audit log tampered: audit records after {last - 1} were deleted: "
                                         "the signed head checkpoint")

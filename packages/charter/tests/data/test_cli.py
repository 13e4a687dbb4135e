"""The data CLI end to end in a subprocess: source add/sync, query, index create/search."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from data_helpers import build_duckdb


def charter(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHARTER_HOME": str(home), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "charter.cli", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_source_query_index_round_trip(home: Path) -> None:
    (home / "charter.toml").write_text('[embeddings]\nprovider = "hashing"\n')
    url = build_duckdb(home / "w.duckdb", ["CREATE TABLE docs (id INT PRIMARY KEY, body TEXT)",
                                           "INSERT INTO docs VALUES (1, 'apple revenue'), (2, 'banana prices')"])
    assert charter(home, "source", "add", "w", url).returncode == 0
    out = charter(home, "source", "sync", "w")
    assert out.returncode == 0 and "+ table:w.main.docs" in out.stdout
    out = charter(home, "query", "--as", "admin", "--param", "i=2", "SELECT body FROM w.main.docs WHERE id = :i")
    assert out.returncode == 0 and "banana prices" in out.stdout and "apple" not in out.stdout
    out = charter(home, "query", "--as", "admin", "SELEC body FROM w.main.docs")
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "does not parse" in out.stderr
    assert charter(home, "sql", "CREATE USER bob").returncode == 0
    out = charter(home, "query", "--as", "bob", "SELECT * FROM w.main.docs")
    assert out.returncode == 3 and "bob lacks" in out.stderr
    out = charter(home, "index", "create", "w.main.docs_idx", "--table", "w.main.docs", "--text-column", "body")
    assert out.returncode == 0 and "2 rows" in out.stdout
    out = charter(home, "index", "search", "w.main.docs_idx", "apple", "--as", "admin", "-k", "1")
    assert out.returncode == 0 and "apple revenue" in out.stdout and "banana" not in out.stdout

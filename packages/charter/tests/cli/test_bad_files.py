"""Bad files and read-only stores: one line naming the file (and line) and the problem, never an
internal error; read-only commands work on a read-only store, and writes say the store is read-only."""

from __future__ import annotations

from pathlib import Path

import pytest


def _one_line(res) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "internal error" not in res.stderr and "Traceback" not in res.stderr, res.stderr
    return lines[0]


def test_a_non_utf8_config_is_one_line(home: Path, charter) -> None:  # type: ignore[no-untyped-def]
    (home / "charter.toml").write_bytes(b'default_model = "loc\xe9l"\n')
    res = charter("doctor")
    assert res.returncode == 6
    line = _one_line(res)
    assert "charter.toml" in line and "not UTF-8" in line and "0xe9" in line


def _deep(n: int) -> str:
    return "[" * n + "]" * n


@pytest.mark.parametrize(("name", "body", "where", "problem"), [
    ("latin1.jsonl", b'{"id": "a", "question": "caf\xe9", "query": "x"}\n', ":1:", "not UTF-8"),
    ("deep.jsonl", f'{{"id": "a", "question": {_deep(40)}, "query": "x"}}\n'.encode(), ":1:", "nested more than 32"),
    ("deeper.jsonl", f'{{"id": "a", "question": {_deep(200_000)}}}\n'.encode(), ":1:", "nested more than 32"),
    ("open.csv", b'id,question,query\n1,ok,x\n2,"never closed,y\n3,z,w\n', ":3:", "a quoted field is never closed"),
    ("stray.csv", b'id,question,query\n1,"a"b,x\n', ":2:", "not valid CSV"),
    ("deep.csv", f'id,question,query\n1,"{_deep(40)}",x\n'.encode(), ":2:", "nested more than 32"),
    ("latin1.csv", b"id,question,query\n1,\xe9t\xe9,x\n", ":2:", "not UTF-8"),
])
def test_a_bad_golden_file_is_one_line_naming_it(tmp_path, charter, name, body, where, problem) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(body)
    res = charter("dataset", "add", "g", str(path), "--expect", "query")
    assert res.returncode == 1
    line = _one_line(res)
    assert f"{name}{where}" in line and problem in line, line


def test_a_read_only_store_reads_and_refuses_writes_in_one_line(home: Path, charter, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert charter("init").returncode == 0
    assert charter("sql", "CREATE USER ann").returncode == 0
    db = home / "charter.db"
    monkeypatch.setenv("CHARTER_DATABASE_URL", f"sqlite:///file:{db}?mode=ro&uri=true")
    assert "audit chain intact" in charter("audit", "verify").stdout
    assert "audit record(s)" in charter("audit").stdout
    assert charter("check", "SELECT", "catalog:nope", "--as", "ann").returncode == 3
    assert charter("sql", "SHOW GRANTS").returncode == 0
    assert charter("eval", "list").returncode == 0 and charter("trace", "list").returncode == 0
    for write in (("sql", "CREATE USER bob"), ("token", "create", "--principal", "ann")):
        res = charter(*write)
        assert res.returncode == 1
        assert "is read-only" in _one_line(res)
    monkeypatch.setenv("CHARTER_DATABASE_URL", f"sqlite:///file:{home / 'missing.db'}?mode=ro&uri=true")
    res = charter("audit")
    assert res.returncode == 1 and "cannot open the metadata store" in _one_line(res)

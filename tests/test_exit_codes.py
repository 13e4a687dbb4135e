"""Exit codes are what the docs say: the table in docs/architecture.md ("Errors and exit codes") is
the table in charter.errors, and each documented failure and refusal of `charter` exits with its
code and one line on stderr. (FinQL's own refusals: apps/finql/tests/test_finql_exit_codes.py.)"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import charter.errors as errors

DOCS = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"


def _documented() -> dict[int, set[str]]:
    """exit code -> the error classes the docs' table lists for it."""
    text = DOCS.read_text(encoding="utf-8").split("## Errors and exit codes", 1)[1]
    rows: dict[int, set[str]] = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].isdigit():
            rows[int(cells[0])] = set(re.findall(r"`(\w+)`", cells[2]))
    return rows


def test_the_documented_table_is_the_code_table() -> None:
    documented = _documented()
    assert {0, 1, 2, 3, 4, 5, 6, 7, 70, 130} == set(documented)
    listed = {name: code for code, names in documented.items() for name in names}
    classes = {n: c for n, c in vars(errors).items() if isinstance(c, type) and issubclass(c, errors.CharterError)}
    assert set(listed) == set(classes)  # every error class of charter.errors is in the docs' table
    assert {cls.__name__ for cls, _code in errors.exit_codes()} <= set(listed)
    for name, code in listed.items():
        assert errors.exit_code(classes[name]("x")) == code, name
    assert (errors.USAGE_EXIT, errors.INTERNAL_EXIT, errors.INTERRUPTED_EXIT) == (2, 70, 130)


def _run(charter, *args: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    res: subprocess.CompletedProcess[str] = charter(*args)
    assert "internal error" not in res.stderr and "Traceback" not in res.stderr, res.stderr
    if res.returncode not in (0, 1, 2):  # an error class: exactly one line on stderr
        assert len([x for x in res.stderr.splitlines() if x.strip()]) == 1, res.stderr
    return res.returncode, res.stdout + res.stderr


@pytest.fixture
def charter(charter_cli):  # type: ignore[no-untyped-def]
    """`charter ARGS` through the real entry point in this process (``charter.testing.charter_cli``)."""
    return charter_cli


def test_each_documented_failure_exits_with_its_code(home: Path, tmp_path: Path, charter) -> None:  # type: ignore[no-untyped-def]
    assert charter("init").returncode == 0
    with (home / "charter.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[models.down]\nprovider = "scripted"\nmax_retries = 0\noptions = { responses = [{ error = "provider_error" }] }\n'
                 '\n[models.closed]\nprovider = "scripted"\nrequests_per_minute = 0\n')
    assert charter("sql", "CREATE USER bob").returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text('id,q\n1,"never closed\n', encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a", "q": "x"}\n', encoding="utf-8")
    assert charter("dataset", "add", "good", str(good)).returncode == 0
    run = charter("eval", "run", "--python", "json:dumps", "--dataset", "good", "--scorer", "latency")
    run_id = re.search(r"run ([0-9a-f]{32}) started", run.stdout).group(1)

    assert _run(charter, "dataset", "add", "bad", str(bad))[0] == 1
    assert _run(charter, "eval", "gate", run_id, "--min", "accuracy=2")[0] == 1
    assert _run(charter, "eval", "run", "--nope")[0] == 2
    code, out = _run(charter, "check", "SELECT", "catalog:main", "--as", "bob")
    assert code == 3 and "deny" in out
    assert _run(charter, "eval", "show", "ffffff")[0] == 4
    assert _run(charter, "trace", "show", "0000")[0] == 4
    code, out = _run(charter, "chat", "hi", "--model", "closed")
    assert code == 5 and "requests/minute" in out
    code, out = _run(charter, "chat", "hi", "--model", "down")
    assert code == 7 and "provider error" in out
    from charter.settings import load_settings
    from charter.store import Store

    store = Store(load_settings(home).database_url)
    with store.session() as s:
        from sqlalchemy import text

        s.execute(text("UPDATE catalog_audit SET reason = 'edited' WHERE id = (SELECT MIN(id) FROM catalog_audit)"))
    store.dispose()
    code, out = _run(charter, "audit", "verify")
    assert code == 1 and "tampered" in out
    (home / "charter.toml").write_bytes(b"default_model = 'caf\xe9'\n")
    assert _run(charter, "doctor")[0] == 6

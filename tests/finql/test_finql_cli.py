"""`finql` commands: check, query (table and JSON), docs, one-line errors with mapped exit codes."""

from __future__ import annotations

import json

import pytest

from finql.cli import main
from finql.language.registry import FUNCTIONS, METRICS


@pytest.fixture
def cli_home(env, finql_home, monkeypatch):
    monkeypatch.setenv("CHARTER_HOME", str(finql_home))
    monkeypatch.delenv("CHARTER_DATABASE_URL", raising=False)
    return finql_home


def test_check_prints_the_canonical_query(capsys):
    main(["check", "ff_sales(fy2023) for NWSY"])
    assert "FF_SALES(FY2023) FOR NWSY" in capsys.readouterr().out


def test_check_error_is_one_positioned_line(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check", "FF_SALES(FY2023) FOR NWSY TOP 3"])
    err = capsys.readouterr().err
    assert info.value.code == 1 and "TOP needs a SORT" in err and "column 27" in err
    assert "Traceback" not in err


def test_query_json(cli_home, capsys):
    main(["query", "--json", "FF_SALES(FY2023) FOR NWSY"])
    out = json.loads(capsys.readouterr().out)
    assert out["columns"] == ["ticker", "FF_SALES(FY2023)"] and out["rows"][0][0] == "NWSY"


def test_query_refusal_exit_code(cli_home, capsys):
    with pytest.raises(SystemExit) as info:
        main(["query", "--as", "analyst-basic", "FE_EPS(FY1) FOR NWSY"])
    assert info.value.code == 3 and "estimates" in capsys.readouterr().err


def test_docs_come_from_the_registry(capsys):
    main(["docs"])
    out = capsys.readouterr().out
    assert all(f"`{m}`" in out for m in METRICS)
    assert all(f.signature in out for f in FUNCTIONS.values())

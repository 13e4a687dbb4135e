"""`finql ask` and `finql query` exit as docs/architecture.md says: 0 for an answer, 3 for a refusal
(not permitted, or a question the agent does not understand) and for a run it may not make."""

from __future__ import annotations

import pytest

from finql.cli import main


@pytest.fixture
def ask_home(env, finql_home, monkeypatch):
    monkeypatch.setenv("CHARTER_HOME", str(finql_home))
    monkeypatch.delenv("CHARTER_DATABASE_URL", raising=False)
    return finql_home


def _finql(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(("args", "code", "says"), [
    (("ask", "What was Northwind Systems' revenue in 2023?"), 0, "FF_SALES(FY2023) FOR NWSY"),
    (("ask", "Who is the CEO of Falcon Software?"), 3, "refused: unsupported"),
    (("ask", "--as", "analyst-basic", "What is the consensus EPS estimate for Northwind Systems next year?"), 3,
     "refused: not_permitted"),
    (("ask", "--as", "nobody", "What was Northwind Systems' revenue in 2023?"), 3, "unknown principal 'nobody'"),
    (("query", "--as", "analyst-basic", "FE_EPS(FY1) FOR NWSY"), 3, "estimates"),
])
def test_answers_and_refusals_exit_with_the_documented_code(ask_home, capsys, args, code, says) -> None:
    got, out, err = _finql(capsys, *args)
    assert got == code and says in out + err, (out, err)
    assert "internal error" not in err and "Traceback" not in err
    if err.strip():
        assert len(err.strip().splitlines()) == 1

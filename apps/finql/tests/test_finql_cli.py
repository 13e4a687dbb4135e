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


def test_ask_prints_numbers_like_query_and_exits_3_on_a_refusal(cli_home, capsys, monkeypatch):
    from charter.cli._app import console

    monkeypatch.setattr(console, "width", 200)
    main(["ask", "What was Cobalt Motors' revenue in fiscal 2023?"])
    out = capsys.readouterr().out
    assert "e+0" not in out and "FF_SALES(FY2023) FOR COBA" in out
    assert any("," in cell and cell.replace(",", "").replace(".", "").isdigit()
               for line in out.splitlines() for cell in line.split("│")[2:3] for cell in [cell.strip()] if cell)
    with pytest.raises(SystemExit) as info:
        main(["ask", "Break down Northwind Systems' revenue by region for last year"])
    out = capsys.readouterr().out
    assert info.value.code == 3 and "refused: unsupported — not understood:" in out and "region" in out


def test_cell_format_never_uses_an_exponent():
    from finql.cli import cell

    assert cell(75330.12345678) == "75,330.1235" and cell(1e-05) == "0" and cell(None) == ""
    assert cell(12345678901.0) == "12,345,678,901" and cell(7) == "7" and cell("NWSY") == "NWSY"


def test_docs_come_from_the_registry(capsys):
    main(["docs"])
    out = capsys.readouterr().out
    assert all(f"`{m}`" in out for m in METRICS)
    assert all(f.signature in out for f in FUNCTIONS.values())


# -- `finql bench --model NAME` on an OpenAI-compatible endpoint ------------------------------------


class ScriptedOpenAIServer:
    """Test double: a loopback OpenAI-compatible Chat Completions server answering from a script.

    The answer is the script's entry for the question found in the last user message (the
    baseline's prompt ends with "Q: <question>\\nA:", the disambiguation's with "Question: ...").
    Every request body is recorded.
    """

    def __init__(self, script: dict[str, str]) -> None:
        import http.server
        import threading

        self.script, self.requests = script, []
        double = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server hook's name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                double.requests.append(body)
                text = double.answer(body["messages"][-1]["content"])
                reply = json.dumps({
                    "id": "cmpl-test", "object": "chat.completion", "created": 0, "model": body["model"],
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                 "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": len(body["messages"][-1]["content"].split()),
                              "completion_tokens": len(text.split()),
                              "total_tokens": len(body["messages"][-1]["content"].split()) + len(text.split())},
                }).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, prompt: str) -> str:
        asked = prompt.rsplit("Q: ", 1)[-1].rsplit("Question: ", 1)[-1]
        return next((a for q, a in self.script.items() if asked.startswith(q)), "REFUSE")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


BENCH_CASES = [
    {"id": "m1", "question": "What were Northwind Systems' sales in fiscal 2023?", "query": "FF_SALES(FY2023) FOR NWSY"},
    {"id": "m2", "question": "Monarch's consumer lager business net income last year", "query": "FF_NET_INC(FY2024) FOR MONB"},
    {"id": "m3", "question": "Who is the CEO of Falcon Software?", "query": None, "refusal": "unsupported"},
]


@pytest.fixture
def openai_double():
    double = ScriptedOpenAIServer({
        "What were Northwind Systems' sales in fiscal 2023?": "FF_SALES(FY2023) FOR NWSY",
        "Monarch's consumer lager business net income last year\nA:": "FF_NET_INC(FY2024) FOR MONB",  # the baseline's prompt
        "Monarch's consumer lager business net income last year\nWhat does": "MONB",  # the decomposed chain's disambiguation
    })
    yield double
    double.close()


@pytest.mark.slow
def test_bench_runs_unchanged_on_an_openai_compatible_model(tmp_path, monkeypatch, capsys, openai_double):
    from charter.cli._app import console
    from charter.evals import Runs
    from charter.runtime import Charter

    home = tmp_path / "home"
    home.mkdir()
    (home / "charter.toml").write_text(
        '[embeddings]\nprovider = "hashing"\n\n[models.local]\nprovider = "local"\n\n'
        f'[models.scripted-openai]\nprovider = "openai"\nmodel = "scripted"\nbase_url = "{openai_double.url}"\n'
        "price_input_per_mtok = 1.0\nprice_output_per_mtok = 2.0\n")
    monkeypatch.setenv("CHARTER_HOME", str(home))
    monkeypatch.delenv("CHARTER_DATABASE_URL", raising=False)
    monkeypatch.setattr(console, "width", 200)
    golden = tmp_path / "set.jsonl"
    golden.write_text("".join(json.dumps(c) + "\n" for c in BENCH_CASES))
    out, report = tmp_path / "out.json", tmp_path / "report.html"

    main(["data", "build"])
    main(["bench", "--dataset", str(golden), "--agent", "both", "--model", "scripted-openai",
          "--out", str(out), "--html", str(report)])

    printed = capsys.readouterr().out
    agents = json.loads(out.read_text())["agents"]
    assert set(agents) == {"finql-baseline", "finql-decomposed"}
    for name, result in agents.items():
        assert [i["correct"] for i in result["items"]] == [True, True, True], (name, result["items"])
    baseline = agents["finql-baseline"]
    assert baseline["tokens_per_question"] > 0 and baseline["cost_per_question"] > 0
    # every model call went to the double under the provider's model id; the baseline's prompt carried
    # the reference and what the vector index retrieved; the chain's disambiguation asked without a grammar
    assert {r["model"] for r in openai_double.requests} == {"scripted"}
    prompts = [r["messages"][-1]["content"] for r in openai_double.requests]
    assert sum("FOR TARGET" in p and "Examples:" in p for p in prompts) == 3
    assert any(p.endswith("Answer:") and "MONB: Monarch Brewing" in p for p in prompts)
    assert "finql-baseline" in printed and "step link_entities" in printed and "p50 ratio" in printed
    assert "wrong_answer_rate" in printed and "model calls disambiguate" in printed
    decomposed_run = agents["finql-decomposed"]
    assert decomposed_run["model_calls"]["disambiguate"] == 1 and decomposed_run["accuracy_rules_only"] < 1.0
    lift = decomposed_run["model_lift"]["disambiguate"]  # the one item the model was asked on: refused without it
    assert lift["items"] == 1.0 and lift["rules_only"] == 0.0 and lift["rules_plus_model"] == 1.0
    assert "model lift disambiguate" in printed
    assert "<svg" in report.read_text() and baseline["items"][0]["trace_id"] in report.read_text()
    run = Runs(Charter.open(home).store).get(baseline["run_id"])
    assert run.info.agent == "finql-baseline" and len(run.items) == 3

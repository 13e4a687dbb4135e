"""The translation agents on charter.agents, the bench and the CLI (model calls go to a test double)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from charter.agents import RunContext
from charter.models.types import ChatResponse, Usage
from finql.translate.agents import DECOMPOSED_STEPS, baseline, decomposed
from finql.translate.bench import run_agent, step_scores, structural_match
from finql.translate.reference import examples


class FakeGateway:
    """Test double: answers every chat with a fixed text and records the requests."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.requests: list[Any] = []

    def chat(self, request: Any, model: str | None = None, **kwargs: Any) -> ChatResponse:
        self.requests.append(request)
        return ChatResponse(text=self.text, usage=Usage(input_tokens=100, output_tokens=5), cost_usd=0.001)


class FakeData:
    """Test double for the vector index search the baseline retrieves examples with."""

    def search(self, index: str, text: str, k: int, **kwargs: Any) -> list[Any]:
        return [SimpleNamespace(text=examples()[40]["question"], score=0.9)]


def test_decomposed_has_the_documented_steps_and_translates() -> None:
    agent = decomposed()
    assert [s for s in DECOMPOSED_STEPS if s in agent.steps()] == list(DECOMPOSED_STEPS)
    out = agent.run({"question": "What were Northwind Systems' sales in fiscal 2023?"}, principal="analyst").output
    assert out.query == "FF_SALES(FY2023) FOR NWSY" and out.refusal is None


def test_decomposed_refuses_what_the_principal_may_not_see() -> None:
    agent = decomposed()
    basic = agent.run({"question": "Consensus EPS for Falcon Software next year"}, principal="analyst-basic").output
    assert basic.refusal == "not_permitted" and basic.query is None
    guest = agent.run({"question": "What was Apex Medical's share price today?"}, principal="guest").output
    assert guest.refusal == "not_permitted"  # APXD is not in NX100: hidden from guests


def test_disambiguation_is_fenced_to_the_family_tickers() -> None:
    gw = FakeGateway("AURP")
    out = decomposed().run({"question": "Aurora net income last year"}, RunContext(principal="analyst", gateway=gw)).output
    assert out.tickers == ["AURP"]
    grammar = gw.requests[0].grammar
    assert '"AURP"' in grammar and '"AURC"' in grammar and "NWSY" not in grammar


def test_baseline_is_one_unvalidated_call_with_reference_and_retrieved_examples() -> None:
    gw = FakeGateway("FinQL: FF_SALES(FY2023) FOR NWSY")
    ctx = RunContext(principal="analyst", gateway=gw, data=FakeData())
    out = baseline().run({"question": "Northwind Systems sales 2023"}, ctx).output
    assert len(gw.requests) == 1
    prompt = gw.requests[0].messages[0].content
    assert examples()[40]["question"] in prompt and "FOR TARGET" in prompt
    assert out.query == "FF_SALES(FY2023) FOR NWSY"


def test_structural_match_follows_spec_section_4() -> None:
    gold = 'NAME FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'
    assert structural_match(gold, 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)')
    assert not structural_match(gold, 'NAME FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 12)')
    assert structural_match("P_RETURN(2024-01-01, 2024-12-31) FOR BPE", "P_RETURN(2024-01-01, D0) FOR BPE")


def test_step_scores_attribute_a_failure_to_its_step() -> None:
    case = {"question": "q", "query": "FF_SALES(FY2023) FOR NWSY"}
    scores = step_scores(case, {"tickers": ["NWLG"], "intent": "lookup", "query": "FF_SALES(FY2023) FOR NWLG"})
    assert scores["link_entities"] is False and scores["resolve_time"] and scores["fill_slots"]


def test_run_agent_reports_the_out_json_fields() -> None:
    cases = [{"id": "a", "question": "Which banks have a P/E below 10?",
              "query": 'NAME FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'},
             {"id": "b", "question": "Who is the CEO of Falcon Software?", "query": None, "refusal": "unsupported"}]
    result = run_agent(decomposed(), cases, FakeGateway("x"))
    assert result["accuracy"] == 1.0
    assert set(result) >= {"accuracy", "latency_p50_s", "latency_p95_s", "tokens_per_question", "cost_per_question", "items"}
    assert set(result["items"][0]) == {"id", "question", "predicted_query", "refusal", "correct", "error", "latency_s", "trace_id"}


@pytest.mark.slow
def test_bench_command_writes_out_json(tmp_path: Path, monkeypatch: Any) -> None:
    from finql.translate import cli

    monkeypatch.setenv("CHARTER_HOME", str(tmp_path / "home"))
    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps({"id": "q1", "question": "What were Northwind Systems' sales in fiscal 2023?",
                                "query": "FF_SALES(FY2023) FOR NWSY"}) + "\n")
    app = typer.Typer()
    cli.register(app)
    out = tmp_path / "out.json"
    res = CliRunner().invoke(app, ["bench", "--dataset", str(data), "--agent", "decomposed", "--out", str(out),
                                       "--no-execute"])
    assert res.exit_code == 0, res.output
    payload = json.loads(out.read_text())
    assert payload["agents"]["finql-decomposed"]["items"][0]["correct"] is True
    assert "accuracy" in res.output

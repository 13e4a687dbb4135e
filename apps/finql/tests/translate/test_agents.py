"""The translation agents on charter.agents, the bench and the CLI (model calls go to a test double)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from charter.agents import RunContext
from charter.agents.context import Extensions
from charter.data import SearchHit
from charter.models.types import ChatResponse, Usage
from finql.translate.agents import DECOMPOSED_STEPS, baseline, build_prompt, decomposed
from finql.translate.bench import step_scores, structural_match
from finql.translate.reference import examples


class FakeGateway:
    """Test double: answers every chat with a fixed text and records the requests."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.requests: list[Any] = []

    def chat(self, request: Any, model: str | None = None, **kwargs: Any) -> ChatResponse:
        self.requests.append(request)
        return ChatResponse(text=self.text, usage=Usage(input_tokens=100, output_tokens=5), cost_usd=0.001)


class FakeIndexes:
    """Test double for the Charter vector index search the baseline retrieves with (rows as stored)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict[str, Any]]] = []

    def search(self, index: str, text: str, k: int, **kwargs: Any) -> list[SearchHit]:
        self.calls.append((index, text, kwargs))
        ex = examples()[40]
        return [SearchHit(key="ex_1", score=0.9, text=ex["question"], row={"chunk_id": "ex_1", "kind": "example", "text": ex["question"],
                                                            "question": ex["question"], "query": ex["query"],
                                                            "refusal": None}),
                SearchHit(key="co_NWSY", score=0.8, text="Company Northwind Systems: ticker NWSY", row={"chunk_id": "co_NWSY", "kind": "doc",
                                                               "text": "Company Northwind Systems: ticker NWSY",
                                                               "question": None, "query": None, "refusal": None})]


def _ctx(env: Any, principal: str = "analyst", gateway: Any = None) -> RunContext:
    return RunContext(principal=principal, gateway=gateway, catalog=env.charter.catalog, data=env.charter.data,
                      extensions=Extensions(env))


def test_decomposed_has_the_documented_steps_and_translates(env: Any) -> None:
    agent = decomposed()
    assert [s for s in DECOMPOSED_STEPS if s in agent.steps()] == list(DECOMPOSED_STEPS)
    out = agent.run({"question": "What were Northwind Systems' sales in fiscal 2023?"}, _ctx(env)).output
    assert out.query == "FF_SALES(FY2023) FOR NWSY" and out.refusal is None and out.rows[0][0] == "NWSY"


def test_decomposed_refuses_what_the_principal_may_not_see(env: Any) -> None:
    agent = decomposed()
    basic = agent.run({"question": "Consensus EPS for Falcon Software next year"}, _ctx(env, "analyst-basic")).output
    assert basic.refusal == "not_permitted" and basic.query is None and "estimates" in basic.message
    guest = agent.run({"question": "What was Apex Medical's share price today?"}, _ctx(env, "guest")).output
    assert guest.refusal == "not_permitted"  # APXD is not in NX100: hidden from guests


def test_an_estimate_question_the_chain_cannot_express_is_refused_for_rights_first(env: Any) -> None:
    """Round 7: asked for a consensus estimate in words the chain does not read, an asker without the estimates
    licence is told the data set is not theirs (the catalog decides); an analyst still gets 'unsupported'."""
    agent = decomposed()
    q = "Ahead of the pitch, Lakeside Bancorp: FY25 consensus EPS, frobnicated"
    basic = agent.run({"question": q}, _ctx(env, "analyst-basic")).output
    assert basic.refusal == "not_permitted" and "estimates" in (basic.message or "")
    analyst = agent.run({"question": q}, _ctx(env)).output
    assert analyst.refusal == "unsupported"
    plain = agent.run({"question": "Lakeside Bancorp FY2024 EPS, frobnicated"}, _ctx(env, "analyst-basic")).output
    assert plain.refusal == "unsupported"  # no estimate asked: the words are what is refused


def test_entitlements_come_from_the_catalog_not_from_a_table(env: Any) -> None:
    """A principal the catalog does not know gets nothing (the old hard-coded table gave it analyst rights)."""
    env.charter.catalog.create_principal("stranger", "user", actor="admin") if "stranger" not in {
        p.name for p in env.charter.catalog.principals()} else None
    res = decomposed().run({"question": "What were Northwind Systems' sales in fiscal 2023?"}, _ctx(env, "stranger"),
                           raise_errors=False)
    assert res.output is None or res.output.rows == []
    assert res.error is not None and res.error["code"] == "permission_denied"  # no EXECUTE on the agent


def test_the_chain_runs_from_the_contexts_own_handles(env: Any) -> None:
    """The server and MCP give data and catalog, no FinQL extras: the same answer, as the asker."""
    ctx = RunContext(principal="analyst", catalog=env.charter.catalog, data=env.charter.data)
    out = decomposed().run({"question": "Forward P/E of Indigo Semiconductor"}, ctx).output
    assert out.query == "P_PRICE(D0) / FE_EPS(FY1) FOR INDI" and len(out.rows) == 1


def test_disambiguation_is_fenced_to_the_family_tickers(env: Any) -> None:
    gw = FakeGateway("MONB")
    out = decomposed().run({"question": "Monarch's consumer lager business net income last year"},
                           _ctx(env, gateway=gw)).output
    assert out.tickers == ["MONB"] and out.query == "FF_NET_INC(FY2024) FOR MONB"
    grammar = gw.requests[0].grammar  # the members "consumer" fits, not the family's health care one
    assert '"MHP"' in grammar and '"MONA"' in grammar and '"none"' in grammar and "MCP" not in grammar
    # the bench's lift figures: the model was asked once; rules alone refuse this close call
    assert out.model_calls == {"disambiguate": 1}
    assert out.rules_query is None and out.rules_refusal == "unsupported"


def test_a_model_that_answers_none_makes_the_chain_refuse(env: Any) -> None:
    out = decomposed().run({"question": "Monarch's consumer lager business net income last year"},
                           _ctx(env, gateway=FakeGateway("none"))).output
    assert out.query is None and out.refusal == "unsupported" and "monarch" in out.message


def test_a_family_with_nothing_to_choose_by_is_refused_without_asking_the_model(env: Any) -> None:
    """"Apex, Helix and Cobalt": no word of the question tells the members apart, so a pick would be a guess."""
    gw = FakeGateway("APXD")
    out = decomposed().run({"question": "Apex, Helix and Cobalt revenue last year"}, _ctx(env, gateway=gw)).output
    assert out.query is None and out.refusal == "unsupported" and "apex" in out.message
    assert gw.requests == [] and out.model_calls == {}


def test_baseline_is_one_unvalidated_call_with_reference_and_retrieved_examples(env: Any) -> None:
    gw = FakeGateway("FinQL: FF_SALES(FY2023) FOR NWSY")
    indexes = FakeIndexes()
    ctx = RunContext(principal="analyst-basic", gateway=gw, indexes=indexes, extensions=Extensions(env))
    out = baseline().run({"question": "Northwind Systems sales 2023"}, ctx).output
    assert len(gw.requests) == 1
    prompt = gw.requests[0].messages[0].content
    assert examples()[40]["question"] in prompt and "FOR TARGET" in prompt and "ticker NWSY" in prompt
    assert out.query == "FF_SALES(FY2023) FOR NWSY"
    # retrieval is a search of the Charter index as the asker, with the agent acting for it
    index, text, who = indexes.calls[0]
    assert index == "finql_reference.main.chunks_idx" and text == "Northwind Systems sales 2023"
    assert who["principal"] == "analyst-basic" and who["agent"] == "finql-baseline"


def test_baseline_needs_the_vector_indexes_for_retrieval() -> None:
    res = baseline().run({"question": "Northwind Systems sales 2023"},
                         RunContext(principal="analyst", gateway=FakeGateway("x")), raise_errors=False)
    assert res.error and "needs the 'indexes' handle" in res.error["message"]


def test_baseline_prompt_fits_the_budget_and_grows_with_it() -> None:
    retrieved = examples()[10:18]
    docs = ["Company Northwind Systems: ticker NWSY"] * 6
    small = build_prompt("Northwind Systems sales 2023", 3000, examples()[:6], retrieved, docs)
    large = build_prompt("Northwind Systems sales 2023", 60_000, examples()[:6], retrieved, docs)
    assert len(small) <= 3000 and small.endswith("Q: Northwind Systems sales 2023\nA:")
    assert retrieved[0]["question"] in small  # the most similar example survives the cut
    assert "## Metrics" in large and "NWSY=Northwind Systems" in large and all(e["question"] in large for e in retrieved)


def test_model_steps_answer_without_a_grammar_on_models_that_cannot_enforce_one(env: Any) -> None:
    from charter.models.errors import Unsupported

    class NoGrammarGateway(FakeGateway):
        """Test double of a remote model: refuses grammars, answers in words."""

        def chat(self, request: Any, model: str | None = None, **kwargs: Any) -> ChatResponse:
            if request.grammar:
                raise Unsupported("cannot enforce a GBNF grammar")
            return super().chat(request, model, **kwargs)

    gw = NoGrammarGateway("The answer is MONB.")
    out = decomposed().run({"question": "Monarch's consumer lager business net income last year"},
                           _ctx(env, gateway=gw)).output
    assert out.tickers == ["MONB"] and gw.requests[-1].grammar is None


def test_structural_match_follows_spec_section_4() -> None:
    gold = 'NAME FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'
    assert structural_match(gold, 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)')
    assert not structural_match(gold, 'NAME FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 12)')
    assert structural_match("P_RETURN(2024-01-01, 2024-12-31) FOR BPE", "P_RETURN(2024-01-01, D0) FOR BPE")


def test_step_scores_attribute_a_failure_to_its_step() -> None:
    case = {"question": "q", "query": "FF_SALES(FY2023) FOR NWSY"}
    scores = step_scores(case, {"tickers": ["NWLG"], "query": "FF_SALES(FY2023) FOR NWLG"})
    assert scores["link_entities"] is False and scores["resolve_time"] and scores["resolve_senses"]


ITEM_KEYS = {"id", "question", "predicted_query", "refusal", "correct", "error", "latency_s", "trace_id"}
CASES = [{"id": "a", "question": "Which banks have a P/E below 10?",
          "query": 'NAME FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)', "tags": ["screen"]},
         {"id": "b", "question": "Who is the CEO of Falcon Software?", "query": None, "refusal": "unsupported"},
         {"id": "c", "question": "Consensus EPS for Falcon Software next year", "query": None,
          "refusal": "not_permitted", "principal": "analyst-basic"},
         {"id": "d", "question": "What were Northwind Systems' sales in fiscal 2023?",
          "query": "FF_SALES(FY2024) FOR NWSY"}]  # gold deliberately off by a year: must count as wrong


def _golden(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in CASES))
    return path


def test_bench_is_a_stored_charter_eval_run(env: Any, tmp_path: Path) -> None:
    from charter.evals import Datasets, Runs
    from finql.translate.bench import load_dataset, out_json, run_bench

    ds = load_dataset(_golden(tmp_path))
    results = run_bench(env.charter, ds, ["finql-decomposed"], env=env, progress=False)
    summary = out_json(results)["agents"]["finql-decomposed"]
    assert [i["correct"] for i in summary["items"]] == [True, True, True, False]
    assert summary["accuracy"] == 0.75
    assert {"accuracy", "latency_p50_s", "latency_p95_s", "tokens_per_question", "cost_per_question",
            "items"} <= set(summary)
    assert all(set(i) == ITEM_KEYS for i in summary["items"])
    assert summary["step_accuracy"]["resolve_time"] < 1.0 == summary["step_accuracy"]["resolve_senses"]  # charged to a step
    # d is answered but wrong: the wrong-answer rate counts it; b and c are refusals
    assert summary["wrong_answer_rate"] == 0.25 and summary["refusal_rate"] == 0.5
    assert summary["by_tag"]["screen"] == {"n": 1.0, "accuracy": 1.0, "wrong_answer_rate": 0.0, "refusal_rate": 0.0}
    assert summary["model_calls"] == {"disambiguate": 0, "choose_sense": 0, "judge_leftovers": 0}
    assert summary["accuracy_rules_only"] == summary["accuracy_rules_plus_model"] == 0.75
    # per model step, over the items it was asked on: none here (no close call in these four)
    assert summary["model_lift"] == {step: {"items": 0.0, "rules_only": 0.0, "rules_plus_model": 0.0}
                                     for step in ("disambiguate", "choose_sense", "judge_leftovers")}
    # the run, its items and traces are Charter's: `charter eval show` and `charter trace show` read them
    stored = Runs(env.charter.store).get(summary["run_id"])
    assert stored.info.agent == "finql-decomposed" and stored.info.dataset == ds.name
    assert stored.metrics()["accuracy"] == 0.75 and "step:link_entities" in stored.metrics()
    assert env.charter.tracer.get(summary["items"][0]["trace_id"]).name == "agent:finql-decomposed"
    assert ds.name in Datasets(env.charter.store).names()


def test_bench_html_report_has_the_table_steps_and_trace_ids(env: Any, tmp_path: Path) -> None:
    from finql.translate.bench import load_dataset, run_bench
    from finql.translate.report import render

    ds = load_dataset(_golden(tmp_path), limit=2)
    results = run_bench(env.charter, ds, ["finql-decomposed"], env=env, progress=False)
    page = render(results, dataset="set.jsonl", expectations={i.id: i.expectations for i in ds.items})
    items = results["finql-decomposed"].summary["items"]
    assert page.startswith("<!doctype html>") and "<script" not in page and "<svg" in page
    assert "Per-step accuracy" in page and "latency_p50_s" in page and "wrong_answer_rate" in page
    assert "<h2>By tag</h2>" in page
    assert all(i["trace_id"] in page for i in items) and "charter trace show" in page


@pytest.mark.parametrize(("question", "query"), [
    ("Return in percent for Driftwood Pay over the last 60 trading days, i.e. from the close 60 sessions ago to the "
     "latest close.", "P_RETURN(D-60, D0) FOR DRIP"),
    ("lowest close of apex medical over the last 20 trading days (that is, from 20 sessions ago to the latest close)",
     "P_LOW(D-20, D0) FOR APXD"),
    ("Sales of Cascade Semiconductor last year (i.e. fiscal 2023)", None),  # says another period: stays refused
])
def test_the_agent_takes_the_rules_second_look_at_a_restatement(env: Any, question: str, query: str | None) -> None:
    """Round 37: `translate` (rules alone, what the round tests and readall measure) read a question whose asker
    restates it once more without the restatement; the decomposed agent (what `finql bench` measures) did not."""
    from finql.translate.pipeline import translate

    out = decomposed().run({"question": question}, _ctx(env)).output
    a = translate(question)
    assert out.query == query == (a.reading.query() if a.reading else None)
    assert (out.rules_query == query) and (out.refusal is None) == (query is not None)

"""Compare (paired bootstrap, regressed/improved, by tag), gate, the HTML report, the optimizer."""

from __future__ import annotations

import numpy as np
import pytest
from eval_doubles import adder_double, arithmetic_rows, toy_agent_double, write_jsonl

from charter.agents import AgentVersions
from charter.errors import InvalidInput
from charter.evals import (
    CallableTarget,
    Runs,
    ScorerRegistry,
    bootstrap_ci,
    compare,
    gate,
    load_file,
)
from charter.evals.optimize import optimize
from charter.evals.report import render
from charter.tracing import Tracer


def _runs(store, tmp_path):
    ds = load_file(write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(40)), expect=["expected"])
    sc = [ScorerRegistry().build("exact:field=expected")]
    runs = Runs(store)

    def better(inputs):  # the adder double without its off-by-one on multiples of ten
        out = adder_double(inputs)
        return {"expected": inputs["a"] + inputs["b"]} if inputs["a"] < 20 else out

    a = runs.run(CallableTarget(adder_double, name="adder", version="a"), ds, sc)
    b = runs.run(CallableTarget(better, name="adder", version="b"), ds, sc)
    return runs, ds, a, b


def test_bootstrap_ci_contains_the_delta():
    a = np.zeros(50)
    b = np.r_[np.ones(25), np.zeros(25)]
    d, lo, hi = bootstrap_ci(a, b)
    assert d == 0.5 and 0.3 < lo < 0.5 < hi < 0.7
    assert bootstrap_ci(a, a) == (0.0, 0.0, 0.0)


def test_compare_regressed_improved_by_tag(sqlite_store, tmp_path):
    _, _, a, b = _runs(sqlite_store, tmp_path)
    c = compare(a, b)
    assert c.paired == 40
    acc = next(m for m in c.metrics if m.metric == "accuracy")
    fixed = [i.item_id for i in a.items if not i.passed and not i.error and int(i.item_id[1:]) < 20]
    assert sorted(c.improved) == sorted(fixed) and c.regressed == []
    assert acc.delta == pytest.approx(len(fixed) / 40) and acc.low <= acc.delta <= acc.high
    assert c.tags["small"]["delta"] > 0 and c.tags["large"]["delta"] == 0
    back = compare(b, a)
    assert sorted(back.regressed) == sorted(fixed)


def test_gate_exit_logic(sqlite_store, tmp_path):
    _, _, a, _ = _runs(sqlite_store, tmp_path)
    m = a.metrics()
    assert gate(m, minimum=[f"accuracy={m['accuracy'] - 0.01}"], maximum=["latency_p95_s=60"]).passed
    failed = gate(m, minimum=["accuracy=0.99"])
    assert not failed.passed and failed.checks[0]["value"] == m["accuracy"]
    assert not gate(m, minimum=["no_such_metric=0"]).passed  # never silently passes
    with pytest.raises(InvalidInput, match="METRIC=NUMBER"):
        gate(m, minimum=["accuracy>0.9"])


def test_html_report_is_self_contained(sqlite_store, tmp_path):
    _, _, a, _ = _runs(sqlite_store, tmp_path)
    page = render(a)
    assert page.startswith("<!doctype html>") and "<svg" in page and "Accuracy by tag" in page
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert "double refuses b=6" in page  # failures list the recorded reason


def test_optimizer_winner_holds_on_held_out(sqlite_store, settings, tmp_path):
    ds = load_file(write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(40)), expect=["expected"])
    tracer = Tracer(settings, sqlite_store)
    versions = AgentVersions(sqlite_store)
    agent = toy_agent_double(threshold=0.1, style="plain")
    seen = []
    climb = optimize(agent, "add", ds.split("dev"), ds.split("test"),
                     [ScorerRegistry().build("exact:field=expected")], runs=Runs(sqlite_store, tracer=tracer),
                     versions=versions, tracer=tracer, grids={"style": ["careful"]}, on_step=seen.append)
    assert climb.start_dev == 0.0 and climb.best_dev > climb.start_dev
    assert climb.confirmed and climb.best_test >= climb.start_test
    assert climb.best_config["style"] == "careful" and climb.best_config["threshold"] >= 0.4
    assert [s.dimension for s in seen][:1] == ["style"] and any(s.kept for s in seen)
    challenger = versions.get("toy", "challenger")
    assert challenger.content_hash == climb.saved_version
    assert versions.load(toy_agent_double(), "challenger").step_configs()["add"] == climb.best_config


def test_optimizer_bootstraps_few_shot_examples_from_passing_traces(sqlite_store, settings, tmp_path):
    from eval_doubles import FewShotGatewayDouble, llm_agent_double

    ds = load_file(write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(40)), expect=["expected"])
    tracer = Tracer(settings, sqlite_store)
    climb = optimize(llm_agent_double(), "add", ds.split("dev"), ds.split("test"),
                     [ScorerRegistry().build("exact:field=expected")], runs=Runs(sqlite_store, tracer=tracer),
                     versions=AgentVersions(sqlite_store), tracer=tracer,
                     handles={"gateway": FewShotGatewayDouble()}, few_shot=(1, 3))
    assert climb.start_dev == 0.25 and climb.best_dev == 1.0 and climb.confirmed
    examples = climb.best_config["examples"]
    assert len(examples) == 1 and examples[0]["input"]["a"] < 10  # taken from a passing item's step span
    assert examples[0]["output"] == {"expected": examples[0]["input"]["a"] + examples[0]["input"]["b"]}
    assert climb.steps[0].dimension == "examples"


def test_step_accuracy_counts_verdicts_and_verdict_free_values() -> None:
    from types import SimpleNamespace

    from charter.evals.compare import by_step
    from charter.evals.scorers import Score

    items = [
        SimpleNamespace(scores={"step:link": Score(passed=True), "step:time": Score(value=1.0), "exact": Score(passed=False)}),
        SimpleNamespace(scores={"step:link": Score(passed=False), "step:time": Score(value=0.0)}),
        SimpleNamespace(scores={"step:time": Score(value=7.0)}),  # not a share: left out
    ]
    assert by_step(items) == {"link": 0.5, "time": 0.5}

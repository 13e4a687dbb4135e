"""``finql bench`` on Charter's eval machinery: each agent is one ``charter.evals`` run.

The golden file becomes a registered dataset (``finql-<file stem>``), each agent an
``AgentTarget``, and every item is scored by the registered ``finql_execution`` scorer (SPEC
section 4 by execution; a refusal of the right kind counts), the trace-based ``tokens`` and
``cost`` measures, and one ``step:NAME`` scorer per step, so a wrong answer is charged to a step.
Step scorers are measures (``passed`` is None): they never change an item's pass/fail. The runs
are stored like any other (``charter eval list|show|compare|report``), with per-item trace ids.

``--no-execute`` swaps the execution scorer for a structural comparison of the query text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from charter.agents.context import Extensions
from charter.errors import InvalidInput
from charter.evals import (
    AgentTarget,
    Dataset,
    Datasets,
    RunResult,
    Runs,
    Score,
    Scorer,
    ScorerRegistry,
    load_file,
)
from finql.translate import rx as re
from finql.translate.agents import DECOMPOSED_STEPS, MODEL_STEPS

AGENTS = {"baseline": "finql-baseline", "decomposed": "finql-decomposed"}
# Steps scored on their own (the others have no gold of their own in a SPEC section 5 case).
SCORED_STEPS = {"finql-decomposed": ("link_entities", "resolve_time", "resolve_senses", "compose",
                                     "check_entitlement"),
                "finql-baseline": ("check_entitlement",)}
DEFAULT_PRINCIPAL = "analyst"  # SPEC section 5: a case without "principal" is asked by analyst


# -- structural comparison (SPEC section 4 over query text) ----------------------------------------

_FIELDS = {"NAME", "SECTOR", "INDUSTRY", "COUNTRY", "CURRENCY"}


def _canon(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    text = text.replace("2024-12-31", "D0").replace("FY0", "FY2024").replace("FQ0", "FQ2024Q4")
    text = re.sub(r"\bFY-(\d)\b", lambda m: f"FY{2024 - int(m.group(1))}", text)
    return text


def _split_items(items: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in items:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return [o for o in out if o]


def _parts(query: str) -> dict[str, Any]:
    q = _canon(query)
    m = re.match(r"^(.*?) FOR (.*?)(?: SORT (.+?) (ASC|DESC))?(?: TOP (\d+))?(?: IN (USD|EUR|GBP|JPY|CAD|CHF))?$", q)
    if not m:
        return {"items": [q], "target": None}
    return {"items": [i for i in _split_items(m.group(1)) if i.upper() not in _FIELDS], "target": m.group(2),
            "sort": (m.group(3), m.group(4)) if m.group(3) else None, "top": m.group(5), "currency": m.group(6)}


def structural_match(gold: str, predicted: str) -> bool:
    """SPEC section 4 judged on the query text (used until the executor exists)."""
    g, p = _parts(gold), _parts(predicted)
    if g["target"] is None or p["target"] is None:
        return _canon(gold) == _canon(predicted)
    if g["target"] != p["target"] or g.get("top") != p.get("top") or g.get("currency") != p.get("currency"):
        return False
    if g.get("sort") != p.get("sort") and (g.get("sort") or g.get("top")):
        return False
    return all(item in p["items"] for item in g["items"])


def is_correct(case: dict[str, Any], query: str | None, refusal: str | None,
               scorer: Callable[..., Any] | None = None) -> tuple[bool, str]:
    """Whether a prediction answers a case (a refusal of the same kind counts).

    With ``scorer`` (FinQL's execution_match) the gold and predicted queries are executed and
    compared; without it the structural check over the query text decides.
    """
    if scorer is not None:
        score = scorer(inputs={"question": case["question"], "principal": case.get("principal", "analyst")},
                       outputs={"query": query, "refusal": refusal},
                       expectations={"query": case.get("query"), "refusal": case.get("refusal"),
                                     "principal": case.get("principal", "analyst")})
        return bool(score.passed), score.rationale or "execution"
    if case.get("query") is None:
        return refusal == case.get("refusal"), "refusal"
    if query is None:
        return False, "refusal"
    return structural_match(case["query"], query), "structural"


# -- per-step attribution ----------------------------------------------------------------------

def _gold_intent(case: dict[str, Any]) -> str:
    q = case.get("query")
    if q is None:
        return "unsupported" if case.get("refusal") == "unsupported" else "any"
    if " SORT " in q:
        return "rank"
    if "SCREEN(" in q:
        return "screen"
    target = q.split(" FOR ", 1)[1]
    return "compare" if "," in target.split(" SORT")[0].split(" IN ")[0] else "any_single"


def _periods(q: str) -> set[str]:
    return set(re.findall(r"\b(?:FY-?\d+|FQ-?\d+(?:Q\d)?|LTM|D-?\d+|\d{4}-\d\d-\d\d)\b", _canon(q)))


def _metrics(q: str) -> set[str]:
    return set(re.findall(r"\b(?:FF|FG|FE|P)_[A-Z_]+|\b(?:GROWTH|CAGR|AVG|SUM)\b", q))


def step_scores(case: dict[str, Any], state: dict[str, Any]) -> dict[str, bool]:
    """Which decomposed steps did their part right for this case (a failure is attributed to a step)."""
    gold = case.get("query")
    out: dict[str, bool] = {}
    if case.get("refusal") == "not_permitted":
        out["check_entitlement"] = state.get("refusal") == "not_permitted"
        return out
    pred = state.get("query") or ""
    gi = _gold_intent(case)
    answered = bool(pred) or state.get("refusal") == "not_permitted"
    if gold is None:
        out["compose"] = not answered
        return out
    target = gold.split(" FOR ", 1)[1]
    if "SCREEN(" not in target:
        gold_tickers = re.split(r", ", re.split(r" SORT | IN ", target)[0])
        out["link_entities"] = state.get("tickers") == gold_tickers
    out["resolve_time"] = bool(pred) and _periods(gold) <= _periods(pred)
    out["resolve_senses"] = bool(pred) and _metrics(gold) <= _metrics(pred)
    shape = "rank" if " SORT " in pred else "screen" if "SCREEN(" in pred else "compare" if pred else None
    out["compose"] = bool(pred) and (gi in ("any", "any_single") or shape == gi or (gi == "compare" and shape == "rank"))
    out["check_entitlement"] = state.get("refusal") != "not_permitted"
    return out


# -- the run on charter.evals -------------------------------------------------------------------

def load_dataset(path: str | Path, limit: int | None = None) -> Dataset:
    """A SPEC section 5 file as a charter.evals dataset (``query`` and ``refusal`` are expectations)."""
    ds = load_file(path, name=f"finql-{Path(path).stem}", expect=("query", "refusal"))
    for item in ds.items:
        if not str(item.inputs.get("question") or "").strip():
            raise InvalidInput(f"{path}: case {item.id} has no 'question' (SPEC.md section 5 format)")
        if not (item.expectations.get("query") or item.expectations.get("refusal")):
            raise InvalidInput(f"{path}: case {item.id} has neither a 'query' nor a 'refusal'")
    if limit:
        ds = Dataset(name=ds.name, items=ds.items[:limit], source=ds.source)
    return ds


def make_agent(name: str, model: str | None = None, step_configs: dict[str, dict[str, Any]] | None = None) -> Any:
    """The registered agent; ``model`` goes into every step config that names a model (so the run's
    agent version, and its output cache key, say which model answered); ``step_configs`` changes the named steps'
    configs (a step the agent lacks is an error)."""
    from charter.agents import AgentRegistry
    from finql.translate.agents import baseline, decomposed

    try:
        agent = AgentRegistry().create(name)
    except Exception:  # noqa: BLE001 - not installed as an entry point (checkout before reinstall)
        agent = {"finql-baseline": baseline, "finql-decomposed": decomposed}[name]()
    if model:
        for step, cfg in agent.step_configs().items():
            if "model" in cfg:
                agent = agent.with_step_config(step, {"model": model})
    for step, change in (step_configs or {}).items():
        if step not in agent.steps():
            raise InvalidInput(f"agent '{name}' has no step '{step}'")
        agent = agent.with_step_config(step, change)
    return agent


def _case(inputs: Any, expectations: Any) -> dict[str, Any]:
    exp = expectations if isinstance(expectations, dict) else {}
    return {"question": (inputs or {}).get("question"), "query": exp.get("query"), "refusal": exp.get("refusal")}


def step_scorer(step: str) -> Scorer:
    """``step:NAME``: whether that step did its part (a measure; None where the case says nothing of it)."""

    def score(*, inputs: Any, outputs: Any, expectations: Any) -> Score:
        ok = step_scores(_case(inputs, expectations), outputs if isinstance(outputs, dict) else {}).get(step)
        return Score() if ok is None else Score(value=float(ok), rationale="" if ok else f"{step} got it wrong")

    score.__name__ = f"step_{step}"
    return Scorer(f"step:{step}", score, kind="measure", step=step)


def structural_scorer() -> Scorer:
    """Correctness judged on the query text (``--no-execute``)."""

    def score(*, inputs: Any, outputs: Any, expectations: Any) -> Score:
        out = outputs if isinstance(outputs, dict) else {}
        ok, _ = is_correct(_case(inputs, expectations), out.get("query"), out.get("refusal"))
        return Score(value=float(ok), passed=ok)

    return Scorer("finql_structural", score)


def correctness_scorer(env: Any) -> Scorer:
    """The registered ``finql_execution`` scorer, on this run's FinQL environment."""
    try:
        return ScorerRegistry().build("finql_execution", env=env)
    except Exception:  # noqa: BLE001 - entry points not installed (checkout before reinstall)
        from finql.scorer import execution_match

        return Scorer("finql_execution", execution_match(env))


@dataclass
class AgentRun:
    """One agent's eval run and the ``--out`` summary made from it."""

    name: str
    run: RunResult
    summary: dict[str, Any]


def summarize(name: str, run: RunResult, dataset: Dataset, correctness: str,
              rules_score: Callable[[Any, dict[str, Any]], bool] | None = None) -> dict[str, Any]:
    """The ``--out`` JSON of one agent (the issue's fields, plus run_id, n and step_accuracy)."""
    m = run.metrics()
    questions = {it.id: it.inputs.get("question") for it in dataset.items}
    items = []
    for it in run.items:
        out = it.output if isinstance(it.output, dict) else {}
        agent_error = (it.error or {}).get("message")
        score_errors = [s.error for s in it.scores.values() if s.error]
        items.append({"id": it.item_id, "question": questions.get(it.item_id), "predicted_query": out.get("query"),
                      "refusal": out.get("refusal"), "correct": bool(it.passed),
                      "error": agent_error or out.get("error") or ("; ".join(score_errors) or None),
                      "latency_s": round(it.latency_s, 4), "trace_id": it.trace_id})
    steps = {s: m[f"step:{s}"] for s in _ordered(SCORED_STEPS.get(name, ())) if f"step:{s}" in m}
    if name == "finql-baseline":
        steps = {"one_big_prompt": m.get(correctness, 0.0), **steps}
    # every item's wall time, failed ones included (charter's run metrics leave failures out)
    lat = np.asarray([it.latency_s for it in run.items] or [0.0], dtype=float)
    n = max(len(items), 1)
    calls = {st: sum(int((it.output or {}).get("model_calls", {}).get(st, 0)) if isinstance(it.output, dict) else 0
                     for it in run.items) for st in (MODEL_STEPS if name == "finql-decomposed" else ("one_big_prompt",))}
    if name == "finql-baseline":
        calls = {"one_big_prompt": len(items)}
    rules_ok = [_rules_correct(it, rules_score) for it in run.items] if rules_score else [bool(it.passed) for it in run.items]
    lift = _model_lift(run, rules_ok, calls)
    return {"accuracy": m.get("accuracy", 0.0), "wrong_answer_rate": sum(_wrong(i) for i in items) / n,
            "refusal_rate": sum(_refused(i) for i in items) / n,
            "latency_p50_s": float(np.percentile(lat, 50)),
            "latency_p95_s": float(np.percentile(lat, 95)), "tokens_per_question": m.get("tokens", 0.0),
            "cost_per_question": m.get("cost", 0.0), "n": len(items), "run_id": run.run_id,
            "accuracy_rules_only": sum(rules_ok) / n, "accuracy_rules_plus_model": m.get("accuracy", 0.0),
            "model_calls": calls, "items_with_model_calls": sum(1 for it in run.items if _calls(it)),
            "model_lift": lift,
            "step_accuracy": steps, "by_tag": _by_tag(run, items), "items": items}


def _model_lift(run: RunResult, rules_ok: list[bool], calls: dict[str, int]) -> dict[str, dict[str, float]]:
    """Per model step, over the items where it was asked: how many, and the accuracy of the rules alone
    (every close call refused) against the chain with the model's choices, on the same run."""
    out = {}
    for step in calls:
        asked = [(ok, bool(it.passed)) for ok, it in zip(rules_ok, run.items, strict=True)
                 if isinstance(it.output, dict) and int((it.output.get("model_calls") or {}).get(step, 0))]
        n = len(asked)
        out[step] = {"items": float(n), "rules_only": sum(r for r, _m in asked) / n if n else 0.0,
                     "rules_plus_model": sum(m for _r, m in asked) / n if n else 0.0}
    return out


def _refused(item: dict[str, Any]) -> bool:
    """A refusal (of any kind) or no answer at all."""
    return not item["predicted_query"] or bool(item["refusal"])


def _wrong(item: dict[str, Any]) -> bool:
    """Answered, but not correct: the outcome a bank cannot ship."""
    return not item["correct"] and not _refused(item)


def _calls(it: Any) -> int:
    out = it.output if isinstance(it.output, dict) else {}
    return sum(int(v) for v in (out.get("model_calls") or {}).values())


def _rules_correct(it: Any, score: Any) -> bool:
    """Whether the rules alone (close calls refused) would have been right; the same where no model was asked."""
    out = it.output if isinstance(it.output, dict) else {}
    if not _calls(it):
        return bool(it.passed)
    return bool(score(it, {"query": out.get("rules_query"), "refusal": out.get("rules_refusal")}))


def _by_tag(run: RunResult, items: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Accuracy, wrong-answer rate and refusal rate per tag."""
    by_id = {i["id"]: i for i in items}
    groups: dict[str, list[dict[str, Any]]] = {}
    for it in run.items:
        for t in it.tags or ["(untagged)"]:
            groups.setdefault(t, []).append(by_id[it.item_id])
    return {t: {"n": float(len(g)), "accuracy": sum(i["correct"] for i in g) / len(g),
                "wrong_answer_rate": sum(_wrong(i) for i in g) / len(g),
                "refusal_rate": sum(_refused(i) for i in g) / len(g)} for t, g in sorted(groups.items())}


def _ordered(steps: Any) -> list[str]:
    return sorted(steps, key=lambda s: DECOMPOSED_STEPS.index(s) if s in DECOMPOSED_STEPS else -1)


def warm_local_model(charter: Any, model: str | None) -> None:
    """Load an embedded (llama.cpp) model before the run, so the first item's latency is not the load.

    (It also kept llama.cpp loadable next to usearch before charter.data imported usearch behind
    the shared C++ runtime.) Remote models have nothing to load.
    """
    gw = charter.gateway
    try:
        provider = gw.provider(gw.resolve(model))
    except Exception:  # noqa: BLE001 - an unknown model fails later with its own message
        return
    if hasattr(provider, "llama"):
        provider.llama()


def _rules_scorer(dataset: Dataset, correctness: Scorer) -> Callable[[Any, dict[str, Any]], bool]:
    """Scores what the rules alone answered for an item (the reading with every close call refused)."""
    items_by_id = {it.id: it for it in dataset.items}

    def rules_score(item: Any, outputs: dict[str, Any]) -> bool:
        it = items_by_id[item.item_id]
        inputs = {**it.inputs, "principal": it.principal or DEFAULT_PRINCIPAL}
        return bool(correctness.fn(inputs=inputs, outputs=outputs, expectations=it.expectations).passed)

    return rules_score


def warm_senses(charter: Any) -> None:
    """Embed the metric names before the run (or read them from CHARTER_HOME), so the first item's latency
    is not the meaning matcher's one-time build."""
    from charter.agents import RunContext
    from finql.translate.agents import senses_for

    try:
        index = senses_for(RunContext(principal="admin", data=charter.data))
    except Exception:  # noqa: BLE001 - no embedder here: the step runs without the meaning matcher
        return
    if index is not None:
        index.build()


def run_bench(charter: Any, dataset: Dataset, agents: list[str], *, model: str | None = None, env: Any = None,
              execute: bool = True, concurrency: int = 1, progress: bool = True,
              step_configs: dict[str, dict[str, Any]] | None = None) -> dict[str, AgentRun]:
    """One ``charter.evals`` run per agent over the dataset; stored, traced, and summarised.

    Outputs are never taken from the eval cache: a bench measures this code and this model now.
    Concurrency defaults to 1 so latencies are those of one question at a time.
    """
    from finql.runtime import open_env
    from finql.translate import kb

    if model:
        charter.gateway.resolve(model)  # an unknown name fails here, naming charter.toml
    env = env or open_env(charter=charter)
    if "finql-baseline" in agents:
        warm_local_model(charter, model)
    if "finql-decomposed" in agents:
        warm_senses(charter)
    if "finql-baseline" in agents and not kb.has_index(charter):
        kb.ensure_index(charter)
    Datasets(charter.store).add(dataset)  # `charter dataset show` has what the runs were scored on
    correctness = correctness_scorer(env) if execute else structural_scorer()
    registry = ScorerRegistry()
    measures = [registry.build("tokens"), registry.build("cost")]
    runs = Runs(charter.store, tracer=charter.tracer)
    out: dict[str, AgentRun] = {}
    for name in agents:
        agent = make_agent(name, model, step_configs if name == "finql-decomposed" else None)
        target = AgentTarget(agent, **{**charter.handles(), "extensions": Extensions(env)})
        scorers = [correctness, *measures, *(step_scorer(s) for s in SCORED_STEPS.get(name, ()))]
        result = runs.run(target, dataset, scorers, concurrency=concurrency, use_cache=False,
                          principal=DEFAULT_PRINCIPAL, progress=progress)
        out[name] = AgentRun(name, result, summarize(name, result, dataset, correctness.name,
                                                     _rules_scorer(dataset, correctness)))
    return out


def out_json(results: dict[str, AgentRun]) -> dict[str, Any]:
    """The ``--out`` document: ``{"agents": {NAME: {...}}}``."""
    return {"agents": {name: r.summary for name, r in results.items()}}


def write_out(results: dict[str, AgentRun], path: str | Path) -> None:
    Path(path).write_text(json.dumps(out_json(results), indent=2, default=str), encoding="utf-8")


ROWS = (("accuracy", "{:.1%}"), ("wrong_answer_rate", "{:.1%}"), ("refusal_rate", "{:.1%}"),
        ("accuracy_rules_only", "{:.1%}"), ("accuracy_rules_plus_model", "{:.1%}"),
        ("latency_p50_s", "{:.3f}s"), ("latency_p95_s", "{:.3f}s"),
        ("tokens_per_question", "{:.0f}"), ("cost_per_question", "${:.6f}"))


def table_rows(results: dict[str, AgentRun]) -> list[list[str]]:
    """The side-by-side table: one row per figure, one column per agent (shared by CLI and HTML)."""
    sums = [r.summary for r in results.values()]
    rows = [["cases", *[str(s["n"]) for s in sums]]]
    rows += [[key, *[fmt.format(s[key]) for s in sums]] for key, fmt in ROWS]
    model_steps = sorted({k for s in sums for k in s.get("model_calls", {})}, key=lambda k: (k not in MODEL_STEPS, k))
    rows += [[f"model calls {k}", *[str(s.get("model_calls", {}).get(k, "")) for s in sums]] for k in model_steps]
    rows += [[f"model lift {k} (rules -> +model)", *[
        (lambda x: f"{x['rules_only']:.0%} -> {x['rules_plus_model']:.0%} of {int(x['items'])}" if x else "")(
            s.get("model_lift", {}).get(k)) for s in sums]] for k in model_steps if k in MODEL_STEPS]
    steps = _ordered({k for s in sums for k in s["step_accuracy"]})
    rows += [[f"step {k}", *[f"{s['step_accuracy'][k]:.1%}" if k in s["step_accuracy"] else "" for s in sums]]
             for k in steps]
    if {"finql-baseline", "finql-decomposed"} <= set(results):
        b = results["finql-baseline"].summary["latency_p50_s"]
        d = results["finql-decomposed"].summary["latency_p50_s"]
        cols = list(results)
        ratio = f"{d / b:.4f}" if b else "n/a"
        rows.append(["p50 ratio decomposed/baseline", *[ratio if c == "finql-decomposed" else "" for c in cols]])
    rows.append(["eval run", *[r.run.run_id[:12] for r in results.values()]])
    return rows

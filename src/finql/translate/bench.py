"""Run translation agents over a golden set: execution accuracy, latency, tokens, cost, per-step accuracy.

Correctness follows SPEC section 4. With the language package's executor present, gold and
predicted queries are executed and their results compared; until then the comparison is a
structural one over the query text (same target, sort, top and currency; every gold expression
among the predicted items), reported as ``scorer: "structural"``.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from charter.agents import Agent, RunContext
from finql.translate.agents import DECOMPOSED_STEPS


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    """A golden set file (SPEC section 5 JSON Lines)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


class CountingGateway:
    """Wraps a gateway to add up tokens and cost of the calls made during one question."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.tokens = 0
        self.cost = 0.0

    def chat(self, request: Any, model: str | None = None, **kwargs: Any) -> Any:
        resp = self.inner.chat(request, model, **kwargs)
        self.tokens += resp.usage.input_tokens + resp.usage.output_tokens
        self.cost += resp.cost_usd
        return resp

    def reset(self) -> None:
        self.tokens, self.cost = 0, 0.0


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
    gi = _gold_intent(case)
    intent = state.get("intent")
    out["classify_intent"] = (intent == "unsupported") == (gi == "unsupported") and (
        gi in ("any", "unsupported", "any_single") or intent == gi or (gi == "compare" and intent in ("compare", "rank")))
    if gold is None:
        return out
    target = gold.split(" FOR ", 1)[1]
    if "SCREEN(" not in target:
        gold_tickers = re.split(r", ", re.split(r" SORT | IN ", target)[0])
        out["link_entities"] = state.get("tickers") == gold_tickers
    pred = state.get("query") or ""
    out["resolve_time"] = bool(pred) and _periods(gold) <= _periods(pred)
    out["fill_slots"] = bool(pred) and _metrics(gold) <= _metrics(pred)
    out["check_entitlement"] = state.get("refusal") != "not_permitted"
    return out


# -- the run -----------------------------------------------------------------------------------

def run_agent(agent: Agent, cases: list[dict[str, Any]], gateway: Any, *, tracer: Any = None,
              catalog: Any = None, data: Any = None, env: Any = None,
              progress: Callable[[], None] | None = None) -> dict[str, Any]:
    """Run one agent over the cases; the ``--out`` JSON shape of one agent."""
    counting = CountingGateway(gateway) if gateway is not None else None
    scorer = None
    if env is not None:
        from finql.scorer import execution_match

        scorer = execution_match(env)
    items: list[dict[str, Any]] = []
    tokens: list[int] = []
    costs: list[float] = []
    steps: dict[str, list[bool]] = {}
    for case in cases:
        if counting:
            counting.reset()
        principal = case.get("principal", "analyst")
        ctx = RunContext(principal=principal, gateway=counting, catalog=catalog, data=data, tracer=tracer,
                         extras={"finql": env} if env is not None else {})
        t0 = time.perf_counter()
        res = agent.run({"question": case["question"]}, ctx, raise_errors=False)
        latency = time.perf_counter() - t0
        state = res.output.model_dump() if res.output is not None else {}
        query, refusal = state.get("query"), state.get("refusal")
        error = (res.error or {}).get("message") or state.get("error")
        correct, _how = is_correct(case, query, refusal, scorer) if res.error is None else (False, "error")
        if agent.name.endswith("decomposed"):
            for name, ok in step_scores(case, state).items():
                steps.setdefault(name, []).append(ok)
        else:
            steps.setdefault("one_big_prompt", []).append(correct)
        tokens.append(counting.tokens if counting else 0)
        costs.append(counting.cost if counting else 0.0)
        items.append({"id": case.get("id"), "question": case["question"], "predicted_query": query,
                      "refusal": refusal, "correct": bool(correct), "error": error,
                      "latency_s": round(latency, 4), "trace_id": res.trace_id})
        if progress:
            progress()
    lat = sorted(i["latency_s"] for i in items) or [0.0]
    return {
        "accuracy": sum(i["correct"] for i in items) / max(len(items), 1),
        "latency_p50_s": statistics.median(lat),
        "latency_p95_s": lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))],
        "tokens_per_question": sum(tokens) / max(len(items), 1),
        "cost_per_question": sum(costs) / max(len(items), 1),
        "step_accuracy": {k: sum(v) / len(v) for k, v in sorted(steps.items(), key=lambda kv: _step_order(kv[0]))},
        "items": items,
    }


def _step_order(name: str) -> int:
    return DECOMPOSED_STEPS.index(name) if name in DECOMPOSED_STEPS else -1

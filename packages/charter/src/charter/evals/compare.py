"""Numbers from runs: summaries, paired bootstrap comparisons, by-tag breakdowns, CI gates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
from pydantic import BaseModel

from charter.errors import InvalidInput


def _pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if values else 0.0


def summarize(items: Sequence[Any]) -> dict[str, float]:
    """accuracy (errors count as failures), error counts, per-metric means, latency percentiles."""
    n = len(items)
    out: dict[str, float] = {"items": float(n)}
    if not n:
        return out
    out["accuracy"] = sum(i.passed for i in items) / n
    out["errors"] = float(sum(bool(i.errors) for i in items))
    out["agent_errors"] = float(sum(i.error is not None for i in items))
    out["error_rate"] = out["errors"] / n
    lat = [i.latency_s for i in items if i.error is None]
    out["latency_p50_s"], out["latency_p95_s"] = _pct(lat, 50), _pct(lat, 95)
    out["latency_mean_s"] = float(np.mean(lat)) if lat else 0.0
    out["cached"] = float(sum(i.cached for i in items))
    metrics: dict[str, list[float]] = {}
    for i in items:
        for k, s in i.scores.items():
            if s.value is not None:
                metrics.setdefault(k, []).append(s.value)
    for k, vals in sorted(metrics.items()):
        out[k] = float(np.mean(vals))
        if k in ("cost_usd", "cost"):
            out[f"{k}_total"] = float(np.sum(vals))
    return out


def by_tag(items: Sequence[Any]) -> dict[str, dict[str, float]]:
    """Accuracy and count per tag (items without tags under '(untagged)')."""
    groups: dict[str, list[Any]] = {}
    for i in items:
        for t in i.tags or ["(untagged)"]:
            groups.setdefault(t, []).append(i)
    return {t: {"n": float(len(g)), "accuracy": sum(x.passed for x in g) / len(g)} for t, g in sorted(groups.items())}


def by_step(items: Sequence[Any]) -> dict[str, float]:
    """Accuracy of each step scorer (metrics named ``step:NAME``).

    A step scorer that reports a value in [0, 1] but no verdict (so that it never decides the
    item's pass/fail) counts with that value.
    """
    vals: dict[str, list[float]] = {}
    for i in items:
        for k, s in i.scores.items():
            if not k.startswith("step:"):
                continue
            if s.passed is not None:
                vals.setdefault(k[5:], []).append(float(s.passed))
            elif s.value is not None and 0.0 <= s.value <= 1.0:
                vals.setdefault(k[5:], []).append(float(s.value))
    return {k: float(np.mean(v)) for k, v in sorted(vals.items())}


def bootstrap_ci(a: np.ndarray, b: np.ndarray, *, resamples: int = 2000, level: float = 0.95,
                 seed: int = 0) -> tuple[float, float, float]:
    """Paired bootstrap of mean(b - a): (delta, low, high)."""
    diff = np.asarray(b, dtype=float) - np.asarray(a, dtype=float)
    if diff.size == 0:
        return 0.0, 0.0, 0.0
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, diff.size, size=(resamples, diff.size))
    means = diff[idx].mean(axis=1)
    lo, hi = np.percentile(means, [(1 - level) / 2 * 100, (1 + level) / 2 * 100])
    return float(diff.mean()), float(lo), float(hi)


class MetricDelta(BaseModel):
    metric: str
    a: float
    b: float
    delta: float
    low: float
    high: float
    n: int

    @property
    def significant(self) -> bool:
        return self.low > 0 or self.high < 0


class Comparison(BaseModel):
    a: str
    b: str
    paired: int
    metrics: list[MetricDelta]
    regressed: list[str]
    improved: list[str]
    tags: dict[str, dict[str, float]]  # tag -> {a, b, delta, n}


def compare(a: Any, b: Any, *, resamples: int = 2000, seed: int = 0) -> Comparison:
    """Per-metric deltas (B - A) over the items both runs share, with paired bootstrap CIs."""
    ia = {i.item_id: i for i in a.items}
    ib = {i.item_id: i for i in b.items}
    common = [k for k in ia if k in ib]
    if not common:
        raise InvalidInput(f"runs {a.run_id[:12]} and {b.run_id[:12]} share no items; compare runs on the same dataset")
    series: dict[str, tuple[list[float], list[float]]] = {
        "accuracy": ([float(ia[k].passed) for k in common], [float(ib[k].passed) for k in common]),
        "latency_s": ([ia[k].latency_s for k in common], [ib[k].latency_s for k in common]),
    }
    names = sorted({m for k in common for m in ia[k].scores} & {m for k in common for m in ib[k].scores})
    for m in names:
        pairs = [(ia[k].scores[m].value, ib[k].scores[m].value) for k in common
                 if m in ia[k].scores and m in ib[k].scores]
        pairs = [(x, y) for x, y in pairs if x is not None and y is not None]
        if pairs:
            series[m] = ([x for x, _ in pairs], [y for _, y in pairs])
    deltas = []
    for m, (xa, xb) in series.items():
        d, lo, hi = bootstrap_ci(np.array(xa), np.array(xb), resamples=resamples, seed=seed)
        deltas.append(MetricDelta(metric=m, a=float(np.mean(xa)), b=float(np.mean(xb)), delta=d, low=lo, high=hi, n=len(xa)))
    tags: dict[str, dict[str, float]] = {}
    for k in common:
        for t in ia[k].tags or ["(untagged)"]:
            g = tags.setdefault(t, {"a": 0.0, "b": 0.0, "n": 0.0})
            g["a"] += ia[k].passed
            g["b"] += ib[k].passed
            g["n"] += 1
    for g in tags.values():
        g["a"], g["b"] = g["a"] / g["n"], g["b"] / g["n"]
        g["delta"] = g["b"] - g["a"]
    return Comparison(a=a.run_id, b=b.run_id, paired=len(common), metrics=deltas,
                      regressed=[k for k in common if ia[k].passed and not ib[k].passed],
                      improved=[k for k in common if not ia[k].passed and ib[k].passed], tags=dict(sorted(tags.items())))


_COND = re.compile(r"^\s*([A-Za-z0-9_.:\-]+)\s*=\s*(-?[0-9.eE+-]+)\s*$")


class GateResult(BaseModel):
    passed: bool
    checks: list[dict[str, Any]]  # {metric, bound, limit, value, ok}


def gate(metrics: dict[str, float], *, minimum: Sequence[str] = (), maximum: Sequence[str] = ()) -> GateResult:
    """Check ``metric=value`` bounds; a metric the run lacks fails its check (never silently passes)."""
    checks = []
    for bound, conds in (("min", minimum), ("max", maximum)):
        for c in conds:
            m = _COND.match(c)
            if not m:
                raise InvalidInput(f"gate condition '{c}' must be METRIC=NUMBER, e.g. accuracy=0.85")
            name, limit = m.group(1), float(m.group(2))
            value = metrics.get(name)
            ok = value is not None and (value >= limit if bound == "min" else value <= limit)
            checks.append({"metric": name, "bound": bound, "limit": limit, "value": value, "ok": ok})
    if not checks:
        raise InvalidInput("a gate needs at least one --min or --max condition")
    return GateResult(passed=all(c["ok"] for c in checks), checks=checks)

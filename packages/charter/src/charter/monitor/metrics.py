"""Metrics of live traffic per agent and version, over a window or per hour and day, in SQL.

One aggregate query over ``monitor_observations`` (indexed on agent and time) gives every metric of
a window or of each bucket at once; percentiles are nearest-rank, from ``row_number()`` and
``count()`` window functions, so the same SQL runs on SQLite and PostgreSQL. Per-version values
with bootstrap confidence intervals (``version_metrics``, ``compare_versions``) are the typed API
promotion decisions read (see docs/monitoring.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel
from sqlalchemy import Select, case, func, select

from charter.errors import InvalidInput
from charter.monitor.config import TRAFFIC_METRICS, check_metric
from charter.monitor.tables import SHADOW, FeedbackRow, ObservationRow
from charter.store import Store

Bucket = Literal["hour", "day"]
# Per-trace values behind each metric: the column, and how a window's value is made from them.
_PER_TRACE: dict[str, tuple[str, str]] = {
    "quality": ("quality", "mean"),
    "refusal_rate": ("refused", "mean"),
    "error_rate": ("error", "mean"),
    "latency_p50_ms": ("latency_ms", "p50"),
    "latency_p95_ms": ("latency_ms", "p95"),
    "tokens_per_trace": ("tokens", "mean"),
    "cost_per_trace_usd": ("cost_usd", "mean"),
}


@dataclass(frozen=True)
class Window:
    """The traces started in [since, until), or only the last ``last`` of them."""

    since: datetime
    until: datetime
    last: int | None = None


class Measurement(BaseModel):
    """A metric over a window: its value (None when nothing was measured) and how many samples made it."""

    metric: str
    value: float | None
    n: int


class SeriesPoint(BaseModel):
    """One bucket (an hour or a day) of one agent (and version, when split by version)."""

    start: datetime
    version: str | None = None
    traces: int
    quality: float | None
    quality_n: int
    refusal_rate: float
    error_rate: float
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    tokens: int
    cost_usd: float


class VersionMetric(BaseModel):
    """One metric of one agent version over a window, with a bootstrap confidence interval of it."""

    agent: str
    version: str
    metric: str
    value: float | None
    n: int
    low: float | None = None
    high: float | None = None
    since: datetime
    until: datetime


class VersionComparison(BaseModel):
    """Version B minus version A on one metric, with a bootstrap interval of the difference."""

    metric: str
    a: VersionMetric
    b: VersionMetric
    delta: float | None
    low: float | None
    high: float | None

    @property
    def significant(self) -> bool:
        """The interval excludes zero."""
        return self.low is not None and self.high is not None and (self.low > 0 or self.high < 0)


def _obs(agent: str, window: Window, version: str | None = None) -> Select[Any]:
    Obs = ObservationRow
    q = select(Obs.version, Obs.hour, Obs.latency_ms, Obs.error, Obs.refused, Obs.tokens, Obs.cost_usd, Obs.quality).where(
        Obs.agent == agent, Obs.at >= window.since, Obs.at < window.until)
    # a version's own metrics count its shadow runs; the agent's are what callers got (no shadow run)
    q = q.where(Obs.version.startswith(version)) if version else q.where(Obs.arm != SHADOW)
    if window.last is not None:
        q = q.order_by(Obs.at.desc()).limit(window.last)
    return q


def _aggregate(sub: Any, groups: list[Any]) -> Select[Any]:
    """Every traffic metric of the rows of ``sub``, per group (none: one row for all)."""
    labelled = [g.label(f"g{i}") for i, g in enumerate(groups)]
    ranked = select(
        *labelled, sub.c.latency_ms, sub.c.error, sub.c.refused, sub.c.tokens, sub.c.cost_usd, sub.c.quality,
        func.row_number().over(partition_by=groups or None, order_by=sub.c.latency_ms).label("rn"),
        func.count().over(partition_by=groups or None).label("cnt"),
    ).subquery()
    r = ranked.c
    keys = [r[f"g{i}"] for i in range(len(groups))]

    def pct(p: float) -> Any:  # nearest rank: the smallest value whose rank reaches p of the count
        return func.min(case((r.rn >= p * r.cnt, r.latency_ms)))

    return select(
        *keys, func.count(), func.avg(r.quality), func.count(r.quality),
        func.avg(case((r.refused, 1.0), else_=0.0)), func.avg(case((r.error, 1.0), else_=0.0)),
        pct(0.5), pct(0.95), func.coalesce(func.sum(r.tokens), 0), func.coalesce(func.sum(r.cost_usd), 0.0),
    ).group_by(*keys).order_by(*keys)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def series(store: Store, agent: str, *, since: datetime, until: datetime | None = None, bucket: Bucket = "hour",
           by_version: bool = False, version: str | None = None) -> list[SeriesPoint]:
    """The agent's metrics per hour or day (and per version), oldest first."""
    if bucket not in ("hour", "day"):
        raise InvalidInput(f"bucket '{bucket}' is not hour or day")
    sub = _obs(agent, Window(since, until or datetime.now(UTC)), version).subquery()
    size = 1 if bucket == "hour" else 24
    groups = [sub.c.hour // size if size > 1 else sub.c.hour] + ([sub.c.version] if by_version else [])
    with store.session() as s:
        rows = s.execute(_aggregate(sub, groups)).all()
    out = []
    for row in rows:
        b, rest = row[0], row[1:]
        ver = None
        if by_version:
            ver, rest = rest[0], rest[1:]
        n, q, qn, refused, errors, p50, p95, tokens, cost = rest
        out.append(SeriesPoint(start=datetime.fromtimestamp(int(b) * size * 3600, UTC), version=ver, traces=int(n),
                               quality=None if q is None else float(q), quality_n=int(qn),
                               refusal_rate=float(refused or 0), error_rate=float(errors or 0),
                               latency_p50_ms=None if p50 is None else float(p50),
                               latency_p95_ms=None if p95 is None else float(p95),
                               tokens=int(tokens or 0), cost_usd=float(cost or 0)))
    return out


def measure(store: Store, agent: str, metric: str, window: Window, *, version: str | None = None) -> Measurement:
    """One metric of live traffic over a window (drift metrics are measured by ``charter.monitor.drift``)."""
    check_metric(metric)
    if metric.startswith("score:"):
        return _score(store, agent, metric, window, version)
    if metric not in TRAFFIC_METRICS:
        raise InvalidInput(f"'{metric}' is a drift metric; charter.monitor.drift measures it")
    sub = _obs(agent, window, version).subquery()
    with store.session() as s:
        n, q, qn, refused, errors, p50, p95, tokens, cost = s.execute(_aggregate(sub, [])).one()
    n = int(n)
    values: dict[str, tuple[Any, int]] = {
        "traces": (n, n), "quality": (q, int(qn)), "refusal_rate": (refused, n), "error_rate": (errors, n),
        "latency_p50_ms": (p50, n), "latency_p95_ms": (p95, n),
        "tokens_per_trace": (tokens / n if n else None, n), "cost_usd": (cost, n),
        "cost_per_trace_usd": (cost / n if n else None, n),
    }
    value, count = values[metric]
    return Measurement(metric=metric, value=None if value is None or count == 0 else float(value), n=count)


def _score(store: Store, agent: str, metric: str, window: Window, version: str | None) -> Measurement:
    F = FeedbackRow  # noqa: N806
    name = metric.removeprefix("score:")
    q = select(F.value).where(F.agent == agent, F.name == name, F.measurable.is_(True), F.value.is_not(None),
                              F.at >= window.since, F.at < window.until)
    if version:
        q = q.where(F.version.startswith(version))
    else:
        q = q.where(F.trace_id.not_in(select(ObservationRow.trace_id).where(
            ObservationRow.agent == agent, ObservationRow.arm == SHADOW)))
    if window.last is not None:
        q = q.order_by(F.at.desc()).limit(window.last)
    sub = q.subquery()
    with store.session() as s:
        value, n = s.execute(select(func.avg(sub.c.value), func.count())).one()
    return Measurement(metric=metric, value=None if value is None else float(value), n=int(n))


# -- per version, with confidence intervals -------------------------------------------------------


def samples(store: Store, agent: str, metric: str, *, since: datetime, until: datetime | None = None,
            version: str | None = None, limit: int = 20_000) -> dict[str, list[float]]:
    """Per-trace values of a metric, by version (newest ``limit`` traces): what a bootstrap resamples."""
    column, _ = _spec(metric)
    Obs = ObservationRow
    col = getattr(Obs, column)
    q = select(Obs.version, col).where(Obs.agent == agent, Obs.at >= since, Obs.at < (until or datetime.now(UTC)))
    if column == "quality":
        q = q.where(Obs.quality.is_not(None))
    if version:
        q = q.where(Obs.version.startswith(version))
    out: dict[str, list[float]] = {}
    with store.session() as s:
        for ver, value in s.execute(q.order_by(Obs.at.desc()).limit(limit)):
            out.setdefault(ver, []).append(float(value))
    return out


def _spec(metric: str) -> tuple[str, str]:
    if metric not in _PER_TRACE:
        raise InvalidInput(f"metric '{metric}' has no per-trace value to compare versions on; use one of "
                           f"{', '.join(_PER_TRACE)}")
    return _PER_TRACE[metric]


def _stat(values: np.ndarray, how: str, axis: int | None = None) -> Any:
    if how == "mean":
        return values.mean(axis=axis)
    q = 50 if how == "p50" else 95
    return np.percentile(values, q, axis=axis, method="inverted_cdf")  # nearest rank, as the SQL


def _bootstrap(values: np.ndarray, how: str, resamples: int, level: float, seed: int) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, values.size, size=(resamples, values.size))
    stats = _stat(values[idx], how, axis=1)
    lo, hi = np.percentile(stats, [(1 - level) / 2 * 100, (1 + level) / 2 * 100])
    return float(lo), float(hi)


def version_metrics(store: Store, agent: str, metric: str, *, since: datetime, until: datetime | None = None,
                    versions: list[str] | None = None, level: float = 0.95, resamples: int = 1000,
                    seed: int = 0) -> list[VersionMetric]:
    """The metric per agent version over [since, until), each with its n and a bootstrap interval.

    ``versions`` are content-hash prefixes (default: every version seen in the window). Deterministic
    for the same data (a fixed seed).
    """
    until = until or datetime.now(UTC)
    _, how = _spec(metric)
    found = samples(store, agent, metric, since=since, until=until)
    wanted = versions if versions is not None else sorted(found)
    out = []
    for prefix in wanted:
        vals = np.asarray([v for ver, vs in found.items() if ver.startswith(prefix) for v in vs], dtype=float)
        if vals.size == 0:
            out.append(VersionMetric(agent=agent, version=prefix, metric=metric, value=None, n=0, since=since,
                                     until=until))
            continue
        lo, hi = _bootstrap(vals, how, resamples, level, seed)
        out.append(VersionMetric(agent=agent, version=prefix, metric=metric, value=float(_stat(vals, how)),
                                 n=int(vals.size), low=lo, high=hi, since=since, until=until))
    return out


def compare_versions(store: Store, agent: str, metric: str, a: str, b: str, *, since: datetime,
                     until: datetime | None = None, level: float = 0.95, resamples: int = 1000,
                     seed: int = 0) -> VersionComparison:
    """Version ``b`` minus version ``a`` on a metric of live traffic, with an (unpaired) bootstrap interval."""
    until = until or datetime.now(UTC)
    _, how = _spec(metric)
    ma, mb = version_metrics(store, agent, metric, since=since, until=until, versions=[a, b], level=level,
                             resamples=resamples, seed=seed)
    found = samples(store, agent, metric, since=since, until=until)
    va = np.asarray([v for ver, vs in found.items() if ver.startswith(a) for v in vs], dtype=float)
    vb = np.asarray([v for ver, vs in found.items() if ver.startswith(b) for v in vs], dtype=float)
    if va.size == 0 or vb.size == 0:
        return VersionComparison(metric=metric, a=ma, b=mb, delta=None, low=None, high=None)
    rng = np.random.default_rng(seed)
    da = _stat(va[rng.integers(0, va.size, size=(resamples, va.size))], how, axis=1)
    db = _stat(vb[rng.integers(0, vb.size, size=(resamples, vb.size))], how, axis=1)
    lo, hi = np.percentile(db - da, [(1 - level) / 2 * 100, (1 + level) / 2 * 100])
    return VersionComparison(metric=metric, a=ma, b=mb, delta=float(_stat(vb, how) - _stat(va, how)),
                             low=float(lo), high=float(hi))


__all__ = ["Measurement", "SeriesPoint", "VersionComparison", "VersionMetric", "Window", "compare_versions",
           "measure", "samples", "series", "version_metrics"]

"""Dashboards: quality per agent version over time, latency and cost per model and agent, governance
denials, top failing steps (inline SVG drawn by templates from the charts' geometry, no scripts).

Reading them needs a metastore admin (they show every principal's activity).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from charter.server.admin import require_admin
from charter.server.web import browser_principal, csrf_guard, render

if TYPE_CHECKING:
    from charter.runtime import Charter


class Bar(BaseModel):
    label: str
    value: float
    width: float


class BarChart(BaseModel):
    """A horizontal bar chart's geometry (drawn as inline SVG by ``templates/_charts.html``)."""

    kind: str = "bar"
    title: str
    unit: str = ""
    bars: list[Bar] = []
    height: int = 0


def bar_chart(title: str, values: dict[str, float], unit: str = "") -> BarChart:
    """A horizontal bar chart (no scripts, no build step)."""
    top = max(values.values(), default=0.0) or 1.0
    bars = [Bar(label=k[:28], value=v, width=max(1.0, v / top * 320)) for k, v in values.items()]
    return BarChart(title=title, unit=unit, bars=bars, height=len(bars) * 22 + 6)


_PALETTE = ("#1b7a4a", "#b3401a", "#2a5db0", "#8a2a8a", "#8a6500", "#1a7a7a", "#555555", "#9a2e2e")


class Point(BaseModel):
    x: float
    y: float
    title: str


class Series(BaseModel):
    name: str
    colour: str
    path: str  # polyline points ("" for a single point)
    points: list[Point]


class LineChart(BaseModel):
    """Points over time, one line per series, with its axes' labels (drawn by ``_charts.html``)."""

    kind: str = "line"
    title: str
    width: int = 640
    height: int = 220
    left: int = 48
    top: int = 10
    bottom: int = 30
    y_ticks: list[tuple[float, str]] = []
    x_labels: list[tuple[float, str, str]] = []  # (x, anchor, text)
    series: list[Series] = []


def line_chart(title: str, series: dict[str, list[tuple[datetime, float]]], *, y_max: float = 1.0,
               unit: str = "") -> LineChart:
    """Points over time, one coloured line per series, with a legend and axis labels."""
    chart = LineChart(title=title)
    points = [p for pts in series.values() for p in pts]
    if not points:
        return chart
    w, h, left, top, bottom = chart.width, chart.height, chart.left, chart.top, chart.bottom
    t0, t1 = min(p[0] for p in points).timestamp(), max(p[0] for p in points).timestamp()
    span = (t1 - t0) or 1.0
    y_top = max(y_max, max(p[1] for p in points)) or 1.0

    def xy(t: datetime, v: float) -> tuple[float, float]:
        x = left + (t.timestamp() - t0) / span * (w - left - 10) if t1 > t0 else left + (w - left - 10) / 2
        return x, top + (1 - v / y_top) * (h - top - bottom)

    chart.y_ticks = [(top + (1 - f) * (h - top - bottom), f"{f * y_top:.2g}{unit}") for f in (0.0, 0.5, 1.0)]
    chart.x_labels = [(left, "start", f"{datetime.fromtimestamp(t0):%m-%d %H:%M}"),
                      (w - 10, "end", f"{datetime.fromtimestamp(t1):%m-%d %H:%M}")]
    for n, (name, pts) in enumerate(sorted(series.items())):
        ordered = sorted(pts)
        coords = [xy(t, v) for t, v in ordered]
        chart.series.append(Series(
            name=name, colour=_PALETTE[n % len(_PALETTE)],
            path=" ".join(f"{x:.1f},{y:.1f}" for x, y in coords) if len(coords) > 1 else "",
            points=[Point(x=x, y=y, title=f"{name} {t:%Y-%m-%d %H:%M}: {v:.3f}")
                    for (x, y), (t, v) in zip(coords, ordered, strict=True)]))
    return chart


Chart = BarChart | LineChart


def quality_series(charter: Charter, limit: int = 100) -> dict[str, dict[str, list[tuple[datetime, float]]]]:
    """Accuracy of finished evaluation runs: agent -> "version on dataset" -> [(finished, accuracy)]."""
    from charter.evals.runs import Runs

    runs = Runs(charter.store)
    out: dict[str, dict[str, list[tuple[datetime, float]]]] = {}
    for info in runs.list(limit=limit):
        if info.status != "finished":
            continue
        when = info.finished_at or info.created_at
        accuracy = runs.get(info.run_id).metrics().get("accuracy")
        if accuracy is None or when is None:
            continue
        key = f"{info.agent_version[:8]} on {info.dataset}"
        out.setdefault(info.agent, {}).setdefault(key, []).append((when, accuracy))
    return out


WINDOWS = ("1d", "7d", "30d")


class LiveSection(BaseModel):
    """The monitor's charts of live traffic over one window."""

    since: str
    bucket: str
    windows: list[tuple[str, str]]  # (window, link query; "" for the one shown)
    agents_seen: bool
    charts: list[Chart] = []
    firing: list[str] = []


def live_charts(charter: Charter, since: str, agent: str | None = None) -> LiveSection:
    """The monitor's metrics of live traffic per agent over a time window (hourly up to two days, else daily)."""
    from charter.monitor import parse_duration

    length = parse_duration(since, "since")
    start = datetime.now(UTC) - length
    bucket = "hour" if length.total_seconds() <= 2 * 86400 else "day"
    windows = [(w, "" if w == since else urlencode({"since": w, **({"agent": agent} if agent else {})}))
               for w in WINDOWS]
    agents = [agent] if agent else charter.monitor.agents_seen(start)
    section = LiveSection(since=since, bucket=bucket, windows=windows, agents_seen=bool(agents))
    for name in agents:
        points = charter.monitor.series(name, since=start, bucket=bucket)
        if not points:
            continue

        def line(field: str, pts: list[Any] = points) -> list[tuple[datetime, float]]:
            return [(p.start, float(getattr(p, field))) for p in pts if getattr(p, field) is not None]

        section.charts.append(line_chart(f"{name}: quality, error and refusal rates", {
            "quality": line("quality"), "error rate": line("error_rate"), "refusal rate": line("refusal_rate")}))
        section.charts.append(line_chart(f"{name}: latency p50 and p95", {
            "p50": line("latency_p50_ms"), "p95": line("latency_p95_ms")}, y_max=0.0, unit=" ms"))
        section.charts.append(line_chart(f"{name}: cost and traces", {"cost (USD)": line("cost_usd")}, y_max=0.0,
                                         unit=" $"))
        section.charts.append(line_chart(f"{name}: traces per {bucket}", {"traces": line("traces")}, y_max=0.0))
    section.firing = [f"{a.rule}: {a.message}" for a in charter.monitor.alerts.alerts(state="firing", agent=agent)]
    return section


def dashboards_router(charter: Charter) -> APIRouter:
    """/dashboards (a page for metastore admins)."""
    router = APIRouter(dependencies=[Depends(csrf_guard)])

    @router.get("/dashboards", response_class=HTMLResponse, tags=["dashboards"])
    def dashboards(request: Request, since: str = "7d", agent: str | None = None,
                   me: str = Depends(browser_principal)) -> HTMLResponse:
        """Live metrics over a time window, quality per agent version, latency and cost per model and
        agent, governance denials and top failing steps."""
        require_admin(charter, me, "view dashboards")
        live = live_charts(charter, since, agent)
        quality = [line_chart(f"accuracy of {name} over time", series)
                   for name, series in sorted(quality_series(charter).items())]
        cost: list[Chart] = []
        for by in ("model", "agent"):
            rows = charter.gateway.usage(by=by)
            cost.append(bar_chart(f"mean latency per {by}", {r.key or "-": r.latency_s for r in rows}, " s"))
            cost.append(bar_chart(f"cost per {by}", {r.key or "-": r.cost_usd for r in rows}, " $"))
        denials = Counter(f"{e.action} {e.securable or ''}".strip()
                          for e in charter.catalog.audit_log(limit=5000) if not e.allowed)
        durations: dict[str, list[float]] = {}
        for t in charter.tracer.list(limit=500):
            durations.setdefault(t.agent or "-", []).append(t.duration_ms / 1000)
        cost.append(bar_chart("mean end-to-end latency per agent (last 500 traces)",
                              {k: sum(v) / len(v) for k, v in sorted(durations.items())}, " s"))
        failing: Counter[str] = Counter()
        for t in charter.tracer.list(limit=200, status="error"):
            for s in charter.tracer.get(t.trace_id).spans:
                if s.error and s.kind != "agent":
                    failing[f"{t.agent}:{s.path or s.name}"] += 1
        governance = [bar_chart("governance denials", dict(denials.most_common(10))),
                      bar_chart("top failing steps", dict(failing.most_common(10)))]
        return render(request, "dashboards.html", title="Dashboards", me=me, live=live, quality=quality,
                      cost=cost, governance=governance)

    return router

"""Dashboards: quality per agent version over time, latency and cost per model and agent, governance
denials, top failing steps (inline SVG, no scripts, no external assets).

Reading them needs a metastore admin (they show every principal's activity).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from charter.server.admin import require_admin

if TYPE_CHECKING:
    from charter.runtime import Charter


def bar_chart(title: str, values: dict[str, float], unit: str = "") -> str:
    """A horizontal bar chart as inline SVG (no scripts, no build step)."""
    if not values:
        return f"<h3>{html.escape(title)}</h3><p>no data yet</p>"
    top = max(values.values()) or 1.0
    row, width = 22, 320
    bars = "".join(
        f"<text x='0' y='{i * row + 15}' font-size='12'>{html.escape(k[:28])}</text>"
        f"<rect x='180' y='{i * row + 4}' width='{max(1.0, v / top * width):.1f}' height='14' fill='#4a7'/>"
        f"<text x='{185 + v / top * width:.1f}' y='{i * row + 15}' font-size='12'>{v:.4g}{html.escape(unit)}</text>"
        for i, (k, v) in enumerate(values.items()))
    return (f"<h3>{html.escape(title)}</h3><svg role='img' aria-label='{html.escape(title)}' width='600' "
            f"height='{len(values) * row + 6}'>{bars}</svg>")


_PALETTE = ("#2a7", "#d62", "#36c", "#a3a", "#c90", "#2aa", "#777", "#b44")


def line_chart(title: str, series: dict[str, list[tuple[datetime, float]]], *, y_max: float = 1.0,
               unit: str = "") -> str:
    """Points over time, one coloured line per series, as inline SVG with a legend and axis labels."""
    points = [p for pts in series.values() for p in pts]
    if not points:
        return f"<h3>{html.escape(title)}</h3><p>no data yet</p>"
    w, h, left, top, bottom = 640, 220, 48, 10, 30
    t0, t1 = min(p[0] for p in points).timestamp(), max(p[0] for p in points).timestamp()
    span = (t1 - t0) or 1.0
    y_top = max(y_max, max(p[1] for p in points)) or 1.0

    def xy(t: datetime, v: float) -> tuple[float, float]:
        x = left + (t.timestamp() - t0) / span * (w - left - 10) if t1 > t0 else left + (w - left - 10) / 2
        return x, top + (1 - v / y_top) * (h - top - bottom)

    parts = [f"<line x1='{left}' y1='{top}' x2='{left}' y2='{h - bottom}' stroke='#999'/>",
             f"<line x1='{left}' y1='{h - bottom}' x2='{w - 10}' y2='{h - bottom}' stroke='#999'/>"]
    for frac in (0.0, 0.5, 1.0):
        y = top + (1 - frac) * (h - top - bottom)
        parts.append(f"<text x='2' y='{y + 4:.1f}' font-size='11'>{frac * y_top:.2g}{html.escape(unit)}</text>")
    for t, anchor in ((t0, "start"), (t1, "end")):
        parts.append(f"<text x='{left if anchor == 'start' else w - 10}' y='{h - 10}' font-size='11' "
                     f"text-anchor='{anchor}'>{datetime.fromtimestamp(t):%m-%d %H:%M}</text>")
    legend = []
    for n, (name, pts) in enumerate(sorted(series.items())):
        colour = _PALETTE[n % len(_PALETTE)]
        coords = [xy(t, v) for t, v in sorted(pts)]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            parts.append(f"<polyline fill='none' stroke='{colour}' stroke-width='2' points='{path}'/>")
        for (x, y), (t, v) in zip(coords, sorted(pts), strict=True):
            parts.append(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='3.5' fill='{colour}'><title>"
                         f"{html.escape(name)} {t:%Y-%m-%d %H:%M}: {v:.3f}</title></circle>")
        legend.append(f"<span style='color:{colour}'>&#9632; {html.escape(name)}</span>")
    return (f"<h3>{html.escape(title)}</h3><svg role='img' aria-label='{html.escape(title)}' width='{w}' "
            f"height='{h}'>{''.join(parts)}</svg><div class='legend'>{' '.join(legend)}</div>")


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


def live_charts(charter: Charter, since: str, agent: str | None = None) -> list[str]:
    """The monitor's metrics of live traffic per agent over a time window (hourly up to two days, else daily)."""
    from charter.monitor import parse_duration

    length = parse_duration(since, "since")
    start = datetime.now(UTC) - length
    bucket = "hour" if length.total_seconds() <= 2 * 86400 else "day"
    links = " ".join(f"<a href='?{html.escape(urlencode({'since': w, **({'agent': agent} if agent else {})}))}'>{w}</a>"
                     if w != since else f"<b>{w}</b>" for w in WINDOWS)
    parts = [f"<h2>Live traffic (last {html.escape(since)}, per {bucket})</h2><p>window: {links}</p>"]
    agents = [agent] if agent else charter.monitor.agents_seen(start)
    if not agents:
        parts.append("<p>no live traces observed in this window (`charter serve` runs the monitor)</p>")
    for name in agents:
        points = charter.monitor.series(name, since=start, bucket=bucket)
        if not points:
            continue

        def line(field: str, pts: list[Any] = points) -> list[tuple[datetime, float]]:
            return [(p.start, float(getattr(p, field))) for p in pts if getattr(p, field) is not None]

        parts.append(line_chart(f"{name}: quality, error and refusal rates", {
            "quality": line("quality"), "error rate": line("error_rate"), "refusal rate": line("refusal_rate")}))
        parts.append(line_chart(f"{name}: latency p50 and p95", {
            "p50": line("latency_p50_ms"), "p95": line("latency_p95_ms")}, y_max=0.0, unit=" ms"))
        parts.append(line_chart(f"{name}: cost and traces", {"cost (USD)": line("cost_usd")}, y_max=0.0, unit=" $"))
        parts.append(line_chart(f"{name}: traces per {bucket}", {"traces": line("traces")}, y_max=0.0))
    firing = charter.monitor.alerts.alerts(state="firing", agent=agent)
    if firing:
        parts.append("<h3>Firing alerts</h3><ul>" + "".join(
            f"<li>{html.escape(a.rule)}: {html.escape(a.message)}</li>" for a in firing) + "</ul>")
    return parts


def add_dashboard_routes(app: FastAPI, charter: Charter, who: Callable[[Request], str]) -> None:
    """Mount /dashboards."""

    @app.get("/dashboards", response_class=HTMLResponse, tags=["dashboards"])
    def dashboards(request: Request, since: str = "7d", agent: str | None = None) -> HTMLResponse:
        """Live metrics over a time window, quality per agent version, latency and cost per model and
        agent, governance denials and top failing steps."""
        me = who(request)
        require_admin(charter, me, "view dashboards")
        parts = live_charts(charter, since, agent)
        parts.append("<h2>Quality per agent version</h2>")
        quality = quality_series(charter)
        parts += [line_chart(f"accuracy of {agent} over time", series) for agent, series in sorted(quality.items())]
        if not quality:
            parts.append("<p>no evaluation runs yet (`charter eval run`, or compare in the review app)</p>")
        parts.append("<h2>Latency and cost</h2>")
        for by in ("model", "agent"):
            rows = charter.gateway.usage(by=by)
            parts.append(bar_chart(f"mean latency per {by}", {r.key or "-": r.latency_s for r in rows}, " s"))
            parts.append(bar_chart(f"cost per {by}", {r.key or "-": r.cost_usd for r in rows}, " $"))
        denials = Counter(f"{e.action} {e.securable or ''}".strip()
                          for e in charter.catalog.audit_log(limit=5000) if not e.allowed)
        durations: dict[str, list[float]] = {}
        for t in charter.tracer.list(limit=500):
            durations.setdefault(t.agent or "-", []).append(t.duration_ms / 1000)
        parts.append(bar_chart("mean end-to-end latency per agent (last 500 traces)",
                               {k: sum(v) / len(v) for k, v in sorted(durations.items())}, " s"))
        parts.append("<h2>Governance and failures</h2>")
        parts.append(bar_chart("governance denials", dict(denials.most_common(10))))
        failing: Counter[str] = Counter()
        for t in charter.tracer.list(limit=200, status="error"):
            for s in charter.tracer.get(t.trace_id).spans:
                if s.error and s.kind != "agent":
                    failing[f"{t.agent}:{s.path or s.name}"] += 1
        parts.append(bar_chart("top failing steps", dict(failing.most_common(10))))
        return HTMLResponse("<!doctype html><html><head><meta charset='utf-8'><title>Dashboards</title></head>"
                            "<body style='font-family:system-ui,sans-serif;margin:2rem'><h1>Dashboards</h1>"
                            + "".join(parts) + "</body></html>")

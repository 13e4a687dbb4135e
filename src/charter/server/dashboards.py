"""Dashboards: latency and cost per model and agent, governance denials, top failing steps (inline SVG).

Reading them needs a metastore admin (they show every principal's activity).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from charter.server.admin import require_admin


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


def add_dashboard_routes(app: FastAPI, charter: Any, who: Callable[[Request], str]) -> None:
    """Mount /dashboards."""

    @app.get("/dashboards", response_class=HTMLResponse, tags=["dashboards"])
    def dashboards(request: Request) -> HTMLResponse:
        """Latency and cost per model and agent, governance denials and top failing steps."""
        me = who(request)
        require_admin(charter, me, "view dashboards")
        parts = []
        for by in ("model", "agent"):
            rows = charter.gateway.usage(by=by)
            parts.append(bar_chart(f"mean latency per {by}", {r.key or "-": r.latency_s for r in rows}, " s"))
            parts.append(bar_chart(f"cost per {by}", {r.key or "-": r.cost_usd for r in rows}, " $"))
        denials = Counter(f"{e.action} {e.securable or ''}".strip()
                          for e in charter.catalog.audit_log(limit=5000) if not e.allowed)
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

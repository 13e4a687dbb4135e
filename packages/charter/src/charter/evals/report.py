"""A self-contained HTML report of a run: summary, accuracy by tag, latency and cost, per-step accuracy.

Plots are inline SVG (no scripts, no external assets), so the file can be mailed or attached to CI.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from charter.evals.compare import by_step, by_tag, summarize

if TYPE_CHECKING:
    from charter.evals.runs import RunResult


def bar_chart(title: str, data: dict[str, float], *, fmt: str = "{:.0%}", vmax: float = 1.0) -> str:
    if not data:
        return f"<h2>{html.escape(title)}</h2><p class=muted>no data</p>"
    row, w, label_w = 22, 420, 160
    height = row * len(data) + 10
    parts = [f'<svg width="{label_w + w + 80}" height="{height}" role="img" aria-label="{html.escape(title)}">']
    top = max(vmax, max(data.values()) or 1.0)
    for n, (k, v) in enumerate(data.items()):
        y = n * row + 4
        bw = 0 if top == 0 else int(w * v / top)
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{html.escape(k[:24])}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{bw}" height="{row - 6}" fill="#3b6ea5"/>'
                     f'<text x="{label_w + bw + 4}" y="{y + 14}">{html.escape(fmt.format(v))}</text>')
    parts.append("</svg>")
    return f"<h2>{html.escape(title)}</h2>" + "".join(parts)


def histogram_chart(title: str, values: Sequence[float], unit: str, bins: int = 20) -> str:
    if not values:
        return f"<h2>{html.escape(title)}</h2><p class=muted>no data</p>"
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int((v - lo) / span * bins))] += 1
    w, h, bw = 520, 140, 520 // bins
    top = max(counts)
    parts = [f'<svg width="{w + 20}" height="{h + 30}" role="img" aria-label="{html.escape(title)}">']
    for n, c in enumerate(counts):
        bh = int(h * c / top)
        parts.append(f'<rect x="{10 + n * bw}" y="{h - bh}" width="{bw - 2}" height="{bh}" fill="#6a9f58">'
                     f'<title>{c} items</title></rect>')
    parts.append(f'<text x="10" y="{h + 20}">{lo:.4g} {unit}</text>'
                 f'<text x="{w}" y="{h + 20}" text-anchor="end">{hi:.4g} {unit}</text></svg>')
    return f"<h2>{html.escape(title)}</h2>" + "".join(parts)


def render(run: RunResult) -> str:
    """The run as one HTML page."""
    items = run.items
    m = summarize(items)
    info = run.info
    rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{v:.4g}</td></tr>" for k, v in m.items())
    costs = [i.scores["cost"].value for i in items if "cost" in i.scores and i.scores["cost"].value is not None]
    failures = [i for i in items if not i.passed][:50]
    fail_rows = "".join(
        f"<tr><td>{html.escape(i.item_id)}</td><td>{html.escape(', '.join(i.tags))}</td>"
        f"<td>{html.escape('; '.join(i.errors) or ', '.join(k for k, s in i.scores.items() if s.passed is False))}</td>"
        f"<td><code>{html.escape(str(i.trace_id or ''))}</code></td></tr>" for i in failures)
    body = [
        f"<h1>Evaluation run {html.escape(info.run_id[:12])}</h1>",
        f"<p>agent <b>{html.escape(info.agent)}</b>@{html.escape(info.agent_version[:12])} · dataset "
        f"<b>{html.escape(info.dataset)}</b>@{html.escape(info.dataset_version[:12])}"
        f"{':' + html.escape(info.split) if info.split else ''} · scorers {html.escape(', '.join(info.scorers))} · "
        f"{html.escape(info.status)}</p>",
        f"<h2>Summary</h2><table>{rows}</table>",
        bar_chart("Accuracy by tag", {k: v["accuracy"] for k, v in by_tag(items).items()}),
        bar_chart("Per-step accuracy", by_step(items)),
        histogram_chart("Latency", [i.latency_s for i in items if i.error is None], "s"),
        histogram_chart("Cost per item", costs, "USD"),
        f"<h2>Failures (first {len(failures)})</h2><table><tr><th>item</th><th>tags</th><th>why</th><th>trace</th></tr>"
        f"{fail_rows}</table>",
    ]
    style = ("body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
             "td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}text{font-size:12px}.muted{color:#888}")
    return (f"<!doctype html><html><head><meta charset=utf-8><title>Charter eval {html.escape(info.run_id[:12])}"
            f"</title><style>{style}</style></head><body>{''.join(body)}</body></html>")

"""The bench as one self-contained HTML file: the side-by-side table, per-step accuracy, accuracy by
tag, latency, and every item with each agent's answer and trace id.

The plots are charter.evals' own inline-SVG helpers (the ones ``charter eval report`` draws with),
so the page has no scripts and no external assets, like a single run's report.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any

from charter.evals.compare import by_tag
from charter.evals.report import (  # the eval report's SVG plots, reused as they are
    bar_chart,
    histogram_chart,
)
from finql.translate.bench import AgentRun, table_rows

STYLE = ("body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin-bottom:1em}"
         "td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}text{font-size:12px}"
         ".ok{color:#1a7f37}.bad{color:#c62828}code{font-size:12px}.muted{color:#888}"
         ".side{display:flex;gap:3em;flex-wrap:wrap}")


def _e(v: Any) -> str:
    return html.escape("" if v is None else str(v))


def _table(header: list[str], rows: list[list[str]], *, raw: bool = False) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c if raw else _e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render(results: dict[str, AgentRun], *, dataset: str, expectations: dict[str, dict[str, Any]],
           model: str | None = None) -> str:
    """The page (``expectations``: item id -> the gold query or refusal and the asking principal)."""
    names = list(results)
    parts = [f"<h1>FinQL translation: {' vs '.join(_e(n) for n in names)}</h1>",
             f"<p>dataset <b>{_e(dataset)}</b> · model <b>{_e(model or 'default (charter.toml)')}</b> · "
             f"written {datetime.now(UTC):%Y-%m-%d %H:%M} UTC · correctness by execution (SPEC section 4; "
             "a refusal of the right kind counts)</p>",
             "<h2>Side by side</h2>", _table(["", *names], table_rows(results)),
             "<p class=muted>Each agent is a stored eval run: <code>charter eval show RUN</code>, "
             "<code>charter eval report RUN --html FILE</code>, <code>charter eval compare RUN_A RUN_B</code>. "
             "Each item's trace: <code>charter trace show TRACE_ID</code>.</p>"]
    parts.append("<div class=side>" + "".join(
        f"<div>{bar_chart(f'Per-step accuracy: {n}', r.summary['step_accuracy'])}</div>" for n, r in results.items())
        + "</div>")
    parts.append("<div class=side>" + "".join(
        f"<div>{bar_chart(f'Accuracy by tag: {n}', {t: g['accuracy'] for t, g in by_tag(r.run.items).items()})}</div>"
        for n, r in results.items()) + "</div>")
    tag_rows = []
    for n, r in results.items():
        for tag, g in (r.summary.get("by_tag") or {}).items():
            tag_rows.append([n, tag, f"{int(g['n'])}", f"{g['accuracy']:.1%}", f"{g['wrong_answer_rate']:.1%}",
                             f"{g['refusal_rate']:.1%}"])
    if tag_rows:
        parts.append("<h2>By tag</h2>" + _table(["agent", "tag", "n", "accuracy", "wrong_answer_rate", "refusal_rate"],
                                                 tag_rows))
    parts.append("<div class=side>" + "".join(
        f"<div>{histogram_chart(f'Latency: {n}', [i['latency_s'] for i in r.summary['items']], 's')}</div>"
        for n, r in results.items()) + "</div>")
    by_agent = {n: {i["id"]: i for i in r.summary["items"]} for n, r in results.items()}
    ids = [i["id"] for i in next(iter(results.values())).summary["items"]] if results else []
    rows = []
    for item_id in ids:
        first = by_agent[names[0]][item_id]
        gold = expectations.get(item_id, {})
        want = gold.get("query") or f"refuse: {gold.get('refusal') or 'unsupported'}"
        cells = [_e(item_id), _e(first["question"]), _e(gold.get("principal") or "analyst"), f"<code>{_e(want)}</code>"]
        for n in names:
            it = by_agent[n].get(item_id)
            if it is None:
                cells.append("")
                continue
            got = it["predicted_query"] or f"refuse: {it['refusal']}"
            mark = "<span class=ok>✓</span>" if it["correct"] else "<span class=bad>✗</span>"
            err = f"<br><span class=bad>{_e(it['error'])}</span>" if it["error"] else ""
            cells.append(f"{mark} <code>{_e(got)}</code>{err}<br><span class=muted>{it['latency_s']:.3f}s · trace "
                         f"<code>{_e(it['trace_id'])}</code></span>")
        rows.append(cells)
    parts.append("<h2>Items</h2>" + _table(["id", "question", "asker", "gold", *names], rows, raw=True))
    return (f"<!doctype html><html><head><meta charset=utf-8><title>FinQL bench: {_e(dataset)}</title>"
            f"<style>{STYLE}</style></head><body>{''.join(parts)}</body></html>")

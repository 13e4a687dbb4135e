"""`charter trace list`, `charter trace show ID` (a tree of spans)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from charter.cli._app import console, open_charter

if TYPE_CHECKING:
    from charter.tracing import SpanRecord, Trace


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Inspect recorded traces.", no_args_is_help=True)
    group.command("list")(list_traces)
    group.command("show")(show)
    app.add_typer(group, name="trace")


def list_traces(
    limit: int = typer.Option(20, "--limit", "-n", help="How many traces, newest first."),
    principal: str | None = typer.Option(None, help="Only traces of this principal."),
    agent: str | None = typer.Option(None, help="Only traces of this agent."),
    status: str | None = typer.Option(None, help="ok or error."),
) -> None:
    """Recent traces, newest first."""
    tracer = open_charter().tracer
    table = Table("id", "name", "principal", "agent", "status", "spans", "ms", "started")
    for t in tracer.list(limit=limit, principal=principal, agent=agent, status=status):
        colour = "green" if t.status == "ok" else "red"
        table.add_row(
            t.trace_id[:12], escape(t.name), escape(t.principal or ""), escape(t.agent or ""),
            f"[{colour}]{t.status}[/]", str(t.span_count), f"{t.duration_ms:.1f}",
            t.start_time.strftime("%Y-%m-%d %H:%M:%S"),
        )
    console.print(table)


def show(
    trace_id: str = typer.Argument(..., help="A trace id or a unique prefix of one."),
    values: bool = typer.Option(False, "--values", "-v", help="Show each span's inputs and outputs."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole trace as JSON."),
) -> None:
    """One trace as a tree of spans with durations, status, usage and errors."""
    trace = open_charter().tracer.get(trace_id)
    if as_json:
        console.print_json(trace.model_dump_json())
        return
    console.print(render_tree(trace, values=values))


def _short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(s: SpanRecord) -> str:
    colour = "green" if s.status == "ok" else "red"
    parts = [f"[bold]{escape(s.name)}[/]", f"[dim]{s.kind}[/]", f"{s.duration_ms:.2f} ms", f"[{colour}]{s.status}[/]"]
    usage = {k: v for k, v in s.attributes.items() if k in ("model", "input_tokens", "output_tokens", "cost_usd", "rows", "hits")}
    if usage:
        parts.append(escape(" ".join(f"{k}={v}" for k, v in usage.items())))
    if s.error:
        parts.append(f"[red]{escape(s.error.get('type', ''))}: {escape(s.error.get('message', ''))}[/]")
    return "  ".join(parts)


def render_tree(trace: Trace, *, values: bool = False) -> Tree:
    """A Rich tree of a trace's spans."""
    head = f"trace {trace.trace_id}  principal={trace.principal or '-'}  agent={trace.agent or '-'}"
    tree = Tree(escape(head))
    nodes: dict[str | None, Tree] = {None: tree}
    for s in trace.spans:  # start order: a parent always precedes its children
        node = nodes.get(s.parent_id, tree).add(_label(s))
        if values:
            if s.inputs is not None:
                node.add(f"[dim]in [/] {escape(_short(s.inputs))}")
            if s.outputs is not None:
                node.add(f"[dim]out[/] {escape(_short(s.outputs))}")
        nodes[s.span_id] = node
    return tree

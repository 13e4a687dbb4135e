"""``finql ask`` and ``finql bench``: the translation agents on the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from charter.errors import InvalidInput

AGENTS = {"baseline": "finql-baseline", "decomposed": "finql-decomposed"}


def _runtime() -> Any:
    from charter.runtime import Charter

    return Charter.open()


def _agent(name: str) -> Any:
    from charter.agents import AgentRegistry
    from finql.translate.agents import baseline, decomposed

    reg = AgentRegistry()
    try:
        return reg.create(name)
    except Exception:  # not installed as an entry point (editable checkout before reinstall)
        return {"finql-baseline": baseline, "finql-decomposed": decomposed}[name]()


def _env(rt: Any) -> Any:
    from finql.runtime import open_env

    return open_env(charter=rt)


def _gateway(rt: Any, model: str | None) -> Any:
    gw = rt.gateway  # governed: every call needs QUERY on the model for the asker
    if model:
        gw.resolve(model)  # unknown names fail here, naming charter.toml
    return _Pinned(gw, model)


class _Pinned:
    """A gateway whose calls default to one model (``--model``), so every step runs unchanged on it."""

    def __init__(self, inner: Any, model: str | None) -> None:
        self.inner, self.model = inner, model

    def chat(self, request: Any, model: str | None = None, **kwargs: Any) -> Any:
        return self.inner.chat(request, model or self.model, **kwargs)


def ask(
    question: str = typer.Argument(..., help="The question, in English."),
    as_: str = typer.Option("analyst", "--as", help="The principal who asks."),
    agent: str = typer.Option("decomposed", "--agent", help="baseline | decomposed"),
    model: str | None = typer.Option(None, "--model", help="A model named in charter.toml."),
) -> None:
    """Translate a question to FinQL, run it as the principal, print the table, query and trace id."""
    from rich.table import Table

    from charter.agents import RunContext
    from charter.cli._app import console

    if agent not in AGENTS:
        raise InvalidInput(f"unknown agent '{agent}'; use baseline or decomposed")
    rt = _runtime()
    ctx = RunContext(principal=as_, gateway=_gateway(rt, model), tracer=rt.tracer, extras={"finql": _env(rt)})
    res = _agent(AGENTS[agent]).run({"question": question}, ctx, raise_errors=False)
    out = res.output
    if res.error:
        console.print(f"[red]error:[/] {res.error.get('message')}")
    elif out.refusal:
        console.print(f"refused: {out.refusal}")
    else:
        if out.columns:
            table = Table(*out.columns)
            for row in out.rows:
                table.add_row(*["" if v is None else f"{v:,.4g}" if isinstance(v, float) else str(v) for v in row])
            console.print(table)
        elif out.error:
            console.print(f"[red]error:[/] {out.error}")
    console.print(f"query: {out.query if out else None}")
    console.print(f"trace: {res.trace_id}  (charter trace show {res.trace_id})")


def bench(
    dataset: Path = typer.Option(..., "--dataset", exists=True, dir_okay=False, help="A golden set (SPEC section 5)."),
    agent: str = typer.Option("both", "--agent", help="baseline | decomposed | both"),
    model: str | None = typer.Option(None, "--model", help="A model named in charter.toml."),
    out: Path | None = typer.Option(None, "--out", help="Write the results as JSON here."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N cases."),
    execute: bool = typer.Option(True, "--execute/--no-execute",
                                 help="Score by executing gold and predicted queries (SPEC section 4)."),
) -> None:
    """Run the agents over a golden set and print accuracy, latency, tokens, cost and per-step accuracy."""
    from rich.progress import Progress
    from rich.table import Table

    from charter.cli._app import console
    from finql.translate.bench import load_cases, run_agent

    names = ["baseline", "decomposed"] if agent == "both" else [agent]
    if any(n not in AGENTS for n in names):
        raise InvalidInput(f"unknown agent '{agent}'; use baseline, decomposed or both")
    cases = load_cases(dataset)[:limit] if limit else load_cases(dataset)
    rt = _runtime()
    gw = _gateway(rt, model)
    env = _env(rt) if execute else None
    results: dict[str, Any] = {}
    with Progress(console=console, transient=True) as bar:
        for n in names:
            task = bar.add_task(f"{n}", total=len(cases))
            results[AGENTS[n]] = run_agent(_agent(AGENTS[n]), cases, gw, tracer=rt.tracer, env=env,
                                           progress=lambda t=task: bar.advance(t))
    table = Table("", *results)
    for key, fmt in (("accuracy", "{:.1%}"), ("latency_p50_s", "{:.3f}s"), ("latency_p95_s", "{:.3f}s"),
                     ("tokens_per_question", "{:.0f}"), ("cost_per_question", "${:.6f}")):
        table.add_row(key, *[fmt.format(r[key]) for r in results.values()])
    steps = sorted({s for r in results.values() for s in r["step_accuracy"]})
    for s in steps:
        table.add_row(f"step {s}", *[(f"{r['step_accuracy'][s]:.1%}" if s in r["step_accuracy"] else "")
                                     for r in results.values()])
    if len(results) == 2:
        b, d = results["finql-baseline"], results["finql-decomposed"]
        ratio = d["latency_p50_s"] / b["latency_p50_s"] if b["latency_p50_s"] else float("nan")
        table.add_row("p50 ratio (decomposed/baseline)", "", f"{ratio:.3f}")
    console.print(table)
    console.print(f"{len(cases)} cases from {dataset}; traces: charter trace list")
    if out:
        payload = {"agents": {k: {kk: vv for kk, vv in v.items() if kk != "step_accuracy"} | {"step_accuracy": v["step_accuracy"]}
                              for k, v in results.items()}}
        out.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")


def register(app: typer.Typer) -> None:
    """Add ``ask`` and ``bench`` to the finql CLI."""
    app.command("ask")(ask)
    app.command("bench")(bench)

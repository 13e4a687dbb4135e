"""``finql ask`` and ``finql bench``: the translation agents on the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from charter.errors import ExecutionError, InvalidInput, Refused, error_from_dict, exit_code

AGENTS = {"baseline": "finql-baseline", "decomposed": "finql-decomposed"}


def _runtime() -> Any:
    from charter.runtime import Charter

    return Charter.open()


def _env(rt: Any) -> Any:
    from finql.runtime import open_env

    return open_env(charter=rt)


def ask(
    question: str = typer.Argument(..., help="The question, in English."),
    as_: str = typer.Option("analyst", "--as", help="The principal who asks."),
    agent: str = typer.Option("decomposed", "--agent", help="baseline | decomposed"),
    model: str | None = typer.Option(None, "--model", help="A model named in charter.toml."),
) -> None:
    """Translate a question to FinQL, run it as the principal, print the table, query and trace id."""
    from rich.table import Table

    from charter.agents import RunContext
    from charter.agents.context import Extensions
    from charter.cli._app import console
    from finql.cli import cell

    if agent not in AGENTS:
        raise InvalidInput(f"unknown agent '{agent}'; use baseline or decomposed")
    from finql.translate import kb
    from finql.translate.bench import make_agent, warm_local_model

    rt = _runtime()
    if model:
        rt.gateway.resolve(model)  # an unknown name fails here, naming charter.toml
    env = _env(rt)
    if agent == "baseline":
        warm_local_model(rt, model)
    if agent == "baseline" and not kb.has_index(rt):
        kb.ensure_index(rt)
    ctx = RunContext(principal=as_, **{**rt.handles(), "extensions": Extensions(env)})
    res = make_agent(AGENTS[agent], model).run({"question": question}, ctx, raise_errors=False)
    out = res.output
    if res.error:  # the run failed (e.g. not permitted to run the agent): one error line, its exit code
        console.print(f"trace: {res.trace_id}  (charter trace show {res.trace_id})", highlight=False)
        raise error_from_dict(res.error)
    if out.refusal:
        reason = f" — {out.message}" if out.message and out.refusal == "not_permitted" else (
            " — " + out.message.split(" — ", 1)[1] if out.message and " — " in out.message else
            (f" — {out.message}" if out.message else ""))
        console.print(f"refused: {out.refusal}{reason}", highlight=False, markup=False, soft_wrap=True)
    elif out.error:
        console.print(f"[red]error:[/] {out.error}", highlight=False)
    elif out.columns:
        table = Table(*out.columns)
        for row in out.rows:
            table.add_row(*[cell(v) for v in row])
        console.print(table)
    console.print(f"query: {out.query}", highlight=False, markup=False)
    if getattr(out, "corrections", None):  # the misspelt words, and what they were read as (never silently)
        console.print("read as: " + ", ".join(f"'{w}' -> '{c}'" for w, c in out.corrections), highlight=False,
                      markup=False, soft_wrap=True)
    console.print(f"trace: {res.trace_id}  (charter trace show {res.trace_id})", highlight=False)
    # A refusal is an answer, not a failure, but scripts tell it apart by the exit code: the one
    # table in charter.errors says (Refused -> 3, as a refused permission everywhere in Charter).
    if out.refusal:
        raise typer.Exit(exit_code(Refused(out.refusal)))
    if out.error:
        raise typer.Exit(exit_code(ExecutionError(out.error)))


def bench(
    dataset: Path = typer.Option(..., "--dataset", exists=True, dir_okay=False, help="A golden set (SPEC section 5)."),
    agent: str = typer.Option("both", "--agent", help="baseline | decomposed | both"),
    model: str | None = typer.Option(None, "--model", help="A model named in charter.toml (local, Claude, "
                                     "OpenAI-compatible); every model-calling step uses it."),
    out: Path | None = typer.Option(None, "--out", help="Write the results as JSON here."),
    html: Path | None = typer.Option(None, "--html", help="Write a self-contained HTML report here."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N cases."),
    concurrency: int = typer.Option(1, "--concurrency", help="Questions in flight at once (1: honest latencies)."),
    execute: bool = typer.Option(True, "--execute/--no-execute",
                                 help="Score by executing gold and predicted queries (SPEC section 4)."),
    step_config: list[str] = typer.Option([], "--step-config", help="STEP.KEY=VALUE: one step config of the "
                                          "decomposed chain for this run (e.g. judge_leftovers.use_model=true); "
                                          "the value is read as JSON, else as text. Repeatable."),
) -> None:
    """Run the agents over a golden set through `charter eval` and print accuracy, latency, tokens, cost
    and per-step accuracy side by side (one stored eval run per agent)."""
    from rich.table import Table

    from charter.cli._app import console
    from finql.translate.bench import load_dataset, run_bench, table_rows, write_out

    names = ["baseline", "decomposed"] if agent == "both" else [agent]
    if any(n not in AGENTS for n in names):
        raise InvalidInput(f"unknown agent '{agent}'; use baseline, decomposed or both")
    if limit is not None and limit < 0:
        raise InvalidInput("--limit must be 0 (all cases) or more")
    for target in (out, html):
        if target is not None and not Path(target).parent.is_dir():
            raise InvalidInput(f"cannot write {target}: folder {Path(target).parent} does not exist")
    ds = load_dataset(dataset, limit or None)
    rt = _runtime()
    env = _env(rt) if execute else None
    results = run_bench(rt, ds, [AGENTS[n] for n in names], model=model, env=env, execute=execute,
                        concurrency=concurrency, step_configs=parse_step_configs(step_config))
    table = Table("", *results)
    for row in table_rows(results):
        table.add_row(*row)
    console.print(table)
    console.print(f"{len(ds.items)} cases from {dataset} (dataset {ds.name}@{ds.version[:12]})", highlight=False, soft_wrap=True)
    if out:
        write_out(results, out)
        console.print(f"results: {out}", highlight=False, soft_wrap=True)
    if html:
        from finql.translate.report import render

        gold = {it.id: {**it.expectations, "principal": it.principal} for it in ds.items}
        html.write_text(render(results, dataset=str(dataset), expectations=gold, model=model), encoding="utf-8")
        console.print(f"report: {html} (open it in a browser)", highlight=False, soft_wrap=True)
    runs = [r.run.run_id for r in results.values()]
    console.print("eval runs: " + ", ".join(runs) + " (charter eval show RUN; "
                  + (f"charter eval compare {runs[0][:12]} {runs[1][:12]}" if len(runs) == 2 else "charter eval list")
                  + ")", highlight=False, soft_wrap=True)
    first = next((i["trace_id"] for r in results.values() for i in r.summary["items"] if i["trace_id"]), None)
    console.print(f"traces: charter trace list; one item's steps: charter trace show {first or 'TRACE_ID'}",
                  highlight=False, soft_wrap=True)


def parse_step_configs(items: list[str]) -> dict[str, dict[str, Any]]:
    """``["judge_leftovers.use_model=true", ...]`` -> ``{"judge_leftovers": {"use_model": True}}``."""
    import json

    out: dict[str, dict[str, Any]] = {}
    for item in items:
        key, eq, value = item.partition("=")
        step, dot, name = key.partition(".")
        if not (eq and dot and step and name):
            raise InvalidInput(f"--step-config '{item}': write STEP.KEY=VALUE")
        try:
            parsed: Any = json.loads(value)
        except ValueError:
            parsed = value
        out.setdefault(step, {})[name] = parsed
    return out


def register(app: typer.Typer) -> None:
    """Add ``ask`` and ``bench`` to the finql CLI."""
    app.command("ask")(ask)
    app.command("bench")(bench)

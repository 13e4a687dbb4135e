"""`charter eval run|list|show|compare|report|gate|scorers`."""

from __future__ import annotations

import importlib
import sys
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console, open_charter
from charter.errors import ConfigError, InvalidInput

if TYPE_CHECKING:
    from charter.runtime import Charter


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Evaluate agents on golden sets; compare, report and gate runs.", no_args_is_help=True)
    for name, fn in (("run", run), ("list", list_runs), ("show", show), ("compare", compare_runs),
                     ("report", report), ("gate", gate_run), ("scorers", list_scorers)):
        group.command(name)(fn)
    app.add_typer(group, name="eval")


def _metrics_table(metrics: dict[str, float]) -> Table:
    table = Table("metric", "value")
    for k, v in metrics.items():
        table.add_row(escape(k), f"{v:.4g}")
    return table


def run(
    dataset: str = typer.Option(..., "--dataset", "-d", help="NAME[@version][:split]"),
    scorer: list[str] = typer.Option([], "--scorer", "-s", help="Scorer spec name[:k=v,...]; repeatable."),
    agent: str | None = typer.Option(None, "--agent", "-a", help="NAME[@version|alias] from the agent registry."),
    python: str | None = typer.Option(None, "--python", help="Or a Python function MODULE:FUNCTION(inputs) -> dict."),
    concurrency: int = typer.Option(4, "--concurrency", "-c", help="Items in flight at once."),
    resume: str | None = typer.Option(None, "--resume", help="Continue a run that stopped (done items are kept)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Run every item even if cached for this version."),
    executor: str = typer.Option("local", "--executor", help="local (threads) or ray."),
    principal: str = typer.Option("admin", "--principal", "-p", help="Who asks (items may name their own)."),
) -> None:
    """Run an agent over a golden set and score every item; prints the run id when it starts, then its metrics."""
    from charter.evals import Datasets, Runs
    from charter.evals.executors import executor_named

    runner = executor_named(executor, concurrency)
    charter = open_charter()
    tgt = target(charter, agent, python, remote=runner.name != "local")
    ds = Datasets(charter.store).get(dataset)
    runs = Runs(charter.store, tracer=charter.tracer)

    def started(info: Any) -> None:
        # Printed (and flushed) before any item runs: a run killed at any point resumes by this id.
        verb = "resumed" if resume else "started"
        console.print(f"run [bold]{info.run_id}[/] {verb} · {escape(tgt.name)}@{tgt.version[:12]} on "
                      f"{escape(ds.name)}@{ds.version[:12]} · {info.item_count} items · resume with "
                      f"--resume {info.run_id[:12]}", soft_wrap=True)
        sys.stdout.flush()

    result = runs.run(tgt, ds, scorers(charter, scorer), resume=resume, use_cache=not no_cache, executor=runner,
                      principal=principal, progress=True, on_start=started)
    m = result.metrics()
    console.print(f"run [bold]{result.run_id}[/] finished · {escape(tgt.name)}@{tgt.version[:12]} on "
                  f"{escape(ds.name)}@{ds.version[:12]} · {int(m['items'])} items, {int(m.get('errors', 0))} with errors",
                  soft_wrap=True)
    console.print(_metrics_table(m))


def list_runs(limit: int = typer.Option(20, "--limit", "-n"), agent: str | None = typer.Option(None)) -> None:
    """Recent runs, newest first."""
    from charter.evals import Runs

    table = Table("run", "agent", "version", "dataset", "split", "items", "status", "started")
    for r in Runs(open_charter().store).list(limit=limit, agent=agent):
        table.add_row(r.run_id[:12], escape(r.agent), r.agent_version[:12], escape(r.dataset), r.split or "",
                      str(r.item_count), r.status, str(r.created_at)[:19])
    console.print(table)


def show(run_id: str = typer.Argument(...), errors: bool = typer.Option(False, "--errors", help="List every error.")) -> None:
    """A run's metrics (and its items' errors)."""
    from charter.evals import Runs

    result = Runs(open_charter().store).get(run_id)
    console.print(_metrics_table(result.metrics()))
    if errors:
        for i in result.items:
            for e in i.errors:
                console.print(f"{escape(i.item_id)}: {escape(e)}", highlight=False)


def compare_runs(a: str = typer.Argument(..., help="Baseline run."), b: str = typer.Argument(..., help="Candidate run."),
                 resamples: int = typer.Option(2000, help="Bootstrap resamples.")) -> None:
    """Per-metric deltas B - A with 95% paired bootstrap intervals; regressed and improved items; by tag."""
    from charter.evals import Runs, compare

    runs = Runs(open_charter().store)
    c = compare(runs.get(a), runs.get(b), resamples=resamples)
    table = Table("metric", "A", "B", "delta", "95% CI", "n")
    for m in c.metrics:
        colour = "green" if m.low > 0 else "red" if m.high < 0 else "white"
        table.add_row(escape(m.metric), f"{m.a:.4g}", f"{m.b:.4g}", f"[{colour}]{m.delta:+.4g}[/]",
                      f"[{m.low:+.4g}, {m.high:+.4g}]", str(m.n))
    console.print(table)
    tags = Table("tag", "A", "B", "delta", "n")
    for t, g in c.tags.items():
        tags.add_row(escape(t), f"{g['a']:.3f}", f"{g['b']:.3f}", f"{g['delta']:+.3f}", str(int(g["n"])))
    console.print(tags)
    console.print(f"regressed ({len(c.regressed)}): {escape(', '.join(c.regressed[:30]))}")
    console.print(f"improved ({len(c.improved)}): {escape(', '.join(c.improved[:30]))}")


def report(run_id: str = typer.Argument(...), html: Path = typer.Option(..., "--html", help="File to write.")) -> None:
    """Write a self-contained HTML report (accuracy by tag, latency, cost, per-step accuracy)."""
    from charter.evals import Runs
    from charter.evals.report import render

    html.write_text(render(Runs(open_charter().store).get(run_id)), encoding="utf-8")
    console.print(f"wrote {html}")


def gate_run(run_id: str = typer.Argument(...),
             minimum: list[str] = typer.Option([], "--min", help="METRIC=VALUE the run must reach; repeatable."),
             maximum: list[str] = typer.Option([], "--max", help="METRIC=VALUE the run must not exceed.")) -> None:
    """Exit 0 when every bound holds, 1 otherwise (for CI)."""
    from charter.evals import Runs, gate

    result = gate(Runs(open_charter().store).get(run_id).metrics(), minimum=minimum, maximum=maximum)
    for c in result.checks:
        mark = "[green]ok[/]" if c["ok"] else "[red]FAIL[/]"
        value = "missing" if c["value"] is None else f"{c['value']:.4g}"
        op = ">=" if c["bound"] == "min" else "<="
        console.print(f"{mark} {escape(c['metric'])} = {value} ({op} {c['limit']:g})")
    if not result.passed:
        # SystemExit, not typer.Exit: the runner calls click without standalone mode, which returns Exit codes
        raise SystemExit(1)


def list_scorers() -> None:
    """Every scorer in the registry (built-ins and apps' entry points)."""
    from charter.evals import ScorerRegistry

    reg = ScorerRegistry()
    table = Table("scorer", "about")
    for name in reg.names():
        try:
            doc = (reg.factory(name).__doc__ or "").strip().splitlines()[0]
        except Exception as exc:  # a broken plugin is listed with its reason
            doc = f"(cannot load: {exc})"
        table.add_row(name, escape(doc))
    console.print(table)


# -- shared with `charter optimize` ----------------------------------------------------------


def handles(charter: Charter) -> dict[str, Any]:
    """The run-context handles an agent may need (the runtime's, as when it is served)."""
    return charter.handles()


def worker_handles(settings_json: str) -> dict[str, Any]:
    """The handles of an agent run in another process (a Ray worker), built once per process.

    Its tracer stores each trace before the item returns, so the driver's scorers can read it.
    """
    return dict(_worker_handles(settings_json))


@lru_cache(maxsize=4)
def _worker_handles(settings_json: str) -> tuple[tuple[str, Any], ...]:
    from charter.runtime import Charter
    from charter.settings import Settings
    from charter.tracing import Tracer

    charter = Charter(Settings.model_validate_json(settings_json))
    out = handles(charter)
    out["tracer"] = Tracer(charter.settings, charter.store, background=False)
    return tuple(out.items())


def target(charter: Charter, agent: str | None, python: str | None, *, remote: bool = False) -> Any:
    """``--agent NAME[@version|alias]`` through the registry and version store, or ``--python mod:fn``.

    ``remote``: the target will run in other processes, so an agent's handles are rebuilt there.
    """
    from charter.evals import CallableTarget, resolve_agent

    if bool(agent) == bool(python):
        raise InvalidInput("give exactly one of --agent NAME[@version|alias] or --python MODULE:FUNCTION")
    if python:
        module, _, attr = python.partition(":")
        try:
            fn = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise InvalidInput(f"cannot load '{python}': {exc}") from None
        return CallableTarget(fn, name=attr, tracer=charter.tracer)
    from charter.agents import AgentRegistry, AgentVersions

    factory = partial(worker_handles, charter.settings.model_dump_json()) if remote else None
    return resolve_agent(agent or "", registry=AgentRegistry(), versions=AgentVersions(charter.store),
                         handles_factory=factory, **handles(charter))


def scorers(charter: Charter, specs: list[str]) -> list[Any]:
    """Scorers from spec strings (judges get the gateway)."""
    from charter.evals import ScorerRegistry

    if not specs:
        raise InvalidInput("name at least one --scorer (e.g. exact:field=answer); `charter eval scorers` lists them")
    reg = ScorerRegistry()
    return [reg.build(s, gateway=_lazy_gateway(charter), extensions=charter.extensions) for s in specs]


def _lazy_gateway(charter: Charter) -> Any:
    try:
        return charter.gateway
    except (ImportError, ConfigError):
        return None

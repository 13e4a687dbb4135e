"""`charter optimize`: climb one step's config on dev, confirm on held-out, save the challenger."""

from __future__ import annotations

import typer
from rich.markup import escape

from charter.cli._app import console, open_charter
from charter.errors import InvalidInput


def register(app: typer.Typer) -> None:
    app.command("optimize")(optimize)


def optimize(
    agent: str = typer.Option(..., "--agent", "-a", help="NAME[@version|alias] to start from."),
    step: str = typer.Option(..., "--step", help="The step whose config is searched."),
    dataset: str = typer.Option(..., "--dataset", "-d", help="Where candidates are scored, e.g. D:dev."),
    validate: str = typer.Option(..., "--validate", help="The held-out split, e.g. D:test."),
    scorer: list[str] = typer.Option([], "--scorer", "-s", help="Scorer spec; repeatable."),
    prompt: list[str] = typer.Option([], "--prompt", help="A prompt variant to try; repeatable."),
    model: list[str] = typer.Option([], "--model", help="A model to try; repeatable."),
    grid: list[str] = typer.Option([], "--grid", help="KEY=V1,V2,... values of a config key to try."),
    concurrency: int = typer.Option(4, "--concurrency", "-c"),
) -> None:
    """Search a step's config space (few-shot, prompts, models, thresholds) and print the climb."""
    import json

    from charter.cli.eval import handles, scorers, target
    from charter.evals import Datasets, Runs
    from charter.evals.optimize import optimize as climb

    charter = open_charter()
    start = target(charter, agent, None)
    grids = {}
    for g in grid:
        key, eq, values = g.partition("=")
        if not eq:
            raise InvalidInput(f"--grid '{g}' must be KEY=V1,V2,...")
        grids[key] = [_value(v, json) for v in values.split(",")]
    sets = Datasets(charter.store)
    from charter.agents import AgentVersions

    def show(point):  # noqa: ANN001, ANN202
        mark = "[green]↑ kept[/]" if point.kept else "  "
        console.print(f"  {point.dimension:<10} {escape(json.dumps(point.change))[:70]:<70} dev {point.dev_accuracy:.3f} {mark}")

    console.print(f"climbing step [bold]{escape(step)}[/] of {escape(start.name)}@{start.version[:12]}")
    result = climb(start.agent, step, sets.get(dataset), sets.get(validate), scorers(charter, scorer),
                   runs=Runs(charter.store, tracer=charter.tracer), versions=AgentVersions(charter.store),
                   tracer=charter.tracer, handles={k: v for k, v in handles(charter).items() if k != "tracer"},
                   prompts=prompt, models=model, grids=grids, concurrency=concurrency, on_step=show)
    console.print(f"dev  {result.start_dev:.3f} -> {result.best_dev:.3f}")
    console.print(f"test {result.start_test:.3f} -> {result.best_test:.3f} "
                  f"({'confirmed' if result.confirmed else 'not confirmed: the start stays'})")
    if result.saved_version:
        console.print(f"saved {escape(result.agent)}@{result.saved_version[:12]} as alias [bold]challenger[/]")


def _value(v: str, json: object) -> object:
    try:
        return json.loads(v)  # type: ignore[attr-defined]
    except ValueError:
        return v

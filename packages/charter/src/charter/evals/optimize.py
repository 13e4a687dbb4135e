"""Hill climbing over one step's config: score candidates on dev, confirm on the held-out split.

Candidates come from the step's config space: few-shot examples bootstrapped from passing items
(the step's own inputs and outputs in their traces), prompt variants, model choice, and numeric
thresholds. The search is coordinate ascent: each dimension in turn, keeping the best so far.
The winner is kept only if it scores at least as well as the start on the held-out split.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from charter.errors import InvalidInput
from charter.evals.datasets import Dataset
from charter.evals.runs import RunResult, Runs
from charter.evals.scorers import Scorer
from charter.evals.targets import AgentTarget

if TYPE_CHECKING:
    from charter.agents.agent import Agent
    from charter.agents.versions import AgentVersions
    from charter.tracing import Tracer


class ClimbPoint(BaseModel):
    """One point of the climb."""

    dimension: str
    change: dict[str, Any]
    dev_accuracy: float
    kept: bool


class Climb(BaseModel):
    agent: str
    step: str
    start_config: dict[str, Any]
    best_config: dict[str, Any]
    start_dev: float
    best_dev: float
    start_test: float
    best_test: float
    confirmed: bool
    steps: list[ClimbPoint] = Field(default_factory=list)
    saved_version: str | None = None


def _few_shot(run: RunResult, dataset: Dataset, tracer: Tracer | None, step: str, sizes: Sequence[int]) -> list[dict[str, Any]]:
    """Candidate example lists from passing items' traces (the step's input and output there)."""
    examples: list[dict[str, Any]] = []
    for item in run.items:
        if not item.passed or not item.trace_id or tracer is None:
            continue
        try:
            spans = tracer.get(item.trace_id).find_all(f"step:{step}")
        except Exception:
            continue
        if spans and isinstance(spans[-1].inputs, dict) and isinstance(spans[-1].outputs, dict):
            examples.append({"input": spans[-1].inputs, "output": spans[-1].outputs})
        if len(examples) >= max(sizes, default=0):
            break
    return [{"examples": examples[:k]} for k in sizes if 0 < k <= len(examples)]


def candidates(agent: Agent, step: str, *, prompts: Sequence[str] = (), models: Sequence[str] = (),
               grids: dict[str, Sequence[Any]] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The search space, dimension by dimension, from what the step's config has."""
    cfg = agent.step_configs()[step]
    space: dict[str, list[dict[str, Any]]] = {}
    if "prompt" in cfg and prompts:
        space["prompt"] = [{"prompt": p} for p in prompts]
    if "model" in cfg and models:
        space["model"] = [{"model": m} for m in models]
    for key, values in (grids or {}).items():
        if key not in cfg:
            raise InvalidInput(f"step '{step}' has no config key '{key}' (it has {sorted(cfg)})")
        space[key] = [{key: v} for v in values]
    for key, value in cfg.items():  # thresholds: a default grid around numeric settings named so
        if "threshold" in key and key not in space and isinstance(value, int | float) and not isinstance(value, bool):
            space[key] = [{key: round(v, 4)} for v in (0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9) if v != value]
    return space


def optimize(agent: Agent, step: str, dev: Dataset, test: Dataset, scorers: Sequence[Scorer], *, runs: Runs,
             versions: AgentVersions | None = None, tracer: Tracer | None = None, handles: dict[str, Any] | None = None,
             prompts: Sequence[str] = (), models: Sequence[str] = (), grids: dict[str, Sequence[Any]] | None = None,
             few_shot: Sequence[int] = (1, 3), concurrency: int = 4, actor: str = "admin",
             on_step: Callable[[ClimbPoint], None] | None = None) -> Climb:
    """Climb one step's config on ``dev``; confirm on ``test``; save a confirmed winner as ``challenger``."""
    agent.step(step)  # fails early, naming the step
    handles = dict(handles or {})
    if tracer is not None:
        handles.setdefault("tracer", tracer)

    def score(a: Any, data: Dataset) -> tuple[float, Any]:
        run = runs.run(AgentTarget(a, **handles), data, scorers, concurrency=concurrency, actor=actor)
        return run.metrics().get("accuracy", 0.0), run

    start_cfg = agent.step_configs()[step]
    best, (best_dev, best_run) = agent, score(agent, dev)
    start_dev = best_dev
    space = candidates(agent, step, prompts=prompts, models=models, grids=grids)
    if "examples" in start_cfg and few_shot:
        space = {"examples": [], **space}
    climb: list[ClimbPoint] = []
    for dim in list(space):
        options = space[dim] if dim != "examples" else _few_shot(best_run, dev, tracer, step, few_shot)
        for change in options:
            try:
                cand = best.with_step_config(step, change)
            except InvalidInput as exc:  # a candidate the step refuses is skipped, and shown
                climb.append(ClimbPoint(dimension=dim, change={**change, "refused": exc.message}, dev_accuracy=0.0, kept=False))
                continue
            acc, run = score(cand, dev)
            kept = acc > best_dev
            point = ClimbPoint(dimension=dim, change=_short(change), dev_accuracy=acc, kept=kept)
            climb.append(point)
            if on_step:
                on_step(point)
            if kept:
                best, best_dev, best_run = cand, acc, run
    start_test, _ = score(agent, test)
    best_test, _ = score(best, test) if best is not agent else (start_test, None)
    confirmed = best is not agent and best_test >= start_test
    saved = None
    if confirmed and versions is not None:
        versions.save(agent, actor=actor, note="optimizer start")
        v = versions.save(best, actor=actor, note=f"optimizer: step {step}, dev {start_dev:.3f}->{best_dev:.3f}, "
                                                    f"test {start_test:.3f}->{best_test:.3f}")
        versions.set_alias(best.name, "challenger", v.content_hash, actor=actor)
        saved = v.content_hash
    final = best if confirmed else agent
    return Climb(agent=agent.name, step=step, start_config=start_cfg, best_config=final.step_configs()[step],
                 start_dev=start_dev, best_dev=best_dev, start_test=start_test,
                 best_test=best_test, confirmed=confirmed, steps=climb,
                 saved_version=saved)


def _short(change: dict[str, Any]) -> dict[str, Any]:
    if "examples" in change:
        return {"examples": f"{len(change['examples'])} bootstrapped"}
    return {k: (v[:60] + "...") if isinstance(v, str) and len(v) > 60 else v for k, v in change.items()}

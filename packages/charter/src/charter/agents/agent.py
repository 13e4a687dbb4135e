"""An agent: a graph of steps plus metadata; runs under governance and as one trace."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from pydantic import BaseModel, Field

from charter.agents.context import RunContext
from charter.agents.steps import Step
from charter.errors import CharterError, ExecutionError, NotFound, did_you_mean
from charter.models.meter import metered
from charter.tracing import NOOP, current_trace_id


class TokenUsage(BaseModel):
    """The model tokens a run spent (provider calls only: a cached answer spent nothing)."""

    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


class RunResult(BaseModel):
    """What a run gives back: the output (None on failure), the trace id, any error, and the tokens
    its model calls spent (the sum of the run's usage records, known as soon as it ends)."""

    output: Any = None
    trace_id: str | None = None
    error: dict[str, Any] | None = None
    usage: TokenUsage = Field(default_factory=TokenUsage)

    @property
    def ok(self) -> bool:
        return self.error is None


def _walk(step: Step, prefix: str = "") -> list[tuple[str, Step]]:
    found = [(step.name, step)]
    for child in step.children():
        found += _walk(child)
    return found


def _replace(step: Step, name: str, new: Step) -> Step:
    """A copy of ``step`` with the nested step ``name`` replaced (composites are shallow-copied)."""
    if step.name == name:
        return new
    kids = step.children()
    if not kids:
        return step
    clone = copy.copy(step)
    if hasattr(clone, "nodes"):
        clone.nodes = {k: _replace(v, name, new) for k, v in clone.nodes.items()}  # type: ignore[attr-defined]
    for attr in ("branches", "body", "inner"):
        value = getattr(clone, attr, None)
        if isinstance(value, list) and value and isinstance(value[0], Step):
            setattr(clone, attr, [_replace(v, name, new) for v in value])
        elif isinstance(value, Step):
            setattr(clone, attr, _replace(value, name, new))
    return clone


class Agent:
    """A named graph of typed steps whose configuration is data (versioned by content hash)."""

    def __init__(self, name: str, graph: Step, *, description: str = "", principal: str | None = None,
                 metadata: dict[str, Any] | None = None) -> None:
        self.name = name
        self.graph = graph
        self.description = description
        self.principal = principal or name  # the catalog principal the agent acts as
        self.metadata = dict(metadata or {})
        names = [n for n, _ in _walk(graph)]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            from charter.agents.graph import GraphError

            raise GraphError(f"agent '{name}': step names must be unique, and {dupes} repeat")

    @property
    def input_model(self) -> type[BaseModel]:
        return self.graph.input_model

    @property
    def output_model(self) -> type[BaseModel]:
        return self.graph.output_model

    def steps(self) -> dict[str, Step]:
        """Every step, nested ones included, by name."""
        return dict(_walk(self.graph))

    def step(self, name: str) -> Step:
        steps = self.steps()
        if name not in steps:
            raise NotFound(f"agent '{self.name}' has no step '{name}'{did_you_mean(name, steps)}")
        return steps[name]

    # -- configuration as data -------------------------------------------------------------

    def config(self) -> dict[str, Any]:
        """The full configuration: metadata, the graph's shape and every step's config."""
        return {"name": self.name, "description": self.description, "principal": self.principal,
                "metadata": self.metadata, "graph": self.graph.describe()}

    def content_hash(self) -> str:
        """sha256 of the canonical JSON of ``config()``: the version's identity."""
        blob = json.dumps(self.config(), sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()

    def step_configs(self) -> dict[str, dict[str, Any]]:
        """Each step's config alone, by step name."""
        return {n: s.config.model_dump(mode="json") for n, s in self.steps().items()}

    def with_step_config(self, step: str, config: BaseModel | dict[str, Any]) -> Agent:
        """A new agent with one step's config changed (a dict merges over the current config)."""
        new_step = self.step(step).with_config(config)
        clone = copy.copy(self)
        clone.graph = _replace(self.graph, step, new_step)
        if hasattr(clone.graph, "validate"):
            clone.graph.validate()
        return clone

    def with_config(self, config: dict[str, Any]) -> Agent:
        """A new agent with every step config taken from a stored ``config()`` (shape must match)."""
        agent = self
        stored: dict[str, dict[str, Any]] = {}

        def collect(node: dict[str, Any]) -> None:
            if "config" in node and node.get("name"):
                stored[node["name"]] = node["config"]
            for key in ("steps", "branches"):
                for child in (node.get(key) or {}).values():
                    collect(child)
            for key in ("body", "inner"):
                if isinstance(node.get(key), dict):
                    collect(node[key])

        collect(config.get("graph", {}))
        for name, step_cfg in stored.items():
            if name in self.steps() and step_cfg != self.step(name).config.model_dump(mode="json"):
                agent = agent.with_step_config(name, step_cfg)
        return agent

    # -- running ---------------------------------------------------------------------------

    def run(self, inputs: Any, ctx: RunContext | None = None, *, principal: str | None = None,
            raise_errors: bool = True, attributes: dict[str, Any] | None = None, **handles: Any) -> RunResult:
        """Run the graph as one trace; EXECUTE on ``agent:<name>`` is checked when a catalog is given.

        A failing step ends the run: its span and the trace record the error; with
        ``raise_errors`` the error is raised (carrying ``trace_id`` in its context). ``attributes``
        go on the trace's root span beside ``version`` (the server marks a challenger's run with ``arm``).
        """
        if ctx is None:
            if principal is None:
                raise ExecutionError(f"agent '{self.name}': give a RunContext or a principal")
            ctx = RunContext(principal=principal, **handles)
        ctx = ctx.evolve(agent=self.principal) if ctx.agent != self.principal else ctx
        tracer = ctx.tracer
        root = tracer.trace(f"agent:{self.name}", principal=ctx.principal, agent=self.name, inputs=inputs,
                            **(attributes or {}), version=self.content_hash()[:12]) if tracer is not None else NOOP
        result = RunResult()
        try:
            with root, metered() as meter:
                result.trace_id = current_trace_id()
                if ctx.catalog is not None:
                    ctx.catalog.authorize(ctx.principal, "EXECUTE", f"agent:{self.name}", action="run agent",
                                          request_id=ctx.request_id)
                    gate = getattr(ctx.catalog, "approvals", None)
                    if gate is not None:  # an agent marked REQUIRE APPROVAL runs only on an approved call
                        args = inputs.model_dump(mode="json") if isinstance(inputs, BaseModel) else inputs
                        gate.gate(f"agent:{self.name}", args, principal=ctx.principal, agent=None,
                                  request_id=ctx.request_id, what=f"agent '{self.name}'",
                                  cancellation=ctx.cancellation)
                try:
                    out = self.graph.execute(inputs, ctx)
                finally:
                    result.usage = TokenUsage(calls=meter.calls, input_tokens=meter.input_tokens,
                                              output_tokens=meter.output_tokens)
                root.set_outputs(out)
                result.output = out
        except CharterError as exc:
            result.error = {**exc.to_dict(), "type": type(exc).__name__}
            if raise_errors:
                exc.context.setdefault("trace_id", result.trace_id)
                raise
        except Exception as exc:  # a bug inside a step: recorded, and raised as one typed error
            result.error = {"code": "execution_error", "type": type(exc).__name__, "message": str(exc)}
            if raise_errors:
                raise ExecutionError(f"agent '{self.name}' failed: {type(exc).__name__}: {exc}",
                                     trace_id=result.trace_id) from exc
        return result

    def as_tool(self, ctx: RunContext, *, name: str | None = None, description: str | None = None) -> Any:
        """This agent as a tool of another agent; ``ctx`` supplies handles, the caller its principal."""
        from charter.tools import CallableTool

        def call(args: BaseModel, *, principal: str, agent: str | None) -> Any:
            inner = ctx.evolve(principal=principal)
            return self.run(args, inner).output

        return CallableTool(name or self.name.replace(".", "_"), description or self.description,
                            self.input_model, call, kind="agent")

"""Composition: graphs with conditional edges, sequences, parallel branches and bounded loops.

A graph is checked when it is built: unknown or unreachable nodes, cycles without a bound, router
branches that lead nowhere, and an edge whose source output does not fit its target's input are
refused with a message naming the nodes and fields.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, Field

from charter.agents.context import RunContext
from charter.agents.routers import Router
from charter.agents.steps import Step, StepConfig, merge_model
from charter.errors import ExecutionError, InvalidInput, did_you_mean
from charter.tracing import span


class GraphError(InvalidInput):
    """A graph that cannot run as built."""

    code = "invalid_graph"


def _fits(src: Any, dst: Any) -> bool:
    if dst is Any or src is Any or src == dst:
        return True
    if get_origin(dst) in (Union, getattr(__import__("types"), "UnionType", Union)):
        return any(_fits(src, d) for d in get_args(dst))
    if isinstance(src, type) and isinstance(dst, type):
        try:
            return issubclass(src, dst) or (dst is float and src is int)
        except TypeError:
            return False
    return get_origin(src) is not None and get_origin(src) == get_origin(dst) and get_args(dst) == ()


def type_mismatch(src_name: str, src: type[BaseModel], dst_name: str, dst: type[BaseModel]) -> str | None:
    """Why ``src``'s output cannot be ``dst``'s input, or None when it can."""
    if src is dst:
        return None
    for fname, field in dst.model_fields.items():
        given = src.model_fields.get(fname)
        if given is None:
            if field.is_required():
                return (f"step '{dst_name}' needs field '{fname}' ({dst.__name__}), which the output of "
                        f"'{src_name}' ({src.__name__}) does not have")
            continue
        if not _fits(given.annotation, field.annotation):
            return (f"step '{dst_name}' takes '{fname}' as {_tname(field.annotation)}, but '{src_name}' "
                    f"gives {_tname(given.annotation)}")
    return None


def _tname(t: Any) -> str:
    return getattr(t, "__name__", None) or str(t).replace("typing.", "")


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    when: str | Callable[[BaseModel], bool] | None = None

    def describe(self) -> dict[str, Any]:
        when = self.when if isinstance(self.when, str) or self.when is None else getattr(self.when, "__name__", "condition")
        return {"from": self.source, "to": self.target, "when": when}


class Graph(Step):
    """Steps as nodes, edges between them (conditional on a router's branch or on a predicate)."""

    kind = "graph"

    def __init__(self, name: str, steps: list[Step], edges: list[tuple[Any, ...] | Edge], *, entry: str | None = None,
                 max_visits: dict[str, int] | None = None, output_model: type[BaseModel] | None = None) -> None:
        if not steps:
            raise GraphError(f"graph '{name}' has no steps")
        self.nodes: dict[str, Step] = {}
        for s in steps:
            if s.name in self.nodes:
                raise GraphError(f"graph '{name}' has two steps named '{s.name}'")
            self.nodes[s.name] = s
        self.edges = [e if isinstance(e, Edge) else Edge(*e) for e in edges]
        self.entry = entry or steps[0].name
        self.max_visits = dict(max_visits or {})
        self._declared_output = output_model
        super().__init__(name, self.nodes.get(self.entry, steps[0]).input_model, output_model or steps[-1].output_model)
        self.validate()

    def children(self) -> list[Step]:
        return list(self.nodes.values())

    def outgoing(self, node: str) -> list[Edge]:
        return [e for e in self.edges if e.source == node]

    # -- build-time checks -----------------------------------------------------------------

    def validate(self) -> None:
        names = list(self.nodes)
        if self.entry not in self.nodes:
            raise GraphError(f"graph '{self.name}': entry '{self.entry}' is not a step{did_you_mean(self.entry, names)}")
        for e in self.edges:
            for end in (e.source, e.target):
                if end not in self.nodes:
                    raise GraphError(f"graph '{self.name}': edge {e.source} -> {e.target} names no step "
                                     f"'{end}'{did_you_mean(end, names)}")
        for n in self.max_visits:
            if n not in self.nodes:
                raise GraphError(f"graph '{self.name}': max_visits names no step '{n}'{did_you_mean(n, names)}")
        self._check_routers()
        self._check_reachable()
        self._check_cycles()
        for e in self.edges:
            src, dst = self.nodes[e.source], self.nodes[e.target]
            why = type_mismatch(src.name, src.output_model, dst.name, dst.input_model)
            if why:
                raise GraphError(f"graph '{self.name}': edge {e.source} -> {e.target}: {why}")
        self._check_outputs()
        for s in self.nodes.values():
            s.validate()

    def _check_routers(self) -> None:
        for name, step in self.nodes.items():
            out = self.outgoing(name)
            if isinstance(step, Router):
                for e in out:
                    if not isinstance(e.when, str) or e.when not in step.branches:
                        raise GraphError(f"graph '{self.name}': edge {name} -> {e.target} must name a branch of router "
                                         f"'{name}', one of {step.branches} (got {e.when!r})")
                covered = {e.when for e in out}
                missing = [b for b in step.branches if b not in covered]
                if missing:
                    raise GraphError(f"graph '{self.name}': router '{name}' branch(es) {missing} lead nowhere; "
                                     f"add an edge for each")
            else:
                for e in out:
                    if isinstance(e.when, str):
                        raise GraphError(f"graph '{self.name}': edge {name} -> {e.target} has when={e.when!r}, but "
                                         f"'{name}' is not a router; use a predicate")

    def _check_reachable(self) -> None:
        seen, todo = {self.entry}, [self.entry]
        while todo:
            for e in self.outgoing(todo.pop()):
                if e.target not in seen:
                    seen.add(e.target)
                    todo.append(e.target)
        unreachable = [n for n in self.nodes if n not in seen]
        if unreachable:
            raise GraphError(f"graph '{self.name}': step(s) {unreachable} cannot be reached from entry '{self.entry}'")

    def _check_cycles(self) -> None:
        for component in _strongly_connected(list(self.nodes), self.edges):
            cyclic = len(component) > 1 or any(e.source == e.target == component[0] for e in self.edges)
            if cyclic and not any(n in self.max_visits for n in component):
                ring = " -> ".join([*component, component[0]])
                raise GraphError(f"graph '{self.name}': cycle {ring} has no bound; set max_visits for one of its steps")

    def _check_outputs(self) -> None:
        terminals = [n for n in self.nodes if not self.outgoing(n)]
        if not terminals:
            raise GraphError(f"graph '{self.name}' has no final step (every step has an outgoing edge)")
        if self._declared_output is None:
            first = self.nodes[terminals[0]].output_model
            for t in terminals[1:]:
                if type_mismatch(terminals[0], first, t, self.nodes[t].output_model) or type_mismatch(
                        t, self.nodes[t].output_model, terminals[0], first):
                    raise GraphError(f"graph '{self.name}': final steps give different outputs ('{terminals[0]}': "
                                     f"{first.__name__}, '{t}': {self.nodes[t].output_model.__name__}); "
                                     f"pass output_model or end in one step")
            self.output_model = first
        else:
            for t in terminals:
                why = type_mismatch(t, self.nodes[t].output_model, self.name, self._declared_output)
                if why:
                    raise GraphError(f"graph '{self.name}': final step {why}")

    # -- running ---------------------------------------------------------------------------

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        node, value = self.entry, inputs
        visits: dict[str, int] = {}
        while True:
            visits[node] = visits.get(node, 0) + 1
            bound = self.max_visits.get(node)
            if bound is not None and visits[node] > bound:
                raise ExecutionError(f"graph '{self.name}': step '{node}' would run more than its bound of {bound}")
            step = self.nodes[node]
            if isinstance(step, Router):
                branch, out = step.route(value, ctx)
                nxt = next(e.target for e in self.outgoing(node) if e.when == branch)
            else:
                out = step.execute(value, ctx)
                edges = self.outgoing(node)
                if not edges:
                    return out
                nxt = next((e.target for e in edges if e.when is None or e.when(out)), None)
                if nxt is None:
                    raise ExecutionError(f"graph '{self.name}': no edge out of '{node}' matched its output")
            node, value = nxt, out

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "entry": self.entry, "edges": [e.describe() for e in self.edges],
                "max_visits": self.max_visits, "steps": {n: s.describe() for n, s in self.nodes.items()}}


def _strongly_connected(nodes: list[str], edges: list[Edge]) -> list[list[str]]:
    """Tarjan's algorithm (graphs here are small; recursion depth is fine)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    succ = {n: [e.target for e in edges if e.source == n] for n in nodes}

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in succ[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(list(reversed(comp)))

    for n in nodes:
        if n not in index:
            visit(n)
    return out


def Sequence(name: str, steps: list[Step], *, output_model: type[BaseModel] | None = None) -> Graph:  # noqa: N802
    """Steps run one after another; each output feeds the next input."""
    return Graph(name, steps, [(a.name, b.name) for a, b in zip(steps, steps[1:], strict=False)],
                 output_model=output_model)


class Parallel(Step):
    """Branches run at once on the same input; the output has one field per branch."""

    kind = "parallel"

    def __init__(self, name: str, branches: list[Step], *, max_workers: int | None = None) -> None:
        if len(branches) < 2:
            raise GraphError(f"parallel '{name}' needs at least two branches")
        first = branches[0]
        for b in branches[1:]:
            why = type_mismatch(name, first.input_model, b.name, b.input_model)
            if why:
                raise GraphError(f"parallel '{name}': branches take different inputs: {why}")
        self.branches = branches
        self.max_workers = max_workers or len(branches)
        super().__init__(name, first.input_model, merge_model(f"{name}_outputs", {b.name: b.output_model for b in branches}))

    def children(self) -> list[Step]:
        return list(self.branches)

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        with ThreadPoolExecutor(self.max_workers, thread_name_prefix=f"charter-{self.name}") as pool:
            futures = [pool.submit(contextvars.copy_context().run, b.execute, inputs, ctx) for b in self.branches]
            results, errors = {}, []
            for b, f in zip(self.branches, futures, strict=True):
                try:
                    results[b.name] = f.result()
                except Exception as exc:  # wait for every branch so the trace is whole, then fail
                    errors.append(exc)
        if errors:
            raise errors[0]
        return self.output_model(**results)

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "branches": {b.name: b.describe() for b in self.branches}}


class LoopConfig(StepConfig):
    max_iterations: int = Field(3, ge=1, le=100)
    on_exhausted: Literal["return", "error"] = "return"


class Loop(Step):
    """Run a step again on its own output until ``until(output)`` holds, at most max_iterations."""

    kind = "loop"
    Config = LoopConfig

    def __init__(self, name: str, body: Step, until: Callable[[BaseModel], bool],
                 config: LoopConfig | dict[str, Any] | None = None) -> None:
        why = type_mismatch(body.name, body.output_model, body.name, body.input_model)
        if why:
            raise GraphError(f"loop '{name}': the body's output must feed its input: {why}")
        super().__init__(name, body.input_model, body.output_model, config)
        self.body = body
        self.until = until

    def children(self) -> list[Step]:
        return [self.body]

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        value: BaseModel = inputs
        for _ in range(self.config.max_iterations):
            value = self.body.execute(value, ctx)
            if self.until(value):
                return value
        if self.config.on_exhausted == "error":
            raise ExecutionError(f"loop '{self.name}' did not finish within {self.config.max_iterations} iterations")
        with span(f"loop:{self.name}:exhausted", kind="step", iterations=self.config.max_iterations):
            pass
        return value

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "body": self.body.describe()}

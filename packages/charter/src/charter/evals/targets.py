"""What a run evaluates: anything with ``name``, ``version`` and ``run(inputs, *, principal)``.

``AgentTarget`` adapts a ``charter.agents.Agent`` (its version is its content hash);
``CallableTarget`` adapts a plain function ``fn(inputs) -> dict``.
"""

from __future__ import annotations

import hashlib
import inspect
import time
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

from charter.errors import CharterError
from charter.tracing import NOOP, current_trace_id


class TargetResult(BaseModel):
    """One item's outcome: the output (a dict), the trace id, an error, the wall time."""

    output: Any = None
    trace_id: str | None = None
    error: dict[str, Any] | None = None
    latency_s: float = 0.0


@runtime_checkable
class Target(Protocol):
    name: str
    version: str

    def run(self, inputs: dict[str, Any], *, principal: str) -> TargetResult: ...


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


class AgentTarget:
    """A charter Agent under evaluation; handles (gateway, catalog, data, tools, tracer) go to its RunContext."""

    def __init__(self, agent: Any, **handles: Any) -> None:
        self.agent = agent
        self.name = agent.name
        self.version = agent.content_hash()
        self.handles = handles

    def run(self, inputs: dict[str, Any], *, principal: str) -> TargetResult:
        start = time.perf_counter()
        res = self.agent.run(inputs, principal=principal, raise_errors=False, **self.handles)
        return TargetResult(output=_plain(res.output), trace_id=res.trace_id, error=res.error,
                            latency_s=time.perf_counter() - start)


class CallableTarget:
    """A Python function as the thing evaluated: ``fn(inputs)`` or ``fn(inputs, principal=...)``."""

    def __init__(self, fn: Callable[..., Any], *, name: str | None = None, version: str | None = None,
                 tracer: Any = None) -> None:
        self.fn = fn
        self.name = name or getattr(fn, "__name__", "callable")
        self.version = version or _source_hash(fn)
        self.tracer = tracer
        self._takes_principal = "principal" in inspect.signature(fn).parameters

    def run(self, inputs: dict[str, Any], *, principal: str) -> TargetResult:
        start = time.perf_counter()
        root = self.tracer.trace(f"agent:{self.name}", principal=principal, agent=self.name, inputs=inputs) \
            if self.tracer is not None else NOOP
        result = TargetResult()
        try:
            with root:
                result.trace_id = current_trace_id()
                out = self.fn(inputs, principal=principal) if self._takes_principal else self.fn(inputs)
                root.set_outputs(_plain(out))
                result.output = _plain(out)
        except CharterError as exc:
            result.error = {**exc.to_dict(), "type": type(exc).__name__}
        except Exception as exc:  # the thing under test raised: that item's error, the run goes on
            result.error = {"code": "execution_error", "type": type(exc).__name__, "message": str(exc)}
        result.latency_s = time.perf_counter() - start
        return result


def _source_hash(fn: Callable[..., Any]) -> str:
    try:
        src = inspect.getsource(fn)
    except (OSError, TypeError):
        src = f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', repr(fn))}"
    return hashlib.sha256(src.encode()).hexdigest()


def resolve_agent(ref: str, *, registry: Any, versions: Any, **handles: Any) -> AgentTarget:
    """``NAME[@version|alias]`` -> an AgentTarget built from the registry, with that version's config."""
    name, _, version = ref.partition("@")
    agent = registry.create(name)
    if version:
        agent = versions.load(agent, version)
    return AgentTarget(agent, **handles)

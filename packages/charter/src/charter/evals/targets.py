"""What a run evaluates: anything with ``name``, ``version`` and ``run(inputs, *, principal)``.

``AgentTarget`` adapts a ``charter.agents.Agent`` (its version is its content hash, its
``code_version`` a hash of the code its steps run); ``CallableTarget`` adapts a plain function
``fn(inputs) -> dict``. A target may carry ``code_version``: the run cache keys on it too, so an
output cached before a code change is not reused after it.
"""

from __future__ import annotations

import hashlib
import inspect
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel

from charter.errors import CharterError
from charter.tracing import NOOP, current_trace_id

if TYPE_CHECKING:
    from charter.agents.registry import AgentRegistry
    from charter.agents.versions import AgentVersions
    from charter.tracing import Tracer


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
    """A charter Agent under evaluation; handles (gateway, catalog, data, tools, tracer) go to its RunContext.

    ``handles_factory`` (a picklable callable returning the handles) lets the target travel to
    another process, a Ray worker: there it is unpickled with handles built by the factory, since
    store connections, locks and models do not pickle.
    """

    def __init__(self, agent: Any, *, handles_factory: Callable[[], dict[str, Any]] | None = None,
                 **handles: Any) -> None:
        self.agent = agent
        self.name = agent.name
        self.version = agent.content_hash()
        self.code_version = code_version(*(type(s) for s in agent.steps().values()))
        self.handles = handles
        self.handles_factory = handles_factory

    def __reduce__(self) -> tuple[Any, ...]:
        if self.handles_factory is None:
            from charter.errors import ConfigError

            raise ConfigError(f"agent '{self.name}' cannot run in another process: its target was built without "
                              "a handles_factory to rebuild the gateway, catalog and data there")
        return (_rebuilt_agent_target, (self.agent, self.handles_factory))

    def run(self, inputs: dict[str, Any], *, principal: str) -> TargetResult:
        start = time.perf_counter()
        res = self.agent.run(inputs, principal=principal, raise_errors=False, **self.handles)
        return TargetResult(output=_plain(res.output), trace_id=res.trace_id, error=res.error,
                            latency_s=time.perf_counter() - start)


class CallableTarget:
    """A Python function as the thing evaluated: ``fn(inputs)`` or ``fn(inputs, principal=...)``."""

    def __init__(self, fn: Callable[..., Any], *, name: str | None = None, version: str | None = None,
                 tracer: Tracer | None = None) -> None:
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


def _rebuilt_agent_target(agent: Any, factory: Callable[[], dict[str, Any]]) -> AgentTarget:
    return AgentTarget(agent, handles_factory=factory, **factory())


_CODE_SUFFIXES = frozenset({".py", ".lark", ".csv", ".json", ".jsonl", ".toml", ".txt", ".md"})


def code_version(*classes: type) -> str:
    """sha256 over the source and data files of the top-level packages that define ``classes``."""
    roots = sorted({_package_root(c.__module__) for c in classes} - {None})  # type: ignore[arg-type]
    return _tree_hash(tuple(roots))


def _package_root(module: str) -> str | None:
    top = sys.modules.get(module.split(".")[0])
    path = getattr(top, "__file__", None)
    if not path:
        return None
    p = Path(path)
    return str(p.parent if p.name == "__init__.py" else p)


@lru_cache(maxsize=64)
def _tree_hash(roots: tuple[str, ...]) -> str:
    # Once per process per package set: code does not change under a running process.
    h = hashlib.sha256()
    for root in roots:
        base = Path(root)
        files = [f for f in base.rglob("*") if f.suffix in _CODE_SUFFIXES and "__pycache__" not in f.parts] \
            if base.is_dir() else [base]
        for f in sorted(files):
            h.update(str(f.relative_to(base.parent)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def _source_hash(fn: Callable[..., Any]) -> str:
    try:
        src = inspect.getsource(fn)
    except (OSError, TypeError):
        src = f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', repr(fn))}"
    return hashlib.sha256(src.encode()).hexdigest()


def resolve_agent(ref: str, *, registry: AgentRegistry, versions: AgentVersions,
                  handles_factory: Callable[[], dict[str, Any]] | None = None, **handles: Any) -> AgentTarget:
    """``NAME[@version|alias]`` -> an AgentTarget built from the registry, with that version's config."""
    name, _, version = ref.partition("@")
    agent = registry.create(name)
    if version:
        agent = versions.load(agent, version)
    return AgentTarget(agent, handles_factory=handles_factory, **handles)

"""What a run carries: who runs it, as which agent, and typed handles to the layers below.

Handles are plain attributes so tests can hand in doubles. App data travels as a typed
*extension* (``ctx.extension(FinQLEnv)``), never in a loose dict: an app registers a class under
the ``charter.extensions`` entry-point group, and the runtime (``charter.runtime.Charter``) builds
one instance per process on first use, the same way for the CLI, the server, MCP and evaluation
runs, so an agent sees the same world wherever it is served.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from charter.errors import Cancelled, ConfigError

if TYPE_CHECKING:
    from charter.catalog import Catalog
    from charter.data import DataService, VectorIndexes
    from charter.data.embeddings import Embedder
    from charter.models import Gateway
    from charter.tools import ToolRegistry
    from charter.tracing import Tracer

E = TypeVar("E")


class Extensions:
    """The app extensions a run may use, by class: given instances plus a lazy ``provider``.

    ``provider(cls)`` (the runtime's) builds the instance of a registered extension class, or
    returns None when none is registered; each is built once per ``Extensions`` and published
    under a lock, so concurrent first uses share one instance.
    """

    def __init__(self, *instances: object, provider: Callable[[type[Any]], object | None] | None = None) -> None:
        self._built: dict[type[Any], object] = {type(i): i for i in instances}
        self._provider = provider
        self._lock = threading.Lock()

    def get(self, cls: type[E]) -> E | None:
        """The extension that is a ``cls``, or None when this run has none."""
        for kind, value in list(self._built.items()):
            if issubclass(kind, cls):
                return value  # type: ignore[return-value]
        if self._provider is None:
            return None
        with self._lock:  # built once: the provider may open stores and data sources
            for kind, value in self._built.items():
                if issubclass(kind, cls):
                    return value  # type: ignore[return-value]
            value = self._provider(cls)
            if value is not None:
                self._built[type(value)] = value
            return value  # type: ignore[return-value]


class Cancellation:
    """A cooperative stop for one run, thread-safe: ``cancel(reason)`` from anywhere (the server's
    request timeout), and the run's steps check it between steps (``RunContext.check_cancelled``)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason = ""

    def cancel(self, reason: str) -> None:
        if not self._event.is_set():
            self.reason = reason
            self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class RunContext:
    """Principal, agent, and the gateway/catalog/data/indexes/tools/embedder/tracer handles of one run.

    A step that needs a handle the context lacks fails with a message naming it (``need``).
    """

    principal: str
    agent: str | None = None
    gateway: Gateway | None = None
    catalog: Catalog | None = None
    data: DataService | None = None
    indexes: VectorIndexes | None = None
    tools: ToolRegistry | None = None
    embedder: Embedder | None = None
    tracer: Tracer | None = None
    request_id: str | None = None
    extensions: Extensions = field(default_factory=Extensions)
    cancellation: Cancellation | None = None  # set by whoever may stop the run (the server, on a 504)

    @overload
    def need(self, handle: Literal["gateway"], step: str) -> Gateway: ...
    @overload
    def need(self, handle: Literal["catalog"], step: str) -> Catalog: ...
    @overload
    def need(self, handle: Literal["data"], step: str) -> DataService: ...
    @overload
    def need(self, handle: Literal["indexes"], step: str) -> VectorIndexes: ...
    @overload
    def need(self, handle: Literal["tools"], step: str) -> ToolRegistry: ...
    @overload
    def need(self, handle: Literal["embedder"], step: str) -> Embedder: ...
    @overload
    def need(self, handle: Literal["tracer"], step: str) -> Tracer: ...

    def need(self, handle: str, step: str) -> Any:
        """The named handle, or a ConfigError saying which step needs it."""
        value = getattr(self, handle)
        if value is None:
            raise ConfigError(f"step '{step}' needs the '{handle}' handle in the run context, and none was given")
        return value

    def extension(self, cls: type[E], step: str | None = None) -> E:
        """The app extension that is a ``cls``; a ConfigError names the step when there is none."""
        value = self.extensions.get(cls)
        if value is None:
            who = f"step '{step}'" if step else "this run"
            raise ConfigError(f"{who} needs the app extension {cls.__qualname__}, and the runtime has none "
                              f"(is the app installed? extensions register under 'charter.extensions')")
        return value

    def check_cancelled(self, step: str) -> None:
        """Raise Cancelled when the run was cancelled: every step calls it before it starts, so a run
        stops between two steps (a step already running finishes; its result is dropped)."""
        if self.cancellation is not None and self.cancellation.cancelled:
            raise Cancelled(f"the run was cancelled before step '{step}': {self.cancellation.reason}")

    def evolve(self, **changes: Any) -> RunContext:
        """A copy with some fields changed (extensions are shared)."""
        return replace(self, **changes)

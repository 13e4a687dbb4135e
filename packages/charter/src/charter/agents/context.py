"""What a run carries: who runs it, as which agent, and the handles steps reach the layers by."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from charter.errors import ConfigError


@dataclass
class RunContext:
    """Principal, agent, and the gateway/catalog/data/tools handles of one run.

    Handles are plain attributes so tests can hand in doubles; a step that needs a handle the
    context lacks fails with a message naming it.
    """

    principal: str
    agent: str | None = None
    gateway: Any = None
    catalog: Any = None
    data: Any = None
    tools: Any = None
    embedder: Any = None
    tracer: Any = None
    request_id: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def need(self, handle: str, step: str) -> Any:
        """The named handle, or a ConfigError saying which step needs it."""
        value = getattr(self, handle)
        if value is None:
            raise ConfigError(f"step '{step}' needs a {handle} in the run context, and none was given")
        return value

    def evolve(self, **changes: Any) -> RunContext:
        """A copy with some fields changed."""
        return replace(self, **changes)

"""The agent registry: factories by name, filled from the ``charter.agents`` entry-point group.

Built-in agents are registered through the same group (in Charter's own pyproject), so an app's
agents and the built-ins are found the same way. A factory takes no arguments and returns an
Agent; handles (gateway, data, tools) arrive at run time in the RunContext.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib.metadata import entry_points

from charter.agents.agent import Agent
from charter.errors import AlreadyExists, ConfigError, NotFound, did_you_mean

GROUP = "charter.agents"
log = logging.getLogger("charter.agents")

AgentFactory = Callable[[], Agent]


class AgentRegistry:
    """Agent factories by name; entry points are read on first use."""

    def __init__(self, *, load_entry_points: bool = True) -> None:
        self._factories: dict[str, AgentFactory] = {}
        self._sources: dict[str, str] = {}
        self._loaded = not load_entry_points

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for ep in entry_points(group=GROUP):
            if ep.name in self._factories:
                continue
            self._factories[ep.name] = _lazy(ep)
            self._sources[ep.name] = ep.value

    def register(self, name: str, factory: AgentFactory, *, replace: bool = False) -> None:
        """Add a factory by hand (tests, notebooks)."""
        self._load()
        if name in self._factories and not replace:
            raise AlreadyExists(f"an agent named '{name}' is already registered (from {self._sources[name]})")
        self._factories[name] = factory
        self._sources[name] = getattr(factory, "__qualname__", repr(factory))

    def names(self) -> list[str]:
        self._load()
        return sorted(self._factories)

    def source(self, name: str) -> str:
        self._load()
        return self._sources.get(name, "")

    def create(self, name: str) -> Agent:
        """A fresh agent from its factory."""
        self._load()
        if name not in self._factories:
            raise NotFound(f"no agent '{name}'{did_you_mean(name, self._factories)}; agents are registered "
                           f"under the '{GROUP}' entry-point group")
        agent = self._factories[name]()
        if not isinstance(agent, Agent):
            raise ConfigError(f"the factory of agent '{name}' returned {type(agent).__name__}, not an Agent")
        if agent.name != name:
            raise ConfigError(f"the factory registered as '{name}' built an agent named '{agent.name}'")
        return agent


def _lazy(ep: object) -> AgentFactory:
    def factory() -> Agent:
        try:
            fn = ep.load()  # type: ignore[attr-defined]
        except Exception as exc:  # a broken plugin names itself instead of breaking the registry
            raise ConfigError(f"cannot load agent '{ep.name}' from {ep.value}: {exc}") from exc  # type: ignore[attr-defined]
        return fn()

    return factory

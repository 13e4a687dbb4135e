"""The agent registry: factories by name, from the ``charter.agents`` entry-point group.

Built-in agents are registered through the same group (in Charter's own pyproject), so an app's
agents and the built-ins are found the same way. A factory takes no arguments and returns an
Agent; handles (gateway, data, tools, app extensions) arrive at run time in the RunContext.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from charter.agents.agent import Agent
from charter.errors import ConfigError
from charter.plugins import AGENTS, Registry

GROUP = AGENTS

AgentFactory = Callable[[], Agent]


def _factory(name: str, loaded: Any) -> AgentFactory:
    if not callable(loaded):
        raise ConfigError(f"agent '{name}' is registered as {loaded!r}, not a factory that returns an Agent")
    return loaded


class AgentRegistry(Registry[AgentFactory]):
    """Agent factories by name (one ``Registry``); ``create`` builds a fresh agent."""

    def __init__(self, *, load_entry_points: bool = True) -> None:
        super().__init__(GROUP, "agent", check=_factory, load_entry_points=load_entry_points)

    def create(self, name: str) -> Agent:
        """A fresh agent from its factory."""
        agent = self.get(name)()
        if not isinstance(agent, Agent):
            raise ConfigError(f"the factory of agent '{name}' returned {type(agent).__name__}, not an Agent")
        if agent.name != name:
            raise ConfigError(f"the factory registered as '{name}' built an agent named '{agent.name}'")
        return agent

"""Agents as MCP tools: each registered agent is offered as `agent__NAME`, governed by `agent:NAME`.

The tool's securable is the agent's own, so a client sees an agent exactly when its principal
may EXECUTE `agent:NAME`; the run is the agent's usual trace (a child of the `mcp:` trace). A call
answers with the agent's view: its text (Markdown a person reads) as the content, and the typed
structure as structured content (declared as the tool's output schema), so an MCP client such as
an IDE agent shows a readable answer and a program still gets the fields.

Which version answers is chosen as on the HTTP server: ``register_agents(..., router=...)`` takes the
server's ``AgentRunner`` (``charter mcp serve`` passes one), whose ``route`` gives the champion, or
the challenger for its share of a rollout (marked ``arm=challenger`` on the trace); a shadow rollout
is not run over MCP. Without a router the code's config answers.

A call can be stopped: ``charter mcp serve`` gives each ``tools/call`` a ``Cancellation`` (cancelled
when the call passes ``[server] request_timeout_s`` or the client cancels it), handed to the agent's
run context through ``cancellable`` (a tool's ``call`` is given no run context), so the run
stops before its next step and its trace ends ``cancelled``, as on the HTTP API.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Protocol

from pydantic import BaseModel

from charter.agents import Agent, AgentRegistry, RunContext
from charter.agents.context import Cancellation
from charter.agents.views import DEFAULT_VIEW, ServedAnswer, View, ViewRegistry, serve
from charter.errors import CharterError
from charter.tools import Tool, ToolRegistry

log = logging.getLogger(__name__)

PREFIX = "agent__"
ContextFactory = Callable[[str], RunContext]
_cancellation: ContextVar[Cancellation | None] = ContextVar("charter_mcp_cancellation", default=None)


@contextmanager
def cancellable(cancellation: Cancellation | None) -> Iterator[None]:
    """Agent tools called inside run with ``cancellation`` in their run context (one MCP call's)."""
    token = _cancellation.set(cancellation)
    try:
        yield
    finally:
        _cancellation.reset(token)


class Router(Protocol):
    def route(self, name: str, principal: str, inputs: Any, request_id: str | None = None) -> tuple[Any, str, Any]:
        """``(agent that answers, its arm, agent to run in shadow or None)`` for one request."""


def agent_tool_name(agent: str) -> str:
    """The tool name of an agent (a registry name allows letters, digits, '_' and '-')."""
    return (PREFIX + re.sub(r"[^A-Za-z0-9_-]", "_", agent))[:64]


class AgentTool(Tool):
    """Runs one agent for the calling principal; answers with its view (text and structure)."""

    kind = "agent"

    def __init__(self, agent: Agent, context: ContextFactory, view: View = DEFAULT_VIEW,
                 router: Router | None = None) -> None:
        super().__init__(agent_tool_name(agent.name), agent.description, agent.input_model)
        self.agent = agent
        self.context = context
        self.view = view
        self.router = router

    @property
    def securable(self) -> str:
        return f"agent:{self.agent.name}"

    @property
    def output_schema(self) -> dict[str, Any] | None:
        """The structured content's JSON Schema: the agent's output model (an object)."""
        schema = self.agent.output_model.model_json_schema()
        return schema if schema.get("type") == "object" else None

    def run_context(self, principal: str) -> RunContext:
        """The context factory's, with the calling MCP request's cancellation (``cancellable``)."""
        ctx, cancellation = self.context(principal), _cancellation.get()
        return ctx.evolve(cancellation=cancellation) if cancellation is not None else ctx

    def call(self, args: BaseModel, *, principal: str, agent: str | None) -> ServedAnswer:
        if self.router is None:
            return serve(self.view, self.agent.name, self.agent.run(args, self.run_context(principal)))
        inputs = args.model_dump(mode="json")
        served, arm, _shadow = self.router.route(self.agent.name, principal, inputs)
        parsed = served.input_model.model_validate(inputs)
        attributes = {"arm": arm} if arm != "champion" else None
        return serve(self.view, self.agent.name, served.run(parsed, self.run_context(principal), attributes=attributes))


def register_agents(registry: ToolRegistry, agents: AgentRegistry, context: ContextFactory, *,
                    governed: set[str] | None = None, views: ViewRegistry | None = None,
                    router: Router | None = None) -> list[str]:
    """Register the agents the registry can build (only those in `governed`, when given), each
    answering through its view (``views``: the entry-point views by default); ``router`` chooses the
    version that answers each call (the server's ``AgentRunner``: champion and rollout).

    Pass the names that have an `agent:` securable: no principal can be granted the others, and
    building an agent may import a whole app. A broken agent is skipped with a warning.
    """
    views = views if views is not None else ViewRegistry()
    names = []
    for name in agents.names():
        if governed is not None and name not in governed:
            continue
        try:
            tool = AgentTool(agents.create(name), context, views.for_agent(name), router)
        except CharterError as exc:
            log.warning("agent '%s' is not served over MCP: %s", name, exc.message)
            continue
        except Exception as exc:  # a plugin's bug must not take the whole server down
            log.warning("agent '%s' is not served over MCP: %s: %s", name, type(exc).__name__, exc)
            continue
        registry.register(tool, replace=True)
        names.append(tool.name)
    return names

"""Tools: Python functions, governed SQL functions and agents, invoked under governance.

Every invocation checks EXECUTE on ``tool:<name>`` for the principal, and for the agent acting
for it, through ``catalog.authorize`` (audited), validates the arguments against the tool's
schema, and runs inside a ``tool`` span.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any, Protocol, get_type_hints

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from charter.errors import (
    AlreadyExists,
    CharterError,
    ExecutionError,
    InvalidInput,
    NotFound,
    did_you_mean,
)
from charter.models.types import Tool as ToolDefinition
from charter.tracing import span

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]{0,63}$")


class Authorizer(Protocol):
    """What the registry needs of the catalog."""

    def authorize(self, principal: str, privilege: str, securable: str, on_behalf_of: str | None = None, *,
                  action: str | None = None, request_id: str | None = None) -> Any: ...


class QueryService(Protocol):
    """What a SQL tool needs of the data layer (``charter.data.DataService``)."""

    def query(self, sql: str, *, principal: str, agent: str | None = None, params: Any = None) -> Any: ...


def _first_line(doc: str | None) -> str:
    return (inspect.cleandoc(doc).splitlines() or [""])[0] if doc else ""


def model_from_signature(fn: Callable[..., Any], name: str) -> type[BaseModel]:
    """A pydantic model of a function's parameters (its JSON Schema is the tool's parameters)."""
    hints = get_type_hints(fn)
    fields: dict[str, Any] = {}
    for pname, p in inspect.signature(fn).parameters.items():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            raise InvalidInput(f"tool '{name}': *args/**kwargs parameters cannot be described as a schema")
        annotation = hints.get(pname, Any)
        fields[pname] = (annotation, ... if p.default is p.empty else p.default)
    return create_model(f"{name}_arguments", __config__=ConfigDict(extra="forbid"), **fields)


class Tool:
    """A named callable with a JSON Schema for its arguments. Subclasses say how it runs."""

    kind = "python"

    def __init__(self, name: str, description: str, arguments: type[BaseModel]) -> None:
        if not _NAME.match(name):
            raise InvalidInput(f"tool name '{name}' must be letters, digits, '_' or '-' (at most 64)")
        self.name = name
        self.description = description
        self.arguments = arguments

    @property
    def parameters(self) -> dict[str, Any]:
        return self.arguments.model_json_schema()

    @property
    def securable(self) -> str:
        """The catalog securable EXECUTE is checked on (an MCP tool is `mcp_tool:server.tool`)."""
        return f"tool:{self.name}"

    @property
    def output_schema(self) -> dict[str, Any] | None:
        """The JSON Schema of the structured result, when the tool declares one (agents do)."""
        return None

    def definition(self) -> ToolDefinition:
        """The tool as a model sees it in a ChatRequest."""
        return ToolDefinition(name=self.name, description=self.description, parameters=self.parameters)

    def call(self, args: BaseModel, *, principal: str, agent: str | None) -> Any:
        raise NotImplementedError


class PythonTool(Tool):
    """A plain Python function; its signature is its schema."""

    kind = "python"

    def __init__(self, fn: Callable[..., Any], name: str | None = None, description: str | None = None) -> None:
        name = name or fn.__name__
        super().__init__(name, description if description is not None else _first_line(fn.__doc__),
                         model_from_signature(fn, name))
        self.fn = fn

    def call(self, args: BaseModel, *, principal: str, agent: str | None) -> Any:
        return self.fn(**{k: getattr(args, k) for k in type(args).model_fields})


class SqlTool(Tool):
    """A governed SQL function: a parameterised query run through the data layer as the caller."""

    kind = "sql"

    def __init__(self, name: str, sql: str, data: QueryService, arguments: type[BaseModel] | None = None,
                 description: str = "") -> None:
        super().__init__(name, description, arguments or create_model(f"{name}_arguments", __config__=ConfigDict(extra="forbid")))
        self.sql = sql
        self.data = data

    def call(self, args: BaseModel, *, principal: str, agent: str | None) -> Any:
        result = self.data.query(self.sql, principal=principal, agent=agent, params=args.model_dump())
        if hasattr(result, "columns") and hasattr(result, "rows"):
            return {"columns": list(result.columns), "rows": [list(r) for r in result.rows]}
        return result


class CallableTool(Tool):
    """Anything callable as ``fn(args, principal=, agent=)`` (agents register themselves this way)."""

    def __init__(self, name: str, description: str, arguments: type[BaseModel],
                 fn: Callable[..., Any], kind: str = "agent") -> None:
        super().__init__(name, description, arguments)
        self.fn = fn
        self.kind = kind

    def call(self, args: BaseModel, *, principal: str, agent: str | None) -> Any:
        return self.fn(args, principal=principal, agent=agent)


class ToolRegistry:
    """The tools a process can invoke, by name; invocation is governed and traced."""

    def __init__(self, catalog: Authorizer) -> None:
        self.catalog = catalog
        self._tools: dict[str, Tool] = {}

    def register(self, fn_or_tool: Callable[..., Any] | Tool, *, name: str | None = None,
                 description: str | None = None, replace: bool = False) -> Tool:
        """Add a Python function (or a ready Tool). Returns the tool."""
        tool = fn_or_tool if isinstance(fn_or_tool, Tool) else PythonTool(fn_or_tool, name, description)
        if tool.name in self._tools and not replace:
            raise AlreadyExists(f"a tool named '{tool.name}' is already registered")
        self._tools[tool.name] = tool
        return tool

    def tool(self, name: str | None = None, description: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorator form of ``register``."""

        def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
            self.register(fn, name=name, description=description)
            return fn

        return wrap

    def register_sql(self, name: str, sql: str, data: QueryService, *, arguments: type[BaseModel] | None = None,
                     description: str = "") -> Tool:
        """Add a governed SQL function (named parameters come from ``arguments``)."""
        return self.register(SqlTool(name, sql, data, arguments, description))

    def publish(self, *, actor: str = "admin", owner: str | None = None) -> list[str]:
        """Create a ``tool:<name>`` securable for each registered tool that lacks one."""
        create = getattr(self.catalog, "create_securable", None)
        if create is None:
            raise ExecutionError("this catalog cannot create securables")
        for name in self._tools:
            create("tool", name, owner, {"kind": self._tools[name].kind}, actor=actor)
        return sorted(self._tools)

    def get(self, name: str) -> Tool:
        try:
            return self._tools[name]
        except KeyError:
            raise NotFound(f"no tool '{name}'{did_you_mean(name, self._tools)}") from None

    def names(self) -> list[str]:
        return sorted(self._tools)

    def definitions(self, names: list[str] | None = None) -> list[ToolDefinition]:
        """The tools as a model sees them (all, or the named ones in that order)."""
        return [self.get(n).definition() for n in (names if names is not None else self.names())]

    def invoke(self, name: str, args: dict[str, Any] | BaseModel | None = None, *, principal: str,
               agent: str | None = None, request_id: str | None = None, cancellation: Any = None) -> Any:
        """Check EXECUTE on ``tool:<name>``, validate the arguments, run the tool in a span.
        ``cancellation`` (the run's) ends a pause for approval early."""
        tool = self.get(name)
        with span(f"tool:{name}", kind="tool", inputs=args, tool_kind=tool.kind) as s:
            actor, for_user = (agent, principal) if agent else (principal, None)
            self.catalog.authorize(actor, "EXECUTE", tool.securable, on_behalf_of=for_user,
                                   action="invoke tool", request_id=request_id)
            try:
                parsed = args if isinstance(args, tool.arguments) else tool.arguments.model_validate(
                    args.model_dump() if isinstance(args, BaseModel) else (args or {}))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "(arguments)"
                raise InvalidInput(f"tool '{name}': argument '{where}': {first['msg']}") from None
            gate = getattr(self.catalog, "approvals", None)
            if gate is not None:  # a call marked REQUIRE APPROVAL waits here for a person's decision
                approval = gate.gate(tool.securable, parsed.model_dump(mode="json"), principal=principal, agent=agent,
                                     request_id=request_id, what=f"tool '{name}'", cancellation=cancellation)
                if approval is not None:
                    s.set_attribute("approval", approval)
            try:
                result = tool.call(parsed, principal=principal, agent=agent)
            except CharterError:
                raise
            except Exception as exc:  # a bug or failure inside the tool: one typed error naming it
                raise ExecutionError(f"tool '{name}' failed: {type(exc).__name__}: {exc}") from exc
            s.set_outputs(result)
            return result

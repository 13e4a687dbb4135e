"""External MCP tools in the tool registry, so agents call them like any tool, governed the same way.

`register_mcp_tools(registry, servers)` adds one `McpTool` per discovered tool, named
`SERVER__TOOL` (a registry name has no dots). Its securable is `mcp_tool:SERVER.TOOL`, so the
registry's EXECUTE check, audit record and `tool` span apply to it unchanged.
"""

from __future__ import annotations

from typing import Any

import jsonschema
from pydantic import BaseModel, ConfigDict, create_model

from charter.errors import ExecutionError, InvalidInput
from charter.mcp.servers import McpServers, McpToolInfo
from charter.tools import Tool, ToolRegistry

SEP = "__"


def registry_name(info: McpToolInfo) -> str:
    """The name an MCP tool has in the tool registry (and in a model's tool list)."""
    return f"{info.server}{SEP}{info.name}"[:64]


class McpTool(Tool):
    """One tool of an external MCP server, called through `McpServers.forward`."""

    kind = "mcp"

    def __init__(self, servers: McpServers, info: McpToolInfo) -> None:
        # Arguments are checked against the server's own JSON Schema; the model only carries them.
        carrier = create_model(f"{info.server}_{info.name}_arguments", __config__=ConfigDict(extra="allow"))
        super().__init__(registry_name(info), info.description, carrier)
        self.servers = servers
        self.info = info

    @property
    def parameters(self) -> dict[str, Any]:
        schema = dict(self.info.input_schema or {})
        schema.setdefault("type", "object")
        return schema

    @property
    def securable(self) -> str:
        return self.info.ref

    def call(self, args: BaseModel, *, principal: str, agent: str | None) -> Any:
        arguments = args.model_dump()
        try:
            jsonschema.validate(arguments, self.parameters)
        except jsonschema.ValidationError as exc:
            where = ".".join(str(p) for p in exc.absolute_path) or "(arguments)"
            raise InvalidInput(f"tool '{self.info.qualified}': argument '{where}': {exc.message}") from None
        except jsonschema.SchemaError:
            pass  # the server's schema is its own business; the server validates again
        result = self.servers.forward(self.info, arguments)
        if result.is_error:
            raise ExecutionError(f"MCP tool '{self.info.qualified}' answered with an error: {result.text[:500]}")
        return result.structured if result.structured is not None else result.text


def register_mcp_tools(registry: ToolRegistry, servers: McpServers, server: str | None = None) -> list[str]:
    """Register every discovered tool (of one server, or of all); returns the registry names."""
    names = []
    for info in servers.tools(server):
        registry.register(McpTool(servers, info), replace=True)
        names.append(registry_name(info))
    return names

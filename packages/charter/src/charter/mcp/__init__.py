"""MCP, governed: Charter as an MCP server, and as a governing client of external MCP servers.

The MCP SDK is an optional extra (`charter[mcp]`); it is imported only when a connection is
made, so importing this package is cheap and works without it.
"""

from charter.mcp.client import McpServerError, RemoteResult, RemoteTool, ServerSpec
from charter.mcp.guardrails import pii_redactor, redact_value
from charter.mcp.servers import McpServers, McpToolInfo, SyncReport, tool_ref
from charter.mcp.tokens import TokenInfo, TokenStore

__all__ = [
    "McpServerError",
    "McpServers",
    "McpToolInfo",
    "RemoteResult",
    "RemoteTool",
    "ServerSpec",
    "SyncReport",
    "TokenInfo",
    "TokenStore",
    "pii_redactor",
    "redact_value",
    "tool_ref",
]

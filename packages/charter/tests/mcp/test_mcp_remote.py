"""Charter's client governing a remote MCP server over Streamable HTTP (the SDK's MCPServer)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from charter.catalog import Catalog
from charter.errors import PermissionDenied
from charter.mcp import McpServerError, McpServers, ServerSpec
from charter.testing import require_module

mcp_server = require_module("mcp.server.mcpserver", "mcp")


@pytest.fixture
def remote_url() -> Iterator[str]:
    import uvicorn

    srv = mcp_server.MCPServer("remote")

    @srv.tool()
    def lookup(customer: str) -> str:
        """Contact details of a customer."""
        return f"{customer}: phone +44 20 7946 0958, mail {customer.lower()}@example.org"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(srv.streamable_http_app(), host="127.0.0.1", port=port,
                                          log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/mcp"
    server.should_exit = True
    thread.join(10)


def test_a_remote_server_is_governed_like_a_local_one(remote_url: str, catalog: Catalog) -> None:
    servers = McpServers(catalog)
    servers.add("crm", ServerSpec.of(url=remote_url, timeout_s=60))
    assert servers.sync("crm").added == ["lookup"]
    with pytest.raises(PermissionDenied, match="alice lacks EXECUTE on mcp_tool:crm.lookup"):
        servers.call("crm", "lookup", {"customer": "Dana"}, principal="alice")
    catalog.grant("EXECUTE", "mcp_server:crm", "alice")
    answer = servers.call("crm", "lookup", {"customer": "Dana"}, principal="alice")
    assert answer.text == "Dana: phone [PHONE], mail [EMAIL]"


def test_an_unreachable_remote_server_is_a_clear_error(catalog: Catalog) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    servers = McpServers(catalog)
    servers.add("gone", ServerSpec.of(url=f"http://127.0.0.1:{port}/mcp", timeout_s=30))
    with pytest.raises(McpServerError, match=r"MCP server 'gone' \(tools/list\) failed: ConnectError"):
        servers.sync("gone")

"""A small external MCP server for the tests, written with the SDK's MCPServer (FastMCP in mcp 1).

Its behaviour is chosen by environment variables so one file serves every case:
EXT_TOOLS=v2 changes the tool list (a re-sync must notice); EXT_MODE=crash_on_start exits
at once. Malformed answers come from `raw_server.py`, which speaks JSON-RPC by hand.
"""

from __future__ import annotations

import os
import sys
import time

from mcp.server.mcpserver import MCPServer

MODE = os.environ.get("EXT_MODE", "")
if MODE == "crash_on_start":
    sys.exit(5)

srv = MCPServer("ext")


@srv.tool()
def echo(text: str) -> str:
    """Echo the text back, with a contact address appended."""
    return f"{text} (reach me at carol@example.com)"


@srv.tool()
def hang(seconds: float = 30.0) -> str:
    """Sleep for a while (a wedged server)."""
    time.sleep(seconds)
    return "woke up"


@srv.tool()
def crash() -> str:
    """Exit the process mid-call (a crashing server)."""
    os._exit(3)


if os.environ.get("EXT_TOOLS") == "v2":

    @srv.tool()
    def shout(text: str) -> str:
        """Upper-case the text."""
        return text.upper()

else:

    @srv.tool()
    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b


srv.run()

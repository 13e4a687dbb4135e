"""Helpers shared by the MCP tests (a uniquely named module, importable from any test file here)."""

from __future__ import annotations

import sys
from pathlib import Path

from charter.mcp import ServerSpec

HERE = Path(__file__).resolve().parent
EXT = str(HERE / "ext_server.py")
RAW = str(HERE / "raw_server.py")


def ext_spec(timeout_s: float = 60.0, **env: str) -> ServerSpec:
    """The external test server (ext_server.py, written with the SDK's MCPServer) as a stdio spec."""
    return ServerSpec.of(command=[sys.executable, EXT], timeout_s=timeout_s, env=env)


def raw_spec(mode: str, timeout_s: float = 60.0) -> ServerSpec:
    """raw_server.py, which answers with malformed JSON-RPC on purpose."""
    return ServerSpec.of(command=[sys.executable, RAW], timeout_s=timeout_s, env={"RAW_MODE": mode})

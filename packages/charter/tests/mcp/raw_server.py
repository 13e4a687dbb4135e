"""A stdio 'MCP server' that speaks JSON-RPC by hand so it can answer with malformed messages.

It answers `initialize` correctly, lists one tool, and answers `tools/call` with a result whose
`content` is not a list of content blocks (RAW_MODE=bad_result) or with a line that is not
JSON at all and then nothing (RAW_MODE=garbage).
"""

from __future__ import annotations

import json
import os
import sys

MODE = os.environ.get("RAW_MODE", "bad_result")


def send(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


for line in sys.stdin:
    msg = json.loads(line)
    if "id" not in msg:
        continue
    method, mid = msg.get("method"), msg["id"]
    if method == "initialize":
        send({"jsonrpc": "2.0", "id": mid, "result": {
            "protocolVersion": msg["params"]["protocolVersion"],
            "capabilities": {"tools": {}},
            "serverInfo": {"name": "raw", "version": "0"}}})
    elif method == "tools/list":
        send({"jsonrpc": "2.0", "id": mid, "result": {"tools": [
            {"name": "broken", "description": "answers badly", "inputSchema": {"type": "object"}}]}})
    elif method == "tools/call" and MODE == "garbage":
        sys.stdout.write("}}} not json {{{\n")
        sys.stdout.flush()
    elif method == "tools/call":
        send({"jsonrpc": "2.0", "id": mid, "result": {"content": "not a list", "isError": "maybe"}})
    else:
        send({"jsonrpc": "2.0", "id": mid, "error": {"code": -32601, "message": "no such method"}})

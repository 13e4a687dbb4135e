"""`charter mcp add | list | sync | token` through the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mcp_helpers import EXT


def charter(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "charter.cli", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=180)


def test_add_list_sync_and_mistakes(home: Path) -> None:
    added = charter("mcp", "add", "ext", "--command", f"{sys.executable} {EXT}", "--timeout", "60")
    assert added.returncode == 0, added.stderr
    assert "added    mcp_tool:ext.echo" in added.stdout
    assert "ext: 4 added, 0 changed, 0 removed, 0 unchanged" in added.stdout

    listed = charter("mcp", "list")
    assert listed.returncode == 0, listed.stderr
    for tool in ("add", "crash", "echo", "hang"):
        assert f" {tool} " in listed.stdout

    again = charter("mcp", "add", "ext", "--url", "http://127.0.0.1:1/mcp", "--no-sync")
    assert again.returncode != 0
    assert [line for line in again.stderr.splitlines() if line.strip()] == [
        "error: MCP server 'ext' is already registered; `charter mcp sync ext` refreshes it"]

    missing = charter("mcp", "sync", "ex")
    assert missing.returncode == 4 and "did you mean 'ext'" in missing.stderr

    token = charter("mcp", "token", "create", "admin", "--label", "ci")
    assert token.returncode == 0 and token.stdout.strip().startswith("cht_")

"""Python tools that `charter mcp serve --tools mcp_serve_tools:register` adds (a test plug-in)."""

from __future__ import annotations

from typing import Any


def greet(name: str) -> str:
    """Say hello."""
    return f"hello {name}"


def secret() -> dict[str, Any]:
    """Something only some principals may run."""
    return {"launch_code": "0000"}


def register(registry: Any) -> None:
    registry.register(greet)
    registry.register(secret)

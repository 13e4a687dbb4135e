"""Fixtures for MCP: a catalog with users, and the small external MCP server of this directory."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from mcp_helpers import ext_spec

from charter.catalog import Catalog
from charter.mcp import McpServers, ServerSpec
from charter.store import Store, upgrade


def _world(store: Store) -> Catalog:
    cat = Catalog(store)
    for user in ("alice", "bob"):
        cat.create_principal(user)
    cat.create_principal("helper", "agent")
    return cat


@pytest.fixture
def catalog(sqlite_store: Store) -> Catalog:
    """alice and bob (users) and helper (an agent); no MCP server."""
    return _world(sqlite_store)


@pytest.fixture(scope="module")
def _synced_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Discovery spawns the server once per module; each test then gets a copy of the result.
    path = tmp_path_factory.mktemp("mcp") / "synced.db"
    store = Store(f"sqlite:///{path}")
    upgrade(store)
    servers = McpServers(_world(store))
    servers.add("ext", ext_spec())
    servers.sync("ext")
    store.dispose()
    return path


@pytest.fixture
def synced(_synced_template: Path, tmp_path: Path) -> Iterator[McpServers]:
    """`ext` registered and synced (tools: add, crash, echo, hang); nobody holds a grant yet."""
    path = tmp_path / "charter.db"
    shutil.copy(_synced_template, path)
    store = Store(f"sqlite:///{path}")
    yield McpServers(Catalog(store))
    store.dispose()


@pytest.fixture
def spec_factory() -> Callable[..., ServerSpec]:
    return ext_spec

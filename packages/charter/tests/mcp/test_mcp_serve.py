"""`charter mcp serve`, checked with the MCP SDK's own client (a client no one here wrote)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest
from mcp_helpers import HERE
from pydantic import BaseModel

from charter.agents import Agent, AgentRegistry, PythonStep, RunContext
from charter.catalog import Catalog
from charter.mcp import McpServerError, McpServers, ServerSpec, TokenStore
from charter.mcp.agents import register_agents
from charter.mcp.client import call_tool, list_tools
from charter.mcp.server import CharterMcp, build_server, http_app
from charter.mcp.tools import register_mcp_tools
from charter.server.auth import EdgeAuth
from charter.server.limits import FailedAuthLimit
from charter.settings import Settings
from charter.store import Store
from charter.testing import free_port, require_module
from charter.tools import ToolRegistry
from charter.tracing import Tracer

mcp = require_module("mcp", "mcp")


@pytest.fixture
def world(_synced_template: Path, home: Path, settings: Settings) -> Iterator[Catalog]:
    """CHARTER_HOME holding `ext` (synced), tools greet and secret; alice may run greet and ext.echo."""
    shutil.copy(_synced_template, home / "charter.db")
    store = Store(settings.database_url)
    cat = Catalog(store)
    for tool in ("greet", "secret"):
        cat.create_securable("tool", tool)
    cat.grant("EXECUTE", "tool:greet", "alice")
    cat.grant("EXECUTE", "mcp_tool:ext.echo", "alice")
    yield cat
    store.dispose()


def _registry(cat: Catalog) -> ToolRegistry:
    sys.path.insert(0, str(HERE))
    try:
        import mcp_serve_tools
    finally:
        sys.path.remove(str(HERE))
    registry = ToolRegistry(cat)
    mcp_serve_tools.register(registry)
    register_mcp_tools(registry, McpServers(cat))
    return registry


def _serve_params(home: Path, principal: str):  # type: ignore[no-untyped-def]
    return mcp.StdioServerParameters(
        command=sys.executable,
        args=["-m", "charter.cli", "mcp", "serve", "--as", principal, "--tools", "mcp_serve_tools:register"],
        env={"CHARTER_HOME": str(home), "PYTHONPATH": str(HERE)},
    )


def test_stdio_serve_shows_exactly_the_granted_tools_and_refuses_hidden_ones(
        world: Catalog, home: Path, settings: Settings) -> None:
    async def session() -> dict:
        out: dict = {}
        async with mcp.Client(_serve_params(home, "alice"), read_timeout_seconds=60) as client:
            out["tools"] = sorted(t.name for t in (await client.list_tools()).tools)
            out["greet"] = await client.call_tool("greet", {"name": "bob"})
            out["echo"] = await client.call_tool("ext__echo", {"text": "mail erin@corp.com"})
            for name in ("secret", "no_such_tool"):
                with pytest.raises(mcp.MCPError) as refused:
                    await client.call_tool(name, {})
                out[name] = refused.value.error.message
        return out

    out = anyio.run(session)
    assert out["tools"] == ["ext__echo", "greet"]
    assert out["greet"].content[0].text == "hello bob" and not out["greet"].is_error
    echoed = out["echo"].content[0].text
    assert "erin@corp.com" not in echoed and "carol@example.com" not in echoed and "[EMAIL]" in echoed
    # A hidden tool and a missing one get the same answer: the listing leaks nothing.
    assert out["secret"] == "Unknown tool: secret"
    assert out["no_such_tool"] == "Unknown tool: no_such_tool"

    refusals = [a for a in world.audit_log(principal="alice") if not a.allowed]
    assert [(a.action, a.securable) for a in refusals] == [
        ("mcp serve tools/call", "tool:secret"), ("mcp serve tools/call", "tool:no_such_tool")]
    assert "alice lacks EXECUTE on tool:secret" in refusals[0].reason
    traces = {t.name: t for t in Tracer(settings, world.store).list(principal="alice")}
    assert {"mcp:greet", "mcp:ext__echo", "mcp:secret", "mcp:no_such_tool"} <= set(traces)
    assert traces["mcp:secret"].status == "error" and traces["mcp:greet"].status == "ok"


def test_another_principal_sees_nothing_it_was_not_granted(world: Catalog, settings: Settings) -> None:
    app = CharterMcp(world, _registry(world), Tracer(settings, world.store))
    world.grant("EXECUTE", "tool:secret", "bob")

    async def listing(principal: str) -> list[str]:
        server = build_server(app, lambda _ctx: principal, transport="stdio")
        async with mcp.Client(server, read_timeout_seconds=60) as client:
            return sorted(t.name for t in (await client.list_tools()).tools)

    assert anyio.run(listing, "bob") == ["secret"]
    assert anyio.run(listing, "alice") == ["ext__echo", "greet"]
    assert anyio.run(listing, "admin") == ["ext__add", "ext__crash", "ext__echo", "ext__hang", "greet", "secret"]


def test_a_failing_tool_is_an_error_result_not_a_dead_session(world: Catalog, settings: Settings) -> None:
    world.grant("EXECUTE", "tool:greet", "bob")
    app = CharterMcp(world, _registry(world), Tracer(settings, world.store))

    async def run() -> tuple:
        server = build_server(app, lambda _ctx: "bob", transport="stdio")
        async with mcp.Client(server, read_timeout_seconds=60) as client:
            bad = await client.call_tool("greet", {"nom": "x"})
            good = await client.call_tool("greet", {"name": "x"})
        return bad, good

    bad, good = anyio.run(run)
    assert bad.is_error and "tool 'greet': argument" in bad.content[0].text
    assert good.content[0].text == "hello x"


def test_serve_needs_a_principal(home: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "charter.cli", "mcp", "serve"], capture_output=True, text=True,
                         env={**os.environ, "CHARTER_HOME": str(home)}, timeout=60)
    assert out.returncode != 0
    assert "charter mcp serve --as NAME" in out.stderr


@pytest.fixture
def http_server(world: Catalog, settings: Settings) -> Iterator[tuple[str, TokenStore]]:
    import uvicorn

    tokens = TokenStore(world.store, world)
    app = http_app(CharterMcp(world, _registry(world), Tracer(settings, world.store)),
                   EdgeAuth(settings, tokens, failed_auth=FailedAuthLimit(settings, audit=world.audit)))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/mcp", tokens
    server.should_exit = True
    thread.join(10)


def test_http_maps_each_token_to_its_principal(http_server: tuple[str, TokenStore]) -> None:
    import httpx2
    from mcp.client.streamable_http import streamable_http_client

    url, tokens = http_server
    assert httpx.post(url, json={}).status_code == 401
    assert httpx.post(url, json={}, headers={"Authorization": "Bearer cht_forged"}).status_code == 401
    alice = tokens.issue("alice", label="claude desktop")

    async def listing(token: str) -> list[str]:
        http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=60)
        async with mcp.Client(streamable_http_client(url, http_client=http)) as client:
            names = sorted(t.name for t in (await client.list_tools()).tools)
            greeting = await client.call_tool("greet", {"name": "http"})
            assert greeting.content[0].text == "hello http"
            return names

    assert anyio.run(listing, alice) == ["ext__echo", "greet"]
    tokens.revoke(tokens.list("alice")[0].id)
    refused = httpx.post(url, json={}, headers={"Authorization": f"Bearer {alice}"})
    assert refused.status_code == 401 and "revoked" in refused.json()["message"]
    refusals = [e for e in tokens.catalog.audit_log(principal="(unauthenticated)") if not e.allowed]
    assert len(refusals) == 3 and refusals[-1].reason.endswith("was revoked")  # every 401 is audited
    # Bodies are capped before authentication reads them (the server's RequestGuard).

    host, port = url.removeprefix("http://").split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=20) as s:
        s.sendall(b"POST /mcp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 50000000\r\n\r\n")  # declared, never sent: answered without reading it
        reply = s.recv(65536)
    assert reply.startswith(b"HTTP/1.1 413"), reply


def test_http_failed_authentications_are_limited_per_client_like_the_api(world: Catalog, settings: Settings) -> None:
    """Issue 16: the MCP transport's bearer check did not use the per-client failed-authentication limit.
    It goes through the same ``FailedAuthLimit.refuse`` as the HTTP API: 401 audited with the client,
    then 429 with Retry-After, tallied once per window."""
    from starlette.testclient import TestClient

    from charter.models.limits import MemoryLimiter

    clock = [1_800_000_000.0]
    settings.server.unauthenticated_requests_per_minute = 2
    fa = FailedAuthLimit(settings, MemoryLimiter(clock=lambda: clock[0]), audit=world.audit, clock=lambda: clock[0])
    app = http_app(CharterMcp(world, _registry(world)), EdgeAuth(settings, TokenStore(world.store, world), failed_auth=fa))
    flood, other = TestClient(app), TestClient(app, client=("10.0.0.9", 4000))
    since = len(world.audit_log(limit=100_000))
    bad = {"Authorization": "Bearer cht_forged"}
    answers = [flood.post("/mcp", json={}, headers=h) for h in (bad, {}, bad, {})]
    assert [r.status_code for r in answers] == [401, 401, 429, 429]
    assert answers[2].json()["error"] == "rate_limited" and int(answers[2].headers["retry-after"]) >= 1
    assert "from client testclient (2)" in answers[2].json()["message"]
    refused = [e for e in world.audit_log(limit=100_000)[since:] if e.actor == "(unauthenticated)"]
    assert [(e.action, e.details.get("client")) for e in refused] == [("POST /mcp", "testclient")] * 2
    assert other.post("/mcp", json={}, headers=bad).status_code == 401  # another client has its own count
    assert fa.flush(everything=True) == 1  # the two past the limit: one record
    assert world.audit_log(limit=100_000)[-1].reason.startswith("2 refused unauthenticated requests")


class Words(BaseModel):
    text: str


def test_agents_are_served_to_the_principals_that_may_execute_them(world: Catalog, settings: Settings) -> None:
    def shout(inputs: Words) -> Words:
        return Words(text=inputs.text.upper())

    agents = AgentRegistry(load_entry_points=False)
    agents.register("shouter", lambda: Agent("shouter", PythonStep("shout", shout), description="Shouts."))
    agents.register("ungoverned", lambda: Agent("ungoverned", PythonStep("shout", shout)))
    world.create_principal("shouter", "agent")  # also the securable agent:shouter
    world.grant("EXECUTE", "agent:shouter", "alice")
    tracer = Tracer(settings, world.store)
    registry = _registry(world)
    governed = {s.name for s in world.securables("agent")}
    assert register_agents(registry, agents, lambda p: RunContext(principal=p, catalog=world, tracer=tracer),
                           governed=governed) == ["agent__shouter"]
    app = CharterMcp(world, registry, tracer)

    async def run(principal: str) -> tuple:
        server = build_server(app, lambda _ctx: principal, transport="stdio")
        async with mcp.Client(server, read_timeout_seconds=60) as client:
            names = sorted(t.name for t in (await client.list_tools()).tools)
            result = await client.call_tool("agent__shouter", {"text": "hi"}) if "agent__shouter" in names else None
        return names, result

    names, result = anyio.run(run, "alice")
    assert names == ["agent__shouter", "ext__echo", "greet"]
    assert result.structured_content == {"text": "HI"}
    assert "agent__shouter" not in anyio.run(run, "bob")[0]
    trace = tracer.get(tracer.list(principal="alice", limit=1)[0].trace_id)
    assert trace.name == "mcp:agent__shouter"
    assert any(s.name == "agent:shouter" for s in trace.spans)


def test_charter_can_govern_another_charter_over_http(http_server: tuple[str, TokenStore]) -> None:
    url, tokens = http_server
    spec = ServerSpec(transport="http", url=url, timeout_s=60,
                      headers={"Authorization": f"Bearer {tokens.issue('alice')}"})
    assert sorted(t.name for t in list_tools(spec, server="upstream")) == ["ext__echo", "greet"]
    assert call_tool(spec, "greet", {"name": "peer"}, server="upstream").text == "hello peer"
    spec.headers["Authorization"] = "Bearer cht_wrong"
    with pytest.raises(McpServerError, match=r"MCP server .upstream. \(tools/list\) refused the request: HTTP 401"):
        list_tools(spec, server="upstream")

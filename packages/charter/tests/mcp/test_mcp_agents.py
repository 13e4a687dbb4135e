"""An agent served over MCP answers with its view: readable text as the content, the typed structure as
structured content (declared as the tool's output schema), checked with the official MCP client."""

from __future__ import annotations

import anyio
from pydantic import BaseModel

from charter.agents import Agent, AgentRegistry, PythonStep, RunContext
from charter.agents.views import Paragraph, Rendering, View, ViewRegistry
from charter.catalog import Catalog
from charter.mcp.agents import register_agents
from charter.mcp.server import CharterMcp, build_server
from charter.settings import Settings
from charter.testing import require_module
from charter.tools import ToolRegistry
from charter.tracing import Tracer


class Ask(BaseModel):
    question: str


class Priced(BaseModel):
    question: str
    columns: list[str]
    rows: list[list[str | float]]


def price(inp: Ask) -> Priced:
    return Priced(question=inp.question, columns=["ticker", "close"], rows=[["APXM", 101234.5]])


class PriceView(View):
    def render(self, output, *, trace_id=None):  # type: ignore[no-untyped-def]
        text = f"{output.rows[0][0]} closed at {output.rows[0][1]:,.2f} EUR."
        return Rendering(summary=text, blocks=[Paragraph(text=text)])


def _serve(catalog: Catalog, settings: Settings, views: ViewRegistry | None) -> tuple[CharterMcp, Tracer]:
    agents = AgentRegistry(load_entry_points=False)
    for name in ("pricer", "plain"):
        agents.register(name, lambda name=name: Agent(name, PythonStep("price", price), description="Prices."))
        catalog.create_principal(name, "agent")
        catalog.grant("EXECUTE", f"agent:{name}", "alice")
    tracer = Tracer(settings, catalog.store)
    registry = ToolRegistry(catalog)
    register_agents(registry, agents, lambda p: RunContext(principal=p, catalog=catalog, tracer=tracer), views=views)
    return CharterMcp(catalog, registry, tracer), tracer


def test_an_agent_tool_answers_with_its_view_text_and_its_structure(catalog: Catalog, settings: Settings) -> None:
    mcp = require_module("mcp", "mcp")
    views = ViewRegistry(load_entry_points=False)
    views.register("pricer", PriceView)
    app, tracer = _serve(catalog, settings, views)

    async def run() -> tuple:
        server = build_server(app, lambda _ctx: "alice", transport="stdio")
        async with mcp.Client(server, read_timeout_seconds=60) as client:
            tools = {t.name: t for t in (await client.list_tools()).tools}
            return tools, await client.call_tool("agent__pricer", {"question": "APXM?"}), \
                await client.call_tool("agent__plain", {"question": "APXM?"})

    tools, viewed, plain = anyio.run(run)
    assert tools["agent__pricer"].output_schema["properties"]["rows"]["type"] == "array"
    assert not viewed.is_error and [c.text for c in viewed.content] == ["APXM closed at 101,234.50 EUR."]
    assert viewed.structured_content == {"question": "APXM?", "columns": ["ticker", "close"],
                                         "rows": [["APXM", 101234.5]]}
    # without a view of its own: the default view's Markdown, never the JSON of the output
    text = plain.content[0].text
    assert "| ticker | close |" in text and "| APXM | 101,234.50 |" in text and "**Question:** APXM?" in text
    assert not text.lstrip().startswith("{") and plain.structured_content == viewed.structured_content
    trace_id = tracer.list(principal="alice", limit=1)[0].trace_id
    assert f"`{trace_id}`" in text


def test_a_call_past_the_request_timeout_is_an_error_and_cancels_the_agent_run(catalog: Catalog,
                                                                               settings: Settings) -> None:
    """The limit passes while the agent's first step runs: the client gets an error result naming
    `[server] request_timeout_s` before that step ends, the run stops before its second step, the call's
    trace ends `cancelled`, and the refusal is audited."""
    import threading
    import time

    mcp = require_module("mcp", "mcp")
    release = threading.Event()

    def first(q: Ask) -> Ask:
        release.wait(30)  # still running when the call is answered
        return q

    app, tracer, ran = _slow_agent(catalog, settings, first, timeout_s=0.5)

    async def run() -> tuple:
        server = build_server(app, lambda _ctx: "alice", transport="stdio")
        async with mcp.Client(server, read_timeout_seconds=60) as client:
            result = await client.call_tool("agent__slow", {"question": "q"})
            return result, not release.is_set()

    try:
        result, answered_before_the_step_ended = anyio.run(run)
    finally:
        release.set()
    assert answered_before_the_step_ended
    assert result.is_error and "request_timeout_s" in result.content[0].text, result
    deadline = time.monotonic() + 30
    while not (done := tracer.list(principal="alice")) and time.monotonic() < deadline:
        time.sleep(0.05)
        tracer.flush()
    assert done and done[0].status == "cancelled" and ran == []
    spans = tracer.get(done[0].trace_id).spans
    assert "step:second" not in [s.name for s in spans]   # (a loaded machine may cancel it before step:first)
    refused = [e for e in catalog.audit_log(limit=1000) if e.action == "mcp serve tools/call" and not e.allowed]
    assert refused and refused[-1].actor == "alice" and refused[-1].securable == "agent:slow"
    assert "request_timeout_s" in refused[-1].reason


def test_a_call_the_client_cancels_cancels_its_agent_run(catalog: Catalog, settings: Settings) -> None:
    """The client gives up on a call (`notifications/cancelled`): the agent's first step sees its run
    cancelled, the second never starts, and the call's trace ends `cancelled`."""
    import threading
    import time

    mcp = require_module("mcp", "mcp")
    saw, started = threading.Event(), threading.Event()

    def first(q: Ask, ctx: RunContext) -> Ask:
        started.set()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not saw.is_set():
            if ctx.cancellation is not None and ctx.cancellation.cancelled:
                saw.set()
            time.sleep(0.01)
        return q

    app, tracer, ran = _slow_agent(catalog, settings, first, timeout_s=600)

    async def run() -> None:
        server = build_server(app, lambda _ctx: "alice", transport="stdio")
        async with mcp.Client(server, read_timeout_seconds=60) as client:
            scope = anyio.CancelScope()

            async def call() -> None:
                with scope:
                    await client.call_tool("agent__slow", {"question": "q"})

            async with anyio.create_task_group() as tg:
                tg.start_soon(call)
                await anyio.to_thread.run_sync(started.wait, 30)
                scope.cancel()  # once the run is in its first step, the client stops waiting and cancels the request
            await anyio.to_thread.run_sync(saw.wait, 30)

    anyio.run(run)
    assert saw.is_set()
    deadline = time.monotonic() + 30
    while not (done := tracer.list(principal="alice")) and time.monotonic() < deadline:
        time.sleep(0.05)
        tracer.flush()
    assert done and done[0].status == "cancelled" and ran == []


def _slow_agent(catalog: Catalog, settings: Settings, first, *, timeout_s: float) -> tuple:
    """An MCP app serving the agent ``slow`` (steps ``first``, then ``second``, which records its question in
    ``ran``) to alice; (app, tracer, ran)."""
    from charter.agents import Sequence

    ran: list[str] = []

    def second(q: Ask) -> Ask:
        ran.append(q.question)
        return q

    agents = AgentRegistry(load_entry_points=False)
    agents.register("slow", lambda: Agent("slow", Sequence("flow", [PythonStep("first", first),
                                                                    PythonStep("second", second)])))
    catalog.create_principal("slow", "agent")
    catalog.grant("EXECUTE", "agent:slow", "alice")
    tracer = Tracer(settings, catalog.store)
    registry = ToolRegistry(catalog)
    register_agents(registry, agents, lambda p: RunContext(principal=p, catalog=catalog, tracer=tracer))
    return CharterMcp(catalog, registry, tracer, timeout_s=timeout_s), tracer, ran

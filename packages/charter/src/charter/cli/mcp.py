"""`charter mcp serve | add | sync | list | remove | token`: MCP, governed."""

from __future__ import annotations

import importlib

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console
from charter.errors import ConfigError, InvalidInput

mcp_app = typer.Typer(help="MCP, governed: serve Charter's tools to MCP clients; govern external MCP servers.",
                      no_args_is_help=True)
token_app = typer.Typer(help="Bearer tokens for `charter mcp serve --transport http`.", no_args_is_help=True)
mcp_app.add_typer(token_app, name="token")


def register(app: typer.Typer) -> None:
    app.add_typer(mcp_app, name="mcp")


def _charter():  # type: ignore[no-untyped-def]
    # Imported here so `charter --version` loads neither the store nor the MCP SDK.
    from charter.runtime import Charter

    return Charter.open()


def _servers(charter):  # type: ignore[no-untyped-def]
    from charter.mcp import McpServers

    return McpServers(charter.catalog)


def _load_tools(registry, specs: list[str]) -> None:  # type: ignore[no-untyped-def]
    for spec in specs:
        module_name, _, attr = spec.partition(":")
        if not module_name or not attr:
            raise InvalidInput(f"--tools '{spec}' must be MODULE:FUNCTION, a function that takes the tool registry")
        try:
            fn = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"cannot load --tools '{spec}': {exc}") from None
        fn(registry)


def _context_factory(charter, registry):  # type: ignore[no-untyped-def]
    def context(principal: str):  # type: ignore[no-untyped-def]
        return charter.run_context(principal, tools=registry)

    return context


@mcp_app.command("serve")
def serve(
    transport: str = typer.Option("stdio", "--transport", help="stdio (one principal, --as) or http (bearer tokens)."),
    as_: str | None = typer.Option(None, "--as", help="Principal a stdio client acts as (required for stdio)."),
    host: str = typer.Option("127.0.0.1", "--host", help="HTTP: interface to listen on."),
    port: int = typer.Option(8766, "--port", help="HTTP: port to listen on."),
    tools: list[str] = typer.Option([], "--tools", help="MODULE:FUNCTION that registers more tools (repeatable)."),
    agents: bool = typer.Option(True, "--agents/--no-agents", help="Also serve the registered agents."),
) -> None:
    """Serve the tools (and agents) a principal may EXECUTE to any MCP client."""
    from charter.mcp.server import CharterMcp, serve_http, serve_stdio
    from charter.mcp.tokens import TokenStore
    from charter.mcp.tools import register_mcp_tools
    from charter.tools import ToolRegistry

    if transport not in ("stdio", "http"):
        raise InvalidInput(f"unknown transport '{transport}'; use stdio or http")
    if transport == "stdio" and not as_:
        raise InvalidInput("name the principal the client acts as: charter mcp serve --as NAME")
    charter = _charter()
    registry = ToolRegistry(charter.catalog)
    register_mcp_tools(registry, _servers(charter))
    _load_tools(registry, tools)
    if agents:
        from charter.agents import AgentRegistry
        from charter.mcp.agents import register_agents
        from charter.server.app import AgentRunner

        governed = {s.name for s in charter.catalog.securables("agent")}
        agent_registry = AgentRegistry()
        # the version that answers is chosen as on the HTTP server: the champion, or the rollout's pick
        register_agents(registry, agent_registry, _context_factory(charter, registry), governed=governed,
                        router=AgentRunner(charter, agent_registry))
    # one call obeys the HTTP API's request timeout; an agent run past it is cancelled before its next step
    app = CharterMcp(charter.catalog, registry, charter.tracer, timeout_s=charter.settings.server.request_timeout_s)
    if transport == "stdio":
        serve_stdio(app, as_ or "")
    else:
        # stdout is free over HTTP, so say where we are (over stdio it carries the protocol).
        console.print(f"serving MCP on http://{host}:{port}/mcp  (Authorization: Bearer <token>)")
        from charter.server.auth import EdgeAuth

        # the HTTP API's authentication: Charter tokens and OIDC JWTs, its limits and its audit
        edge = EdgeAuth(charter.settings, TokenStore(charter.store, charter.catalog))
        limits = charter.settings.server
        serve_http(app, edge, host=host, port=port, max_body_bytes=limits.max_body_bytes,
                   shutdown_timeout_s=limits.shutdown_timeout_s)


@mcp_app.command("add")
def add(
    name: str = typer.Argument(..., help="Name of the server in the catalog (mcp_server:NAME)."),
    command: str | None = typer.Option(None, "--command", help="Command line of a stdio server."),
    url: str | None = typer.Option(None, "--url", help="Streamable HTTP endpoint of a remote server."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds one call may take, connecting included."),
    env: list[str] = typer.Option([], "--env", help="KEY=VALUE for a stdio server's environment (repeatable)."),
    sync_now: bool = typer.Option(True, "--sync/--no-sync", help="Discover its tools right away."),
    as_: str = typer.Option("admin", "--as", help="Principal registering it (becomes its owner)."),
) -> None:
    """Register an external MCP server as a securable and discover its tools."""
    from charter.mcp import ServerSpec

    pairs = {}
    for item in env:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InvalidInput(f"--env '{item}' must be KEY=VALUE")
        pairs[key] = value
    charter = _charter()
    servers = _servers(charter)
    spec = ServerSpec.of(command=command, url=url, timeout_s=timeout, env=pairs)
    servers.add(name, spec, actor=as_)
    console.print(f"registered mcp_server:{escape(name)}  ({escape(spec.target)})", highlight=False)
    if sync_now:
        _print_report(servers.sync(name, actor=as_))


@mcp_app.command("sync")
def sync(
    name: str = typer.Argument(..., help="A registered server."),
    as_: str = typer.Option("admin", "--as", help="Principal syncing it (needs MANAGE on the server)."),
) -> None:
    """Re-discover a server's tools: new ones start with no grants, vanished ones are dropped."""
    _print_report(_servers(_charter()).sync(name, actor=as_))


def _print_report(report) -> None:  # type: ignore[no-untyped-def]
    for label, names, colour in (("added", report.added, "green"), ("changed", report.changed, "yellow"),
                                 ("removed", report.removed, "red")):
        for n in names:
            console.print(f"[{colour}]{label:8}[/] mcp_tool:{escape(report.server)}.{escape(n)}", highlight=False)
    console.print(f"{report.server}: {len(report.added)} added, {len(report.changed)} changed, "
                  f"{len(report.removed)} removed, {len(report.unchanged)} unchanged", highlight=False)


@mcp_app.command("list")
def list_() -> None:
    """The registered servers and their discovered tools."""
    servers = _servers(_charter())
    table = Table("server", "target", "tool", "description", title="MCP servers", title_justify="left")
    for name in servers.names():
        spec = servers.spec(name)
        tools = servers.tools(name)
        if not tools:
            table.add_row(escape(name), escape(spec.target), "-", "(not synced)")
        for i, tool in enumerate(tools):
            table.add_row(escape(name) if i == 0 else "", escape(spec.target) if i == 0 else "",
                          escape(tool.name), escape(tool.description.splitlines()[0] if tool.description else ""))
    console.print(table)


@mcp_app.command("remove")
def remove(
    name: str = typer.Argument(..., help="A registered server."),
    as_: str = typer.Option("admin", "--as", help="Principal removing it."),
) -> None:
    """Unregister a server; its tools and their grants go with it."""
    _servers(_charter()).remove(name, actor=as_)
    console.print(f"removed mcp_server:{escape(name)}", highlight=False)


@token_app.command("create")
def token_create(
    principal: str = typer.Argument(..., help="Principal the token acts as."),
    label: str = typer.Option("", "--label", help="What the token is for."),
    days: float | None = typer.Option(None, "--days", help="Expire after this many days."),
    as_: str = typer.Option("admin", "--as", help="Principal issuing it (an admin, or the principal itself)."),
) -> None:
    """Issue a token; it is printed once and only its hash is kept."""
    from charter.mcp import TokenStore

    charter = _charter()
    token = TokenStore(charter.store, charter.catalog).issue(principal, actor=as_, label=label, ttl_days=days)
    console.print(token, highlight=False, soft_wrap=True)


@token_app.command("list")
def token_list(principal: str | None = typer.Option(None, "--principal", help="Only this principal's.")) -> None:
    """Tokens by id, principal and state (never the token itself)."""
    from charter.mcp import TokenStore

    charter = _charter()
    table = Table("id", "prefix", "principal", "label", "created", "expires", "state", title_justify="left")
    for t in TokenStore(charter.store, charter.catalog).list(principal):
        table.add_row(str(t.id), t.prefix + "...", escape(t.principal), escape(t.label),
                      f"{t.created_at:%Y-%m-%d}", f"{t.expires_at:%Y-%m-%d}" if t.expires_at else "-",
                      "revoked" if t.revoked else "active")
    console.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: int = typer.Argument(..., help="Token id (see `charter mcp token list`)."),
    as_: str = typer.Option("admin", "--as", help="Principal revoking it."),
) -> None:
    """Revoke a token: the next request that presents it gets 401."""
    from charter.mcp import TokenStore

    charter = _charter()
    TokenStore(charter.store, charter.catalog).revoke(token_id, actor=as_)
    console.print(f"revoked token {token_id}")

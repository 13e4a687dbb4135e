"""`charter mcp serve`: Charter's governed tools (and agents) offered to any MCP client.

A client sees exactly the tools its principal may EXECUTE: `tools/list` is filtered through the
catalog, and `tools/call` of a tool the principal may not execute answers "Unknown tool" — the
same answer a tool that does not exist gets, so the listing leaks nothing — while the refusal,
with its real reason, goes to the audit log. Every call is one trace (`mcp:<tool>`), refused or
not; the tool runs through the tool registry, which checks, audits and spans it again.

Over stdio the principal is fixed when the server is started (`--as`): whoever can start a
process here already holds the store. Over HTTP every request carries `Authorization: Bearer
<token>` (a Charter token or an OIDC issuer's JWT), mapped to a principal per request, not per
session, by the HTTP API's own authentication (``charter.server.auth.EdgeAuth``: the same limits,
401 audited, 429 past the client's failed-authentication limit).
"""

from __future__ import annotations

import functools
import json
import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from charter.agents.context import Cancellation
from charter.agents.views import ServedAnswer
from charter.catalog import Catalog
from charter.errors import CharterError, RateLimited, Timeout, Unauthenticated, http_status
from charter.mcp.agents import cancellable
from charter.mcp.guardrails import TextRedactor, pii_redactor, redact_value
from charter.tools import Tool, ToolRegistry
from charter.tracing import NOOP, Tracer

if TYPE_CHECKING:
    from charter.server.auth import EdgeAuth

log = logging.getLogger(__name__)

PRINCIPAL_KEY = "charter.principal"  # where the HTTP auth middleware leaves the caller in the ASGI scope


class ToolRefused(CharterError):
    """A call of a tool the principal may not see (or that does not exist)."""

    code = "unknown_tool"


class CharterMcp:
    """The governed view of a tool registry that the MCP server serves (transport-free, testable)."""

    def __init__(self, catalog: Catalog, registry: ToolRegistry, tracer: Tracer | None = None, *,
                 redactor: TextRedactor | None = None, timeout_s: float | None = None) -> None:
        self.catalog = catalog
        self.registry = registry
        self.tracer = tracer
        self.redact = redactor or pii_redactor()
        self.timeout_s = timeout_s  # one call's limit (`charter mcp serve`: [server] request_timeout_s)

    def visible(self, principal: str) -> list[Tool]:
        """The registered tools this principal may EXECUTE, by name."""
        out = []
        for name in self.registry.names():
            tool = self.registry.get(name)
            if self.catalog.check(principal, "EXECUTE", tool.securable).allowed:
                out.append(tool)
        return out

    def call(self, principal: str, name: str, arguments: dict[str, Any] | None, *,
             transport: str = "stdio", cancellation: Cancellation | None = None) -> tuple[Any, bool]:
        """Run one `tools/call` for a principal: (result, is_error). Raises ToolRefused when hidden.
        ``cancellation`` stops an agent run inside before its next step (its trace ``cancelled``)."""
        request_id = uuid.uuid4().hex
        args = dict(arguments or {})
        root = self.tracer.trace(f"mcp:{name}", principal=principal, kind="tool",
                                 inputs=redact_value(args, self.redact), transport=transport,
                                 request_id=request_id) if self.tracer else NOOP
        with root:
            # Looked up without `registry.get`, whose did-you-mean could name a hidden tool.
            tool = self.registry.get(name) if name in self.registry.names() else None
            securable = tool.securable if tool is not None else f"tool:{name}"
            decision = self.catalog.check(principal, "EXECUTE", securable) if tool is not None else None
            if decision is None or not decision.allowed:
                reason = decision.reason if decision is not None else f"no tool named '{name}' is registered"
                self.catalog.audit(actor=principal, action="mcp serve tools/call", securable=securable,
                                   allowed=False, reason=reason, request_id=request_id,
                                   details={"transport": transport})
                raise ToolRefused(f"Unknown tool: {name}")
            try:
                with cancellable(cancellation):
                    result = self.registry.invoke(name, args, principal=principal, request_id=request_id,
                                                  cancellation=cancellation)
            except CharterError as exc:
                root.set_attribute("tool_error", exc.code)
                if exc.code == "cancelled":  # the call's trace ends `cancelled` as its run did
                    root.set_error(exc)
                return exc.message, True
            root.set_outputs(result)
            return result, False

    def timed_out(self, principal: str, name: str, cancellation: Cancellation, *,
                  transport: str = "stdio") -> tuple[str, bool]:
        """A call past ``timeout_s``: cancel its run (it stops before its next step), audit the refusal,
        and the error result to answer."""
        limit = f"{self.timeout_s:g} s" if self.timeout_s is not None else "its limit"
        cancellation.cancel(f"its MCP call took longer than the server's limit of {limit} and was answered "
                            "with a timeout error")
        exc = Timeout(f"the call of '{name}' took longer than the server's limit of {limit} "
                      "([server] request_timeout_s); an agent run it started stops before its next step")
        tool = self.registry.get(name) if name in self.registry.names() else None
        self.catalog.audit(actor=principal, action="mcp serve tools/call",
                           securable=tool.securable if tool is not None else f"tool:{name}", allowed=False,
                           reason=exc.message, details={"transport": transport, "code": exc.code})
        return exc.message, True


def to_call_result(value: Any, is_error: bool) -> Any:
    """A tool's return value as an MCP CallToolResult (text always; structured when it is an object).

    An agent's answer gives its view's text as the content and its typed structure as the
    structured content, so a client shows people the answer, not a JSON dump.
    """
    import mcp_types as types

    if isinstance(value, ServedAnswer):
        structured = value.output if isinstance(value.output, dict) and not is_error else None
        return types.CallToolResult(content=[types.TextContent(text=value.text)], structured_content=structured,
                                    is_error=is_error)
    if isinstance(value, str):
        text, structured = value, None
    else:
        text = json.dumps(value, default=str, ensure_ascii=False)
        structured = value if isinstance(value, dict) and not is_error else None
    return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=structured,
                                is_error=is_error)


def build_server(app: CharterMcp, principal_of: Callable[[Any], str], *, transport: str) -> Any:
    """The SDK's low-level Server with Charter's list and call handlers."""
    import anyio
    import mcp_types as types
    from mcp.server import Server
    from mcp.server.caching import CacheHint
    from mcp.shared.exceptions import MCPError
    from mcp_types import INVALID_PARAMS

    from charter import __version__

    async def list_tools(ctx: Any, params: Any) -> Any:
        principal = principal_of(ctx)
        tools = await anyio.to_thread.run_sync(app.visible, principal)
        return types.ListToolsResult(tools=[
            types.Tool(name=t.name, description=t.description or None, input_schema=_object_schema(t.parameters),
                       output_schema=t.output_schema)
            for t in tools])

    async def call_tool(ctx: Any, params: Any) -> Any:
        principal = principal_of(ctx)
        cancellation = Cancellation()
        call = functools.partial(app.call, principal, params.name, params.arguments, transport=transport,
                                 cancellation=cancellation)
        try:
            # abandoned at the limit (the thread finishes on its own; an agent run on it stops before its
            # next step), so the client is answered on time, as the HTTP API answers 504
            with anyio.fail_after(app.timeout_s):
                value, is_error = await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
        except ToolRefused as exc:
            raise MCPError(INVALID_PARAMS, exc.message) from None
        except TimeoutError:
            value, is_error = await anyio.to_thread.run_sync(functools.partial(
                app.timed_out, principal, params.name, cancellation, transport=transport))
        except anyio.get_cancelled_exc_class():  # the client cancelled the call (or the session ended)
            cancellation.cancel("its MCP call was cancelled by the client")
            raise
        return to_call_result(value, is_error)

    # The listing depends on the caller and on grants that may change at any moment: a client
    # must neither share it across authorization contexts nor keep it.
    hints = {"tools/list": CacheHint(ttl_ms=0, scope="private")}
    return Server("charter", version=__version__, title="Charter",
                  instructions="Governed tools and agents: you see what your principal may execute.",
                  cache_hints=hints, on_list_tools=list_tools, on_call_tool=call_tool)


def _object_schema(schema: dict[str, Any]) -> dict[str, Any]:
    schema = dict(schema or {})
    schema.setdefault("type", "object")
    return schema


def serve_stdio(app: CharterMcp, principal: str) -> None:
    """Serve over stdin/stdout as one fixed principal until the client closes the pipe."""
    import anyio
    from mcp.server.stdio import stdio_server

    app.catalog.principal(principal)  # NotFound names an unknown principal before the client connects
    server = build_server(app, lambda _ctx: principal, transport="stdio")

    async def run() -> None:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    anyio.run(run)


def _principal_from_scope(ctx: Any) -> str:
    request = getattr(ctx, "request", None)
    principal = request.scope.get(PRINCIPAL_KEY) if request is not None else None
    if not principal:  # the middleware refuses such requests; this guards a misassembled app
        raise Unauthenticated("no authenticated principal on this request")
    return principal


class BearerAuth:
    """ASGI middleware: map `Authorization: Bearer <token>` to a principal, or refuse it.

    It calls the HTTP API's own authentication, ``EdgeAuth.authenticate_bearer`` (charter.server.auth):
    the same tokens (Charter's and the ``[server.oidc.NAME]`` issuers' JWTs, mapped to the same
    principals), the same per-token and per-principal limits, the same per-client failed-authentication
    limit (401 audited with its reason and client; 429 with Retry-After past it) and the same audit.
    """

    def __init__(self, app: Any, edge: EdgeAuth) -> None:
        self.app = app
        self.edge = edge

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        import time

        import anyio

        from charter.server.limits import client_ip, retry_after

        header = dict(scope.get("headers") or []).get(b"authorization", b"").decode("latin-1")
        what = f"{scope.get('method', '?')} {scope.get('path', '')}"
        try:
            principal = await anyio.to_thread.run_sync(functools.partial(
                self.edge.authenticate_bearer, header, client=client_ip(scope), action=what))
        except CharterError as answer:  # refused (and audited or tallied) by EdgeAuth
            status, extra = http_status(answer), []
            if isinstance(answer, RateLimited):
                extra = [(b"retry-after", retry_after(time.time()).encode())]
            elif isinstance(answer, Unauthenticated):
                extra = [(b"www-authenticate", b'Bearer realm="charter"')]
            error = "unauthorized" if status == 401 else answer.code
            body = json.dumps({"error": error, "message": answer.message}).encode()
            await send({"type": "http.response.start", "status": status,
                        "headers": [(b"content-type", b"application/json"), *extra]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app({**scope, PRINCIPAL_KEY: principal}, receive, send)


def http_app(app: CharterMcp, edge: EdgeAuth, *, host: str = "127.0.0.1", path: str = "/mcp",
             max_body_bytes: int = 1_048_576) -> Any:
    """An ASGI app serving MCP over Streamable HTTP at `path`, every request authenticated by ``edge``
    (the HTTP API's authentication: its tokens, limits and audit), bodies capped (413, before
    authentication: the server's ``RequestGuard``; no request timeout, since MCP's event streams are
    long-lived)."""
    from charter.server.limits import RequestGuard

    server = build_server(app, _principal_from_scope, transport="http")
    inner = server.streamable_http_app(streamable_http_path=path, host=host)
    return RequestGuard(BearerAuth(inner, edge), max_body_bytes=max_body_bytes, timeout_s=None,
                        audit=edge.catalog.audit)


def serve_http(app: CharterMcp, edge: EdgeAuth, *, host: str = "127.0.0.1", port: int = 8766,
               max_body_bytes: int = 1_048_576, shutdown_timeout_s: float = 10.0) -> None:
    """Serve MCP over Streamable HTTP with uvicorn until interrupted (or SIGTERM, after the grace)."""
    import uvicorn

    uvicorn.run(http_app(app, edge, host=host, max_body_bytes=max_body_bytes),
                host=host, port=port, proxy_headers=False,  # the client is the socket's peer, never a header
                log_level="warning", timeout_graceful_shutdown=shutdown_timeout_s)

"""Talking to an external MCP server: list its tools, call one, within a hard deadline.

Each call opens its own connection (spawns the stdio command, or opens the HTTP session) and
closes it afterwards: a server that crashed or wedged on one call cannot poison the next, and
there is no connection state to keep consistent with an agent run. The SDK is async; the
calls run on one background event loop per process so that sync callers (tools, agents) and
async callers (the MCP server's handlers) share one code path, and the caller's deadline holds
even while the SDK is still tearing a dead server down.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import shlex
import sys
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from charter.errors import ConfigError, InvalidInput, ProviderError, Timeout

T = TypeVar("T")


class McpServerError(ProviderError):
    """An external MCP server crashed, closed the connection or answered with a malformed message."""

    code = "mcp_server_error"


class ServerSpec(BaseModel):
    """How to reach one external MCP server (kept in the properties of its `mcp_server:` securable)."""

    model_config = ConfigDict(extra="forbid")

    transport: Literal["stdio", "http"]
    command: list[str] = Field(default_factory=list, description="argv of a stdio server")
    url: str | None = Field(None, description="Streamable HTTP endpoint, e.g. http://host:8000/mcp")
    env: dict[str, str] = Field(default_factory=dict)
    headers: dict[str, str] = Field(default_factory=dict)
    timeout_s: float = Field(30.0, gt=0, description="deadline of one call: connect + request + answer")

    @model_validator(mode="after")
    def _one_target(self) -> ServerSpec:
        if self.transport == "stdio" and not self.command:
            raise ValueError("a stdio server needs a command")
        if self.transport == "http" and not self.url:
            raise ValueError("an http server needs a url")
        return self

    @classmethod
    def of(cls, *, command: str | list[str] | None = None, url: str | None = None,
           timeout_s: float = 30.0, env: dict[str, str] | None = None) -> ServerSpec:
        """A spec from a command line (a string is split like a shell would) or a URL."""
        if (command is None) == (url is None):
            raise InvalidInput("give exactly one of --command and --url")
        try:
            if command is not None:
                argv = shlex.split(command) if isinstance(command, str) else list(command)
                return cls(transport="stdio", command=argv, timeout_s=timeout_s, env=env or {})
            if not url or not url.startswith(("http://", "https://")):
                raise InvalidInput(f"MCP server URL '{url}' must start with http:// or https://")
            return cls(transport="http", url=url, timeout_s=timeout_s, env=env or {})
        except ValidationError as exc:
            raise InvalidInput(f"invalid MCP server: {exc.errors()[0]['msg']}") from None

    @property
    def target(self) -> str:
        """A one-line description for messages and listings."""
        return shlex.join(self.command) if self.transport == "stdio" else str(self.url)


@dataclass(frozen=True)
class RemoteTool:
    """One tool as an external server lists it."""

    name: str
    description: str
    input_schema: dict[str, Any]

    @property
    def fingerprint(self) -> str:
        """Changes when the description or the schema changes (a re-sync reports it)."""
        body = json.dumps([self.description, self.input_schema], sort_keys=True, default=str)
        return hashlib.sha256(body.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class RemoteResult:
    """A tool's answer: its text blocks, structured content when given, and the error flag."""

    text: str
    structured: Any = None
    is_error: bool = False
    content: list[dict[str, Any]] = field(default_factory=list)


def _sdk() -> Any:
    from charter.plugins import optional_import

    return optional_import("mcp", "mcp", purpose="MCP")


class _Loop:
    """One daemon thread running an asyncio loop for every MCP client call in the process."""

    _lock = threading.Lock()
    _loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def get(cls) -> asyncio.AbstractEventLoop:
        with cls._lock:
            if cls._loop is None or cls._loop.is_closed():
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="charter-mcp-client", daemon=True).start()
                cls._loop = loop
            return cls._loop


def run_with_deadline(factory: Callable[[], Awaitable[T]], deadline_s: float, what: str) -> T:
    """Run a coroutine on the client loop; raise Timeout at the deadline whatever the SDK is doing."""
    future = asyncio.run_coroutine_threadsafe(_bounded(factory, deadline_s, what), _Loop.get())
    try:
        # The SDK tears a dead stdio server down under a shield (close stdin, wait, kill), which can
        # outlast the deadline; the caller gets its answer on time and the reaping goes on behind.
        return future.result(timeout=deadline_s + 0.1)
    except FutureTimeout:
        future.cancel()  # the SDK's shielded teardown still reaps the process in the background
        raise Timeout(f"{what} did not answer within {deadline_s:g} s") from None


async def _bounded(factory: Callable[[], Awaitable[T]], deadline_s: float, what: str) -> T:
    try:
        async with asyncio.timeout(deadline_s):
            return await factory()
    except TimeoutError:
        raise Timeout(f"{what} did not answer within {deadline_s:g} s") from None
    except (Timeout, McpServerError, ConfigError):
        raise
    except ValidationError as exc:
        raise McpServerError(f"{what} sent a malformed message: {_first_line(exc)}") from None
    except BaseExceptionGroup as group:  # anyio task groups wrap the real failure
        raise _translate(_leaf(group), what) from None
    except Exception as exc:
        raise _translate(exc, what) from None


def _leaf(group: BaseExceptionGroup) -> BaseException:
    exc: BaseException = group
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _reraise() -> BaseException:
    """The exception being handled, to re-raise unchanged when there is nothing clearer to say."""
    exc = sys.exc_info()[1]
    assert exc is not None
    return exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _translate(exc: BaseException, what: str) -> Exception:
    if isinstance(exc, Timeout | McpServerError | ConfigError):
        return exc
    if isinstance(exc, TimeoutError):
        return Timeout(f"{what} did not answer in time")
    if isinstance(exc, ValidationError):
        return McpServerError(f"{what} sent a malformed message: {_first_line(exc)}")
    if isinstance(exc, FileNotFoundError | PermissionError):
        return McpServerError(f"{what} could not be started: {exc}")
    mcp = _sdk()
    if isinstance(exc, mcp.MCPError):
        message = exc.error.message if getattr(exc, "error", None) else str(exc)
        if "closed" in message.lower():
            return McpServerError(f"{what} failed: the server closed the connection (it crashed or exited)")
        return McpServerError(f"{what} failed: {message}")
    return McpServerError(f"{what} failed: {type(exc).__name__}: {_first_line(exc)}")


class _Session:
    """An SDK client for one call, and the HTTP error statuses seen on the way (the SDK hides them)."""

    def __init__(self, spec: ServerSpec, what: str) -> None:
        mcp = _sdk()
        self.what = what
        self.statuses: list[int] = []
        if spec.transport == "stdio":
            params = mcp.StdioServerParameters(command=spec.command[0], args=spec.command[1:], env=spec.env or None)
            self.client = mcp.Client(params, read_timeout_seconds=spec.timeout_s, mode="legacy")
            return
        import httpx2  # the SDK's own HTTP client
        from mcp.client.streamable_http import streamable_http_client

        async def remember(response: Any) -> None:
            if response.status_code >= 400:
                self.statuses.append(response.status_code)

        http = httpx2.AsyncClient(headers=spec.headers, timeout=spec.timeout_s,
                                  event_hooks={"response": [remember]})
        self.client = mcp.Client(streamable_http_client(spec.url, http_client=http),
                                 read_timeout_seconds=spec.timeout_s)

    def refused(self) -> McpServerError | None:
        """A clearer error than the SDK's when the server answered 401 or 403."""
        for status in self.statuses:
            if status in (401, 403):
                return McpServerError(f"{self.what} refused the request: HTTP {status} "
                                      "(check the credentials in the server's headers)")
        return None


def list_tools(spec: ServerSpec, *, server: str) -> list[RemoteTool]:
    """Every tool the server lists (all pages)."""

    what = f"MCP server '{server}' (tools/list)"

    async def run() -> list[RemoteTool]:
        out: list[RemoteTool] = []
        session = _Session(spec, what)
        try:
            async with session.client as client:
                cursor: str | None = None
                for _ in range(100):  # a paginator that never ends cannot hang a sync
                    page = await client.list_tools(cursor=cursor)
                    out += [RemoteTool(t.name, t.description or "", dict(t.input_schema or {})) for t in page.tools]
                    cursor = page.next_cursor
                    if not cursor:
                        break
        except Exception:
            raise session.refused() or _reraise() from None
        return out

    return run_with_deadline(run, spec.timeout_s, what)


def call_tool(spec: ServerSpec, tool: str, arguments: dict[str, Any], *, server: str,
              timeout_s: float | None = None) -> RemoteResult:
    """Call one tool and return its answer; an `isError` answer comes back with `is_error=True`."""

    what = f"MCP server '{server}' (tools/call {tool})"

    async def run() -> RemoteResult:
        session = _Session(spec, what)
        try:
            async with session.client as client:
                result = await client.call_tool(tool, arguments)
        except Exception:
            raise session.refused() or _reraise() from None
        blocks = [b.model_dump(mode="json", exclude_none=True) for b in result.content]
        text = "\n".join(b.get("text", "") for b in blocks if b.get("type") == "text")
        return RemoteResult(text=text, structured=result.structured_content, is_error=bool(result.is_error),
                            content=blocks)

    return run_with_deadline(run, timeout_s or spec.timeout_s, what)

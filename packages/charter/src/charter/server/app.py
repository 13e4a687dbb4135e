"""The HTTP server: governed agents over a native and an OpenAI-compatible API, plus admin reads.

Every request carries a Bearer token (``charter token create``); the token's principal runs the
agent, so the catalog's EXECUTE check on ``agent:<name>`` governs HTTP callers like any other.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError

from charter.agents.agent import RunResult, TokenUsage
from charter.agents.versions import AgentVersions
from charter.agents.views import ServedAnswer, View, ViewRegistry, serve
from charter.errors import (
    CharterError,
    InvalidInput,
    PermissionDenied,
    RateLimited,
    Unauthenticated,
    http_status,
)
from charter.mcp.tokens import TokenStore
from charter.server.limits import EdgeLimits, RequestGuard

if TYPE_CHECKING:
    from charter.agents.registry import AgentRegistry
    from charter.runtime import Charter


class ErrorBody(BaseModel):
    code: str
    message: str
    retryable: bool = False
    field: str | None = None


class InvokeRequest(BaseModel):
    inputs: dict[str, Any] = Field(description="The agent's input fields, e.g. {'question': '...'}.")


class InvokeResponse(BaseModel):
    agent: str
    output: Any = Field(description="The typed structure of the answer (the agent's output, rows included).")
    answer: str = Field(description="The answer as a person reads it (Markdown, from the agent's view).")
    trace_id: str | None
    usage: TokenUsage = Field(description="The model tokens this run spent.")


class AgentInfo(BaseModel):
    name: str
    source: str


def _error(exc: CharterError, field: str | None = None) -> JSONResponse:
    body = {"error": {**exc.to_dict(), "field": field}}
    return JSONResponse(body, status_code=http_status(exc))


class AgentRunner:
    """Runs registered agents as a principal with the process's gateway, catalog, data, tools and tracer.

    An agent with a ``champion`` alias runs that stored version's config (so promoting a challenger in
    the review app changes what callers get); one without runs the code's config. The alias is read
    from the metadata store at most every ``ALIAS_TTL_S`` seconds per worker: another worker sees a
    promotion within that time, this one at once (``forget``).
    """

    ALIAS_TTL_S = 2.0

    def __init__(self, charter: Charter, registry: AgentRegistry, views: ViewRegistry | None = None) -> None:
        self.charter = charter
        self.registry = registry
        self.views = views if views is not None else ViewRegistry()
        self.versions = AgentVersions(charter.store)
        self._aliases: dict[str, tuple[float, str | None]] = {}
        self._built: dict[tuple[str, str | None], Any] = {}
        self._lock = threading.Lock()

    def handles(self) -> dict[str, Any]:
        """The run-context handles: the runtime's, as on the CLI and over MCP."""
        return self.charter.handles()

    def forget(self, name: str) -> None:
        """Drop the cached alias of an agent (after this worker moved it)."""
        with self._lock:
            self._aliases.pop(name, None)

    def agent(self, name: str) -> Any:
        """The agent as served: the champion version when one is set, else the code's config."""
        base = self.registry.create(name)  # NotFound names the agent
        now = time.monotonic()
        with self._lock:
            cached = self._aliases.get(name)
        if cached is None or now - cached[0] > self.ALIAS_TTL_S:
            cached = (now, self.versions.aliases(name).get("champion"))
            with self._lock:
                self._aliases[name] = cached
        digest = cached[1]
        if digest is None or digest == base.content_hash():
            return base
        key = (name, digest)
        with self._lock:
            built = self._built.get(key)
        if built is None:
            built = self.versions.load(base, digest)
            with self._lock:
                self._built[key] = built
        return built

    def view(self, name: str) -> View:
        """How the agent's answers read to people (its registered view, else the default)."""
        return self.views.for_agent(name)

    def run(self, name: str, inputs: dict[str, Any], principal: str, agent: Any = None) -> RunResult:
        """Run the agent as served (``agent``: the one ``agent(name)`` gave, to build it once a request)."""
        agent = agent if agent is not None else self.agent(name)
        try:
            parsed = agent.input_model.model_validate(inputs)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            raise InvalidInput(f"inputs.{field}: {first['msg']}", field=f"inputs.{field}") from None
        return agent.run(parsed, principal=principal, **self.handles())

    def serve(self, name: str, inputs: dict[str, Any], principal: str, agent: Any = None) -> ServedAnswer:
        """Run the agent and answer through its view: the text people read, the typed structure."""
        return serve(self.view(name), name, self.run(name, inputs, principal, agent))


class ServerTiming:
    """ASGI middleware: a ``Server-Timing`` header with the request's time in the app, waiting for a
    worker thread (``wait``), and in the agent.

    ``app`` minus ``agent`` is the server's own overhead (auth, limits, validation, serialisation,
    queueing), which ``benchmarks/bench_server.py`` reports; it adds no work beyond a few clock reads.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        state = scope.setdefault("state", {})

        async def timed(message: Any) -> None:
            if message["type"] == "http.response.start":
                parts = [f"app;dur={(time.perf_counter() - start) * 1000:.2f}"]
                if state.get("handler_start") is not None:  # waiting for a worker thread
                    parts.append(f"wait;dur={(state['handler_start'] - start) * 1000:.2f}")
                if state.get("agent_ms") is not None:
                    parts.append(f"agent;dur={state['agent_ms']:.2f}")
                message = {**message, "headers": [*message.get("headers", []),
                                                   (b"server-timing", ", ".join(parts).encode())]}
            await send(message)

        await self.app(scope, receive, timed)


def create_app(charter: Charter, registry: AgentRegistry | None = None, *, limits: EdgeLimits | None = None,
               views: ViewRegistry | None = None) -> FastAPI:
    """The FastAPI app for one Charter process (``registry`` defaults to the entry-point agents,
    ``views`` to the entry-point views; ``limits`` to the request limits in the settings' ``[server]``
    section)."""
    if registry is None:
        from charter.agents.registry import AgentRegistry

        registry = AgentRegistry()
    app = FastAPI(title="Charter", version="1", description="Governed agents, catalog, traces and evals.",
                  responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody},
                             429: {"model": ErrorBody}})
    app.add_middleware(ServerTiming)
    tokens = TokenStore(charter.store, charter.catalog)
    from charter.server.oidc import Authenticator

    auth = Authenticator(charter, tokens)  # Charter's own tokens, and the [server.oidc.*] issuers' JWTs
    runner = AgentRunner(charter, registry, views)
    limits = limits if limits is not None else EdgeLimits(charter.settings)
    app.state.charter, app.state.registry, app.state.tokens = charter, registry, tokens
    app.state.runner, app.state.limits, app.state.auth = runner, limits, auth
    # Online evaluation watches the tracer's stored traces on its own threads (never a request's).
    monitor = charter.monitor
    monitor.use_registry(registry)
    monitor.check()
    monitor.start()
    app.state.monitor = monitor

    @app.exception_handler(CharterError)
    async def _charter_error(request: Request, exc: CharterError) -> JSONResponse:
        resp = _error(exc, exc.context.get("field"))
        if isinstance(exc, RateLimited):  # fixed one-minute windows: retry when this one ends
            resp.headers["Retry-After"] = str(max(1, 60 - int(time.time()) % 60))
        return resp

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": ["body"], "msg": "invalid"}
        field = ".".join(str(p) for p in first["loc"] if p != "body") or "body"
        return _error(InvalidInput(f"{field}: {first['msg']}"), field)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:  # never a traceback to the client
        return _error(CharterError(f"internal error ({type(exc).__name__}); see the server log"))

    def authenticate(token: str, request: Request | None = None) -> str:
        """The token's principal, after counting the request against the edge limits; a refusal of
        either is audited. (The body guard may have looked the token up already for this request.)"""
        checked = request.scope.get("state", {}).get("charter_auth") if request is not None else None
        try:
            who = checked[1] if checked is not None and checked[0] == token else auth.principal_for(token)
        except Unauthenticated as exc:
            _audit_refusal(request, "(unauthenticated)", exc)
            raise
        try:
            limits.admit(who, token)
        except RateLimited as exc:
            _audit_refusal(request, who, exc)
            raise
        return who

    def _audit_refusal(request: Request | None, actor: str, exc: CharterError) -> None:
        if exc.context.get("audited"):  # an OIDC token's refusal, already written with its issuer
            return
        what = f"{request.method} {request.url.path}" if request is not None else "authenticate"
        charter.catalog.audit(actor=actor, action=what[:100], securable=None, allowed=False, reason=exc.message)

    def bearer_token(request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise Unauthenticated("missing token; send 'Authorization: Bearer cht_...'")
        return token.strip()

    def credentials(headers: dict[str, str]) -> tuple[str, str]:
        """The token a request with a body signs in with (bearer, else the review app's cookie) and its
        principal, checked before the body is read."""
        from charter.server.web import COOKIE

        header = headers.get("authorization")
        if header is None:
            for part in headers.get("cookie", "").split(";"):
                name, _, value = part.strip().partition("=")
                if name == COOKIE and value:
                    return value, auth.principal_for(value)
            raise Unauthenticated("missing token; send 'Authorization: Bearer cht_...'")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthenticated("missing token; send 'Authorization: Bearer cht_...'")
        return token.strip(), auth.principal_for(token.strip())

    server = charter.settings.server
    app.add_middleware(RequestGuard, max_body_bytes=server.max_body_bytes, timeout_s=server.request_timeout_s,
                       credentials=credentials, audit=charter.catalog.audit, open_paths=("/review/login",))

    async def token_dep(request: Request) -> str:
        """The bearer token, read on the event loop (checked with the call, on one worker thread)."""
        try:
            return bearer_token(request)
        except Unauthenticated as exc:
            await run_in_threadpool(_audit_refusal, request, "(unauthenticated)", exc)
            raise

    def principal(request: Request) -> str:
        request.state.handler_start = time.perf_counter()  # the first thing run on a worker thread
        try:
            token = bearer_token(request)
        except Unauthenticated as exc:
            _audit_refusal(request, "(unauthenticated)", exc)
            raise
        return authenticate(token, request)

    def acting_for(caller: str, user_token: str, agent: str) -> str:
        """The person a service principal acts for, after checking (and auditing) both identities."""
        user = auth.principal_for(user_token)
        if charter.catalog.principal(caller).kind != "agent":
            charter.catalog.audit(actor=caller, on_behalf_of=user, action="act on behalf", securable=f"agent:{agent}",
                                  allowed=False, reason="only a service principal may act on behalf of another")
            raise PermissionDenied(f"permission denied: only a service principal may act on behalf of '{user}'")
        charter.catalog.authorize(caller, "EXECUTE", f"agent:{agent}", on_behalf_of=user, action="act on behalf")
        return user

    app.state.principal, app.state.authenticate = principal, authenticate

    @app.get("/v1/agents", response_model=list[AgentInfo], tags=["agents"])
    def list_agents(who: str = Depends(principal)) -> list[AgentInfo]:
        """Registered agents."""
        return [AgentInfo(name=n, source=registry.source(n)) for n in registry.names()]

    @app.post("/v1/agents/{name}/invoke", response_model=InvokeResponse, tags=["agents"])
    async def invoke(name: str, body: InvokeRequest, request: Request,
                     token: str = Depends(token_dep)) -> InvokeResponse:
        """Run an agent as the token's principal (EXECUTE on agent:<name> is checked).

        A service principal acting for a person sends that person's token in ``X-Charter-On-Behalf-Of``:
        the agent then runs as the person, only if both may run it, and the audit record names both."""
        for_user = request.headers.get("x-charter-on-behalf-of")

        def call() -> InvokeResponse:  # auth, limits and the agent in one hop to a worker thread
            request.state.handler_start = time.perf_counter()
            who = authenticate(token, request)
            if for_user:
                who = acting_for(who, for_user.removeprefix("Bearer ").strip(), name)
            start = time.perf_counter()
            try:
                served = runner.serve(name, body.inputs, who)
            finally:
                request.state.agent_ms = (time.perf_counter() - start) * 1000
            return InvokeResponse(agent=name, output=served.output, answer=served.text, trace_id=served.trace_id,
                                  usage=served.usage)

        return await run_in_threadpool(call)

    from charter.server.chat import add_chat_routes

    add_chat_routes(app, runner, principal)
    from charter.server.admin import add_admin_routes

    add_admin_routes(app, charter, registry, principal)
    from charter.server.monitor import add_monitor_routes

    add_monitor_routes(app, charter, principal)
    # The browser pages: signing in, the review app and the dashboards, each a router whose unsafe
    # requests pass the one CSRF check (charter.server.web), and their vendored static files.
    from fastapi.staticfiles import StaticFiles

    from charter.server.approvals import approvals_router
    from charter.server.dashboards import dashboards_router
    from charter.server.review import review_router
    from charter.server.signin import signin_router
    from charter.server.web import STATIC

    app.include_router(signin_router())
    app.include_router(approvals_router(charter, registry))
    app.include_router(review_router(charter, registry))
    app.include_router(dashboards_router(charter))
    app.mount("/review/static", StaticFiles(directory=STATIC), name="review-static")
    return app

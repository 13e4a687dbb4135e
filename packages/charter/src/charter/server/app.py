"""The HTTP server: governed agents over a native and an OpenAI-compatible API, plus admin reads.

Every request carries a Bearer token (``charter token create``); the token's principal runs the
agent, so the catalog's EXECUTE check on ``agent:<name>`` governs HTTP callers like any other.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError

from charter.agents.agent import RunResult, TokenUsage
from charter.agents.context import Cancellation
from charter.agents.rollout import Rollout, Rollouts, request_key, takes_challenger
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
from charter.server.auth import MISSING, EdgeAuth, bearer
from charter.server.limits import (
    EdgeLimits,
    FailedAuthLimit,
    RequestGuard,
    client_ip,
    on_worker,
    retry_after,
)

if TYPE_CHECKING:
    from charter.agents.registry import AgentRegistry
    from charter.runtime import Charter

log = logging.getLogger("charter.server")


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

    An agent with a ``champion`` alias runs that stored version's config (so promoting a challenger
    changes what callers get); one without runs the code's config. With a rollout
    (``charter agent rollout``) the ``challenger`` answers its share of requests, chosen by a hash of
    the request (the same request always goes the same way), or runs in shadow: the caller gets the
    champion's answer and the challenger runs the same request afterwards on this runner's shadow
    threads (a bounded backlog; when it is full a shadow run is left out and counted), its trace
    marked ``arm=shadow``. Aliases and the rollout are read from the metadata store at most every
    ``ALIAS_TTL_S`` seconds per worker: another worker sees a change within that time, this one at
    once (``forget``).
    """

    ALIAS_TTL_S = 2.0
    SHADOW_THREADS = 2
    SHADOW_BACKLOG = 64

    def __init__(self, charter: Charter, registry: AgentRegistry, views: ViewRegistry | None = None) -> None:
        self.charter = charter
        self.registry = registry
        self.views = views if views is not None else ViewRegistry()
        self.versions = AgentVersions(charter.store)
        self.rollouts = Rollouts(charter.store)
        self._routes: dict[str, tuple[float, str | None, str | None, Rollout | None]] = {}
        self._built: dict[tuple[str, str | None], Any] = {}
        self._lock = threading.Lock()
        self._shadow: ThreadPoolExecutor | None = None
        self._shadow_pending = 0
        self._shadow_idle = threading.Condition(self._lock)
        self.shadow_counts = {"run": 0, "dropped": 0, "failed": 0}

    def handles(self) -> dict[str, Any]:
        """The run-context handles: the runtime's, as on the CLI and over MCP."""
        return self.charter.handles()

    def forget(self, name: str) -> None:
        """Drop the cached aliases and rollout of an agent (after this worker moved them)."""
        with self._lock:
            self._routes.pop(name, None)

    def _state(self, name: str) -> tuple[float, str | None, str | None, Rollout | None]:
        now = time.monotonic()
        with self._lock:
            cached = self._routes.get(name)
        if cached is None or now - cached[0] > self.ALIAS_TTL_S:
            aliases = self.versions.aliases(name)
            challenger = aliases.get("challenger")
            rollout = self.rollouts.get(name) if challenger else None
            cached = (now, aliases.get("champion"), challenger, rollout)
            with self._lock:
                self._routes[name] = cached
        return cached

    def _version(self, base: Any, digest: str | None) -> Any:
        if digest is None or digest == base.content_hash():
            return base
        key = (base.name, digest)
        with self._lock:
            built = self._built.get(key)
        if built is None:
            built = self.versions.load(base, digest)  # built outside the lock, published once
            with self._lock:
                built = self._built.setdefault(key, built)
        return built

    def agent(self, name: str) -> Any:
        """The agent as served: the champion version when one is set, else the code's config."""
        base = self.registry.create(name)  # NotFound names the agent
        return self._version(base, self._state(name)[1])

    def route(self, name: str, principal: str, inputs: Any, request_id: str | None = None) -> tuple[Any, str, Any]:
        """``(agent that answers, its arm, agent to run in shadow or None)`` for one request; the arm is
        ``champion`` or ``challenger``."""
        base = self.registry.create(name)
        _, champion, challenger, rollout = self._state(name)
        served = self._version(base, champion)
        if rollout is None or challenger is None:
            return served, "champion", None
        other = self._version(base, challenger)
        if rollout.mode == "shadow":
            return served, "champion", other
        if takes_challenger(rollout, request_key(principal, inputs, request_id)):
            return other, "challenger", None
        return served, "champion", None

    def view(self, name: str) -> View:
        """How the agent's answers read to people (its registered view, else the default)."""
        return self.views.for_agent(name)

    def run(self, name: str, inputs: dict[str, Any], principal: str, agent: Any = None,
            attributes: dict[str, Any] | None = None, cancellation: Cancellation | None = None) -> RunResult:
        """Run the agent as served (``agent``: the one ``agent(name)`` or ``route`` gave); ``cancellation``
        stops it between steps (the request's, cancelled when it is answered 504)."""
        agent = agent if agent is not None else self.agent(name)
        try:
            parsed = agent.input_model.model_validate(inputs)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            raise InvalidInput(f"inputs.{field}: {first['msg']}", field=f"inputs.{field}") from None
        return agent.run(parsed, principal=principal, attributes=attributes, cancellation=cancellation,
                         **self.handles())

    def serve(self, name: str, inputs: dict[str, Any], principal: str, agent: Any = None,
              request_id: str | None = None, cancellation: Cancellation | None = None) -> ServedAnswer:
        """Run the agent (the version the rollout picks for this request) and answer through its view.

        ``agent`` is accepted for callers that built the champion already; the rollout still decides.
        """
        served, arm, shadow = self.route(name, principal, inputs, request_id)
        attributes = {"arm": arm} if arm != "champion" else None
        try:
            result = self.run(name, inputs, principal, served, attributes, cancellation)
        except InvalidInput:
            raise  # the request never reached an agent: nothing to shadow
        except Exception:
            if shadow is not None:
                self._submit_shadow(shadow, inputs, principal)
            raise
        if shadow is not None:
            self._submit_shadow(shadow, inputs, principal)
        return serve(self.view(name), name, result)

    def _submit_shadow(self, agent: Any, inputs: dict[str, Any], principal: str) -> None:
        with self._lock:
            if self._shadow_pending >= self.SHADOW_BACKLOG:
                self.shadow_counts["dropped"] += 1
                return
            if self._shadow is None:
                self._shadow = ThreadPoolExecutor(self.SHADOW_THREADS, thread_name_prefix="charter-shadow")
            self._shadow_pending += 1
            pool = self._shadow
        pool.submit(self._run_shadow, agent, inputs, principal)

    def _run_shadow(self, agent: Any, inputs: dict[str, Any], principal: str) -> None:
        ok = False
        try:
            parsed = agent.input_model.model_validate(inputs)
            result = agent.run(parsed, principal=principal, raise_errors=False, attributes={"arm": "shadow"},
                               **self.handles())
            ok = result.error is None
        except Exception:  # a shadow run never reaches a caller; its failure is counted and logged
            log.exception("shadow run of %s failed", agent.name)
        finally:
            with self._lock:
                self._shadow_pending -= 1
                self.shadow_counts["run" if ok else "failed"] += 1
                self._shadow_idle.notify_all()

    def drain_shadow(self, timeout_s: float = 30.0) -> bool:
        """Wait until no shadow run is pending (True) or the time is up (False)."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while self._shadow_pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._shadow_idle.wait(left)
        return True

    def close(self) -> None:
        """Finish the shadow runs in flight and stop their threads."""
        with self._lock:
            pool, self._shadow = self._shadow, None
        if pool is not None:
            pool.shutdown(wait=True)


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
               views: ViewRegistry | None = None, failed_auth: FailedAuthLimit | None = None) -> FastAPI:
    """The FastAPI app for one Charter process (``registry`` defaults to the entry-point agents,
    ``views`` to the entry-point views; ``limits`` and ``failed_auth`` to the request limits in the
    settings' ``[server]`` section)."""
    if registry is None:
        from charter.agents.registry import AgentRegistry

        registry = AgentRegistry()
    app = FastAPI(title="Charter", version="1", description="Governed agents, catalog, traces and evals.",
                  responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody},
                             429: {"model": ErrorBody}})
    app.add_middleware(ServerTiming)
    tokens = TokenStore(charter.store, charter.catalog)
    # Charter's own tokens, and the [server.oidc.*] issuers' JWTs: the one authentication MCP over
    # HTTP uses too (charter.server.auth), with its limits and audit.
    edge = EdgeAuth(charter.settings, tokens, limits=limits, failed_auth=failed_auth)
    auth, limits, failed_auth = edge.authenticator, edge.limits, edge.failed_auth
    runner = AgentRunner(charter, registry, views)
    app.state.charter, app.state.registry, app.state.tokens = charter, registry, tokens
    app.state.runner, app.state.limits, app.state.failed_auth = runner, limits, failed_auth
    app.state.auth, app.state.edge = auth, edge
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
            resp.headers["Retry-After"] = retry_after(time.time())
        return resp

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": ["body"], "msg": "invalid"}
        field = ".".join(str(p) for p in first["loc"] if p != "body") or "body"
        return _error(InvalidInput(f"{field}: {first['msg']}"), field)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:  # never a traceback to the client
        error = CharterError(f"internal error ({type(exc).__name__}); see the server log")
        checked = request.scope.get("state", {}).get("charter_auth")
        try:  # a request that failed is refused like any other: audited (the error's type only)
            await run_in_threadpool(_audit_refusal, request, checked[1] if checked else "(unknown)", error)
        except Exception:  # the answer stands when the audit cannot be written; the log says why
            log.warning("could not audit an internal error on %s", request.url.path, exc_info=True)
        return _error(error)

    def _where(request: Request | None) -> tuple[str, str]:
        if request is None:
            return "unknown", "authenticate"
        return client_ip(request.scope), f"{request.method} {request.url.path}"

    def authenticate(token: str, request: Request | None = None) -> str:
        """The token's principal, after counting the request against the edge limits; a refusal of
        either is audited (``EdgeAuth.authenticate``). The body guard may have looked the token up already."""
        checked = request.scope.get("state", {}).get("charter_auth") if request is not None else None
        client, action = _where(request)
        return edge.authenticate(token, client=client, action=action,
                                 known=checked[1] if checked is not None and checked[0] == token else None)

    def _unauthenticated(request: Request | None, exc: Unauthenticated) -> CharterError:
        """What to answer a request that failed authentication: ``exc``, audited, while its client is within
        ``[server] unauthenticated_requests_per_minute``; past it, RateLimited (429), tallied, not audited."""
        client, action = _where(request)
        return edge.refuse(exc, client=client, action=action)

    def _audit_refusal(request: Request | None, actor: str, exc: CharterError) -> None:
        if exc.context.get("audited"):  # an OIDC token's refusal, already written with its issuer
            return
        what = f"{request.method} {request.url.path}" if request is not None else "authenticate"
        charter.catalog.audit(actor=actor, action=what[:100], securable=None, allowed=False, reason=exc.message)

    def bearer_token(request: Request) -> str:
        return bearer(request.headers.get("authorization"))

    def credentials(headers: dict[str, str]) -> tuple[str, str]:
        """The token a request with a body signs in with (bearer, else the review app's cookie) and its
        principal, checked before the body is read."""
        from charter.server.web import COOKIE

        header = headers.get("authorization")
        if header is None:
            for part in headers.get("cookie", "").split(";"):
                name, _, value = part.strip().partition("=")
                if name == COOKIE and value:
                    return value, edge.principal_for(value)
            raise Unauthenticated(MISSING)
        token = bearer(header)
        return token, edge.principal_for(token)

    server = charter.settings.server
    app.add_middleware(RequestGuard, max_body_bytes=server.max_body_bytes, timeout_s=server.request_timeout_s,
                       credentials=credentials, audit=charter.catalog.audit, open_paths=("/review/login",),
                       failed_auth=failed_auth)

    async def token_dep(request: Request) -> str:
        """The bearer token, read on the event loop (checked with the call, on one worker thread)."""
        try:
            return bearer_token(request)
        except Unauthenticated as exc:
            raise await run_in_threadpool(_unauthenticated, request, exc) from None

    def principal(request: Request) -> str:
        request.state.handler_start = time.perf_counter()  # the first thing run on a worker thread
        try:
            token = bearer_token(request)
        except Unauthenticated as exc:
            raise _unauthenticated(request, exc) from None
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

    app.state.principal, app.state.authenticate, app.state.unauthenticated = principal, authenticate, _unauthenticated

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
                served = runner.serve(name, body.inputs, who, request_id=request.headers.get("x-request-id"),
                                      cancellation=request.scope.get("state", {}).get("charter_cancel"))
            finally:
                request.state.agent_ms = (time.perf_counter() - start) * 1000
            return InvokeResponse(agent=name, output=served.output, answer=served.text, trace_id=served.trace_id,
                                  usage=served.usage)

        return await on_worker(call)  # abandoned at the request timeout (504); the run stops between steps

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

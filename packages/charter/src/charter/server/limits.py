"""Request limits at the server edge: requests per minute per principal and per token.

The counters are the model gateway's (``charter.models.limits``): in Redis when ``limits.redis_url``
(or ``CHARTER_REDIS_URL``) is set, so every worker of ``charter serve --workers N`` and every host
pointing at the same Redis shares one count and never admits more than the limit together; in
process memory otherwise (exact for one worker only). Configured in charter.toml::

    [server]
    requests_per_minute = 600         # per principal, over all its tokens (default: none)
    token_requests_per_minute = 600   # per token (the default)
    unauthenticated_requests_per_minute = 60   # failed authentications per client IP (the default)

``FailedAuthLimit`` counts the requests that fail authentication per client IP (``refuse``, the one place
every transport and the review app's sign-in decide what to answer): within the limit each is answered
401 and audited with its reason and client; past it, 429 with Retry-After, and instead of one audit record
per request, one per client per window ("N refused unauthenticated requests"), written once the window
has ended (by a timer, by the next failed authentication, or on ``flush``), so a flood of bad tokens
cannot fill the audit log. The count is shared like the others (Redis); the tally of what was refused
is per process, so ``--workers N`` writes at most one record per client per window per worker.

``RequestGuard`` caps request bodies, refuses bodies without credentials before reading them, and
times requests out (``max_body_bytes``, ``request_timeout_s``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import anyio

from charter.agents.context import Cancellation
from charter.errors import (
    CharterError,
    InvalidInput,
    PayloadTooLarge,
    RateLimited,
    Timeout,
    Unauthenticated,
    http_status,
)
from charter.models.limits import Limiter, Rule, make_limiter

if TYPE_CHECKING:
    from charter.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")


class EdgeLimits:
    """Counts one request per call of ``admit``; refuses with RateLimited (HTTP 429) naming the limit."""

    def __init__(self, settings: Settings, limiter: Limiter | None = None) -> None:
        server = settings.server
        self.per_principal: int | None = getattr(server, "requests_per_minute", None)
        self.per_token: int | None = getattr(server, "token_requests_per_minute", None)
        self.enabled = self.per_principal is not None or self.per_token is not None
        # built only when a limit is set, so a server without limits never needs Redis
        self.limiter = limiter if limiter is not None else (make_limiter(settings) if self.enabled else None)

    def rules(self, principal: str, token: str) -> list[Rule]:
        """The rules one request counts against (the token by a hash, never the secret itself)."""
        out = []
        if self.per_principal is not None:
            n = self.per_principal
            out.append(Rule(f"server requests/minute for principal '{principal}' ({n})", f"srv:p:{principal}:rpm",
                            "requests", n, 60))
        if self.per_token is not None:
            n, digest = self.per_token, hashlib.sha256(token.encode()).hexdigest()[:16]
            out.append(Rule(f"server requests/minute for token {token[:10]}... ({n})", f"srv:t:{digest}:rpm",
                            "requests", n, 60))
        return out

    def admit(self, principal: str, token: str) -> None:
        """Count the request, or raise RateLimited naming the first limit it would break."""
        if self.enabled and self.limiter is not None:
            self.limiter.admit(self.rules(principal, token))


class FailedAuthLimit:
    """Requests that fail authentication, per client IP (``[server] unauthenticated_requests_per_minute``).

    ``check(client)`` counts one failed authentication: None within the limit (the caller answers 401
    and audits it as before), else the RateLimited to answer (429), tallied and audited once per
    client per window through ``audit(**record)``. Thread-safe: the tally is behind a lock.
    """

    ACTION = "refused unauthenticated requests"

    def __init__(self, settings: Settings, limiter: Limiter | None = None, *,
                 audit: Callable[..., None] | None = None, clock: Callable[[], float] = time.time) -> None:
        self.per_client: int | None = getattr(settings.server, "unauthenticated_requests_per_minute", None)
        self.limiter = limiter if limiter is not None else (make_limiter(settings) if self.per_client else None)
        self.audit = audit
        self._clock = clock
        self._over: dict[tuple[str, int], int] = {}  # (client, window start) -> refusals past the limit
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def rule(self, client: str) -> Rule:
        n = self.per_client
        return Rule(f"unauthenticated requests/minute from client {client} ({n})", f"srv:u:{client}:rpm",
                    "requests", float(n or 0), 60)

    def check(self, client: str) -> RateLimited | None:
        """Count one failed authentication from ``client``; the 429 to answer once past the limit."""
        if self.per_client is None or self.limiter is None:
            return None
        self.flush()  # windows that have ended, before this one is counted
        rule = self.rule(client)
        try:
            self.limiter.admit([rule])
            return None
        except RateLimited as exc:
            now = self._clock()
            start, reset = rule.window(now)
            with self._lock:
                self._over[(client, start)] = self._over.get((client, start), 0) + 1
                self._schedule_locked(reset - now)
            return exc

    def refuse(self, client: str, exc: CharterError, *, action: str) -> CharterError:
        """What to answer a request from ``client`` that failed authentication with ``exc`` (the one place
        every transport decides it): ``exc`` itself, audited with its reason and the client (never the
        token), while the client is within the limit; past it, the RateLimited to answer (429), tallied
        and audited once per window. An audit write that fails is logged; the refusal stands."""
        over = self.check(client)
        if over is not None:
            return over
        if self.audit is not None:
            try:
                self.audit(actor="(unauthenticated)", action=action[:100], securable=None, allowed=False,
                           reason=exc.message, details={"client": client})
            except Exception:
                log.warning("could not audit a refused authentication from %s", client, exc_info=True)
        return exc

    def _schedule_locked(self, delay: float) -> None:
        """(Under the lock.) Writes the tally soon after its window ends, even if the flood stops."""
        if self._timer is None:
            self._timer = threading.Timer(max(0.0, delay) + 0.5, self._on_timer)
            self._timer.daemon = True
            self._timer.start()

    def _on_timer(self) -> None:
        with self._lock:
            self._timer = None
        self.flush()
        with self._lock:
            if self._over:  # a later window is still open: look again when it ends
                self._schedule_locked(60.0 - self._clock() % 60)

    def flush(self, *, everything: bool = False) -> int:
        """Audit the tally of every window that has ended (every window with ``everything``), one record
        per client per window; returns how many records were written."""
        now = self._clock()
        with self._lock:
            due = sorted(k for k in self._over if everything or k[1] + 60 <= now)
            tally = [(client, start, self._over.pop((client, start))) for client, start in due]
        if self.audit is None:
            return 0
        for client, start, n in tally:
            minute = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(start))
            reason = (f"{n} refused unauthenticated request{'s' if n != 1 else ''} from client {client} in the "
                      f"minute from {minute}, past the limit of {self.per_client}/minute "
                      "([server] unauthenticated_requests_per_minute)")
            try:
                self.audit(actor="(unauthenticated)", action=self.ACTION, securable=None, allowed=False,
                           reason=reason)
            except Exception:  # the refusals stand when the audit write fails; the log says why
                log.warning("could not audit %d refused unauthenticated requests from %s", n, client, exc_info=True)
        return len(tally)


def client_ip(scope: Any) -> str:
    """The request's peer address (the socket's, never a header a client could forge)."""
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


class RequestGuard:
    """ASGI middleware at the edge of every HTTP request, before the app reads anything:

    - a body whose Content-Length passes ``max_body_bytes`` is answered 413 without reading it; a
      body streamed without one is counted as it arrives and answered 413 once it passes the cap
      (the app then sees the client as gone and its own answer is dropped);
    - a request with a body must carry credentials that ``credentials(headers)`` accepts (it returns
      the token and its principal, kept in the scope's state as ``charter_auth`` so the app does not
      look the token up twice) before a byte of the body is read (401 otherwise), except on
      ``open_paths`` (the review app's sign-in form, whose body is the token); so an unauthenticated
      body is never read;
    - a request still running after ``timeout_s`` is answered 504, and the request's ``Cancellation``
      (``scope["state"]["charter_cancel"]``) is cancelled: an agent run on a worker thread stops before
      its next step (the step running then finishes; its answer is dropped), its trace ``cancelled``.

    Every refusal is written to the audit log through ``audit(**record)``, run on a worker thread;
    except that a failed authentication goes through ``failed_auth.refuse`` (audited there with its
    client; past the per-client limit answered 429 and tallied, one record per client per window).
    """

    def __init__(self, app: Any, *, max_body_bytes: int, timeout_s: float | None,
                 credentials: Callable[[dict[str, str]], tuple[str, str]] | None = None,
                 audit: Callable[..., None] | None = None, open_paths: tuple[str, ...] = (),
                 failed_auth: FailedAuthLimit | None = None) -> None:
        self.app = app
        self.failed_auth = failed_auth
        self.max_body_bytes = max_body_bytes
        self.timeout_s = timeout_s
        self.credentials = credentials
        self.audit = audit
        self.open_paths = open_paths

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path = scope.get("path", "")
        started = False

        async def guarded_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                if started:
                    return
                started = True
            elif not started or state.get("answered"):
                return
            await send(message)

        state: dict[str, Any] = {}

        async def refuse(exc: CharterError, actor: str | None = None, extra: dict[str, str] | None = None) -> None:
            await self._audit(actor or "(unauthenticated)", scope, exc)
            if not started:
                await _send_error(guarded_send, exc, extra)
            state["answered"] = True

        length = headers.get("content-length")
        try:
            declared = int(length) if length is not None else None
        except ValueError:
            await refuse(InvalidInput("the Content-Length header is not a number"))
            return
        if declared is not None and declared > self.max_body_bytes:
            await refuse(self._too_large(declared))
            return
        has_body = (declared or 0) > 0 or "transfer-encoding" in headers
        actor: str | None = None
        if has_body and self.credentials is not None and path not in self.open_paths:
            try:
                token, actor = await anyio.to_thread.run_sync(self.credentials, headers)
            except CharterError as exc:  # Unauthenticated: answered before the body is read
                if isinstance(exc, Unauthenticated) and self.failed_auth is not None:
                    what = f"{scope.get('method', '?')} {path}"
                    answer = await anyio.to_thread.run_sync(
                        functools.partial(self.failed_auth.refuse, client_ip(scope), exc, action=what))
                    # past the client's limit: 429, tallied instead of audited
                    extra = {"Retry-After": retry_after(time.time())} if isinstance(answer, RateLimited) else None
                    await _send_error(guarded_send, answer, extra)
                    return
                await refuse(exc)
                return
            scope.setdefault("state", {})["charter_auth"] = (token, actor)

        received = 0

        async def counted_receive() -> Any:
            nonlocal received
            if state.get("answered"):
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    await refuse(self._too_large(None), actor)
                    return {"type": "http.disconnect"}
            return message

        # An agent run on a worker thread outlives the cancelled await: the handler passes this on to
        # the run's context, whose steps check it between steps.
        cancellation = scope.setdefault("state", {})["charter_cancel"] = Cancellation()
        try:
            with anyio.fail_after(self.timeout_s):
                await self.app(scope, counted_receive, guarded_send)
        except TimeoutError:
            cancellation.cancel(f"its request took longer than the server's limit of {self.timeout_s:g} s and was "
                                "answered 504")
            await refuse(Timeout(f"the request took longer than the server's limit of {self.timeout_s:g} s "
                                 "([server] request_timeout_s)"), actor)

    def _too_large(self, declared: int | None) -> PayloadTooLarge:
        size = f" ({declared} bytes)" if declared is not None else ""
        return PayloadTooLarge(f"request body too large{size}: the server accepts at most {self.max_body_bytes} "
                               "bytes ([server] max_body_bytes)")

    async def _audit(self, actor: str, scope: Any, exc: CharterError) -> None:
        if self.audit is None:
            return
        record = {"actor": actor[:200], "action": f"{scope.get('method', '?')} {scope.get('path', '')}"[:100],
                  "securable": None, "allowed": False, "reason": exc.message}
        try:
            await anyio.to_thread.run_sync(lambda: self.audit(**record))  # type: ignore[misc]
        except Exception:  # the refusal stands even when the audit write fails; the log says why
            log.warning("could not audit a refused request to %s", scope.get("path"), exc_info=True)


async def on_worker(func: Callable[[], T]) -> T:
    """``func()`` on a worker thread, abandoned when the request is cancelled (its timeout): the caller
    is answered 504 at ``request_timeout_s`` instead of when the thread is done (starlette's
    ``run_in_threadpool`` waits for it). The thread finishes on its own; an agent run on it stops before
    its next step through the request's ``Cancellation``, which the guard cancels."""
    return await anyio.to_thread.run_sync(func, abandon_on_cancel=True)


def retry_after(now: float) -> str:
    """Seconds from ``now`` until its one-minute window ends (the Retry-After of a 429)."""
    return str(max(1, 60 - int(now) % 60))


async def _send_error(send: Any, exc: CharterError, extra: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": {**exc.to_dict(), "field": None}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]
    headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": http_status(exc), "headers": headers})
    await send({"type": "http.response.body", "body": body})

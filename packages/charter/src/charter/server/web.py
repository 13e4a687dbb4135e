"""What every server-rendered page shares: the templates, the browser session and CSRF, in one place.

Pages are Jinja2 templates (package data under ``charter/server/templates``) with autoescaping on,
so every stored value a page shows (a question, an answer, a trace attribute, an agent name, a
comment, a golden-set item) is escaped by the engine; no page builds HTML in Python strings.

A browser signs in with its API token, kept in an HTTP-only ``SameSite=Strict`` cookie. CSRF is one
router dependency, ``csrf_guard``, on every browser router: an unsafe request (POST, PUT, PATCH,
DELETE) from a browser must carry the session's CSRF token, in the form field ``csrf`` or the header
``X-CSRF-Token``, compared in constant time. The token is an HMAC of the session's secret (the
signed-in token; before sign-in a random pre-session cookie), so a value from another session is
refused and a cross-site page, which cannot read either cookie, cannot forge it. Requests carrying
an ``Authorization`` header are API calls whose identity comes from that header, which a cross-site
page cannot set; they need no CSRF token. Every refusal is audited. ``render`` puts the token into
every template's context (``csrf``), so a form writes ``<input type="hidden" name="csrf" ...>``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from charter.errors import CharterError, PermissionDenied

COOKIE = "charter_token"  # the signed-in API token (HTTP-only)
PRESESSION = "charter_presession"  # a random secret binding the sign-in form's CSRF token (HTTP-only)
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"


def _pretty(value: Any) -> str:
    """A stored value as indented JSON text (escaped by the template like any other string)."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str, indent=1)


def _environment() -> Environment:
    # Built once at import and never changed afterwards; Jinja2 environments are safe to share.
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["pretty"] = _pretty
    return env


TEMPLATES = Jinja2Templates(env=_environment())


def csrf_token(secret: str) -> str:
    """The CSRF token of a browser session (``secret``: its token or pre-session cookie)."""
    return hmac.new(secret.encode(), b"charter-review-csrf", hashlib.sha256).hexdigest()[:40]


def session_secret(request: Request) -> str | None:
    """The secret the request's CSRF token is bound to: the signed-in token, else the pre-session cookie."""
    return request.cookies.get(COOKIE) or request.cookies.get(PRESESSION)


def is_api_call(request: Request) -> bool:
    """A request that names its principal in the Authorization header (not by a cookie)."""
    return bool(request.headers.get("authorization"))


async def csrf_guard(request: Request) -> None:
    """Refuse (audited) an unsafe browser request without this session's CSRF token."""
    if request.method not in UNSAFE or is_api_call(request):
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    secret = session_secret(request)
    if secret is not None and sent is not None and hmac.compare_digest(sent.encode(), csrf_token(secret).encode()):
        return
    actor = "anonymous"
    token = request.cookies.get(COOKIE)
    if token:
        try:
            actor = await run_in_threadpool(request.app.state.tokens.principal_for, token)
        except CharterError:
            pass  # a stale cookie: the refusal is audited as anonymous
    charter = request.app.state.charter
    await run_in_threadpool(charter.catalog.audit, actor=actor, action=f"post {request.url.path}", securable=None,
                            allowed=False, reason="missing or wrong CSRF token")
    raise PermissionDenied("permission denied: the form's CSRF token is missing or wrong; reload the page")


def browser_principal(request: Request) -> str:
    """Who is asking: the signed-in browser's principal (cookie), else the bearer token's."""
    token = request.cookies.get(COOKIE)
    if token and not is_api_call(request):
        return request.app.state.authenticate(token, request)
    return request.app.state.principal(request)


def render(request: Request, template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from a template, with the session's CSRF token in its context (``csrf``). A browser
    without a session gets a pre-session cookie, so the sign-in form is bound to it too."""
    secret, fresh = session_secret(request), None
    if secret is None:
        secret = fresh = secrets.token_urlsafe(32)
    context.setdefault("me", None)
    context.setdefault("title", "")
    resp = TEMPLATES.TemplateResponse(request, template, {**context, "csrf": csrf_token(secret)},
                                      status_code=status_code)
    if fresh is not None:
        resp.set_cookie(PRESESSION, fresh, httponly=True, samesite="strict")
    return resp

"""Signing a browser in and out of the review app (one router, so other ways to sign in join it here).

**With a token.** A browser signs in with an API token (``charter token create``), kept in an
HTTP-only, ``SameSite=Strict`` cookie; the sign-in form is CSRF-bound to a pre-session cookie
(``web.render``). A wrong token is refused like one on any API call: audited (the reason and
the client, never the token), and past ``[server] unauthenticated_requests_per_minute`` per client
answered 429.

**With an OIDC issuer** (each ``[server.oidc.NAME]`` with a ``client_id``): the authorization-code
flow with PKCE. The redirect URI is ``[server] public_url`` + the callback path, never the request's
Host header (``callback_url``). ``/review/oidc/NAME/login`` sends the browser to the issuer with a fresh ``state``,
``nonce`` and S256 challenge, kept in a short-lived HTTP-only cookie (``SameSite=Lax``, so it comes
back on the issuer's redirect), so any worker can finish the flow. The callback checks ``state``,
redeems the code with the verifier, verifies the ID token (PyJWT, through the same issuer keys as
API tokens; audience = the client id) and its ``nonce``, logs the subject in (provisioning and group
sync as for API tokens, groups from userinfo when the ID token leaves them out) and issues a
short-lived Charter session token into the same cookie, so pages, CSRF and audit work unchanged.

**Sign-out** clears the cookie and revokes the token when it is such a session token (never an API
token pasted into the form). Every refusal of an OIDC sign-in is a 401, audited (``review sign-in``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from typing import Any
from urllib.parse import urlencode

import httpx
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from charter.errors import (
    CharterError,
    IdentityProviderUnavailable,
    InvalidInput,
    NotFound,
    Unauthenticated,
)
from charter.server.limits import client_ip
from charter.server.web import COOKIE, PRESESSION, csrf_guard, render

FLOW_COOKIE = "charter_oidc_flow"
SESSION_TTL_DAYS = 8 / 24  # a working day
SESSION_LABEL = "review sign-in via "


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signin_router() -> APIRouter:
    """GET/POST /review/login, POST /review/logout, and GET /review/oidc/NAME/login|callback."""
    router = APIRouter(dependencies=[Depends(csrf_guard)], include_in_schema=False)

    @router.get("/review/login", response_class=HTMLResponse)
    def login_form(request: Request) -> HTMLResponse:
        return render(request, "login.html", title="Sign in", issuers=oidc_issuers(request))

    @router.post("/review/login")
    def login(request: Request, token: str = Form(...)) -> RedirectResponse:
        try:
            request.app.state.tokens.principal_for(token)
        except Unauthenticated as exc:  # audited (401), or past the client's limit 429, like any bad token
            raise request.app.state.unauthenticated(request, exc) from None
        resp = RedirectResponse("/review", status_code=303)
        resp.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        resp.delete_cookie(PRESESSION)
        return resp

    @router.post("/review/logout")
    def logout(request: Request) -> RedirectResponse:
        token = request.cookies.get(COOKIE)
        if token:
            state = request.app.state
            try:
                me = state.authenticate(token, request)
            except CharterError:
                me = None  # an expired or revoked session: clearing the cookie is all there is to do
            if me is not None and state.tokens.revoke_session(token, label_prefix=SESSION_LABEL, actor=me):
                state.charter.catalog.audit(actor=me, action="review sign-out", securable=None, allowed=True,
                                            reason="signed out; session token revoked")
        resp = RedirectResponse("/review/login", status_code=303)
        resp.delete_cookie(COOKIE)
        return resp

    @router.get("/review/oidc/{name}/login")
    def oidc_start(name: str, request: Request) -> RedirectResponse:
        issuer = issuer_of(request, name)
        redirect_uri = callback_url(request, name)  # before anything reaches the issuer
        meta = issuer.metadata()
        flow = {"issuer": name, "state": secrets.token_urlsafe(32), "nonce": secrets.token_urlsafe(32),
                "verifier": secrets.token_urlsafe(64)}
        challenge = _b64(hashlib.sha256(flow["verifier"].encode()).digest())
        query = {"response_type": "code", "client_id": issuer.config.client_id, "scope": " ".join(issuer.config.scopes),
                 "redirect_uri": redirect_uri, "state": flow["state"],
                 "nonce": flow["nonce"], "code_challenge": challenge, "code_challenge_method": "S256"}
        resp = RedirectResponse(f"{meta['authorization_endpoint']}?{urlencode(query)}", status_code=303)
        resp.set_cookie(FLOW_COOKIE, _b64(json.dumps(flow).encode()), max_age=600, httponly=True, samesite="lax",
                        path="/review/oidc")
        return resp

    @router.get("/review/oidc/{name}/callback", name="oidc_callback")
    def oidc_callback(name: str, request: Request, code: str = "", state: str = "", error: str = "") -> HTMLResponse:
        app_state = request.app.state
        issuer = issuer_of(request, name)
        redirect_uri = callback_url(request, name)  # the one the sign-in was started with

        def refuse(reason: str) -> None:
            app_state.charter.catalog.audit(actor="(unauthenticated)", action="review sign-in", securable=None,
                                            allowed=False, reason=reason, details={"issuer": name})
            raise Unauthenticated(reason)

        try:
            raw = request.cookies.get(FLOW_COOKIE, "")
            flow = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        except ValueError:
            flow = None
        if not isinstance(flow, dict) or flow.get("issuer") != name:
            refuse("the sign-in was not started here or took too long; start again")
        if error:
            refuse(f"the identity provider refused the sign-in ({error[:60]})")
        if not state or not hmac.compare_digest(state.encode(), str(flow.get("state", "")).encode()):
            refuse("the sign-in's state does not match; start again")
        if not code:
            refuse("the identity provider sent no authorization code")
        cfg = issuer.config
        secret = os.environ.get(cfg.client_secret_env)
        form = {"grant_type": "authorization_code", "code": code, "code_verifier": flow["verifier"],
                "redirect_uri": redirect_uri, "client_id": cfg.client_id}
        try:
            resp = issuer.http.post(issuer.metadata()["token_endpoint"], data=form,
                                    auth=(cfg.client_id, secret) if secret else None)
        except httpx.HTTPError as exc:
            raise IdentityProviderUnavailable(f"identity provider '{name}' is unreachable ({type(exc).__name__})") from None
        if resp.status_code != 200:
            refuse(f"the identity provider refused the code ({resp.status_code})")
        tokens = resp.json()
        id_token = tokens.get("id_token")
        if not isinstance(id_token, str):
            refuse("the identity provider sent no ID token")

        def with_userinfo(claims: dict[str, Any]) -> dict[str, Any]:
            """Groups from the userinfo endpoint when the ID token leaves them out (the usual case)."""
            endpoint = issuer.metadata().get("userinfo_endpoint")
            if cfg.groups_claim in claims or not endpoint or not tokens.get("access_token"):
                return claims
            info = issuer.http.get(endpoint, headers={"Authorization": f"Bearer {tokens['access_token']}"})
            data = info.json() if info.status_code == 200 else {}
            if data.get("sub") == claims.get("sub") and cfg.groups_claim in data:
                return {**claims, cfg.groups_claim: data[cfg.groups_claim]}
            return claims

        try:
            login = app_state.auth.login_for(id_token, audience=cfg.client_id, nonce=str(flow.get("nonce")),
                                             enrich=with_userinfo)
        except Unauthenticated as exc:
            refuse(f"ID token refused: {exc.message}")
        session = app_state.tokens.issue(login.principal, actor=login.principal, label=SESSION_LABEL + name,
                                         ttl_days=SESSION_TTL_DAYS)
        app_state.charter.catalog.audit(actor=login.principal, action="review sign-in", securable=None, allowed=True,
                                        reason=f"signed in via {name}", details={"issuer": name})
        # A page, not a redirect: the cookie is SameSite=Strict, and a redirect that began at the
        # issuer is a cross-site navigation, on which the browser would not send it to /review.
        page = HTMLResponse("<!doctype html><meta http-equiv='refresh' content='0;url=/review'>"
                            "<p>Signed in. <a href='/review'>Continue to the review app</a></p>")
        page.set_cookie(COOKIE, session, httponly=True, samesite="strict")
        page.delete_cookie(FLOW_COOKIE, path="/review/oidc")
        page.delete_cookie(PRESESSION)
        return page

    return router


def callback_url(request: Request, name: str) -> str:
    """Issuer ``name``'s redirect URI: ``[server] public_url`` + the callback path, never built from the
    request's Host header (a forged one would send the code elsewhere). Without ``public_url``, the
    server's own socket address for the connection (ASGI ``server``, never a header), and only for a
    request whose Host names exactly that address;
    any other is refused (422, audited; 429 past the client's failed-authentication limit) with what to
    configure."""
    path = request.app.url_path_for("oidc_callback", name=name)
    state = request.app.state
    base = state.charter.settings.server.public_url
    if base:
        return base.rstrip("/") + path
    scheme = request.scope.get("scheme", "http")
    bound = _authority(scheme, request.scope.get("server"))
    host = request.headers.get("host", "")
    if bound is None or host.lower() not in bound:
        reason = (f"sign-in with '{name[:60]}' needs [server] public_url in charter.toml (the URL browsers use to "
                  f"reach this server, e.g. https://charter.example.com): this request names host {host[:100]!r}, "
                  f"not the address the server listens on ({bound[-1] if bound else 'unknown'})")
        # audited like a failed authentication, and limited per client like one (a flood is tallied)
        raise state.failed_auth.refuse(client_ip(request.scope), InvalidInput(reason), action="review sign-in")
    return f"{scheme}://{bound[-1]}{path}"


def _authority(scheme: str, server: Any) -> tuple[str, ...] | None:
    """The bound socket's address as a Host header may name it: ``host:port`` (and ``host`` alone on
    the scheme's default port); None when the server's address is unknown (a Unix socket)."""
    if not server or server[1] is None:
        return None
    host, port = str(server[0]), int(server[1])
    host = f"[{host}]" if ":" in host else host  # IPv6
    default = {"http": 80, "https": 443}.get(scheme)
    return (f"{host}:{port}".lower(), host.lower()) if port == default else (f"{host}:{port}".lower(),)


def oidc_issuers(request: Request) -> list[str]:
    """The issuers a browser may sign in with (those with a review app client)."""
    return [n for n, i in request.app.state.auth.issuers.items() if i.config.client_id]


def issuer_of(request: Request, name: str) -> Any:
    issuer = request.app.state.auth.issuers.get(name)
    if issuer is None or not issuer.config.client_id:
        raise NotFound(f"no OIDC issuer '{name[:60]}' with a review app client (set [server.oidc.{name[:60]}] client_id)")
    return issuer

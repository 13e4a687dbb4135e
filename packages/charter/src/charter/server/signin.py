"""Signing a browser in and out of the review app (one router, so other ways to sign in join it here).

Today a browser signs in with an API token (``charter token create``), kept in an HTTP-only,
``SameSite=Strict`` cookie; the sign-in form is CSRF-bound to a pre-session cookie (``web.render``).
A wrong token is refused like one on any API call: audited (the reason and the client, never the
token), and past ``[server] unauthenticated_requests_per_minute`` per client answered 429.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from charter.errors import Unauthenticated
from charter.server.web import COOKIE, PRESESSION, csrf_guard, render


def signin_router() -> APIRouter:
    """GET/POST /review/login and POST /review/logout."""
    router = APIRouter(dependencies=[Depends(csrf_guard)], include_in_schema=False)

    @router.get("/review/login", response_class=HTMLResponse)
    def login_form(request: Request) -> HTMLResponse:
        return render(request, "login.html", title="Sign in")

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
    def logout() -> RedirectResponse:
        resp = RedirectResponse("/review/login", status_code=303)
        resp.delete_cookie(COOKIE)
        return resp

    return router

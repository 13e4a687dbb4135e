"""Approvals and an agent's reach over HTTP: the API and the review app's pages.

- ``GET /v1/approvals`` lists the calls waiting for a decision the caller may make (a member of
  the request's group); ``GET /v1/approvals/{id}`` shows one (to its approvers, its requester, an
  admin); ``POST /v1/approvals/{id}/approve|reject`` decides (``charter.catalog.approvals``:
  members of the group only, never the requester, only while the policy is unchanged and the
  request unexpired; every decision and refusal is audited with the digest).
- ``/review/approvals``: the same list as a page, with the exact arguments and approve/reject forms.
- ``GET /v1/agents/{name}/access[?for=P]`` and ``/review/agents/{name}/access``: what the agent
  can reach (``charter.catalog.access.reach``), for reviewers, as ``charter access`` prints it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from charter.catalog.access import reach
from charter.errors import NotFound, PermissionDenied

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


class ApprovalOut(BaseModel):
    id: str
    securable: str
    arguments: Any
    principal: str
    agent: str | None
    approver_group: str
    policy_version: int
    digest: str
    status: str
    requested_at: str
    expires_at: str
    decided_by: str | None
    reason: str


class Decision(BaseModel):
    reason: str = ""


class ReachOut(BaseModel):
    type: str
    name: str
    privilege: str
    reason: str
    row_filter: str | None = None
    column_masks: dict[str, str] = {}
    approval_group: str | None = None


def _out(a: Any) -> ApprovalOut:
    return ApprovalOut(**{**a.__dict__, "requested_at": a.requested_at.isoformat(), "expires_at": a.expires_at.isoformat()})


def render(request: Request, name: str, me: str | None, **context: Any) -> HTMLResponse:
    """A page from templates/identity, with the signed-in principal and the form's CSRF field."""
    from charter.server.review import COOKIE, csrf_token

    token = request.cookies.get(COOKIE)
    return TEMPLATES.TemplateResponse(request, f"identity/{name}",
                                      {"me": me, "csrf": csrf_token(token) if token else "", "pretty": _pretty,
                                       **context})


def _pretty(value: Any) -> str:
    """JSON as people read it (the template escapes it)."""
    return json.dumps(value, indent=1, ensure_ascii=False, sort_keys=True, default=str)


def browser_identity(app: FastAPI, charter: Any, bearer: Callable[[Request], str]) -> tuple[Callable[..., str], Callable[..., str]]:
    """(who, who_posting) for pages: the cookie's token (or a bearer header); posts by cookie need the CSRF field."""
    from charter.server.review import COOKIE, csrf_token

    def who(request: Request) -> str:
        token = request.cookies.get(COOKIE)
        if token and not request.headers.get("authorization"):
            return app.state.authenticate(token)
        return bearer(request)

    def who_posting(request: Request, csrf: str) -> str:
        me = who(request)
        token = request.cookies.get(COOKIE)
        if token and not request.headers.get("authorization") and csrf != csrf_token(token):
            charter.catalog.audit(actor=me, action=f"post {request.url.path}", securable=None, allowed=False,
                                  reason="missing or wrong CSRF field")
            raise PermissionDenied("permission denied: the form's CSRF field is missing or wrong; reload the page")
        return me

    return who, who_posting


def add_approval_routes(app: FastAPI, charter: Any, registry: Any, bearer: Callable[[Request], str]) -> None:
    """Mount the approvals API and pages, and the agent access report."""
    from charter.server.review import require_reviewer

    approvals = charter.catalog.approvals
    who, who_posting = browser_identity(app, charter, bearer)
    router = APIRouter()

    def visible(a: Any, me: str) -> bool:
        cat = charter.catalog
        return me in (a.principal, a.agent) or cat.is_member(me, a.approver_group) or cat.principal(me).is_admin

    @router.get("/v1/approvals", response_model=list[ApprovalOut], tags=["approvals"])
    def list_approvals(request: Request, limit: int = 100) -> list[ApprovalOut]:
        """Pending calls the caller may approve or reject (members of each request's group)."""
        me = bearer(request)
        return [_out(a) for a in approvals.list(approver=me, limit=limit)]

    @router.get("/v1/approvals/{approval_id}", response_model=ApprovalOut, tags=["approvals"])
    def get_approval(approval_id: str, request: Request) -> ApprovalOut:
        """One request: the exact call, its digest and its state (approvers, the requester, admins)."""
        me = bearer(request)
        a = approvals.get(approval_id)
        if not visible(a, me):
            raise NotFound(f"no approval request '{approval_id[:40]}'")
        return _out(a)

    @router.post("/v1/approvals/{approval_id}/approve", response_model=ApprovalOut, tags=["approvals"])
    def approve(approval_id: str, request: Request, body: Decision | None = None) -> ApprovalOut:
        """Approve that exact call (once, until the approval expires or the policy changes)."""
        return _out(approvals.decide(approval_id, True, actor=bearer(request), reason=(body or Decision()).reason))

    @router.post("/v1/approvals/{approval_id}/reject", response_model=ApprovalOut, tags=["approvals"])
    def reject(approval_id: str, request: Request, body: Decision | None = None) -> ApprovalOut:
        """Reject the call: the paused run ends with the refusal."""
        return _out(approvals.decide(approval_id, False, actor=bearer(request), reason=(body or Decision()).reason))

    @router.get("/review/approvals", response_class=HTMLResponse, tags=["review"])
    def approvals_page(request: Request) -> HTMLResponse:
        """The calls waiting for the signed-in approver, with their exact arguments."""
        me = who(request)
        return render(request, "approvals.html", me, title="Approvals", items=approvals.list(approver=me))

    @router.post("/review/approvals/{approval_id}", include_in_schema=False)
    def decide_page(approval_id: str, request: Request, decision: str = Form(..., pattern="^(approve|reject)$"),
                    reason: str = Form(""), csrf: str = Form("")) -> RedirectResponse:
        me = who_posting(request, csrf)
        approvals.decide(approval_id, decision == "approve", actor=me, reason=reason)
        return RedirectResponse("/review/approvals", status_code=303)

    def access_of(name: str, me: str, for_: str | None) -> list[Any]:
        require_reviewer(charter, me, "view agent access", f"agent:{name}")
        agent = registry.create(name) if name in registry.names() else None
        principal = getattr(agent, "principal", None) or name
        return reach(charter.catalog, principal, on_behalf_of=for_ or None)

    @router.get("/v1/agents/{name}/access", response_model=list[ReachOut], tags=["agents"])
    def access_json(name: str, request: Request, for_: str | None = None) -> list[ReachOut]:
        """Everything the agent can reach (with ``?for=P``: acting for P), for reviewers."""
        for_ = request.query_params.get("for", for_)
        return [ReachOut(**r.to_dict()) for r in access_of(name, bearer(request), for_)]

    @router.get("/review/agents/{name}/access", response_class=HTMLResponse, tags=["review"])
    def access_page(name: str, request: Request) -> HTMLResponse:
        """The agent's blast radius before promoting it: tables with filters and masks, models, tools, agents."""
        me = who(request)
        for_ = request.query_params.get("for") or None
        return render(request, "access.html", me, title=f"What {name} can reach", agent=name, for_=for_,
                      items=access_of(name, me, for_))

    app.include_router(router)

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

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel

from charter.catalog.access import reach
from charter.catalog.approvals import Approval
from charter.errors import NotFound
from charter.server.web import browser_principal, csrf_guard, render


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


def api_principal(request: Request) -> str:
    """The bearer token's principal (``create_app``'s dependency)."""
    return request.app.state.principal(request)


def approvals_router(charter: Any, registry: Any) -> APIRouter:
    """The approvals API and pages, and the agent access report (mounted by ``create_app``)."""
    from charter.server.review import require_reviewer

    approvals = charter.catalog.approvals
    router = APIRouter()  # the /v1 API: bearer tokens, no cookie, so no CSRF to check
    pages = APIRouter(dependencies=[Depends(csrf_guard)])  # the browser's pages and forms
    who = Depends(browser_principal)  # pages: the signed-in browser
    bearer = Depends(api_principal)  # /v1 routes: a bearer token only, the cookie carries no power there

    def visible(a: Any, me: str) -> bool:
        cat = charter.catalog
        return me in (a.principal, a.agent) or cat.is_member(me, a.approver_group) or cat.principal(me).is_admin

    @router.get("/v1/approvals", response_model=list[Approval], tags=["approvals"])
    def list_approvals(limit: int = 100, me: str = bearer) -> list[Approval]:
        """Pending calls the caller may approve or reject (members of each request's group)."""
        return approvals.list(approver=me, limit=limit)

    @router.get("/v1/approvals/{approval_id}", response_model=Approval, tags=["approvals"])
    def get_approval(approval_id: str, me: str = bearer) -> Approval:
        """One request: the exact call, its digest and its state (approvers, the requester, admins)."""
        a = approvals.get(approval_id)
        if not visible(a, me):
            raise NotFound(f"no approval request '{approval_id[:40]}'")
        return a

    @router.post("/v1/approvals/{approval_id}/approve", response_model=Approval, tags=["approvals"])
    def approve(approval_id: str, body: Decision | None = None, me: str = bearer) -> Approval:
        """Approve that exact call (once, until the approval expires or the policy changes)."""
        return approvals.decide(approval_id, True, actor=me, reason=(body or Decision()).reason)

    @router.post("/v1/approvals/{approval_id}/reject", response_model=Approval, tags=["approvals"])
    def reject(approval_id: str, body: Decision | None = None, me: str = bearer) -> Approval:
        """Reject the call: the paused run ends with the refusal."""
        return approvals.decide(approval_id, False, actor=me, reason=(body or Decision()).reason)

    @pages.get("/review/approvals", response_class=HTMLResponse, tags=["review"])
    def approvals_page(request: Request, me: str = who) -> HTMLResponse:
        """The calls waiting for the signed-in approver, with their exact arguments."""
        return render(request, "approvals.html", title="Approvals", me=me, items=approvals.list(approver=me))

    @pages.post("/review/approvals/{approval_id}", include_in_schema=False)
    def decide_page(approval_id: str, decision: str = Form(..., pattern="^(approve|reject)$"),
                    reason: str = Form(""), me: str = who) -> RedirectResponse:
        approvals.decide(approval_id, decision == "approve", actor=me, reason=reason)
        return RedirectResponse("/review/approvals", status_code=303)

    def access_of(name: str, me: str, for_: str | None) -> list[Any]:
        require_reviewer(charter, me, "view agent access", f"agent:{name}")
        agent = registry.create(name) if name in registry.names() else None
        principal = getattr(agent, "principal", None) or name
        return reach(charter.catalog, principal, on_behalf_of=for_ or None)

    @router.get("/v1/agents/{name}/access", response_model=list[ReachOut], tags=["agents"])
    def access_json(name: str, request: Request, me: str = bearer) -> list[ReachOut]:
        """Everything the agent can reach (with ``?for=P``: acting for P), for reviewers."""
        return [ReachOut(**r.to_dict()) for r in access_of(name, me, request.query_params.get("for"))]

    @pages.get("/review/agents/{name}/access", response_class=HTMLResponse, tags=["review"])
    def access_page(name: str, request: Request, me: str = who) -> HTMLResponse:
        """The agent's blast radius before promoting it: tables with filters and masks, models, tools, agents."""
        for_ = request.query_params.get("for") or None
        return render(request, "access.html", title=f"What {name} can reach", me=me, agent=name, for_=for_,
                      items=access_of(name, me, for_))

    router.include_router(pages)
    return router

"""Human approval of risky calls: ``ALTER TOOL t SET REQUIRE APPROVAL BY GROUP approvers``.

A tool, MCP tool or agent marked this way runs only after a member of the group approved that
exact call. The approval is bound to a digest of the securable, the validated arguments, the
principal, the agent acting for it and the securable's approval-policy version, and it expires:

- other arguments, another principal or agent give another digest, so a new request;
- changing the policy (``SET``/``DROP REQUIRE APPROVAL``) bumps the version: pending requests can
  no longer be approved and approvals not yet used no longer match;
- an approval is used once (the row moves from ``approved`` to ``used`` in one conditional update).

The enforcement point (``ToolRegistry.invoke``) calls ``gate``: the call either goes ahead with an
approval, or a request is filed and the run pauses up to ``wait_s`` for a decision, then resumes,
ends with the rejection, or ends as pending (``ApprovalRequired`` naming the request), or stops
early when the run is cancelled (its request timed out). Requests, decisions (with the approver) and
uses are audited with the digest. The pause polls the store, so a decision on any worker reaches it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, Protocol

from pydantic import PlainSerializer
from sqlalchemy import select, update

from charter.catalog.tables import ApprovalRequest
from charter.errors import ApprovalRequired, Cancelled, InvalidInput, NotFound, PermissionDenied
from charter.store import Store, utcnow

APPROVABLE = ("tool", "mcp_tool", "agent")
POLL_S = 0.2


class Cancellable(Protocol):
    """What the pause watches to stop early (``charter.agents.context.Cancellation``: a run's, cancelled
    when its request timed out)."""

    @property
    def cancelled(self) -> bool: ...

    reason: str


def call_digest(securable: str, arguments: Any, principal: str, agent: str | None, policy_version: int) -> str:
    """sha256 over the canonical JSON of what an approval is bound to."""
    blob = json.dumps({"securable": securable, "arguments": arguments, "principal": principal, "agent": agent,
                       "policy_version": policy_version}, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def _aware(ts: datetime) -> datetime:
    from datetime import UTC

    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


# In JSON (the API's answers) a date is ``datetime.isoformat()``: ISO 8601 with its UTC offset.
IsoDatetime = Annotated[datetime, PlainSerializer(lambda ts: ts.isoformat(), return_type=str, when_used="json")]


@dataclass(frozen=True)
class Approval:
    """A request as approvers see it: the exact call, who asked, and its state. The one home of the
    concept: the approvals API answers with it as it is (``response_model=Approval``)."""

    id: str
    securable: str
    arguments: Any
    principal: str
    agent: str | None
    approver_group: str
    policy_version: int
    digest: str
    status: str
    requested_at: IsoDatetime
    expires_at: IsoDatetime
    decided_by: str | None
    reason: str

    @classmethod
    def of(cls, row: ApprovalRequest) -> Approval:
        return cls(row.id, row.securable, json.loads(row.arguments), row.principal, row.agent, row.approver_group,
                   row.policy_version, row.digest, row.status, _aware(row.requested_at), _aware(row.expires_at),
                   row.decided_by, row.reason)


def approval_policy(catalog: Any, securable: str) -> tuple[str | None, int]:
    """(approver group or None, policy version) of a securable, from the catalog's snapshot."""
    try:
        props = json.loads(catalog.securable(securable).properties or "{}")
    except NotFound:
        return None, 0
    policy = props.get("approval") or {}
    return policy.get("group"), int(policy.get("version", 0))


class Approvals:
    """File, decide, list and use approvals (one per process; all state is in the metadata store)."""

    def __init__(self, store: Store, catalog: Any, *, ttl_s: float = 3600, wait_s: float = 0.0) -> None:
        self.store = store
        self.catalog = catalog
        self.ttl_s = ttl_s
        self.wait_s = wait_s

    # -- the enforcement point ---------------------------------------------------------------------
    def gate(self, securable: str, arguments: Any, *, principal: str, agent: str | None,
             request_id: str | None = None, what: str | None = None,
             cancellation: Cancellable | None = None) -> str | None:
        """Return when the call may go ahead (the approval id used, or None when none is needed);
        raise PermissionDenied when rejected, ApprovalRequired when still pending after ``wait_s``, and
        Cancelled as soon as ``cancellation`` is (the run's request timed out): the pause never outlives
        the request that asked, and the request stays pending for a run that asks again."""
        group, version = approval_policy(self.catalog, securable)
        if group is None:
            return None
        what = what or securable
        digest = call_digest(securable, arguments, principal, agent, version)
        used = self._use(digest, securable, principal, agent, request_id)
        if used is not None:
            return used
        request = self._pending(digest) or self._file(securable, arguments, principal, agent, group, version, digest,
                                                      request_id)
        deadline = time.monotonic() + self.wait_s
        while True:  # the run pauses here until an approver decides (or wait_s runs out)
            current = self.get(request.id)
            if current.status == "approved":
                used = self._use(digest, securable, principal, agent, request_id)
                if used is not None:
                    return used
            if current.status == "rejected":
                reason = f"{what} was rejected by {current.decided_by}" + (f": {current.reason}" if current.reason else "")
                self.catalog.audit(actor=agent or principal, on_behalf_of=principal if agent else None,
                                   action="use approval", securable=securable, allowed=False, reason=reason,
                                   request_id=request_id, details={"approval": request.id, "digest": digest})
                raise PermissionDenied(f"permission denied: {reason}", approval_id=request.id, audited=True)
            if cancellation is not None and cancellation.cancelled:
                raise Cancelled(f"{what} stopped waiting for approval (request {request.id} stays pending): "
                                f"{cancellation.reason}", approval_id=request.id)
            if time.monotonic() >= deadline:
                raise ApprovalRequired(
                    f"{what} needs approval by a member of '{group}': request {request.id} is pending (approve it in "
                    f"the review app at /review/approvals or POST /v1/approvals/{request.id}/approve), then run again",
                    approval_id=request.id, audited=True)
            time.sleep(min(POLL_S, max(0.0, deadline - time.monotonic())))

    def _use(self, digest: str, securable: str, principal: str, agent: str | None, request_id: str | None) -> str | None:
        now = utcnow()
        with self.store.session() as session:
            ids = list(session.scalars(select(ApprovalRequest.id).where(
                ApprovalRequest.digest == digest, ApprovalRequest.status == "approved",
                ApprovalRequest.expires_at > now).order_by(ApprovalRequest.decided_at)))
            for approval_id in ids:  # the conditional update makes each approval usable exactly once
                done = session.execute(update(ApprovalRequest).where(
                    ApprovalRequest.id == approval_id, ApprovalRequest.status == "approved").values(status="used"))
                if done.rowcount == 1:  # type: ignore[attr-defined]
                    break
            else:
                return None
        self.catalog.audit(actor=agent or principal, on_behalf_of=principal if agent else None, action="use approval",
                           securable=securable, allowed=True, reason="approved call", request_id=request_id,
                           details={"approval": approval_id, "digest": digest})
        return approval_id

    def _pending(self, digest: str) -> Approval | None:
        with self.store.session() as session:
            row = session.scalar(select(ApprovalRequest).where(
                ApprovalRequest.digest == digest, ApprovalRequest.status == "pending",
                ApprovalRequest.expires_at > utcnow()).order_by(ApprovalRequest.requested_at))
            return Approval.of(row) if row is not None else None

    def _file(self, securable: str, arguments: Any, principal: str, agent: str | None, group: str, version: int,
              digest: str, request_id: str | None) -> Approval:
        row = ApprovalRequest(id=secrets.token_hex(8), digest=digest, securable=securable,
                              arguments=json.dumps(arguments, sort_keys=True, ensure_ascii=False, default=str),
                              principal=principal, agent=agent, approver_group=group, policy_version=version,
                              status="pending", requested_at=utcnow(), expires_at=utcnow() + timedelta(seconds=self.ttl_s),
                              reason="", request_id=request_id)
        with self.store.session() as session:
            session.add(row)
            session.flush()
            approval = Approval.of(row)
        self.catalog.audit(actor=agent or principal, on_behalf_of=principal if agent else None,
                           action="request approval", securable=securable, allowed=False,
                           reason=f"waiting for approval by a member of '{group}'", request_id=request_id,
                           details={"approval": approval.id, "digest": digest, "arguments": approval.arguments})
        return approval

    # -- approvers -----------------------------------------------------------------------------------
    def get(self, approval_id: str) -> Approval:
        with self.store.session() as session:
            row = session.get(ApprovalRequest, approval_id)
            if row is None:
                raise NotFound(f"no approval request '{approval_id[:40]}'")
            return Approval.of(row)

    def list(self, *, status: str | None = "pending", approver: str | None = None, limit: int = 100) -> list[Approval]:
        """Requests (pending by default, unexpired), those ``approver`` may decide when given."""
        with self.store.session() as session:
            q = select(ApprovalRequest).order_by(ApprovalRequest.requested_at.desc()).limit(max(1, min(limit, 500)))
            if status is not None:
                q = q.where(ApprovalRequest.status == status)
            if status == "pending":
                q = q.where(ApprovalRequest.expires_at > utcnow())
            rows = [Approval.of(r) for r in session.scalars(q)]
        if approver is not None:
            rows = [r for r in rows if self.catalog.is_member(approver, r.approver_group)]
        return rows

    def decide(self, approval_id: str, approve: bool, *, actor: str, reason: str = "") -> Approval:
        """Approve or reject a pending request; only a member of its group (never the requester) may."""
        verb = "approve call" if approve else "reject call"
        try:
            request = self.get(approval_id)
        except NotFound as exc:
            self.catalog.audit(actor=actor, action=verb, securable=None, allowed=False, reason=exc.message)
            raise
        try:
            self._check_decision(request, actor)
        except (PermissionDenied, InvalidInput) as exc:
            self.catalog.audit(actor=actor, action=verb, securable=request.securable, allowed=False, reason=exc.message,
                               details={"approval": request.id, "digest": request.digest})
            raise
        now = utcnow()
        values: dict[str, Any] = {"status": "approved" if approve else "rejected", "decided_by": actor,
                                  "decided_at": now, "reason": reason[:2000]}
        if approve:  # the approval itself lasts ttl_s from the decision
            values["expires_at"] = now + timedelta(seconds=self.ttl_s)
        with self.store.session() as session:
            done = session.execute(update(ApprovalRequest).where(ApprovalRequest.id == request.id,
                                                                 ApprovalRequest.status == "pending").values(**values))
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise InvalidInput(f"approval request {request.id} was decided meanwhile")
        self.catalog.audit(actor=actor, on_behalf_of=None, action=verb, securable=request.securable, allowed=True,
                           reason=reason or ("approved" if approve else "rejected"),
                           details={"approval": request.id, "digest": request.digest, "principal": request.principal,
                                    "agent": request.agent, "arguments": request.arguments,
                                    "policy_version": request.policy_version})
        return self.get(request.id)

    def _check_decision(self, request: Approval, actor: str) -> None:
        if not self.catalog.is_member(actor, request.approver_group):
            raise PermissionDenied(f"permission denied: deciding request {request.id} needs membership of "
                                   f"'{request.approver_group}'")
        if actor in (request.principal, request.agent):
            raise PermissionDenied(f"permission denied: {actor} asked for request {request.id} and cannot decide it")
        if request.status != "pending":
            raise InvalidInput(f"approval request {request.id} is already {request.status}")
        if request.expires_at <= utcnow():
            raise InvalidInput(f"approval request {request.id} expired at {request.expires_at:%Y-%m-%d %H:%M} UTC; "
                               "the call must be requested again")
        group, version = approval_policy(self.catalog, request.securable)
        if (group, version) != (request.approver_group, request.policy_version):
            raise InvalidInput(f"the approval policy of {request.securable} changed since request {request.id} "
                               f"(version {request.policy_version} -> {version}); the call must be requested again")
        if call_digest(request.securable, request.arguments, request.principal, request.agent,
                       request.policy_version) != request.digest:
            raise InvalidInput(f"approval request {request.id} does not match its digest; it was altered")

"""The tamper-evident audit log: append-only records chained by SHA-256, and its verification."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from charter.catalog.tables import AuditRecord, CatalogState
from charter.store import utcnow

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """One audit record as read back."""

    id: int
    ts: datetime
    actor: str
    on_behalf_of: str | None
    action: str
    securable: str | None
    allowed: bool
    reason: str
    request_id: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class VerifyResult:
    """Whether the chain is intact, how many records were checked, and the first problem."""

    ok: bool
    checked: int
    problem: str | None = None


def _canonical_ts(ts: datetime) -> str:
    if ts.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
        ts = ts.replace(tzinfo=UTC)
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def record_hash(prev: str, r: Any) -> str:
    """SHA-256 over the previous hash and every field of the record."""
    body = [prev, r.id, _canonical_ts(r.ts), r.actor, r.on_behalf_of, r.action, r.securable,
            bool(r.allowed), r.reason, r.request_id, r.details]
    return hashlib.sha256(json.dumps(body, separators=(",", ":")).encode()).hexdigest()


def append_record(session: Session, *, actor: str, on_behalf_of: str | None, action: str, securable: str | None,
                  allowed: bool, reason: str, request_id: str | None, details: dict[str, Any] | None) -> None:
    """Append one record inside the caller's transaction, advancing the chain head.

    Core statements, not the ORM unit of work: every governed query writes one of these, and the
    ORM's flush bookkeeping was most of its cost. Ids are assigned here, one past the head, under
    the head's lock, so the record's hash (which covers its id) is computed before the single
    INSERT.
    """
    # Lock the chain head for this transaction (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE
    # already serialises writers), so concurrent writers never fork the chain.
    conn = session.connection()
    head_id, head_hash = conn.execute(_HEAD).one()
    record = SimpleNamespace(id=head_id + 1, ts=utcnow(), actor=actor, on_behalf_of=on_behalf_of, action=action,
                             securable=securable, allowed=allowed, reason=reason, request_id=request_id,
                             details=json.dumps(details or {}, sort_keys=True, default=str))
    digest = record_hash(head_hash, record)
    conn.execute(_INSERT, {**vars(record), "prev_hash": head_hash, "hash": digest})
    conn.execute(_ADVANCE, {"head_id": record.id, "head_hash": digest})


# Built once: constructing statements per record cost more than running them.
_HEAD = select(CatalogState.audit_head_id, CatalogState.audit_head_hash).where(CatalogState.id == 1).with_for_update()
_INSERT = insert(AuditRecord)
_ADVANCE = (update(CatalogState).where(CatalogState.id == 1)
            .values(audit_head_id=bindparam("head_id"), audit_head_hash=bindparam("head_hash")))


def read_records(session: Session, *, principal: str | None = None, since: datetime | None = None,
                 limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
    """Records oldest first, by or on behalf of a principal, of one action, since a time, the latest `limit`."""
    q = select(AuditRecord).order_by(AuditRecord.id.desc())
    if action is not None:
        q = q.where(AuditRecord.action == action)
    if principal is not None:
        q = q.where((AuditRecord.actor == principal) | (AuditRecord.on_behalf_of == principal))
    if since is not None:
        q = q.where(AuditRecord.ts >= since)
    if limit is not None:
        q = q.limit(limit)
    rows = list(session.scalars(q))[::-1]
    return [AuditEntry(r.id, r.ts, r.actor, r.on_behalf_of, r.action, r.securable, bool(r.allowed), r.reason,
                       r.request_id, json.loads(r.details)) for r in rows]


def verify_chain(session: Session) -> VerifyResult:
    """Recompute the chain; name the first edited record, the gap a deletion left, or a lost tail."""
    prev, count, last_id = GENESIS, 0, 0
    # The head first: records appended while we scan (past the head) are left for next time.
    state = session.get(CatalogState, 1)
    head = state.audit_head_id if state is not None else 0
    rows = session.scalars(select(AuditRecord).where(AuditRecord.id <= head).order_by(AuditRecord.id))
    for r in rows.yield_per(1000):
        if r.prev_hash != prev:
            return VerifyResult(False, count, f"audit record {r.id}: chain broken — the record before it "
                                "was deleted or altered")
        if record_hash(prev, r) != r.hash:
            return VerifyResult(False, count, f"audit record {r.id} was altered after it was written")
        prev, last_id, count = r.hash, r.id, count + 1
    if state is not None and (state.audit_head_id != last_id or state.audit_head_hash != prev):
        return VerifyResult(False, count, f"audit records after {last_id} were deleted "
                            f"(the chain head is record {state.audit_head_id})")
    return VerifyResult(True, count)

"""Bearer tokens: an HTTP client presents one, Charter maps it to the principal it acts as.

Self-contained in the `mcp_tokens` table so the HTTP server (issue 10) can reuse it as is:
`TokenStore(store, catalog).principal_for(token)`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from charter.catalog import Catalog
from charter.errors import NotFound, PermissionDenied, Unauthenticated
from charter.mcp.tables import McpToken
from charter.store import Store, utcnow

PREFIX = "cht_"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(ts: datetime | None) -> datetime | None:
    if ts is not None and ts.tzinfo is None:  # SQLite hands back naive datetimes written in UTC
        return ts.replace(tzinfo=UTC)
    return ts


@dataclass(frozen=True)
class TokenInfo:
    id: int
    prefix: str
    principal: str
    label: str
    created_by: str
    created_at: datetime
    expires_at: datetime | None
    revoked: bool
    last_used_at: datetime | None


# How fresh `last_used_at` is kept: writing it on every request would serialize a busy server
# on the metadata store.
LAST_USED_RESOLUTION_S = 60.0


class TokenStore:
    """Issue, verify, list and revoke tokens; every issue and revoke is audited in the catalog."""

    def __init__(self, store: Store, catalog: Catalog) -> None:
        self.store = store
        self.catalog = catalog

    def issue(self, principal: str, *, actor: str = "admin", label: str = "", ttl_days: float | None = None) -> str:
        """A new token for the principal, returned once (only its hash is stored)."""
        self.catalog.principal(principal)  # NotFound names the principal
        me = self.catalog.principal(actor)
        if not me.is_admin and actor != principal:
            self.catalog.audit(actor=actor, action="issue token", securable=f"principal:{principal}",
                               allowed=False, reason="only a metastore admin may issue tokens for others")
            raise PermissionDenied(f"permission denied: only a metastore admin may issue a token for '{principal}'")
        token = PREFIX + secrets.token_urlsafe(32)
        expires = utcnow() + timedelta(days=ttl_days) if ttl_days else None
        with self.store.session() as session:
            row = McpToken(token_hash=_hash(token), prefix=token[: len(PREFIX) + 6], principal=principal,
                           label=label, created_by=actor, expires_at=expires)
            session.add(row)
            session.flush()
            token_id = row.id
        self.catalog.audit(actor=actor, action="issue token", securable=f"principal:{principal}", allowed=True,
                           reason="issued", details={"token_id": token_id, "label": label})
        return token

    def principal_for(self, token: str) -> str:
        """The principal a token acts as; Unauthenticated when it is unknown, revoked or expired."""
        if not token or not token.startswith(PREFIX):
            raise Unauthenticated("missing or malformed token; send 'Authorization: Bearer cht_...'")
        with self.store.session() as session:
            row = session.scalar(select(McpToken).where(McpToken.token_hash == _hash(token)))
            if row is None:
                raise Unauthenticated(f"unknown token {token[:len(PREFIX) + 6]}...")
            if row.revoked_at is not None:
                raise Unauthenticated(f"token {row.prefix}... was revoked")
            expires = _aware(row.expires_at)
            if expires is not None and expires <= utcnow():
                raise Unauthenticated(f"token {row.prefix}... expired at {expires:%Y-%m-%d %H:%M} UTC")
            now = utcnow()
            last = _aware(row.last_used_at)
            if last is None or (now - last).total_seconds() >= LAST_USED_RESOLUTION_S:
                row.last_used_at = now  # at most one write a minute per token, not one per request
            principal = row.principal
        self.catalog.principal(principal)  # a dropped principal's tokens stop working
        return principal

    def revoke(self, token_id: int, *, actor: str = "admin") -> None:
        """Revoke a token by id (see `list`)."""
        with self.store.session() as session:
            row = session.get(McpToken, token_id)
            if row is None:
                raise NotFound(f"no token with id {token_id}; `charter mcp token list` shows them")
            principal = row.principal
            refused = not self.catalog.principal(actor).is_admin and actor != principal
            if not refused:
                session.execute(update(McpToken).where(McpToken.id == token_id).values(revoked_at=utcnow()))
        if refused:  # audited outside the transaction above (on SQLite it holds the write lock)
            self.catalog.audit(actor=actor, action="revoke token", securable=f"principal:{principal}",
                               allowed=False, reason="only a metastore admin may revoke others' tokens")
            raise PermissionDenied(f"permission denied: only a metastore admin may revoke token {token_id}")
        self.catalog.audit(actor=actor, action="revoke token", securable=f"principal:{principal}",
                           allowed=True, reason="revoked", details={"token_id": token_id})

    def revoke_session(self, token: str, *, label_prefix: str, actor: str) -> bool:
        """Revoke a token given itself, only when it is a session token (its label starts with
        ``label_prefix``): signing out of a browser never revokes an API token pasted into it."""
        with self.store.session() as session:
            row = session.scalar(select(McpToken).where(McpToken.token_hash == _hash(token)))
            if row is None or row.revoked_at is not None or not row.label.startswith(label_prefix):
                return False
            row.revoked_at = utcnow()
            token_id, principal = row.id, row.principal
        self.catalog.audit(actor=actor, action="revoke token", securable=f"principal:{principal}",
                           allowed=True, reason="signed out", details={"token_id": token_id})
        return True

    def list(self, principal: str | None = None) -> list[TokenInfo]:
        with self.store.session() as session:
            q = select(McpToken).order_by(McpToken.id)
            if principal is not None:
                q = q.where(McpToken.principal == principal)
            rows = list(session.scalars(q))
        return [TokenInfo(r.id, r.prefix, r.principal, r.label, r.created_by, _aware(r.created_at) or utcnow(),
                          _aware(r.expires_at), r.revoked_at is not None, _aware(r.last_used_at)) for r in rows]

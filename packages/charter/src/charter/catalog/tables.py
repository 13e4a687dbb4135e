"""Catalog tables: principals, memberships, securables, grants, policies and the audit chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charter.store.base import Base, utcnow


class Principal(Base):
    __tablename__ = "catalog_principals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # user | group | agent
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Membership(Base):
    __tablename__ = "catalog_memberships"

    group_id: Mapped[int] = mapped_column(ForeignKey("catalog_principals.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("catalog_principals.id", ondelete="CASCADE"), primary_key=True)


class Securable(Base):
    __tablename__ = "catalog_securables"
    __table_args__ = (UniqueConstraint("type", "name", name="uq_catalog_securables_type_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(500))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_securables.id", ondelete="CASCADE"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("catalog_principals.id"))
    properties: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Grant(Base):
    __tablename__ = "catalog_grants"
    __table_args__ = (
        UniqueConstraint("securable_id", "principal_id", "privilege", name="uq_catalog_grants_triple"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    securable_id: Mapped[int] = mapped_column(ForeignKey("catalog_securables.id", ondelete="CASCADE"), index=True)
    principal_id: Mapped[int] = mapped_column(ForeignKey("catalog_principals.id", ondelete="CASCADE"), index=True)
    privilege: Mapped[str] = mapped_column(String(40))
    granted_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RowFilter(Base):
    __tablename__ = "catalog_row_filters"

    securable_id: Mapped[int] = mapped_column(ForeignKey("catalog_securables.id", ondelete="CASCADE"), primary_key=True)
    expression: Mapped[str] = mapped_column(Text)


class ColumnMask(Base):
    __tablename__ = "catalog_column_masks"

    securable_id: Mapped[int] = mapped_column(ForeignKey("catalog_securables.id", ondelete="CASCADE"), primary_key=True)
    column: Mapped[str] = mapped_column(String(200), primary_key=True)
    expression: Mapped[str] = mapped_column(Text)


class QueryPolicyRow(Base):
    __tablename__ = "catalog_query_policies"

    principal_id: Mapped[int] = mapped_column(ForeignKey("catalog_principals.id", ondelete="CASCADE"), primary_key=True)
    statement_types: Mapped[str] = mapped_column(String(200), default="SELECT")
    max_rows: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_execution_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    denied_tables: Mapped[str] = mapped_column(Text, default="[]")
    denied_functions: Mapped[str] = mapped_column(Text, default="[]")


class AuditRecord(Base):
    __tablename__ = "catalog_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), index=True)
    on_behalf_of: Mapped[str | None] = mapped_column(String(200), nullable=True)
    action: Mapped[str] = mapped_column(String(100))
    securable: Mapped[str | None] = mapped_column(String(500), nullable=True)
    allowed: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # How `hash` was made: "hmac-sha256:<key id>", or NULL for the legacy unkeyed SHA-256 chain.
    scheme: Mapped[str | None] = mapped_column(String(40), nullable=True)


class CatalogState(Base):
    """One row: a change counter (cache invalidation across processes) and the audit chain head."""

    __tablename__ = "catalog_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    audit_head_id: Mapped[int] = mapped_column(Integer, default=0)
    audit_head_hash: Mapped[str] = mapped_column(String(64), default="0" * 64)


class GrantChange(Base):
    """One grant or revoke, stamped with the catalog version it produced.

    Another process whose snapshot is a few versions behind replays these instead of reloading
    every grant; a version with no rows here (any other change) makes it reload.
    """

    __tablename__ = "catalog_grant_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[int] = mapped_column(Integer, index=True)
    op: Mapped[str] = mapped_column(String(10))  # grant | revoke
    securable_id: Mapped[int] = mapped_column(Integer)
    principal_id: Mapped[int] = mapped_column(Integer)
    privilege: Mapped[str] = mapped_column(String(40))


class ExternalIdentity(Base):
    """An OIDC subject bound to the principal it was provisioned as, with the groups last synced from it."""

    __tablename__ = "catalog_external_identities"
    __table_args__ = (UniqueConstraint("issuer", "subject", name="uq_catalog_external_identities_subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    issuer: Mapped[str] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(500))
    principal: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # user | service
    groups: Mapped[str] = mapped_column(Text, default="[]")  # JSON list: the memberships this binding manages
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApprovalRequest(Base):
    """A call waiting for (or given) a person's approval, bound to the digest of that exact call."""

    __tablename__ = "catalog_approvals"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), index=True)
    securable: Mapped[str] = mapped_column(String(600))
    arguments: Mapped[str] = mapped_column(Text)
    principal: Mapped[str] = mapped_column(String(200))
    agent: Mapped[str | None] = mapped_column(String(200), nullable=True)
    approver_group: Mapped[str] = mapped_column(String(200))
    policy_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), index=True)  # pending | approved | rejected | used
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[str | None] = mapped_column(String(100), nullable=True)

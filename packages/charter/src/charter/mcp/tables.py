"""MCP tables: bearer tokens that map an HTTP client to a Charter principal.

External servers and their tools need no table of their own: they are catalog securables
(`mcp_server:NAME`, `mcp_tool:NAME.TOOL`) whose properties hold the connection spec and the
tool's schema, so grants, ownership and audit work on them like on anything else.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from charter.store.base import Base, utcnow


class McpToken(Base):
    """A token is shown once; only its SHA-256 is kept (tokens are random, so no slow hash is needed)."""

    __tablename__ = "mcp_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    principal: Mapped[str] = mapped_column(String(200), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

"""Agent versions (full config, content-hashed) and aliases pointing at them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charter.store.base import Base, utcnow


class AgentVersionRow(Base):
    __tablename__ = "agents_versions"
    __table_args__ = (UniqueConstraint("agent", "content_hash", name="uq_agents_versions_agent_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    agent: Mapped[str] = mapped_column(String(200), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    config: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AgentAliasRow(Base):
    __tablename__ = "agents_aliases"

    agent: Mapped[str] = mapped_column(String(200), primary_key=True)
    alias: Mapped[str] = mapped_column(String(50), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    set_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AgentSignoffRow(Base):
    """A reviewer's sign-off of one agent version (one of the two pieces of evidence promotion needs)."""

    __tablename__ = "agents_signoffs"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    agent: Mapped[str] = mapped_column(String(200), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    reviewer: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AgentPromotionRow(Base):
    """Each move of the champion alias (a promotion or a rollback), with the evidence it rested on."""

    __tablename__ = "agents_promotions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    agent: Mapped[str] = mapped_column(String(200), index=True)
    action: Mapped[str] = mapped_column(String(20))
    from_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    to_hash: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(200))
    evidence: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AgentRolloutRow(Base):
    """How the challenger meets live traffic: a share of requests, or shadow runs beside the champion."""

    __tablename__ = "agents_rollouts"

    agent: Mapped[str] = mapped_column(String(200), primary_key=True)
    mode: Mapped[str] = mapped_column(String(20))
    share: Mapped[float] = mapped_column(Float, default=0.0)
    set_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

"""The monitor's tables: per-trace observations and feedback, attached scorers, alert rules and their
state, webhook deliveries, and the traces it offers reviewers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charter.store.base import Base, utcnow


class ObservationRow(Base):
    """One live trace as the monitor saw it: the deterministic checks and the trace's quality."""

    __tablename__ = "monitor_observations"
    __table_args__ = (Index("ix_monitor_observations_agent_at", "agent", "at"),
                      Index("ix_monitor_observations_principal_at", "principal", "at"))

    trace_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    agent: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(64))  # the agent's content-hash prefix ('' when unknown)
    principal: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # the trace's start
    hour: Mapped[int] = mapped_column(Integer)  # epoch hours of ``at``: buckets group on it in any SQL
    latency_ms: Mapped[float] = mapped_column(Float)
    error: Mapped[bool] = mapped_column(Boolean)
    refused: Mapped[bool] = mapped_column(Boolean)
    tokens: Mapped[int] = mapped_column(Integer)
    cost_usd: Mapped[float] = mapped_column(Float)
    quality: Mapped[float | None] = mapped_column(Float, nullable=True)  # mean of its measurable quality scores
    quality_n: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)  # the text input, for drift
    # 'shadow' for a challenger's shadow run (no caller saw its answer: the agent's own metrics, alerts
    # and drift leave it out; its version's metrics count it), 'challenger' for its share of traffic
    arm: Mapped[str] = mapped_column(String(20), default="", server_default="")

SHADOW = "shadow"


class FeedbackRow(Base):
    """One check's, scorer's or judge's result on a live trace."""

    __tablename__ = "monitor_feedback"
    __table_args__ = (Index("ix_monitor_feedback_agent_name_at", "agent", "name", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trace_id: Mapped[str] = mapped_column(String(32), index=True)
    agent: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20))  # check, scorer, judge
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    measurable: Mapped[bool] = mapped_column(Boolean)
    rationale: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ScorerRow(Base):
    """A scorer attached with `charter monitor add` (charter.toml's [monitor.agents] are read as well)."""

    __tablename__ = "monitor_scorers"
    __table_args__ = (UniqueConstraint("agent", "spec", name="uq_monitor_scorers_agent_spec"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent: Mapped[str] = mapped_column(String(200), index=True)
    spec: Mapped[str] = mapped_column(String(1000))
    sample: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RuleRow(Base):
    """An alert rule added with `charter monitor alert add` (the body is an AlertRuleSettings)."""

    __tablename__ = "monitor_rules"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AlertRow(Base):
    """One alert: fired once when its rule's condition starts to hold, resolved when it stops.

    ``open_key`` is the rule's key while the alert fires and NULL once resolved; being unique, it lets
    only one process (of several evaluating the same rules) open an alert for a rule.
    """

    __tablename__ = "monitor_alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rule: Mapped[str] = mapped_column(String(200), index=True)
    agent: Mapped[str] = mapped_column(String(200))
    metric: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20))  # firing, resolved
    open_key: Mapped[str | None] = mapped_column(String(300), nullable=True, unique=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)  # when it fired
    last_value: Mapped[float | None] = mapped_column(Float, nullable=True)  # at the last evaluation
    n: Mapped[int] = mapped_column(Integer)
    message: Mapped[str] = mapped_column(Text)
    fired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class DeliveryRow(Base):
    """One alert event (fired or resolved) waiting for, or done with, its webhook delivery."""

    __tablename__ = "monitor_deliveries"
    __table_args__ = (Index("ix_monitor_deliveries_status_next_at", "status", "next_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(Integer, index=True)
    event: Mapped[str] = mapped_column(String(20))  # firing, resolved
    url: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # pending, sent, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ReviewRow(Base):
    """A trace the monitor offers reviewers: an example of a firing alert, or a drifted live question."""

    __tablename__ = "monitor_review"
    __table_args__ = (UniqueConstraint("trace_id", "source", name="uq_monitor_review_trace_source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trace_id: Mapped[str] = mapped_column(String(32))
    agent: Mapped[str] = mapped_column(String(200), index=True)
    source: Mapped[str] = mapped_column(String(20))  # alert, drift
    reason: Mapped[str] = mapped_column(Text)
    dataset: Mapped[str | None] = mapped_column(String(200), nullable=True)  # the golden set it may join
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)

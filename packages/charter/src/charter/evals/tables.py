"""Evaluation tables: dataset versions and items, corrections, runs, run items, the item cache."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charter.store.base import Base, utcnow


class DatasetRow(Base):
    __tablename__ = "evals_datasets"
    __table_args__ = (UniqueConstraint("name", "version", name="uq_evals_datasets_name_version"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200), default="admin")
    note: Mapped[str] = mapped_column(Text, default="")
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DatasetItemRow(Base):
    __tablename__ = "evals_dataset_items"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("evals_datasets.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str] = mapped_column(String(200))
    split: Mapped[str | None] = mapped_column(String(50), nullable=True)
    body: Mapped[str] = mapped_column(Text)  # the item as JSON (inputs, expectations, tags, ...)


class CorrectionRow(Base):
    __tablename__ = "evals_corrections"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    dataset: Mapped[str] = mapped_column(String(200), index=True)
    item_id: Mapped[str] = mapped_column(String(200))
    from_version: Mapped[str] = mapped_column(String(64))
    to_version: Mapped[str] = mapped_column(String(64))
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    trace_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RunRow(Base):
    __tablename__ = "evals_runs"

    run_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent: Mapped[str] = mapped_column(String(200), index=True)
    agent_version: Mapped[str] = mapped_column(String(64))
    dataset: Mapped[str] = mapped_column(String(200))
    dataset_version: Mapped[str] = mapped_column(String(64))
    split: Mapped[str | None] = mapped_column(String(50), nullable=True)
    scorers: Mapped[str] = mapped_column(Text)  # JSON list of scorer specs
    status: Mapped[str] = mapped_column(String(20), default="running")
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(200), default="admin")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RunItemRow(Base):
    __tablename__ = "evals_run_items"
    __table_args__ = (UniqueConstraint("run_id", "item_id", name="uq_evals_run_items_run_item"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("evals_runs.run_id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)  # JSON: output, scores, error, tags, cached
    trace_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)  # evals_0002
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    latency_s: Mapped[float] = mapped_column(Float, default=0.0)


class ItemCacheRow(Base):
    __tablename__ = "evals_item_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256(agent version, input)
    agent: Mapped[str] = mapped_column(String(200))
    agent_version: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)  # JSON: output, trace_id, latency_s
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

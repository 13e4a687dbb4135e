"""Data-layer tables: registered sources, vector indexes and feature tables."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charter.store.base import Base, utcnow


class DataSource(Base):
    """A registered source. The URL (with any password) lives here only, never in audit or traces."""

    __tablename__ = "data_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)
    scheme: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    synced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class VectorIndexRow(Base):
    """A vector index over one text column of one table; vectors live in a file under CHARTER_HOME."""

    __tablename__ = "data_vector_indexes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(600), unique=True)  # catalog.schema.name
    table_name: Mapped[str] = mapped_column(String(600))  # catalog.schema.table
    text_column: Mapped[str] = mapped_column(String(200))
    key_column: Mapped[str] = mapped_column(String(200))
    embedder: Mapped[str] = mapped_column(String(100))
    dimensions: Mapped[int] = mapped_column(Integer)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

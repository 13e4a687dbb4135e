"""Metadata store: SQLAlchemy models and Alembic migrations (SQLite by default, PostgreSQL by URL),
and the one batch writer that stores what every call leaves behind."""

from charter.store.base import Base, utcnow
from charter.store.engine import Store, redact_url
from charter.store.migrate import current, heads, is_current, upgrade
from charter.store.writer import BatchWriter, Written

__all__ = ["Base", "BatchWriter", "Store", "Written", "current", "heads", "is_current", "redact_url", "upgrade", "utcnow"]

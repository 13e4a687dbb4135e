"""Metadata store: SQLAlchemy models and Alembic migrations; SQLite by default, PostgreSQL by URL."""

from charter.store.base import Base, utcnow
from charter.store.engine import Store, redact_url
from charter.store.migrate import current, heads, is_current, upgrade

__all__ = ["Base", "Store", "current", "heads", "is_current", "redact_url", "upgrade", "utcnow"]

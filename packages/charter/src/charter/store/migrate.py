"""Schema migrations with Alembic.

Each subsystem owns an Alembic *branch* (``branch_labels``) rooted at the base revision, so
subsystems add tables without fighting over one linear history. ``upgrade`` goes to all heads.
"""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from charter.store.engine import MIGRATIONS, Store


def alembic_config(store: Store) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection_url"] = store.url
    return cfg


def heads() -> list[str]:
    """Every head revision the installed code knows."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return sorted(ScriptDirectory.from_config(cfg).get_heads())


def current(store: Store) -> list[str]:
    """Revisions the database is at (empty for a fresh database)."""
    with store.engine.connect() as conn:
        return sorted(MigrationContext.configure(conn).get_current_heads())


def upgrade(store: Store) -> list[str]:
    """Bring the schema to the newest version; idempotent. Returns the revisions now applied."""
    logging.getLogger("alembic").setLevel(logging.WARNING)
    cfg = alembic_config(store)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return current(store)


def is_current(store: Store) -> bool:
    return current(store) == heads()

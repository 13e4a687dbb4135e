"""A small Unity-Catalog-like world: a catalog `main` with schemas and tables, users and groups."""

from __future__ import annotations

import pytest

from charter.catalog import Catalog
from charter.store import Store

WORLD = """
CREATE USER alice; CREATE USER bob; CREATE USER carol
CREATE GROUP analysts; CREATE GROUP staff; CREATE AGENT finbot
ALTER GROUP staff ADD MEMBER analysts
ALTER GROUP analysts ADD MEMBER alice
CREATE CATALOG main
CREATE SCHEMA main.sales; CREATE SCHEMA main.hr
CREATE TABLE main.sales.orders; CREATE TABLE main.sales.refunds; CREATE TABLE main.hr.salaries
"""


def build_world(cat: Catalog) -> Catalog:
    """Run the WORLD statements as admin."""
    for line in WORLD.strip().splitlines():
        for stmt in line.split(";"):
            cat.execute(stmt.strip())
    return cat


@pytest.fixture
def world(sqlite_store: Store) -> Catalog:
    """The world on SQLite (most scenario tests need no second backend)."""
    return build_world(Catalog(sqlite_store))


@pytest.fixture
def any_world(store: Store) -> Catalog:
    """The world on SQLite and on PostgreSQL."""
    return build_world(Catalog(store))

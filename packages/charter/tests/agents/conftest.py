from __future__ import annotations

import pytest

from charter.catalog import Catalog
from charter.store import Store
from charter.tracing import Tracer


@pytest.fixture
def catalog(sqlite_store: Store) -> Catalog:
    cat = Catalog(sqlite_store)
    cat.create_principal("ann", "user")
    cat.create_principal("bob", "user")
    return cat


@pytest.fixture
def tracer(settings, sqlite_store: Store) -> Tracer:
    return Tracer(settings, sqlite_store)

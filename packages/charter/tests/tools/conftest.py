from __future__ import annotations

import pytest

from charter.catalog import Catalog
from charter.store import Store
from charter.tools import ToolRegistry


@pytest.fixture
def catalog(sqlite_store: Store) -> Catalog:
    cat = Catalog(sqlite_store)
    cat.create_principal("ann", "user")
    cat.create_principal("bob", "user")
    cat.create_principal("helper", "agent")
    return cat


@pytest.fixture
def registry(catalog: Catalog) -> ToolRegistry:
    return ToolRegistry(catalog)

"""Fixtures for the data layer: a catalog, a DataService with the hashing embedder, DuckDB sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from data_helpers import ENGINES, Estate, build_duckdb, build_source

from charter.catalog import Catalog
from charter.data import DataService
from charter.data.indexes import refresh_after_sync
from charter.settings import Settings
from charter.store import Store


@pytest.fixture
def catalog(sqlite_store: Store) -> Catalog:
    return Catalog(sqlite_store)


@pytest.fixture
def data(settings: Settings, sqlite_store: Store, catalog: Catalog) -> Iterator[DataService]:
    settings.embeddings.provider = "hashing"
    service = DataService(settings, sqlite_store, catalog, after_sync=(refresh_after_sync,))  # as the runtime
    yield service
    service.close()



SHOP = [
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, region TEXT, amount DOUBLE, note TEXT)",
    "INSERT INTO orders VALUES (1, 'EU', 10, 'apple pie for the office'), (2, 'US', 20, 'banana split order'),"
    " (3, 'EU', 30, 'cherry tart delivery'), (4, 'US', 40, 'apple crumble for a party')",
    "CREATE TABLE secrets (id INTEGER, code TEXT)",
    "INSERT INTO secrets VALUES (1, 'launch-code'), (2, 'vault-key')",
    "CREATE VIEW secret_view AS SELECT * FROM secrets",
    "CREATE VIEW orders_view AS SELECT id, region FROM orders",
]


@pytest.fixture
def shop(tmp_path: Path, data: DataService, catalog: Catalog) -> DataService:
    """Source 'shop' synced; bob may read shop.main.orders only (and use the catalog and schema)."""
    url = build_duckdb(tmp_path / "shop.duckdb", SHOP)
    data.add_source("shop", url)
    data.sync("shop")
    catalog.create_principal("bob")
    catalog.create_principal("analysts", "group")
    catalog.grant("USE_CATALOG", "catalog:shop", "bob")
    catalog.grant("USE_SCHEMA", "schema:shop.main", "bob")
    catalog.grant("SELECT", "table:shop.main.orders", "bob")
    return data




@pytest.fixture(params=[pytest.param(e, marks=[pytest.mark.postgres] if e == "postgresql" else
                                     [pytest.mark.mariadb] if e == "mariadb" else []) for e in ENGINES])
def estate(request: pytest.FixtureRequest, tmp_path: Path, data: DataService, catalog: Catalog) -> Estate:
    url, schema, read = build_source(request.param, tmp_path, request)
    data.add_source("src", url)
    data.sync("src")
    catalog.create_principal("bob")
    catalog.create_principal("hr", "group")
    catalog.grant("USE_CATALOG", "catalog:src", "bob")
    catalog.grant("USE_SCHEMA", f"schema:src.{schema}", "bob")
    catalog.grant("SELECT", f"table:src.{schema}.orders", "bob")
    catalog.grant("SELECT", f"view:src.{schema}.orders_view", "bob")
    catalog.set_row_filter(f"src.{schema}.orders", "region = 'EU' OR is_member('hr')")
    catalog.set_column_mask(f"src.{schema}.orders", "ssn", "CASE WHEN is_member('hr') THEN ssn ELSE 'XXX' END")
    return Estate(data, catalog, request.param, schema, read)

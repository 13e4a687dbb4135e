"""Feature store: online lookup of latest values and point-in-time correct joins, governed like tables."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from data_helpers import build_duckdb

from charter.catalog import Catalog
from charter.data import DataService, FeatureStore
from charter.errors import InvalidInput, NotFound, PermissionDenied


@pytest.fixture
def fs(tmp_path: Path, data: DataService, catalog: Catalog) -> DataService:
    data.add_source("fs", build_duckdb(tmp_path / "f.duckdb", [
        "CREATE TABLE customer_stats (customer_id INT, ts TIMESTAMP, spend DOUBLE, visits INT, region TEXT)",
        "INSERT INTO customer_stats VALUES "
        "(1, '2024-01-01', 10, 1, 'EU'), (1, '2024-02-01', 25, 3, 'EU'), (1, '2024-03-01', 40, 5, 'EU'),"
        "(2, '2024-01-15', 7, 1, 'US'), (2, '2024-02-20', 9, 2, 'US')"]))
    data.sync("fs")
    FeatureStore(data).create("fs.main.customer_features", "fs.main.customer_stats", entity="customer_id",
                              timestamp="ts", features=["spend", "visits"])
    catalog.create_principal("ann")
    catalog.grant(["USE_CATALOG", "USE_SCHEMA"], "catalog:fs", "ann")
    return data


def test_online_lookup_returns_the_latest_values(fs: DataService) -> None:
    r = FeatureStore(fs).online("fs.main.customer_features", [1, 2, 3], principal="admin")
    assert r.columns == ["customer_id", "ts", "spend", "visits"]
    assert [(row[0], row[2], row[3]) for row in r.rows] == [(1, 40.0, 5), (2, 9.0, 2)]


def test_point_in_time_join_never_sees_the_future(fs: DataService) -> None:
    spine = [(1, datetime(2024, 2, 15)), (1, datetime(2023, 12, 1)), (2, datetime(2024, 2, 20)), (1, datetime(2024, 3, 1))]
    r = FeatureStore(fs).point_in_time("fs.main.customer_features", spine, principal="admin")
    assert [(row[0], row[3], row[4]) for row in r.rows] == [(1, 25.0, 3), (1, None, None), (2, 9.0, 2), (1, 40.0, 5)]


def test_feature_tables_are_governed_like_tables(fs: DataService, catalog: Catalog) -> None:
    # ann has no SELECT on the feature table, nor on the table under it.
    with pytest.raises(PermissionDenied, match="ann lacks SELECT on feature_table:fs.main.customer_features"):
        FeatureStore(fs).online("fs.main.customer_features", [1], principal="ann")
    catalog.grant("SELECT", "feature_table:fs.main.customer_features", "ann")
    assert len(FeatureStore(fs).online("fs.main.customer_features", [1, 2], principal="ann").rows) == 2
    with pytest.raises(PermissionDenied, match="ann lacks SELECT on table:fs.main.customer_stats"):
        fs.query("SELECT * FROM fs.main.customer_stats", principal="ann")
    catalog.set_row_filter("fs.main.customer_features", "customer_id = 2")
    catalog.set_column_mask("fs.main.customer_features", "spend", "0")
    r = FeatureStore(fs).online("fs.main.customer_features", [1, 2], principal="ann")
    assert [(row[0], row[2]) for row in r.rows] == [(2, 0)]
    pit = FeatureStore(fs).point_in_time("fs.main.customer_features",
                                         [(1, datetime(2024, 5, 1)), (2, datetime(2024, 5, 1))], principal="ann")
    assert [(row[0], row[3]) for row in pit.rows] == [(1, None), (2, 0)]


def test_bad_feature_input(fs: DataService) -> None:
    with pytest.raises(NotFound, match="no column 'nope'"):
        FeatureStore(fs).create("fs.main.x", "fs.main.customer_stats", entity="nope", timestamp="ts")
    with pytest.raises(NotFound, match="no feature 'region'"):
        FeatureStore(fs).online("fs.main.customer_features", [1], principal="admin", features=["region"])
    with pytest.raises(InvalidInput, match="at least one entity"):
        FeatureStore(fs).online("fs.main.customer_features", [], principal="admin")
    with pytest.raises(NotFound, match="unknown feature table"):
        FeatureStore(fs).online("fs.main.nope", [1], principal="admin")
    # Used to be a TypeError: the suggestion helper was called without the asker.
    with pytest.raises(NotFound, match=r"unknown table 'fs.main.customer_stat'; did you mean 'fs.main.customer_stats'\?"):
        FeatureStore(fs).create("fs.main.y", "fs.main.customer_stat", entity="customer_id", timestamp="ts")
    assert FeatureStore(fs).get("fs.main.customer_features").features == ("spend", "visits")

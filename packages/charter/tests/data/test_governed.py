"""Governed SQL over DuckDB: privileges through every kind of table reference, filters, masks, policy."""

from __future__ import annotations

from pathlib import Path

import pytest
from data_helpers import build_duckdb

from charter.catalog import Catalog, QueryPolicy
from charter.data import DataService
from charter.errors import InvalidInput, InvalidStatement, NotFound, PermissionDenied, Timeout

LEAKS = [
    "SELECT * FROM shop.main.secrets",
    "SELECT o.id, s.code FROM shop.main.orders o JOIN shop.main.secrets s ON o.id = s.id",
    "WITH c AS (SELECT * FROM shop.main.secrets) SELECT * FROM c",
    "SELECT * FROM shop.main.orders WHERE id IN (SELECT id FROM shop.main.secrets)",
    "SELECT (SELECT max(code) FROM shop.main.secrets) AS x FROM shop.main.orders",
    "SELECT id FROM shop.main.orders UNION ALL SELECT id FROM shop.main.secrets",
    "SELECT * FROM (SELECT * FROM shop.main.secrets) AS s",
]


@pytest.mark.parametrize("sql", LEAKS)
def test_select_on_one_table_does_not_reach_another(shop: DataService, sql: str) -> None:
    with pytest.raises(PermissionDenied, match="bob lacks SELECT on table:shop.main.secrets"):
        shop.query(sql, principal="bob")


def test_a_view_over_a_secret_table_is_refused_even_with_select_on_the_view(shop: DataService, catalog: Catalog) -> None:
    with pytest.raises(PermissionDenied, match="lacks SELECT on view:shop.main.secret_view"):
        shop.query("SELECT * FROM shop.main.secret_view", principal="bob")
    catalog.grant("SELECT", "view:shop.main.secret_view", "bob")
    # Views run with the asker's rights: the table under the view is checked too.
    with pytest.raises(PermissionDenied, match="lacks SELECT on table:shop.main.secrets"):
        shop.query("SELECT * FROM shop.main.secret_view", principal="bob")
    catalog.grant("SELECT", "view:shop.main.orders_view", "bob")
    assert len(shop.query("SELECT * FROM shop.main.orders_view", principal="bob").rows) == 4


def test_a_cte_named_like_a_table_cannot_smuggle_an_out_of_scope_table(shop: DataService) -> None:
    # The outer `secrets` is not in the CTE's scope, so it must resolve as a table (and fail).
    sql = "SELECT * FROM (WITH secrets AS (SELECT 1 AS id) SELECT id FROM secrets) x, secrets"
    with pytest.raises(NotFound, match="must be named catalog.schema.table"):
        shop.query(sql, principal="bob")
    ok = shop.query("WITH o AS (SELECT * FROM shop.main.orders) SELECT count(*) FROM o", principal="bob")
    assert ok.rows == [(4,)]


def test_usage_privileges_are_needed(shop: DataService, catalog: Catalog) -> None:
    catalog.revoke("USE_SCHEMA", "schema:shop.main", "bob")
    with pytest.raises(PermissionDenied, match="USE_SCHEMA on schema:shop.main"):
        shop.query("SELECT * FROM shop.main.orders", principal="bob")


def test_row_filter_and_mask_rewrite_the_query(shop: DataService, catalog: Catalog) -> None:
    catalog.set_row_filter("shop.main.orders", "region = 'EU' OR is_member('analysts')")
    catalog.set_column_mask("shop.main.orders", "note", "CASE WHEN is_member('analysts') THEN note ELSE '***' END")
    r = shop.query("SELECT id, note FROM shop.main.orders ORDER BY id", principal="bob")
    assert r.rows == [(1, "***"), (3, "***")]
    # Filtering or grouping on a masked column sees the mask, not the value.
    assert shop.query("SELECT count(*) FROM shop.main.orders WHERE note LIKE 'apple%'", principal="bob").rows == [(0,)]
    catalog.add_member("analysts", "bob")
    r = shop.query("SELECT id, note FROM shop.main.orders ORDER BY id", principal="bob")
    assert len(r.rows) == 4 and r.rows[0][1] == "apple pie for the office"


def test_row_filter_with_current_principal_and_a_subquery_over_another_table(tmp_path: Path, data: DataService,
                                                                              catalog: Catalog) -> None:
    url = build_duckdb(tmp_path / "t.duckdb", [
        "CREATE TABLE deals (id INT, owner TEXT)", "INSERT INTO deals VALUES (1, 'bob'), (2, 'eve'), (3, 'carol')",
        "CREATE TABLE team (manager TEXT, member TEXT)", "INSERT INTO team VALUES ('bob', 'carol')"])
    data.add_source("crm", url)
    data.sync("crm")
    catalog.create_principal("bob")
    catalog.grant(["USE_CATALOG", "SELECT"], "catalog:crm", "bob")
    catalog.revoke("SELECT", "catalog:crm", "bob")
    catalog.grant("USE_SCHEMA", "schema:crm.main", "bob")
    catalog.grant("SELECT", "table:crm.main.deals", "bob")
    catalog.set_row_filter("crm.main.deals", "owner = current_principal() OR owner IN "
                           "(SELECT member FROM crm.main.team WHERE manager = current_principal())")
    # bob has no SELECT on team: the filter reads it with the definer's rights.
    r = data.query("SELECT id FROM crm.main.deals ORDER BY id", principal="bob")
    assert r.rows == [(1,), (3,)]


def test_statement_policy_limit_and_functions(shop: DataService, catalog: Catalog) -> None:
    with pytest.raises(PermissionDenied, match="DELETE statements are not allowed"):
        shop.query("DELETE FROM shop.main.orders", principal="bob")
    with pytest.raises(PermissionDenied, match="DROP statements are not allowed"):
        shop.query("DROP TABLE shop.main.orders", principal="bob")
    with pytest.raises(PermissionDenied, match="READ_CSV"):
        shop.query("SELECT * FROM read_csv('/etc/passwd')", principal="bob")
    with pytest.raises(PermissionDenied, match="table function RANGE"):
        shop.query("SELECT * FROM range(10)", principal="bob")
    with pytest.raises(PermissionDenied, match="GETENV"):
        shop.query("SELECT getenv('HOME') FROM shop.main.orders", principal="bob")
    catalog.set_query_policy("bob", QueryPolicy(max_rows=2, denied_functions=frozenset({"upper"})))
    assert len(shop.query("SELECT * FROM shop.main.orders", principal="bob").rows) == 2
    assert len(shop.query("SELECT * FROM shop.main.orders LIMIT 100", principal="bob").rows) == 2
    assert len(shop.query("SELECT id FROM shop.main.orders UNION ALL SELECT id FROM shop.main.orders",
                          principal="bob").rows) == 2
    assert "LIMIT 2" in shop.plan("SELECT * FROM shop.main.orders", principal="bob").sql
    with pytest.raises(PermissionDenied, match="UPPER"):
        shop.query("SELECT upper(region) FROM shop.main.orders", principal="bob")


def test_denied_tables_and_agent_intersection(shop: DataService, catalog: Catalog) -> None:
    catalog.create_principal("helper", "agent")
    with pytest.raises(PermissionDenied, match="helper lacks"):
        shop.query("SELECT * FROM shop.main.orders", principal="bob", agent="helper")
    catalog.grant(["USE_CATALOG", "USE_SCHEMA", "SELECT"], "catalog:shop", "helper")
    assert len(shop.query("SELECT * FROM shop.main.orders", principal="bob", agent="helper").rows) == 4
    with pytest.raises(PermissionDenied, match="acts for bob"):
        shop.query("SELECT * FROM shop.main.secrets", principal="bob", agent="helper")
    catalog.set_query_policy("helper", QueryPolicy(denied_tables=frozenset({"shop.main.orders"})))
    with pytest.raises(PermissionDenied, match="query policy denies table shop.main.orders"):
        shop.query("SELECT * FROM shop.main.orders", principal="bob", agent="helper")
    entry = catalog.audit_log(limit=1)[0]
    assert entry.actor == "helper" and entry.on_behalf_of == "bob" and not entry.allowed


def test_bad_input_is_one_line_and_audited(shop: DataService, catalog: Catalog) -> None:
    cases = [
        ("SELEC * FROM shop.main.orders", InvalidStatement, "does not parse"),
        ("SELECT 1; SELECT 2", InvalidStatement, "one statement at a time"),
        ("SELECT * FROM shop.main.missing", NotFound, "unknown table 'shop.main.missing'"),
        ("SELECT * FROM orders", NotFound, "did you mean 'shop.main.orders'"),
        ("SELECT * FROM shop.main.orders WHERE id = :x", InvalidInput, "missing value for parameter :x"),
    ]
    for sql, cls, text in cases:
        with pytest.raises(cls, match=text) as info:
            shop.query(sql, principal="bob")
        assert "\n" not in info.value.message
        entry = catalog.audit_log(limit=1)[0]
        assert entry.action == "query" and not entry.allowed and entry.details["sql"] == sql


def test_every_query_is_audited_with_rewritten_sql(shop: DataService, catalog: Catalog) -> None:
    catalog.set_column_mask("shop.main.orders", "note", "'***'")
    r = shop.query("SELECT note FROM shop.main.orders WHERE id = ?", principal="bob", params=[1])
    assert r.rows == [("***",)]
    entry = catalog.audit_log(limit=1)[0]
    assert entry.allowed and entry.actor == "bob" and entry.securable == "table:shop.main.orders"
    assert "'***' AS \"note\"" in entry.details["sql"] and entry.details["masked"] == ["shop.main.orders.note"]


def test_two_sources_are_refused(tmp_path: Path, shop: DataService, catalog: Catalog) -> None:
    shop.add_source("other", build_duckdb(tmp_path / "o.duckdb", ["CREATE TABLE t (id INT)"]))
    shop.sync("other")
    with pytest.raises(InvalidStatement, match="reads from 2 sources .*federation is not supported"):
        shop.query("SELECT * FROM shop.main.orders o JOIN other.main.t t ON o.id = t.id", principal="admin")


def test_plan_cache_sees_a_revoke(shop: DataService, catalog: Catalog) -> None:
    sql = "SELECT count(*) FROM shop.main.orders"
    assert shop.plan(sql, principal="bob") is shop.plan(sql, principal="bob")
    catalog.revoke("SELECT", "table:shop.main.orders", "bob")
    with pytest.raises(PermissionDenied):
        shop.plan(sql, principal="bob")


def test_timeout_cancels_the_query_in_the_engine(shop: DataService, catalog: Catalog) -> None:
    catalog.set_query_policy("bob", QueryPolicy(max_execution_s=0.2))
    heavy = ("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 1000000000) "
             "SELECT count(*) FROM r, shop.main.orders")
    with pytest.raises(Timeout, match="0.2s limit"):
        shop.query(heavy, principal="bob")


# ---- pinned by mutation testing (docs/testing.md)
def test_a_denied_table_is_named_with_who_asked(shop: DataService, catalog: Catalog) -> None:
    catalog.set_query_policy("bob", QueryPolicy(denied_tables=frozenset({"table:shop.main.orders"})))
    with pytest.raises(PermissionDenied) as info:
        shop.query("SELECT * FROM shop.main.orders", principal="bob")
    assert info.value.message == "permission denied: the query policy denies table shop.main.orders to bob"
    catalog.create_principal("helper", "agent")
    catalog.grant(["USE_CATALOG", "USE_SCHEMA", "SELECT"], "catalog:shop", "helper")
    with pytest.raises(PermissionDenied) as info:
        shop.query("SELECT * FROM shop.main.orders", principal="bob", agent="helper")
    assert info.value.message == ("permission denied: the query policy denies table shop.main.orders to bob "
                                  "through agent helper")


def test_a_table_read_twice_does_not_end_the_checks(shop: DataService) -> None:
    sql = ("SELECT a.id FROM shop.main.orders a JOIN shop.main.orders b ON a.id = b.id "
           "JOIN shop.main.secrets s ON s.id = a.id")
    with pytest.raises(PermissionDenied) as info:
        shop.query(sql, principal="bob")
    assert info.value.message == "permission denied: bob lacks SELECT on table:shop.main.secrets"


def test_the_row_cap_holds_with_offsets_and_smaller_limits(shop: DataService, catalog: Catalog) -> None:
    catalog.set_query_policy("bob", QueryPolicy(max_rows=2))
    ids = "SELECT id FROM shop.main.orders ORDER BY id"
    cases = {ids + " LIMIT 1": [1], ids + " LIMIT 2": [1, 2], ids + " LIMIT 3": [1, 2],
             ids + " OFFSET 1": [2, 3], ids + " LIMIT 3 OFFSET 1": [2, 3], ids + " LIMIT 1 OFFSET 2": [3]}
    for sql, expected in cases.items():
        assert [r[0] for r in shop.query(sql, principal="bob").rows] == expected, sql
    assert shop.plan(ids + " LIMIT 1", principal="bob").sql.endswith("LIMIT 1")
    assert shop.plan(ids + " LIMIT 3", principal="bob").sql.endswith("LIMIT 2")


def test_a_masked_table_whose_columns_are_unknown_is_refused_not_read_whole(shop: DataService,
                                                                            catalog: Catalog) -> None:
    import json

    catalog.set_column_mask("shop.main.orders", "note", "'***'")
    ref = "table:shop.main.orders"
    props = json.loads(catalog.securable(ref).properties or "{}")
    catalog.set_properties(ref, {k: v for k, v in props.items() if k != "columns"})  # as if never synced
    with pytest.raises(InvalidStatement) as info:
        shop.query("SELECT * FROM shop.main.orders", principal="bob")
    assert info.value.message == ("table shop.main.orders has column masks but no known columns; "
                                  "run `charter source sync shop`")


def test_a_masked_table_with_names_that_need_quoting_reads_every_column(tmp_path: Path, data: DataService,
                                                                        catalog: Catalog) -> None:
    """The wrapper names every unmasked column of a masked table: quoted, so a reserved word, a space
    or a dash in a table or column name reads as the name it is."""
    url = build_duckdb(tmp_path / "odd.duckdb", [
        'CREATE TABLE "order-lines" (id INTEGER, "group" TEXT, "Mixed Case" TEXT, secret TEXT)',
        "INSERT INTO \"order-lines\" VALUES (1, 'g1', 'm1', 's1'), (2, 'g2', 'm2', 's2')"])
    data.add_source("odd", url)
    data.sync("odd")
    catalog.create_principal("bob")
    catalog.grant(["USE_CATALOG", "USE_SCHEMA", "SELECT"], "catalog:odd", "bob")
    catalog.set_column_mask("odd.main.order-lines", "secret", "'***'")
    r = data.query('SELECT * FROM odd.main."order-lines" ORDER BY id', principal="bob")
    assert r.columns == ["id", "group", "Mixed Case", "secret"]
    assert r.rows == [(1, "g1", "m1", "***"), (2, "g2", "m2", "***")]


def test_a_filter_or_mask_that_lost_its_column_is_named_by_kind(shop: DataService, catalog: Catalog) -> None:
    import json

    catalog.set_row_filter("shop.main.orders", "region = 'EU'")
    catalog.set_column_mask("shop.main.orders", "note", "CASE WHEN amount > 15 THEN note ELSE '-' END")
    ref = "table:shop.main.orders"
    props = json.loads(catalog.securable(ref).properties or "{}")
    for gone, kind in (("region", "row filter"), ("amount", "column mask")):
        kept = [c for c in props["columns"] if c[0] != gone]
        catalog.set_properties(ref, {**props, "columns": kept})  # the table lost a column since
        with pytest.raises(InvalidStatement) as info:
            shop.query("SELECT id FROM shop.main.orders", principal="bob")
        assert info.value.message == (f"the {kind} on shop.main.orders names column '{gone}', which the table "
                                      "does not have; fix the filter or mask")
        catalog.set_row_filter("shop.main.orders", None)


def test_a_mask_is_applied_even_when_its_value_reads_like_the_column_name(shop: DataService,
                                                                         catalog: Catalog) -> None:
    catalog.set_column_mask("shop.main.orders", "note", "'note'")  # a string, not the column
    assert shop.query("SELECT DISTINCT note FROM shop.main.orders", principal="bob").rows == [("note",)]


def test_a_plain_table_read_first_does_not_end_the_filtering(shop: DataService, catalog: Catalog) -> None:
    catalog.grant("SELECT", "table:shop.main.secrets", "bob")
    catalog.set_row_filter("shop.main.orders", "region = 'EU'")
    sql = "SELECT o.id FROM shop.main.secrets s JOIN shop.main.orders o ON s.id = o.id ORDER BY o.id"
    assert shop.query(sql, principal="bob").rows == [(1,)]

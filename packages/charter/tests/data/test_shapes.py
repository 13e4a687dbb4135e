"""Row filters and column masks hold through every query shape, on every engine; the governed write
path (MODIFY, filtered UPDATE/DELETE) writes only the rows the writer may see.

bob may read orders with the filter ``region = 'EU' OR is_member('hr')`` and ssn masked to 'XXX':
every shape below must return exactly orders 1 and 3 with 'XXX', and, once bob is in hr, all four
with the real values (so the filter is the real filter, not one that is always false).
"""

from __future__ import annotations

import pytest
from data_helpers import ORDERS, Estate

from charter.catalog import QueryPolicy
from charter.errors import PermissionDenied

SHAPES = {
    "plain": "SELECT id, ssn FROM {o}",
    "join": "SELECT a.id, a.ssn FROM {o} a JOIN {o} b ON a.id = b.id",
    "nested join": "SELECT a.id, a.ssn FROM ({o} a JOIN {o} b ON a.id = b.id)",
    "nested join, filtered table second": "SELECT b.id, b.ssn FROM (x JOIN {o} b ON true)",
    "doubly nested join": "SELECT a.id, a.ssn FROM ({o} a JOIN ({o} b JOIN {o} c ON b.id = c.id) ON a.id = b.id)",
    "cte": "WITH c AS (SELECT id, ssn FROM {o}) SELECT id, ssn FROM c",
    "cte named like the table": "WITH orders AS (SELECT id, ssn FROM {o}) SELECT id, ssn FROM orders",
    "derived table": "SELECT id, ssn FROM (SELECT * FROM {o}) s",
    "subquery in WHERE": "SELECT id, 'XXX' AS ssn FROM {o} WHERE id IN (SELECT id FROM {o})",
    "correlated scalar subquery": "SELECT o.id, (SELECT max(i.ssn) FROM {o} i WHERE i.id = o.id) AS ssn FROM {o} o",
    "exists": "SELECT o.id, o.ssn FROM {o} o WHERE EXISTS (SELECT 1 FROM {o} i WHERE i.id = o.id)",
    "set operation": "SELECT id, ssn FROM {o} WHERE id < 3 UNION SELECT id, ssn FROM {o} WHERE id >= 3",
    "view": "SELECT id, ssn FROM {v}",
    "view in a join": "SELECT v.id, o.ssn FROM {v} v JOIN {o} o ON o.id = v.id",
    "lateral": "SELECT o.id, l.ssn FROM {o} o, LATERAL (SELECT i.ssn FROM {o} i WHERE i.id = o.id) l",
}
NO_LATERAL = {"sqlite", "mariadb"}  # these engines have no LATERAL


def _shapes(estate: Estate) -> dict[str, str]:
    out = {}
    for shape, sql in SHAPES.items():
        if shape == "lateral" and estate.kind in NO_LATERAL:
            continue
        sql = sql.format(o=estate.t("orders"), v=estate.t("orders_view"))
        out[shape] = f"WITH x AS (SELECT 1 AS one) {sql}" if shape == "nested join, filtered table second" else sql
    return out


def test_filters_and_masks_hold_in_every_shape(estate: Estate) -> None:
    shapes = _shapes(estate)
    for shape, sql in shapes.items():
        rows = sorted((int(r[0]), r[1]) for r in estate.data.query(sql, principal="bob").rows)
        assert rows == [(1, "XXX"), (3, "XXX")], shape
        entry = estate.catalog.audit_log(limit=1)[0]
        assert entry.allowed and entry.details["filtered"] == [estate.t("orders")], shape
    o = estate.t("orders")
    assert estate.data.query(f"SELECT count(*) FROM {o}", principal="bob").rows[0][0] == 2
    # Filtering on a masked column sees the mask, not the value: no oracle.
    assert estate.data.query(f"SELECT id FROM {o} WHERE ssn LIKE '111%'", principal="bob").rows == []
    assert estate.data.query(f"SELECT count(*) FROM {o} WHERE region = 'US'", principal="bob").rows[0][0] == 0
    estate.catalog.add_member("hr", "bob")  # now the filter lets every row through and the mask shows ssn
    for shape, sql in shapes.items():
        rows = sorted((int(r[0]), r[1]) for r in estate.data.query(sql, principal="bob").rows)
        expected = [(i, "XXX" if shape == "subquery in WHERE" else s) for i, _r, _n, s in ORDERS]
        assert rows == expected, shape


@pytest.fixture
def writer(estate: Estate) -> Estate:
    """carol may read and MODIFY tasks, which has a row filter: she sees the EU rows only."""
    cat, s = estate.catalog, estate.schema
    cat.create_principal("carol")
    cat.grant("USE_CATALOG", "catalog:src", "carol")
    cat.grant("USE_SCHEMA", f"schema:src.{s}", "carol")
    cat.grant(["SELECT", "MODIFY"], f"table:src.{s}.tasks", "carol")
    cat.set_row_filter(f"src.{s}.tasks", "region = 'EU' OR is_member('hr')")
    cat.set_query_policy("carol", QueryPolicy(statement_types=frozenset({"SELECT", "INSERT", "UPDATE", "DELETE"})))
    return estate


def _tasks(estate: Estate) -> list[tuple[int, str, int]]:
    return sorted((int(i), r, int(d)) for i, r, d in estate.read(f"SELECT id, region, done FROM {estate.raw('tasks')}"))


def test_the_governed_write_path(writer: Estate) -> None:
    """MODIFY is needed; UPDATE and DELETE touch only the rows the writer's filter shows; a masked
    table is never written; the tables a write reads are checked like a query's."""
    cat, data, t = writer.catalog, writer.data, writer.t("tasks")
    cat.set_query_policy("bob", QueryPolicy(statement_types=frozenset({"SELECT", "UPDATE", "DELETE"})))
    with pytest.raises(PermissionDenied, match="bob lacks MODIFY on table:src"):
        data.query(f"DELETE FROM {writer.t('orders')}", principal="bob")
    cat.grant("MODIFY", f"table:src.{writer.schema}.orders", "bob")
    with pytest.raises(PermissionDenied, match="has column masks for bob"):
        data.query(f"UPDATE {writer.t('orders')} SET note = ssn", principal="bob")
    with pytest.raises(PermissionDenied, match="carol lacks SELECT on table:src.*salaries"):
        data.query(f"DELETE FROM {t} WHERE id IN (SELECT salary FROM {writer.t('salaries')})", principal="carol")
    assert len(writer.read(f"SELECT * FROM {writer.raw('orders')}")) == 4 and len(_tasks(writer)) == 4

    data.query(f"UPDATE {t} SET done = 1", principal="carol")
    assert _tasks(writer) == [(1, "EU", 1), (2, "US", 0), (3, "EU", 1), (4, "US", 0)]
    data.query(f"UPDATE {t} AS k SET done = 2 WHERE k.id > 2", principal="carol")
    assert _tasks(writer) == [(1, "EU", 1), (2, "US", 0), (3, "EU", 2), (4, "US", 0)]
    entry = cat.audit_log(limit=1)[0]
    assert entry.allowed and entry.securable == f"table:{t}" and entry.details["filtered"] == [t]
    data.query(f"DELETE FROM {t} WHERE id >= 1", principal="carol")
    assert _tasks(writer) == [(2, "US", 0), (4, "US", 0)]
    data.query(f"INSERT INTO {t} (id, region, done) VALUES (:i, 'EU', 0)", principal="carol", params={"i": 5})
    assert _tasks(writer) == [(2, "US", 0), (4, "US", 0), (5, "EU", 0)]
    # Reads still work (a DuckDB source goes back to its shared read-only connection).
    assert data.query(f"SELECT id FROM {t}", principal="carol").rows == [(5,)]


def test_an_agent_sees_only_what_both_it_and_its_user_may_see(estate: Estate) -> None:
    """Filters and masks apply for the user AND for the agent acting for it, in every shape."""
    cat, s = estate.catalog, estate.schema
    cat.create_principal("helper", "agent")
    cat.grant("USE_CATALOG", "catalog:src", "helper")
    cat.grant("USE_SCHEMA", f"schema:src.{s}", "helper")
    cat.grant("SELECT", f"table:src.{s}.orders", "helper")
    cat.grant("SELECT", f"view:src.{s}.orders_view", "helper")
    shapes = _shapes(estate)
    everything = [(i, ssn) for i, _r, _n, ssn in ORDERS]

    def rows(sql: str) -> list[tuple[int, str]]:
        return sorted((int(r[0]), r[1]) for r in estate.data.query(sql, principal="bob", agent="helper").rows)

    for in_hr in (["bob"], ["helper"]):  # one of the two may see everything: the other still may not
        for who in in_hr:
            cat.add_member("hr", who)
        for shape, sql in shapes.items():
            assert rows(sql) == [(1, "XXX"), (3, "XXX")], (in_hr, shape)
        for who in in_hr:
            cat.remove_member("hr", who)
    cat.add_member("hr", "bob")
    cat.add_member("hr", "helper")
    assert rows(shapes["plain"]) == everything
    # A write through the agent is filtered for the agent too.
    cat.grant(["SELECT", "MODIFY"], f"table:src.{s}.tasks", "helper")
    cat.grant(["SELECT", "MODIFY"], f"table:src.{s}.tasks", "bob")
    cat.set_row_filter(f"src.{s}.tasks", "region = 'EU' OR current_principal() = 'bob'")
    cat.set_query_policy("bob", QueryPolicy(statement_types=frozenset({"SELECT", "UPDATE"})))
    cat.set_query_policy("helper", QueryPolicy(statement_types=frozenset({"SELECT", "UPDATE"})))
    estate.data.query(f"UPDATE {estate.t('tasks')} SET done = 1", principal="bob", agent="helper")
    assert _tasks(estate) == [(1, "EU", 1), (2, "US", 0), (3, "EU", 1), (4, "US", 0)]
    estate.data.query(f"UPDATE {estate.t('tasks')} SET done = 2", principal="bob")
    assert _tasks(estate) == [(1, "EU", 2), (2, "US", 2), (3, "EU", 2), (4, "US", 2)]


def test_a_mask_that_shows_the_value_is_no_mask(writer: Estate) -> None:
    """For hr the ssn mask returns ssn itself: nothing is masked, so hr may write the table."""
    cat, data, o = writer.catalog, writer.data, writer.t("orders")
    cat.grant("MODIFY", f"table:src.{writer.schema}.orders", "bob")
    cat.set_query_policy("bob", QueryPolicy(statement_types=frozenset({"SELECT", "UPDATE"})))
    with pytest.raises(PermissionDenied) as info:
        data.query(f"UPDATE {o} SET note = 'n'", principal="bob")
    assert info.value.message == (f"permission denied: {o} has column masks for bob; UPDATE on a masked table "
                                  "is not allowed")
    data.query(f"SELECT ssn FROM {o}", principal="bob")
    assert writer.catalog.audit_log(limit=1)[0].details["masked"] == [f"{o}.ssn"]
    cat.add_member("hr", "bob")
    data.query(f"SELECT ssn FROM {o}", principal="bob")
    assert writer.catalog.audit_log(limit=1)[0].details.get("masked", []) == []
    data.query(f"UPDATE {o} SET note = 'n' WHERE id = 1", principal="bob")
    assert writer.read(f"SELECT note FROM {writer.raw('orders')} WHERE id = 1") == [("n",)]

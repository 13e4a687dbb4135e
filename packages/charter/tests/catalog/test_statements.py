"""Admin statements: parsing, one-line errors naming the token, and nothing changing on bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from charter.catalog import Catalog, QueryPolicy, parse_statement
from charter.catalog.tables import Grant, Principal, Securable
from charter.errors import CharterError, InvalidInput, InvalidStatement, NotFound, PermissionDenied


def _counts(cat: Catalog) -> tuple[int, int, int]:
    with cat.store.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (Grant, Principal, Securable))  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("statement", "kind", "args"),
    [
        ("grant select on table main.sales.orders to bob", "grant", [["select"], "table", "main.sales.orders", "bob"]),
        ("GRANT USE CATALOG, USE SCHEMA ON CATALOG main TO bob;", "grant",
         [["USE_CATALOG", "USE_SCHEMA"], "catalog", "main", "bob"]),
        ("GRANT ALL PRIVILEGES ON SCHEMA main.hr TO `data team`", "grant",
         [["ALL_PRIVILEGES"], "schema", "main.hr", "data team"]),
        ("REVOKE CREATE TABLE ON SCHEMA main.hr FROM bob", "revoke", [["CREATE_TABLE"], "schema", "main.hr", "bob"]),
        ("CREATE CATALOG IF NOT EXISTS use", "create_catalog", [True, "use"]),
        ("SHOW GRANTS ON MODEL local TO bob", "show_grants", [("on", "model:local"), ("to", "bob")]),
    ],
)
def test_parses(statement: str, kind: str, args: list[object]) -> None:
    assert parse_statement(statement) == (kind, args)


@pytest.mark.parametrize(
    ("statement", "fragment"),
    [
        ("GRANT SELECT TABLE main.sales.orders TO bob", "unexpected 'TABLE' at line 1, column 14"),
        ("GRANT SELECT ON TABLE main.sales.orders", "statement ends too early"),
        ("CREATE WIDGET w", "unexpected 'WIDGET'"),
        ("GRANT SELECT ON TABLE main.sales.orders TO bob;;", "unexpected ';' at line 1, column 48"),
        ("SET ROW FILTER ON TABLE main.sales.orders AS region = 'EU'", "unexpected 'region'"),
        ("GRANT SELECT ON TABLE a.b.c TO bob $", "unexpected character '$'"),
    ],
)
def test_malformed_statements_name_the_token(world: Catalog, statement: str, fragment: str) -> None:
    before = _counts(world)
    with pytest.raises(InvalidStatement) as err:
        world.execute(statement)
    assert fragment in err.value.message and "\n" not in err.value.message
    assert _counts(world) == before


@pytest.mark.parametrize(
    ("statement", "error", "fragment"),
    [
        ("GRANT SELEC ON TABLE main.sales.orders TO bob", InvalidInput, "unknown privilege 'SELEC'; did you mean 'SELECT'?"),
        ("GRANT QUERY ON TABLE main.sales.orders TO bob", InvalidInput, "privilege QUERY does not apply to a table"),
        ("GRANT SELECT ON TABLE main.sales.nope TO bob", NotFound, "unknown securable table:main.sales.nope"),
        ("GRANT SELECT ON TABLE main.sales.orders TO bobby", NotFound, "unknown principal 'bobby'; did you mean 'bob'?"),
        ("GRANT SELECT ON TABLE orders TO bob", InvalidInput, "must have the form CATALOG.SCHEMA.NAME"),
        ("GRANT SELECT, QUERY ON TABLE main.sales.orders TO bob", InvalidInput, "QUERY does not apply"),
        ("GRANT SELECT ON USER bob TO alice", InvalidInput, "unknown securable type 'user'"),
        ("ALTER GROUP bob ADD MEMBER alice", InvalidInput, "'bob' is a user, not a group"),
        ("CREATE USER alice", CharterError, "principal 'alice' already exists"),
        ("SET COLUMN MASK ON TABLE main.sales.orders COLUMN email AS 'CASE WHEN'", InvalidInput,
         "invalid SQL expression"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(world: Catalog, statement: str, error: type, fragment: str) -> None:
    before = _counts(world)
    grants_before = world.execute("SHOW GRANTS").rows
    with pytest.raises(error) as err:
        world.execute(statement)
    assert fragment in err.value.message and "\n" not in err.value.message
    assert _counts(world) == before
    assert world.execute("SHOW GRANTS").rows == grants_before
    assert world.column_masks("main.sales.orders") == {}


def test_a_refused_grant_is_audited_once(world: Catalog) -> None:
    with pytest.raises(PermissionDenied):
        world.execute("GRANT SELECT ON TABLE main.sales.orders TO carol", actor="bob")
    refusals = [e for e in world.audit_log(principal="bob") if not e.allowed]
    assert len(refusals) == 1 and refusals[0].action == "grant"


def test_non_admin_cannot_create_principals_or_policies(world: Catalog) -> None:
    with pytest.raises(PermissionDenied, match="only a metastore admin may create users"):
        world.execute("CREATE USER mallory", actor="bob")
    with pytest.raises(PermissionDenied):
        world.execute("SET QUERY POLICY FOR bob MAX_ROWS 1000000", actor="bob")
    assert "mallory" not in {p.name for p in world.principals()}


def test_row_filter_and_column_mask_are_stored_and_replaced(world: Catalog) -> None:
    world.execute("SET ROW FILTER ON TABLE main.sales.orders AS 'region = ''EU'' OR is_member(''auditors'')'")
    world.execute("SET COLUMN MASK ON TABLE main.sales.orders COLUMN email AS "
                  "'CASE WHEN current_principal() = owner THEN email ELSE ''***'' END'")
    assert world.row_filter("main.sales.orders") == "region = 'EU' OR is_member('auditors')"
    assert world.row_filter("table:main.sales.orders") == world.row_filter("main.sales.orders")
    assert world.column_masks("main.sales.orders") == {
        "email": "CASE WHEN current_principal() = owner THEN email ELSE '***' END"}
    assert world.row_filter("main.sales.refunds") is None
    world.execute("DROP ROW FILTER ON TABLE main.sales.orders")
    world.execute("DROP COLUMN MASK ON TABLE main.sales.orders COLUMN email")
    assert world.row_filter("main.sales.orders") is None and world.column_masks("main.sales.orders") == {}
    # The table's owner (not only an admin) may attach policies; others may not.
    world.execute("ALTER TABLE main.sales.refunds OWNER TO carol")
    world.execute("SET ROW FILTER ON TABLE main.sales.refunds AS 'amount < 100'", actor="carol")
    with pytest.raises(PermissionDenied):
        world.execute("SET ROW FILTER ON TABLE main.sales.refunds AS 'true'", actor="bob")
    assert world.row_filter("main.sales.refunds") == "amount < 100"


def test_query_policy_default_and_stricter_of_principal_and_agent(world: Catalog) -> None:
    assert world.query_policy("bob") == QueryPolicy()  # SELECT only, no bounds
    world.execute("SET QUERY POLICY FOR analysts STATEMENTS 'SELECT, INSERT' MAX_ROWS 5000 MAX_SECONDS 30")
    world.execute("SET QUERY POLICY FOR finbot MAX_ROWS 100 MAX_SECONDS 60 DENY TABLES main.hr.salaries "
                  "DENY FUNCTIONS read_csv")
    alice = world.query_policy("alice")  # inherited from her group
    assert alice.statement_types == {"SELECT", "INSERT"} and alice.max_rows == 5000
    both = world.query_policy("alice", agent="finbot")
    assert both.statement_types == {"SELECT"}
    assert (both.max_rows, both.max_execution_s) == (100, 30)
    assert both.denied_tables == {"main.hr.salaries"} and both.denied_functions == {"read_csv"}

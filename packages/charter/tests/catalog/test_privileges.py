"""Scenarios from the Unity Catalog documentation: inheritance, ownership, delegation, MANAGE,
groups, agents acting on behalf of users. Each asserts the decision and its reason."""

from __future__ import annotations

import pytest

from charter.catalog import Catalog
from charter.errors import InvalidInput, PermissionDenied

ORDERS = "table:main.sales.orders"


def test_select_on_schema_covers_its_tables_but_reading_needs_use_on_parents(world: Catalog) -> None:
    # UC: "GRANT SELECT ON SCHEMA main.sales TO analysts" lets analysts read every table in it,
    # provided they also hold USE CATALOG on main and USE SCHEMA on main.sales.
    world.execute("GRANT SELECT ON SCHEMA main.sales TO analysts")
    d = world.check("alice", "SELECT", ORDERS)
    assert not d.allowed
    assert d.privilege == "USE_SCHEMA" and "USE_SCHEMA on schema:main.sales" in d.reason

    world.execute("GRANT USE SCHEMA ON SCHEMA main.sales TO analysts")
    d = world.check("alice", "SELECT", ORDERS)
    assert not d.allowed and "USE_CATALOG on catalog:main" in d.reason

    world.execute("GRANT USE CATALOG ON CATALOG main TO staff")  # via the nested group staff > analysts > alice
    d = world.check("alice", "SELECT", ORDERS)
    assert d.allowed and "SELECT on schema:main.sales granted to analysts" in d.reason
    assert world.check("alice", "SELECT", "table:main.sales.refunds").allowed
    # The schema grant does not reach another schema, nor another privilege.
    assert not world.check("alice", "SELECT", "table:main.hr.salaries").allowed
    assert not world.check("alice", "MODIFY", ORDERS).allowed
    # bob is in no group.
    assert world.check("bob", "SELECT", ORDERS).reason == "bob lacks SELECT on table:main.sales.orders"


def test_select_on_catalog_covers_every_schema(world: Catalog) -> None:
    world.execute("GRANT USE CATALOG, USE SCHEMA, SELECT ON CATALOG main TO bob")
    for table in ("main.sales.orders", "main.hr.salaries"):
        d = world.check("bob", "SELECT", f"table:{table}")
        assert d.allowed and "catalog:main" in d.reason


def test_revoking_on_a_child_does_not_override_a_parent_grant(world: Catalog) -> None:
    world.execute("GRANT USE CATALOG ON CATALOG main TO bob")
    world.execute("GRANT USE SCHEMA, SELECT ON SCHEMA main.sales TO bob")
    world.execute("GRANT SELECT ON TABLE main.sales.orders TO bob")
    world.execute("REVOKE SELECT ON TABLE main.sales.orders FROM bob")
    d = world.check("bob", "SELECT", ORDERS)
    assert d.allowed and "schema:main.sales" in d.reason
    world.execute("REVOKE SELECT ON SCHEMA main.sales FROM bob")
    assert not world.check("bob", "SELECT", ORDERS).allowed


def test_all_privileges_covers_select_and_modify(world: Catalog) -> None:
    world.execute("GRANT USE CATALOG ON CATALOG main TO bob")
    world.execute("GRANT ALL PRIVILEGES ON SCHEMA main.hr TO bob")
    d = world.check("bob", "MODIFY", "table:main.hr.salaries")
    assert d.allowed and "ALL_PRIVILEGES on schema:main.hr" in d.reason
    assert world.check("bob", "SELECT", "table:main.hr.salaries").allowed


def test_owner_holds_everything_on_what_it_owns_and_below(world: Catalog) -> None:
    world.create_securable("schema", "main.carol_lab", owner="carol")
    world.create_securable("table", "main.carol_lab.scratch", owner="carol")
    world.execute("GRANT USE CATALOG ON CATALOG main TO carol")
    d = world.check("carol", "MODIFY", "table:main.carol_lab.scratch")
    assert d.allowed and "owner of table:main.carol_lab.scratch" in d.reason
    # Ownership of the schema covers a table someone else created in it.
    world.create_securable("table", "main.carol_lab.by_admin", owner="admin")
    assert "owner of schema:main.carol_lab" in world.check("carol", "SELECT", "table:main.carol_lab.by_admin").reason
    # Without USE CATALOG on the parent, even an owner cannot reach the table.
    world.execute("REVOKE USE CATALOG ON CATALOG main FROM carol")
    assert not world.check("carol", "SELECT", "table:main.carol_lab.scratch").allowed


def test_only_owner_manage_holder_or_admin_may_grant(world: Catalog) -> None:
    world.execute("GRANT USE CATALOG ON CATALOG main TO bob")
    world.execute("GRANT USE SCHEMA, SELECT ON SCHEMA main.sales TO bob")
    # Holding SELECT does not let bob pass it on.
    with pytest.raises(PermissionDenied, match="bob may not grant on table:main.sales.orders"):
        world.execute("GRANT SELECT ON TABLE main.sales.orders TO carol", actor="bob")
    # MANAGE on the schema delegates granting on everything in it.
    world.execute("GRANT MANAGE ON SCHEMA main.sales TO bob")
    world.execute("GRANT SELECT ON TABLE main.sales.orders TO carol", actor="bob")
    grants = world.execute("SHOW GRANTS ON TABLE main.sales.orders").rows
    assert ("carol", "SELECT", ORDERS, "bob") in grants
    # ... but not outside that schema.
    with pytest.raises(PermissionDenied):
        world.execute("GRANT SELECT ON TABLE main.hr.salaries TO carol", actor="bob")
    # An owner delegates without MANAGE.
    world.create_securable("model", "local", owner="carol")
    world.execute("GRANT QUERY ON MODEL local TO alice", actor="carol")
    assert world.check("alice", "QUERY", "model:local").allowed


def test_ownership_transfer_moves_the_right_to_grant(world: Catalog) -> None:
    world.execute("ALTER TABLE main.sales.orders OWNER TO bob")
    world.execute("GRANT SELECT ON TABLE main.sales.orders TO carol", actor="bob")
    world.execute("ALTER TABLE main.sales.orders OWNER TO carol")
    with pytest.raises(PermissionDenied):
        world.execute("GRANT SELECT ON TABLE main.sales.orders TO alice", actor="bob")


def test_metastore_admin_may_do_anything(world: Catalog) -> None:
    d = world.check("admin", "MODIFY", "table:main.hr.salaries")
    assert d.allowed and "metastore admin" in d.reason


def test_agent_on_behalf_of_gets_the_intersection(world: Catalog) -> None:
    world.execute("GRANT USE CATALOG, USE SCHEMA, SELECT ON CATALOG main TO finbot")  # broad agent
    world.execute("GRANT USE CATALOG ON CATALOG main TO alice")
    world.execute("GRANT USE SCHEMA, SELECT ON SCHEMA main.sales TO alice")
    assert world.check("finbot", "SELECT", "table:main.hr.salaries").allowed
    # Acting for alice, the agent may read only what alice may.
    assert world.check("finbot", "SELECT", ORDERS, on_behalf_of="alice").allowed
    d = world.check("finbot", "SELECT", "table:main.hr.salaries", on_behalf_of="alice")
    assert not d.allowed and "acts for alice" in d.reason and "alice lacks" in d.reason
    # A user's rights never widen a narrow agent.
    world.execute("GRANT USE CATALOG, USE SCHEMA, SELECT ON CATALOG main TO bob")
    world.execute("REVOKE SELECT ON CATALOG main FROM finbot")
    d = world.check("finbot", "SELECT", "table:main.hr.salaries", on_behalf_of="bob")
    assert not d.allowed and "finbot lacks SELECT" in d.reason


def test_authorize_audits_and_raises(world: Catalog) -> None:
    with pytest.raises(PermissionDenied, match="bob lacks SELECT on table:main.sales.orders"):
        world.authorize("bob", "SELECT", ORDERS, action="query", request_id="req-1")
    world.execute("GRANT USE CATALOG, USE SCHEMA, SELECT ON CATALOG main TO bob")
    assert world.authorize("bob", "SELECT", ORDERS, action="query", request_id="req-2").allowed
    last = world.audit_log(principal="bob")
    assert [(e.request_id, e.allowed, e.action) for e in last] == [("req-1", False, "query"), ("req-2", True, "query")]
    assert "lacks SELECT" in last[0].reason


def test_execute_inherits_from_mcp_server_and_schema(world: Catalog) -> None:
    world.create_securable("mcp_tool", "filings.search")  # creates mcp_server:filings too
    world.execute("GRANT EXECUTE ON MCP_SERVER filings TO bob")
    assert world.check("bob", "EXECUTE", "mcp_tool:filings.search").allowed
    world.create_securable("tool", "lookup")
    assert not world.check("bob", "EXECUTE", "tool:lookup").allowed
    world.create_securable("function", "main.sales.fx")
    world.execute("GRANT USE CATALOG ON CATALOG main TO bob")
    world.execute("GRANT USE SCHEMA, EXECUTE ON SCHEMA main.sales TO bob")
    assert world.check("bob", "EXECUTE", "function:main.sales.fx").allowed
    assert world.check("bob", "EXECUTE", "agent:finbot").allowed is False


def test_nested_groups_and_cycles(world: Catalog) -> None:
    assert world.is_member("alice", "staff") and world.is_member("alice", "analysts")
    assert not world.is_member("bob", "staff")
    with pytest.raises(InvalidInput, match="membership cycle"):
        world.execute("ALTER GROUP analysts ADD MEMBER staff")
    with pytest.raises(InvalidInput, match="cycle"):
        world.execute("ALTER GROUP staff ADD MEMBER staff")
    world.execute("ALTER GROUP analysts REMOVE MEMBER alice")
    assert not world.is_member("alice", "staff")


def test_unknowns_are_denied_with_a_reason(world: Catalog) -> None:
    assert "unknown principal 'alicia'; did you mean 'alice'?" in world.check("alicia", "SELECT", ORDERS).reason
    assert "unknown securable table:main.sales.nope" in world.check("alice", "SELECT", "table:main.sales.nope").reason
    assert "does not apply to a table" in world.check("alice", "QUERY", ORDERS).reason


def test_drop_securable_removes_children_and_grants(world: Catalog) -> None:
    world.execute("GRANT SELECT ON TABLE main.sales.orders TO bob")
    world.drop_securable("schema:main.sales")
    assert [s.ref for s in world.securables(under="catalog:main")] == ["schema:main.hr", "table:main.hr.salaries"]
    assert world.execute("SHOW GRANTS TO bob").rows == []


def test_create_needs_usage_and_the_creator_owns_what_it_creates(world: Catalog) -> None:
    world.execute("GRANT CREATE SCHEMA ON CATALOG main TO bob")
    with pytest.raises(PermissionDenied, match="bob lacks USE_CATALOG on catalog:main"):
        world.execute("CREATE SCHEMA main.bobs", actor="bob")
    world.execute("GRANT USE CATALOG ON CATALOG main TO bob")
    world.execute("CREATE SCHEMA main.bobs", actor="bob")
    world.execute("CREATE TABLE main.bobs.notes", actor="bob")  # as the schema's owner
    assert "owner of table:main.bobs.notes (bob)" in world.check("bob", "MODIFY", "table:main.bobs.notes").reason
    world.execute("GRANT SELECT ON TABLE main.bobs.notes TO carol", actor="bob")
    # CREATE TABLE on someone else's schema needs USE SCHEMA on it as well.
    world.execute("GRANT CREATE TABLE ON SCHEMA main.sales TO bob")
    with pytest.raises(PermissionDenied, match="USE_SCHEMA on schema:main.sales"):
        world.execute("CREATE TABLE main.sales.bobs", actor="bob")
    world.execute("GRANT USE SCHEMA ON SCHEMA main.sales TO bob")
    world.execute("CREATE TABLE main.sales.bobs", actor="bob")
    assert world.securable("table:main.sales.bobs").owner_id == world.principal("bob").id


def test_all_privileges_does_not_include_manage(world: Catalog) -> None:
    world.execute("GRANT USE CATALOG, ALL PRIVILEGES ON CATALOG main TO bob")
    assert world.check("bob", "SELECT", ORDERS).allowed
    assert not world.check("bob", "MANAGE", ORDERS).allowed
    with pytest.raises(PermissionDenied):
        world.execute("GRANT SELECT ON TABLE main.sales.orders TO carol", actor="bob")


def test_owner_of_and_version(world: Catalog) -> None:
    before = world.version
    world.execute("ALTER SCHEMA main.hr OWNER TO carol")
    assert world.owner_of("schema:main.hr") == "carol" and world.owner_of("catalog:main") == "admin"
    assert world.version > before

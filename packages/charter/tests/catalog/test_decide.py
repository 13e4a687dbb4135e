"""The decision itself, field by field: who was checked, for which normalised privilege, on which
securable, and the reason; which usage privileges a container's own privileges need.

`test_privileges.py` tells the scenarios; these pin what every Decision carries (the audit log and
the refusal messages are built from these fields), found by mutation testing (docs/testing.md)."""

from __future__ import annotations

from charter.catalog import Catalog
from charter.catalog.model import Decision

ORDERS = "table:main.sales.orders"


def test_every_decision_names_the_principal_the_normalised_privilege_and_the_securable(world: Catalog) -> None:
    # Denied for an unknown principal (the privilege is not normalised: it was never looked at).
    assert world.check("alicia", "select", ORDERS) == Decision(
        False, "unknown principal 'alicia'; did you mean 'alice'?", "alicia", "select", ORDERS)
    # Denied for an unknown securable.
    nope = "table:main.sales.nope"
    assert world.check("bob", "select", nope) == Decision(False, f"unknown securable {nope}", "bob", "select", nope)
    # Denied for a missing grant: the privilege as the catalog spells it, not as asked.
    assert world.check("bob", " select ", ORDERS) == Decision(
        False, "bob lacks SELECT on table:main.sales.orders", "bob", "SELECT", ORDERS)
    assert world.check("bob", "use schema", "schema:main.sales") == Decision(
        False, "bob lacks USE_SCHEMA on schema:main.sales", "bob", "USE_SCHEMA", "schema:main.sales")
    # Allowed for the metastore admin.
    assert world.check("admin", "modify", ORDERS) == Decision(
        True, "admin is a metastore admin", "admin", "MODIFY", ORDERS)
    # Allowed by a grant, with the grant as the reason.
    world.execute("GRANT USE CATALOG, USE SCHEMA ON CATALOG main TO bob")
    world.execute("GRANT SELECT ON TABLE main.sales.orders TO bob")
    assert world.check("bob", "select", ORDERS) == Decision(
        True, "SELECT on table:main.sales.orders granted to bob", "bob", "SELECT", ORDERS)


def test_a_missing_usage_privilege_is_the_privilege_the_decision_names(world: Catalog) -> None:
    world.execute("GRANT SELECT ON TABLE main.sales.orders TO bob")
    d = world.check("bob", "select", ORDERS)
    assert (d.allowed, d.privilege, d.reason) == (False, "USE_SCHEMA", "bob lacks USE_SCHEMA on schema:main.sales")


def test_a_privilege_on_a_container_needs_usage_on_its_parents_only(world: Catalog) -> None:
    # MANAGE on a schema: USE CATALOG on main is needed, USE SCHEMA on the schema itself is not.
    world.execute("GRANT MANAGE ON SCHEMA main.sales TO bob")
    d = world.check("bob", "MANAGE", "schema:main.sales")
    assert (d.allowed, d.reason) == (False, "bob lacks USE_CATALOG on catalog:main")
    world.execute("GRANT USE CATALOG ON CATALOG main TO bob")
    d = world.check("bob", "MANAGE", "schema:main.sales")
    assert (d.allowed, d.reason) == (True, "MANAGE on schema:main.sales granted to bob")
    # Creating inside the container is the exception: it needs USE SCHEMA on the schema too.
    world.execute("GRANT CREATE TABLE ON SCHEMA main.sales TO bob")
    d = world.check("bob", "CREATE TABLE", "schema:main.sales")
    assert (d.allowed, d.privilege, d.reason) == (False, "USE_SCHEMA", "bob lacks USE_SCHEMA on schema:main.sales")

"""`charter access AGENT [--for P]`: an agent's reach, as the intersection with the principal it acts for."""

from __future__ import annotations

import json
from pathlib import Path

from charter.catalog import Catalog
from charter.catalog.access import reach

SETUP = """
CREATE USER alice; CREATE AGENT finbot; CREATE GROUP approvers
CREATE CATALOG main; CREATE SCHEMA main.sales; CREATE TABLE main.sales.orders; CREATE TABLE main.sales.refunds
CREATE TABLE main.hr.salaries; CREATE MODEL local; CREATE MODEL big; CREATE TOOL transfer; CREATE TOOL lookup
CREATE MCP_TOOL crm.search; CREATE AGENT helper
GRANT USE CATALOG ON CATALOG main TO finbot; GRANT USE SCHEMA, SELECT ON SCHEMA main.sales TO finbot
GRANT USE CATALOG ON CATALOG main TO alice; GRANT USE SCHEMA ON SCHEMA main.sales TO alice
GRANT SELECT ON TABLE main.sales.orders TO alice
GRANT QUERY ON MODEL local TO finbot; GRANT QUERY ON MODEL local TO alice; GRANT QUERY ON MODEL big TO finbot
GRANT EXECUTE ON TOOL transfer TO finbot; GRANT EXECUTE ON TOOL transfer TO alice
GRANT EXECUTE ON MCP_TOOL crm.search TO finbot; GRANT EXECUTE ON AGENT helper TO finbot
SET ROW FILTER ON TABLE main.sales.orders AS 'region = ''EU'''
SET COLUMN MASK ON TABLE main.sales.orders COLUMN email AS '''***'''
ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers
"""


def build(cat: Catalog) -> Catalog:
    for line in SETUP.strip().splitlines():
        for stmt in line.split("; "):
            cat.execute(stmt.strip())
    return cat


def test_an_agent_reaches_what_it_holds_and_for_a_user_only_what_both_hold(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    cat = build(Catalog(sqlite_store))
    alone = {(r.type, r.name) for r in reach(cat, "finbot")}
    assert alone == {("table", "main.sales.orders"), ("table", "main.sales.refunds"), ("model", "local"),
                     ("model", "big"), ("tool", "transfer"), ("mcp_tool", "crm.search"), ("agent", "helper")}
    both = reach(cat, "finbot", on_behalf_of="alice")
    assert [(r.type, r.name) for r in both] == [("table", "main.sales.orders"), ("model", "local"), ("tool", "transfer")]
    orders = both[0]
    assert orders.row_filter == "region = 'EU'" and orders.column_masks == {"email": "'***'"}
    assert both[2].approval_group == "approvers"
    # Every entry is the catalog's own decision: nothing listed is refused by check, and vice versa.
    for r in both:
        assert cat.check("finbot", r.privilege, f"{r.type}:{r.name}", on_behalf_of="alice").allowed


def test_the_command_prints_the_reach_as_a_table_and_as_json(home: Path, charter) -> None:  # type: ignore[no-untyped-def]
    from charter.runtime import Charter

    c = Charter.open(home)
    build(c.catalog)
    c.store.dispose()
    table = charter("access", "finbot", "--for", "alice")
    assert table.returncode == 0, table.stderr
    assert "3 securable(s) finbot acting for alice can reach" in table.stdout
    assert "row filter: region = 'EU'" in table.stdout and "needs approval by approvers" in table.stdout
    assert "main.sales.refunds" not in table.stdout
    out = charter("access", "finbot", "--json")
    assert {i["name"] for i in json.loads(out.stdout)} >= {"main.sales.refunds", "crm.search", "helper"}
    unknown = charter("access", "nobody")
    assert unknown.returncode == 4 and "unknown principal 'nobody'" in unknown.stderr


def test_approval_statements_parse_and_bump_the_policy_version(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from charter.catalog.approvals import approval_policy
    from charter.errors import InvalidStatement

    cat = build(Catalog(sqlite_store))
    assert approval_policy(cat, "tool:transfer") == ("approvers", 1)
    assert "no longer need approval" in cat.execute("alter tool `transfer` drop require approval").message
    assert approval_policy(cat, "tool:transfer") == (None, 2)
    cat.execute("ALTER MCP_TOOL crm.search SET REQUIRE APPROVAL BY GROUP approvers")
    assert approval_policy(cat, "mcp_tool:crm.search") == ("approvers", 1)
    with pytest.raises(InvalidStatement, match="expected"):
        cat.execute("ALTER TOOL transfer SET REQUIRE APPROVAL approvers")

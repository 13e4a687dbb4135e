"""Verify on the final SQL: the second check parses what will reach the engine and refuses anything
the plan did not check, whatever produced it (a rewriter bug, a parser corner)."""

from __future__ import annotations

import pytest

from charter.catalog import Catalog, QueryPolicy
from charter.data import DataService
from charter.data import governed as g
from charter.data.verify import VerificationFailed, verify
from charter.errors import CharterError


@pytest.fixture
def planned(shop: DataService, catalog: Catalog) -> DataService:
    catalog.set_row_filter("shop.main.orders", "region = 'EU'")
    catalog.set_query_policy("bob", QueryPolicy(max_rows=10))
    return shop


def _plan(data: DataService, sql: str, principal: str = "bob") -> tuple[g.Context, str]:
    ctx = data.governance_context(principal)
    g.govern(sql, ctx)
    return ctx, ctx.sql


def test_the_rendered_plan_passes_and_tampered_versions_do_not(planned: DataService) -> None:
    ctx, sql = _plan(planned, "SELECT o.id FROM (shop.main.orders AS o JOIN shop.main.orders AS p ON o.id = p.id)")
    assert sql.count("WHERE \"orders\".region = 'EU'") == 2  # both sides of the nested join are filtered
    verify(sql, ctx)  # the plan as rendered
    unchecked = "table main.orders is read without the checks the plan applied"
    tampered = {  # what was done to the rendered SQL -> the reason the verifier names
        "filter dropped": (sql.replace(" WHERE \"orders\".region = 'EU'", "", 1), unchecked),
        "filter weakened": (sql.replace("'EU'", "'EU' OR TRUE", 1), unchecked),
        "unchecked table": (sql.replace("JOIN (", 'JOIN "main"."secrets" AS s ON TRUE JOIN (', 1),
                            "table main.secrets is read without the checks the plan applied"),
        "bare name": (sql + " UNION ALL SELECT 1 FROM secrets", "table reference secrets is not a quoted schema.table"),
        "comment": (sql.replace("SELECT", "SELECT /* x */", 1), "the SQL carries a comment"),
        "function": (sql.replace("SELECT o.id", "SELECT getenv('HOME')", 1),
                     "permission denied: function GETENV is not allowed in governed SQL on duckdb sources "
                     "(only side-effect-free functions on the allow-list are)"),
        "row cap": (sql.replace(" LIMIT 10", ""), "its row cap is missing"),
        "row cap raised": (sql.replace(" LIMIT 10", " LIMIT 11"), "its row cap is missing"),
        "two statements": (sql + "; SELECT 1", "it holds 2 statements"),
        "another catalog": (sql.replace('"main"."orders"', 'other."main"."orders"', 1),
                            'table reference other."main"."orders" is not a quoted schema.table'),
        "a parameter marker": (sql.replace("'EU'", "__chp_x__", 1), "its parameter markers differ from the plan's"),
        "another statement type": ('INSERT INTO "main"."orders" (id) VALUES (1)', "it is a INSERT statement, planned SELECT"),
    }
    for what, (bad, reason) in tampered.items():
        assert bad != sql, what
        with pytest.raises(VerificationFailed) as info:
            verify(bad, ctx)
        assert info.value.message == f"query refused: the rewritten SQL failed verification ({reason})", what
    verify(sql.replace(" LIMIT 10", " LIMIT 9"), ctx)  # a smaller cap is still a cap


def test_a_plan_without_the_filter_rule_is_refused_not_run(planned: DataService, monkeypatch: pytest.MonkeyPatch) -> None:
    # Take a rule out of the pipeline: the second check still refuses what the first no longer did.
    for rule in (g.apply_filters_and_masks, g.check_privileges):
        monkeypatch.setattr(g, "RULES", tuple(r for r in g.RULES if r is not rule))
        planned._plans.clear()  # noqa: SLF001 - plans are cached per catalog version
        with pytest.raises(VerificationFailed, match="read without the checks"):
            planned.query("SELECT id FROM shop.main.orders", principal="bob")
        monkeypatch.undo()
    assert [r[0] for r in planned.query("SELECT id FROM shop.main.orders ORDER BY id", principal="bob").rows] == [1, 3]


def test_a_write_keeps_its_filter_or_is_refused(planned: DataService, catalog: Catalog) -> None:
    catalog.grant("MODIFY", "table:shop.main.orders", "bob")
    catalog.set_query_policy("bob", QueryPolicy(statement_types=frozenset({"SELECT", "DELETE"})))
    ctx, sql = _plan(planned, "DELETE FROM shop.main.orders WHERE id > 0")
    verify(sql, ctx)
    more = sql.replace("WHERE (id > 0) AND", "WHERE (id > 0) AND (id < 9) AND")
    assert "(id < 9)" in more
    verify(more, ctx)  # the filter may be any one of the conjuncts
    for bad, reason in [(sql.split(" AND ")[0], "the row filter of the table it writes is missing"),
                        (sql.replace("(id > 0) AND ", ""), None),  # the filter alone is still the filter
                        ('DELETE FROM "main"."orders"', "the row filter of the table it writes is missing"),
                        (sql.replace('"orders"', '"secrets"', 1), "it writes a table the plan did not authorise"),
                        (sql.replace("DELETE FROM", "DELETE FROM other.", 1),
                         "it writes a table the plan did not authorise"),
                        ("SELECT 1", "it is a SELECT statement, planned DELETE")]:
        if reason is None:
            verify(bad, ctx)
            continue
        with pytest.raises(VerificationFailed) as info:
            verify(bad, ctx)
        assert info.value.message == f"query refused: the rewritten SQL failed verification ({reason})", bad


def test_every_refusal_of_the_verifier_is_a_governed_error(planned: DataService) -> None:
    ctx, _sql = _plan(planned, "SELECT id FROM shop.main.orders")
    for bad in ("SELEC x", "", "SELECT " + "(" * 400 + "1" + ")" * 400, "DELETE FROM \"main\".\"orders\""):
        with pytest.raises(CharterError):
            verify(bad, ctx)


def test_a_table_the_plan_reads_as_is_must_stay_quoted_schema_dot_table(shop: DataService, catalog: Catalog) -> None:
    ctx, sql = _plan(shop, "SELECT id FROM shop.main.orders")  # no filter, no mask: read as it is
    assert '"main"."orders"' in sql
    verify(sql, ctx)
    for written in ('main."orders"', '"main".orders', "main.orders", '"orders"', '"shop"."main"."orders"'):
        with pytest.raises(VerificationFailed) as info:
            verify(sql.replace('"main"."orders"', written), ctx)
        assert info.value.message == ("query refused: the rewritten SQL failed verification (table reference "
                                      f"{written} is not a quoted schema.table)"), written

"""Governance fuzz suite: generated queries put a forbidden table, a file path, a system catalog, a
table function or a forbidden function in every syntactic position sqlglot produces (joins, nested
and parenthesised joins, subqueries, CTEs, recursive CTEs, set operations, LATERAL, PIVOT, table
samples, function arguments, window clauses, ...), wrapped in further queries, on DuckDB, SQLite,
PostgreSQL and MariaDB sources. Zero leaks: every one is refused before the engine, with a governed
error, and audited. Zero crashes: the same shapes over the readable table either run or fail with a
governed error, and never show a value the filter or mask hides.

Bounded for the suite (the default hypothesis profile); ``pytest --hypothesis-profile=charter-hunt
packages/charter/tests/data/test_fuzz_governance.py`` hunts for much longer.
"""

from __future__ import annotations

import re

from data_helpers import Estate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charter.data.verify import VerificationFailed
from charter.errors import (
    CharterError,
    ExecutionError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    SourceUnavailable,
    Timeout,
)

RELATION_TEMPLATES = [
    "SELECT * FROM {R}",
    "SELECT * FROM {A} AS a JOIN {R} AS r ON true",
    "SELECT * FROM {A} AS a LEFT JOIN {R} AS r ON a.id = 1",
    "SELECT * FROM {A} AS a CROSS JOIN {R} AS r",
    "SELECT * FROM {A} AS a, {R} AS r",
    "SELECT * FROM ({A} AS a JOIN {R} AS r ON true)",
    "SELECT * FROM ({R} AS r JOIN {A} AS a ON true)",
    "SELECT * FROM ({A} AS a JOIN ({A} AS b JOIN {R} AS r ON true) ON true)",
    "SELECT * FROM (({R} AS r))",
    "WITH x AS (SELECT 1 AS one) SELECT * FROM (x JOIN {R} AS r ON true)",
    "WITH c AS (SELECT * FROM {R}) SELECT * FROM c",
    "WITH c AS (SELECT 1 AS one), d AS (SELECT * FROM c, {R} AS r) SELECT * FROM d",
    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c, {R} AS r WHERE n < 2) SELECT * FROM c",
    "SELECT * FROM {A} WHERE EXISTS (SELECT 1 FROM {R})",
    "SELECT * FROM {A} WHERE id IN (SELECT 1 FROM {R})",
    "SELECT (SELECT count(*) FROM {R}) AS n FROM {A}",
    "SELECT id FROM {A} UNION ALL SELECT 1 FROM {R}",
    "SELECT id FROM {A} INTERSECT SELECT 1 FROM {R}",
    "SELECT id FROM {A} EXCEPT SELECT 1 FROM {R}",
    "SELECT * FROM {A} AS a, LATERAL (SELECT * FROM {R}) AS l",
    "SELECT * FROM (SELECT * FROM (SELECT * FROM {R}) AS s1) AS s2",
    "SELECT * FROM {R} PIVOT (count(*) FOR id IN (1))",
    "SELECT * FROM {R} TABLESAMPLE (10 PERCENT)",
    "SELECT * FROM {A} ORDER BY (SELECT max(1) FROM {R})",
    "SELECT count(*) FROM {A} GROUP BY id HAVING count(*) > (SELECT count(*) FROM {R})",
    "SELECT coalesce((SELECT max(1) FROM {R}), id) FROM {A}",
    "SELECT * FROM {A} AS a JOIN {A} AS b ON a.id IN (SELECT 1 FROM {R})",
    "SELECT CASE WHEN EXISTS (SELECT 1 FROM {R}) THEN 1 END FROM {A}",
    "SELECT sum(id) OVER (PARTITION BY (SELECT 1 FROM {R})) FROM {A}",
]
FUNCTION_TEMPLATES = [
    "SELECT {F} FROM {A}",
    "SELECT id FROM {A} WHERE {F} IS NOT NULL",
    "SELECT id FROM {A} ORDER BY {F}",
    "SELECT count(*) FROM {A} GROUP BY {F}",
    "SELECT coalesce({F}, id) FROM {A}",
    "SELECT upper(CAST({F} AS VARCHAR)) FROM {A}",
    "SELECT * FROM {A} AS a JOIN {A} AS b ON {F} IS NULL",
    "WITH c AS (SELECT {F} AS v FROM {A}) SELECT * FROM c",
    "SELECT id FROM {A} UNION SELECT {F} FROM {A}",
    "SELECT (SELECT {F}) FROM {A}",
    "SELECT * FROM {A} WHERE EXISTS (SELECT {F})",
    "SELECT * FROM {A} AS a, LATERAL (SELECT {F} AS v) AS l",
    "SELECT CASE WHEN id = 1 THEN {F} END FROM {A}",
    "SELECT max({F}) OVER (ORDER BY id) FROM {A}",
    "SELECT * FROM ({A} AS a JOIN {A} AS b ON {F} = 1)",
]
WRAPS = [
    "{q}",
    "SELECT * FROM ({q}) AS w",
    "WITH w AS ({q}) SELECT * FROM w",
    "SELECT * FROM {A} WHERE EXISTS ({q})",
    "SELECT id FROM {A} UNION ALL SELECT * FROM ({q}) AS w",
]
FORBIDDEN_CALLS = [
    "getenv('HOME')", "current_setting('data_directory')", "query_to_xml('SELECT 1', true, false, '')",
    "lo_from_bytea(0, 'x')", "load_file('/etc/passwd')", "pg_read_file('x')", "version()", "sleep(1)", "pg_sleep(1)",
    "set_config('a.b', 'c', false)", "dblink('a', 'b')", "current_user", "pg_catalog.lower(note)",
    "CAST(id AS regclass)", "sqlite_version()", "nextval('s')", "txid_current()", "read_csv('/etc/passwd')",
    "current_database()", "user()", "database()", "randomblob(8)", "load_extension('x')", "query('SELECT 1')",
]
ALLOWED_CALLS = ["upper(note)", "length(ssn)", "coalesce(ssn, 'x')", "abs(id)", "lower(region)", "id + 1",
                 "CAST(id AS VARCHAR)", "substring(note, 1, 3)", "round(id * 1.5)", "count(*)"]
HIDDEN = re.compile(r"\d{3}-\d{2}-\d{4}|banana split|apple crumble", re.IGNORECASE)  # unmasked ssn, rows the filter hides

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _forbidden_relations(estate: Estate) -> list[str]:
    s = estate.schema
    return [estate.t("salaries"), estate.t("salaries_view"), f"src.{s}.SALARIES", f'"src"."{s}"."salaries"',
            f"src.{s}.nosuch", "src.nosuch.salaries", f"{s}.salaries", "salaries", "'/etc/passwd'", "'secret.csv'",
            "read_csv('/etc/passwd')", "read_parquet('x.parquet')", "duckdb_settings()", "duckdb_secrets()",
            "information_schema.tables", "pg_catalog.pg_authid", "mysql.user", "sqlite_master",
            "generate_series(1, 2)", "range(2)", "pg_ls_dir('.')", "glob('*')", "query_table('salaries')"]


def _readable(estate: Estate) -> list[str]:
    s = estate.schema
    return [estate.t("orders"), f'"src"."{s}"."orders"', f"SRC.{s.upper()}.ORDERS"]


@st.composite
def _forbidden_query(draw: st.DrawFn, estate: Estate) -> str:
    a = draw(st.sampled_from(_readable(estate)))
    if draw(st.booleans()):
        q = draw(st.sampled_from(RELATION_TEMPLATES)).format(R=draw(st.sampled_from(_forbidden_relations(estate))), A=a)
    else:
        q = draw(st.sampled_from(FUNCTION_TEMPLATES)).format(F=draw(st.sampled_from(FORBIDDEN_CALLS)), A=a)
    for _ in range(draw(st.integers(0, 2))):
        q = draw(st.sampled_from(WRAPS)).format(q=q, A=a)
    return q


@st.composite
def _readable_query(draw: st.DrawFn, estate: Estate) -> str:
    a = draw(st.sampled_from(_readable(estate)))
    if draw(st.booleans()):
        q = draw(st.sampled_from(RELATION_TEMPLATES)).format(R=draw(st.sampled_from(_readable(estate))), A=a)
    else:
        q = draw(st.sampled_from(FUNCTION_TEMPLATES)).format(F=draw(st.sampled_from(ALLOWED_CALLS)), A=a)
    for _ in range(draw(st.integers(0, 2))):
        q = draw(st.sampled_from(WRAPS)).format(q=q, A=a)
    return q


def test_no_forbidden_relation_or_function_is_reached_in_any_position(estate: Estate) -> None:
    @FUZZ
    @given(st.data())
    def check(data: st.DataObject) -> None:
        sql = data.draw(_forbidden_query(estate), label="sql")
        try:
            rows = estate.data.query(sql, principal="bob").rows
        except (ExecutionError, SourceUnavailable, Timeout) as exc:
            raise AssertionError(f"reached the engine: {sql}\n{exc.message}") from None
        except CharterError as exc:
            assert isinstance(exc, (PermissionDenied, NotFound, InvalidInput)), sql
            assert "\n" not in exc.message
            entry = estate.catalog.audit_log(limit=1)[0]
            assert not entry.allowed and entry.actor == "bob" and entry.details["sql"] == sql[:4000]
        else:
            raise AssertionError(f"leak: {sql} returned {rows[:3]}")

    check()


def test_readable_queries_in_every_position_run_or_fail_cleanly_and_never_unmask(estate: Estate) -> None:
    @settings(FUZZ, max_examples=max(10, settings.default.max_examples // 4))
    @given(st.data())
    def check(data: st.DataObject) -> None:
        sql = data.draw(_readable_query(estate), label="sql")
        try:
            rows = estate.data.query(sql, principal="bob").rows
        except VerificationFailed as exc:
            raise AssertionError(f"the verifier refused a plan the rules built: {sql}\n{exc.message}") from None
        except CharterError as exc:  # an engine that lacks a construct (LATERAL on SQLite) says so
            assert "\n" not in exc.message
            return
        shown = " ".join(str(v) for r in rows for v in r)
        assert not HIDDEN.search(shown), f"{sql} showed {shown[:200]}"

    check()

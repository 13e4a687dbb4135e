"""Verify on the final SQL: parse what will reach the engine, in the engine's dialect, and check it
again, independently of how it was produced.

What must hold of the rendered statement:

- one statement of the planned type, no comments (MySQL executes ``/*! ... */``), nothing
  ``check_shape`` refuses, only allow-listed functions;
- every one-part table name is a quoted CTE name visible where it stands (exact match);
- every other table is ``"schema"."table"`` and is either
  - read as planned (the asker may read it and it has no filter or masks for the asker),
  - the FROM of a filter/mask subquery whose text is exactly the one the plan built (tables inside
    that subquery are the filter's own reads, checked against the definer when it was built),
  - the table an INSERT/UPDATE/DELETE writes, with the planned row filter among the conjuncts of
    its WHERE;
- a SELECT under a row cap ends in a LIMIT no larger than the cap.

A failure here means the rewriter or a parser corner produced something the plan did not check:
the query is refused, and the cause logged for the maintainers.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from charter.catalog.sqlpolicy import MARKER, check_functions, check_shape, relations
from charter.errors import CharterError, InvalidStatement

if TYPE_CHECKING:
    from charter.data.governed import Context

log = logging.getLogger("charter.data.verify")
_MARKER = re.compile(re.escape(MARKER) + r"(\w+?)__")


class VerificationFailed(InvalidStatement):
    """The rewritten SQL did not pass the second check; nothing ran."""


def _fail(reason: str) -> None:
    log.warning("governed SQL verification failed: %s", reason)
    raise VerificationFailed(f"query refused: the rewritten SQL failed verification ({reason})")


def _physical_key(table: exp.Table) -> tuple[str, str] | None:
    db, this = table.args.get("db"), table.this
    if table.args.get("catalog") or not isinstance(db, exp.Identifier) or not isinstance(this, exp.Identifier):
        return None
    if not (db.quoted and this.quoted):
        return None
    return db.name, this.name


def _inside(node: exp.Expression, zones: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if id(parent) in zones:
            return True
        parent = parent.parent
    return False


def verify(sql: str, ctx: Context) -> None:
    """Raise VerificationFailed unless ``sql`` (the rendered plan) holds everything the plan checked."""
    from charter.data.governed import statement_type

    dialect = ctx.dialect or None
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except RecursionError:
        raise InvalidStatement("query nests too deeply for governed SQL") from None
    except SqlglotError as exc:
        _fail(f"it does not parse back: {str(exc).splitlines()[0][:120]}")
    if len(statements) != 1:
        _fail(f"it holds {len(statements)} statements")
    tree = statements[0]
    if statement_type(tree) != ctx.statement_type:
        _fail(f"it is a {statement_type(tree)} statement, planned {ctx.statement_type}")
    try:
        check_functions(check_shape(tree, user=False, comments=True), dialect)
        rel = relations(tree, exact=True)
    except CharterError as exc:
        _fail(exc.message)
        return
    # The rendered markers are exactly the parameters the plan bound.
    if len(_MARKER.findall(sql)) != ctx.placeholders:
        _fail("its parameter markers differ from the plan's")

    expected: dict[tuple[str, str], set[str]] = {}
    for key, select in ctx.wrappers:
        expected.setdefault(key, set()).add(select.sql(dialect=dialect, comments=False, copy=False))
    zones: set[int] = set()
    target_key = (ctx.target[1].schema, ctx.target[1].table) if ctx.target else None
    if rel.target is not None:
        if target_key is None or _physical_key(rel.target) != target_key or target_key not in ctx.authorised:
            _fail("it writes a table the plan did not authorise")
    elif target_key is not None:
        _fail("it writes no table, the plan wrote one")
    if ctx.dml_filter is not None:
        wanted = ctx.dml_filter.sql(dialect=dialect, comments=False, copy=False)
        where = tree.args.get("where")
        conjuncts = list(where.this.flatten(unnest=False)) if where is not None and isinstance(where.this, exp.And) else (
            [where.this] if where is not None else [])
        match = next((c for c in conjuncts if c.sql(dialect=dialect, comments=False, copy=False) == wanted), None)
        if match is None:
            _fail("the row filter of the table it writes is missing")
        zones.add(id(match))

    pending: list[tuple[exp.Table, tuple[str, str] | None]] = []
    for table in rel.tables:
        key = _physical_key(table)
        parent, select = table.parent, table.parent.parent if table.parent is not None else None
        if (key in expected and key in ctx.authorised and isinstance(parent, exp.From) and isinstance(select, exp.Select)
                and isinstance(select.parent, exp.Subquery) and not select.args.get("joins")
                and not select.args.get("laterals")
                and select.sql(dialect=dialect, comments=False, copy=False) in expected[key]):
            zones.add(id(select))
            continue
        pending.append((table, key))
    for table, key in pending:
        if _inside(table, zones):
            continue  # a filter's or mask's own read, built and checked by the plan
        if key is None:
            _fail(f"table reference {table.sql(dialect=dialect)[:80]} is not a quoted schema.table")
        if key not in ctx.plain or key not in ctx.authorised:
            _fail(f"table {key[0]}.{key[1]} is read without the checks the plan applied")

    if ctx.statement_type == "SELECT" and ctx.policy.max_rows is not None:
        limit = tree.args.get("limit")
        value = limit.expression if isinstance(limit, exp.Limit) else None
        if not (isinstance(value, exp.Literal) and value.is_int and int(value.name) <= ctx.policy.max_rows):
            _fail("its row cap is missing")

"""Governed SQL: a list of pure AST rules, composed like sqlglot's optimizer ``RULES``.

parse -> check statement -> qualify tables (views expanded) -> check privileges -> row filters
and column masks -> limit injection -> transpile. Each rule takes the expression and the plan's
context and returns an expression; none of them executes anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError
from sqlglot.optimizer.simplify import simplify

from charter.catalog.model import QueryPolicy
from charter.errors import InvalidInput, InvalidStatement, NotFound, PermissionDenied

# Functions that read files, reach other servers, sleep or change settings: refused for everyone,
# on top of a policy's own denied_functions.
DENIED_FUNCTIONS = frozenset({
    "READ_CSV", "READ_CSV_AUTO", "READ_PARQUET", "READ_JSON", "READ_JSON_AUTO", "READ_NDJSON", "READ_TEXT",
    "READ_BLOB", "GLOB", "SNIFF_CSV", "PARQUET_SCAN", "ICEBERG_SCAN", "DELTA_SCAN", "POSTGRES_SCAN",
    "SQLITE_SCAN", "MYSQL_SCAN", "QUERY", "QUERY_TABLE", "GETENV", "PG_READ_FILE", "PG_READ_BINARY_FILE",
    "PG_LS_DIR", "PG_STAT_FILE", "LO_IMPORT", "LO_EXPORT", "DBLINK", "DBLINK_EXEC", "SET_CONFIG",
    "CURRENT_SETTING", "PG_SLEEP", "PG_TERMINATE_BACKEND", "PG_CANCEL_BACKEND", "LOAD_FILE",
    "LOAD_EXTENSION", "SLEEP", "BENCHMARK", "SYS_EXEC", "SYS_EVAL", "READFILE", "WRITEFILE",
})
DML = {"INSERT", "UPDATE", "DELETE"}
MAX_VIEW_DEPTH = 8


@dataclass(frozen=True)
class ResolvedTable:
    """A catalog table, view or feature table, with where it physically lives."""

    ref: str  # "table:c.s.t"
    full_name: str  # "c.s.t" as stored in the catalog
    source: str
    schema: str
    table: str  # physical table name in the source
    columns: tuple[str, ...]
    definition: str | None = None  # a view's SELECT in the source dialect
    dialect: str = ""


@dataclass(frozen=True)
class GovernedPlan:
    """What a governed query will run: the rewritten SQL and what it touches. Immutable; cacheable."""

    sql: str  # in the source dialect, parameters as driver placeholders
    source: str | None
    statement_type: str
    tables: tuple[str, ...]  # securable refs read (and written)
    max_rows: int | None
    timeout_s: float | None
    param_names: tuple[str, ...]
    masked_columns: tuple[str, ...] = ()
    filtered_tables: tuple[str, ...] = ()


@dataclass
class Context:
    """Everything the rules read; rules add what they learn (resolved tables, the source)."""

    principal: str
    agent: str | None
    catalog: Any
    policy: QueryPolicy
    resolve: Callable[[str], ResolvedTable | None]  # "c.s.t" (any case) -> table, or None
    suggest: Callable[[str], str]
    render: Callable[[exp.Expression, str], str] | None = None  # (expression, source) -> driver SQL
    statement_type: str = "SELECT"
    read: list[tuple[exp.Table, ResolvedTable]] = field(default_factory=list)
    written: list[tuple[exp.Table, ResolvedTable]] = field(default_factory=list)
    definer: set[int] = field(default_factory=set)  # id() of tables read with definer rights (inside filters)
    sources: set[str] = field(default_factory=set)
    masked: list[str] = field(default_factory=list)
    filtered: list[str] = field(default_factory=list)
    param_names: list[str] = field(default_factory=list)
    sql: str = ""
    source: str | None = None
    memo: dict[Any, exp.Expression] = field(default_factory=dict)  # substituted filters/masks, per catalog version


# ---------------------------------------------------------------------------------------- parse
def parse(sql: str, dialect: str | None = None) -> exp.Expression:
    """One statement, or InvalidStatement naming what is wrong with it."""
    if not sql or not sql.strip():
        raise InvalidStatement("empty query: write one SELECT statement")
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except ParseError as exc:
        err = exc.errors[0] if exc.errors else {}
        where = f" at line {err.get('line')}, column {err.get('col')}" if err.get("line") else ""
        desc = str(err.get("description") or str(exc).splitlines()[0])
        raise InvalidStatement(f"query does not parse{where}: {desc}") from None
    except SqlglotError as exc:
        raise InvalidStatement(f"query does not parse: {str(exc).splitlines()[0]}") from None
    if len(statements) != 1:
        raise InvalidStatement(f"one statement at a time, got {len(statements)}")
    return statements[0]


def statement_type(expression: exp.Expression) -> str:
    if isinstance(expression, (exp.Select, exp.SetOperation)) or (
            isinstance(expression, exp.Subquery) and isinstance(expression.unnest(), (exp.Select, exp.SetOperation))):
        return "SELECT"
    if isinstance(expression, exp.Command):
        return str(expression.this).upper()
    names = {exp.Insert: "INSERT", exp.Update: "UPDATE", exp.Delete: "DELETE", exp.Merge: "MERGE",
             exp.Create: "CREATE", exp.Drop: "DROP", exp.Alter: "ALTER"}
    for cls, name in names.items():
        if isinstance(expression, cls):
            return name
    return type(expression).__name__.upper()


# ---------------------------------------------------------------------------------------- rules
def check_statement(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Refuse statement types the policy does not allow (DDL always goes through the source's admin)."""
    kind = statement_type(expression)
    ctx.statement_type = kind
    allowed = ctx.policy.statement_types
    if kind not in allowed:
        who = f"{ctx.principal}" + (f" (through agent {ctx.agent})" if ctx.agent else "")
        raise PermissionDenied(f"permission denied: {kind} statements are not allowed for {who}; "
                               f"the query policy allows {', '.join(sorted(allowed)) or 'none'}")
    if kind != "SELECT" and kind not in DML:
        raise InvalidStatement(f"{kind} statements are not run through governed SQL; use the source's own tools")
    return expression


def _name_of(table: exp.Table) -> str:
    return ".".join(p.name for p in table.parts)


def qualify_tables(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Resolve every table reference (CTE names aside) to a catalog securable; expand views inline."""
    _walk(expression, frozenset(), ctx, depth=0)
    return expression


def _walk(node: exp.Expression, ctes: frozenset[str], ctx: Context, depth: int, definer: bool = False) -> None:
    if isinstance(node, exp.Table):
        _table(node, ctes, ctx, depth, definer)
        return
    with_ = node.args.get("with_") or node.args.get("with")
    if isinstance(with_, exp.With):
        names: set[str] = set(ctes)
        for cte in with_.expressions:
            alias = cte.alias_or_name.lower()
            # A recursive CTE sees itself; a plain one sees the CTEs before it.
            _walk(cte.this, frozenset(names | ({alias} if with_.args.get("recursive") else set())), ctx, depth, definer)
            names.add(alias)
        ctes = frozenset(names)
    for key, value in list(node.args.items()):
        if key in ("with_", "with"):
            continue
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, exp.Expression):
                _walk(child, ctes, ctx, depth, definer)


def _table(node: exp.Table, ctes: frozenset[str], ctx: Context, depth: int, definer: bool) -> None:
    if not isinstance(node.this, exp.Identifier):
        inner = node.this
        fn = inner.name.upper() if isinstance(inner, exp.Anonymous) else (
            inner.sql_name() if isinstance(inner, exp.Func) else type(inner).__name__)
        raise PermissionDenied(f"permission denied: table function {fn} is not allowed in governed SQL")
    parts = node.parts
    if len(parts) == 1 and node.name.lower() in ctes:
        return
    name = _name_of(node)
    if len(parts) != 3:
        raise NotFound(f"table '{name}' must be named catalog.schema.table{ctx.suggest(name)}")
    resolved = ctx.resolve(name)
    if resolved is None:
        raise NotFound(f"unknown table '{name}'{ctx.suggest(name)}")
    ctx.sources.add(resolved.source)
    if definer:
        ctx.definer.add(id(node))
    ctx.read.append((node, resolved))
    if resolved.definition is not None:
        if depth >= MAX_VIEW_DEPTH:
            raise InvalidStatement(f"view {name} nests more than {MAX_VIEW_DEPTH} views deep")
        body = _view_body(resolved)
        _walk(body, frozenset(), ctx, depth + 1, definer)
        node.set("joins", node.args.get("joins"))
        node.meta["view_body"] = body


def _view_body(view: ResolvedTable) -> exp.Expression:
    """A view's SELECT with its table names qualified into the view's catalog."""
    body = parse(view.definition or "", view.dialect or None)
    if isinstance(body, exp.Create):
        body = body.expression
    for t in body.find_all(exp.Table):
        if isinstance(t.this, exp.Identifier):
            if not t.args.get("db"):
                t.set("db", exp.to_identifier(view.schema))
            if not t.args.get("catalog"):
                t.set("catalog", exp.to_identifier(view.source))
    return body


def check_privileges(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """SELECT on every table read, MODIFY on the table written; policy-denied tables and functions."""
    denied = {d.split(":", 1)[-1].lower() for d in ctx.policy.denied_tables}
    wanted: list[tuple[str, ResolvedTable]] = []
    for node, t in ctx.read:
        if id(node) not in ctx.definer:
            wanted.append(("MODIFY" if any(n is node for n, _ in ctx.written) else "SELECT", t))
    for _node, t in ctx.written:
        wanted.append(("MODIFY", t))
    seen: set[tuple[str, str]] = set()
    for priv, t in wanted:
        if (priv, t.ref) in seen:
            continue
        seen.add((priv, t.ref))
        if t.full_name.lower() in denied:
            who = ctx.principal + (f" through agent {ctx.agent}" if ctx.agent else "")
            raise PermissionDenied(f"permission denied: the query policy denies table {t.full_name} to {who}")
        if ctx.agent:
            d = ctx.catalog.check(ctx.agent, priv, t.ref, on_behalf_of=ctx.principal)
        else:
            d = ctx.catalog.check(ctx.principal, priv, t.ref)
        if not d.allowed:
            raise PermissionDenied(f"permission denied: {d.reason}")
    banned = DENIED_FUNCTIONS | {f.upper() for f in ctx.policy.denied_functions}
    for fn in expression.find_all(exp.Func):
        name = (fn.name if isinstance(fn, exp.Anonymous) else fn.sql_name()).upper()
        if name in banned:
            raise PermissionDenied(f"permission denied: function {name} is not allowed in governed SQL")
    return expression


def _substitute(text: str, principal: str, ctx: Context) -> exp.Expression:
    """A filter or mask with current_principal() and is_member('g') replaced by literals (memoised)."""
    key = (text, principal)
    hit = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = _substitute_uncached(text, principal, ctx.catalog)
    return hit.copy()


def _substitute_uncached(text: str, principal: str, catalog: Any) -> exp.Expression:
    tree = parse(f"SELECT {text}", None).expressions[0]

    def sub(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.CurrentUser) or (isinstance(node, exp.Anonymous) and node.name.lower() == "current_principal"):
            return exp.Literal.string(principal)
        if isinstance(node, exp.Anonymous) and node.name.lower() == "is_member":
            args = node.expressions
            group = args[0].name if args and isinstance(args[0], exp.Literal) else ""
            return exp.true() if catalog.is_member(principal, group) else exp.false()
        return node

    return simplify(tree.transform(sub))


def apply_filters_and_masks(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Wrap each filtered or masked table in a subquery that filters and masks, aliased as the table."""
    people = [ctx.principal] + ([ctx.agent] if ctx.agent else [])
    for node, t in list(ctx.read):
        if id(node) in ctx.definer:
            continue
        body = node.meta.get("view_body")
        if body is not None:  # a view: its base tables were filtered in their own right
            alias = node.alias or t.table
            node.replace(exp.Subquery(this=body, alias=exp.TableAlias(this=exp.to_identifier(alias))))
            continue
        condition = _filter_for(ctx, t, people)
        masks = _masks_for(ctx, t, people)
        if condition is None and not masks:
            continue
        if masks and not t.columns:
            raise InvalidStatement(f"table {t.full_name} has column masks but no known columns; run `charter source sync {t.source}`")
        inner = exp.Table(this=exp.to_identifier(t.table), db=exp.to_identifier(t.schema),
                          catalog=exp.to_identifier(t.source))
        ctx.read.append((inner, t))
        ctx.definer.add(id(inner))
        select = exp.select(*[
            exp.alias_(masks[c], c, quoted=True, copy=False) if c in masks else exp.column(c, quoted=True)
            for c in (t.columns if masks else ["*"])
        ] if masks else ["*"], copy=False).from_(inner, copy=False)
        if condition is not None:
            select = select.where(condition, copy=False)
            ctx.filtered.append(t.full_name)
        ctx.masked.extend(f"{t.full_name}.{c}" for c in masks)
        alias = node.alias or t.table
        if ctx.statement_type in ("UPDATE", "DELETE") and any(n is node for n, _ in ctx.written):
            continue  # the written table itself is filtered in its WHERE below
        node.replace(exp.Subquery(this=select, alias=exp.TableAlias(this=exp.to_identifier(alias))))
    if ctx.statement_type in ("UPDATE", "DELETE"):
        for _node, t in ctx.written:
            condition = _filter_for(ctx, t, people)
            if condition is not None:
                expression = expression.where(condition, copy=False)
    return expression


def _filter_for(ctx: Context, t: ResolvedTable, people: list[str]) -> exp.Expression | None:
    text = ctx.catalog.row_filter(t.full_name)
    if not text:
        return None
    parts = [_substitute(text, who, ctx) for who in people]
    condition = parts[0] if len(parts) == 1 else exp.and_(*parts)
    # Tables a filter reads (a mapping table, say) are read with the definer's rights and are
    # not filtered themselves: no recursion.
    _walk(condition, frozenset(), ctx, 0, definer=True)
    return condition


def _masks_for(ctx: Context, t: ResolvedTable, people: list[str]) -> dict[str, exp.Expression]:
    out: dict[str, exp.Expression] = {}
    for column, text in ctx.catalog.column_masks(t.full_name).items():
        chosen: exp.Expression | None = None
        for who in people:  # masked for either the user or the agent: masked
            m = _substitute(text, who, ctx)
            if not (isinstance(m, exp.Column) and m.name.lower() == column.lower()):
                chosen = m
                break
        if chosen is not None:
            out[column] = chosen
    return out


def inject_limit(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Cap the rows a SELECT returns at the policy's max_rows."""
    cap = ctx.policy.max_rows
    if cap is None or ctx.statement_type != "SELECT":
        return expression
    limit = expression.args.get("limit")
    if limit is None:
        return expression.limit(cap) if hasattr(expression, "limit") else expression
    value = limit.expression if isinstance(limit, exp.Limit) else None
    if isinstance(value, exp.Literal) and value.is_int:
        if int(value.name) > cap:
            limit.set("expression", exp.Literal.number(cap))
        return expression
    return exp.select("*").from_(expression.subquery("_charter_q")).limit(cap)


def check_one_source(expression: exp.Expression, ctx: Context) -> exp.Expression:
    if len(ctx.sources) > 1:
        raise InvalidStatement(f"query reads from {len(ctx.sources)} sources ({', '.join(sorted(ctx.sources))}); "
                               "federation is not supported, query one source at a time")
    ctx.source = next(iter(ctx.sources), None)
    return expression


def transpile(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Physical names (catalog part stripped) and parameter markers; ``ctx.render`` writes the SQL."""
    for t in list(expression.find_all(exp.Table)):
        if not isinstance(t.this, exp.Identifier) or len(t.parts) != 3:
            continue
        resolved = ctx.resolve(_name_of(t))
        if resolved is None:
            continue
        t.set("catalog", None)
        t.set("db", exp.to_identifier(resolved.schema, quoted=True))
        t.set("this", exp.to_identifier(resolved.table, quoted=True))
        if not t.alias and resolved.table != t.name:
            t.set("alias", exp.TableAlias(this=exp.to_identifier(t.name)))
    counter = iter(range(1, 10_000))
    for ph in list(expression.find_all(exp.Placeholder)):
        name = ph.name if ph.name and ph.name != "?" else f"p{next(counter)}"
        if not name.isidentifier():
            raise InvalidInput(f"parameter name '{name}' must be an identifier")
        ctx.param_names.append(name)
        ph.replace(exp.Var(this=f"__chp_{name}__"))
    if ctx.render is not None:
        ctx.sql = ctx.render(expression, ctx.source or "")
    return expression


RULES: tuple[Callable[[exp.Expression, Context], exp.Expression], ...] = (
    check_statement,
    qualify_tables,
    check_privileges,
    apply_filters_and_masks,
    inject_limit,
    check_one_source,
    transpile,
)


def _mark_written(expression: exp.Expression, ctx: Context) -> None:
    target = expression.this if isinstance(expression, (exp.Insert, exp.Update, exp.Delete)) else None
    if isinstance(target, exp.Schema):
        target = target.this
    if isinstance(target, exp.Table):
        for node, t in ctx.read:
            if node is target:
                ctx.written.append((node, t))


def govern(sql: str, ctx: Context) -> GovernedPlan:
    """Run every rule over one statement and return the plan (raises on the first refusal)."""
    expression = parse(sql)
    for rule in RULES:
        expression = rule(expression, ctx)
        if rule is qualify_tables and ctx.statement_type in DML:
            _mark_written(expression, ctx)
    return GovernedPlan(
        sql=ctx.sql or expression.sql(),
        source=ctx.source,
        statement_type=ctx.statement_type,
        tables=tuple(dict.fromkeys(t.ref for n, t in ctx.read if id(n) not in ctx.definer)),
        max_rows=ctx.policy.max_rows,
        timeout_s=ctx.policy.max_execution_s,
        param_names=tuple(dict.fromkeys(ctx.param_names)),
        masked_columns=tuple(ctx.masked),
        filtered_tables=tuple(dict.fromkeys(ctx.filtered)),
    )

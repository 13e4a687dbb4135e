"""Governed SQL: a list of pure AST rules, composed like sqlglot's optimizer ``RULES``.

parse -> check statement -> check shape -> qualify tables (views expanded) -> one source ->
check privileges -> check functions -> row filters and column masks -> limit injection ->
transpile -> verify. Each rule takes the expression and the plan's context and returns an
expression; none of them executes anything.

Allow, never deny: every relation must be a CTE of the statement or a catalog table the asker (and
the agent acting for it) may read, every function must be on the source dialect's allow-list
(``charter.catalog.sqlpolicy``), and what cannot be governed precisely is refused. The last rule
parses the SQL that will reach the engine again and checks it again (``charter.data.verify``), so
a parser corner cannot hide a name between the check and the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError
from sqlglot.optimizer.simplify import simplify

from charter.catalog.model import QueryPolicy
from charter.catalog.sqlpolicy import (
    POLICY_FUNCTIONS,
    check_functions,
    check_policy_columns,
    check_policy_reads,
    check_shape,
    check_text,
    dml_target,
    parse_policy_expression,
    relations,
    table_name,
)
from charter.errors import CharterError, InvalidInput, InvalidStatement, NotFound, PermissionDenied

if TYPE_CHECKING:
    from charter.catalog import Catalog

DML = {"INSERT", "UPDATE", "DELETE"}
MAX_VIEW_DEPTH = 8
# Table arguments a filtered or masked table (or a view) keeps when it becomes a subquery; any other
# (a sample, hints, ONLY, ...) cannot be carried over faithfully and is refused, never dropped.
_CARRIED = frozenset({"this", "db", "catalog", "alias", "joins", "laterals"})


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
    catalog: Catalog
    policy: QueryPolicy
    resolve: Callable[[str], ResolvedTable | None]  # "c.s.t" (any case) -> table, or None
    suggest: Callable[[str], str]  # "; did you mean ..." naming only tables the asker may read
    dialect_of: Callable[[str], str] = lambda _source: ""  # source -> sqlglot dialect
    render_params: Callable[[str, str], str] | None = None  # (sql, source) -> the driver's placeholders
    statement_type: str = "SELECT"
    reads: list[tuple[exp.Table, ResolvedTable]] = field(default_factory=list)  # asker's reads
    views: list[ResolvedTable] = field(default_factory=list)  # views read (SELECT needed, then expanded)
    target: tuple[exp.Table, ResolvedTable] | None = None  # the table INSERT/UPDATE/DELETE writes
    ctes: list[tuple[exp.Table, exp.CTE]] = field(default_factory=list)
    functions: list[exp.Func] = field(default_factory=list)  # every call in the query and its views
    sources: set[str] = field(default_factory=set)
    masked: list[str] = field(default_factory=list)
    filtered: list[str] = field(default_factory=list)
    param_names: list[str] = field(default_factory=list)
    placeholders: int = 0
    wrappers: list[tuple[tuple[str, str], exp.Select]] = field(default_factory=list)  # filtered/masked reads
    plain: set[tuple[str, str]] = field(default_factory=set)  # physical tables read as they are
    authorised: set[tuple[str, str]] = field(default_factory=set)  # physical tables check_privileges passed
    dml_filter: exp.Paren | None = None  # the row filter added to an UPDATE/DELETE
    sql: str = ""
    source: str | None = None
    dialect: str = ""
    memo: dict[Any, exp.Expression] = field(default_factory=dict)  # checked filters/masks, per catalog version

    @property
    def who(self) -> str:
        return self.principal + (f" (through agent {self.agent})" if self.agent else "")


# ---------------------------------------------------------------------------------------- parse
def parse(sql: str, dialect: str | None = None) -> exp.Expression:
    """One statement, or InvalidStatement naming what is wrong with it."""
    check_text(sql)
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except RecursionError:
        raise InvalidStatement("query nests too deeply for governed SQL") from None
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
        raise PermissionDenied(f"permission denied: {kind} statements are not allowed for {ctx.who}; "
                               f"the query policy allows {', '.join(sorted(allowed)) or 'none'}")
    if kind != "SELECT" and kind not in DML:
        raise InvalidStatement(f"{kind} statements are not run through governed SQL; use the source's own tools")
    return expression


def check_query_shape(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Refuse constructs that cannot be governed, table functions and hostile depth (iteratively)."""
    ctx.functions = check_shape(expression)
    if isinstance(expression, exp.Insert) and expression.args.get("conflict"):
        raise InvalidStatement("INSERT ... ON CONFLICT / ON DUPLICATE KEY is not supported in governed SQL")
    return expression


def _resolve(node: exp.Table, ctx: Context) -> ResolvedTable:
    name = table_name(node)
    if len(node.parts) != 3:
        raise NotFound(f"table '{name}' must be named catalog.schema.table{ctx.suggest(name)}")
    resolved = ctx.resolve(name)
    if resolved is None:
        raise NotFound(f"unknown table '{name}'{ctx.suggest(name)}")
    return resolved


def _extra_args(node: exp.Expression) -> list[str]:
    return [k for k, v in node.args.items() if v and k not in _CARRIED]


def _describe(arg: str) -> str:
    return {"sample": "TABLESAMPLE", "hints": "table hints", "only": "ONLY", "pivots": "PIVOT",
            "version": "time travel", "when": "time travel", "partition": "PARTITION",
            "ordinality": "WITH ORDINALITY", "changes": "CHANGES", "indexed": "INDEXED BY"}.get(arg, arg.upper())


def _as_subquery(node: exp.Table, body: exp.Expression) -> exp.Subquery:
    """``body`` in the place of a table reference, under the name the query uses for it."""
    alias = node.args.get("alias")
    if alias is None:
        ident = node.this
        alias = exp.TableAlias(this=exp.to_identifier(node.name, quoted=isinstance(ident, exp.Identifier)
                                                      and ident.quoted))
    return exp.Subquery(this=body, alias=alias, joins=node.args.get("joins"), laterals=node.args.get("laterals"))


def _view_body(view: ResolvedTable, functions: list[exp.Func]) -> exp.Expression:
    """A view's SELECT with its table names (not its CTE names) qualified into the view's catalog;
    its function calls are added to ``functions``."""
    body = parse(view.definition or "", view.dialect or None)
    if isinstance(body, exp.Create):
        body = body.expression
    functions.extend(check_shape(body, user=False))
    for column in body.find_all(exp.Column):
        # MariaDB writes `db`.`t`.`c` in view bodies; a wrapped table answers to its name only.
        column.set("db", None)
        column.set("catalog", None)
    for t in relations(body).tables:
        if isinstance(t.this, exp.Identifier):
            if not t.args.get("db"):
                t.set("db", exp.to_identifier(view.schema))
            if not t.args.get("catalog"):
                t.set("catalog", exp.to_identifier(view.source))
    return body


def _expand_views(expression: exp.Expression, ctx: Context, on_view: Callable[[ResolvedTable], None],
                  functions: list[exp.Func]) -> Any:
    """Replace every view reference by its body (views run with the reader's rights); the final
    classification of the tree's relations."""
    for depth in range(MAX_VIEW_DEPTH + 1):
        rel = relations(expression)
        views = []
        for node in rel.tables:
            resolved = _resolve(node, ctx)
            if resolved.definition is not None:
                views.append((node, resolved))
        if not views:
            return rel
        if depth == MAX_VIEW_DEPTH:
            raise InvalidStatement(f"views nest more than {MAX_VIEW_DEPTH} deep")
        for node, view in views:
            extra = _extra_args(node)
            if extra:
                raise InvalidStatement(f"{_describe(extra[0])} on view {view.full_name} cannot be governed; "
                                       "query the view from a subquery instead")
            on_view(view)
            node.replace(_as_subquery(node, _view_body(view, functions)))
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def qualify_tables(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Resolve every table reference (CTE references aside) to a catalog securable; expand views."""
    target = dml_target(expression)
    if target is not None:
        written = _resolve(target, ctx)
        if written.definition is not None:
            raise InvalidStatement(f"{written.full_name} is a view; write to its table instead")
        extra = _extra_args(target)
        if extra or target.args.get("joins"):
            raise InvalidStatement(f"{_describe(extra[0]) if extra else 'a join'} on the table a statement writes "
                                   "is not supported in governed SQL")
        ctx.target = (target, written)
        ctx.sources.add(written.source)

    def on_view(view: ResolvedTable) -> None:
        ctx.views.append(view)
        ctx.sources.add(view.source)

    rel = _expand_views(expression, ctx, on_view, ctx.functions)
    for node in rel.tables:
        resolved = _resolve(node, ctx)
        ctx.reads.append((node, resolved))
        ctx.sources.add(resolved.source)
    ctx.ctes = rel.ctes
    return expression


def check_one_source(expression: exp.Expression, ctx: Context) -> exp.Expression:
    if len(ctx.sources) > 1:
        raise InvalidStatement(f"query reads from {len(ctx.sources)} sources ({', '.join(sorted(ctx.sources))}); "
                               "federation is not supported, query one source at a time")
    ctx.source = next(iter(ctx.sources), None)
    ctx.dialect = ctx.dialect_of(ctx.source) if ctx.source else ""
    return expression


def check_privileges(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """SELECT on every table and view read, MODIFY on the table written; policy-denied tables."""
    denied = {d.split(":", 1)[-1].lower() for d in ctx.policy.denied_tables}
    wanted = [("SELECT", t) for t in ctx.views] + [("SELECT", t) for _n, t in ctx.reads]
    if ctx.target is not None:
        wanted.append(("MODIFY", ctx.target[1]))
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
        if t.definition is None:
            ctx.authorised.add((t.schema, t.table))
    return expression


def check_function_allowlist(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Every function must be on the source dialect's allow-list and not denied by the query policy."""
    denied = frozenset(f.upper() for f in ctx.policy.denied_functions)
    check_functions(ctx.functions, ctx.dialect or None, denied=denied, who=f" for {ctx.who}")
    return expression


# ---------------------------------------------------------------------------------------- filters and masks
def _policy_expression(ctx: Context, t: ResolvedTable, kind: str, text: str, principal: str) -> exp.Expression:
    """A filter or mask, checked like a query (re-checked at every use), with current_principal() and
    is_member('g') replaced by literals and its columns bound to the table it guards (memoised)."""
    key = (kind, t.ref, text, principal)
    hit = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = _policy_expression_uncached(ctx, t, kind, text, principal)
    return hit.copy()


def _policy_expression_uncached(ctx: Context, t: ResolvedTable, kind: str, text: str, principal: str) -> exp.Expression:
    policy = parse_policy_expression(text, kind=kind, dialect=ctx.dialect_of(t.source) or None)
    known = {c.lower() for c in t.columns}
    missing = [c for c in policy.columns if known and c.lower() not in known]
    if missing:
        raise InvalidStatement(f"the {kind} on {t.full_name} names column '{missing[0]}', which the table does not "
                               "have; fix the filter or mask")
    owner = ctx.catalog.owner_of(t.ref)

    def may_read(who: str, ref: str) -> tuple[bool, str]:
        d = ctx.catalog.check(who, "SELECT", ref)
        return d.allowed, d.reason

    def resolve_ref(name: str) -> str | None:
        found = ctx.resolve(name)
        return None if found is None else found.ref

    # A filter or mask reads other tables (a mapping table) with its table owner's rights, and is
    # not filtered again: the owner must still be able to read them, every time it is used.
    check_policy_reads(policy, kind=kind, table=t.full_name, resolve=resolve_ref, readers=[owner], may_read=may_read)

    def columns_of(name: str) -> tuple[str, ...] | None:
        found = ctx.resolve(name)
        return None if found is None else found.columns

    check_policy_columns(policy, kind=kind, table=t.full_name, columns_of=columns_of)
    tree = policy.tree

    def on_view(view: ResolvedTable) -> None:
        allowed, reason = may_read(owner, view.ref)
        if not allowed:
            raise PermissionDenied(f"permission denied: the {kind} on {t.full_name} reads {view.ref}, which {owner} "
                                   f"may not read ({reason})")

    rel = _expand_views(tree, ctx, on_view, [])
    for node in rel.tables:  # tables under views read by the filter: the owner's rights again
        inner = _resolve(node, ctx)
        allowed, reason = may_read(owner, inner.ref)
        if not allowed:
            raise PermissionDenied(f"permission denied: the {kind} on {t.full_name} reads {inner.ref}, which {owner} "
                                   f"may not read ({reason})")
    check_functions(tree, ctx.dialect_of(t.source) or None, extra=POLICY_FUNCTIONS)  # and view bodies under it
    top = tree.expressions[0]
    for column in list(top.find_all(exp.Column)):
        # Bound to the guarded table, so a column the table lost can never resolve to the asker's query.
        if not column.table and column.find_ancestor(exp.Query) is tree:
            column.set("table", exp.to_identifier(t.table, quoted=True))

    def sub(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.CurrentUser) or (isinstance(node, exp.Anonymous) and node.name.lower() == "current_principal"):
            return exp.Literal.string(principal)
        if isinstance(node, exp.Anonymous) and node.name.lower() == "is_member":
            args = node.expressions
            group = args[0].name if args and isinstance(args[0], exp.Literal) and args[0].is_string else None
            if group is None:
                raise InvalidStatement(f"the {kind} on {t.full_name} calls is_member() without a quoted group name")
            return exp.true() if ctx.catalog.is_member(principal, group) else exp.false()
        return node

    result = simplify(tree.transform(sub).expressions[0])
    result.pop()  # detached from the SELECT it was parsed in
    return result


def _filter_for(ctx: Context, t: ResolvedTable, people: list[str]) -> exp.Expression | None:
    text = ctx.catalog.row_filter(t.full_name)
    if not text:
        return None
    parts = [_policy_expression(ctx, t, "row filter", text, who) for who in people]
    return parts[0] if len(parts) == 1 else exp.and_(*parts, copy=False)


def _masks_for(ctx: Context, t: ResolvedTable, people: list[str]) -> dict[str, exp.Expression]:
    out: dict[str, exp.Expression] = {}
    for column, text in ctx.catalog.column_masks(t.full_name).items():
        for who in people:  # masked for either the user or the agent: masked
            m = _policy_expression(ctx, t, "column mask", text, who)
            if not (isinstance(m, exp.Column) and m.name.lower() == column.lower()):
                out[column] = m
                break
    return out


def _wrapper(ctx: Context, t: ResolvedTable, people: list[str]) -> exp.Select | None:
    """``SELECT <masked columns> FROM <table> WHERE <filter>`` for a table with a filter or masks."""
    condition = _filter_for(ctx, t, people)
    masks = _masks_for(ctx, t, people)
    if condition is None and not masks:
        return None
    if masks and not t.columns:
        raise InvalidStatement(f"table {t.full_name} has column masks but no known columns; run `charter source sync {t.source}`")
    inner = exp.Table(this=exp.to_identifier(t.table, quoted=True), db=exp.to_identifier(t.schema, quoted=True))
    columns: list[exp.Expression] = [exp.Star()]
    if masks:
        columns = [exp.alias_(masks[c], c, quoted=True, copy=False) if c in masks
                   else exp.column(c, table=exp.to_identifier(t.table, quoted=True), quoted=True)
                   for c in t.columns]
    select = exp.Select(expressions=columns).from_(inner, copy=False)
    if condition is not None:
        select = select.where(condition, copy=False)
        if t.full_name not in ctx.filtered:
            ctx.filtered.append(t.full_name)
    for c in masks:
        if f"{t.full_name}.{c}" not in ctx.masked:
            ctx.masked.append(f"{t.full_name}.{c}")
    return select


def apply_filters_and_masks(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Replace every read of a filtered or masked table, wherever it sits, by a subquery that filters
    and masks, under the name the query uses; add the filter to an UPDATE/DELETE's WHERE."""
    people = [ctx.principal] + ([ctx.agent] if ctx.agent else [])
    built: dict[str, exp.Select | None] = {}
    for node, t in ctx.reads:
        if t.ref not in built:
            built[t.ref] = _wrapper(ctx, t, people)
        wrapper = built[t.ref]
        if wrapper is None:
            ctx.plain.add((t.schema, t.table))
            continue
        extra = _extra_args(node)
        if extra:
            raise InvalidStatement(f"{_describe(extra[0])} on {t.full_name} cannot be governed: the table has a row "
                                   f"filter or column masks for {ctx.who}")
        select = wrapper.copy()
        node.replace(_as_subquery(node, select))
        ctx.wrappers.append(((t.schema, t.table), select))
    if ctx.target is not None and ctx.statement_type in ("UPDATE", "DELETE"):
        node, t = ctx.target
        if _masks_for(ctx, t, people):
            raise PermissionDenied(f"permission denied: {t.full_name} has column masks for {ctx.who}; "
                                   f"{ctx.statement_type} on a masked table is not allowed")
        condition = _filter_for(ctx, t, people)
        if condition is not None:
            alias = node.args.get("alias")
            exposed = alias.this if alias is not None else exp.to_identifier(t.table, quoted=True)
            for column in condition.find_all(exp.Column):
                if column.table == t.table and column.find_ancestor(exp.Query) is None:
                    column.set("table", exposed.copy())
            ctx.dml_filter = exp.Paren(this=condition)
            where = expression.args.get("where")
            both = (exp.and_(exp.Paren(this=where.this), ctx.dml_filter, copy=False) if where is not None
                    else ctx.dml_filter)
            expression.set("where", exp.Where(this=both))
            if t.full_name not in ctx.filtered:
                ctx.filtered.append(t.full_name)
    return expression


def inject_limit(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Cap the rows a SELECT returns at the policy's max_rows."""
    cap = ctx.policy.max_rows
    if cap is None or ctx.statement_type != "SELECT":
        return expression
    limit = expression.args.get("limit")
    if limit is None and isinstance(expression, exp.Select) and not expression.args.get("offset"):
        return expression.limit(cap, copy=False)
    value = limit.expression if isinstance(limit, exp.Limit) else None
    if isinstance(value, exp.Literal) and value.is_int and not expression.args.get("offset"):
        if int(value.name) > cap:
            limit.set("expression", exp.Literal.number(cap))
        return expression
    return exp.select("*").from_(expression.subquery("_charter_q", copy=False), copy=False).limit(cap, copy=False)


def transpile(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Physical names (catalog part stripped, quoted), CTE names quoted exactly as defined, parameter
    markers; then the SQL in the source dialect, comments dropped (MySQL runs ``/*! ... */``)."""
    tables, placeholders = [], []
    for node in expression.find_all(exp.Table, exp.Placeholder):
        (tables if isinstance(node, exp.Table) else placeholders).append(node)
    for t in tables:
        if not isinstance(t.this, exp.Identifier) or len(t.parts) != 3:
            continue
        resolved = ctx.resolve(table_name(t))
        if resolved is None:  # every three-part name was resolved by qualify_tables
            raise InvalidStatement(f"unknown table '{table_name(t)}'")
        t.set("catalog", None)
        t.set("db", exp.to_identifier(resolved.schema, quoted=True))
        t.set("this", exp.to_identifier(resolved.table, quoted=True))
        if not t.alias and resolved.table != t.name:
            t.set("alias", exp.TableAlias(this=exp.to_identifier(t.name)))
    renamed: set[int] = set()
    for ref, cte in ctx.ctes:
        # Engines differ on CTE name case; quoted and exact, a CTE reference cannot reach a table.
        name = cte.alias
        if id(cte) not in renamed:
            cte.args["alias"].set("this", exp.to_identifier(name, quoted=True))
            renamed.add(id(cte))
        written = ref.this
        ref.set("this", exp.to_identifier(name, quoted=True))
        if not ref.alias and not (isinstance(written, exp.Identifier) and written.quoted and written.name == name):
            ref.set("alias", exp.TableAlias(this=written.copy()))
    counter = iter(range(1, 10_000))
    for ph in placeholders:
        name = ph.name if ph.name and ph.name != "?" else f"p{next(counter)}"
        if not name.isidentifier():
            raise InvalidInput(f"parameter name '{name}' must be an identifier")
        ctx.param_names.append(name)
        ctx.placeholders += 1
        ph.replace(exp.Var(this=f"__chp_{name}__"))
    try:
        ctx.sql = expression.sql(dialect=ctx.dialect or None, comments=False, copy=False)  # the plan owns the tree
    except RecursionError:
        raise InvalidStatement("query nests too deeply for governed SQL") from None
    except SqlglotError as exc:
        raise InvalidStatement(f"query cannot be written for this source: {str(exc).splitlines()[0]}") from None
    return expression


def verify_final_sql(expression: exp.Expression, ctx: Context) -> exp.Expression:
    """Parse the SQL that will reach the engine and check it again; then bind the driver's markers."""
    from charter.data.verify import verify

    verify(ctx.sql, ctx)
    if ctx.render_params is not None and ctx.source is not None:
        ctx.sql = ctx.render_params(ctx.sql, ctx.source)
    return expression


RULES: tuple[Callable[[exp.Expression, Context], exp.Expression], ...] = (
    check_statement,
    check_query_shape,
    qualify_tables,
    check_one_source,
    check_privileges,
    check_function_allowlist,
    apply_filters_and_masks,
    inject_limit,
    transpile,
    verify_final_sql,
)


def govern(sql: str, ctx: Context) -> GovernedPlan:
    """Run every rule over one statement and return the plan (raises on the first refusal)."""
    try:
        expression = parse(sql)
        for rule in RULES:
            expression = rule(expression, ctx)
    except RecursionError:
        # Every rule walks iteratively and depth is capped first; this is the backstop, so hostile
        # input gets a refusal rather than an internal error.
        raise InvalidStatement("query nests too deeply for governed SQL") from None
    except CharterError:
        raise
    except SqlglotError as exc:
        raise InvalidStatement(f"query cannot be governed: {str(exc).splitlines()[0]}") from None
    return GovernedPlan(
        sql=ctx.sql,
        source=ctx.source,
        statement_type=ctx.statement_type,
        tables=tuple(dict.fromkeys(([ctx.target[1].ref] if ctx.target else []) + [t.ref for t in ctx.views]
                                   + [t.ref for _n, t in ctx.reads])),
        max_rows=ctx.policy.max_rows,
        timeout_s=ctx.policy.max_execution_s,
        param_names=tuple(dict.fromkeys(ctx.param_names)),
        masked_columns=tuple(ctx.masked),
        filtered_tables=tuple(dict.fromkeys(ctx.filtered)),
    )

"""What governed SQL may contain: allow-lists, never deny-lists.

One home for the rules that both the data layer's governed SQL and the catalog's row filters and
column masks obey:

- every function must be on a per-dialect allow-list of side-effect-free functions (reading only
  their arguments, the clock or a random source): nothing that reads files, settings or other
  servers, runs SQL, sleeps, locks or writes;
- every relation must be a CTE defined in the statement or a named table: table functions, file
  paths, ``ROWS FROM``, join hints and references no scope accounts for are refused;
- constructs that cannot be governed precisely (PIVOT/UNPIVOT, time travel, SELECT INTO, FOR
  UPDATE, session variables, MATCH_RECOGNIZE, qualified function names, ``reg*`` casts) are refused
  with a message that names them, never dropped;
- hostile sizes (very long text, deep nesting) are refused before any recursive work.

Relations are classified with sqlglot's scope machinery (``traverse_scope``), then every
``exp.Table`` node in the tree must have been accounted for by some scope: a table that a parser
corner hides from the scopes is refused rather than trusted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError
from sqlglot.optimizer.scope import Scope, traverse_scope

from charter.errors import InvalidInput, InvalidStatement, PermissionDenied

# Source URL scheme -> sqlglot dialect (third-party connectors get the portable list only).
DIALECT_OF_SCHEME = {"duckdb": "duckdb", "sqlite": "sqlite", "postgresql": "postgres", "mysql": "mysql"}

MAX_SQL_CHARS = 100_000
MAX_DEPTH = 400  # expression tree levels; sqlglot and the engines recurse over them
RESERVED_PREFIX = "_charter"  # aliases the rewriter introduces; user SQL may not name them
MARKER = "__chp_"  # parameter markers between rewriting and the driver's placeholder syntax

def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Portable, side-effect-free functions, by sqlglot's canonical name (``Func.sql_name()``). sqlglot
# maps each dialect's spelling to these classes, so the same name is checked on the asker's SQL and
# on the SQL rendered for the engine.
PURE_FUNCTIONS = _names("""
AND OR XOR CASE IF COALESCE NULLIF NVL2 GREATEST LEAST EXISTS CAST TRY_CAST EXTRACT COLLATE EQUAL_NULL
COUNT COUNT_IF SUM AVG MIN MAX ANY_VALUE APPROX_DISTINCT APPROX_QUANTILE ARG_MAX ARG_MIN ARRAY_AGG
GROUP_CONCAT LIST MEDIAN MODE PERCENTILE_CONT PERCENTILE_DISC QUANTILE STDDEV STDDEV_POP STDDEV_SAMP
VARIANCE VARIANCE_POP CORR COVAR_POP COVAR_SAMP KURTOSIS SKEWNESS LOGICAL_AND LOGICAL_OR FIRST LAST
BITWISE_AND_AGG BITWISE_OR_AGG BITWISE_XOR_AGG REGR_AVGX REGR_AVGY REGR_COUNT REGR_INTERCEPT REGR_R2
REGR_SLOPE REGR_SXX REGR_SXY REGR_SYY GROUPING J_S_O_N_ARRAY_AGG J_S_O_N_OBJECT_AGG J_S_O_N_B_OBJECT_AGG
ROW_NUMBER RANK DENSE_RANK PERCENT_RANK CUME_DIST NTILE LAG LEAD FIRST_VALUE LAST_VALUE NTH_VALUE
ABS ACOS ACOSH ASIN ASINH ATAN ATAN2 ATANH CBRT CEIL COS COSH COT DEGREES EXP FACTORIAL FLOOR LN LOG PI
POWER RADIANS ROUND SIGN SIN SINH SQRT TAN TANH TRUNC IS_INF IS_NAN SAFE_DIVIDE WIDTH_BUCKET RAND
ASCII CHR CONCAT CONCAT_WS CONTAINS ENDS_WITH STARTS_WITH INITCAP LEFT RIGHT LENGTH BIT_LENGTH
BYTE_LENGTH LOWER UPPER PAD REPEAT REPLACE REVERSE SPACE SPLIT SPLIT_PART STR_POSITION SUBSTRING
SUBSTRING_INDEX TRIM TRANSLATE OVERLAY STUFF LEVENSHTEIN JAROWINKLER_SIMILARITY SOUNDEX UNICODE FORMAT
NUMBER_TO_STR TO_CHAR TO_NUMBER TO_DOUBLE CONVERT NORMALIZE ELT MD5 MD5_DIGEST SHA SHA2 S_H_A1_DIGEST
S_H_A2_DIGEST HEX UNHEX LOWER_HEX TO_BASE64 FROM_BASE64 ENCODE DECODE
REGEXP_EXTRACT REGEXP_EXTRACT_ALL REGEXP_LIKE REGEXP_I_LIKE REGEXP_REPLACE REGEXP_SPLIT REGEXP_COUNT
REGEXP_INSTR REGEXP_SUBSTR REGEXP_FULL_MATCH
CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_DATETIME LOCALTIME LOCALTIMESTAMP SYSTIMESTAMP
UTC_DATE UTC_TIME UTC_TIMESTAMP DATE DATETIME TIME TIMESTAMP DATEDIFF DATE_ADD DATE_SUB DATE_TRUNC
DATE_BIN DATE_FROM_PARTS DATETIME_ADD DATETIME_SUB DATETIME_DIFF DATETIME_TRUNC DAY DAYNAME DAY_OF_MONTH
DAY_OF_WEEK DAYOFWEEK_ISO DAY_OF_YEAR HOUR MINUTE SECOND MONTH MONTHNAME QUARTER WEEK WEEK_OF_YEAR YEAR
YEAR_OF_WEEK YEAR_OF_WEEK_ISO LAST_DAY MONTHS_BETWEEN ADD_MONTHS NEXT_DAY PREVIOUS_DAY TIMESTAMPDIFF
TIMESTAMP_ADD TIMESTAMP_SUB TIMESTAMP_TRUNC TIMESTAMP_FROM_PARTS TIME_ADD TIME_SUB TIME_DIFF TIME_TRUNC
TIME_FROM_PARTS TIME_TO_STR TIME_STR_TO_TIME TIME_STR_TO_DATE TIME_STR_TO_UNIX TIME_TO_TIME_STR
TIME_TO_UNIX STR_TO_DATE STR_TO_TIME STR_TO_UNIX UNIX_TO_STR UNIX_TO_TIME UNIX_TO_TIME_STR UNIX_DATE
UNIX_SECONDS UNIX_MILLIS UNIX_MICROS DATE_STR_TO_DATE DATE_TO_DATE_STR DATE_FROM_UNIX_DATE TS_OR_DS_ADD
TS_OR_DS_DIFF TS_OR_DS_TO_DATE TS_OR_DS_TO_DATE_STR TS_OR_DS_TO_TIME TS_OR_DS_TO_TIMESTAMP
TS_OR_DS_TO_DATETIME MAKE_INTERVAL JUSTIFY_DAYS JUSTIFY_HOURS JUSTIFY_INTERVAL TO_DAYS CONVERT_TIMEZONE
ARRAY ARRAY_CONTAINS ARRAY_CONTAINS_ALL ARRAY_OVERLAPS ARRAY_SIZE ARRAY_TO_STRING ARRAY_CONCAT
ARRAY_DISTINCT ARRAY_SORT ARRAY_SLICE ARRAY_POSITION ARRAY_APPEND ARRAY_PREPEND ARRAY_REMOVE
ARRAY_REVERSE ARRAY_INTERSECT ARRAY_FIRST ARRAY_LAST ARRAY_MAX ARRAY_MIN ARRAY_SUM FILTER TRANSFORM
STRING_TO_ARRAY STRUCT STRUCT_EXTRACT MAP VAR_MAP STAR_MAP UNNEST EXPLODE
J_S_O_N_OBJECT J_S_O_N_ARRAY JSON_EXTRACT JSON_EXTRACT_SCALAR JSON_EXTRACT_ARRAY JSONB_EXTRACT
JSONB_EXTRACT_SCALAR JSONB_CONTAINS JSONB_EXISTS JSON_FORMAT PARSE_JSON JSON_KEYS JSON_TYPE TYPEOF UUID
""")

# Engine functions sqlglot does not model (they parse as anonymous calls), reviewed one by one.
DIALECT_FUNCTIONS: dict[str, frozenset[str]] = {
    "duckdb": _names("""
AGE ARRAY_VALUE BIT_COUNT CARDINALITY CENTURY DAMERAU_LEVENSHTEIN DATE_PART DATEPART DECADE EPOCH
EPOCH_MS EPOCH_US EVEN EVERY FSUM GCD LCM GET_CURRENT_TIMESTAMP HAMMING HASH HISTOGRAM ENTROPY ISFINITE
ISODOW ISOYEAR JACCARD JARO_SIMILARITY JSON_EXTRACT_STRING JSON_VALID JSON_ARRAY_LENGTH LIST_AVG
LIST_ELEMENT LIST_EXTRACT LIST_HAS_ALL LIST_POSITION LIST_REDUCE LIST_REVERSE_SORT LIST_SLICE LIST_SORT
LIST_SUM LIST_MIN LIST_MAX LIST_COUNT MAD MICROSECOND MILLENNIUM MILLISECOND MISMATCHES NEXTAFTER NOW
OCTET_LENGTH ORD PREFIX SUFFIX PRINTF PRODUCT ROUND_EVEN ROW SIGNBIT STRLEN SUMKAHAN TODAY TO_HOURS
TO_MINUTES TO_SECONDS TO_DAYS TO_WEEKS TO_MONTHS TO_YEARS TRY_STRPTIME WEEKDAY YEARWEEK
"""),
    "postgres": _names("""
AGE ARRAY_LOWER ARRAY_UPPER ARRAY_DIMS CARDINALITY CLOCK_TIMESTAMP STATEMENT_TIMESTAMP
TRANSACTION_TIMESTAMP JSON_ARRAY_LENGTH JSONB_ARRAY_LENGTH JSON_TYPEOF JSONB_TYPEOF JSON_EXTRACT_PATH
JSONB_EXTRACT_PATH JSON_EXTRACT_PATH_TEXT JSONB_EXTRACT_PATH_TEXT JSON_BUILD_OBJECT JSONB_BUILD_OBJECT
JSON_BUILD_ARRAY JSONB_BUILD_ARRAY JSON_AGG JSONB_AGG JSON_OBJECT_AGG TO_JSON TO_JSONB ROW_TO_JSON
ARRAY_TO_JSON NUM_NONNULLS NUM_NULLS OCTET_LENGTH REGEXP_MATCH REGEXP_MATCHES REGEXP_SPLIT_TO_ARRAY
QUOTE_IDENT QUOTE_LITERAL QUOTE_NULLABLE SCALE TRIM_SCALE MIN_SCALE GCD LCM ISFINITE EVERY MAKE_DATE
MAKE_TIME MAKE_TIMESTAMP MAKE_TIMESTAMPTZ DATE_PART TO_TIMESTAMP DIV BTRIM
"""),
    "mysql": _names("""
ADDDATE ADDTIME SUBDATE SUBTIME BIN OCT CONV CRC32 CURDATE CURTIME DATE_FORMAT FIELD FIND_IN_SET
FROM_DAYS FROM_UNIXTIME GET_FORMAT JSON_CONTAINS JSON_LENGTH JSON_UNQUOTE JSON_VALID JSON_VALUE
JSON_ARRAY JSON_OBJECT JSON_QUOTE JSON_DEPTH JSON_ARRAYAGG JSON_OBJECTAGG MAKEDATE MAKETIME MAKE_SET
EXPORT_SET MID OCTET_LENGTH ORD PERIOD_ADD PERIOD_DIFF SEC_TO_TIME TIME_TO_SEC STRCMP STD TIMEDIFF
TIME_FORMAT TIMESTAMPADD TO_SECONDS UNIX_TIMESTAMP WEEKDAY YEARWEEK CONVERT_TZ INSERT BIT_COUNT NOW
DAYOFMONTH DAYOFWEEK DAYOFYEAR WEEKOFYEAR LCASE UCASE
"""),
    "sqlite": _names("""
JULIANDAY UNIXEPOCH TIMEDIFF PRINTF LIKELY UNLIKELY LIKELIHOOD TOTAL QUOTE JSON JSON_ARRAY JSON_OBJECT
JSON_VALID JSON_ARRAY_LENGTH JSON_GROUP_ARRAY JSON_GROUP_OBJECT JSON_QUOTE OCTET_LENGTH IIF IFNULL
"""),
}

# Pseudo-functions of row filters and masks, replaced by literals before any SQL is rendered.
POLICY_FUNCTIONS = frozenset({"CURRENT_PRINCIPAL", "IS_MEMBER", "CURRENT_USER"})


def allowed_functions(dialect: str | None) -> frozenset[str]:
    """The function names governed SQL may call on a source of this sqlglot dialect."""
    return PURE_FUNCTIONS | DIALECT_FUNCTIONS.get(dialect or "", frozenset())


_NAMED_BY_THIS = (exp.Anonymous, exp.AnonymousAggFunc, exp.CombinedAggFunc, exp.ParameterizedAgg,
                  exp.CombinedParameterizedAgg)


def function_name(fn: exp.Func) -> str:
    """The name a function is allow-listed by: as written for calls sqlglot does not model, else
    sqlglot's canonical name (so ``strpos``, ``instr`` and ``position`` are one function)."""
    if isinstance(fn, _NAMED_BY_THIS):
        this = fn.this
        return (this if isinstance(this, str) else fn.name).upper()
    return fn.sql_name().upper()


# ---------------------------------------------------------------------------------------- shape
def check_text(sql: str, what: str = "query") -> None:
    """Refuse text that is empty, too long, or carries the rewriter's parameter markers."""
    if not sql or not sql.strip():
        raise InvalidStatement(f"empty {what}: write one SQL {'statement' if what == 'query' else 'expression'}")
    if len(sql) > MAX_SQL_CHARS:
        raise InvalidStatement(f"{what} is {len(sql):,} characters long; governed SQL accepts at most "
                               f"{MAX_SQL_CHARS:,}")
    if MARKER in sql.lower():
        raise InvalidStatement(f"{what} may not contain '{MARKER}' (reserved for parameters)")


_REFUSED: tuple[tuple[type[exp.Expression], str], ...] = (
    (exp.Pivot, "PIVOT and UNPIVOT are not supported in governed SQL; aggregate with CASE WHEN instead"),
    (exp.HistoricalData, "time travel (AT / BEFORE / CHANGES) is not supported in governed SQL"),
    (exp.Version, "time travel (FOR SYSTEM_TIME / VERSION AS OF) is not supported in governed SQL"),
    (exp.Into, "SELECT ... INTO is not supported in governed SQL"),
    (exp.Lock, "FOR UPDATE / FOR SHARE is not supported in governed SQL"),
    (exp.SessionParameter, "session and system variables (@@name) are not allowed in governed SQL"),
    (exp.Parameter, "session variables and positional $n parameters are not allowed in governed SQL; "
                    "use :name or ? parameters"),
    (exp.MatchRecognize, "MATCH_RECOGNIZE is not supported in governed SQL"),
    (exp.Connect, "CONNECT BY is not supported in governed SQL"),
    (exp.JoinHint, "join hints are not supported in governed SQL"),
    (exp.IndexTableHint, "index hints are not supported in governed SQL"),
    (exp.WithTableHint, "table hints are not supported in governed SQL"),
)
_STATEMENTS = (exp.DML, exp.DDL, exp.Command, exp.Merge, exp.Describe, exp.Show)


def _walk(expression: exp.Expression) -> Iterator[tuple[exp.Expression, int]]:
    """Every node with its depth, iteratively (no recursion, whatever the depth)."""
    stack = [(expression, 1)]
    while stack:
        node, depth = stack.pop()
        yield node, depth
        for value in node.args.values():
            if isinstance(value, list):
                stack.extend((v, depth + 1) for v in value if isinstance(v, exp.Expression))
            elif isinstance(value, exp.Expression):
                stack.append((value, depth + 1))


_REFUSED_TYPES = tuple(cls for cls, _message in _REFUSED)
_LOOKED_AT = (exp.Dot, exp.ObjectIdentifier, exp.DataType, exp.Table, exp.Identifier, exp.Func, *_STATEMENTS)


def check_shape(expression: exp.Expression, *, user: bool = True, comments: bool = False) -> list[exp.Func]:
    """Refuse what governed SQL cannot govern precisely; ``user`` also reserves the rewriter's names,
    ``comments`` refuses comments (for SQL about to reach an engine). Returns the function calls met,
    for ``check_functions``.

    Runs iteratively, so it is safe on any tree the parser produced; it comes before every step that
    recurses over the tree.
    """
    functions: list[exp.Func] = []
    for node, depth in _walk(expression):
        if depth > MAX_DEPTH:
            raise InvalidStatement(f"query nests more than {MAX_DEPTH} levels deep; governed SQL refuses it "
                                   "(write long chains of AND/OR/+ as IN lists or split the query)")
        if comments and node.comments:
            raise InvalidStatement("the SQL carries a comment")
        if isinstance(node, _REFUSED_TYPES):
            raise InvalidStatement(next(message for cls, message in _REFUSED if isinstance(node, cls)))
        if not isinstance(node, _LOOKED_AT):
            continue
        if isinstance(node, exp.Func):
            functions.append(node)
        elif node is not expression and isinstance(node, _STATEMENTS):
            raise InvalidStatement("a statement inside a query (data-modifying CTE, nested DDL) is not allowed "
                                   "in governed SQL")
        elif isinstance(node, exp.Dot) and isinstance(node.expression, exp.Func):
            raise PermissionDenied(f"permission denied: qualified function name "
                                   f"{node.sql()[:60]} is not allowed in governed SQL; call it unqualified")
        elif isinstance(node, exp.ObjectIdentifier) or (
                isinstance(node, exp.DataType) and node.this == exp.DataType.Type.USERDEFINED):
            # Object identifiers (regclass, ...) probe the catalog; a user-defined type may carry a
            # user-defined cast function.
            kind = node.name if isinstance(node, exp.ObjectIdentifier) else str(node.args.get("kind") or "")
            raise PermissionDenied(f"permission denied: casts to type {kind.upper() or 'USER-DEFINED'} are not "
                                   "allowed in governed SQL")
        elif isinstance(node, exp.Table):
            _check_table_node(node)
        elif user and isinstance(node, exp.Identifier) and node.name.lower().startswith(RESERVED_PREFIX):
            raise InvalidStatement(f"names starting with '{RESERVED_PREFIX}' are reserved: rename '{node.name}'")
    return functions


def _check_table_node(node: exp.Table) -> None:
    if node.args.get("rows_from"):
        raise PermissionDenied("permission denied: ROWS FROM (table functions) is not allowed in governed SQL")
    inner = node.this
    if isinstance(inner, exp.Identifier):
        return
    if isinstance(inner, exp.Func):
        raise PermissionDenied(f"permission denied: table function {function_name(inner)} is not allowed in "
                               "governed SQL; name a catalog.schema.table")
    raise PermissionDenied("permission denied: this table reference cannot be governed; name a catalog.schema.table")


def check_functions(calls: exp.Expression | list[exp.Func], dialect: str | None, *,
                    denied: frozenset[str] = frozenset(), extra: frozenset[str] = frozenset(), who: str = "") -> None:
    """Every function call (in a tree, or as ``check_shape`` listed them) must be allow-listed for the
    dialect and not denied by a policy."""
    allowed = allowed_functions(dialect) | extra
    for fn in calls.find_all(exp.Func) if isinstance(calls, exp.Expression) else calls:
        name = function_name(fn)
        if name in denied:
            raise PermissionDenied(f"permission denied: function {name} is denied by the query policy{who}")
        if name not in allowed:
            where = f" on {dialect} sources" if dialect else ""
            raise PermissionDenied(f"permission denied: function {name} is not allowed in governed SQL{where} "
                                   "(only side-effect-free functions on the allow-list are)")


# ---------------------------------------------------------------------------------------- relations
@dataclass
class Relations:
    """The table references of a statement, classified by sqlglot's scopes."""

    tables: list[exp.Table] = field(default_factory=list)  # named tables (not CTE references)
    ctes: list[tuple[exp.Table, exp.CTE]] = field(default_factory=list)  # CTE references and their CTE
    target: exp.Table | None = None  # the table a DML statement writes


def _cte_of(source: object) -> exp.CTE | None:
    node = source.expression if isinstance(source, Scope) else None
    while node is not None and not isinstance(node, exp.CTE):
        node = node.parent
    return node


def dml_target(expression: exp.Expression) -> exp.Table | None:
    """The table INSERT, UPDATE or DELETE writes (None for a query)."""
    if not isinstance(expression, (exp.Insert, exp.Update, exp.Delete)):
        return None
    target = expression.this
    if isinstance(target, exp.Schema):
        target = target.this
    return target if isinstance(target, exp.Table) else None


def relations(expression: exp.Expression, *, exact: bool = False) -> Relations:
    """Classify every table reference as a CTE reference or a named table.

    A one-part name refers to a CTE when a CTE of that name is visible from its scope (compared
    case-insensitively, or exactly with ``exact`` for SQL the rewriter rendered with quoted names).
    Raises InvalidStatement when some table node is reached by no scope.
    """
    try:
        scopes = traverse_scope(expression)
    except RecursionError:
        raise InvalidStatement("query nests too deeply for governed SQL") from None
    except SqlglotError as exc:
        raise InvalidStatement(f"query cannot be analysed: {str(exc).splitlines()[0]}") from None
    out = Relations(target=dml_target(expression))
    seen: set[int] = set()
    if out.target is not None:
        seen.add(id(out.target))
    for scope in scopes:
        visible: dict[str, exp.CTE] = {}
        for name, source in scope.cte_sources.items():
            cte = _cte_of(source)
            if cte is not None:
                visible[name if exact else name.lower()] = cte
        for table in scope.tables:
            if id(table) in seen:
                continue
            seen.add(id(table))
            one_part = not table.args.get("db") and not table.args.get("catalog")
            key = table.name if exact else table.name.lower()
            ident = table.this
            if one_part and key in visible and (not exact or (isinstance(ident, exp.Identifier) and ident.quoted)):
                out.ctes.append((table, visible[key]))
            else:
                out.tables.append(table)
    for table in expression.find_all(exp.Table):
        if id(table) not in seen:
            raise InvalidStatement(f"the table reference '{table.sql()[:80]}' is in a position governed SQL "
                                   "cannot check; rewrite it as a plain FROM or JOIN")
    return out


def table_name(table: exp.Table) -> str:
    """``catalog.schema.table`` as written (parts joined by dots)."""
    return ".".join(p.name for p in table.parts)


# ---------------------------------------------------------------------------------------- filters and masks
@dataclass(frozen=True)
class PolicyExpression:
    """A row filter or column mask, parsed and checked for shape and functions."""

    tree: exp.Select  # SELECT <expression>: the scope root for its subqueries
    tables: tuple[str, ...]  # catalog.schema.table names it reads (in subqueries)
    columns: tuple[str, ...]  # columns it names outside subqueries


def parse_policy_expression(text: str, *, kind: str, dialect: str | None) -> PolicyExpression:
    """Parse a row filter or mask: exactly one SQL expression, only allow-listed functions, only
    named tables in its subqueries (which the caller then checks against the definer's rights)."""
    what = f"{kind} expression"
    check_text(text, what)
    try:
        statements = sqlglot.parse(f"SELECT {text}")
    except RecursionError:
        raise InvalidInput(f"{what} nests too deeply") from None
    except (ParseError, SqlglotError) as exc:
        raise InvalidInput(f"invalid SQL expression '{text[:200]}': {str(exc).splitlines()[0]}") from None
    tree = statements[0] if len(statements) == 1 else None
    if (not isinstance(tree, exp.Select) or len(tree.expressions) != 1
            or any(v for k, v in tree.args.items() if k != "expressions")):
        raise InvalidInput(f"a {what} is one SQL expression over the table's columns, not '{text[:200]}'")
    if isinstance(tree.expressions[0], exp.Alias):
        raise InvalidInput(f"a {what} is one SQL expression; drop the alias in '{text[:200]}'")
    try:
        check_shape(tree)
    except InvalidStatement as exc:
        raise InvalidInput(f"{what}: {exc.message}") from None
    check_functions(tree, dialect, extra=POLICY_FUNCTIONS)
    rel = relations(tree)
    names = []
    for table in rel.tables:
        if len(table.parts) != 3:
            raise InvalidInput(f"{what} reads '{table_name(table)}': name tables catalog.schema.table")
        names.append(table_name(table))
    top = tree.expressions[0]
    columns = [c.name for c in top.find_all(exp.Column)
               if not c.table and c.find_ancestor(exp.Query) is tree]
    return PolicyExpression(tree, tuple(dict.fromkeys(names)), tuple(dict.fromkeys(columns)))


def check_policy_columns(policy: PolicyExpression, *, kind: str, table: str,
                         columns_of: Callable[[str], Sequence[str] | None]) -> None:
    """Every column a filter or mask names, in its subqueries too, must resolve to a table it reads
    (sqlglot's ``qualify`` over the catalog's columns): a name that resolves nowhere would bind to
    whatever query the filter ends up inside. Skipped when some table's columns are not known."""
    from sqlglot.errors import OptimizeError
    from sqlglot.optimizer.qualify import qualify

    schema: dict[str, dict[str, dict[str, dict[str, str]]]] = {}
    for name in (table, *policy.tables):
        columns = columns_of(name)
        if not columns:
            return
        c, s, t = (part.lower() for part in name.split(".", 2))
        schema.setdefault(c, {}).setdefault(s, {})[t] = {col.lower(): "TEXT" for col in columns}
    tree = policy.tree.copy()
    tree.set("from_", exp.From(this=exp.to_table(table)))
    try:
        qualify(tree, schema=schema, validate_qualify_columns=True, identify=False, quote_identifiers=False)
    except RecursionError:
        raise InvalidInput(f"the {kind} on {table} nests too deeply") from None
    except (OptimizeError, SqlglotError) as exc:
        raise InvalidInput(f"the {kind} on {table}: {str(exc).splitlines()[0]}") from None


def check_policy_reads(policy: PolicyExpression, *, kind: str, table: str,
                       resolve: Callable[[str], str | None], readers: list[str],
                       may_read: Callable[[str, str], tuple[bool, str]]) -> list[str]:
    """Every table a filter or mask reads must exist in the same catalog and be readable by each
    of ``readers`` (whoever sets it, and the table's owner, whose rights it runs with).
    Returns the securable refs read."""
    refs = []
    catalog = table.split(".", 1)[0].lower()
    for name in policy.tables:
        ref = resolve(name)
        if ref is None:
            raise InvalidInput(f"the {kind} on {table} reads unknown table '{name}'")
        if name.split(".", 1)[0].lower() != catalog:
            raise InvalidInput(f"the {kind} on {table} reads {name} from another catalog; a {kind} reads its own "
                               "source only")
        for who in readers:
            allowed, reason = may_read(who, ref)
            if not allowed:
                raise PermissionDenied(f"permission denied: the {kind} on {table} reads {ref}, which {who} may not "
                                       f"read ({reason})")
        refs.append(ref)
    return refs


__all__ = [
    "DIALECT_OF_SCHEME",
    "MAX_DEPTH",
    "MAX_SQL_CHARS",
    "PURE_FUNCTIONS",
    "PolicyExpression",
    "Relations",
    "allowed_functions",
    "check_functions",
    "check_policy_columns",
    "check_policy_reads",
    "check_shape",
    "check_text",
    "dml_target",
    "function_name",
    "parse_policy_expression",
    "relations",
    "table_name",
]

"""Admin statements (CREATE, ALTER GROUP, GRANT, REVOKE, SHOW GRANTS, SET ...), parsed with Lark."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from lark import (
    Lark,
    Token,
    Transformer,
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
)

from charter.catalog.model import QueryPolicy
from charter.errors import CharterError, InvalidStatement

if TYPE_CHECKING:
    from charter.catalog.service import Catalog

GRAMMAR = r"""
start: stmt ";"?
?stmt: create_catalog | create_schema | create_principal | create_securable | alter_group
     | grant | revoke | show_grants | set_row_filter | drop_row_filter | set_column_mask
     | drop_column_mask | set_query_policy | alter_owner | set_approval | drop_approval
create_catalog: "CREATE"i "CATALOG"i ine? name
create_schema: "CREATE"i "SCHEMA"i ine? name
create_principal: "CREATE"i PKIND ine? name
create_securable: "CREATE"i STYPE ine? name
ine: "IF"i "NOT"i "EXISTS"i
alter_group: "ALTER"i "GROUP"i name MEMBER_ACTION "MEMBER"i name
grant: "GRANT"i privs "ON"i sectype name "TO"i name
revoke: "REVOKE"i privs "ON"i sectype name "FROM"i name
privs: priv ("," priv)*
priv: ALLPRIVS | SPACED_PRIV | NAME
show_grants: "SHOW"i "GRANTS"i on_clause? to_clause?
on_clause: "ON"i sectype name
to_clause: ("TO"i | "FOR"i) name
set_row_filter: "SET"i "ROW"i "FILTER"i "ON"i "TABLE"i name "AS"i STRING
drop_row_filter: "DROP"i "ROW"i "FILTER"i "ON"i "TABLE"i name
set_column_mask: "SET"i "COLUMN"i "MASK"i "ON"i "TABLE"i name "COLUMN"i name "AS"i STRING
drop_column_mask: "DROP"i "COLUMN"i "MASK"i "ON"i "TABLE"i name "COLUMN"i name
set_query_policy: "SET"i "QUERY"i "POLICY"i "FOR"i name policy_item+
policy_item: "STATEMENTS"i STRING            -> p_statements
           | "MAX_ROWS"i INT                 -> p_max_rows
           | "MAX_SECONDS"i NUMBER           -> p_max_seconds
           | "DENY"i "TABLES"i name ("," name)*    -> p_deny_tables
           | "DENY"i "FUNCTIONS"i name ("," name)* -> p_deny_functions
alter_owner: "ALTER"i sectype name "OWNER"i "TO"i name
set_approval: "ALTER"i sectype name "SET"i "REQUIRE"i "APPROVAL"i "BY"i "GROUP"i name
drop_approval: "ALTER"i sectype name "DROP"i "REQUIRE"i "APPROVAL"i
sectype: STYPE | "CATALOG"i -> t_catalog | "SCHEMA"i -> t_schema | PKIND
name: NAME | QNAME
PKIND: /(USER|GROUP|AGENT)\b/i
STYPE: /(TABLE|VIEW|FUNCTION|VOLUME|VECTOR_INDEX|FEATURE_TABLE|MODEL|TOOL|MCP_SERVER|MCP_TOOL|METASTORE)\b/i
MEMBER_ACTION: /(ADD|REMOVE)\b/i
ALLPRIVS.3: /ALL\s+PRIVILEGES/i
// Unity Catalog spells privileges with spaces (USE SCHEMA, CREATE TABLE); both spellings are accepted.
SPACED_PRIV.3: /(USE|CREATE|READ|WRITE)\s+(CATALOG|SCHEMA|TABLE|VIEW|FUNCTION|VOLUME|VECTOR\s+INDEX|FEATURE\s+TABLE|MODEL|TOOL|AGENT|MCP\s+SERVER)\b/i
NAME: /[A-Za-z_][A-Za-z0-9_\-]*(\.[A-Za-z_][A-Za-z0-9_\-]*)*/
QNAME: /`[^`]+`(\.`[^`]+`)*/
STRING: /'([^']|'')*'/
%import common.INT
%import common.NUMBER
%import common.WS
%ignore WS
"""


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=False)


@dataclass
class StatementResult:
    """What a statement did: a message, and rows for SHOW statements."""

    message: str
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[str, ...]] = field(default_factory=list)


def _unquote(s: str) -> str:
    return s[1:-1].replace("''", "'")


class _ToCall(Transformer):
    def name(self, items: list[Token]) -> str:
        tok = str(items[0])
        return tok.replace("`", "") if tok.startswith("`") else tok

    def ine(self, _items: list[Token]) -> bool:
        return True

    def priv(self, items: list[Token]) -> str:
        if items[0].type == "ALLPRIVS":
            return "ALL_PRIVILEGES"
        return re.sub(r"\s+", "_", str(items[0])).upper() if items[0].type == "SPACED_PRIV" else str(items[0])

    def privs(self, items: list[str]) -> list[str]:
        return items

    def sectype(self, items: list[Token]) -> str:
        return str(items[0]).lower()

    def t_catalog(self, _items: list[Token]) -> str:
        return "catalog"

    def t_schema(self, _items: list[Token]) -> str:
        return "schema"

    def on_clause(self, items: list[str]) -> tuple[str, str]:
        return ("on", f"{items[0]}:{items[1]}")

    def to_clause(self, items: list[str]) -> tuple[str, str]:
        return ("to", items[0])

    def p_statements(self, items: list[Token]) -> tuple[str, object]:
        return ("statement_types", frozenset(s.strip().upper() for s in _unquote(items[0]).split(",") if s.strip()))

    def p_max_rows(self, items: list[Token]) -> tuple[str, object]:
        return ("max_rows", int(items[0]))

    def p_max_seconds(self, items: list[Token]) -> tuple[str, object]:
        return ("max_execution_s", float(items[0]))

    def p_deny_tables(self, items: list[str]) -> tuple[str, object]:
        return ("denied_tables", frozenset(items))

    def p_deny_functions(self, items: list[str]) -> tuple[str, object]:
        return ("denied_functions", frozenset(items))


def parse_statement(statement: str) -> tuple[str, list[object]]:
    """Parse one admin statement into (kind, arguments); raise InvalidStatement naming the token."""
    try:
        tree = _parser().parse(statement)
    except UnexpectedInput as exc:
        raise InvalidStatement(_describe(statement, exc)) from None
    stmt = tree.children[0]
    args = _ToCall().transform(stmt).children
    return stmt.data, list(args)


def _describe(statement: str, exc: UnexpectedInput) -> str:
    where = f"line {exc.line}, column {exc.column}"
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        expected = sorted(getattr(exc, "expected", []) or [])
        return f"statement ends too early: expected {_pretty(expected)}"
    if isinstance(exc, UnexpectedToken):
        return f"unexpected '{exc.token}' at {where}; expected {_pretty(sorted(exc.expected))}"
    if isinstance(exc, UnexpectedCharacters):
        return f"unexpected character '{statement[exc.pos_in_stream]}' at {where}"
    return f"cannot parse statement at {where}"


def _pretty(expected: list[str]) -> str:
    names = {"NAME": "a name", "QNAME": "a name", "STRING": "a quoted string", "INT": "a number",
             "NUMBER": "a number", "STYPE": "a securable type", "PKIND": "USER, GROUP or AGENT",
             "SEMICOLON": "';'", "COMMA": "','", "ALLPRIVS": "ALL PRIVILEGES"}
    out = []
    for e in expected:
        label = names.get(e, e.strip('"').upper())
        if label not in out:
            out.append(label)
    return ", ".join(out[:8]) or "nothing more"


def run_statement(catalog: Catalog, statement: str, actor: str) -> StatementResult:
    """Execute one parsed statement as `actor`; every change is one transaction, refusals are audited."""
    kind, args = parse_statement(statement)
    try:
        return _run(catalog, kind, args, actor)
    except CharterError as exc:
        if exc.context.get("audited"):  # the catalog method already wrote this refusal down
            raise
        catalog.audit(actor=actor, action=f"statement {kind}", securable=None, allowed=False, reason=exc.message,
                      details={"statement": statement})
        raise


def _run(catalog: Catalog, kind: str, args: list[object], actor: str) -> StatementResult:
    exist_ok = True in args
    names = [a for a in args if isinstance(a, str)]
    if kind in ("create_catalog", "create_schema"):
        typ = kind.split("_", 1)[1]
        catalog.create_securable(typ, names[0], actor=actor, exist_ok=exist_ok)
        return StatementResult(f"created {typ} {names[0]}")
    if kind == "create_securable":
        typ = names[0].lower()
        catalog.create_securable(typ, names[1], actor=actor, exist_ok=exist_ok)
        return StatementResult(f"created {typ} {names[1]}")
    if kind == "create_principal":
        pkind = names[0].lower()
        catalog.create_principal(names[1], pkind, actor=actor, exist_ok=exist_ok)
        return StatementResult(f"created {pkind} {names[1]}")
    if kind == "alter_group":
        group, action, member = names
        (catalog.add_member if action.upper() == "ADD" else catalog.remove_member)(group, member, actor=actor)
        return StatementResult(f"{'added' if action.upper() == 'ADD' else 'removed'} {member} "
                               f"{'to' if action.upper() == 'ADD' else 'from'} {group}")
    if kind in ("grant", "revoke"):
        privs, typ, name, who = args
        ref = f"{typ}:{name}"
        (catalog.grant if kind == "grant" else catalog.revoke)(privs, ref, str(who), actor=actor)  # type: ignore[arg-type]
        return StatementResult(f"{kind}ed {', '.join(privs)} on {ref} {'to' if kind == 'grant' else 'from'} {who}")  # type: ignore[arg-type]
    if kind == "show_grants":
        opts = dict(a for a in args if isinstance(a, tuple))  # type: ignore[misc]
        rows = catalog.show_grants(opts.get("on"), opts.get("to"))
        return StatementResult(f"{len(rows)} grant(s)", ["principal", "privilege", "securable", "granted_by"], rows)
    if kind == "set_row_filter":
        catalog.set_row_filter(names[0], _unquote(names[1]), actor=actor)
        return StatementResult(f"row filter set on {names[0]}")
    if kind == "drop_row_filter":
        catalog.set_row_filter(names[0], None, actor=actor)
        return StatementResult(f"row filter dropped from {names[0]}")
    if kind == "set_column_mask":
        catalog.set_column_mask(names[0], names[1], _unquote(names[2]), actor=actor)
        return StatementResult(f"column mask set on {names[0]}.{names[1]}")
    if kind == "drop_column_mask":
        catalog.set_column_mask(names[0], names[1], None, actor=actor)
        return StatementResult(f"column mask dropped from {names[0]}.{names[1]}")
    if kind == "set_query_policy":
        who = names[0]
        fields = dict(a for a in args if isinstance(a, tuple))  # type: ignore[misc]
        catalog.set_query_policy(who, QueryPolicy(**fields), actor=actor)  # type: ignore[arg-type]
        return StatementResult(f"query policy set for {who}")
    if kind == "alter_owner":
        typ, name, owner = names
        catalog.set_owner(f"{typ}:{name}", owner, actor=actor)
        return StatementResult(f"owner of {typ}:{name} is now {owner}")
    if kind == "set_approval":
        typ, name, group = names
        version = catalog.set_approval(f"{typ}:{name}", group, actor=actor)
        return StatementResult(f"calls of {typ}:{name} now need approval by a member of {group} (policy version {version})")
    if kind == "drop_approval":
        typ, name = names
        version = catalog.set_approval(f"{typ}:{name}", None, actor=actor)
        return StatementResult(f"calls of {typ}:{name} no longer need approval (policy version {version})")
    raise InvalidStatement(f"unsupported statement '{kind}'")

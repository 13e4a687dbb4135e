"""The privilege model: securable types, their parents, and which privileges apply to each."""

from __future__ import annotations

from dataclasses import dataclass, field

from charter.errors import InvalidInput, did_you_mean

# type -> parent type (None: top level). Names are dotted: catalog "c", schema "c.s", table "c.s.t".
PARENT_TYPE: dict[str, str | None] = {
    "metastore": None,
    "catalog": None,
    "schema": "catalog",
    "table": "schema",
    "view": "schema",
    "function": "schema",
    "volume": "schema",
    "vector_index": "schema",
    "feature_table": "schema",
    "model": None,
    "tool": None,
    "mcp_server": None,
    "mcp_tool": "mcp_server",
    "agent": None,
}
NAME_PARTS = {"catalog": 1, "schema": 2, "mcp_server": 1, "mcp_tool": 2, "metastore": 1}
CONTAINED = {"table", "view", "function", "volume", "vector_index", "feature_table"}
for _t in CONTAINED:
    NAME_PARTS[_t] = 3

_DATA = {"SELECT", "MODIFY"}
_COMMON = {"MANAGE", "ALL_PRIVILEGES"}
_CREATE = {"CREATE_TABLE", "CREATE_VIEW", "CREATE_FUNCTION", "CREATE_VOLUME", "CREATE_VECTOR_INDEX", "CREATE_FEATURE_TABLE"}
PRIVILEGES: dict[str, set[str]] = {
    # Privileges granted on a container are inherited by what it contains (Unity Catalog), so a
    # catalog or schema accepts the privileges of its children too.
    "metastore": {"CREATE_CATALOG", "CREATE_MODEL", "CREATE_TOOL", "CREATE_AGENT", "CREATE_MCP_SERVER", *_COMMON},
    "catalog": {"USE_CATALOG", "USE_SCHEMA", "CREATE_SCHEMA", "EXECUTE", *_CREATE, *_DATA, *_COMMON},
    "schema": {"USE_SCHEMA", "EXECUTE", *_CREATE, *_DATA, *_COMMON},
    "table": {*_DATA, *_COMMON},
    "view": {"SELECT", *_COMMON},
    "function": {"EXECUTE", *_COMMON},
    "volume": {"READ_VOLUME", "WRITE_VOLUME", *_COMMON},
    "vector_index": {"SELECT", *_COMMON},
    "feature_table": {*_DATA, *_COMMON},
    "model": {"QUERY", *_COMMON},
    "tool": {"EXECUTE", *_COMMON},
    "mcp_server": {"EXECUTE", *_COMMON},
    "mcp_tool": {"EXECUTE", *_COMMON},
    "agent": {"EXECUTE", *_COMMON},
}
ALL_PRIVILEGE_NAMES = sorted(set().union(*PRIVILEGES.values()))
PRINCIPAL_KINDS = ("user", "group", "agent")


def parse_ref(ref: str) -> tuple[str, str]:
    """Split ``"table:c.s.t"`` into ``("table", "c.s.t")``, checking the type and the name's shape."""
    if ":" not in ref:
        raise InvalidInput(f"securable '{ref}' must be written TYPE:NAME, e.g. table:main.sales.orders")
    kind, name = ref.split(":", 1)
    kind = kind.strip().lower()
    check_type(kind)
    check_name(kind, name)
    return kind, name


def check_type(kind: str) -> None:
    if kind not in PARENT_TYPE:
        raise InvalidInput(f"unknown securable type '{kind}'{did_you_mean(kind, PARENT_TYPE)}")


def check_name(kind: str, name: str) -> None:
    parts = name.split(".")
    want = NAME_PARTS.get(kind)
    if not name or any(not p for p in parts) or (want is not None and len(parts) != want):
        shape = {1: "NAME", 2: "PARENT.NAME", 3: "CATALOG.SCHEMA.NAME"}.get(want or 1, "NAME")
        raise InvalidInput(f"{kind} name '{name}' must have the form {shape}")


def parent_ref(kind: str, name: str) -> tuple[str, str] | None:
    parent = PARENT_TYPE[kind]
    if parent is None:
        return None
    return parent, name.rsplit(".", 1)[0]


def check_privilege(privilege: str, kind: str) -> str:
    """Normalise a privilege name and check that it applies to the securable type."""
    norm = privilege.strip().upper().replace(" ", "_")
    if norm not in ALL_PRIVILEGE_NAMES:
        raise InvalidInput(f"unknown privilege '{privilege}'{did_you_mean(norm, ALL_PRIVILEGE_NAMES)}")
    if norm not in PRIVILEGES[kind]:
        raise InvalidInput(f"privilege {norm} does not apply to a {kind}")
    return norm


@dataclass(frozen=True)
class Decision:
    """The answer of a check, with the reason (which grant allowed, which privilege was missing)."""

    allowed: bool
    reason: str
    principal: str
    privilege: str
    securable: str
    on_behalf_of: str | None = None

    def __bool__(self) -> bool:
        return self.allowed


@dataclass(frozen=True)
class QueryPolicy:
    """What statements a principal may run and within which bounds (default: SELECT only)."""

    statement_types: frozenset[str] = frozenset({"SELECT"})
    max_rows: int | None = None
    max_execution_s: float | None = None
    denied_tables: frozenset[str] = field(default_factory=frozenset)
    denied_functions: frozenset[str] = field(default_factory=frozenset)

    def combine(self, other: QueryPolicy) -> QueryPolicy:
        """The stricter of two policies (a principal's and the agent's acting for it)."""

        def smaller(a, b):  # type: ignore[no-untyped-def]
            return b if a is None else a if b is None else min(a, b)

        return QueryPolicy(
            statement_types=self.statement_types & other.statement_types,
            max_rows=smaller(self.max_rows, other.max_rows),
            max_execution_s=smaller(self.max_execution_s, other.max_execution_s),
            denied_tables=self.denied_tables | other.denied_tables,
            denied_functions=self.denied_functions | other.denied_functions,
        )

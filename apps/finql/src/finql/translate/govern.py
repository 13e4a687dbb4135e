"""The adapter to the FinQL language package (parser, governed executor, scorer).

The language package (issue 8) publishes ``finql.parse`` and ``finql.execute(query, principal=)``;
until it does, parsing falls back to a shape check and entitlements to the SPEC section 6 table,
so the translation agents run and are tested either way. Swap-in is automatic.
"""

from __future__ import annotations

import re
from typing import Any

from finql.translate.vocab import by_ticker

_SHAPE = re.compile(r"^.+ FOR (?:[A-Z]+(?:, [A-Z]+)*|SCREEN\(.+\))(?: SORT .+ (?:ASC|DESC)(?: TOP \d+)?)?(?: IN [A-Z]{3})?$")


def _finql() -> Any | None:
    try:
        import finql
    except ImportError:  # pragma: no cover - finql is this package's parent
        return None
    return finql if hasattr(finql, "parse") else None


def parse_problem(query: str) -> str | None:
    """Why a query does not parse (None when it does)."""
    lang = _finql()
    if lang is not None:
        try:
            lang.parse(query)
            return None
        except Exception as exc:  # the parser's error names the token and position
            return str(exc)
    if not _SHAPE.match(query):
        return "query does not have the shape ITEMS FOR TARGET [SORT ...] [TOP n] [IN CUR]"
    for t in re.findall(r"FOR ([A-Z, ]+?)(?: SORT| IN|$)", query)[:1]:
        for ticker in t.split(", "):
            if ticker and ticker not in by_ticker():
                return f"unknown ticker '{ticker}'"
    return None


def executor_ready() -> bool:
    """Whether the language package's governed executor is importable."""
    import importlib.util

    try:
        return importlib.util.find_spec("finql.executor") is not None
    except (ImportError, ValueError):
        return False


def datasets(query: str) -> set[str]:
    """The licensed data sets a query reads (SPEC section 6)."""
    out = set()
    if re.search(r"\bFF_|\bFG_(?:MKT_CAP|PE|PB|DIV_YIELD)|\b(?:GROWTH|CAGR|AVG|SUM)\(", query):
        out.add("fundamentals")
    if re.search(r"\bP_|\bFG_", query):
        out.add("prices")
    if re.search(r"\bFE_", query):
        out.add("estimates")
    if re.search(r"\bIN (?:USD|EUR|GBP|JPY|CAD|CHF)$", query):
        out.add("fx")
    return out


_RIGHTS = {"analyst": {"fundamentals", "prices", "estimates", "fx"},
           "analyst-basic": {"fundamentals", "prices", "fx"},
           "guest": {"prices"}}


def denied(query: str, principal: str, runtime: Any = None) -> str | None:
    """Why the principal may not run the query (None when allowed); the governed path decides when present."""
    lang = _finql()
    if runtime is not None and lang is not None and hasattr(lang, "check"):
        try:
            lang.check(query, principal=principal, env=runtime)
            return None
        except Exception as exc:  # PermissionDenied names the data set; other errors are not entitlements
            return str(exc) if type(exc).__name__ == "PermissionDenied" else None
    rights = _RIGHTS.get(principal, _RIGHTS["analyst"])
    missing = sorted(datasets(query) - rights)
    if missing:
        return f"principal '{principal}' may not read {missing[0]}"
    if principal == "guest":
        m = re.search(r" FOR ([A-Z]+(?:, [A-Z]+)*)(?: SORT| IN|$)", query)
        for t in (m.group(1).split(", ") if m else []):
            if t in by_ticker() and "NX100" not in by_ticker()[t].indexes:
                return f"company {t} is hidden from principal 'guest'"
    return None


def execute(query: str, principal: str, runtime: Any = None) -> tuple[list[str], list[list[Any]]] | None:
    """Columns and rows from the governed executor, or None while it does not exist."""
    lang = _finql()
    if runtime is None or lang is None or not executor_ready():
        return None
    result = lang.execute(query, principal=principal, env=runtime)
    columns = list(getattr(result, "columns", []))
    rows = [list(r) for r in getattr(result, "rows", [])]
    return columns, rows

"""Run FinQL: parse -> compile -> one governed SQL statement as the asking principal.

Entitlements, row filters, query policies and the audit are Charter's (`charter.data`): the
executor only translates a refusal into FinQL's words (the data set it names).
"""

from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from charter.errors import PermissionDenied
from finql.compiler import DATASET_TABLES, Compiled, compile_query
from finql.language import ast
from finql.language.parser import parse

VISIBLE_TTL_S = 1.0
_TABLE_TO_DATASET = {t: ds for ds, tables in DATASET_TABLES.items() for t in tables}


@dataclass
class Result:
    """A FinQL answer: the ticker column, then one column per item, in order."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    query: str = ""
    sql: str = ""
    datasets: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form (NaN never appears: nulls are None)."""
        return {"columns": self.columns, "rows": [list(r) for r in self.rows], "query": self.query}


class Backend(Protocol):
    """Where compiled SQL runs; `catalog` is the prefix tables are named with (None: none)."""

    catalog: str | None

    def query(self, sql: str, principal: str, agent: str | None = None) -> tuple[list[str], list[tuple]]: ...

    def refuse(self, principal: str, dataset: str, reason: str, agent: str | None = None) -> None: ...

    def plan(self, sql: str, principal: str, agent: str | None = None) -> None: ...

    def visible(self, principal: str, agent: str | None = None) -> frozenset[str]: ...


class GovernedBackend:
    """Runs through `charter.data.DataService.query` as the principal (the production path)."""

    def __init__(self, data: Any, catalog_service: Any | None = None, source: str = "finql") -> None:
        self.data = data
        self.catalog_service = catalog_service
        self.catalog = source
        self._visible: dict[tuple[str, str | None], tuple[float, frozenset[str]]] = {}

    def visible(self, principal: str, agent: str | None = None) -> frozenset[str]:
        """The companies the principal may see, asked through the governed path.

        Kept for VISIBLE_TTL_S: the catalog itself lets a pure check be that stale, and it spares
        every ticker-list query a second governed statement.
        """
        key = (principal, agent)
        hit = self._visible.get(key)
        now = time.monotonic()
        if hit is not None and now - hit[0] < VISIBLE_TTL_S:
            return hit[1]
        _c, rows = self.query(f"SELECT ticker FROM {self.catalog}.reference.companies", principal, agent)
        seen = frozenset(r[0] for r in rows)
        self._visible[key] = (now, seen)
        return seen

    def query(self, sql: str, principal: str, agent: str | None = None) -> tuple[list[str], list[tuple]]:
        res = self.data.query(sql, principal=principal, agent=agent)
        return list(res.columns), [tuple(r) for r in res.rows]

    def plan(self, sql: str, principal: str, agent: str | None = None) -> None:
        """Check (and rewrite) without executing; raises PermissionDenied."""
        self.data.plan(sql, principal=principal, agent=agent)

    def refuse(self, principal: str, dataset: str, reason: str, agent: str | None = None) -> None:
        """Write a refusal the governed path could not see (a row-filtered ticker) to the audit."""
        if self.catalog_service is not None:
            who, for_whom = (agent, principal) if agent else (principal, None)
            self.catalog_service.audit(actor=who, on_behalf_of=for_whom, action="finql query",
                                       securable=f"schema:{self.catalog}.{dataset}", allowed=False, reason=reason)


class DirectBackend:
    """Ungoverned execution on a DuckDB file or PostgreSQL (data builds and benchmark baselines only)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self.duck = url.startswith("duckdb:///")
        self.catalog = "finql" if self.duck else None

    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.duck:
                from charter.data.connectors import open_duckdb

                # the data layer's configuration (read-only, locked down): one process may then hold both
                conn = open_duckdb(self.url[len("duckdb:///"):])
            else:
                import psycopg

                conn = psycopg.connect(self.url.replace("postgresql+psycopg://", "postgresql://", 1),
                                       autocommit=True)
            self._local.conn = conn
        return conn

    def query(self, sql: str, principal: str, agent: str | None = None) -> tuple[list[str], list[tuple]]:
        cur = self._conn().execute(sql)
        return [d[0] for d in cur.description], list(cur.fetchall())

    def refuse(self, principal: str, dataset: str, reason: str, agent: str | None = None) -> None:
        return None

    def plan(self, sql: str, principal: str, agent: str | None = None) -> None:
        return None

    def visible(self, principal: str, agent: str | None = None) -> frozenset[str]:
        table = "finql.reference.companies" if self.catalog else "reference.companies"
        return frozenset(r[0] for r in self.query(f"SELECT ticker FROM {table}", principal, agent)[1])


def _clean(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def dataset_of(message: str, catalog: str | None = "finql") -> str | None:
    """The FinQL data set a refusal message names (by its schema or table)."""
    for table, ds in _TABLE_TO_DATASET.items():
        if table in message:
            return ds
    for ds in DATASET_TABLES:
        if re.search(rf"\b{re.escape(catalog or 'finql')}\.{ds}\b", message):
            return ds
    return None


def run(query: str | ast.Query, backend: Backend, principal: str = "analyst",
        agent: str | None = None) -> Result:
    """Parse (if text), compile and run a query as `principal` on a backend."""
    q = parse(query) if isinstance(query, str) else query
    compiled = compile_query(q, backend.catalog)
    if compiled.tickers:
        _check_visible(compiled, backend, principal, agent)
    try:
        _cols, rows = backend.query(compiled.sql, principal, agent)
    except PermissionDenied as exc:
        raise _refusal(exc, backend.catalog) from None
    return Result(compiled.columns, [tuple(_clean(v) for v in r) for r in rows], str(q), compiled.sql,
                  compiled.datasets)


def _refusal(exc: PermissionDenied, catalog: str | None) -> PermissionDenied:
    ds = dataset_of(exc.message, catalog)
    if ds is None:
        return exc
    return PermissionDenied(f"not permitted: this query reads the '{ds}' data set, which you may not read "
                            f"({exc.message})", dataset=ds)


def _check_visible(compiled: Compiled, backend: Backend, principal: str, agent: str | None) -> None:
    """A ticker list naming a company a row filter hides is refused, not silently shortened."""
    try:
        visible = backend.visible(principal, agent)
    except PermissionDenied as exc:
        raise _refusal(exc, backend.catalog) from None
    hidden = [t for t in compiled.tickers if t not in visible]
    if hidden:
        ds = next((d for d in compiled.datasets if d != "reference"), "reference")
        reason = f"{principal} may not see {', '.join(hidden)} in the '{ds}' data set (row filter)"
        backend.refuse(principal, ds, reason, agent)
        raise PermissionDenied(f"not permitted: {reason}", dataset=ds, tickers=hidden)


def check(query: str | ast.Query, principal: str = "analyst", *, env: Any, agent: str | None = None) -> ast.Query:
    """Parse and check entitlements without reading the data (raises FinQL errors or PermissionDenied)."""
    q = parse(query) if isinstance(query, str) else query
    compiled = compile_query(q, env.backend.catalog)
    try:
        env.backend.plan(compiled.sql, principal, agent)
    except PermissionDenied as exc:
        raise _refusal(exc, env.backend.catalog) from None
    if compiled.tickers:
        _check_visible(compiled, env.backend, principal, agent)
    return q


def execute(query: str | ast.Query, principal: str = "analyst", *, env: Any, agent: str | None = None) -> Result:
    """Run a query as `principal` in a FinQL environment (``finql.runtime.FinQLEnv``)."""
    return run(query, env.backend, principal, agent)

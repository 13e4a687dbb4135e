"""DataService: sources, sync into the catalog, and governed queries (the one door to the data)."""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from charter.catalog import Catalog
from charter.data.connectors import Connector, TableInfo, connect, registry, scheme_of
from charter.data.governed import DML, Context, GovernedPlan, ResolvedTable, govern
from charter.data.tables import DataSource
from charter.errors import (
    AlreadyExists,
    CharterError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    did_you_mean,
)
from charter.settings import Settings
from charter.store import Store, redact_url, utcnow

log = logging.getLogger("charter.data")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
PLAN_CACHE_SIZE = 2048


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    sql: str
    source: str | None


@dataclass(frozen=True)
class SyncResult:
    source: str
    added: list[str]
    dropped: list[str]
    updated: list[str]
    unchanged: int


def _span(name: str, **attrs: Any) -> Any:
    """A tracing span when tracing is importable; tracing never breaks a query."""
    try:
        from charter.tracing import span
    except Exception:  # noqa: BLE001 - tracing is optional for this layer
        from contextlib import nullcontext

        return nullcontext(None)
    return span(name, kind="sql", **attrs)


AfterSync = Callable[["DataService", SyncResult, str], object]
"""A hook called with (service, result, actor) after a source is synced."""


class DataService:
    """Registered sources, their sync into the catalog, and governed SQL. Vector indexes
    (``charter.data.indexes.VectorIndexes``) and the feature store
    (``charter.data.features.FeatureStore``) are built on top of it."""

    def __init__(self, settings: Settings, store: Store, catalog: Catalog, *,
                 after_sync: Sequence[AfterSync] = ()) -> None:
        self.settings = settings
        self.store = store
        self.catalog = catalog
        # Run in order after every successful sync (the runtime installs the vector indexes'
        # refresh here); what is built on this service hooks in without the service knowing it.
        self.after_sync: tuple[AfterSync, ...] = tuple(after_sync)
        self._connectors: dict[str, Connector] = {}
        self._lock = threading.RLock()
        self._plans: OrderedDict[tuple[Any, ...], GovernedPlan] = OrderedDict()
        self._names_version = -2  # never a catalog version
        self._names: dict[str, ResolvedTable] = {}
        self._dialects: dict[str, str] = {}
        self._classes: dict[str, type[Connector]] = {}
        self._memo: dict[Any, Any] = {}
        self._memo_version: Any = None

    # ------------------------------------------------------------------ sources
    def add_source(self, name: str, url: str, actor: str = "admin") -> None:
        """Register a source as catalog ``name``; the URL is kept in the store only."""
        if not _NAME.match(name):
            raise InvalidInput(f"source name '{name}' must be letters, digits and _ (it becomes a catalog name)")
        scheme = scheme_of(url)
        known = registry()
        if scheme not in known:
            raise InvalidInput(f"no connector for '{scheme}://' URLs{did_you_mean(scheme, known)}; "
                               f"known: {', '.join(sorted(known))}")
        with self.store.session() as session:
            if session.scalar(select(DataSource.id).where(DataSource.name == name)) is not None:
                raise AlreadyExists(f"source '{name}' already exists; `charter source sync {name}` refreshes it")
        try:
            self.catalog.create_securable("catalog", name, owner=actor, actor=actor, exist_ok=False,
                                          properties={"source": scheme})
        except CharterError as exc:
            self.catalog.audit(actor=actor, action="add source", securable=f"catalog:{name}", allowed=False,
                               reason=exc.message)
            raise
        with self.store.session() as session:
            session.add(DataSource(name=name, url=url, scheme=scheme, created_by=actor))
        self.catalog.audit(actor=actor, action="add source", securable=f"catalog:{name}", allowed=True,
                           reason="registered", details={"scheme": scheme, "url": redact_url(url)})

    def sources(self) -> list[tuple[str, str, str]]:
        """(name, scheme, redacted URL) of every registered source."""
        with self.store.session() as session:
            rows = session.execute(select(DataSource.name, DataSource.scheme, DataSource.url).order_by(DataSource.name)).all()
        return [(n, s, redact_url(u)) for n, s, u in rows]

    def remove_source(self, name: str, actor: str = "admin") -> None:
        """Forget a source and drop its catalog with everything under it."""
        self._source_row(name)
        self.catalog.drop_securable(f"catalog:{name}", actor=actor)
        with self.store.session() as session:
            row = session.scalar(select(DataSource).where(DataSource.name == name))
            if row is not None:
                session.delete(row)
        self._close(name)

    def _source_row(self, name: str) -> DataSource:
        with self.store.session() as session:
            row = session.scalar(select(DataSource).where(DataSource.name == name))
            if row is None:
                names = [n for n, in session.execute(select(DataSource.name))]
                raise NotFound(f"unknown source '{name}'{did_you_mean(name, names)}; add it with `charter source add`")
            return row

    def connector(self, name: str) -> Connector:
        """The (cached) connector of a registered source."""
        with self._lock:
            conn = self._connectors.get(name)
            if conn is None:
                row = self._source_row(name)
                conn = connect(name, row.url)
                self._connectors[name] = conn
            return conn

    def _close(self, name: str) -> None:
        with self._lock:
            conn = self._connectors.pop(name, None)
        if conn is not None:
            conn.close()

    def close(self) -> None:
        for name in list(self._connectors):
            self._close(name)

    def sync(self, name: str, actor: str = "admin") -> SyncResult:
        """Discover schemas, tables, views and columns into the catalog; drop what disappeared."""
        self._source_row(name)
        decision = self.catalog.can_manage(actor, f"catalog:{name}")
        if not decision.allowed:
            self.catalog.audit(actor=actor, action="sync source", securable=f"catalog:{name}", allowed=False,
                               reason=decision.reason)
            raise PermissionDenied(f"permission denied: {decision.reason}")
        try:
            found = self.connector(name).discover()
        except CharterError as exc:
            self.catalog.audit(actor=actor, action="sync source", securable=f"catalog:{name}", allowed=False,
                               reason=exc.message)
            raise
        # Discovered tables belong to the catalog's owner, whoever ran the sync.
        owner = self.catalog.owner_of(f"catalog:{name}")
        existing = {(s.type, s.name): s for s in self.catalog.securables(under=f"catalog:{name}")
                    if s.type in ("table", "view")}
        added, updated, unchanged = [], [], 0
        seen: set[tuple[str, str]] = set()
        for info in found:
            kind, full = info.kind, f"{name}.{info.schema}.{info.name}"
            seen.add((kind, full))
            props = _properties(info)
            old = existing.get((kind, full))
            if old is None:
                self.catalog.create_securable(kind, full, owner=owner, properties=props, actor=actor)
                added.append(f"{kind}:{full}")
            elif json.loads(old.properties or "{}") != props:
                self.catalog.set_properties(old.ref, props, actor=actor)
                updated.append(f"{kind}:{full}")
            else:
                unchanged += 1
        dropped = []
        for key, sec in existing.items():
            if key not in seen:
                self.catalog.drop_securable(sec.ref, actor=actor)
                dropped.append(sec.ref)
        # Schemas left empty by a drop go too, so the catalog mirrors the source.
        kept_schemas = {f"{name}.{i.schema}" for i in found}
        for sec in self.catalog.securables(type="schema", under=f"catalog:{name}"):
            if sec.name not in kept_schemas:
                self.catalog.drop_securable(sec.ref, actor=actor)
        with self.store.session() as session:
            row = session.scalar(select(DataSource).where(DataSource.name == name))
            if row is not None:
                row.synced_at = utcnow()
        self.catalog.audit(actor=actor, action="sync source", securable=f"catalog:{name}", allowed=True,
                           reason="synced", details={"added": len(added), "dropped": len(dropped),
                                                     "updated": len(updated)})
        result = SyncResult(name, added, dropped, updated, unchanged)
        for hook in self.after_sync:
            hook(self, result, actor)
        return result

    # ------------------------------------------------------------------ name resolution
    def _refresh_names(self) -> None:
        # The catalog's version changes on every grant, filter, mask or securable change.
        version = self.catalog.version
        if version == self._names_version:
            return
        with self.store.session() as session:
            schemes = dict(session.execute(select(DataSource.name, DataSource.scheme)).all())
        known = registry()
        self._classes = {n: known[s] for n, s in schemes.items() if s in known}
        dialects = {n: known[s].dialect if s in known else "" for n, s in schemes.items()}
        names: dict[str, ResolvedTable] = {}
        features = []
        for sec in self.catalog.securables():
            if sec.type not in ("table", "view", "feature_table"):
                continue
            source, schema, table = sec.name.split(".", 2)
            if source not in schemes:
                continue
            props = json.loads(sec.properties or "{}")
            if sec.type == "feature_table":
                features.append((sec, props))
                continue
            names[sec.name.lower()] = ResolvedTable(
                ref=sec.ref, full_name=sec.name, source=source, schema=props.get("schema", schema),
                table=props.get("table", table), columns=tuple(c for c, _ in props.get("columns", [])),
                definition=props.get("definition") if sec.type == "view" else None, dialect=dialects[source])
        for sec, props in features:  # a feature table reads its physical table with definer rights
            base = names.get(str(props.get("table", "")).lower())
            if base is None:
                continue
            names[sec.name.lower()] = ResolvedTable(
                ref=sec.ref, full_name=sec.name, source=base.source, schema=base.schema, table=base.table,
                columns=base.columns, dialect=base.dialect)
        self._names, self._dialects, self._names_version = names, dialects, version

    def resolve(self, name: str) -> ResolvedTable | None:
        """A table, view or feature table by its catalog name (case-insensitive)."""
        self._refresh_names()
        return self._names.get(name.lower())

    def suggest(self, name: str, principal: str, agent: str | None = None) -> str:
        """"; did you mean ..." naming only a table the asker (and the agent) may read."""
        self._refresh_names()

        def visible(t: ResolvedTable) -> bool:
            if agent:
                return self.catalog.check(agent, "SELECT", t.ref, on_behalf_of=principal).allowed
            return self.catalog.check(principal, "SELECT", t.ref).allowed

        lowered = name.lower()
        last = lowered.split(".")[-1]
        tail = [n for n, t in self._names.items() if (n.endswith("." + lowered) or n.split(".")[-1] == last)
                and visible(t)]
        if tail:
            return f"; did you mean '{self._names[tail[0]].full_name}'?"
        close = did_you_mean(lowered, self._names)
        if close:
            match = self._names[close.split("'")[1]]
            return f"; did you mean '{match.full_name}'?" if visible(match) else ""
        return ""

    def _dialect_of(self, source: str) -> str:
        cls = self._classes.get(source)
        return cls.dialect if cls is not None else ""

    def _render_params(self, sql: str, source: str) -> str:
        cls = self._classes.get(source)
        return sql if cls is None else cls.render_params(sql)

    # ------------------------------------------------------------------ governed SQL
    def plan(self, sql: str, principal: str, agent: str | None = None) -> GovernedPlan:
        """Parse, check and rewrite a query for a principal (and the agent acting for it); no execution.
        A refusal is audited (action ``plan``)."""
        try:
            return self._plan(sql, principal, agent)
        except CharterError as exc:
            self._audit_refusal(exc, "plan", sql, principal, agent, None)
            raise
        except Exception as exc:  # a bug on a governed path is a refusal too: audited, then raised as it was
            self._audit_refusal(_internal(exc), "plan", sql, principal, agent, None)
            raise

    def _audit_refusal(self, exc: CharterError, action: str, sql: str, principal: str, agent: str | None,
                       request_id: str | None) -> None:
        if exc.context.get("audited"):
            return
        actor, obo = (agent, principal) if agent else (principal, None)
        self.catalog.audit(actor=actor, on_behalf_of=obo, action=action, securable=None, allowed=False,
                           reason=exc.message, request_id=request_id, details={"sql": sql[:4000]})
        exc.context["audited"] = True

    def governance_context(self, principal: str, agent: str | None = None, memo: dict[Any, Any] | None = None) -> Context:
        """The context ``governed.RULES`` run with for this asker (for tools and tests that drive the rules)."""
        self._refresh_names()
        return Context(memo={} if memo is None else memo, principal=principal, agent=agent, catalog=self.catalog,
                       policy=self.catalog.query_policy(principal, agent), resolve=self.resolve,
                       suggest=lambda name: self.suggest(name, principal, agent), dialect_of=self._dialect_of,
                       render_params=self._render_params)

    def _plan(self, sql: str, principal: str, agent: str | None = None) -> GovernedPlan:
        version = self.catalog.version
        key = (sql, principal, agent, version)
        with self._lock:
            hit = self._plans.get(key)
            if hit is not None:
                self._plans.move_to_end(key)
                return hit
        self._refresh_names()
        with self._lock:
            if self._memo_version != version:
                self._memo, self._memo_version = {}, version
            memo = self._memo
        plan = govern(sql, self.governance_context(principal, agent, memo))
        with self._lock:
            self._plans[key] = plan
            if len(self._plans) > PLAN_CACHE_SIZE:
                self._plans.popitem(last=False)
        return plan

    def query(self, sql: str, principal: str, agent: str | None = None,
              params: dict[str, Any] | Sequence[Any] | None = None, request_id: str | None = None) -> QueryResult:
        """Run one governed statement as a principal; every run and every refusal is audited."""
        actor, obo = (agent, principal) if agent else (principal, None)
        with _span("sql", inputs={"sql": sql, "principal": principal, "agent": agent}) as s:
            try:
                plan = self._plan(sql, principal=principal, agent=agent)
                bound = _bind(plan, params)
                if plan.source is None:
                    raise InvalidInput("query reads no table; name a catalog.schema.table")
                # The allowed query's audit record is written while the source executes (the engine
                # releases the GIL), and always before a row leaves this call: if the record cannot
                # be written, the caller gets the error, not the rows.
                audited = self.catalog.queue_audit(
                    actor=actor, on_behalf_of=obo, action="query",
                    securable=plan.tables[0] if plan.tables else f"catalog:{plan.source}",
                    allowed=True, reason="governed query", request_id=request_id,
                    details={"sql": plan.sql, "tables": list(plan.tables), "masked": list(plan.masked_columns),
                             "filtered": list(plan.filtered_tables)})
                # A governed SELECT runs on a read-only connection; only the governed write path
                # (INSERT/UPDATE/DELETE, MODIFY checked, filters in the WHERE) asks for a writable one.
                write = {"write": True} if plan.statement_type in DML else {}
                timeout_s = plan.timeout_s if plan.timeout_s is not None else self.settings.data.statement_timeout_s
                try:
                    result = self.connector(plan.source).execute(plan.sql, bound, timeout_s=timeout_s,
                                                                 max_rows=plan.max_rows, **write)
                finally:
                    audited.wait()
            except CharterError as exc:
                self._audit_refusal(exc, "query", sql, principal, agent, request_id)
                raise
            except Exception as exc:  # a bug on a governed path is a refusal too: audited, then raised as it was
                self._audit_refusal(_internal(exc), "query", sql, principal, agent, request_id)
                raise
            if s is not None:
                # Values here are what the asker may see: masks and filters ran inside the SQL.
                s.set_attributes({"source": plan.source, "rewritten_sql": plan.sql, "tables": list(plan.tables),
                                  "row_count": len(result.rows)})
                s.set_outputs({"columns": result.columns, "rows": [list(r) for r in result.rows[:20]]})
            return QueryResult(result.columns, result.rows, plan.sql, plan.source)


def _bind(plan: GovernedPlan, params: dict[str, Any] | Sequence[Any] | None) -> dict[str, Any]:
    if params is None:
        params = {}
    if not isinstance(params, dict):
        params = {f"p{i}": v for i, v in enumerate(params, start=1)}
    missing = [n for n in plan.param_names if n not in params]
    if missing:
        raise InvalidInput(f"missing value for parameter :{missing[0]}")
    return {n: params[n] for n in plan.param_names}


def _properties(info: TableInfo) -> dict[str, Any]:
    props: dict[str, Any] = {"schema": info.schema, "table": info.name,
                             "columns": [[c, str(t)] for c, t in info.columns]}
    if info.primary_key:
        props["primary_key"] = list(info.primary_key)
    if info.definition:
        props["definition"] = info.definition
    return props


def _internal(exc: BaseException) -> CharterError:
    """The audit's words for an unexpected error: its type only (no message: it may hold SQL or data)."""
    return CharterError(f"internal error ({type(exc).__name__})")

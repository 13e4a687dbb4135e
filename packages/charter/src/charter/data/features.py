"""Feature store: feature tables keyed by entity and timestamp, governed like tables.

A feature table is a securable (``feature_table:c.s.name``) over a table of its source. Reads go
through governed SQL under the feature table's own name, so its grants, row filter and masks hold;
the physical table is read with the definer's rights, as a view would be.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlglot import exp

from charter.data.service import DataService, QueryResult
from charter.errors import InvalidInput, NotFound


@dataclass(frozen=True)
class FeatureTable:
    """A registered feature table: its physical table, entity and timestamp columns, features."""

    name: str
    table: str
    entity: str
    timestamp: str
    features: tuple[str, ...]


class FeatureStore:
    """Feature tables (``feature_table:<name>`` securables) over the tables of one DataService."""

    def __init__(self, data: DataService) -> None:
        self.data = data

    def create(self, name: str, table: str, *, entity: str, timestamp: str, features: Sequence[str] | None = None,
               actor: str = "admin") -> FeatureTable:
        """Register ``feature_table:<name>`` over a synced table (entity and timestamp columns named)."""
        data = self.data
        if len(name.split(".")) != 3:
            raise InvalidInput(f"feature table name '{name}' must be catalog.schema.name")
        t = data.resolve(table)
        if t is None or t.ref.startswith("feature_table:"):
            raise NotFound(f"unknown table '{table}'{data.suggest(table, actor)}")
        if data.resolve(name) is not None:
            raise InvalidInput(f"'{name}' already names a table or feature table; pick another name")
        if name.split(".")[0] != t.source:
            raise InvalidInput(f"feature table {name} must live in the catalog of its table ({t.source})")
        cols = {c.lower(): c for c in t.columns}
        for c in (entity, timestamp, *(features or [])):
            if c.lower() not in cols:
                raise NotFound(f"table {t.full_name} has no column '{c}'")
        chosen = [cols[c.lower()] for c in features] if features else [
            c for c in t.columns if c.lower() not in (entity.lower(), timestamp.lower())]
        # The owner reads the physical table on every asker's behalf, so must be able to read it.
        data.catalog.authorize(actor, "SELECT", t.ref, action="create feature table")
        ft = FeatureTable(name, t.full_name, cols[entity.lower()], cols[timestamp.lower()], tuple(chosen))
        data.catalog.create_securable("feature_table", name, owner=actor, actor=actor, exist_ok=False, properties={
            "table": ft.table, "entity": ft.entity, "timestamp": ft.timestamp, "features": list(ft.features)})
        return ft

    def get(self, name: str) -> FeatureTable:
        """A registered feature table by name."""
        try:
            sec = self.data.catalog.securable(f"feature_table:{name}")
        except (NotFound, InvalidInput):
            raise NotFound(f"unknown feature table '{name}'") from None
        p = json.loads(sec.properties or "{}")
        return FeatureTable(sec.name, p["table"], p["entity"], p["timestamp"], tuple(p.get("features", [])))

    def online(self, name: str, entities: Sequence[Any], *, principal: str, agent: str | None = None,
               features: Sequence[str] | None = None) -> QueryResult:
        """The latest value of each feature for each entity (one row per entity found)."""
        ft = self.get(name)
        cols = _pick(ft, features)
        if not entities:
            raise InvalidInput("name at least one entity")
        names = [f"e{i}" for i in range(len(entities))]
        sql = (f"SELECT {', '.join(_q(c) for c in [ft.entity, ft.timestamp, *cols])} FROM ("
               f"SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f.{_q(ft.entity)} "
               f"ORDER BY f.{_q(ft.timestamp)} DESC) AS _rn "
               f"FROM {ft.name} AS f WHERE f.{_q(ft.entity)} IN ({', '.join(':' + n for n in names)})) AS latest "
               f"WHERE _rn = 1 ORDER BY {_q(ft.entity)}")
        return self.data.query(sql, principal=principal, agent=agent, params=dict(zip(names, entities, strict=True)))

    def point_in_time(self, name: str, spine: Sequence[tuple[Any, datetime]], *, principal: str,
                      agent: str | None = None, features: Sequence[str] | None = None) -> QueryResult:
        """For each (entity, as_of) row, the features as they were known at as_of: never a later value."""
        ft = self.get(name)
        cols = _pick(ft, features)
        if not spine:
            raise InvalidInput("the spine is empty: give (entity, timestamp) rows")
        params: dict[str, Any] = {}
        parts = []
        for i, (entity, as_of) in enumerate(spine):
            params[f"e{i}"], params[f"t{i}"] = entity, as_of
            parts.append(f"SELECT {i} AS _row, :e{i} AS _entity, :t{i} AS _as_of")
        feats = ", ".join(f"f.{_q(c)} AS {_q(c)}" for c in cols)
        sql = (f"WITH spine AS ({' UNION ALL '.join(parts)}), "
               f"joined AS (SELECT s._row, s._entity, s._as_of, f.{_q(ft.timestamp)} AS _feature_ts, {feats}, "
               f"ROW_NUMBER() OVER (PARTITION BY s._row ORDER BY f.{_q(ft.timestamp)} DESC) AS _rn "
               f"FROM spine AS s LEFT JOIN {ft.name} AS f ON f.{_q(ft.entity)} = s._entity "
               f"AND f.{_q(ft.timestamp)} <= s._as_of) "
               f"SELECT _entity AS entity, _as_of AS as_of, _feature_ts AS feature_ts, "
               f"{', '.join(_q(c) for c in cols)} FROM joined WHERE _rn = 1 ORDER BY _row")
        return self.data.query(sql, principal=principal, agent=agent, params=params)


def _q(name: str) -> str:
    return exp.to_identifier(name, quoted=True).sql()


def _pick(ft: FeatureTable, features: Sequence[str] | None) -> list[str]:
    if not features:
        return list(ft.features)
    known = {f.lower(): f for f in ft.features}
    missing = [f for f in features if f.lower() not in known]
    if missing:
        raise NotFound(f"feature table {ft.name} has no feature '{missing[0]}'")
    return [known[f.lower()] for f in features]


__all__ = ["FeatureStore", "FeatureTable"]

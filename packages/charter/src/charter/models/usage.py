"""Usage records (one per model attempt) and their sums; the persisted response cache."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select

from charter.errors import InvalidInput
from charter.models.tables import CachedResponse, UsageRecord
from charter.models.types import ChatResponse
from charter.store import Store

GROUPS = {"principal": UsageRecord.principal, "agent": UsageRecord.agent, "model": UsageRecord.model}


@dataclass
class UsageRow:
    key: str
    calls: int
    failures: int
    input_tokens: int
    output_tokens: int
    cost_usd: float
    latency_s: float  # mean


def store_usage(store: Store, rows: Sequence[dict[str, Any]]) -> None:
    """Store usage rows (``UsageRecord``'s columns) in one transaction; the gateway's writer calls it."""
    with store.session() as session:
        session.add_all([UsageRecord(**row) for row in rows])


def summarize(store: Store, by: str = "model", since: datetime | None = None) -> list[UsageRow]:
    """Sum usage grouped by principal, agent or model, optionally since a time."""
    if by not in GROUPS:
        raise InvalidInput(f"cannot group usage by '{by}'; use principal, agent or model")
    col = GROUPS[by]
    q = select(
        col, func.count(), func.sum(case((UsageRecord.outcome.in_(("ok", "cached")), 0), else_=1)),
        func.sum(UsageRecord.input_tokens), func.sum(UsageRecord.output_tokens),
        func.sum(UsageRecord.cost_usd), func.avg(UsageRecord.latency_s),
    ).group_by(col).order_by(col)
    if since is not None:
        q = q.where(UsageRecord.at >= since)
    with store.session() as s:
        rows = s.execute(q).all()
    return [
        UsageRow(k or "(none)", int(n), int(f or 0), int(i or 0), int(o or 0), float(c or 0), float(lat or 0))
        for k, n, f, i, o, c, lat in rows
    ]


def cache_get(store: Store, key: str) -> ChatResponse | None:
    with store.session() as s:
        row = s.get(CachedResponse, key)
        return ChatResponse.model_validate_json(row.response) if row else None


def cache_put(store: Store, key: str, model: str, response: ChatResponse) -> None:
    with store.session() as s:
        s.merge(CachedResponse(key=key, model=model, response=response.model_dump_json()))

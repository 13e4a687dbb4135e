"""Cost per agent, principal or model and day (from the gateway's usage rows), and today's spend
forecast against the daily budgets charter.toml declares.

The forecast is linear: today's spend plus the last hour's rate (or today's, before an hour has
passed) times the hours left in the UTC day, the same day the gateway's budgets reset on. A budget
alert fires while the forecast reaches the budget, before the gateway starts refusing calls.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import func, select

from charter.errors import InvalidInput
from charter.models.tables import UsageRecord
from charter.settings import Settings
from charter.store import Store

By = Literal["agent", "principal", "model"]
_COLUMNS = {"agent": UsageRecord.agent, "principal": UsageRecord.principal, "model": UsageRecord.model}


class CostRow(BaseModel):
    """Spend of one agent, principal or model on one UTC day."""

    day: date
    key: str
    calls: int
    tokens: int
    cost_usd: float


class BudgetForecast(BaseModel):
    """Today's spend against one daily budget."""

    scope: Literal["principal", "model"]
    name: str
    budget_usd: float
    spent_usd: float
    rate_usd_per_h: float
    forecast_usd: float
    runs_out_at: datetime | None
    state: Literal["ok", "forecast over", "spent"]

    def message(self) -> str:
        """The forecast in one line."""
        head = f"{self.scope} '{self.name}' has spent ${self.spent_usd:.4f} of its ${self.budget_usd:g} daily budget"
        if self.state == "spent":
            return head + "; it is used up until midnight UTC"
        tail = (f"; at ${self.rate_usd_per_h:.4f}/h it runs out at {self.runs_out_at:%H:%M} UTC"
                if self.runs_out_at else "")
        return f"{head} today (forecast ${self.forecast_usd:.4f} by midnight UTC){tail}"


def _day(column: Any, dialect: str) -> Any:
    # The UTC calendar day of a timestamp, in the store's SQL (SQLite keeps UTC text).
    if dialect == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)


def cost_by_day(store: Store, by: By = "agent", *, since: datetime, until: datetime | None = None,
                key: str | None = None) -> list[CostRow]:
    """Calls, tokens and cost per day and agent, principal or model, oldest day first."""
    if by not in _COLUMNS:
        raise InvalidInput(f"cannot group cost by '{by}'; use agent, principal or model")
    col = _COLUMNS[by]
    U = UsageRecord  # noqa: N806
    with store.session() as s:
        day = _day(U.at, s.get_bind().dialect.name)
        q = (select(day, col, func.count(), func.coalesce(func.sum(U.input_tokens + U.output_tokens), 0),
                    func.coalesce(func.sum(U.cost_usd), 0.0))
             .where(U.at >= since, U.at < (until or datetime.now(UTC))).group_by(day, col).order_by(day, col))
        if key is not None:
            q = q.where(col == key)
        rows = s.execute(q).all()
    return [CostRow(day=d if isinstance(d, date) else date.fromisoformat(str(d)), key=k or "(none)", calls=int(n),
                    tokens=int(t), cost_usd=float(c)) for d, k, n, t, c in rows]


def _spend(store: Store, column: Any, since: datetime, until: datetime) -> dict[str, float]:
    with store.session() as s:
        rows = s.execute(select(column, func.sum(UsageRecord.cost_usd)).where(
            UsageRecord.at >= since, UsageRecord.at < until).group_by(column)).all()
    return {k: float(v or 0) for k, v in rows if k is not None}


def forecasts(settings: Settings, store: Store, *, now: datetime | None = None) -> list[BudgetForecast]:
    """Every declared daily budget with spend today: spent, rate, forecast and when it runs out."""
    now = now or datetime.now(UTC)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    hours_left = (midnight + timedelta(days=1) - now).total_seconds() / 3600
    elapsed_h = max((now - midnight).total_seconds() / 3600, 1 / 60)
    hour_ago = max(now - timedelta(hours=1), midnight)
    out = []
    scopes: list[tuple[str, Any, dict[str, float]]] = []
    if settings.limits.principal_daily_budget_usd is not None:
        scopes.append(("principal", UsageRecord.principal, {}))
    model_budgets = {m: ms.daily_budget_usd for m, ms in settings.models.items() if ms.daily_budget_usd is not None}
    if model_budgets:
        scopes.append(("model", UsageRecord.model, model_budgets))
    for scope, column, budgets in scopes:
        today = _spend(store, column, midnight, now + timedelta(seconds=1))
        recent = _spend(store, column, hour_ago, now + timedelta(seconds=1))
        for name, spent in sorted(today.items()):
            budget = budgets.get(name) if scope == "model" else settings.limits.principal_daily_budget_usd
            if budget is None or spent <= 0:
                continue
            window_h = min(1.0, elapsed_h)
            rate = recent.get(name, 0.0) / window_h
            forecast = spent + rate * hours_left
            runs_out = now + timedelta(hours=(budget - spent) / rate) if rate > 0 and spent < budget else None
            state = "spent" if spent >= budget else "forecast over" if forecast >= budget else "ok"
            out.append(BudgetForecast(scope=scope, name=name, budget_usd=budget, spent_usd=spent,  # type: ignore[arg-type]
                                      rate_usd_per_h=rate, forecast_usd=forecast,
                                      runs_out_at=runs_out if state == "forecast over" else None,
                                      state=state))  # type: ignore[arg-type]
    return out

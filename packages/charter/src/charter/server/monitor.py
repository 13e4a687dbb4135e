"""The monitor's HTTP API: metrics over time, per-version metrics with intervals, alerts, feedback,
cost and the evaluator's status. Reading them needs a metastore admin, except a trace's feedback,
which its own principal may read like the trace itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fastapi import Depends, FastAPI

from charter.monitor import (
    Alert,
    BudgetForecast,
    CostRow,
    Feedback,
    MonitorStatus,
    SeriesPoint,
    VersionMetric,
    parse_duration,
)
from charter.server.admin import require_admin


def since_of(text: str) -> datetime:
    """``7d`` -> the time seven days ago (InvalidInput, a 422, for what does not parse)."""
    return datetime.now(UTC) - parse_duration(text, "since")


def add_monitor_routes(app: FastAPI, charter: object, principal: Callable[..., str]) -> None:
    """Mount /v1/monitor/* and /v1/traces/{id}/feedback."""
    monitor = charter.monitor  # type: ignore[attr-defined]
    who_dep = Depends(principal)

    @app.get("/v1/monitor/metrics", response_model=list[SeriesPoint], tags=["monitor"])
    def metrics(agent: str, since: str = "7d", bucket: str = "hour", by_version: bool = False,
                who: str = who_dep) -> list[SeriesPoint]:
        """An agent's live metrics per hour or day (quality, refusal and error rates, latency, tokens, cost)."""
        require_admin(charter, who, "read monitor metrics")
        return monitor.series(agent, since=since_of(since), bucket=bucket, by_version=by_version)

    @app.get("/v1/monitor/versions", response_model=list[VersionMetric], tags=["monitor"])
    def versions(agent: str, metric: str = "quality", since: str = "7d", who: str = who_dep) -> list[VersionMetric]:
        """One metric per agent version with a 95% bootstrap interval."""
        require_admin(charter, who, "read monitor metrics")
        return monitor.version_metrics(agent, metric, since=since_of(since))

    @app.get("/v1/monitor/alerts", response_model=list[Alert], tags=["monitor"])
    def alerts(state: str | None = None, agent: str | None = None, limit: int = 100,
               who: str = who_dep) -> list[Alert]:
        """Alerts, newest first (state: firing or resolved)."""
        require_admin(charter, who, "read monitor alerts")
        return monitor.alerts.alerts(state=state, agent=agent, limit=max(1, min(limit, 1000)))

    @app.get("/v1/monitor/cost", response_model=list[CostRow], tags=["monitor"])
    def cost(by: str = "agent", since: str = "7d", who: str = who_dep) -> list[CostRow]:
        """Spend per day and agent, principal or model."""
        require_admin(charter, who, "read cost")
        return monitor.cost(by, since=since_of(since))

    @app.get("/v1/monitor/budgets", response_model=list[BudgetForecast], tags=["monitor"])
    def budgets(who: str = who_dep) -> list[BudgetForecast]:
        """Today's spend and forecast against every declared daily budget."""
        require_admin(charter, who, "read cost")
        return monitor.forecasts()

    @app.get("/v1/monitor/status", response_model=MonitorStatus, tags=["monitor"])
    def status(who: str = who_dep) -> MonitorStatus:
        """This worker's online evaluator: traces observed, dropped to catch-up, backlog, judges."""
        require_admin(charter, who, "read monitor status")
        return monitor.status()

    @app.get("/v1/traces/{trace_id}/feedback", response_model=list[Feedback], tags=["traces"])
    def feedback(trace_id: str, who: str = who_dep) -> list[Feedback]:
        """The checks', scorers' and judges' results on one trace."""
        t = charter.tracer.get(trace_id)  # type: ignore[attr-defined]
        if t.principal != who:
            require_admin(charter, who, f"read trace {trace_id}")
        return monitor.feedback(t.trace_id)

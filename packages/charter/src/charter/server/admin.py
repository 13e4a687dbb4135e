"""The admin API: catalog statements and checks, audit, usage, traces, golden sets, eval runs, versions,
releases (sign-off, promotion, rollouts, rollback, the live comparison).

Governance lives in the layers: statements run as the caller (the catalog refuses what they may not
do); reads of other principals' audit or traces, and usage, need a metastore admin; moving an
agent alias needs MANAGE on ``agent:<name>``. Every refusal here is audited too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field

from charter.agents.rollout import parse_share
from charter.agents.versions import AgentVersion, AgentVersions
from charter.catalog.audit import AuditEntry
from charter.errors import PermissionDenied
from charter.evals.datasets import Datasets, DatasetVersion
from charter.evals.runs import RunInfo, Runs
from charter.models.usage import UsageRow
from charter.monitor import VersionComparison, parse_duration
from charter.monitor.release import CHAMPION, Release
from charter.tracing.model import Trace, TraceSummary

if TYPE_CHECKING:
    from charter.agents.registry import AgentRegistry
    from charter.runtime import Charter


class StatementRequest(BaseModel):
    statement: str = Field(min_length=1, description="One admin statement, e.g. GRANT EXECUTE ON AGENT a TO ann.")


class StatementResponse(BaseModel):
    message: str
    columns: list[str]
    rows: list[list[str]]


class CheckRequest(BaseModel):
    principal: str
    privilege: str
    securable: str = Field(description="e.g. agent:faq or table:main.sales.orders")


class CheckResponse(BaseModel):
    allowed: bool
    reason: str


class AliasRequest(BaseModel):
    ref: str = Field(min_length=1, description="A version's content hash (or a prefix), or another alias.")


class SignoffRequest(BaseModel):
    ref: str = Field(min_length=1, description="The version signed off: a content hash (or a prefix) or an alias.")
    note: str = Field("", description="Why (recorded with the sign-off).")


class SignoffResponse(BaseModel):
    agent: str
    version: str
    reviewer: str
    note: str


class RolloutRequest(BaseModel):
    traffic: str | None = Field(None, description="The challenger's share of requests, e.g. '10%' ('0%' stops it).")
    shadow: bool = Field(False, description="Run the challenger beside the champion; callers get the champion.")


class RolloutResponse(BaseModel):
    agent: str
    mode: str = Field(description="split, shadow, or off (the champion takes all traffic).")
    share: float


class RollbackResponse(BaseModel):
    agent: str
    champion: str | None = Field(description="The champion now, when the rollback moved it.")
    stopped: str | None = Field(description="The rollout mode that was stopped, if one was running.")


def require_admin(charter: Charter, who: str, what: str) -> None:
    """PermissionDenied (audited) unless ``who`` is a metastore admin."""
    if not charter.catalog.principal(who).is_admin:
        charter.catalog.audit(actor=who, action=what, securable=None, allowed=False,
                              reason="needs a metastore admin")
        raise PermissionDenied(f"permission denied: {what} needs a metastore admin")


def require_manage(charter: Charter, who: str, securable: str, what: str) -> None:
    """PermissionDenied naming MANAGE unless ``who`` may manage the securable; audited either way."""
    decision = charter.catalog.can_manage(who, securable)
    charter.catalog.audit(actor=who, action=what, securable=securable, allowed=decision.allowed,
                          reason=decision.reason)
    if not decision.allowed:
        raise PermissionDenied(f"permission denied: {what} needs MANAGE on {securable}")


def add_admin_routes(app: FastAPI, charter: Charter, registry: AgentRegistry, principal: Callable[..., str]) -> None:
    """Mount the admin endpoints under /v1."""
    versions = AgentVersions(charter.store)
    datasets = Datasets(charter.store)
    runs = Runs(charter.store)
    who_dep = Depends(principal)

    @app.post("/v1/catalog/statements", response_model=StatementResponse, tags=["catalog"])
    def statement(body: StatementRequest, who: str = who_dep) -> StatementResponse:
        """Run one admin statement as the caller."""
        res = charter.catalog.execute(body.statement, actor=who)
        return StatementResponse(message=res.message, columns=list(res.columns),
                                 rows=[[str(v) for v in row] for row in res.rows])

    @app.post("/v1/catalog/check", response_model=CheckResponse, tags=["catalog"])
    def check(body: CheckRequest, who: str = who_dep) -> CheckResponse:
        """Whether a principal holds a privilege (others' checks need an admin)."""
        if body.principal != who:
            require_admin(charter, who, f"check privileges of {body.principal}")
        d = charter.catalog.check(body.principal, body.privilege.upper(), body.securable)
        return CheckResponse(allowed=d.allowed, reason=d.reason)

    @app.get("/v1/audit", response_model=list[AuditEntry], tags=["catalog"])
    def audit(principal: str | None = None, limit: int = 100, who: str = who_dep) -> list[AuditEntry]:
        """Audit records (your own unless you are an admin)."""
        if principal != who:
            require_admin(charter, who, "read the audit log")
        rows = charter.catalog.audit_log(principal=principal, limit=max(1, min(limit, 1000)))
        return list(rows)

    @app.get("/v1/usage", response_model=list[UsageRow], tags=["models"])
    def usage(by: str = "model", who: str = who_dep) -> list[UsageRow]:
        """Model calls, tokens, cost and latency grouped by model, principal or agent."""
        require_admin(charter, who, "read usage")
        return list(charter.gateway.usage(by=by))

    @app.get("/v1/traces", response_model=list[TraceSummary], tags=["traces"])
    def traces(agent: str | None = None, status: str | None = None, limit: int = 20,
               who: str = who_dep) -> list[TraceSummary]:
        """Recent traces, newest first (your own unless you are an admin)."""
        mine = None if charter.catalog.principal(who).is_admin else who
        return charter.tracer.list(limit=max(1, min(limit, 500)), principal=mine, agent=agent, status=status)

    @app.get("/v1/traces/{trace_id}", response_model=Trace, tags=["traces"])
    def trace(trace_id: str, who: str = who_dep) -> Trace:
        """One trace with every span's inputs and outputs."""
        t = charter.tracer.get(trace_id)
        if t.principal != who:
            require_admin(charter, who, f"read trace {trace_id}")
        return t

    @app.get("/v1/datasets", response_model=list[DatasetVersion], tags=["evals"])
    def dataset_versions(name: str | None = None, who: str = who_dep) -> list[DatasetVersion]:
        """Golden-set versions."""
        return datasets.versions(name)

    @app.get("/v1/datasets/{name}/corrections", tags=["evals"])
    def corrections(name: str, who: str = who_dep) -> list[dict[str, Any]]:
        """Corrections of a golden set, with their provenance."""
        return datasets.corrections(name)

    @app.get("/v1/evals/runs", response_model=list[RunInfo], tags=["evals"])
    def eval_runs(agent: str | None = None, limit: int = 20, who: str = who_dep) -> list[RunInfo]:
        """Recent evaluation runs."""
        return runs.list(limit=max(1, min(limit, 500)), agent=agent)

    @app.get("/v1/agents/{name}/versions", response_model=list[AgentVersion], tags=["agents"])
    def agent_versions(name: str, who: str = who_dep) -> list[AgentVersion]:
        """Stored versions of an agent with their aliases."""
        registry.create(name)  # 404 for an unknown agent
        return versions.list(name)

    @app.put("/v1/agents/{name}/aliases/{alias}", response_model=AgentVersion, tags=["agents"])
    def set_alias(name: str, alias: str, body: AliasRequest, who: str = who_dep) -> AgentVersion:
        """Point an alias (champion, challenger) at a version; needs MANAGE on agent:<name>. ``champion``
        also needs the version's passing gate and a reviewer's sign-off (403 naming what is missing)."""
        registry.create(name)
        require_manage(charter, who, f"agent:{name}", f"set alias {alias}")
        if alias == CHAMPION:
            moved = Release(charter, registry).promote(name, body.ref, actor=who)
        else:
            moved = versions.set_alias(name, alias, body.ref, actor=who)
        app.state.runner.forget(name)  # this worker serves the new champion at once
        return moved

    @app.post("/v1/agents/{name}/signoff", response_model=SignoffResponse, tags=["agents"])
    def signoff(name: str, body: SignoffRequest, who: str = who_dep) -> SignoffResponse:
        """Sign a version off as the caller (an admin or a member of 'reviewers'); audited either way."""
        done = Release(charter, registry).signoff(name, body.ref, reviewer=who, note=body.note)
        return SignoffResponse(agent=name, version=done.version, reviewer=done.reviewer, note=done.note)

    @app.put("/v1/agents/{name}/rollout", response_model=RolloutResponse, tags=["agents"])
    def rollout(name: str, body: RolloutRequest, who: str = who_dep) -> RolloutResponse:
        """Give the challenger a share of live traffic or shadow runs; needs MANAGE on agent:<name>."""
        share = parse_share(body.traffic) if body.traffic is not None else None
        r = Release(charter, registry).set_rollout(name, share=share, shadow=body.shadow, actor=who)
        app.state.runner.forget(name)
        return RolloutResponse(agent=name, mode="off" if r is None else r.mode, share=0.0 if r is None else r.share)

    @app.post("/v1/agents/{name}/rollback", response_model=RollbackResponse, tags=["agents"])
    def rollback(name: str, who: str = who_dep) -> RollbackResponse:
        """Stop the challenger's rollout and point champion at the version before its last promotion."""
        moved, stopped = Release(charter, registry).rollback(name, actor=who)
        app.state.runner.forget(name)
        return RollbackResponse(agent=name, champion=None if moved is None else moved.content_hash,
                                stopped=None if stopped is None else stopped.mode)

    @app.get("/v1/agents/{name}/compare", response_model=list[VersionComparison], tags=["agents"])
    def compare(name: str, since: str = "7d", who: str = who_dep) -> list[VersionComparison]:
        """Challenger minus champion on live metrics, each with a 95% bootstrap interval (admins)."""
        require_admin(charter, who, "read monitor metrics")
        return Release(charter, registry).compare(name, since=datetime.now(UTC) - parse_duration(since, "since"))

"""The review queue: which traces a domain expert should look at, and why.

Sources, most useful first, each item once (by trace id):

1. eval failures: items of recent stored evaluation runs that failed a scorer or errored;
2. low judge scores: items an LLM judge (a ``judge:*`` metric) scored below the threshold;
3. alerts: the worst traces of a monitor alert's window when it fired (``charter.monitor``);
4. flagged live traffic: traces an app marked for review (root status ``review``, e.g. a
   questionnaire answer without enough support), with the app's ``review_reason``;
5. golden candidates: live questions far from the agent's golden set (the monitor's drift),
   offered for the golden set;
6. failed live traffic: traces that ended in an error;
7. sampled live traffic: a deterministic sample (by trace id hash) of the rest, so the queue
   is stable between page loads and across workers.

Traces already reviewed (a ``save review`` audit record names them) are left out unless asked.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import select

from charter.tracing import in_sample as sampled

if TYPE_CHECKING:
    from charter.catalog import Catalog
    from charter.runtime import Charter
    from charter.store import Store

SOURCES = ("eval failure", "low judge score", "alert", "flagged", "golden candidate", "failed", "sampled")


class QueueItem(BaseModel):
    trace_id: str
    source: str  # one of SOURCES
    reason: str
    agent: str | None = None
    principal: str | None = None
    status: str = "ok"
    start_time: datetime | None = None
    run_id: str | None = None  # the evaluation run an eval item comes from
    item_id: str | None = None
    dataset: str | None = None


class EvalContext(BaseModel):
    """What an evaluation run knew about a trace: its dataset item, expectations and scores."""

    run_id: str
    dataset: str
    item_id: str
    expectations: Any = None
    scores: dict[str, Any] = {}
    error: dict[str, Any] | None = None


def _judge_low(scores: dict[str, Any], threshold: float) -> list[str]:
    out = []
    for name, s in scores.items():
        if not name.startswith("judge:"):
            continue
        low = s.passed is False or (s.value is not None and s.value < threshold)
        if low and not s.error:
            out.append(f"{name} = {s.value if s.value is not None else s.passed}"
                       + (f" ({s.rationale[:120]})" if s.rationale else ""))
    return out


def _eval_reasons(item: Any) -> list[str]:
    out = list(item.errors)
    out += [f"{name} failed" for name, s in item.scores.items()
            if not name.startswith("judge:") and s.passed is False]
    return out


def reviewed_traces(catalog: Catalog) -> set[str]:
    """Trace ids a reviewer has already saved a verdict for (from the audit log's review records only,
    so a busy log of governed queries never pushes a review out of sight)."""
    return {e.securable.removeprefix("trace:") for e in catalog.audit_log(action="save review")
            if e.allowed and (e.securable or "").startswith("trace:")}


def review_queue(charter: Charter, *, limit: int = 50, sample_rate: float = 0.25, judge_threshold: float = 0.5,
                 runs: int = 10, include_reviewed: bool = False, agent: str | None = None) -> list[QueueItem]:
    """The queue, most useful first (see the module doc)."""
    from charter.evals.runs import Runs

    seen = set() if include_reviewed else reviewed_traces(charter.catalog)
    out: list[QueueItem] = []

    def add(item: QueueItem) -> None:
        if item.trace_id not in seen and len(out) < limit:
            seen.add(item.trace_id)
            out.append(item)

    store = Runs(charter.store)
    judged: list[QueueItem] = []
    for info in store.list(limit=runs, agent=agent):
        for it in store.get(info.run_id).items:
            if not it.trace_id:
                continue
            common = {"trace_id": it.trace_id, "agent": info.agent, "run_id": info.run_id, "item_id": it.item_id,
                      "dataset": info.dataset, "status": "error" if it.error else "ok"}
            reasons, low = _eval_reasons(it), _judge_low(it.scores, judge_threshold)
            if reasons:
                add(QueueItem(source="eval failure", reason="; ".join(reasons + low)[:300], **common))
            elif low:
                judged.append(QueueItem(source="low judge score", reason="; ".join(low)[:300], **common))
    for item in judged:
        add(item)
    window = max(limit * 4, 100)
    offers = charter.monitor.review_offers(agent=agent, limit=window)
    for o in offers:
        if o.source == "alert":
            add(QueueItem(trace_id=o.trace_id, source="alert", reason=o.reason[:300], agent=o.agent,
                          start_time=o.created_at, dataset=o.dataset))
    for t in charter.tracer.list(limit=window, status="review", agent=agent):
        if t.trace_id in seen or len(out) >= limit:
            continue
        why = charter.tracer.get(t.trace_id).root.attributes.get("review_reason") or "the agent asked for review"
        add(QueueItem(trace_id=t.trace_id, source="flagged", reason=str(why)[:300], agent=t.agent,
                      principal=t.principal, status=t.status, start_time=t.start_time))
    for o in offers:
        if o.source == "drift":
            add(QueueItem(trace_id=o.trace_id, source="golden candidate", reason=o.reason[:300], agent=o.agent,
                          start_time=o.created_at, dataset=o.dataset))
    for t in charter.tracer.list(limit=window, status="error", agent=agent):
        add(QueueItem(trace_id=t.trace_id, source="failed", reason="the run ended in an error", agent=t.agent,
                      principal=t.principal, status=t.status, start_time=t.start_time))
    for t in charter.tracer.list(limit=window, agent=agent):
        if t.status != "error" and sampled(t.trace_id, sample_rate):
            add(QueueItem(trace_id=t.trace_id, source="sampled", reason=f"sampled live traffic ({sample_rate:.0%})",
                          agent=t.agent, principal=t.principal, status=t.status, start_time=t.start_time))
    return out


def eval_context(store: Store, trace_id: str) -> EvalContext | None:
    """The evaluation item a trace was produced for, with its expectations and scores, if any."""
    from charter.errors import NotFound
    from charter.evals.datasets import Datasets
    from charter.evals.runs import ItemResult
    from charter.evals.tables import RunItemRow, RunRow

    with store.session() as s:
        row = s.scalars(select(RunItemRow).where(RunItemRow.trace_id == trace_id).order_by(RunItemRow.id.desc())
                        ).first()
        if row is None:
            return None
        run = s.get(RunRow, row.run_id)
        body, dataset, version = row.body, run.dataset, run.dataset_version
    item = ItemResult.model_validate_json(body)
    expectations = None
    try:
        golden = Datasets(store).get(dataset, version=version)
        expectations = next((i.expectations for i in golden.items if i.id == item.item_id), None)
    except NotFound:
        pass
    return EvalContext(run_id=row.run_id, dataset=dataset, item_id=item.item_id, expectations=expectations,
                       scores={k: v.model_dump() for k, v in item.scores.items()}, error=item.error)

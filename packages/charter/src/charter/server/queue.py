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

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import func, or_, select

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
                 runs: int = 10, include_reviewed: bool = False, agent: str | None = None,
                 reviewed: set[str] | None = None) -> list[QueueItem]:
    """The queue, most useful first (see the module doc); ``reviewed``: the reviewed traces, when known."""
    from charter.evals.runs import Runs

    seen = set() if include_reviewed else set(reviewed if reviewed is not None else reviewed_traces(charter.catalog))
    out: list[QueueItem] = []

    def add(item: QueueItem) -> None:
        if item.trace_id not in seen and len(out) < limit:
            seen.add(item.trace_id)
            out.append(item)

    store = Runs(charter.store)
    judged: list[QueueItem] = []
    infos = {info.run_id: info for info in store.list(limit=runs, agent=agent)}
    for run_id, it in _traced_items(charter.store, list(infos)):
        info = infos[run_id]
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
    charter.tracer.flush()  # traces still in the tracer's batch are stored before the queue reads them
    if len(out) < limit:
        flagged = [t for t in _recent(charter.store, limit - len(out) + len(seen), "review", agent)
                   if t.trace_id not in seen][:limit - len(out)]
        attributes = root_attributes(charter.store, [t.trace_id for t in flagged])
        for t in flagged:
            why = attributes.get(t.trace_id, {}).get("review_reason") or "the agent asked for review"
            add(QueueItem(trace_id=t.trace_id, source="flagged", reason=str(why)[:300], agent=t.agent,
                          principal=t.principal, status=t.status, start_time=t.start_time))
    for o in offers:
        if o.source == "drift":
            add(QueueItem(trace_id=o.trace_id, source="golden candidate", reason=o.reason[:300], agent=o.agent,
                          start_time=o.created_at, dataset=o.dataset))
    if len(out) < limit:
        for t in _recent(charter.store, limit - len(out) + len(seen), "error", agent):
            add(QueueItem(trace_id=t.trace_id, source="failed", reason="the run ended in an error", agent=t.agent,
                          principal=t.principal, status=t.status, start_time=t.start_time))
    if len(out) < limit and sample_rate > 0:
        for t in _recent(charter.store, window, None, agent):
            if t.status != "error" and sampled(t.trace_id, sample_rate):
                add(QueueItem(trace_id=t.trace_id, source="sampled", agent=t.agent, principal=t.principal,
                              reason=f"sampled live traffic ({sample_rate:.0%})", status=t.status,
                              start_time=t.start_time))
    return out


def _recent(store: Store, limit: int, status: str | None, agent: str | None) -> list[Any]:
    """The newest traces' summary columns (not their inputs and outputs), by status and agent."""
    from charter.tracing.tables import TraceRow

    q = select(TraceRow.trace_id, TraceRow.agent, TraceRow.principal, TraceRow.status, TraceRow.start_time)
    if status is not None:
        q = q.where(TraceRow.status == status)
    if agent:
        q = q.where(TraceRow.agent == agent)
    with store.session() as s:
        return list(s.execute(q.order_by(TraceRow.start_time.desc()).limit(max(limit, 0))).all())


def _traced_items(store: Store, run_ids: list[str]) -> list[tuple[str, Any]]:
    """(run id, item) of the traced items of these runs that may belong in the queue (an error, a
    failed scorer or a judge's score), newest run first, in one query."""
    from charter.evals.runs import ItemResult
    from charter.evals.tables import RunItemRow

    if not run_ids:
        return []
    order = {r: n for n, r in enumerate(run_ids)}
    # Bodies are pydantic's compact JSON (ItemResult.model_dump_json), so an item with no error, no
    # failed scorer and no judge score cannot qualify and is not read; _eval_reasons and _judge_low
    # decide exactly on the rest.
    maybe = or_(RunItemRow.error.is_not(None), RunItemRow.body.contains('"passed":false'),
                RunItemRow.body.contains('"error":{'), RunItemRow.body.contains('"judge:'))
    with store.session() as s:
        rows = s.execute(select(RunItemRow.run_id, RunItemRow.body).where(
            RunItemRow.run_id.in_(run_ids), RunItemRow.trace_id.is_not(None), maybe).order_by(RunItemRow.id)).all()
    items = [(run_id, ItemResult.model_validate_json(body)) for run_id, body in rows]
    return sorted(items, key=lambda p: (order[p[0]], p[1].position))


def root_attributes(store: Store, trace_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The root span's attributes of each trace (one query; a trace without spans is left out)."""
    import json

    from charter.tracing.tables import SpanRow

    if not trace_ids:
        return {}
    with store.session() as s:
        rows = s.execute(select(SpanRow.trace_id, SpanRow.attributes).where(
            SpanRow.trace_id.in_(trace_ids), SpanRow.parent_id.is_(None))).all()
    return {trace_id: json.loads(attrs) if attrs else {} for trace_id, attrs in rows}


class QueueRow(BaseModel):
    """One row of the queue page: the queue item with what a person reads first."""

    item: QueueItem
    question: str = ""
    answer: str = ""
    version: str | None = None
    principal: str | None = None
    when: datetime | None = None
    reviewed: bool = False


class QueuePage(BaseModel):
    """One page of the filtered queue, with the counts per source over every page."""

    rows: list[QueueRow]
    total: int
    page: int
    per_page: int
    counts: dict[str, int]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


QUEUE_DEPTH = 500  # the most queue items one page load considers (the queue is most useful first)


def _question(inputs: Any) -> str:
    from charter.agents.views import default_rendering

    return default_rendering(inputs).summary if inputs not in (None, {}, "") else ""


def queue_page(charter: Charter, *, sample_rate: float = 0.25, agent: str | None = None, source: str | None = None,
               since: str | None = None, reviewed: str = "no", search: str = "", page: int = 1, per_page: int = 25,
               summarize: Any = None) -> QueuePage:
    """The queue filtered (agent, source, since, reviewed or not, words of the question) and paged.

    The candidates come from ``review_queue``; the filters on the traces (since, search) run in SQL
    over the traces table, and only the page's traces are read in full. ``summarize(agent, outputs)``
    writes an answer's one line (the agent's view)."""
    import json

    from charter.tracing.tables import TraceRow

    done = reviewed_traces(charter.catalog)
    items = review_queue(charter, limit=QUEUE_DEPTH, sample_rate=sample_rate, agent=agent,
                         include_reviewed=reviewed != "no", reviewed=done)
    if reviewed == "yes":
        items = [i for i in items if i.trace_id in done]
    if since or search:
        ids = [i.trace_id for i in items]
        q = select(TraceRow.trace_id).where(TraceRow.trace_id.in_(ids))
        if since:
            from charter.monitor.config import parse_duration

            q = q.where(TraceRow.start_time >= datetime.now(UTC) - parse_duration(since, "since"))
        for word in search.split():
            escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            q = q.where(func.lower(TraceRow.inputs).like(f"%{escaped}%", escape="\\"))
        with charter.store.session() as s:
            keep = set(s.scalars(q).all())
        items = [i for i in items if i.trace_id in keep]
    counts = {src: 0 for src in SOURCES}
    for i in items:
        counts[i.source] += 1
    if source:
        items = [i for i in items if i.source == source]
    shown = items[(page - 1) * per_page: page * per_page]
    ids = [i.trace_id for i in shown]
    with charter.store.session() as s:
        traces = {r.trace_id: r for r in s.scalars(select(TraceRow).where(TraceRow.trace_id.in_(ids)))} if ids else {}
    roots = root_attributes(charter.store, ids)
    rows = []
    for i in shown:
        t = traces.get(i.trace_id)
        attrs = roots.get(i.trace_id, {})
        inputs = json.loads(t.inputs) if t is not None and t.inputs else None
        outputs = json.loads(t.outputs) if t is not None and t.outputs else None
        answer = ""
        if t is not None and t.error and not outputs:
            answer = "no answer (the run failed)"
        elif outputs is not None:
            answer = summarize(i.agent, outputs) if summarize is not None else str(outputs)
        rows.append(QueueRow(item=i, question=_question(inputs), answer=answer, version=attrs.get("version"),
                             principal=i.principal or (t.principal if t is not None else None),
                             when=i.start_time or (t.start_time if t is not None else None),
                             reviewed=i.trace_id in done))
    return QueuePage(rows=rows, total=len(items), page=page, per_page=per_page, counts=counts)


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

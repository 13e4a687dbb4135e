"""The tracer: opens root spans, stores finished traces, reads them back, exports over OTLP."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import delete, insert, select

from charter.errors import NotFound
from charter.settings import Settings
from charter.store import BatchWriter, Store
from charter.tracing.model import SpanRecord, Trace, TraceSummary
from charter.tracing.spans import NOOP, ActiveTrace, NoopSpan, Span, _current, log

if TYPE_CHECKING:
    from charter.tracing.otlp import OtlpExporter


def to_jsonable(value: Any, _depth: int = 0) -> Any:
    """A JSON-safe copy of a value (pydantic models dumped, unknown objects as their repr)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if _depth > 20:
        return repr(value)
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v, _depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v, _depth + 1) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return to_jsonable(value.tolist(), _depth + 1)
    if isinstance(value, BaseException):
        return {"type": type(value).__name__, "message": str(value)}
    return repr(value)


def _dumps(value: Any) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False, default=repr)


def _ts(ns: int) -> datetime:
    return datetime.fromtimestamp(ns / 1e9, tz=UTC)


class Tracer:
    """Records traces into the metadata store (and an OTLP endpoint when one is configured)."""

    def __init__(self, settings: Settings, store: Store, *, otlp_headers: dict[str, str] | None = None,
                 background: bool = True) -> None:
        self.settings = settings
        self.store = store
        self.enabled = settings.tracing.enabled
        self.background = background
        self._otlp_headers = otlp_headers
        self._exporter: OtlpExporter | None = None
        self._exporter_failed = False
        self._writer: BatchWriter[ActiveTrace] = BatchWriter(
            "trace", self._persist, batch_size=64, background=background, on_error=_report_lost)
        self._exporter_lock = threading.Lock()
        self._listeners: tuple[Callable[[Sequence[ActiveTrace]], None], ...] = ()  # replaced whole, never mutated
        self._listen_lock = threading.Lock()

    # -- recording -------------------------------------------------------------------------

    def trace(
        self,
        name: str,
        *,
        principal: str | None = None,
        agent: str | None = None,
        inputs: Any = None,
        kind: str = "agent",
        **attributes: Any,
    ) -> Span | NoopSpan:
        """A root span, stored with its children when it closes.

        Inside an active trace this opens a child span instead, so an agent called as a tool of
        another agent shows up inside the caller's trace.
        """
        if not self.enabled:
            return NOOP
        try:
            parent = _current.get()
            if parent is not None:
                if principal is not None:
                    attributes["principal"] = principal
                if agent is not None:
                    attributes["agent"] = agent
                attributes["inputs"] = inputs
                return Span(parent.trace, parent, name, kind, attributes)
            active = ActiveTrace(principal, agent, self._record)
            attributes["inputs"] = inputs
            return Span(active, None, name, kind, attributes)
        except Exception as err:  # tracing never breaks the caller
            log.warning("could not start trace %r: %s", name, err)
            return NOOP

    def _record(self, active: ActiveTrace) -> None:
        # Storing costs a store transaction (milliseconds); the caller's path only enqueues, and the
        # writer stores traces in batches. Reads through this tracer flush first.
        self._writer.put(active)

    def subscribe(self, listener: Callable[[Sequence[ActiveTrace]], None]) -> None:
        """Call ``listener`` with each batch of finished traces once it is stored (on the writer's
        thread, never the caller's: it must only hand the batch on, e.g. to a bounded queue)."""
        with self._listen_lock:
            self._listeners = (*self._listeners, listener)

    def unsubscribe(self, listener: Callable[[Sequence[ActiveTrace]], None]) -> None:
        """Stop calling ``listener``."""
        with self._listen_lock:
            self._listeners = tuple(x for x in self._listeners if x is not listener)

    def _persist(self, batch: Sequence[ActiveTrace]) -> None:
        # Run by the writer; a failure to store is raised to it (which reports it) after the
        # batch has still gone to the OTLP endpoint.
        stored: Exception | None = None
        try:
            self.save(*batch)
        except Exception as err:
            stored = err
        else:
            for listener in self._listeners:
                try:
                    listener(batch)
                except Exception as err:  # a listener's failure is its own, never the trace's
                    log.warning("trace listener %r failed: %s", listener, err)
        if self.settings.tracing.otlp_endpoint and not self._exporter_failed:
            # Sent here, on the writer, after the batch is stored: flush() waits for both.
            try:
                self._otlp().export(batch)
            except Exception as err:  # tracing never breaks the caller
                log.warning("OTLP export of trace(s) %s failed: %s", ", ".join(a.trace_id for a in batch), err)
        if stored is not None:
            raise stored

    def save(self, *traces: ActiveTrace) -> None:
        """Write finished traces and their spans in one transaction (two bulk inserts)."""
        from charter.tracing.tables import SpanRow, TraceRow

        trace_rows, span_rows = [], []
        for active in traces:
            t, spans = _rows(active)
            trace_rows.append(t)
            span_rows += spans
        with self.store.session() as session:
            session.execute(insert(TraceRow), trace_rows)  # traces first: spans reference them
            session.execute(insert(SpanRow), span_rows)

    def _otlp(self) -> OtlpExporter:
        # Built once, under the lock: with background=False every recording thread exports itself.
        if self._exporter is None:
            with self._exporter_lock:
                if self._exporter is None:
                    from charter.tracing.otlp import OtlpExporter

                    try:
                        self._exporter = OtlpExporter(self.settings.tracing.otlp_endpoint or "",
                                                      headers=self._otlp_headers)
                    except Exception:
                        self._exporter_failed = True
                        raise
        return self._exporter

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until finished traces are stored and sent to the OTLP endpoint; True when all went out."""
        return self._writer.flush(timeout_s)

    def shutdown(self) -> None:
        """Flush and stop the background exporter."""
        self.flush()
        if self._exporter is not None:
            self._exporter.shutdown()
            self._exporter = None

    # -- reading ---------------------------------------------------------------------------

    def get(self, trace_id: str) -> Trace:
        """A stored trace with its spans; a unique prefix of the id is enough."""
        from charter.tracing.tables import SpanRow, TraceRow

        self.flush()
        with self.store.session() as session:
            row = session.get(TraceRow, trace_id)
            if row is None and 4 <= len(trace_id) < 32:
                found = session.scalars(
                    select(TraceRow).where(TraceRow.trace_id.startswith(trace_id)).limit(2)
                ).all()
                row = found[0] if len(found) == 1 else None
            if row is None:
                raise NotFound(f"no trace '{trace_id}'; `charter trace list` shows recent ones")
            spans = session.scalars(
                select(SpanRow).where(SpanRow.trace_id == row.trace_id).order_by(SpanRow.seq)
            ).all()
            return Trace(
                **_summary(row).model_dump(),
                inputs=json.loads(row.inputs),
                outputs=json.loads(row.outputs),
                error=json.loads(row.error) if row.error else None,
                spans=[
                    SpanRecord(
                        trace_id=s.trace_id, span_id=s.span_id, parent_id=s.parent_id, seq=s.seq,
                        name=s.name, path=s.path, kind=s.kind, status=s.status,
                        start_ns=s.start_ns, end_ns=s.end_ns, duration_ms=s.duration_ms,
                        inputs=json.loads(s.inputs), outputs=json.loads(s.outputs),
                        attributes=json.loads(s.attributes),
                        error=json.loads(s.error) if s.error else None,
                    )
                    for s in spans
                ],
            )

    def list(
        self, *, limit: int = 20, principal: str | None = None, agent: str | None = None, status: str | None = None
    ) -> list[TraceSummary]:
        """Recent traces, newest first."""
        from charter.tracing.tables import TraceRow

        self.flush()
        q = select(TraceRow).order_by(TraceRow.start_time.desc()).limit(limit)
        if principal:
            q = q.where(TraceRow.principal == principal)
        if agent:
            q = q.where(TraceRow.agent == agent)
        if status:
            q = q.where(TraceRow.status == status)
        with self.store.session() as session:
            return [_summary(r) for r in session.scalars(q).all()]

    def delete(self, trace_id: str) -> None:
        """Remove one trace and its spans."""
        from charter.tracing.tables import SpanRow, TraceRow

        with self.store.session() as session:
            session.execute(delete(SpanRow).where(SpanRow.trace_id == trace_id))
            session.execute(delete(TraceRow).where(TraceRow.trace_id == trace_id))


def _rows(active: ActiveTrace) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    spans = active.spans
    root = spans[0]
    unfinished = '{"type": "Unfinished", "message": "span did not close before its trace"}'
    rows = []
    for s in spans:
        end = s.end_ns or root.end_ns
        rows.append({
            "trace_id": active.trace_id, "span_id": s.span_id,
            "parent_id": s.parent.span_id if s.parent is not None else None,
            "seq": s.seq, "name": s.name[:300], "path": s.path, "kind": s.kind,
            "status": s.status if s.end_ns else "error", "start_ns": s.start_ns, "end_ns": end,
            "duration_ms": (end - s.start_ns) / 1e6, "inputs": _dumps(s.inputs), "outputs": _dumps(s.outputs),
            "attributes": _dumps(s.attributes),
            "error": _dumps(s.error) if s.error else (None if s.end_ns else unfinished),
        })
    trace = {
        "trace_id": active.trace_id, "name": root.name[:300], "principal": active.principal,
        "agent": active.agent, "status": root.status, "start_time": _ts(root.start_ns),
        "end_time": _ts(root.end_ns), "duration_ms": (root.end_ns - root.start_ns) / 1e6,
        "span_count": len(spans), "inputs": _dumps(root.inputs), "outputs": _dumps(root.outputs),
        "error": _dumps(root.error) if root.error else None,
    }
    return trace, rows


def to_trace(active: ActiveTrace) -> Trace:
    """A finished trace as the typed ``Trace`` a read from the store would give (values JSON-safe)."""
    t, spans = _rows(active)
    return Trace(
        trace_id=t["trace_id"], name=t["name"], principal=t["principal"], agent=t["agent"], status=t["status"],
        start_time=t["start_time"], duration_ms=t["duration_ms"], span_count=t["span_count"],
        inputs=json.loads(t["inputs"]), outputs=json.loads(t["outputs"]),
        error=json.loads(t["error"]) if t["error"] else None,
        spans=[SpanRecord(**{**s, "inputs": json.loads(s["inputs"]), "outputs": json.loads(s["outputs"]),
                             "attributes": json.loads(s["attributes"]),
                             "error": json.loads(s["error"]) if s["error"] else None}) for s in spans],
    )


def _report_lost(batch: Sequence[ActiveTrace], err: Exception) -> None:
    log.warning("could not record trace %s: %s", ", ".join(a.trace_id for a in batch), err)


def _summary(row: Any) -> TraceSummary:
    start = row.start_time if row.start_time.tzinfo else row.start_time.replace(tzinfo=UTC)
    return TraceSummary(
        trace_id=row.trace_id, name=row.name, principal=row.principal, agent=row.agent,
        status=row.status, start_time=start, duration_ms=row.duration_ms, span_count=row.span_count,
    )


__all__ = ["Tracer", "to_jsonable", "to_trace"]

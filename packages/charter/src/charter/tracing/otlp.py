"""OTLP export with the OpenTelemetry SDK: finished traces are replayed as SDK spans that keep
Charter's own trace and span ids and sent over OTLP/HTTP, one request per batch of traces.

The export runs on the tracer's own background writer, right after the batch is stored: one queue,
one thread and one flush for both (``Tracer.flush`` returns when the batch is stored *and* sent).
No second queue (the SDK's BatchSpanProcessor) sits behind it, and nothing here starts a thread
pool, so the last traces of a short-lived CLI process still go out from its exit handler, after
the interpreter has stopped accepting new thread-pool work.
"""

from __future__ import annotations

import json
from typing import Any

from charter import __version__
from charter.tracing.spans import ActiveTrace, Span


def traces_url(endpoint: str) -> str:
    """The OTLP/HTTP traces URL for an endpoint given as a base URL or as the full path."""
    endpoint = endpoint.rstrip("/")
    return endpoint if endpoint.endswith("/v1/traces") else endpoint + "/v1/traces"


def _attr(value: Any) -> Any:
    if isinstance(value, str | bool | int | float):
        return value
    from charter.tracing.tracer import to_jsonable

    return json.dumps(to_jsonable(value), ensure_ascii=False, default=repr)


class OtlpExporter:
    """Sends finished traces to one OTLP/HTTP endpoint (called from the tracer's writer thread)."""

    def __init__(self, endpoint: str, *, headers: dict[str, str] | None = None, timeout_s: float = 10.0) -> None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import OTELResourceDetector, Resource
        from opentelemetry.sdk.util.instrumentation import InstrumentationScope

        self.url = traces_url(endpoint)
        self._exporter = OTLPSpanExporter(endpoint=self.url, headers=headers, timeout=timeout_s)
        # Not Resource.create(): it runs resource detectors on a thread pool, which cannot start
        # once the interpreter is shutting down. OTEL_RESOURCE_ATTRIBUTES / OTEL_SERVICE_NAME still apply.
        self._resource = Resource({"service.name": "charter", "service.version": __version__}).merge(
            OTELResourceDetector().detect())
        self._scope = InstrumentationScope("charter.tracing", __version__)

    def export(self, traces: list[ActiveTrace]) -> int:
        """Send every span of the finished traces in one request; returns the spans sent.

        Raises ``ExportFailed`` when the endpoint refused them or could not be reached (after the
        SDK's own retries of transient failures).
        """
        from opentelemetry.sdk.trace.export import SpanExportResult

        spans = [self._readable(active, s) for active in traces for s in active.spans]
        if not spans:
            return 0
        if self._exporter.export(spans) is not SpanExportResult.SUCCESS:
            raise ExportFailed(f"the OTLP endpoint {self.url} did not accept {len(spans)} span(s)")
        return len(spans)

    def _readable(self, active: ActiveTrace, s: Span) -> Any:
        from opentelemetry.sdk.trace import ReadableSpan
        from opentelemetry.trace import SpanContext, Status, StatusCode, TraceFlags

        trace_id = int(active.trace_id, 16)
        ctx = SpanContext(trace_id, int(s.span_id, 16), is_remote=False, trace_flags=TraceFlags(TraceFlags.SAMPLED))
        parent = (
            SpanContext(trace_id, int(s.parent.span_id, 16), is_remote=False, trace_flags=TraceFlags(TraceFlags.SAMPLED))
            if s.parent is not None
            else None
        )
        attributes: dict[str, Any] = {"charter.span.kind": s.kind}
        if s.parent is None:
            if active.principal:
                attributes["charter.principal"] = active.principal
            if active.agent:
                attributes["charter.agent"] = active.agent
        if s.inputs is not None:
            attributes["input.value"] = _attr(s.inputs)
        if s.outputs is not None:
            attributes["output.value"] = _attr(s.outputs)
        for k, v in s.attributes.items():
            if v is not None:
                attributes[f"charter.{k}"] = _attr(v)
        if s.error:
            status = Status(StatusCode.ERROR, s.error.get("message", ""))
            attributes["charter.error"] = _attr(s.error)
        else:
            status = Status(StatusCode.OK)
        return ReadableSpan(
            name=s.name,
            context=ctx,
            parent=parent,
            resource=self._resource,
            attributes=attributes,
            status=status,
            start_time=s.start_ns,
            end_time=s.end_ns or s.start_ns,
            instrumentation_scope=self._scope,
        )

    def shutdown(self) -> None:
        self._exporter.shutdown()


class ExportFailed(Exception):
    """The OTLP endpoint did not take a batch (logged by the tracer; tracing never breaks the caller)."""

"""OTLP export with the OpenTelemetry SDK: a finished trace is replayed as SDK spans that keep
Charter's own trace and span ids, and a background BatchSpanProcessor sends them over OTLP/HTTP.
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
    """Sends traces to one OTLP/HTTP endpoint from a background thread."""

    def __init__(self, endpoint: str, *, headers: dict[str, str] | None = None) -> None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
        from opentelemetry.sdk.util.instrumentation import InstrumentationScope

        self.url = traces_url(endpoint)
        self._processor = BatchSpanProcessor(OTLPSpanExporter(endpoint=self.url, headers=headers))
        self._resource = Resource.create({"service.name": "charter"})
        self._scope = InstrumentationScope("charter.tracing", __version__)

    def export(self, active: ActiveTrace) -> None:
        """Queue every span of a finished trace for export (returns at once)."""
        for s in active.spans:
            self._processor.on_end(self._readable(active, s))

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

    def flush(self, timeout_s: float = 10.0) -> bool:
        return bool(self._processor.force_flush(int(timeout_s * 1000)))

    def shutdown(self) -> None:
        self._processor.shutdown()

"""Tracing: every run is a trace of spans, stored in the metadata store and exportable over OTLP.

``span()`` is module level and contextvar based, so any layer can open a span without being
handed a tracer; outside an active trace it is a shared no-op. Tracing never breaks the caller.
"""

from charter.tracing.model import SpanRecord, Trace, TraceSummary, find_span, in_sample
from charter.tracing.spans import KINDS, NOOP, NoopSpan, Span, current_span, current_trace_id, span
from charter.tracing.tracer import Tracer, to_jsonable, to_trace

__all__ = [
    "KINDS",
    "NOOP",
    "NoopSpan",
    "Span",
    "SpanRecord",
    "Trace",
    "TraceSummary",
    "Tracer",
    "current_span",
    "current_trace_id",
    "find_span",
    "in_sample",
    "span",
    "to_jsonable",
    "to_trace",
]

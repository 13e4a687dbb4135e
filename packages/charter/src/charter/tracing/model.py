"""Recorded traces as typed values: what ``Tracer.get`` returns and evals score."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from charter.errors import NotFound, did_you_mean


class SpanRecord(BaseModel):
    """One stored span. ``path`` is the names from the root down, joined by '/'."""

    trace_id: str
    span_id: str
    parent_id: str | None
    seq: int
    name: str
    path: str
    kind: str
    status: str
    start_ns: int
    end_ns: int
    duration_ms: float
    inputs: Any = None
    outputs: Any = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    error: dict[str, Any] | None = None


class TraceSummary(BaseModel):
    """One line of ``charter trace list``."""

    trace_id: str
    name: str
    principal: str | None
    agent: str | None
    status: str
    start_time: datetime
    duration_ms: float
    span_count: int

    @property
    def failed(self) -> bool:
        """The run ended without an answer: an error, or cancelled (its request was answered 504)."""
        return self.status in ("error", "cancelled")


class Trace(TraceSummary):
    """A stored trace with all its spans (in start order; the root first)."""

    inputs: Any = None
    outputs: Any = None
    error: dict[str, Any] | None = None
    spans: list[SpanRecord] = Field(default_factory=list)

    @property
    def root(self) -> SpanRecord:
        return self.spans[0]

    def children(self, span: SpanRecord) -> list[SpanRecord]:
        """Direct children of a span, in start order."""
        return [s for s in self.spans if s.parent_id == span.span_id]

    def find_all(self, name_or_path: str) -> list[SpanRecord]:
        """Every span whose name, or full path, equals the given string."""
        return [s for s in self.spans if name_or_path in (s.name, s.path)]

    def span(self, name_or_path: str) -> SpanRecord:
        """The first span with this name or path (a step of the trace, to score on its own)."""
        found = self.find_all(name_or_path)
        if not found:
            names = sorted({s.name for s in self.spans})
            raise NotFound(
                f"trace {self.trace_id} has no span '{name_or_path}'{did_you_mean(name_or_path, names)}"
            )
        return found[0]

    def totals(self) -> dict[str, float]:
        """Sums of the numeric usage attributes (tokens, cost) over every span."""
        keys = ("input_tokens", "output_tokens", "tokens", "cost_usd")
        out: dict[str, float] = {}
        for s in self.spans:
            for k in keys:
                v = s.attributes.get(k)
                if isinstance(v, int | float):
                    out[k] = out.get(k, 0) + v
        return out


def find_span(trace: Trace, name_or_path: str) -> SpanRecord:
    """The span of a step in a trace, by name or path."""
    return trace.span(name_or_path)


def in_sample(trace_id: str, rate: float) -> bool:
    """Whether a trace falls in the deterministic sample of ``rate`` (0..1): the same answer in every
    process and on every page load, from the trace id alone."""
    return int(hashlib.sha256(trace_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < rate

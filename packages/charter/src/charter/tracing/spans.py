"""Live spans: the contextvar-based ``span()`` that is near free outside a trace.

Hot path: ``span()`` reads one contextvar; with no active trace it returns a shared no-op
object. Inside a trace it creates one slotted object and records two clock reads. Values are
kept as given and turned into JSON only when the trace is stored, off the caller's path.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections.abc import Callable
from contextvars import ContextVar, Token
from typing import Any

log = logging.getLogger("charter.tracing")

KINDS = frozenset({"agent", "step", "llm", "tool", "retrieval", "governance", "sql", "router", "chain"})

_current: ContextVar[Span | None] = ContextVar("charter_current_span", default=None)


def _new_id(nbytes: int) -> str:
    return os.urandom(nbytes).hex()


class ActiveTrace:
    """The spans of one trace being recorded; stored by its tracer when the root closes."""

    __slots__ = ("trace_id", "principal", "agent", "spans", "_seq", "on_close")

    def __init__(self, principal: str | None, agent: str | None, on_close: Callable[[ActiveTrace], None]) -> None:
        self.trace_id = _new_id(16)
        self.principal = principal
        self.agent = agent
        self.spans: list[Span] = []
        self._seq = itertools.count()
        self.on_close = on_close


class Span:
    """One timed unit of work inside a trace. Use as a context manager."""

    __slots__ = (
        "trace", "span_id", "parent", "name", "kind", "seq", "start_ns", "end_ns",
        "status", "error", "inputs", "outputs", "attributes", "_token",
    )

    def __init__(self, trace: ActiveTrace, parent: Span | None, name: str, kind: str, attributes: dict[str, Any]) -> None:
        self.trace = trace
        self.span_id = _new_id(8)
        self.parent = parent
        self.name = name
        self.kind = kind
        self.seq = next(trace._seq)
        self.start_ns = 0
        self.end_ns = 0
        self.status = "ok"
        self.error: dict[str, Any] | None = None
        self.inputs: Any = attributes.pop("inputs", None)
        self.outputs: Any = None
        self.attributes = attributes
        self._token: Token[Span | None] | None = None
        trace.spans.append(self)

    @property
    def trace_id(self) -> str:
        return self.trace.trace_id

    @property
    def path(self) -> str:
        """Names from the root down to this span, joined by '/'."""
        names = []
        node: Span | None = self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return "/".join(reversed(names))

    def set_inputs(self, inputs: Any) -> None:
        self.inputs = inputs

    def set_outputs(self, outputs: Any) -> None:
        self.outputs = outputs

    def set_attribute(self, key: str, value: Any) -> None:
        self.attributes[key] = value

    def set_attributes(self, values: dict[str, Any]) -> None:
        self.attributes.update(values)

    def set_error(self, error: BaseException | str) -> None:
        """Mark the span failed (an exception leaving the span does this by itself); a cancelled run's
        spans (``charter.errors.Cancelled``, code ``cancelled``) end with status ``cancelled``."""
        self.status = "error"
        if isinstance(error, BaseException):
            code = getattr(error, "code", None)
            if code == "cancelled":
                self.status = "cancelled"
            self.error = {"type": type(error).__name__, "message": str(error)}
            if code:
                self.error["code"] = code
        else:
            self.error = {"type": "Error", "message": str(error)}

    def __enter__(self) -> Span:
        self.start_ns = time.time_ns()
        self._token = _current.set(self)
        return self

    def __exit__(self, exc_type: Any, exc: BaseException | None, _tb: Any) -> bool:
        self.end_ns = time.time_ns()
        if exc is not None and self.error is None:
            self.set_error(exc)
        try:
            if self._token is not None:
                _current.reset(self._token)
        except ValueError:  # exited in another context (a generator moved threads): just clear
            _current.set(self.parent)
        if self.parent is None:
            try:
                self.trace.on_close(self.trace)
            except Exception as err:  # tracing never breaks the caller
                log.warning("could not record trace %s: %s", self.trace.trace_id, err)
        return False


class NoopSpan:
    """Stands in for a span outside a trace, or when tracing failed: every method does nothing."""

    __slots__ = ()
    trace_id = None
    span_id = None
    name = ""
    kind = "step"
    path = ""

    def set_inputs(self, inputs: Any) -> None:
        pass

    def set_outputs(self, outputs: Any) -> None:
        pass

    def set_attribute(self, key: str, value: Any) -> None:
        pass

    def set_attributes(self, values: dict[str, Any]) -> None:
        pass

    def set_error(self, error: BaseException | str) -> None:
        pass

    def __enter__(self) -> NoopSpan:
        return self

    def __exit__(self, *_exc: Any) -> bool:
        return False


NOOP = NoopSpan()


def span(name: str, kind: str = "step", **attributes: Any) -> Span | NoopSpan:
    """A child span of the active one; a shared no-op when no trace is active.

    ``inputs=`` among the keywords becomes the span's inputs; the rest are attributes.
    """
    parent = _current.get()
    if parent is None:
        return NOOP
    try:
        return Span(parent.trace, parent, name, kind, attributes)
    except Exception as err:  # tracing never breaks the caller
        log.warning("could not open span %r: %s", name, err)
        return NOOP


def current_span() -> Span | None:
    """The innermost open span of this context, or None."""
    return _current.get()


def current_trace_id() -> str | None:
    """Id of the trace being recorded in this context, or None."""
    s = _current.get()
    return s.trace.trace_id if s is not None else None

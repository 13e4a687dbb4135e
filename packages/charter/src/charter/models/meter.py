"""The tokens a unit of work spent on models, counted as the calls happen (``metered()``).

Usage records (``charter.models.usage``) are written in the background, in batches, so a caller
cannot read back "what did this run cost" the moment it ends. A meter is the in-process
counterpart: the gateway adds every model response it actually got from a provider (a cache hit
spent nothing) to the meters open in the calling context, so ``Agent.run`` can say what its run
spent — the same figures as that run's usage records, summed. Meters nest (an agent called as a
tool counts towards its caller too) and follow the context into worker threads that copy it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_current: ContextVar[TokenMeter | None] = ContextVar("charter_token_meter", default=None)


class TokenMeter:
    """Input and output tokens of the model calls made while it was open (thread-safe)."""

    __slots__ = ("_lock", "_parent", "calls", "input_tokens", "output_tokens")

    def __init__(self, parent: TokenMeter | None = None) -> None:
        self._parent = parent
        self._lock = threading.Lock()
        self.calls = 0
        self.input_tokens = 0
        self.output_tokens = 0

    def add(self, input_tokens: int, output_tokens: int) -> None:
        """Count one model call (and count it in the enclosing meters)."""
        meter: TokenMeter | None = self
        while meter is not None:
            with meter._lock:
                meter.calls += 1
                meter.input_tokens += input_tokens
                meter.output_tokens += output_tokens
            meter = meter._parent

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


@contextmanager
def metered() -> Iterator[TokenMeter]:
    """A meter open for the block: every model call made in this context is counted in it."""
    meter = TokenMeter(_current.get())
    token = _current.set(meter)
    try:
        yield meter
    finally:
        _current.reset(token)


def count(usage: Any) -> None:
    """Add a provider response's usage (``input_tokens``, ``output_tokens``) to the open meters."""
    meter = _current.get()
    if meter is not None:
        meter.add(int(usage.input_tokens or 0), int(usage.output_tokens or 0))

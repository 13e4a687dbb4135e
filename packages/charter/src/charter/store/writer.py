"""The one batch writer: what every call leaves behind (traces, model usage, allowed-call audit
records) is queued by the caller and stored in batches by one background thread.

A synchronous commit per call costs milliseconds (an fsync, more under load), which would be most
of a model call's or a governed query's overhead. So callers only enqueue, and one thread per
writer hands whole batches to a single ``persist`` callable (one transaction per batch).

One flush semantics for every writer:

- the queue is bounded (``max_pending``): a caller that outruns the store waits for room, so a
  slow store slows callers instead of growing memory without end;
- a batch is written when ``batch_size`` records are queued, when the oldest queued record has
  waited ``interval_s``, when someone waits (``flush()``, ``Written.wait()``), on ``close()``
  and at interpreter exit (bounded, so an unreachable store cannot hang the exit);
- records are persisted in the order this process queued them (one thread, first in, first out;
  the thread ends after ``idle_exit_s`` without records and the next record starts another);
- a batch that cannot be persisted is reported, never swallowed: ``on_error`` is called with the
  batch and the exception (by default a logged warning naming the writer), ``failed`` counts the
  records lost, and each ``Written`` handle of the batch raises the exception from ``wait()``.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from charter.errors import StoreError

log = logging.getLogger("charter.store")

T = TypeVar("T")


class Written:
    """A queued record's receipt: ``wait()`` returns once it is stored, or raises why it was not."""

    __slots__ = ("_done", "_error", "_writer")

    def __init__(self, writer: BatchWriter[object]) -> None:
        self._done = threading.Event()
        self._error: BaseException | None = None
        self._writer = writer

    def wait(self, timeout_s: float | None = 30.0) -> None:
        """Block until the record is stored; raise the store's error, or StoreError on timeout."""
        if not self._done.is_set():
            with self._writer._hurry():
                finished = self._done.wait(timeout_s)
            if not finished:
                raise StoreError(f"a record queued for the {self._writer.name} writer was not stored within "
                                 f"{timeout_s}s")
        if self._error is not None:
            raise self._error

    def _settle(self, error: BaseException | None) -> None:
        self._error = error
        self._done.set()


class BatchWriter(Generic[T]):
    """Records queued by any thread, persisted in order and in batches by one background thread."""

    def __init__(
        self,
        name: str,
        persist: Callable[[Sequence[T]], object],
        *,
        batch_size: int = 256,
        interval_s: float = 0.0,
        max_pending: int = 10_000,
        background: bool = True,
        on_error: Callable[[Sequence[T], Exception], object] | None = None,
        exit_timeout_s: float = 15.0,
        idle_exit_s: float = 60.0,
    ) -> None:
        if batch_size < 1 or max_pending < batch_size or interval_s < 0:
            raise ValueError("batch_size >= 1, max_pending >= batch_size and interval_s >= 0 are required")
        self.name = name
        self.background = background
        self.batch_size = batch_size
        self.interval_s = interval_s
        self.max_pending = max_pending
        self.idle_exit_s = idle_exit_s  # an idle writer's thread ends; many writers cost no threads
        self.failed = 0  # records whose batch could not be persisted (under _cond)
        self._persist = persist
        self._on_error = on_error
        self._exit_timeout_s = exit_timeout_s
        self._cond = threading.Condition()
        self._pending: deque[tuple[T, Written | None, float]] = deque()
        self._queued = 0  # records ever queued
        self._settled = 0  # records ever written or failed, in queue order
        self._urgent = 0  # threads waiting for a write: the interval is not waited out
        self._closed = False
        self._thread: threading.Thread | None = None
        self._at_exit = False

    # -- queueing ------------------------------------------------------------------------------

    def put(self, record: T) -> None:
        """Queue one record (waits while the queue is full)."""
        self._enqueue(record, None)

    def submit(self, record: T) -> Written:
        """Queue one record and get a receipt whose ``wait()`` returns once it is stored."""
        written = Written(self)  # type: ignore[arg-type]
        self._enqueue(record, written)
        return written

    def _enqueue(self, record: T, written: Written | None) -> None:
        if not self.background or self._closed:
            # Synchronous: written here, in the caller's thread (after close() nothing is queued,
            # so this keeps the order too).
            self._write([(record, written, 0.0)])
            with self._cond:
                self._queued += 1
                self._settled += 1
            return
        with self._cond:
            while len(self._pending) >= self.max_pending:
                self._cond.wait()
            self._pending.append((record, written, time.monotonic()))
            self._queued += 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name=f"charter-{self.name}-writer", daemon=True)
                self._thread.start()
                if not self._at_exit:
                    self._at_exit = True
                    atexit.register(_flush_at_exit, weakref.ref(self))
            self._cond.notify_all()

    # -- waiting -------------------------------------------------------------------------------

    def flush(self, timeout_s: float | None = 30.0) -> bool:
        """Wait until every record queued before this call is persisted (or reported as failed);
        True when all were settled in time."""
        if threading.current_thread() is self._thread:
            return False  # called from inside persist (a listener): it cannot wait for itself
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        with self._hurry(), self._cond:
            target = self._queued
            while self._settled < target:
                if self._thread is None or not self._thread.is_alive():
                    return False  # nothing left to write them (a forked child): never hang
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(left if left is None else min(left, 1.0))
        return True

    def close(self, timeout_s: float | None = 30.0) -> bool:
        """Flush, then stop the thread; later records are written synchronously by their caller."""
        done = self.flush(timeout_s)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_s)
        return done

    @property
    def pending(self) -> int:
        """Records queued and not yet settled."""
        with self._cond:
            return self._queued - self._settled

    def _hurry(self) -> _Hurry:
        return _Hurry(self)

    # -- the writer thread ---------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closed:
                    if not self._cond.wait(self.idle_exit_s) and not self._pending:
                        # Idle: the thread goes (under the lock, so the next record starts another).
                        self._thread = None
                        return
                if not self._pending:
                    return  # closed and drained
                if self.interval_s > 0:
                    deadline = self._pending[0][2] + self.interval_s
                    while (len(self._pending) < self.batch_size and not self._urgent and not self._closed
                           and (left := deadline - time.monotonic()) > 0):
                        self._cond.wait(left)
                n = min(self.batch_size, len(self._pending))
                batch = [self._pending.popleft() for _ in range(n)]
                self._cond.notify_all()  # room for callers waiting on a full queue
            self._write(batch)
            with self._cond:
                self._settled += len(batch)
                self._cond.notify_all()

    def _write(self, batch: list[tuple[T, Written | None, float]]) -> None:
        records = [r for r, _w, _t in batch]
        error: Exception | None = None
        try:
            self._persist(records)
        except Exception as exc:  # reported below, and to whoever waits on these records
            error = exc
            with self._cond:
                self.failed += len(records)
            self._report(records, exc)
        for _r, written, _t in batch:
            if written is not None:
                written._settle(error)

    def _report(self, records: Sequence[T], exc: Exception) -> None:
        if self._on_error is None:
            log.warning("the %s writer could not store %d record(s): %s", self.name, len(records), exc)
            return
        try:
            self._on_error(records, exc)
        except Exception as again:  # the report's own failure still leaves a trace
            log.warning("the %s writer could not store %d record(s): %s (and reporting it failed: %s)",
                        self.name, len(records), exc, again)


class _Hurry:
    """While held, the writer writes what is queued without waiting out its interval."""

    __slots__ = ("_writer",)

    def __init__(self, writer: BatchWriter[object]) -> None:
        self._writer = writer

    def __enter__(self) -> None:
        with self._writer._cond:
            self._writer._urgent += 1
            self._writer._cond.notify_all()

    def __exit__(self, *exc: object) -> None:
        with self._writer._cond:
            self._writer._urgent -= 1


def _flush_at_exit(ref: weakref.ref[BatchWriter[object]]) -> None:
    # Writer threads are daemons: without this, a CLI's last records die with the interpreter.
    writer = ref()
    if writer is not None and writer.pending and not writer.flush(writer._exit_timeout_s):
        log.warning("the %s writer could not store %d record(s) before exit", writer.name, writer.pending)


__all__ = ["BatchWriter", "Written"]

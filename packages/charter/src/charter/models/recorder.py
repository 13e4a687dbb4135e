"""A background writer for what every call leaves behind: usage rows and allowed-call audits.

A synchronous commit per call costs milliseconds (an fsync, more under load), which would be
most of the gateway's overhead. Rows are queued and written in batches by one daemon thread;
``flush()`` waits until everything queued so far is stored (tests, the CLI and shutdown call it).
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any

from charter.models.tables import UsageRecord
from charter.store import Store

log = logging.getLogger(__name__)


class Recorder:
    """Queues usage rows and deferred callables; one thread writes them in order, in batches."""

    def __init__(self, store: Store, *, background: bool = True) -> None:
        self.store = store
        self.background = background
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        if background:
            ref = weakref.ref(self)
            atexit.register(lambda: (r := ref()) is not None and r.flush(timeout=10))

    def usage(self, **row: Any) -> None:
        """Record one usage row."""
        self._put(("usage", row))

    def later(self, fn: Callable[[], Any]) -> None:
        """Run a write (e.g. an audit record) on the writer thread, in submission order."""
        self._put(("call", fn))

    def flush(self, timeout: float | None = 30) -> None:
        """Block until everything submitted before now is written."""
        if not self.background or self._thread is None:
            return
        done = threading.Event()
        self._queue.put(("mark", done))
        done.wait(timeout)

    def _put(self, item: tuple[str, Any]) -> None:
        if not self.background:
            self._write([item])
            return
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="charter-usage", daemon=True)
                self._thread.start()
        self._queue.put(item)

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < 500:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            self._write(batch)

    def _write(self, batch: list[tuple[str, Any]]) -> None:
        rows = [UsageRecord(**item) for kind, item in batch if kind == "usage"]
        if rows:
            try:
                with self.store.session() as s:
                    s.add_all(rows)
            except Exception as exc:  # losing a usage row must never break a caller
                log.warning("could not record %d model usage rows: %s", len(rows), exc)
        for kind, item in batch:
            if kind == "call":
                try:
                    item()
                except Exception as exc:
                    log.warning("deferred gateway write failed: %s", exc)
            elif kind == "mark":
                item.set()

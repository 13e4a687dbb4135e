"""The one batch writer: order, batching, flush semantics, failures reported, many threads."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Sequence

import pytest

from charter.errors import StoreError
from charter.store import BatchWriter


class Sink:
    """A persist callable that records each batch it is handed (and can be made to fail or wait)."""

    def __init__(self, fail_on: set[int] | None = None, gate: threading.Event | None = None) -> None:
        self.batches: list[list[int]] = []
        self.fail_on = fail_on or set()
        self.gate = gate
        self.threads: set[str] = set()
        self.ran_on: list[threading.Thread] = []  # the thread of each batch
        self.entered = threading.Event()  # set once persist is first called

    def __call__(self, batch: Sequence[int]) -> None:
        self.entered.set()
        if self.gate is not None:
            assert self.gate.wait(10), "the test never opened the gate"
        self.threads.add(threading.current_thread().name)
        self.ran_on.append(threading.current_thread())
        if self.fail_on & set(batch):
            raise RuntimeError(f"disk full while storing {min(self.fail_on & set(batch))}")
        self.batches.append(list(batch))

    @property
    def stored(self) -> list[int]:
        return [r for b in self.batches for r in b]


def test_records_are_stored_in_queue_order_in_batches_on_one_thread() -> None:
    gate = threading.Event()
    sink = Sink(gate=gate)
    writer = BatchWriter("test", sink, batch_size=10)
    for i in range(35):
        writer.put(i)
    assert writer.pending == 35
    gate.set()
    assert writer.flush(10)
    assert sink.stored == list(range(35)) and writer.pending == 0
    assert all(len(b) <= 10 for b in sink.batches) and len(sink.batches) >= 4
    assert sink.threads == {"charter-test-writer"}


def test_flush_waits_and_close_stores_what_is_queued_then_writes_synchronously() -> None:
    gate = threading.Event()
    sink = Sink(gate=gate)
    writer = BatchWriter("test", sink, interval_s=60)  # only a waiter or close makes it write
    writer.put(1)
    writer.put(2)
    assert sink.stored == []
    assert not writer.flush(0.05)  # the sink is blocked: flush says so instead of hanging
    gate.set()
    assert writer.close(10)
    assert sink.stored == [1, 2]
    writer.put(3)  # after close: stored by the caller, in order
    assert sink.stored == [1, 2, 3] and threading.current_thread().name in sink.threads


def test_the_interval_batches_records_until_someone_waits() -> None:
    sink = Sink()
    writer = BatchWriter("test", sink, interval_s=60, batch_size=100)
    receipts = [writer.submit(i) for i in range(5)]
    receipts[-1].wait(10)  # waiting hurries the writer: no 60 s wait
    assert sink.batches == [[0, 1, 2, 3, 4]]


def test_a_full_batch_is_written_without_waiting_out_the_interval() -> None:
    sink = Sink()
    writer = BatchWriter("test", sink, interval_s=60, batch_size=4)
    for i in range(4):
        writer.put(i)
    assert sink.entered.wait(10)  # nobody waits: the full batch alone set it off
    assert writer.flush(10) and sink.batches == [[0, 1, 2, 3]]


def test_the_queue_is_bounded_a_caller_waits_for_room() -> None:
    gate = threading.Event()
    sink = Sink(gate=gate)
    writer = BatchWriter("test", sink, batch_size=1, max_pending=1)
    writer.put(0)
    assert sink.entered.wait(10)  # the writer holds [0], blocked in persist
    writer.put(1)  # the one free place
    blocked = threading.Thread(target=writer.put, args=(2,), daemon=True)
    blocked.start()
    blocked.join(0.2)
    assert blocked.is_alive()  # no room: the caller waits
    gate.set()
    blocked.join(10)
    assert not blocked.is_alive()
    assert writer.flush(10) and sink.stored == [0, 1, 2]


def test_a_failing_sink_is_reported_counted_and_raised_to_whoever_waits(caplog: pytest.LogCaptureFixture) -> None:
    sink = Sink(fail_on={3})
    writer = BatchWriter("audit", sink, batch_size=1)
    with caplog.at_level(logging.WARNING, logger="charter.store"):
        receipts = [writer.submit(i) for i in range(6)]
        assert writer.flush(10)
    with pytest.raises(RuntimeError, match="disk full while storing 3"):
        receipts[3].wait()
    receipts[4].wait()  # the records after it are stored: one bad batch stops nothing else
    assert sink.stored == [0, 1, 2, 4, 5] and writer.failed == 1
    assert "the audit writer could not store 1 record(s): disk full while storing 3" in caplog.text


def test_on_error_gets_the_lost_batch_and_a_failing_report_still_logs(caplog: pytest.LogCaptureFixture) -> None:
    lost: list[list[int]] = []
    writer = BatchWriter("usage", Sink(fail_on={1}), background=False,
                         on_error=lambda batch, exc: lost.append(list(batch)))
    writer.put(1)
    assert lost == [[1]] and writer.failed == 1

    def broken_report(batch: Sequence[int], exc: Exception) -> None:
        raise ValueError("no logger")

    noisy = BatchWriter("usage", Sink(fail_on={1}), background=False, on_error=broken_report)
    with caplog.at_level(logging.WARNING, logger="charter.store"):
        noisy.put(1)
    assert "could not store 1 record(s): disk full while storing 1 (and reporting it failed: no logger)" in caplog.text


def test_a_receipt_that_is_not_stored_in_time_says_so() -> None:
    gate = threading.Event()
    writer = BatchWriter("trace", Sink(gate=gate))
    receipt = writer.submit(1)
    with pytest.raises(StoreError, match="a record queued for the trace writer was not stored within 0.05s"):
        receipt.wait(0.05)
    gate.set()
    receipt.wait(10)


def test_many_threads_lose_nothing_and_each_threads_order_is_kept() -> None:
    sink = Sink()
    writer = BatchWriter("test", sink, batch_size=16, max_pending=64)
    per_thread = 300

    def produce(t: int) -> None:
        for i in range(per_thread):
            writer.put(t * 10_000 + i)
            if i % 50 == 0:
                writer.flush(10)

    threads = [threading.Thread(target=produce, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    assert writer.flush(10)
    stored = sink.stored
    assert sorted(stored) == sorted(t * 10_000 + i for t in range(8) for i in range(per_thread))
    for t in range(8):
        mine = [r for r in stored if r // 10_000 == t]
        assert mine == sorted(mine)  # same-thread order kept


def test_records_queued_at_exit_are_stored_before_the_interpreter_ends(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "stored.txt"
    script = f"""
import time
from charter.store import BatchWriter
def persist(batch):
    time.sleep(0.05)
    with open({str(out)!r}, "a") as f:
        f.write("".join(f"{{r}}\\n" for r in batch))
writer = BatchWriter("exit", persist, interval_s=30)
for i in range(100):
    writer.put(i)
"""
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert out.read_text().split() == [str(i) for i in range(100)]


def test_an_idle_writer_lets_its_thread_go_and_the_next_record_starts_another() -> None:
    sink = Sink()
    writer = BatchWriter("idle", sink, idle_exit_s=0.05)
    writer.put(1)
    assert writer.flush(10)
    first = sink.ran_on[0]
    first.join(10)
    assert not first.is_alive()  # idle: its thread ended
    writer.put(2)
    assert writer.flush(10) and sink.stored == [1, 2] and sink.ran_on[1] is not first


def test_bad_bounds_are_refused() -> None:
    with pytest.raises(ValueError, match="batch_size >= 1"):
        BatchWriter("test", Sink(), batch_size=0)
    with pytest.raises(ValueError, match="max_pending >= batch_size"):
        BatchWriter("test", Sink(), batch_size=10, max_pending=5)

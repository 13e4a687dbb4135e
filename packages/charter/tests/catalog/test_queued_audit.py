"""Audit records queued on hot paths: stored in batches through the one batch writer, on the chain,
in order, and a record that cannot be stored reaches whoever waits for it."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from charter.catalog import Catalog
from charter.store import Store


def test_queued_records_are_chained_in_order_and_read_back_after_a_flush(sqlite_store: Store) -> None:
    cat = Catalog(sqlite_store)
    receipts = [cat.queue_audit(actor="bob", action="query", securable=None, allowed=True, reason="governed query",
                                request_id=f"r{i}") for i in range(20)]
    receipts[-1].wait(10)
    cat.audit(actor="admin", action="after", securable=None, allowed=True, reason="")
    # audit_log stores what is still queued first: nothing is missing from a read.
    assert [e.request_id for e in cat.audit_log(principal="bob")] == [f"r{i}" for i in range(20)]
    assert cat.verify_audit().ok and cat.verify_audit().checked == 21


def test_queued_records_from_many_threads_are_all_on_one_chain(sqlite_store: Store) -> None:
    cat = Catalog(sqlite_store)

    def work(t: int) -> None:
        for i in range(25):
            cat.queue_audit(actor=f"user{t}", action="query", securable=None, allowed=True, reason="ok",
                            request_id=f"{t}-{i}")

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    assert cat.flush_audit(10)
    log = cat.audit_log()
    assert len([e for e in log if e.action == "query"]) == 200
    for t in range(8):  # each thread's records in the order it queued them
        mine = [int(e.request_id.split("-")[1]) for e in log if e.actor == f"user{t}"]
        assert mine == list(range(25))
    assert cat.verify_audit().ok


def test_a_record_that_cannot_be_stored_is_raised_to_the_waiter(sqlite_store: Store,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cat = Catalog(sqlite_store)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the audit table is gone")

    monkeypatch.setattr(cat.store, "session", broken)  # every write transaction fails
    receipt = cat.queue_audit(actor="bob", action="query", securable=None, allowed=True, reason="ok")
    with pytest.raises(RuntimeError, match="the audit table is gone"):
        receipt.wait(10)
    monkeypatch.undo()
    cat.queue_audit(actor="bob", action="query", securable=None, allowed=True, reason="later").wait(10)
    assert [e.reason for e in cat.audit_log(principal="bob")] == ["later"]

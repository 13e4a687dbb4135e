"""Traces are stored whole, spans are addressable by name or path, and tracing never breaks callers."""

from __future__ import annotations

import contextvars
import logging
import threading
from pathlib import Path

import pytest

from charter.errors import ExecutionError, NotFound
from charter.settings import load_settings
from charter.store import Store
from charter.tracing import NOOP, Tracer, current_span, current_trace_id, find_span, span


@pytest.fixture
def tracer(settings, store) -> Tracer:
    return Tracer(settings, store)


def test_span_outside_a_trace_is_the_shared_noop() -> None:
    with span("step:x", tokens=3) as s:
        s.set_outputs({"a": 1})
        s.set_attribute("k", 1)
        assert current_trace_id() is None
    assert s is NOOP


def test_trace_is_stored_with_parents_paths_values_and_attributes(tracer: Tracer) -> None:
    with tracer.trace("agent:finql", principal="analyst", agent="finql", inputs={"q": "revenue"}) as root:
        trace_id = current_trace_id()
        with span("step:link", kind="step", inputs={"text": "ACME"}) as s:
            s.set_outputs({"entities": ["ACME"]})
            with span("llm:local", kind="llm", input_tokens=12) as m:
                m.set_attribute("cost_usd", 0.5)
                assert current_span() is m
        with span("sql:run", kind="sql") as q:
            q.set_outputs([{"x": 1}])
        root.set_outputs({"answer": 42})
    assert current_trace_id() is None

    trace = tracer.get(trace_id)
    assert (trace.name, trace.principal, trace.agent, trace.status) == ("agent:finql", "analyst", "finql", "ok")
    assert [s.name for s in trace.spans] == ["agent:finql", "step:link", "llm:local", "sql:run"]
    assert trace.span_count == 4 and trace.inputs == {"q": "revenue"} and trace.outputs == {"answer": 42}
    llm = trace.span("agent:finql/step:link/llm:local")
    assert llm.kind == "llm" and llm.attributes == {"input_tokens": 12, "cost_usd": 0.5}
    assert llm.parent_id == trace.span("step:link").span_id
    assert trace.children(trace.root) == [trace.span("step:link"), trace.span("sql:run")]
    assert find_span(trace, "step:link").outputs == {"entities": ["ACME"]}
    assert all(s.end_ns >= s.start_ns for s in trace.spans)
    assert trace.totals() == {"input_tokens": 12, "cost_usd": 0.5}
    assert tracer.get(trace_id[:10]).trace_id == trace_id  # a unique prefix works


def test_a_failing_step_leaves_a_complete_trace_with_an_error_span(tracer: Tracer) -> None:
    with pytest.raises(ExecutionError), tracer.trace("agent:a", principal="p") as root:
        with span("step:ok") as ok:
            ok.set_outputs(1)
        with span("step:bad"):
            raise ExecutionError("division failed in step bad")
    trace = tracer.get(root.trace_id)
    assert trace.status == "error"
    bad = trace.span("step:bad")
    assert bad.status == "error" and bad.error == {
        "type": "ExecutionError", "message": "division failed in step bad", "code": "execution_error",
    }
    assert trace.span("step:ok").status == "ok" and trace.span("step:ok").outputs == 1
    assert trace.error["message"] == "division failed in step bad"


def test_unknown_span_and_trace_are_not_found_with_a_hint(tracer: Tracer) -> None:
    with tracer.trace("agent:a") as root, span("step:retrieve"):
        pass
    trace = tracer.get(root.trace_id)
    with pytest.raises(NotFound, match="did you mean 'step:retrieve'"):
        trace.span("step:retreive")
    with pytest.raises(NotFound, match="no trace 'ffffffffffff'"):
        tracer.get("ffffffffffff")


def test_a_nested_trace_becomes_a_child_span(tracer: Tracer) -> None:
    with tracer.trace("agent:outer", principal="p") as outer, tracer.trace("agent:inner", agent="inner"):
        pass
    trace = tracer.get(outer.trace_id)
    assert [s.path for s in trace.spans] == ["agent:outer", "agent:outer/agent:inner"]
    assert trace.span("agent:inner").attributes == {"agent": "inner"}
    assert len(tracer.list()) == 1


def test_spans_follow_a_copied_context_into_threads(tracer: Tracer) -> None:
    def work(i: int) -> None:
        with span(f"step:branch{i}"):
            pass

    with tracer.trace("agent:par") as root:
        threads = [threading.Thread(target=contextvars.copy_context().run, args=(work, i)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    trace = tracer.get(root.trace_id)
    assert sorted(s.name for s in trace.children(trace.root)) == ["step:branch0", "step:branch1", "step:branch2"]


def test_list_filters_and_orders_newest_first(tracer: Tracer) -> None:
    for who in ("a", "b", "a"):
        with tracer.trace("agent:x", principal=who):
            pass
    assert [t.principal for t in tracer.list(principal="a")] == ["a", "a"]
    assert len(tracer.list(limit=2)) == 2


def test_disabled_tracing_records_nothing(home: Path, store: Store) -> None:
    (home / "charter.toml").write_text("[tracing]\nenabled = false\n")
    tracer = Tracer(load_settings(home), store)
    with tracer.trace("agent:x") as root, span("step:a") as s:
        assert root is NOOP and s is NOOP
    assert tracer.list() == []


def test_a_broken_store_degrades_to_a_warning(settings, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    unmigrated = Store(f"sqlite:///{tmp_path / 'empty.db'}")  # no tables: storing must fail
    tracer = Tracer(settings, unmigrated)
    with caplog.at_level(logging.WARNING, logger="charter.tracing"), tracer.trace("agent:x") as root:
        with span("step:a") as s:
            s.set_outputs("fine")
        result = "caller's result"
    assert tracer.flush()
    assert result == "caller's result"
    assert f"could not record trace {root.trace_id}" in caplog.text


def test_unserialisable_values_are_stored_as_their_repr(tracer: Tracer) -> None:
    class Opaque:
        def __repr__(self) -> str:
            return "<Opaque>"

    with tracer.trace("agent:x", inputs={"obj": Opaque()}) as root:
        pass
    assert tracer.get(root.trace_id).inputs == {"obj": "<Opaque>"}

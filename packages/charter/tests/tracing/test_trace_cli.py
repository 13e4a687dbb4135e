"""`charter trace list` and `charter trace show` through the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from charter.errors import ExecutionError
from charter.runtime import Charter
from charter.tracing import span


def test_list_then_show_a_failed_trace_as_a_tree(home: Path, charter) -> None:
    tracer = Charter.open(home).tracer
    with pytest.raises(ExecutionError), tracer.trace("agent:demo", principal="ann", agent="demo") as root:
        with span("step:fetch", kind="retrieval", hits=3) as s:
            s.set_outputs({"docs": ["a"]})
            with span("llm:local", kind="llm", input_tokens=11, output_tokens=4):
                pass
        with span("step:answer"):
            raise ExecutionError("no answer could be built")

    listed = charter("trace", "list")
    assert listed.returncode == 0, listed.stderr
    assert root.trace_id[:12] in listed.stdout and "agent:demo" in listed.stdout and "error" in listed.stdout

    shown = charter("trace", "show", root.trace_id[:8], "--values")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    fetch = next(i for i, line in enumerate(lines) if "step:fetch" in line)
    llm = next(i for i, line in enumerate(lines) if "llm:local" in line)
    assert llm > fetch and lines[llm].index("llm:local") > lines[fetch].index("step:fetch")  # nested deeper
    assert "input_tokens=11" in lines[llm]
    assert "ExecutionError: no answer could be built" in shown.stdout
    assert '{"docs": ["a"]}' in shown.stdout


def test_show_an_unknown_trace_is_one_line_and_exit_4(home: Path, charter) -> None:
    Charter.open(home)
    out = charter("trace", "show", "deadbeef")
    assert out.returncode == 4
    assert out.stderr.strip().splitlines() == ["error: no trace 'deadbeef'; `charter trace list` shows recent ones"]

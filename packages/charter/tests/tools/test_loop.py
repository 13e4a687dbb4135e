"""The tool-calling loop: pick, observe, repeat, answer; bounded; refusals stop it."""

from __future__ import annotations

import pytest
from tool_doubles import ScriptedGatewayDouble

from charter.catalog import Catalog
from charter.errors import ExecutionError, PermissionDenied
from charter.tools import ToolRegistry, run_tool_loop
from charter.tracing import Tracer


def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def secret() -> str:
    """Something ann may not run."""
    return "classified"


@pytest.fixture
def tools(registry: ToolRegistry, catalog: Catalog) -> ToolRegistry:
    registry.register(add)
    registry.register(secret)
    registry.publish()
    catalog.grant("EXECUTE", "tool:add", "ann")
    return registry


def test_the_model_calls_tools_observes_and_answers(tools: ToolRegistry, settings, sqlite_store) -> None:
    gw = ScriptedGatewayDouble([("add", {"a": 2, "b": 3}), ("add", {"a": 5, "b": "x"}), ("add", {"a": 5, "b": 4}), "The sum is 9."])
    tracer = Tracer(settings, sqlite_store)
    with tracer.trace("agent:calc", principal="ann") as root:
        out = run_tool_loop(gw, tools, "What is 2+3+4?", tools=["add"], principal="ann")
    assert out.text == "The sum is 9."
    assert [s.result for s in out.steps] == [5, None, 9]
    assert "argument 'b'" in out.steps[1].error  # the bad call was shown to the model, which fixed it
    assert [t.name for t in gw.requests[0].tools] == ["add"] and gw.requests[0].tool_choice == "auto"
    last = gw.requests[-1].messages
    assert [m.role for m in last] == ["user", "assistant", "tool", "assistant", "tool", "assistant", "tool"]
    assert last[2].content == "5" and last[2].tool_call_id == "c1"
    assert out.input_tokens == 40 and round(out.cost_usd, 3) == 0.004
    trace = tracer.get(root.trace_id)
    assert [s.name for s in trace.children(trace.span("tool_loop"))] == ["tool:add"] * 3


def test_the_loop_is_bounded(tools: ToolRegistry) -> None:
    gw = ScriptedGatewayDouble([("add", {"a": 1, "b": 1})] * 3)
    with pytest.raises(ExecutionError, match="bound of 3 model turns.*add"):
        run_tool_loop(gw, tools, "loop forever", tools=["add"], principal="ann", max_steps=3)


def test_a_tool_the_caller_may_not_execute_stops_the_loop(tools: ToolRegistry) -> None:
    gw = ScriptedGatewayDouble([("secret", {}), "never reached"])
    with pytest.raises(PermissionDenied, match="tool:secret"):
        run_tool_loop(gw, tools, "tell me", principal="ann")
    assert {t.name for t in gw.requests[0].tools} == {"add", "secret"}

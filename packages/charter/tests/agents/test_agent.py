"""Running agents: complete traces on failure, LLM steps with repair, governed SQL/retrieval/tool
steps, agent-level EXECUTE, agents as tools of other agents."""

from __future__ import annotations

import pytest
from agent_doubles import KeywordClassifierGatewayDouble, SearchAndQueryDouble
from pydantic import BaseModel

from charter.agents import (
    Agent,
    LLMStep,
    PythonStep,
    RetrievalStep,
    RunContext,
    Sequence,
    SqlStep,
    ToolStep,
    ValidateAndRepair,
)
from charter.catalog import Catalog
from charter.errors import ExecutionError, InvalidInput, PermissionDenied
from charter.tools import ToolRegistry
from charter.tracing import Tracer


class Question(BaseModel):
    question: str


class Entities(BaseModel):
    question: str
    tickers: list[str]


class Answer(BaseModel):
    answer: str


def extract(q: Question) -> Entities:
    return Entities(question=q.question, tickers=[w for w in q.question.split() if w.isupper()])


def explode(e: Entities) -> Entities:
    raise ValueError(f"cannot answer about {e.tickers}")


def compose(e: Entities) -> Answer:
    return Answer(answer=", ".join(e.tickers))


def test_a_failing_step_ends_the_run_and_the_trace_is_complete(tracer: Tracer) -> None:
    agent = Agent("fragile", Sequence("flow", [PythonStep("extract", extract), PythonStep("explode", explode),
                                               PythonStep("compose", compose)]))
    ctx = RunContext(principal="ann", tracer=tracer)
    result = agent.run({"question": "price of ACME"}, ctx, raise_errors=False)
    assert not result.ok and result.output is None
    assert result.error["type"] == "ValueError" and "['ACME']" in result.error["message"]
    trace = tracer.get(result.trace_id)
    assert trace.status == "error" and trace.agent == "fragile" and trace.principal == "ann"
    assert [s.name for s in trace.spans] == ["agent:fragile", "step:flow", "step:extract", "step:explode"]
    assert trace.span("step:extract").status == "ok"
    assert trace.span("step:extract").outputs == {"question": "price of ACME", "tickers": ["ACME"]}
    assert trace.span("step:explode").status == "error"
    assert trace.span("agent:fragile/step:flow/step:explode").error["message"] == "cannot answer about ['ACME']"
    assert trace.root.attributes["version"] == agent.content_hash()[:12]
    with pytest.raises(ExecutionError, match="agent 'fragile' failed: ValueError") as info:
        agent.run({"question": "ACME"}, ctx)
    assert info.value.context["trace_id"] == tracer.list()[0].trace_id


def test_a_cancelled_run_stops_between_steps_and_its_trace_ends_cancelled(tracer: Tracer) -> None:
    from charter.agents.context import Cancellation
    from charter.errors import Cancelled

    stop = Cancellation()

    def extract_then_cancel(q: Question) -> Entities:  # the step running when the cancellation comes
        stop.cancel("its request timed out")
        return extract(q)

    ran: list[str] = []

    def compose_and_note(e: Entities) -> Answer:
        ran.append("compose")
        return compose(e)

    agent = Agent("stoppable", Sequence("flow", [PythonStep("extract", extract_then_cancel),
                                                 PythonStep("compose", compose_and_note)]))
    with pytest.raises(Cancelled, match="the run was cancelled before step 'compose': its request timed out"):
        agent.run({"question": "price of ACME"}, RunContext(principal="ann", tracer=tracer, cancellation=stop))
    assert ran == []  # the step after the cancellation never started
    trace = tracer.get(tracer.list()[0].trace_id)
    assert trace.status == "cancelled" and trace.span("step:extract").status == "ok"
    assert [s.name for s in trace.spans] == ["agent:stoppable", "step:flow", "step:extract"]
    assert trace.root.error["code"] == "cancelled"
    # a cancellation nobody triggers changes nothing
    assert agent.run({"question": "ACME"}, RunContext(principal="ann", cancellation=Cancellation())).output is not None


def check_answer(a: Answer) -> str | None:
    return None if a.answer.startswith("ACME") else "the answer must start with the ticker"


def test_an_llm_step_gives_structured_output_and_is_repaired_within_its_bound(tracer: Tracer) -> None:
    step = LLMStep("write", Entities, Answer, {"prompt": "Answer {question} using {tickers}", "system": "Be brief.",
                                              "examples": [{"input": {"question": "q?", "tickers": ["X"]},
                                                            "output": {"answer": "X is up"}}]})
    gw = KeywordClassifierGatewayDouble(["not json", {"answer": "It rose"}, {"answer": "ACME rose 2%"}])
    agent = Agent("writer", Sequence("flow", [PythonStep("extract", extract),
                                              ValidateAndRepair("checked", step, check_answer)]))
    out = agent.run({"question": "How did ACME do"}, RunContext(principal="ann", gateway=gw, tracer=tracer))
    assert out.output == Answer(answer="ACME rose 2%")
    first, second, third = gw.requests
    assert first.response_schema == Answer.model_json_schema() and first.system == "Be brief."
    assert [m.role for m in first.messages] == ["user", "assistant", "user"]  # the few-shot example first
    assert first.messages[-1].content == "Answer How did ACME do using ['ACME']"
    assert "answered text that is not JSON" in second.messages[-1].content
    assert "must start with the ticker" in third.messages[-1].content
    trace = tracer.get(out.trace_id)
    assert [trace.span(f"attempt:{i}").outputs["problem"] is None for i in (1, 2, 3)] == [False, False, True]

    gw_bad = KeywordClassifierGatewayDouble([{"answer": "no"}] * 2)
    stingy = agent.with_step_config("checked", {"max_attempts": 2})
    with pytest.raises(ExecutionError, match="no valid output after 2 attempts; last problem: the answer must start"):
        stingy.run({"question": "ACME?"}, RunContext(principal="ann", gateway=gw_bad))


def test_prompt_templates_are_checked_against_the_input_model() -> None:
    step = LLMStep("write", Entities, Answer, {"prompt": "Answer {question}"})
    with pytest.raises(InvalidInput, match=r"prompt refers to \['qestion'\], which Entities does not have"):
        step.with_config({"prompt": "Answer {qestion}"})


def test_sql_and_retrieval_steps_run_as_the_principal_and_the_agent() -> None:
    data = SearchAndQueryDouble()
    agent = Agent("lookup", Sequence("flow", [
        RetrievalStep("find", Question, {"index": "finql.reference.companies_idx", "k": 3}),
    ]))
    hits = agent.run({"question": "acme"}, RunContext(principal="ann", indexes=data)).output.hits
    assert hits[0].id == 1 and hits[0].text == "ACME Corp, ticker ACME" and hits[0].score == 0.9
    assert hits[0].metadata == {"id": 1, "name": "ACME Corp, ticker ACME", "source": "companies"}
    sql_agent = Agent("prices", SqlStep("q", Question, {"sql": "SELECT * FROM finql.prices.daily WHERE t = :question"}))
    rows = sql_agent.run({"question": "ACME"}, RunContext(principal="ann", data=data)).output
    assert rows.rows == [["ACME", 12.5]]
    assert [c[1]["agent"] for c in data.calls] == ["lookup", "prices"]
    assert data.calls[1][1]["params"] == {"question": "ACME"} and data.calls[1][1]["principal"] == "ann"
    with pytest.raises(InvalidInput, match="exactly one of config 'sql' or 'sql_field'"):
        SqlStep("q", Question, {}).validate()


def test_running_an_agent_needs_execute_and_its_tools_are_governed(catalog: Catalog, tracer: Tracer) -> None:
    def lookup(ticker: str) -> dict:
        """Company facts."""
        return {"ticker": ticker, "name": "ACME Corp"}

    tools = ToolRegistry(catalog)
    tools.register(lookup)
    tools.publish()
    catalog.create_principal("facts", "agent")
    catalog.create_securable("agent", "facts")
    agent = Agent("facts", ToolStep("call", Question, {"tool": "lookup", "arguments": {"ticker": "question"}}))
    ctx = RunContext(principal="ann", catalog=catalog, tools=tools, tracer=tracer)
    with pytest.raises(PermissionDenied, match="agent:facts"):
        agent.run({"question": "ACME"}, ctx)
    catalog.grant("EXECUTE", "agent:facts", "ann")
    catalog.grant("EXECUTE", "tool:lookup", "ann")
    with pytest.raises(PermissionDenied, match="facts"):  # the agent itself lacks EXECUTE on the tool
        agent.run({"question": "ACME"}, ctx)
    catalog.grant("EXECUTE", "tool:lookup", "facts")
    assert agent.run({"question": "ACME"}, ctx).output.result == {"ticker": "ACME", "name": "ACME Corp"}
    assert tracer.list(status="error")[0].agent == "facts"  # refused runs are traced too


def test_an_agent_is_a_tool_of_another_agent(catalog: Catalog, tracer: Tracer) -> None:
    inner = Agent("tickers", PythonStep("extract", extract), description="Find tickers in a question.")
    tools = ToolRegistry(catalog)
    ctx = RunContext(principal="ann", tools=tools, tracer=tracer)
    tool = tools.register(inner.as_tool(ctx))
    assert tool.kind == "agent" and tool.definition().parameters["required"] == ["question"]
    tools.publish()
    catalog.grant("EXECUTE", "tool:tickers", "ann")
    catalog.create_principal("outer", "agent")
    catalog.grant("EXECUTE", "tool:tickers", "outer")
    outer = Agent("outer", ToolStep("ask", Question, {"tool": "tickers"}))
    result = outer.run({"question": "Compare ACME and GLOBEX"}, ctx)
    assert result.output.result.tickers == ["ACME", "GLOBEX"]
    trace = tracer.get(result.trace_id)
    assert trace.span("agent:outer/step:ask/tool:tickers/agent:tickers/step:extract").status == "ok"
    assert len(tracer.list()) == 1  # one trace, the inner agent nested inside it

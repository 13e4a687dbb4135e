"""The gateway end to end over the scripted provider: usage, governance, schemas, cache, streaming."""

from __future__ import annotations

import pytest

from charter.catalog import Catalog
from charter.errors import ConfigError, NotFound, PermissionDenied
from charter.models import ChatRequest, Gateway, Message, Tool
from charter.models.errors import BadProviderOutput, Unsupported
from charter.models.registry import provider_class, provider_status
from charter.settings import ModelSettings


def test_chat_returns_text_usage_and_cost(make_gateway) -> None:
    gw = make_gateway({"fake": {"options": {"responses": ["one two three"]}, "price_input_per_mtok": 1e6,
                                "price_output_per_mtok": 2e6}})
    r = gw.chat(ChatRequest.of("hello world"), model="fake", principal="alice", agent="bot")
    assert r.text == "one two three"
    assert (r.usage.input_tokens, r.usage.output_tokens) == (2, 3)
    assert r.cost_usd == pytest.approx(2 * 1 + 3 * 2)
    assert r.model == "fake" and not r.cached
    [row] = gw.usage(by="agent")
    assert (row.key, row.calls, row.failures, row.cost_usd) == ("bot", 1, 0, pytest.approx(8.0))


def test_unknown_model_is_one_clear_line_and_still_recorded(make_gateway) -> None:
    gw = make_gateway({"fake": {}})
    with pytest.raises(NotFound, match=r"unknown model 'fak'; did you mean 'fake'\?"):
        gw.chat(ChatRequest.of("x"), model="fak")
    [row] = gw.usage(by="model")
    assert (row.key, row.failures) == ("fak", 1)


def test_failed_call_is_recorded_with_its_outcome(make_gateway) -> None:
    gw = make_gateway({"fake": {"max_retries": 0, "options": {"responses": [{"error": "rejected"}]}}})
    with pytest.raises(Exception, match="scripted rejection"):
        gw.chat(ChatRequest.of("x"), model="fake", principal="bob")
    from sqlalchemy import select

    from charter.models.tables import UsageRecord

    gw.flush()
    with gw.store.session() as s:
        [rec] = s.scalars(select(UsageRecord)).all()
    assert (rec.principal, rec.outcome) == ("bob", "provider_rejected")


def test_structured_output_is_parsed_and_validated(make_gateway) -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    gw = make_gateway({"fake": {"options": {"responses": [{"json": {"n": 3}}, "not json", {"json": {"n": "x"}}]}}})
    assert gw.chat(ChatRequest.of("x", response_schema=schema), model="fake").parsed == {"n": 3}
    with pytest.raises(BadProviderOutput, match="not JSON"):
        gw.chat(ChatRequest.of("x", response_schema=schema), model="fake")
    with pytest.raises(BadProviderOutput, match="does not match the schema"):
        gw.chat(ChatRequest.of("x", response_schema=schema), model="fake")


def test_structured_is_the_one_way_to_a_validated_model(make_gateway) -> None:
    from pydantic import BaseModel, Field

    class Count(BaseModel):
        n: int = Field(ge=0)
        label: str

    gw = make_gateway({"fake": {"options": {"responses": [
        {"json": {"n": 3, "label": "three"}}, {"json": {"n": -1, "label": "x"}}, "not json"]}}})
    got = gw.structured(ChatRequest.of("count"), Count, model="fake")
    assert isinstance(got, Count) and (got.n, got.label) == (3, "three")
    # The schema travels with the request (so a provider can enforce it by grammar) ...
    with pytest.raises(BadProviderOutput, match="does not match the schema"):
        gw.structured(ChatRequest.of("count"), Count, model="fake")
    with pytest.raises(BadProviderOutput, match="not JSON"):
        gw.structured(ChatRequest.of("count"), Count, model="fake")


def test_structured_names_the_field_pydantic_rejects(make_gateway) -> None:
    from pydantic import BaseModel, field_validator

    class Even(BaseModel):
        n: int

        @field_validator("n")
        @classmethod
        def _even(cls, v: int) -> int:
            if v % 2:
                raise ValueError("must be even")
            return v

    gw = make_gateway({"fake": {"options": {"responses": [{"json": {"n": 3}}]}}})
    with pytest.raises(BadProviderOutput, match="not a valid Even: field 'n': Value error, must be even"):
        gw.structured(ChatRequest.of("n"), Even, model="fake")


def test_tool_calls_come_back_parsed(make_gateway) -> None:
    gw = make_gateway({"fake": {"options": {"responses": [{"tool": "lookup", "arguments": {"q": "acme"}}]}}})
    req = ChatRequest(messages=[Message(role="user", content="find acme")],
                      tools=[Tool(name="lookup", parameters={"type": "object"})], tool_choice="required")
    [call] = gw.chat(req, model="fake").tool_calls
    assert (call.name, call.arguments) == ("lookup", {"q": "acme"})


def test_grammar_on_a_remote_provider_is_refused(make_gateway, settings) -> None:
    settings.models["remote"] = ModelSettings(provider="openai", base_url="http://127.0.0.1:9/v1", model="m")
    gw = make_gateway()
    with pytest.raises(Unsupported, match="cannot enforce a GBNF grammar"):
        gw.chat(ChatRequest.of("x", grammar='root ::= "a"'), model="remote")


def test_missing_api_key_names_the_variable(make_gateway, settings, monkeypatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    settings.models["claude"] = ModelSettings(provider="anthropic", model="claude-x")
    gw = make_gateway()
    with pytest.raises(ConfigError, match="missing API key: set ANTHROPIC_API_KEY"):
        gw.chat(ChatRequest.of("x"), model="claude")
    assert provider_status(settings.models["claude"]) == (False, "missing API key: set ANTHROPIC_API_KEY")


def test_bad_provider_options_are_a_config_error(make_gateway) -> None:
    gw = make_gateway({"fake": {"options": {"respones": []}}})
    with pytest.raises(ConfigError, match=r"options.respones: unknown option"):
        gw.chat(ChatRequest.of("x"), model="fake")


def test_providers_load_from_the_entry_point_group() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="charter.providers")}
    assert {"local", "anthropic", "openai", "scripted"} <= names
    assert provider_class("scripted").supports_tools
    with pytest.raises(NotFound, match="unknown model provider 'scriptd'; did you mean 'scripted'"):
        provider_class("scriptd")


def test_governance_needs_query_for_principal_and_agent(make_gateway, sqlite_store) -> None:
    catalog = Catalog(sqlite_store)
    gw = make_gateway({"fake": {"options": {"responses": ["ok"]}}}, catalog=catalog)
    assert "fake" in gw.register_models()
    for name, kind in (("alice", "user"), ("bob", "user"), ("helper", "agent")):
        catalog.create_principal(name, kind)
    with pytest.raises(PermissionDenied, match="alice"):
        gw.chat(ChatRequest.of("x"), model="fake", principal="alice")
    catalog.grant("QUERY", "model:fake", "alice")
    assert gw.chat(ChatRequest.of("x"), model="fake", principal="alice").text == "ok"
    # The agent lacks QUERY: the intersection denies even though alice may.
    with pytest.raises(PermissionDenied):
        gw.chat(ChatRequest.of("x"), model="fake", principal="alice", agent="helper")
    catalog.grant("QUERY", "model:fake", "helper")
    assert gw.chat(ChatRequest.of("x"), model="fake", principal="alice", agent="helper").text == "ok"
    with pytest.raises(PermissionDenied):  # bob has no grant; the agent's grant does not lend him one
        gw.chat(ChatRequest.of("x"), model="fake", principal="bob", agent="helper")
    outcomes = [r.failures for r in gw.usage(by="principal")]
    assert outcomes == [2, 1]  # alice: 2 denials, bob: 1
    # Every call is audited: refusals at once, allowed calls by the background writer.
    calls = [(e.allowed, e.securable) for e in catalog.audit_log(principal="alice") if e.action == "model call"]
    assert calls.count((True, "model:fake")) == 2 and calls.count((False, "model:fake")) == 2


def test_cache_is_opt_in_persisted_and_keyed_by_the_request(make_gateway, settings, sqlite_store) -> None:
    gw = make_gateway({"fake": {"cache": True, "options": {"responses": ["first", "second", "third"]}}})
    assert gw.chat(ChatRequest.of("q"), model="fake").text == "first"
    again = gw.chat(ChatRequest.of("q"), model="fake")
    assert (again.text, again.cached) == ("first", True)
    assert gw.chat(ChatRequest.of("q", temperature=0.5), model="fake").text == "second"
    # Persisted: a new gateway (a new process, in effect) finds it too.
    fresh = Gateway(settings, sqlite_store, None)
    assert fresh.chat(ChatRequest.of("q"), model="fake").cached
    uncached = make_gateway({"plain": {"options": {"responses": ["a", "b"]}}})
    assert [uncached.chat(ChatRequest.of("q"), model="plain").text for _ in range(2)] == ["a", "b"]


def test_stream_yields_pieces_that_join_to_the_answer(make_gateway) -> None:
    gw = make_gateway({"fake": {"options": {"responses": ["the quick  brown fox"]}}})
    pieces = list(gw.stream(ChatRequest.of("x"), model="fake"))
    assert len(pieces) > 1 and "".join(pieces) == "the quick  brown fox"


def test_stream_raises_the_calls_error(make_gateway) -> None:
    gw = make_gateway({"fake": {"max_retries": 0, "options": {"responses": [{"error": "rejected"}]}}})
    with pytest.raises(Exception, match="scripted rejection"):
        list(gw.stream(ChatRequest.of("x"), model="fake"))

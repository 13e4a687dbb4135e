"""Versions are content-hashed configs with aliases; the registry reads the entry-point group."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from charter.agents import Agent, AgentRegistry, AgentVersions, LLMStep, PythonStep, Sequence
from charter.agents.builtin import ToolLoopStep
from charter.errors import AlreadyExists, ConfigError, InvalidInput, NotFound
from charter.runtime import Charter
from charter.store import Store


class Q(BaseModel):
    question: str


class A(BaseModel):
    answer: str


def echo(q: Q) -> Q:
    return q


def make_agent() -> Agent:
    return Agent("qa", Sequence("flow", [PythonStep("clean", echo),
                                         LLMStep("answer", Q, A, {"prompt": "Q: {question}", "temperature": 0.0})]),
                 description="Answers questions.")


def test_the_hash_follows_the_config_and_versions_round_trip(sqlite_store: Store) -> None:
    agent = make_agent()
    assert make_agent().content_hash() == agent.content_hash()  # stable across builds
    hotter = agent.with_step_config("answer", {"temperature": 0.7})
    assert hotter.content_hash() != agent.content_hash()
    assert hotter.step("answer").config.prompt == "Q: {question}"  # a partial change merges
    assert agent.step_configs()["answer"]["temperature"] == 0.0

    versions = AgentVersions(sqlite_store)
    v1 = versions.save(agent, actor="ann", note="baseline")
    assert versions.save(agent).content_hash == v1.content_hash  # idempotent
    v2 = versions.save(hotter)
    assert [v.content_hash for v in versions.list("qa")] == [v2.content_hash, v1.content_hash]
    versions.set_alias("qa", "champion", v1.short)
    versions.set_alias("qa", "challenger", v2.content_hash[:8])
    assert versions.get("qa", "champion").note == "baseline"
    assert versions.aliases("qa") == {"champion": v1.content_hash, "challenger": v2.content_hash}
    versions.set_alias("qa", "champion", "challenger")  # promote the challenger
    assert versions.get("qa", "champion").content_hash == v2.content_hash
    loaded = versions.load(make_agent(), "champion")
    assert loaded.step("answer").config.temperature == 0.7 and loaded.content_hash() == v2.content_hash
    with pytest.raises(NotFound, match="'nope' matches no version or alias of agent 'qa'"):
        versions.get("qa", "nope")
    with pytest.raises(InvalidInput, match="alias 'Champion!'"):
        versions.set_alias("qa", "Champion!", "champion")


def test_the_registry_finds_built_ins_through_the_entry_point_group() -> None:
    registry = AgentRegistry()
    assert "assistant" in registry.names()
    assert registry.source("assistant") == "charter.agents.builtin:assistant"
    assistant = registry.create("assistant")
    assert isinstance(assistant.graph, ToolLoopStep)
    registry.register("qa", make_agent)
    assert registry.create("qa").description == "Answers questions."
    with pytest.raises(AlreadyExists, match="'qa'"):
        registry.register("qa", make_agent)
    with pytest.raises(NotFound, match="unknown agent 'qaa'; did you mean 'qa'"):
        registry.create("qaa")
    registry.register("misnamed", make_agent)
    with pytest.raises(ConfigError, match="registered as 'misnamed' built an agent named 'qa'"):
        registry.create("misnamed")


def test_agent_cli_lists_shows_and_promotes(home: Path, charter) -> None:
    current = Charter.open(home)
    digest = AgentRegistry().create("assistant").content_hash()
    out = charter("agent", "promote", "assistant", "--alias", "challenger", "--note", "first")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"assistant: challenger -> {digest[:12]}"
    out = charter("agent", "promote", "assistant", "challenger")  # champion := challenger, with no evidence
    assert out.returncode == 3 and out.stderr.count("\n") == 1, out.stderr
    assert f"promotion of assistant@{digest[:12]} to champion refused: agent 'assistant' has no gate suite" in out.stderr
    listed = charter("agent", "list")
    assert f"challenger={digest[:12]}" in listed.stdout and "champion=" not in listed.stdout
    shown = charter("agent", "show", "assistant", "--version", "challenger")
    assert shown.returncode == 0, shown.stderr
    assert digest in shown.stdout and '"max_steps": 5' in shown.stdout and "first" in shown.stdout
    missing = charter("agent", "show", "assistnt")
    assert missing.returncode == 4 and "did you mean 'assistant'" in missing.stderr
    assert "champion" not in AgentVersions(current.store).aliases("assistant")

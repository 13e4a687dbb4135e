"""A Charter over a temporary home with one agent on the scripted model, principals and tokens."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from charter.agents import Agent
from charter.agents.registry import AgentRegistry
from charter.agents.steps import LLMStep
from charter.mcp.tokens import TokenStore
from charter.runtime import Charter
from charter.server import create_app
from charter.settings import ModelSettings, Settings
from charter.store import upgrade


class Question(BaseModel):
    question: str


class Answer(BaseModel):
    answer: str


def capital_agent(prompt: str = "Answer briefly: {question}") -> Agent:
    """One LLM step on the scripted model `fake` (which always answers Paris)."""
    return Agent("capital", LLMStep("answer", Question, Answer, {"prompt": prompt, "model": "fake"}))


@dataclass
class World:
    charter: Charter
    registry: AgentRegistry
    tokens: dict[str, str]

    def auth(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}


@pytest.fixture
def world(settings: Settings) -> Iterator[World]:
    """ann may run `capital`; bob may not; admin is the metastore admin."""
    settings.models["fake"] = ModelSettings(provider="scripted", options={"responses": [{"json": {"answer": "Paris"}}]})
    charter = Charter(settings)
    upgrade(charter.store)
    cat = charter.catalog
    for user in ("ann", "bob"):
        cat.create_principal(user)
    cat.create_securable("agent", "capital")
    cat.grant("EXECUTE", "agent:capital", "ann")
    cat.create_securable("model", "fake")
    cat.create_principal("capital", "agent")  # the agent's own principal calls the model for ann
    for who in ("ann", "capital"):
        cat.grant("QUERY", "model:fake", who)
    registry = AgentRegistry(load_entry_points=False)
    registry.register("capital", capital_agent)
    store = TokenStore(charter.store, cat)
    tokens = {p: store.issue(p) for p in ("ann", "bob", "admin")}
    yield World(charter, registry, tokens)
    charter.tracer.shutdown()
    charter.store.dispose()


@pytest.fixture
def client(world: World) -> TestClient:
    return TestClient(create_app(world.charter, world.registry), raise_server_exceptions=False)

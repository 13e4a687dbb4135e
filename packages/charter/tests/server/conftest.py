"""A Charter over a temporary home with one agent on the scripted model, principals and tokens."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
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
from charter.testing import copy_migrated, free_port


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
def world(settings: Settings, migrated_sqlite: Path) -> Iterator[World]:
    """ann may run `capital`; bob may not; admin is the metastore admin."""
    copy_migrated(migrated_sqlite, settings.home / "charter.db")  # the settings' store, migrated already
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


def wait_for(url: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError(f"server at {url} did not start")


@pytest.fixture
def base_url(world: World) -> Iterator[str]:
    """The app under a real uvicorn on a loopback port, in a thread."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(world.charter, world.registry), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(f"http://127.0.0.1:{port}/openapi.json")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def page_csrf(html: str) -> str:
    """The CSRF token a page's forms carry (what a browser submits with them)."""
    import re

    found = re.search(r'<input type="hidden" name="csrf" value="([^"]+)">', html)
    assert found, "the page has no form with a CSRF field"
    return found.group(1)


class Browser:
    """A TestClient signed in to the review app by cookie, whose form posts carry the CSRF field the
    pages put in every form (as a real browser submitting them does)."""

    def __init__(self, client: TestClient, token: str) -> None:
        from charter.server.web import COOKIE, csrf_token

        client.cookies.set(COOKIE, token)
        self.client, self.csrf = client, csrf_token(token)

    def get(self, url: str, **kw: Any) -> Any:
        return self.client.get(url, **kw)

    def post(self, url: str, data: dict[str, str] | None = None, **kw: Any) -> Any:
        return self.client.post(url, data=None if data is None else {**data, "csrf": self.csrf}, **kw)


def give_evidence(world: World, ref: str) -> None:
    """What promoting ``ref`` to champion needs: a gate suite for `capital` (one question, accuracy 1), a
    passing gate run of that version, and the sign-off of rex (a reviewer; four eyes: not the admin)."""
    from charter.evals.datasets import Dataset, Datasets, Item
    from charter.monitor.release import Release
    from charter.settings import GateSettings

    world.charter.settings.gates["capital"] = GateSettings(dataset="capital-gate", scorers=["exact:field=answer"],
                                                           min={"accuracy": 1.0}, concurrency=1)
    item = Item(id="1", inputs={"question": "Capital of France?"}, expectations={"answer": "Paris"})
    Datasets(world.charter.store).add(Dataset(name="capital-gate", items=[item], source="test"), actor="admin")
    release = Release(world.charter, world.registry)
    assert release.gate("capital", ref).passed
    cat = world.charter.catalog
    if "rex" not in {p.name for p in cat.principals()}:  # a reviewer who neither wrote nor promotes it
        cat.create_principal("rex")
        if "reviewers" not in {p.name for p in cat.principals()}:
            cat.create_principal("reviewers", "group")
        cat.add_member("reviewers", "rex")
    release.signoff("capital", ref, reviewer="rex")

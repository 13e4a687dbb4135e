"""Test doubles for the monitor: a webhook receiver on a loopback port, and a served agent whose
scripted model (a test double, not a language model) answers as a script says."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import BaseModel

from charter.agents import Agent
from charter.agents.registry import AgentRegistry
from charter.agents.steps import LLMStep
from charter.mcp.tokens import TokenStore
from charter.runtime import Charter
from charter.settings import ModelSettings, Settings
from charter.store import upgrade


class Question(BaseModel):
    question: str


class Answer(BaseModel):
    answer: str


def capital_agent() -> Agent:
    """One LLM step on the scripted model `fake`."""
    return Agent("capital", LLMStep("answer", Question, Answer, {"prompt": "Answer briefly: {question}",
                                                                 "model": "fake"}))


def answers(*runs: tuple[int, str]) -> list[dict[str, Any]]:
    """A script for the scripted model: ``(20, "Paris"), (20, "Lyon")`` answers Paris 20 times, then Lyon."""
    return [{"json": {"answer": text}} for n, text in runs for _ in range(n)]


@dataclass
class Served:
    charter: Charter
    registry: AgentRegistry
    token: str

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def serve_world(settings: Settings, script: list[dict[str, Any]], *, judge_script: list[Any] | None = None) -> Served:
    """`capital` on the scripted model `fake` (replaying ``script``), ann allowed to run it, and a
    scripted judge model `judge` when ``judge_script`` is given."""
    settings.models["fake"] = ModelSettings(provider="scripted", options={"responses": script})
    if judge_script is not None:
        settings.models["judge"] = ModelSettings(provider="scripted", options={"responses": judge_script})
    charter = Charter(settings)
    upgrade(charter.store)
    cat = charter.catalog
    cat.create_principal("ann")
    cat.create_securable("agent", "capital")
    cat.grant("EXECUTE", "agent:capital", "ann")
    cat.create_principal("capital", "agent")
    for model in ("fake", "judge") if judge_script is not None else ("fake",):
        cat.create_securable("model", model)
        for who in ("ann", "capital", "admin"):
            cat.grant("QUERY", f"model:{model}", who)
    registry = AgentRegistry(load_entry_points=False)
    registry.register("capital", capital_agent)
    return Served(charter, registry, TokenStore(charter.store, cat).issue("ann"))


@dataclass
class Received:
    headers: dict[str, str]
    body: str

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class WebhookReceiver:
    """A tiny HTTP server on a loopback port that records every POST and answers as told.

    ``statuses`` are the answers in order (then 200); ``delay_s`` makes it answer that late (a
    receiver that times out); ``hold`` makes it wait for the event before answering (one that hangs).
    """

    statuses: list[int] = field(default_factory=list)
    delay_s: float = 0.0
    hold: threading.Event | None = None
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        receiver = self
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server hook
                body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
                with lock:
                    receiver.received.append(Received(dict(self.headers.items()), body))
                    status = receiver.statuses.pop(0) if receiver.statuses else 200
                if receiver.delay_s:
                    time.sleep(receiver.delay_s)
                if receiver.hold is not None:
                    receiver.hold.wait(30)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/charter"

    def wait_for(self, n: int, timeout_s: float = 30.0) -> list[Received]:
        """The first ``n`` requests, waiting for them at most ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        while len(self.received) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        return list(self.received)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def crashing_scorer(*, outputs: Any) -> bool:
    """A custom scorer with a bug (a test double): every call raises."""
    raise RuntimeError("boom: a bug in a custom scorer")

"""Server limits on by default, over real HTTP (uvicorn started by the test): a body past the cap is
answered 413 before authentication reads it, a body without credentials is never read, a token past
its rate is answered 429 with Retry-After, a slow request 504, and `charter serve` stops on SIGTERM
with a request still in flight. Every refusal is audited."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from pydantic import BaseModel

from charter.server import create_app
from charter.testing import free_port
from server.conftest import World, wait_for


def _serve(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(f"http://127.0.0.1:{port}/openapi.json")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def live(world: World) -> Iterator[str]:
    """The app with the default limits, and a slow route, under a real uvicorn."""
    world.charter.settings.server.request_timeout_s = 1.5
    app = create_app(world.charter, world.registry)

    @app.get("/test-slow")
    async def slow() -> dict[str, str]:
        import asyncio

        await asyncio.sleep(30)
        return {"late": "yes"}

    @app.post("/test-bug")
    async def bug() -> None:
        raise ZeroDivisionError("secret 42")

    yield from _serve(app)


def _raw(base_url: str, head: str, body: bytes = b"", timeout_s: float = 20.0) -> tuple[int, bytes]:
    """Send a request by hand (headers as given, the body only as far as given); the status and reply."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout_s) as s:
        s.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        reply = b""
        while b"\r\n\r\n" not in reply or len(reply.split(b"\r\n\r\n", 1)[1]) < _length(reply):
            chunk = s.recv(65536)
            if not chunk:
                break
            reply += chunk
    return int(reply.split(b" ", 2)[1]), reply


def _length(reply: bytes) -> int:
    for line in reply.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def _refusals(world: World, since: int) -> list[tuple[str, str, str]]:
    return [(e.actor, e.action, e.reason) for e in world.charter.catalog.audit_log(limit=100_000)[since:]
            if not e.allowed]


def test_defaults_are_on(world: World) -> None:
    server = world.charter.settings.server
    assert server.token_requests_per_minute == 600 and server.max_body_bytes == 1_048_576
    assert server.request_timeout_s == 300 and server.shutdown_timeout_s == 10


def test_a_declared_body_past_the_cap_is_refused_before_it_is_read(world: World, live: str) -> None:
    since = len(world.charter.catalog.audit_log(limit=100_000))
    # 50 MB declared, not one byte sent: an answer proves the server never waited for the body.
    for auth in ("", f"Authorization: Bearer {world.tokens['ann']}\n"):
        status, reply = _raw(live, f"POST /v1/agents/capital/invoke HTTP/1.1\nHost: x\n{auth}"
                             "Content-Type: application/json\nContent-Length: 50000000\n")
        assert status == 413 and b"payload_too_large" in reply and b"at most 1048576 bytes" in reply
    refused = _refusals(world, since)
    assert [r[:2] for r in refused] == [("(unauthenticated)", "POST /v1/agents/capital/invoke")] * 2
    assert "request body too large (50000000 bytes)" in refused[0][2]


def test_an_unauthenticated_body_is_never_read(world: World, live: str) -> None:
    since = len(world.charter.catalog.audit_log(limit=100_000))
    for auth in ("", "Authorization: Bearer cht_forged\n"):
        # 500 KB declared (under the cap), none sent: the 401 comes without waiting for it.
        status, reply = _raw(live, f"POST /v1/agents/capital/invoke HTTP/1.1\nHost: x\n{auth}"
                             "Content-Type: application/json\nContent-Length: 500000\n")
        assert status == 401 and b"unauthenticated" in reply
    assert [r[:2] for r in _refusals(world, since)] == [("(unauthenticated)", "POST /v1/agents/capital/invoke")] * 2


def test_a_streamed_body_is_counted_and_cut_at_the_cap(world: World, live: str) -> None:
    since = len(world.charter.catalog.audit_log(limit=100_000))

    def chunks() -> Iterator[bytes]:
        yield b'{"inputs": {"question": "'
        for _ in range(40):  # 2.5 MB in all, no Content-Length (chunked)
            yield b"x" * 65536
        yield b'"}}'

    with httpx.Client(timeout=30) as http:
        try:
            r = http.post(f"{live}/v1/agents/capital/invoke", content=chunks(),
                          headers={**world.auth("ann"), "Content-Type": "application/json"})
            status = r.status_code
        except httpx.HTTPError:  # the server may close while the client is still sending
            status = 413
    assert status == 413
    refused = _refusals(world, since)
    assert refused and refused[-1][:2] == ("ann", "POST /v1/agents/capital/invoke")
    assert refused[-1][2].startswith("request body too large: the server accepts at most 1048576 bytes")
    # and a normal request still works
    ok = httpx.post(f"{live}/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of France?"}},
                    headers=world.auth("ann"), timeout=30)
    assert ok.status_code == 200, ok.text


def test_a_token_past_its_rate_gets_429_with_retry_after(world: World) -> None:
    world.charter.settings.server.token_requests_per_minute = 3
    app = create_app(world.charter, world.registry)
    if time.time() % 60 > 50:  # fixed one-minute windows: send every request inside one
        time.sleep(60.5 - time.time() % 60)
    for base in _serve(app):
        since = len(world.charter.catalog.audit_log(limit=100_000))
        codes = [httpx.get(f"{base}/v1/agents", headers=world.auth("ann"), timeout=30) for _ in range(5)]
        assert [c.status_code for c in codes] == [200, 200, 200, 429, 429]
        assert 1 <= int(codes[3].headers["Retry-After"]) <= 60
        assert codes[3].json()["error"]["code"] == "rate_limited"
        refused = _refusals(world, since)
        assert [r[:2] for r in refused] == [("ann", "GET /v1/agents")] * 2
        assert "server requests/minute for token" in refused[0][2]
        # another token of another principal is counted on its own
        assert httpx.get(f"{base}/v1/agents", headers=world.auth("bob"), timeout=30).status_code == 200


def test_a_slow_request_is_answered_504(world: World, live: str) -> None:
    since = len(world.charter.catalog.audit_log(limit=100_000))
    r = httpx.get(f"{live}/test-slow", timeout=30)
    assert r.status_code == 504 and r.json()["error"]["code"] == "timeout", r.text
    assert "request_timeout_s" in r.json()["error"]["message"]
    assert _refusals(world, since)[-1][:2] == ("(unauthenticated)", "GET /test-slow")


def test_serve_stops_on_sigterm_with_a_request_in_flight(home: Path) -> None:
    (home / "charter.toml").write_text("[server]\nshutdown_timeout_s = 2\n")
    made = subprocess.run([sys.executable, "-m", "charter.cli", "token", "create", "--principal", "admin"],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "charter.cli", "serve", "--port", str(port)],
                            env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_for(f"http://127.0.0.1:{port}/openapi.json", 90)
        # A client sending a body slowly (chunked, never finishing) keeps a request in flight.
        s = socket.create_connection(("127.0.0.1", port), timeout=30)
        s.sendall(f"POST /v1/agents/x/invoke HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                  "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n".encode())
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)  # generous: the configured grace is 2 s
        except subprocess.TimeoutExpired:
            pytest.fail("charter serve did not stop within 60 s of SIGTERM with a request in flight")
        s.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


def test_an_internal_error_is_answered_in_one_line_and_audited(world: World, live: str) -> None:
    since = len(world.charter.catalog.audit_log(limit=100_000))
    r = httpx.post(f"{live}/test-bug", json={"x": 1}, headers=world.auth("ann"), timeout=30)
    assert r.status_code == 500 and r.json()["error"]["message"] == ("internal error (ZeroDivisionError); see the "
                                                                     "server log")
    assert "42" not in r.text and "Traceback" not in r.text
    assert _refusals(world, since)[-1] == ("ann", "POST /test-bug",
                                           "internal error (ZeroDivisionError); see the server log")


class Q(BaseModel):
    question: str


def _held_steps(release: threading.Event, ran: list[str], started: threading.Event | None = None) -> tuple:
    """Two agent steps: ``first`` sets ``started`` and holds until ``release`` (still running when the request is
    answered 504), ``second`` records its question in ``ran``."""

    def first(q: Q) -> Q:
        if started is not None:
            started.set()
        release.wait(30)
        return q

    def second(q: Q) -> Q:
        ran.append(q.question)
        return q

    return first, second


def test_a_504_cancels_the_agent_run_before_its_next_step(world: World) -> None:
    """The request times out while the agent's first step runs: the caller gets 504, and the run, still
    on its worker thread, stops before its second step; its trace ends with status `cancelled`."""
    from fastapi.testclient import TestClient

    from charter.agents import Agent, PythonStep, Sequence

    release, ran = threading.Event(), []
    first, second = _held_steps(release, ran)

    world.registry.register("slow", lambda: Agent("slow", Sequence("flow", [PythonStep("first", first),
                                                                            PythonStep("second", second)])))
    cat = world.charter.catalog
    cat.create_securable("agent", "slow")
    cat.grant("EXECUTE", "agent:slow", "ann")
    world.charter.settings.server.request_timeout_s = 0.5
    client = TestClient(create_app(world.charter, world.registry), raise_server_exceptions=False)
    r = client.post("/v1/agents/slow/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("ann"))
    assert r.status_code == 504 and r.json()["error"]["code"] == "timeout", r.text
    release.set()
    tracer = world.charter.tracer
    deadline = time.monotonic() + 30
    while not (done := tracer.list(agent="slow")) and time.monotonic() < deadline:
        time.sleep(0.05)
        tracer.flush()
    assert done and done[0].status == "cancelled"
    trace = tracer.get(done[0].trace_id)
    assert "step:second" not in [s.name for s in trace.spans] and ran == []
    assert "answered 504" in trace.root.error["message"]


def test_a_504_on_the_review_apps_comparison_cancels_its_evaluation(world: World) -> None:
    """The comparison (a plain page before) answers 504 at the request timeout while the champion's first
    item is still in its first step; that run stops before its next step (trace `cancelled`), no later
    item or the challenger's run starts, and the evaluation run is stored as `cancelled` (resumable)."""
    from fastapi.testclient import TestClient

    from charter.agents import Agent, PythonStep, Sequence
    from charter.agents.versions import AgentVersions
    from charter.evals.datasets import Dataset, Datasets, Item
    from charter.evals.runs import Runs
    from server.conftest import Browser

    release, ran, started = threading.Event(), [], threading.Event()
    first, second = _held_steps(release, ran, started)

    def slow() -> Agent:
        return Agent("slow", Sequence("flow", [PythonStep("first", first), PythonStep("second", second)]))

    world.registry.register("slow", slow)
    world.charter.catalog.create_securable("agent", "slow")
    versions = AgentVersions(world.charter.store)
    saved = versions.save(slow())
    for alias in ("champion", "challenger"):
        versions.set_alias("slow", alias, saved.content_hash)
    Datasets(world.charter.store).add(Dataset(name="slow-golden", items=[
        Item(id=f"q{n}", inputs={"question": f"q{n}"}, expectations={"question": f"q{n}"}) for n in (1, 2)]))
    # long enough for the champion's run to reach its first step on a loaded machine (at 0.5 s the request once
    # timed out before the comparison started a run, and no run was stored)
    world.charter.settings.server.request_timeout_s = 3.0
    client = TestClient(create_app(world.charter, world.registry), raise_server_exceptions=False)
    try:
        r = Browser(client, world.tokens["admin"]).post("/review/agents/slow/compare", data={"dataset": "slow-golden"})
        assert r.status_code == 504 and r.json()["error"]["code"] == "timeout", r.text
        answered_before_the_step_ended = started.is_set() and not release.is_set()
    finally:
        release.set()
    assert answered_before_the_step_ended
    runs = Runs(world.charter.store)
    deadline = time.monotonic() + 30
    while not ((done := runs.list(agent="slow")) and done[0].status != "running") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [r.status for r in done] == ["cancelled"]  # the champion's run; the challenger's never started
    assert runs.get(done[0].run_id).items == []  # the item cut short is not stored as a failure
    tracer = world.charter.tracer
    tracer.flush()
    (trace,) = tracer.list(agent="slow")
    assert trace.status == "cancelled" and ran == []
    assert "step:second" not in [s.name for s in tracer.get(trace.trace_id).spans]

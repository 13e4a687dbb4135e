"""Authentication at the HTTP edge, route by route: only a live Bearer token gets in; every refusal
is the same JSON body; the server never answers with a traceback; a 429 says when to retry.
(Pinned by mutation testing of charter/server/app.py, docs/testing.md.)"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from charter.mcp.tokens import TokenStore
from charter.models.limits import MemoryLimiter
from charter.server import create_app
from charter.server.limits import EdgeLimits

MISSING = {"error": {"code": "unauthenticated", "message": "missing token; send 'Authorization: Bearer cht_...'",
                     "retryable": False, "field": None}}
CHAT = {"model": "agent:capital", "messages": [{"role": "user", "content": "Capital of France?"}]}
ROUTES = [("GET", "/v1/agents", None), ("POST", "/v1/agents/capital/invoke", {"inputs": {"question": "q"}}),
          ("POST", "/v1/chat/completions", CHAT)]


def _call(client: TestClient, method: str, path: str, body: object, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.request(method, path, json=body, headers=headers)


@pytest.mark.parametrize(("method", "path", "body"), ROUTES)
def test_every_route_refuses_a_request_without_a_live_bearer_token(world, client, method: str, path: str,
                                                                   body: object) -> None:
    ann = world.tokens["ann"]
    for headers in ({}, {"Authorization": f"Basic {ann}"}, {"Authorization": "Bearer"}, {"Authorization": "Bearer "},
                    {"Authorization": ann}, {"Authorization": f"Token {ann}"}):
        r = _call(client, method, path, body, headers)
        assert (r.status_code, r.json()) == (401, MISSING), headers
    r = _call(client, method, path, body, {"Authorization": "Bearer cht_not-a-real-token"})
    assert r.status_code == 401 and r.json()["error"]["message"] == "unknown token cht_not-a-..."
    # The scheme is case-insensitive and the token may carry surrounding blanks.
    for headers in ({"Authorization": f"bearer {ann}"}, {"Authorization": f"BEARER  {ann} "}):
        assert _call(client, method, path, body, headers).status_code == 200, headers


def test_a_revoked_token_is_refused_on_the_next_request(world, client) -> None:
    tokens = TokenStore(world.charter.store, world.charter.catalog)
    assert client.get("/v1/agents", headers=world.auth("ann")).status_code == 200
    tokens.revoke(next(t.id for t in tokens.list("ann")))
    r = client.get("/v1/agents", headers=world.auth("ann"))
    assert r.status_code == 401 and "was revoked" in r.json()["error"]["message"]


def test_agents_are_listed_to_any_authenticated_principal(world, client) -> None:
    r = client.get("/v1/agents", headers=world.auth("bob"))  # bob may not run it, but may see it exists
    assert r.status_code == 200 and r.json() == [{"name": "capital", "source": world.registry.source("capital")}]


def test_an_internal_error_is_a_500_without_a_traceback(world, client, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object, **_kw: object) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(client.app.state.runner, "serve", boom)
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("ann"))
    assert r.status_code == 500
    assert r.json() == {"error": {"code": "charter_error", "message": "internal error (RuntimeError); see the server log",
                                  "retryable": False, "field": None}}


def test_a_429_says_when_the_minute_window_ends(world, monkeypatch: pytest.MonkeyPatch) -> None:
    import charter.server.app as app_module

    window = 1_800_000_000.0  # a minute boundary
    monkeypatch.setattr(app_module, "time", SimpleNamespace(time=lambda: window + 45.5, perf_counter=time.perf_counter,
                                                            monotonic=time.monotonic))
    server = SimpleNamespace(requests_per_minute=1, token_requests_per_minute=None)
    limits = EdgeLimits(SimpleNamespace(server=server), limiter=MemoryLimiter(clock=lambda: window + 45.5))
    client = TestClient(create_app(world.charter, world.registry, limits=limits), raise_server_exceptions=False)
    assert client.get("/v1/agents", headers=world.auth("ann")).status_code == 200
    r = client.get("/v1/agents", headers=world.auth("ann"))
    assert r.status_code == 429 and r.headers["retry-after"] == "15" and r.json()["error"]["retryable"] is True
    # In the last second of a window, still at least one second.
    monkeypatch.setattr(app_module, "time", SimpleNamespace(time=lambda: window + 59.9, perf_counter=time.perf_counter,
                                                            monotonic=time.monotonic))
    assert client.get("/v1/agents", headers=world.auth("ann")).headers["retry-after"] == "1"

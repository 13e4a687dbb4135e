"""Request limits at the server edge: per principal and per token, 429 naming the limit, shared in Redis
by several workers (two apps on one Redis here; `charter serve --workers 2` in the live test)."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from charter.mcp.tokens import TokenStore
from charter.models.limits import MemoryLimiter, RedisLimiter
from charter.server import create_app
from charter.server.limits import EdgeLimits

FIXED_CLOCK = 1_800_000_000.0  # inside one minute window, so a test never straddles a reset


def _limits(per_principal: int | None, per_token: int | None, limiter) -> EdgeLimits:  # type: ignore[no-untyped-def]
    server = SimpleNamespace(requests_per_minute=per_principal, token_requests_per_minute=per_token)
    return EdgeLimits(SimpleNamespace(server=server), limiter=limiter)


def _invoke(client: TestClient, token: str):  # type: ignore[no-untyped-def]
    return client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}},
                       headers={"Authorization": f"Bearer {token}"})


def test_principal_and_token_limits_refuse_with_429_naming_the_limit(world) -> None:
    limits = _limits(3, 2, MemoryLimiter(clock=lambda: FIXED_CLOCK))
    client = TestClient(create_app(world.charter, world.registry, limits=limits), raise_server_exceptions=False)
    second = TokenStore(world.charter.store, world.charter.catalog).issue("ann", label="second")
    first = world.tokens["ann"]
    assert [_invoke(client, first).status_code for _ in range(2)] == [200, 200]
    over_token = _invoke(client, first)
    assert over_token.status_code == 429 and over_token.json()["error"]["retryable"] is True
    assert "token" in over_token.json()["error"]["message"] and int(over_token.headers["retry-after"]) >= 1
    assert _invoke(client, second).status_code == 200  # ann's third admitted request
    over_principal = _invoke(client, second)
    assert over_principal.status_code == 429 and "principal 'ann'" in over_principal.json()["error"]["message"]
    assert _invoke(client, world.tokens["bob"]).status_code == 403  # bob has his own count (and no EXECUTE)


def test_no_limits_configured_means_no_limiter(world) -> None:
    limits = _limits(None, None, None)
    assert limits.limiter is None and not limits.enabled
    client = TestClient(create_app(world.charter, world.registry, limits=limits))
    assert all(_invoke(client, world.tokens["ann"]).status_code == 200 for _ in range(5))


@pytest.mark.redis
def test_two_workers_on_one_redis_admit_exactly_the_limit_together(world, redis_url) -> None:
    prefix = f"charter:test:{uuid.uuid4().hex[:8]}:"  # this test's own counters
    apps = [TestClient(create_app(world.charter, world.registry,
                                  limits=_limits(5, None, RedisLimiter(redis_url, prefix=prefix,
                                                                       clock=lambda: FIXED_CLOCK))),
                       raise_server_exceptions=False) for _ in range(2)]
    codes = [_invoke(apps[n % 2], world.tokens["ann"]).status_code for n in range(12)]
    assert codes.count(200) == 5 and codes.count(429) == 7
    assert codes[:5] == [200] * 5

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
from charter.server.limits import EdgeLimits, FailedAuthLimit

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


def _failed_auth(world, per_client: int, clock: list[float]) -> FailedAuthLimit:  # type: ignore[no-untyped-def]
    world.charter.settings.server.unauthenticated_requests_per_minute = per_client
    return FailedAuthLimit(world.charter.settings, MemoryLimiter(clock=lambda: clock[0]),
                           audit=world.charter.catalog.audit, clock=lambda: clock[0])


def _unauth_audit(world, since: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.action, e.reason) for e in world.charter.catalog.audit_log(limit=100_000)[since:]
            if e.actor == "(unauthenticated)"]


def test_unauthenticated_flood_is_limited_per_client_and_audited_once_per_window(world) -> None:
    """Issue 20: past the per-client limit, failed authentications are answered 429 and written as one
    audit record per client per window, not one per request (whichever way authentication failed)."""
    clock = [FIXED_CLOCK]
    fa = _failed_auth(world, 3, clock)
    app = create_app(world.charter, world.registry, failed_auth=fa)
    flood, other = TestClient(app, raise_server_exceptions=False), TestClient(app, client=("10.0.0.9", 4000))
    since = len(world.charter.catalog.audit_log(limit=100_000))
    bad = {"Authorization": "Bearer cht_wrong"}
    answers = [flood.get("/v1/agents", headers=bad), flood.get("/v1/agents"),  # bad token, no token
               _invoke(flood, "cht_wrong"),  # refused by the body guard before the body is read
               *(flood.get("/v1/agents", headers=bad) for _ in range(4)), _invoke(flood, "cht_wrong"),
               flood.get("/v1/agents")]
    assert [r.status_code for r in answers] == [401] * 3 + [429] * 6
    assert all(int(r.headers["retry-after"]) >= 1 for r in answers[3:])
    assert "unauthenticated requests/minute from client testclient (3)" in answers[3].json()["error"]["message"]
    assert len(_unauth_audit(world, since)) == 3  # the three within the limit, one record each
    assert other.get("/v1/agents", headers=bad).status_code == 401  # another client has its own count
    assert flood.get("/v1/agents", headers=world.auth("ann")).status_code == 200  # a good token still works
    assert fa.flush() == 0  # the window is still open: nothing tallied is written yet
    clock[0] += 60
    assert flood.get("/v1/agents", headers=bad).status_code == 401  # a new window; the old one is written first
    records = _unauth_audit(world, since)
    assert len(records) == 6
    assert records[4][0] == FailedAuthLimit.ACTION
    assert records[4][1].startswith("6 refused unauthenticated requests from client testclient in the minute from ")
    assert "past the limit of 3/minute ([server] unauthenticated_requests_per_minute)" in records[4][1]
    assert fa.flush(everything=True) == 0  # nothing refused past the limit in the new window


def test_unauthenticated_limit_default_and_off(world) -> None:
    assert world.charter.settings.server.unauthenticated_requests_per_minute == 60
    fa = _failed_auth(world, 1, [FIXED_CLOCK])
    assert fa.check("a") is None and fa.check("a") is not None and fa.check("b") is None
    assert fa.flush(everything=True) == 1
    world.charter.settings.server.unauthenticated_requests_per_minute = None
    off = FailedAuthLimit(world.charter.settings)
    assert off.limiter is None and all(off.check("a") is None for _ in range(5))


def test_review_sign_in_with_a_wrong_token_is_audited_and_limited_per_client(world) -> None:
    """Issue 16: POST /review/login with a wrong token was neither audited nor limited. Each refused
    sign-in is audited (reason and client, never the token) and counts against the client's limit."""
    from server.conftest import page_csrf

    clock = [FIXED_CLOCK]
    client = TestClient(create_app(world.charter, world.registry, failed_auth=_failed_auth(world, 2, clock)),
                        raise_server_exceptions=False)
    since = len(world.charter.catalog.audit_log(limit=100_000))
    csrf = page_csrf(client.get("/review/login").text)
    wrong = "cht_" + "s3cret" * 8
    answers = [client.post("/review/login", data={"token": t, "csrf": csrf}, follow_redirects=False)
               for t in (wrong, "not-a-token", wrong, wrong)]
    assert [r.status_code for r in answers] == [401, 401, 429, 429]
    assert int(answers[2].headers["retry-after"]) >= 1 and "charter_token" not in answers[2].headers.get(
        "set-cookie", "")
    refused = [e for e in world.charter.catalog.audit_log(limit=100_000)[since:] if e.actor == "(unauthenticated)"]
    assert [(e.action, e.allowed, e.details.get("client")) for e in refused] == [
        ("POST /review/login", False, "testclient")] * 2  # the two past the limit are tallied, not audited
    assert refused[0].reason.startswith("unknown token") and "malformed" in refused[1].reason
    assert all(wrong not in f"{e.reason} {e.details}" for e in refused)  # never the token itself
    clock[0] += 60  # a new window: the tally of the refusals past the limit is written first
    assert client.post("/review/login", data={"token": wrong, "csrf": csrf}).status_code == 401
    tally = [e for e in world.charter.catalog.audit_log(limit=100_000)[since:] if e.action == FailedAuthLimit.ACTION]
    assert len(tally) == 1 and tally[0].reason.startswith("2 refused unauthenticated requests from client testclient")
    ok = client.post("/review/login", data={"token": world.tokens["ann"], "csrf": csrf}, follow_redirects=False)
    assert ok.status_code == 303  # a right token still signs in

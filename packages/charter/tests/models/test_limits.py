"""Requests/minute, tokens/minute and daily budgets; in-process and shared through Redis."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid

import pytest

from charter.errors import BudgetExceeded, RateLimited
from charter.models import ChatRequest
from charter.models.limits import MemoryLimiter, RedisLimiter, Rule


def test_model_requests_per_minute_names_the_limit_and_reset(make_gateway) -> None:
    gw = make_gateway({"fake": {"requests_per_minute": 2, "options": {"responses": ["ok"]}}})
    for _ in range(2):
        gw.chat(ChatRequest.of("x"), model="fake")
    with pytest.raises(RateLimited, match=r"model 'fake' requests/minute \(2\); it resets at \d{4}-\d\d-\d\d \d\d:\d\d:00 UTC"):
        gw.chat(ChatRequest.of("x"), model="fake")
    [row] = gw.usage(by="model")
    assert (row.calls, row.failures) == (3, 1)


def test_tokens_per_minute_counts_finished_calls(make_gateway) -> None:
    gw = make_gateway({"fake": {"tokens_per_minute": 5, "options": {"responses": ["a b c d e f"]}}})
    gw.chat(ChatRequest.of("x"), model="fake")  # 1 + 6 tokens: over, but only known afterwards
    with pytest.raises(RateLimited, match="tokens/minute"):
        gw.chat(ChatRequest.of("x"), model="fake")


def test_daily_budget_per_model(make_gateway) -> None:
    gw = make_gateway({"paid": {"daily_budget_usd": 0.01, "price_output_per_mtok": 10_000.0,
                                "options": {"responses": ["one"]}}})
    assert gw.chat(ChatRequest.of("x"), model="paid").cost_usd == pytest.approx(0.01)
    with pytest.raises(BudgetExceeded, match=r"model 'paid' daily budget \(\$0.01\); it resets at .* 00:00:00 UTC"):
        gw.chat(ChatRequest.of("x"), model="paid")


def test_principal_limits_apply_per_principal(make_gateway, settings) -> None:
    settings.limits.principal_requests_per_minute = 1
    gw = make_gateway({"fake": {"options": {"responses": ["ok"]}}})
    gw.chat(ChatRequest.of("x"), model="fake", principal="alice")
    gw.chat(ChatRequest.of("x"), model="fake", principal="bob")
    with pytest.raises(RateLimited, match="principal 'alice' requests/minute"):
        gw.chat(ChatRequest.of("x"), model="fake", principal="alice")


def test_windows_reset() -> None:
    now = [120.0]
    lim = MemoryLimiter(clock=lambda: now[0])
    rule = Rule("r", "k", "requests", 1, 60)
    lim.admit([rule])
    with pytest.raises(RateLimited):
        lim.admit([rule])
    now[0] = 180.0
    lim.admit([rule])


def test_a_refused_request_counts_against_no_limit() -> None:
    lim = MemoryLimiter(clock=lambda: 0.0)
    loose, tight = Rule("loose", "a", "requests", 10, 60), Rule("tight", "b", "requests", 1, 60)
    lim.admit([loose, tight])
    with pytest.raises(RateLimited, match="tight"):
        lim.admit([loose, tight])
    for _ in range(9):
        lim.admit([loose])  # the refused call did not use up one of loose's 10


_WORKER = textwrap.dedent("""
    import sys
    from charter.errors import RateLimited
    from charter.models.limits import RedisLimiter, Rule
    url, prefix, tries = sys.argv[1], sys.argv[2], int(sys.argv[3])
    lim = RedisLimiter(url, prefix=prefix, clock=lambda: 1_000_020.0)  # one fixed window
    rules = [Rule("shared rpm", "m:shared:rpm", "requests", 25, 60), Rule("p", "p:x:rpm", "requests", 1000, 60)]
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    admitted = 0
    for _ in range(tries):
        try:
            lim.admit(rules)
            admitted += 1
        except RateLimited:
            pass
    print(admitted, flush=True)
""")


@pytest.mark.redis
def test_two_processes_sharing_a_redis_limit_never_exceed_it(redis_url: str) -> None:
    prefix = f"charter:test:{uuid.uuid4().hex}:"
    procs = [
        subprocess.Popen([sys.executable, "-c", _WORKER, redis_url, prefix, "40"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready"
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        counts = [int(p.communicate(timeout=60)[0].strip()) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert sum(counts) == 25  # together exactly the limit: never more, and no lost admissions
    import redis

    r = redis.Redis.from_url(redis_url)
    for key in r.scan_iter(f"{prefix}*"):
        r.delete(key)


@pytest.mark.redis
def test_gateway_uses_redis_when_configured(make_gateway, settings, redis_url: str) -> None:
    settings.limits.redis_url = redis_url
    name = f"m{uuid.uuid4().hex[:8]}"  # a fresh counter key in the shared Redis
    first = make_gateway({name: {"requests_per_minute": 1, "options": {"responses": ["ok"]}}})
    assert isinstance(first.limiter, RedisLimiter)
    second = make_gateway()  # another gateway, as another process would have
    first.chat(ChatRequest.of("x"), model=name)
    with pytest.raises(RateLimited, match=f"model '{name}' requests/minute"):
        second.chat(ChatRequest.of("x"), model=name)

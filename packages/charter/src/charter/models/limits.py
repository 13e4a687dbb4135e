"""Rate limits and budgets: requests/minute, tokens/minute, dollars/day, per principal and model.

Fixed windows (the minute, the UTC day), counted in-process or in Redis. The Redis check-and-count
is one Lua script, so processes sharing a Redis never admit more requests than a limit together.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from charter.errors import BudgetExceeded, RateLimited
from charter.settings import ModelSettings, Settings

Kind = Literal["requests", "tokens", "cost"]


@dataclass(frozen=True)
class Rule:
    """One limit: ``name`` is what a refusal says (e.g. "model 'local' requests/minute")."""

    name: str
    key: str
    kind: Kind
    limit: float
    window_s: int  # 60 or 86400

    def window(self, now: float) -> tuple[int, float]:
        """The current window's start and the time it resets."""
        start = int(now // self.window_s) * self.window_s
        return start, start + self.window_s


def rules_for(settings: Settings, model_name: str, model: ModelSettings, principal: str) -> list[Rule]:
    """The limits that apply to one call."""
    lim = settings.limits
    out: list[Rule] = []
    for who, key, rpm, tpm, budget in (
        (f"principal '{principal}'", f"p:{principal}", lim.principal_requests_per_minute,
         lim.principal_tokens_per_minute, lim.principal_daily_budget_usd),
        (f"model '{model_name}'", f"m:{model_name}", model.requests_per_minute, model.tokens_per_minute,
         model.daily_budget_usd),
    ):
        if rpm is not None:
            out.append(Rule(f"{who} requests/minute ({rpm})", f"{key}:rpm", "requests", rpm, 60))
        if tpm is not None:
            out.append(Rule(f"{who} tokens/minute ({tpm})", f"{key}:tpm", "tokens", tpm, 60))
        if budget is not None:
            out.append(Rule(f"{who} daily budget (${budget:g})", f"{key}:usd", "cost", budget, 86400))
    return out


def _refuse(rule: Rule, now: float) -> Exception:
    reset = datetime.fromtimestamp(rule.window(now)[1], UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    cls = BudgetExceeded if rule.kind == "cost" else RateLimited
    return cls(f"over the limit {rule.name}; it resets at {reset}", limit=rule.name, reset_at=reset)


class Limiter(Protocol):
    def admit(self, rules: list[Rule]) -> None:
        """Count one request against every rule, or raise naming the first limit it would break."""

    def add(self, rules: list[Rule], tokens: int, cost: float) -> None:
        """Charge a finished call's tokens and cost."""


class MemoryLimiter:
    """Counters in this process (the default)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._counts: dict[tuple[str, int], float] = {}
        self._lock = threading.Lock()

    def admit(self, rules: list[Rule]) -> None:
        if not rules:
            return
        now = self._clock()
        with self._lock:
            for rule in rules:
                used = self._counts.get((rule.key, rule.window(now)[0]), 0.0)
                if (used + 1 > rule.limit) if rule.kind == "requests" else (used >= rule.limit):
                    raise _refuse(rule, now)
            for rule in rules:
                if rule.kind == "requests":
                    k = (rule.key, rule.window(now)[0])
                    self._counts[k] = self._counts.get(k, 0.0) + 1
            if len(self._counts) > 10_000:  # drop past windows
                floor = now - 86400
                self._counts = {k: v for k, v in self._counts.items() if k[1] >= floor}

    def add(self, rules: list[Rule], tokens: int, cost: float) -> None:
        now = self._clock()
        with self._lock:
            for rule in rules:
                amount = tokens if rule.kind == "tokens" else cost if rule.kind == "cost" else 0
                if amount:
                    k = (rule.key, rule.window(now)[0])
                    self._counts[k] = self._counts.get(k, 0.0) + amount


# KEYS: one counter per rule. ARGV: now's window start per rule is in the key; per rule the kind,
# the limit and the TTL. Returns 0 when admitted, else the 1-based index of the refusing rule.
_ADMIT_LUA = """
for i = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  local kind = ARGV[(i - 1) * 3 + 1]
  local limit = tonumber(ARGV[(i - 1) * 3 + 2])
  if kind == 'requests' then
    if used + 1 > limit then return i end
  elseif used >= limit then return i end
end
for i = 1, #KEYS do
  if ARGV[(i - 1) * 3 + 1] == 'requests' then
    redis.call('INCR', KEYS[i])
    redis.call('EXPIRE', KEYS[i], ARGV[(i - 1) * 3 + 3])
  end
end
return 0
"""


class RedisLimiter:
    """Counters in Redis, shared by every process that points at the same server."""

    def __init__(self, url: str, prefix: str = "charter:limit:", clock: Callable[[], float] = time.time) -> None:
        import redis  # a dependency of every install

        self._redis = redis.Redis.from_url(url)
        self._prefix = prefix
        self._clock = clock
        self._admit = self._redis.register_script(_ADMIT_LUA)

    def _key(self, rule: Rule, now: float) -> str:
        return f"{self._prefix}{rule.key}:{rule.window(now)[0]}"

    def admit(self, rules: list[Rule]) -> None:
        if not rules:
            return
        now = self._clock()
        args: list[Any] = []
        for rule in rules:
            args += [rule.kind, rule.limit, rule.window_s + 60]
        try:
            refused = int(self._admit(keys=[self._key(r, now) for r in rules], args=args))
        except Exception as exc:
            raise RateLimited(f"cannot reach the Redis holding shared limits: {exc}") from None
        if refused:
            raise _refuse(rules[refused - 1], now)

    def add(self, rules: list[Rule], tokens: int, cost: float) -> None:
        now = self._clock()
        pipe = self._redis.pipeline(transaction=True)  # MULTI/EXEC
        for rule in rules:
            key = self._key(rule, now)
            if rule.kind == "tokens" and tokens:
                pipe.incrby(key, tokens)
            elif rule.kind == "cost" and cost:
                pipe.incrbyfloat(key, cost)
            else:
                continue
            pipe.expire(key, rule.window_s + 60)
        pipe.execute()


def make_limiter(settings: Settings) -> Limiter:
    """Redis-backed when ``limits.redis_url`` is set, else in-process."""
    if settings.limits.redis_url:
        return RedisLimiter(settings.limits.redis_url)
    return MemoryLimiter()

"""Retries on retryable errors only, the fallback chain, the circuit breaker and timeouts."""

from __future__ import annotations

import pytest

from charter.errors import ProviderError, Timeout
from charter.models import ChatRequest, CircuitBreaker
from charter.models.errors import CircuitOpen, ProviderRejected


def test_retryable_errors_are_retried_until_success(make_gateway) -> None:
    gw = make_gateway({"fake": {"max_retries": 2, "options": {
        "responses": [{"error": "provider_error"}, {"error": "timeout"}, "finally"]}}})
    assert gw.chat(ChatRequest.of("x"), model="fake").text == "finally"
    assert len(gw.provider("fake").calls) == 3


def test_retries_give_up_after_max_retries(make_gateway) -> None:
    gw = make_gateway({"fake": {"max_retries": 1, "options": {"responses": [{"error": "provider_error"}]}}})
    with pytest.raises(ProviderError):
        gw.chat(ChatRequest.of("x"), model="fake")
    assert len(gw.provider("fake").calls) == 2


def test_non_retryable_errors_are_not_retried(make_gateway) -> None:
    gw = make_gateway({"fake": {"max_retries": 3, "options": {"responses": [{"error": "rejected"}, "never"]}}})
    with pytest.raises(ProviderRejected):
        gw.chat(ChatRequest.of("x"), model="fake")
    assert len(gw.provider("fake").calls) == 1


def test_fallback_chain_moves_on_in_order(make_gateway) -> None:
    gw = make_gateway({
        "a": {"max_retries": 0, "fallback": ["b", "c"], "options": {"responses": [{"error": "provider_error"}]}},
        "b": {"max_retries": 0, "options": {"responses": [{"error": "timeout"}]}},
        "c": {"options": {"responses": ["from c"]}},
    })
    r = gw.chat(ChatRequest.of("x"), model="a")
    assert (r.text, r.model) == ("from c", "c")
    rows = {row.key: (row.calls, row.failures) for row in gw.usage(by="model")}
    assert rows == {"a": (1, 1), "b": (1, 1), "c": (1, 0)}


def test_fallback_does_not_dodge_a_rejection(make_gateway) -> None:
    gw = make_gateway({
        "a": {"fallback": ["b"], "options": {"responses": [{"error": "rejected"}]}},
        "b": {"options": {"responses": ["from b"]}},
    })
    with pytest.raises(ProviderRejected):
        gw.chat(ChatRequest.of("x"), model="a")
    assert gw.provider("b").calls == []


def test_circuit_breaker_opens_then_half_opens() -> None:
    now = [0.0]
    breaker = CircuitBreaker(threshold=2, cooldown_s=10, clock=lambda: now[0])
    breaker.failure()
    breaker.before("p")
    breaker.failure()
    with pytest.raises(CircuitOpen, match="open for another 10s"):
        breaker.before("p")
    now[0] = 10.0
    assert breaker.state == "half-open"
    breaker.before("p")  # the trial call goes through
    breaker.failure()  # and fails: open again for a full cooldown
    with pytest.raises(CircuitOpen):
        breaker.before("p")
    now[0] = 20.0
    breaker.success()
    assert breaker.state == "closed"


def test_breaker_stops_calling_a_failing_provider_and_falls_back(make_gateway) -> None:
    gw = make_gateway(
        {"a": {"max_retries": 0, "fallback": ["b"], "options": {"responses": [{"error": "provider_error"}]}},
         "b": {"options": {"responses": ["ok"]}}},
        breaker_threshold=3,
    )
    # Both models are 'scripted'; a breaker is per provider endpoint, so give a its own.
    gw.settings.models["a"].base_url = "http://a.invalid"
    for _ in range(5):
        assert gw.chat(ChatRequest.of("x"), model="a").text == "ok"
    assert len(gw.provider("a").calls) == 3  # after 3 failures the breaker skips a
    gw.settings.models["a"].fallback = []
    with pytest.raises(CircuitOpen, match="circuit breaker is open"):
        gw.chat(ChatRequest.of("x"), model="a")
    assert len(gw.provider("a").calls) == 3


def test_slow_provider_times_out(make_gateway) -> None:
    gw = make_gateway({"slow": {"timeout_s": 0.05, "max_retries": 0, "options": {"responses": [{"text": "late", "delay_s": 5}]}}})
    with pytest.raises(Timeout, match="did not answer within 0.05s"):
        gw.chat(ChatRequest.of("x"), model="slow")


def test_a_fallback_answer_is_not_cached_as_the_failed_models(make_gateway) -> None:
    gw = make_gateway({
        "a": {"max_retries": 0, "cache": True, "fallback": ["b"],
              "options": {"responses": [{"error": "provider_error"}, "from a"]}},
        "b": {"options": {"responses": ["from b"]}},
    })
    assert gw.chat(ChatRequest.of("x"), model="a").text == "from b"  # a failed: b answered
    again = gw.chat(ChatRequest.of("x"), model="a")
    assert (again.text, again.cached) == ("from a", False)  # a is asked again, not b's answer replayed
    assert gw.chat(ChatRequest.of("x"), model="a").cached  # a's own answer is kept

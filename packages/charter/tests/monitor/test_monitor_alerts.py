"""Alert rules: judging a measurement, the stored state (fire once, resolve, never twice across
processes), and webhook delivery (signed, retried with backoff on a 500, a timeout or a refused
connection, the alert kept, the request path never waiting)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from monitor_doubles import WebhookReceiver, answers, serve_world

from charter.monitor import Measurement, Verdict, judge
from charter.monitor.alerts import AlertStore, Deliverer, condition
from charter.server import create_app
from charter.settings import AlertRuleSettings, Settings
from charter.store import Store

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def rule(**kw: object) -> AlertRuleSettings:
    base: dict[str, object] = {"name": "r", "agent": "capital", "metric": "quality", "op": "<", "threshold": 0.8,
                               "min_samples": 10}
    return AlertRuleSettings.model_validate({**base, **kw})


def m(value: float | None, n: int = 50) -> Measurement:
    return Measurement(metric="quality", value=value, n=n)


@pytest.mark.parametrize(("r", "current", "baseline", "holds"), [
    (rule(), m(0.7), None, True),
    (rule(), m(0.8), None, False),
    (rule(op="<="), m(0.8), None, True),
    (rule(), m(0.1, n=9), None, None),  # too few samples: neither fire nor resolve
    (rule(), m(None, n=0), None, None),
    (rule(metric="latency_p95_ms", op=">", threshold=500), Measurement(metric="latency_p95_ms", value=700, n=30),
     None, True),
    (rule(threshold=None, change=-0.1), m(0.75), m(0.9), True),  # dropped 0.15
    (rule(threshold=None, change=-0.1), m(0.85), m(0.9), False),
    (rule(threshold=None, change=-0.1), m(0.5), m(0.9, n=3), None),  # thin baseline
    (rule(threshold=None, change=-0.1), m(0.5), None, None),
    (rule(metric="latency_p95_ms", op=">", threshold=None, change_pct=0.5),
     Measurement(metric="latency_p95_ms", value=160, n=30), Measurement(metric="latency_p95_ms", value=100, n=30), True),
    (rule(metric="latency_p95_ms", op=">", threshold=None, change_pct=0.5),
     Measurement(metric="latency_p95_ms", value=140, n=30), Measurement(metric="latency_p95_ms", value=100, n=30), False),
])
def test_judging_a_rule(r: AlertRuleSettings, current: Measurement, baseline: Measurement | None,
                        holds: bool | None) -> None:
    verdict = judge(r, current, baseline)
    assert verdict.holds is holds
    if holds is not None:
        assert condition(r) in verdict.message and f"n={current.n}" in verdict.message


def _v(holds: bool | None, value: float = 0.5) -> Verdict:
    return Verdict(holds=holds, value=value, n=20, message="m")


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([True, False, None]), min_size=1, max_size=12))
def test_an_alert_fires_once_per_episode_and_resolves_once(sqlite_store: Store, holds: list[bool | None]) -> None:
    alerts = AlertStore(sqlite_store)
    key = f"rule:prop-{threading.get_ident()}-{datetime.now().timestamp()}"
    events = [alerts.transition(key, "capital", "quality", _v(h), webhook_url="http://127.0.0.1:9/hook")
              for h in holds]
    # expected: 'firing' on each True that follows a resolved (or no) alert, 'resolved' on each
    # False while one fires; None (too few samples) changes nothing
    expected, firing = [], False
    for h in holds:
        if h is True and not firing:
            expected.append("firing")
            firing = True
        elif h is False and firing:
            expected.append("resolved")
            firing = False
        else:
            expected.append(None)
    assert events == expected
    mine = [a for a in alerts.alerts(limit=1000) if a.rule == key.removeprefix("rule:")]
    assert len(mine) == expected.count("firing")
    assert sum(a.state == "firing" for a in mine) == (1 if firing else 0)
    sent = [d for a in mine for d in alerts.deliveries(a.id)]
    assert sorted(d.event for d in sent) == sorted(e for e in expected if e)  # one delivery per change


def test_two_processes_evaluating_the_same_rule_open_one_alert(store: Store) -> None:
    other = Store(store.url)  # a second engine, as a second worker process has
    a, b = AlertStore(store), AlertStore(other)
    barrier = threading.Barrier(2)
    results: list[str | None] = []

    def fire(alerts: AlertStore) -> None:
        barrier.wait()
        results.append(alerts.transition("rule:race", "capital", "quality", _v(True), webhook_url="http://x/h"))

    threads = [threading.Thread(target=fire, args=(x,)) for x in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    other.dispose()
    assert sorted(results, key=str) == [None, "firing"]
    assert len(a.alerts()) == 1 and len(a.deliveries()) == 1


def _deliverer(store: Store, secret: str | None = "s3cret", **kw: object) -> Deliverer:
    return Deliverer(store, secret=lambda: secret, **{"backoff_s": 10.0, "max_attempts": 3, **kw})  # type: ignore[arg-type]


def test_a_webhook_that_answers_500_is_retried_with_backoff_and_the_alert_kept(sqlite_store: Store) -> None:
    receiver = WebhookReceiver(statuses=[500, 500])
    try:
        alerts = AlertStore(sqlite_store)
        alerts.transition("rule:q", "capital", "quality", _v(True), webhook_url=receiver.url, now=NOW)
        d = _deliverer(sqlite_store)
        with httpx.Client(timeout=5) as http:
            assert d.send_due(http, now=NOW) == 0
            first = alerts.deliveries()[0]
            assert (first.status, first.attempts, first.last_error) == ("pending", 1, f"{receiver.url} answered HTTP 500")
            assert d.send_due(http, now=NOW + timedelta(seconds=5)) == 0 and len(receiver.received) == 1  # backing off
            assert d.send_due(http, now=NOW + timedelta(seconds=11)) == 0 and alerts.deliveries()[0].attempts == 2
            assert d.send_due(http, now=NOW + timedelta(seconds=30)) == 0 and len(receiver.received) == 2
            assert d.send_due(http, now=NOW + timedelta(seconds=32)) == 1  # after 10 s, then 20 s
        done = alerts.deliveries()[0]
        assert (done.status, done.attempts, done.last_error, len(receiver.received)) == ("sent", 3, "", 3)
        assert [r.json["alert"]["id"] for r in receiver.received] == [done.alert_id] * 3  # the same alert each time
        assert alerts.alerts()[0].state == "firing"
    finally:
        receiver.close()


def test_a_webhook_that_times_out_or_is_unreachable_fails_with_its_reason_and_the_alert_is_kept(
        sqlite_store: Store) -> None:
    slow = WebhookReceiver(delay_s=1.0)
    try:
        alerts = AlertStore(sqlite_store)
        alerts.transition("rule:slow", "capital", "quality", _v(True), webhook_url=slow.url, now=NOW)
        alerts.transition("rule:gone", "capital", "quality", _v(True), webhook_url="http://127.0.0.1:9/hook", now=NOW)
        d = _deliverer(sqlite_store, timeout_s=0.2, max_attempts=1)
        with httpx.Client(timeout=0.2) as http:
            assert d.send_due(http, now=NOW) == 2
        by_url = {x.url: x for x in alerts.deliveries()}
        assert by_url[slow.url].status == "failed"
        assert by_url[slow.url].last_error == f"no answer from {slow.url} within 0.2 s"
        gone = by_url["http://127.0.0.1:9/hook"]
        assert gone.status == "failed" and gone.last_error.startswith("cannot reach http://127.0.0.1:9/hook: ")
        assert "\n" not in gone.last_error
        assert {a.state for a in alerts.alerts()} == {"firing"}
    finally:
        slow.close()


def test_without_a_secret_nothing_is_sent_unsigned(sqlite_store: Store) -> None:
    receiver = WebhookReceiver()
    try:
        alerts = AlertStore(sqlite_store)
        alerts.transition("rule:q", "capital", "quality", _v(True), webhook_url=receiver.url, now=NOW)
        with httpx.Client() as http:
            _deliverer(sqlite_store, secret=None).send_due(http, now=NOW)
        assert receiver.received == []
        assert "no webhook secret" in alerts.deliveries()[0].last_error
    finally:
        receiver.close()


def test_a_hanging_webhook_never_holds_up_a_request(settings: Settings, webhook_secret: str) -> None:
    release = threading.Event()
    receiver = WebhookReceiver(hold=release)  # takes every delivery and does not answer until released
    settings.monitor.webhook_url = receiver.url
    settings.monitor.webhook_timeout_s = 30
    settings.monitor.evaluate_every_s = 0
    served = serve_world(settings, answers((1, "Lyon")))
    monitor = served.charter.monitor
    monitor.config.attach("capital", "regex:pattern=^Paris$,field=answer", None, actor="admin")
    monitor.config.add_rule(rule(last=2, min_samples=2), actor="admin")
    client = TestClient(create_app(served.charter, served.registry))
    try:
        for i in range(3):
            assert client.post("/v1/agents/capital/invoke", json={"inputs": {"question": f"q{i}"}},
                               headers=served.auth()).status_code == 200
        assert monitor.drain(30)
        assert monitor.alerts.alerts(state="firing")
        for i in range(5):  # the webhook is still hanging: requests are answered all the same
            assert client.post("/v1/agents/capital/invoke", json={"inputs": {"question": f"r{i}"}},
                               headers=served.auth()).json()["answer"] == "Lyon"
        assert receiver.wait_for(1, 10)  # the delivery reached the receiver, which is still holding it
        assert [d.status for d in monitor.alerts.deliveries()] == ["pending"]
    finally:
        release.set()
        monitor.stop()
        receiver.close()
        served.charter.tracer.shutdown()
        served.charter.store.dispose()

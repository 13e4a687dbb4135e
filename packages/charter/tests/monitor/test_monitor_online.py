"""Online evaluation of a served agent: the alert on a quality drop reaches a real webhook once and
resolves after recovery; judges on their sample, a judge that cannot score, a scorer that crashes;
nothing changes what the caller got; a full queue loses nothing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import httpx
from fastapi.testclient import TestClient
from monitor_doubles import Served, WebhookReceiver, answers, capital_agent, serve_world

from charter.monitor import verify
from charter.monitor.alerts import SIGNATURE_HEADER, TIMESTAMP_HEADER
from charter.server import create_app
from charter.settings import AlertRuleSettings, Settings
from charter.tracing import Tracer, in_sample

REGEX = "regex:pattern=^Paris$,field=answer"


def _close(served: Served) -> None:
    served.charter.monitor.stop()
    served.charter.tracer.shutdown()
    served.charter.store.dispose()


def test_a_quality_drop_fires_one_alert_at_the_webhook_and_it_resolves_after_recovery(
        settings: Settings, receiver: WebhookReceiver, webhook_secret: str, uvicorn_app) -> None:  # type: ignore[no-untyped-def]
    settings.monitor.webhook_url = receiver.url
    settings.monitor.evaluate_every_s = 0  # judge the rules after every batch of traces
    # The scripted model (a test double) answers right 20 times, wrong 20 times, right again 20 times.
    served = serve_world(settings, answers((20, "Paris"), (20, "Lyon"), (20, "Paris")))
    monitor = served.charter.monitor
    monitor.config.attach("capital", REGEX, None, actor="admin")
    monitor.config.add_rule(AlertRuleSettings(name="capital quality", agent="capital", metric="quality", op="<",
                                              threshold=0.8, window="1h", last=10, min_samples=10), actor="admin")
    base = uvicorn_app(create_app(served.charter, served.registry))
    got: list[str] = []
    try:
        with httpx.Client(base_url=base, timeout=30) as http:
            def replay(n: int) -> None:
                for i in range(n):
                    r = http.post("/v1/agents/capital/invoke", json={"inputs": {"question": f"Capital of France? {i}"}},
                                  headers=served.auth())
                    assert r.status_code == 200, r.text
                    got.append(r.json()["answer"])
                assert monitor.drain(60)

            replay(20)
            assert monitor.alerts.alerts() == [] and receiver.received == []
            replay(20)
            firing = monitor.alerts.alerts(state="firing")
            assert [a.rule for a in firing] == ["capital quality"]
            assert receiver.wait_for(1)[0].json["event"] == "firing"
            replay(20)
        assert monitor.alerts.alerts(state="firing") == []
        hooks = receiver.wait_for(2)
        monitor.stop()  # every delivery that was due has gone out: nothing more can arrive
    finally:
        _close(served)
    # the caller got exactly what the model answered, monitored or not
    assert got == ["Paris"] * 20 + ["Lyon"] * 20 + ["Paris"] * 20
    assert [h.json["event"] for h in hooks] == ["firing", "resolved"]  # once, then resolved
    assert len(receiver.received) == 2
    for h in hooks:
        assert h.headers[SIGNATURE_HEADER].startswith("sha256=")
        assert verify(webhook_secret, h.headers[TIMESTAMP_HEADER], h.body, h.headers[SIGNATURE_HEADER])
        assert not verify("another secret", h.headers[TIMESTAMP_HEADER], h.body, h.headers[SIGNATURE_HEADER])
    fired, resolved = (h.json["alert"] for h in hooks)
    assert fired["rule"] == "capital quality" and fired["value"] < 0.8 and "quality < 0.8" in fired["message"]
    assert resolved["state"] == "resolved" and resolved["id"] == fired["id"]
    # the alert's worst traces wait in the review queue, naming the scorer they failed
    offers = [o for o in monitor.review_offers(agent="capital") if o.source == "alert"]
    assert offers and all("failed regex" in o.reason for o in offers)


def test_judges_score_their_sample_off_the_request_path_and_an_unscorable_judge_is_not_a_fail(
        settings: Settings) -> None:
    settings.monitor.evaluate_every_s = 3600
    # The judge model (scripted) says "yes", then answers something that is not a verdict, in turn.
    verdicts = [{"json": {"score": "yes", "rationale": "on topic"}}, "I cannot grade this"]
    served = serve_world(settings, answers((1, "Paris")), judge_script=verdicts)
    monitor = served.charter.monitor
    monitor.config.attach("capital", "relevance:model=judge", 0.5, actor="admin")
    monitor.config.attach("capital", "python:path=monitor_doubles:crashing_scorer", None, actor="admin")
    client = TestClient(create_app(served.charter, served.registry), raise_server_exceptions=False)
    try:
        ids = []
        for i in range(20):
            r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": f"Capital of France {i}?"}},
                            headers=served.auth())
            assert r.status_code == 200 and r.json()["answer"] == "Paris"
            ids.append(r.json()["trace_id"])
        assert monitor.drain(60)
        sampled = [t for t in ids if in_sample(t, 0.5)]
        judged = {t: [f for f in monitor.feedback(t) if f.source == "judge"] for t in ids}
        assert {t for t, fs in judged.items() if fs} == set(sampled)  # the judge saw exactly its sample
        results = [f for fs in judged.values() for f in fs]
        assert any(f.measurable and f.passed for f in results)
        unscorable = [f for f in results if not f.measurable]
        assert unscorable and all(f.passed is None and f.rationale.startswith("not measurable:") for f in unscorable)
        crashed = [f for t in ids for f in monitor.feedback(t) if f.name == "python"]
        assert len(crashed) == 20 and all(not f.measurable and "boom" in f.rationale for f in crashed)
        # quality counts only what was measured: the schema check and the judge's "yes"
        point = monitor.series("capital", since=datetime.now(UTC) - timedelta(hours=1))[0]
        assert point.traces == 20 and point.quality == 1.0
        status = monitor.status()
        assert status.dropped == 0 and status.not_measurable >= len(unscorable) + 20
    finally:
        _close(served)


def test_a_full_queue_leaves_traces_to_the_catch_up_pass_and_none_is_lost(settings: Settings) -> None:
    settings.monitor.queue_size = 2
    served = serve_world(settings, answers((1, "Paris")))
    charter = served.charter
    tracer = Tracer(settings, charter.store, background=False)  # stores (and hands on) on the caller's thread
    monitor = charter.monitor
    monitor.tracer = tracer
    release = threading.Event()
    real = monitor.evaluator.process

    def stalled(traces, **kw):  # type: ignore[no-untyped-def]  # the worker is busy for a while
        release.wait(30)
        return real(traces, **kw)

    monitor.evaluator.process = stalled  # type: ignore[method-assign]
    monitor.start()
    try:
        agent = capital_agent()
        for i in range(10):
            assert agent.run({"question": f"q{i}"}, principal="ann", gateway=charter.gateway,
                             catalog=charter.catalog, tracer=tracer).output.answer == "Paris"
        assert monitor.status().dropped >= 6  # at most two in work and two queued
        release.set()
        assert monitor.drain(60)
        monitor.evaluator.process = real  # type: ignore[method-assign]
        deadline = datetime.now(UTC) + timedelta(seconds=30)
        while monitor.observed("capital") < 10 and datetime.now(UTC) < deadline:  # the idle worker catches up
            threading.Event().wait(0.1)
        assert monitor.observed("capital") == 10
        assert monitor.backfill(agent="capital") == 0  # nothing left to catch up on
    finally:
        release.set()
        _close(served)


def test_idle_threads_end_and_the_next_trace_starts_them_again(settings: Settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from charter.monitor.online import OnlineEvaluator

    monkeypatch.setattr(OnlineEvaluator, "IDLE_S", 0.2)
    served = serve_world(settings, answers((1, "Paris")))
    charter = served.charter
    charter.monitor.start()
    agent = capital_agent()
    try:
        for round_ in range(2):
            agent.run({"question": f"q{round_}"}, principal="ann", gateway=charter.gateway, catalog=charter.catalog,
                      tracer=charter.tracer)
            assert charter.monitor.drain(30)
            assert charter.monitor.observed("capital") == round_ + 1
            deadline = datetime.now(UTC) + timedelta(seconds=20)
            while charter.monitor.evaluator.threads() and datetime.now(UTC) < deadline:
                threading.Event().wait(0.1)
            assert charter.monitor.evaluator.threads() == []  # both ended when idle
    finally:
        _close(served)


def test_online_scorers_see_the_principal_the_trace_ran_as() -> None:
    """Issue 16, online: a scorer acting for the asker (the questionnaire's citation visibility) got
    no principal from a live trace; it sees the trace's principal, never one the request's data names."""
    from charter.evals import ScorerRegistry
    from charter.monitor.online import OnlineEvaluator
    from charter.tracing.model import Trace

    seen = []

    def asker(*, inputs):  # type: ignore[no-untyped-def]
        seen.append(inputs.get("principal"))
        return True

    scorer = ScorerRegistry().build(asker)
    trace = Trace(trace_id="t1", name="agent:capital", principal="ann", agent="capital", status="ok",
                  start_time=datetime.now(UTC), duration_ms=1.0, span_count=0,
                  inputs={"question": "q", "principal": "root"}, outputs={"answer": "a"})
    OnlineEvaluator._score(scorer, trace)
    OnlineEvaluator._score(scorer, trace.model_copy(update={"principal": None, "inputs": {"question": "q"}}))
    assert seen == ["ann", None]


def test_a_cancelled_trace_counts_as_an_error_with_no_answer_to_check() -> None:
    """A run cancelled after its request was answered 504 reached no one: an error, like a failed run."""
    from charter.monitor import checks
    from charter.tracing.model import Trace

    def trace(status: str) -> Trace:
        return Trace(trace_id="t1", name="agent:capital", principal="ann", agent="capital", status=status,
                     start_time=datetime.now(UTC), duration_ms=1.0, span_count=0, inputs={"question": "q"},
                     outputs={"answer": "a"})

    assert [checks.facts(trace(s)).error for s in ("ok", "error", "cancelled")] == [False, True, True]


def test_a_drained_monitor_has_evaluated_the_rules_on_what_it_drained(settings: Settings) -> None:
    # the batch was counted done before its alert evaluation ran, so drain() could return with no firing alert yet
    # (test_a_hanging_webhook_never_holds_up_a_request failed that way once under load); a slow evaluation shows it
    served = serve_world(settings, answers((1, "Paris")))
    charter = served.charter
    charter.monitor.start()
    evaluator = charter.monitor.evaluator
    evaluated: list[bool] = []
    before = evaluator._on_batch

    def slow_evaluation() -> None:
        threading.Event().wait(0.5)
        if before is not None:
            before()
        evaluated.append(True)

    evaluator._on_batch = slow_evaluation
    try:
        capital_agent().run({"question": "q"}, principal="ann", gateway=charter.gateway, catalog=charter.catalog,
                            tracer=charter.tracer)
        assert charter.monitor.drain(30)
        assert evaluated == [True]
    finally:
        _close(served)

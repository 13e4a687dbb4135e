"""Metrics of live traffic in SQL, on SQLite and PostgreSQL: buckets, rates, nearest-rank percentiles,
windows of the last N traces, scorer means, and per-version values with bootstrap intervals."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from charter.errors import InvalidInput
from charter.monitor import Window, compare_versions, measure, series, version_metrics
from charter.monitor.tables import FeedbackRow, ObservationRow
from charter.store import Store

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _obs(i: int, at: datetime, *, version: str = "v1aaaa", latency: float = 100.0, error: bool = False,
         refused: bool = False, quality: float | None = 1.0, tokens: int = 10, cost: float = 0.001) -> dict:
    return {"trace_id": f"t{version}{i:05d}", "agent": "capital", "version": version, "principal": "ann", "at": at,
            "hour": int(at.timestamp() // 3600), "latency_ms": latency, "error": error, "refused": refused,
            "tokens": tokens, "cost_usd": cost, "quality": quality, "quality_n": 0 if quality is None else 1,
            "question": f"question {i}"}


def _seed(store: Store, rows: list[dict]) -> None:
    with store.session() as s:
        s.execute(insert(ObservationRow), rows)


def test_series_per_hour_and_day_with_rates_and_nearest_rank_percentiles(store: Store) -> None:
    # hour 10: latencies 1..20 ms, 2 errors, 1 refusal, quality 1 on 15 traces and 0 on 3 (2 unmeasured)
    rows = [_obs(i, T0 + timedelta(minutes=i), latency=float(i + 1), error=i in (3, 4), refused=i == 5,
                 quality=None if i in (3, 4) else (0.0 if i in (6, 7, 8) else 1.0)) for i in range(20)]
    rows += [_obs(100 + i, T0 + timedelta(hours=1, minutes=i), latency=50.0) for i in range(4)]  # hour 11
    rows += [_obs(200, T0 + timedelta(days=1), latency=7.0)]  # the next day
    rows += [{**_obs(300, T0), "agent": "other"}]  # another agent never mixes in
    _seed(store, rows)
    hours = series(store, "capital", since=T0 - timedelta(hours=1), until=T0 + timedelta(days=2))
    assert [p.start for p in hours] == [T0, T0 + timedelta(hours=1), T0 + timedelta(days=1)]
    h = hours[0]
    assert (h.traces, h.quality_n, h.tokens) == (20, 18, 200)
    assert h.quality == pytest.approx(15 / 18)
    assert h.error_rate == pytest.approx(0.1) and h.refusal_rate == pytest.approx(0.05)
    assert (h.latency_p50_ms, h.latency_p95_ms) == (10.0, 19.0)  # ceil(0.5*20)=10th, ceil(0.95*20)=19th value
    assert h.cost_usd == pytest.approx(0.02)
    days = series(store, "capital", since=T0 - timedelta(hours=1), until=T0 + timedelta(days=2), bucket="day")
    assert [(p.start.date(), p.traces) for p in days] == [(T0.date(), 24), ((T0 + timedelta(days=1)).date(), 1)]
    assert days[0].latency_p95_ms == 50.0
    with pytest.raises(InvalidInput, match="bucket 'week' is not hour or day"):
        series(store, "capital", since=T0, bucket="week")  # type: ignore[arg-type]


def test_window_measures_take_the_last_n_traces_and_scorer_means(store: Store) -> None:
    rows = [_obs(i, T0 + timedelta(seconds=i), quality=1.0 if i < 30 else 0.0) for i in range(40)]
    _seed(store, rows)
    with store.session() as s:
        s.execute(insert(FeedbackRow), [
            {"trace_id": r["trace_id"], "agent": "capital", "version": "v1aaaa", "at": r["at"], "name": "judge:relevance",
             "source": "judge", "value": r["quality"], "passed": bool(r["quality"]), "measurable": True, "rationale": ""}
            for r in rows] + [{"trace_id": "x", "agent": "capital", "version": "v1aaaa", "at": T0, "name": "judge:relevance",
                               "source": "judge", "value": None, "passed": None, "measurable": False,
                               "rationale": "not measurable: the judge's answer does not parse"}])
    everything = Window(T0, T0 + timedelta(hours=1))
    last10 = Window(T0, T0 + timedelta(hours=1), last=10)
    assert measure(store, "capital", "quality", everything).value == pytest.approx(0.75)
    assert measure(store, "capital", "quality", last10).model_dump() == {"metric": "quality", "value": 0.0, "n": 10}
    assert measure(store, "capital", "traces", last10).value == 10
    assert measure(store, "capital", "score:judge:relevance", everything).model_dump() == {
        "metric": "score:judge:relevance", "value": 0.75, "n": 40}  # the unmeasurable one counts for nothing
    empty = measure(store, "capital", "error_rate", Window(T0 - timedelta(days=2), T0 - timedelta(days=1)))
    assert (empty.value, empty.n) == (None, 0)
    with pytest.raises(InvalidInput, match="unknown metric 'qualty'; did you mean 'quality'"):
        measure(store, "capital", "qualty", everything)


def test_version_metrics_have_bootstrap_intervals_and_compare_versions(store: Store) -> None:
    rows = [_obs(i, T0 + timedelta(seconds=i), version="aaa111", quality=1.0 if i % 10 else 0.0) for i in range(200)]
    rows += [_obs(i, T0 + timedelta(seconds=i), version="bbb222", quality=1.0 if i % 2 else 0.0,
                  latency=200.0 + i) for i in range(200)]
    _seed(store, rows)
    since, until = T0, T0 + timedelta(hours=1)
    a, b = version_metrics(store, "capital", "quality", since=since, until=until)
    assert (a.version, a.n, a.value) == ("aaa111", 200, pytest.approx(0.9))
    assert (b.version, b.n, b.value) == ("bbb222", 200, pytest.approx(0.5))
    assert a.low < 0.9 < a.high and b.low < 0.5 < b.high and a.low > b.high  # separated
    again = version_metrics(store, "capital", "quality", since=since, until=until)
    assert [v.model_dump() for v in again] == [a.model_dump(), b.model_dump()]  # the same data, the same answer
    cmp = compare_versions(store, "capital", "quality", "aaa", "bbb", since=since, until=until)
    assert cmp.delta == pytest.approx(-0.4) and cmp.high < 0 and cmp.significant
    lat = compare_versions(store, "capital", "latency_p95_ms", "aaa", "bbb", since=since, until=until)
    assert lat.a.value == 100.0 and lat.b.value == 200.0 + math.ceil(0.95 * 200) - 1 and lat.significant
    none = version_metrics(store, "capital", "quality", since=since, until=until, versions=["zzz"])
    assert (none[0].value, none[0].n, none[0].low) == (None, 0, None)
    with pytest.raises(InvalidInput, match="no per-trace value"):
        version_metrics(store, "capital", "traces", since=since, until=until)

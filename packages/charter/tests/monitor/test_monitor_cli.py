"""`charter monitor`: attaching scorers and rules, and every kind of bad input as one clear line with
nothing stored; `show` as a table of live metrics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from charter.monitor.tables import ObservationRow
from charter.runtime import Charter


def _one_line_error(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode != 0
    err = result.stderr.strip()
    assert err.startswith("error: ") and "\n" not in err and "Traceback" not in err, err
    for f in fragments:
        assert f in err, err


def test_attach_scorers_and_rules_then_list_and_remove(charter) -> None:  # type: ignore[no-untyped-def]
    ok = charter("monitor", "add", "assistant", "--scorer", "relevance", "--sample", "0.1")
    assert ok.returncode == 0, ok.stderr
    assert "attached relevance to assistant on 10% of its traces" in ok.stdout
    assert charter("monitor", "add", "assistant", "--scorer", "json_schema:schema={\"type\":\"object\"}").returncode == 0
    again = charter("monitor", "add", "assistant", "--scorer", "relevance")
    _one_line_error(again, "scorer 'relevance' is already attached to agent 'assistant'")
    rule = charter("monitor", "alert", "add", "assistant quality", "--agent", "assistant", "--metric", "quality",
                   "--op", "<", "--threshold", "0.8", "--window", "30m", "--min-samples", "25")
    assert rule.returncode == 0, rule.stderr
    assert "quality < 0.8 over agent assistant, the last 30m" in rule.stdout
    drop = charter("monitor", "alert", "add", "assistant drop", "--agent", "assistant", "--metric", "error_rate",
                   "--op", ">", "--change", "0.05", "--baseline", "7d")
    assert drop.returncode == 0, drop.stderr
    listed = charter("monitor", "list", "assistant").stdout
    for text in ("relevance", "0.1", "assistant quality", "change of error_rate > +0.05 vs the previous 7d", "25"):
        assert text in listed
    assert charter("monitor", "remove", "assistant", "--scorer", "relevance").returncode == 0
    assert charter("monitor", "alert", "remove", "assistant drop").returncode == 0
    listed = charter("monitor", "list").stdout
    assert "relevance" not in listed and "assistant drop" not in listed and "assistant quality" in listed
    _one_line_error(charter("monitor", "alert", "remove", "assistant drp"), "no stored alert rule 'assistant drp'",
                    "did you mean 'assistant quality'")


@pytest.mark.parametrize(("args", "fragments"), [
    (("monitor", "alert", "add", "r", "--agent", "assistant", "--metric", "qualty", "--op", "<", "--threshold", "1"),
     ("alert rule 'r': unknown metric 'qualty'; did you mean 'quality'?",)),
    (("monitor", "alert", "add", "r", "--agent", "asistant", "--metric", "quality", "--op", "<", "--threshold", "1"),
     ("alert rule 'r': unknown agent 'asistant'; did you mean 'assistant'?",)),
    (("monitor", "alert", "add", "r", "--agent", "assistant", "--metric", "quality", "--op", "<"),
     ("give exactly one of threshold, change or change_pct",)),
    (("monitor", "alert", "add", "r", "--agent", "assistant", "--metric", "quality", "--op", "=<", "--threshold", "1"),
     ("alert rule 'r': op:",)),
    (("monitor", "alert", "add", "r", "--agent", "assistant", "--metric", "quality", "--op", "<", "--threshold", "1",
      "--window", "soon"), ("window 'soon' is not a duration like 30s, 15m, 1h or 7d",)),
    (("monitor", "alert", "add", "r", "--agent", "assistant", "--metric", "drift_share", "--op", ">", "--change",
      "0.1"), ("drift_share already compares live traffic with the golden set",)),
    (("monitor", "add", "assistant", "--scorer", "exact", "--sample", "1.5"),
     ("--sample: sample rate 1.5 is outside 0..1",)),
    (("monitor", "add", "assistant", "--scorer", "exact", "--sample", "-0.1"), ("sample rate -0.1 is outside 0..1",)),
    (("monitor", "add", "assistant", "--scorer", "exactt"), ("unknown scorer 'exactt'; did you mean 'exact'?",)),
    (("monitor", "add", "asistant", "--scorer", "exact"), ("unknown agent 'asistant'",)),
    (("monitor", "show", "assistant", "--since", "a week"), ("--since 'a week' is not a duration",)),
    (("monitor", "versions", "assistant", "--metric", "traces"), ("metric 'traces' has no per-trace value",)),
    (("monitor", "cost", "--by", "team"), ("cannot group cost by 'team'; use agent, principal or model",)),
    (("monitor", "drift", "assistant"), ("agent 'assistant' has no golden set 'assistant-golden'",)),
])
def test_bad_input_is_one_line_and_nothing_is_stored(charter, args, fragments) -> None:  # type: ignore[no-untyped-def]
    _one_line_error(charter(*args), *fragments)
    listed = charter("monitor", "list").stdout
    assert "assistant" not in listed  # no scorer and no rule was stored


def test_bad_configuration_in_charter_toml_is_named(charter, home: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (home / "charter.toml").write_text('[monitor.agents.assistant]\nscorers = [{ scorer = "exact", sample = 2 }]\n')
    _one_line_error(charter("monitor", "list"), "key 'monitor.agents.assistant.scorers.0.sample'",
                    "sample rate 2 is outside 0..1")
    (home / "charter.toml").write_text('[[monitor.alerts]]\nname = "x"\nagent = "assistant"\nmetric = "latency_p99"\n'
                                       'op = ">"\nthreshold = 100\n')
    _one_line_error(charter("monitor", "evaluate"), "monitor: alert rule 'x': unknown metric 'latency_p99'")
    monkeypatch.delenv("CHARTER_MONITOR_WEBHOOK_SECRET", raising=False)
    (home / "charter.toml").write_text('[monitor]\nwebhook_url = "http://127.0.0.1:9/hook"\n')
    _one_line_error(charter("monitor", "evaluate"), "webhook_url is set but CHARTER_MONITOR_WEBHOOK_SECRET is empty")


def test_show_prints_the_live_metrics_per_hour(charter, home: Path) -> None:  # type: ignore[no-untyped-def]
    c = Charter.open(home)
    now = datetime.now(UTC) - timedelta(seconds=5)
    rows = [{"trace_id": f"t{i:03d}", "agent": "capital", "version": "abc123def456", "principal": "ann",
             "at": now - timedelta(hours=i // 10), "hour": int((now - timedelta(hours=i // 10)).timestamp() // 3600),
             "latency_ms": 10.0 + i, "error": i == 3, "refused": i == 4, "tokens": 7, "cost_usd": 0.001,
             "quality": 1.0 if i % 5 else 0.0, "quality_n": 1, "question": "q"} for i in range(20)]
    with c.store.session() as s:
        s.execute(insert(ObservationRow), rows)
    c.store.dispose()
    out = charter("monitor", "show", "capital", "--since", "1d").stdout
    latest = next(line for line in out.splitlines() if now.strftime("%Y-%m-%d %H:00") in line)
    cells = [c.strip() for c in latest.split("│")[1:-1]]
    # 10 traces: 8 of quality 1, one error, one refusal, latencies 10..19 ms (nearest-rank p50 and p95)
    assert cells == [now.strftime("%Y-%m-%d %H:00"), "10", "0.800", "10", "10.0%", "10.0%", "14.0", "19.0", "70",
                     "0.0100"]
    versions = charter("monitor", "versions", "capital", "--since", "1d").stdout
    assert "abc123def456" in versions and "0.8" in versions and "20" in versions
    empty = charter("monitor", "show", "nobody", "--since", "1d").stdout
    assert "no live traces of 'nobody' observed in the last 1d" in empty

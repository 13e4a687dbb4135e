"""The monitor over HTTP: metrics, per-version values, alerts, cost, status and feedback for admins
(a trace's own principal may read its feedback), the dashboards' live charts over a time window, the
review page's live checks; and the tracer's listeners that feed it."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi.testclient import TestClient
from monitor_doubles import answers, serve_world

from charter.mcp.tokens import TokenStore
from charter.server import create_app
from charter.settings import Settings
from charter.store import Store
from charter.tracing import Tracer


def test_monitor_routes_dashboards_and_the_review_page(settings: Settings) -> None:
    served = serve_world(settings, answers((3, "Paris"), (1, "Lyon")))
    c = served.charter
    c.catalog.create_principal("reviewers", "group")
    admin = {"Authorization": f"Bearer {TokenStore(c.store, c.catalog).issue('admin')}"}
    c.monitor.config.attach("capital", "regex:pattern=^Paris$,field=answer", None, actor="admin")
    client = TestClient(create_app(c, served.registry), raise_server_exceptions=False)
    try:
        ids = [client.post("/v1/agents/capital/invoke", json={"inputs": {"question": f"Capital of France {i}?"}},
                           headers=served.auth()).json()["trace_id"] for i in range(8)]
        assert c.monitor.drain(30)
        denied = client.get("/v1/monitor/metrics", params={"agent": "capital"}, headers=served.auth())
        assert denied.status_code == 403 and "needs a metastore admin" in denied.json()["error"]["message"]
        points = client.get("/v1/monitor/metrics", params={"agent": "capital", "since": "1d"}, headers=admin).json()
        assert [(p["traces"], p["quality"], p["error_rate"]) for p in points] == [(8, 0.75, 0.0)]
        versions = client.get("/v1/monitor/versions", params={"agent": "capital", "since": "1d"}, headers=admin).json()
        assert len(versions) == 1 and versions[0]["n"] == 8 and versions[0]["low"] <= 0.75 <= versions[0]["high"]
        status = client.get("/v1/monitor/status", headers=admin).json()
        assert status["running"] and status["observed"] == 8 and status["dropped"] == 0
        assert client.get("/v1/monitor/alerts", headers=admin).json() == []
        assert client.get("/v1/monitor/cost", params={"by": "principal", "since": "1d"}, headers=admin).json()[0]["key"] == "ann"
        assert client.get("/v1/monitor/budgets", headers=admin).json() == []  # no budget declared
        bad = client.get("/v1/monitor/metrics", params={"agent": "capital", "since": "yesterday"}, headers=admin)
        assert bad.status_code == 422 and bad.json()["error"]["message"] == (
            "since 'yesterday' is not a duration like 30s, 15m, 1h or 7d")
        mine = client.get(f"/v1/traces/{ids[3]}/feedback", headers=served.auth()).json()  # the 4th answer: Lyon
        assert {f["name"]: f["passed"] for f in mine} == {"schema": True, "regex": False}
        page = client.get("/dashboards", params={"since": "1d"}, headers=admin).text
        assert "Live traffic (last 1d, per hour)" in page and "capital: quality, error and refusal rates" in page
        assert "<svg" in page and "<script" not in page
        trace_page = client.get(f"/review/traces/{ids[3]}", headers=admin).text
        assert "Live checks" in trace_page and "regex" in trace_page
    finally:
        c.monitor.stop()
        c.tracer.shutdown()
        c.store.dispose()


def test_tracer_listeners_get_each_stored_batch_and_a_failing_one_breaks_nothing(
        settings: Settings, sqlite_store: Store) -> None:
    tracer = Tracer(settings, sqlite_store, background=False)
    seen: list[str] = []

    def broken(batch: Sequence[object]) -> None:
        raise RuntimeError("listener bug")

    def listener(batch: Sequence[object]) -> None:
        seen.extend(a.trace_id for a in batch)  # type: ignore[attr-defined]
        assert all(tracer.get(t).trace_id == t for t in seen)  # stored before listeners hear of it

    tracer.subscribe(broken)
    tracer.subscribe(listener)
    with tracer.trace("agent:x", agent="x", inputs={"q": 1}) as root:
        root.set_outputs({"a": 2})
    assert len(seen) == 1 and tracer.get(seen[0]).outputs == {"a": 2}
    tracer.unsubscribe(listener)
    with tracer.trace("agent:x", agent="x", inputs={}):
        pass
    assert len(seen) == 1 and len(tracer.list()) == 2

"""The review queue's sources, eval context on a trace, corrections of eval items, the served champion,
quality over time on the dashboards and the Server-Timing header."""

from __future__ import annotations

from charter.agents.versions import AgentVersions
from charter.agents.views import View, ViewRegistry
from charter.errors import PermissionDenied
from charter.evals.datasets import Dataset, Datasets, Item
from charter.evals.runs import Runs
from charter.evals.scorers import Score, Scorer, ScorerRegistry
from charter.evals.targets import AgentTarget
from server.conftest import Browser, capital_agent, give_evidence


def _reviewer(world) -> None:  # type: ignore[no-untyped-def]
    world.charter.catalog.create_principal("reviewers", "group")
    world.charter.catalog.add_member("reviewers", "ann")


def _eval_run(world) -> str:  # type: ignore[no-untyped-def]
    """A stored run of `capital` (which always answers Paris): `fr` passes exact but a judge scores it
    low; `it` fails exact."""
    c = world.charter
    golden = Dataset(name="capitals", items=[
        Item(id="fr", inputs={"question": "Capital of France?"}, expectations={"answer": "Paris"}),
        Item(id="it", inputs={"question": "Capital of Italy?"}, expectations={"answer": "Rome"})])
    Datasets(c.store).add(golden)

    def judge_double(outputs, expectations):  # type: ignore[no-untyped-def]  # a judge's score, scripted
        return Score(value=0.2 if expectations["answer"] == "Paris" else 0.9, rationale="scripted judge double")

    scorers = [ScorerRegistry().build("exact"), Scorer("judge:fake", judge_double)]
    target = AgentTarget(capital_agent(), gateway=c.gateway, catalog=c.catalog, tracer=c.tracer)
    return Runs(c.store, tracer=c.tracer).run(target, golden, scorers, principal="ann", concurrency=1).run_id


def test_queue_puts_eval_failures_then_low_judge_scores_then_live_traffic(world, client) -> None:
    _reviewer(world)
    run_id = _eval_run(world)
    live = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of Spain?"}},
                       headers=world.auth("ann")).json()["trace_id"]
    denied = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("bob"))
    assert denied.status_code == 403
    r = client.get("/v1/review/queue", params={"sample_rate": 1.0}, headers=world.auth("ann"))
    assert r.status_code == 200, r.text
    queue = r.json()
    sources = [q["source"] for q in queue]
    assert sources[:3] == ["eval failure", "low judge score", "failed"]
    assert queue[0]["item_id"] == "it" and queue[0]["run_id"] == run_id and "exact" in queue[0]["reason"]
    assert queue[1]["item_id"] == "fr" and "judge:fake" in queue[1]["reason"]
    assert queue[2]["principal"] == "bob"
    assert {"trace_id": live, "source": "sampled"}.items() <= next(q for q in queue if q["trace_id"] == live).items()
    assert len({q["trace_id"] for q in queue}) == len(queue)  # each trace once
    none_sampled = client.get("/v1/review/queue", params={"sample_rate": 0.0}, headers=world.auth("ann")).json()
    assert "sampled" not in {q["source"] for q in none_sampled}
    assert client.get("/v1/review/queue", headers=world.auth("bob")).status_code == 403


def test_an_eval_failure_shows_what_was_expected_and_its_verdict_corrects_the_item(world, client) -> None:
    _reviewer(world)
    _eval_run(world)
    (failure,) = [q for q in client.get("/v1/review/queue", headers=world.auth("ann")).json()
                  if q["source"] == "eval failure"]
    browser = Browser(client, world.tokens["ann"])
    page = browser.get(f"/review/traces/{failure['trace_id']}")
    assert page.status_code == 200
    assert "Rome" in page.text and "Capital of Italy?" in page.text and "exact" in page.text
    assert 'name="dataset" value="capitals"' in page.text  # the verdict goes to the run's golden set by default
    missing = browser.post(f"/review/traces/{failure['trace_id']}/verdict",
                          data={"verdict": "wrong", "dataset": "capitals"})
    assert missing.status_code == 422 and missing.json()["error"]["field"] == "corrected"
    ok = browser.post(f"/review/traces/{failure['trace_id']}/verdict", follow_redirects=False,
                     data={"verdict": "wrong", "corrected": "Roma", "note": "the Italian name", "dataset": "capitals"})
    assert ok.status_code == 303, ok.text
    golden = Datasets(world.charter.store).get("capitals")
    assert [i.id for i in golden.items] == ["fr", "it"]  # corrected in place, not appended
    assert golden.items[1].expectations == {"answer": "Roma"}
    (fix,) = Datasets(world.charter.store).corrections("capitals")
    assert fix["author"] == "ann" and fix["trace_id"] == failure["trace_id"] and "Italian" in fix["reason"]
    after = client.get("/v1/review/queue", headers=world.auth("ann")).json()
    assert failure["trace_id"] not in {q["trace_id"] for q in after}  # reviewed traces leave the queue


class _KeepingView(View):
    """A view that keeps each verdict its app is told of (as the questionnaire app files a past answer), and
    refuses the corrections of one reviewer."""

    def __init__(self) -> None:
        self.kept: list[tuple[str, str, str, str]] = []

    def reviewed(self, charter, trace, *, verdict, corrected, reviewer):  # type: ignore[no-untyped-def]
        if corrected == "refuse me":
            raise PermissionDenied("permission denied: this app does not take that correction")
        self.kept.append((trace.trace_id, verdict, corrected, reviewer))


def test_a_verdict_reaches_the_agents_view_first_and_its_refusal_saves_nothing(world) -> None:
    from fastapi.testclient import TestClient

    from charter.server.app import create_app

    _reviewer(world)
    view = _KeepingView()
    views = ViewRegistry(load_entry_points=False)
    views.register("capital", view)
    client = TestClient(create_app(world.charter, world.registry, views=views), raise_server_exceptions=False)
    trace = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of Italy?"}},
                        headers=world.auth("ann")).json()["trace_id"]
    browser = Browser(client, world.tokens["ann"])
    refused = browser.post(f"/review/traces/{trace}/verdict", follow_redirects=False,
                           data={"verdict": "wrong", "corrected": "refuse me", "dataset": "live"})
    assert refused.status_code == 403 and "does not take that correction" in refused.text
    assert "live" not in Datasets(world.charter.store).names()   # nothing half saved
    ok = browser.post(f"/review/traces/{trace}/verdict", follow_redirects=False,
                      data={"verdict": "wrong", "corrected": "Rome", "dataset": "live"})
    assert ok.status_code == 303, ok.text
    assert view.kept == [(trace, "wrong", "Rome", "ann")]
    assert Datasets(world.charter.store).get("live").items[0].expectations == {"answer": "Rome"}


def test_invoke_serves_the_champion_after_a_promotion(world, client) -> None:
    browser = Browser(client, world.tokens["admin"])
    edit = browser.post("/review/agents/capital/steps/answer", follow_redirects=False,
                       data={"prompt": "One word: {question}",
                             "examples": '[{"input": {"question": "Capital of Peru?"}, "output": {"answer": "Lima"}}]'})
    assert edit.status_code == 303, edit.text
    versions = AgentVersions(world.charter.store)
    challenger = versions.get("capital", "challenger")
    assert "Lima" in str(challenger.config)
    bad = browser.post("/review/agents/capital/steps/answer", data={"prompt": "x {question}", "examples": "[{"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "examples"

    def served_version() -> str:
        r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("ann"))
        return world.charter.tracer.get(r.json()["trace_id"]).spans[0].attributes["version"]

    assert served_version() == capital_agent().content_hash()[:12]
    refused = browser.post("/review/agents/capital/promote", data={}, follow_redirects=False)
    assert refused.status_code == 403 and "no reviewer has signed it off" in refused.text  # no evidence yet
    give_evidence(world, "challenger")
    assert browser.post("/review/agents/capital/promote", data={}, follow_redirects=False).status_code == 303
    assert served_version() == challenger.content_hash[:12]
    audit = [e for e in world.charter.catalog.audit_log(principal="admin") if e.action == "set champion"]
    assert audit and audit[-1].details["to"] == challenger.content_hash


def test_dashboards_plot_quality_per_version_over_time(world, client) -> None:
    _eval_run(world)
    page = client.get("/dashboards", headers=world.auth("admin"))
    assert page.status_code == 200
    assert "accuracy of capital over time" in page.text and "on capitals" in page.text
    assert "<circle" in page.text and "0.500" in page.text  # one run, half its items right


def test_server_timing_separates_the_agent_from_the_server(world, client) -> None:
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("ann"))
    timing = dict(p.strip().split(";dur=") for p in r.headers["server-timing"].split(","))
    assert float(timing["app"]) >= float(timing["wait"]) + float(timing["agent"]) and float(timing["agent"]) > 0
    listed = client.get("/v1/agents", headers=world.auth("ann"))
    assert listed.headers["server-timing"].startswith("app;dur=")


def test_a_trace_an_app_flags_for_review_comes_before_failures_with_its_reason(world, client) -> None:
    _reviewer(world)
    client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("bob"))  # fails
    with world.charter.tracer.trace("agent:capital", principal="ann", agent="capital", inputs={"question": "?"}) as root:
        root.status = "review"  # what an app does with an answer it is unsure of
        root.set_attribute("review_reason", "no supporting passage found")
    queue = client.get("/v1/review/queue", params={"sample_rate": 0.0}, headers=world.auth("ann")).json()
    assert [q["source"] for q in queue] == ["flagged", "failed"]
    assert queue[0]["trace_id"] == root.trace_id and queue[0]["reason"] == "no supporting passage found"

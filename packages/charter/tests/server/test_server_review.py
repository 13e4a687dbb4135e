"""The review app: an expert signs in, reviews a trace, corrects it into a golden set, edits and promotes."""

from __future__ import annotations

from charter.agents.versions import AgentVersions
from charter.evals.datasets import Datasets
from charter.mcp.tokens import TokenStore
from charter.server.web import csrf_token
from server.conftest import Browser, give_evidence, page_csrf


def _trace(world, client) -> str:  # type: ignore[no-untyped-def]
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of Italy?"}},
                    headers=world.auth("ann"))
    return r.json()["trace_id"]


def test_an_expert_corrects_an_answer_into_a_golden_set(world, client) -> None:
    trace_id = _trace(world, client)
    world.charter.catalog.create_principal("reviewers", "group")
    world.charter.catalog.add_member("reviewers", "ann")
    signin = page_csrf(client.get("/review/login").text)  # the sign-in form is bound to a pre-session cookie
    assert client.post("/review/login", data={"token": world.tokens["ann"]}).status_code == 403
    assert client.post("/review/login", data={"token": "cht_wrong", "csrf": signin}).status_code == 401
    client.post("/review/login", data={"token": world.tokens["ann"], "csrf": signin}, follow_redirects=False)
    queue = client.get("/review", params={"sample_rate": 1.0})
    assert queue.status_code == 200 and f"/review/traces/{trace_id}" in queue.text and "Capital of Italy?" in queue.text
    page = client.get(f"/review/traces/{trace_id}")
    assert "Capital of Italy?" in page.text and "Paris" in page.text and "Answer briefly" in page.text
    csrf = csrf_token(world.tokens["ann"])
    assert csrf != signin and page_csrf(page.text) == csrf
    assert page.text.count(f'<input type="hidden" name="csrf" value="{csrf}">') == page.text.count(
        '<form method="post"') >= 3  # verdict, the step's prompt, sign out
    forged = client.post(f"/review/traces/{trace_id}/verdict", follow_redirects=False,
                         data={"verdict": "right", "dataset": "capital-golden"})  # a cross-site form: no field
    assert forged.status_code == 403 and "CSRF" in forged.json()["error"]["message"]
    saved = client.post(f"/review/traces/{trace_id}/verdict", follow_redirects=False,
                        data={"verdict": "wrong", "corrected": "Rome", "note": "Italy, not France",
                              "dataset": "capital-golden", "csrf": csrf})
    assert saved.status_code == 303, saved.text
    golden = Datasets(world.charter.store).get("capital-golden")
    (item,) = golden.items
    assert item.expectations == {"answer": "Rome"} and item.metadata["reviewer"] == "ann"
    assert item.metadata["trace_id"] == trace_id and item.inputs == {"question": "Capital of Italy?"}
    again = client.post(f"/review/traces/{trace_id}/verdict", follow_redirects=False,
                        data={"verdict": "wrong", "corrected": '{"answer": "Roma"}', "note": "in Italian",
                              "dataset": "capital-golden", "csrf": csrf})
    assert again.status_code == 303
    (fix,) = Datasets(world.charter.store).corrections("capital-golden")
    assert fix["author"] == "ann" and fix["trace_id"] == trace_id and fix["after"]["expectations"] == {"answer": "Roma"}
    assert any(e.action == "save review" for e in world.charter.catalog.audit_log(principal="ann"))


def test_only_reviewers_review_and_only_managers_promote(world, client) -> None:
    trace_id = _trace(world, client)
    client = Browser(client, world.tokens["bob"])
    denied = client.get(f"/review/traces/{trace_id}")
    assert denied.status_code == 403 and "reviewers" in denied.json()["error"]["message"]
    assert client.get("/review").status_code == 403
    refused = client.post("/review/agents/capital/steps/answer", data={"prompt": "Q: {question}"})
    assert refused.status_code == 403 and "MANAGE" in refused.json()["error"]["message"]


def test_edit_a_prompt_then_promote_the_challenger(world, client) -> None:
    client = Browser(client, world.tokens["admin"])
    r = client.post("/review/agents/capital/steps/answer", data={"prompt": "Answer in one word: {question}"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    versions = AgentVersions(world.charter.store)
    challenger = versions.get("capital", "challenger")
    assert challenger.config != versions.get("capital", "champion").config
    assert "one word" in str(challenger.config)
    bad = client.post("/review/agents/capital/steps/answer", data={"prompt": "Uses {nope}"})
    assert bad.status_code == 422
    page = client.get("/review/agents/capital")
    assert "Promote challenger" in page.text
    assert "not ready to promote: agent &#39;capital&#39; has no gate suite" in page.text
    refused = client.post("/review/agents/capital/promote", data={}, follow_redirects=False)
    assert refused.status_code == 403 and "no gate suite" in refused.json()["error"]["message"]
    own = client.post("/review/agents/capital/signoff", data={"note": "read the prompt"}, follow_redirects=False)
    assert own.status_code == 403 and "another reviewer must sign it off (four eyes)" in own.json()["error"]["message"]
    assert "no reviewer has signed it off" in client.get("/review/agents/capital").text  # the editor's refused
    give_evidence(world, "challenger")  # rex, another reviewer, signs off
    assert "ready to promote: gate passed" in client.get("/review/agents/capital").text
    assert client.post("/review/agents/capital/promote", data={}, follow_redirects=False).status_code == 303
    assert versions.get("capital", "champion").content_hash == challenger.content_hash
    assert any(e.action == "promote challenger" and e.allowed for e in world.charter.catalog.audit_log())


def test_dashboards_plot_usage_and_denials_for_admins(world, client) -> None:
    _trace(world, client)
    client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("bob"))
    world.charter.gateway.flush()
    assert client.get("/dashboards", headers=world.auth("ann")).status_code == 403
    page = client.get("/dashboards", headers=world.auth("admin"))
    assert page.status_code == 200 and page.text.count("<svg") >= 4
    assert "fake" in page.text and "run agent agent:capital" in page.text


def test_compare_challenger_with_champion_on_the_corrected_golden_set(world, client) -> None:
    trace_id = _trace(world, client)
    client = Browser(client, world.tokens["admin"])
    client.post(f"/review/traces/{trace_id}/verdict", data={"verdict": "right", "dataset": "capital-golden"})
    client.post("/review/agents/capital/steps/answer", data={"prompt": "One word: {question}"})
    page = client.post("/review/agents/capital/compare", data={"dataset": "capital-golden"})
    assert page.status_code == 200, page.text
    assert "1 paired items" in page.text
    assert '<td>accuracy</td><td class="num">1.000</td><td class="num">1.000</td><td class="num">+0.000</td>' in page.text


def test_compare_runs_as_the_reviewer_never_as_a_principal_named_in_the_golden_set(world, client) -> None:
    from charter.evals.datasets import Dataset, Item

    cat = world.charter.catalog
    cat.create_principal("carol")
    cat.create_principal("reviewers", "group")
    cat.add_member("reviewers", "carol")
    # The golden set names ann, who may run the agent; carol may not.
    Datasets(world.charter.store).add(Dataset(name="capital-golden", items=[
        Item(id="q1", inputs={"question": "Capital of France?"}, expectations={"answer": "Paris"}, principal="ann")]))
    edited = client.post("/review/agents/capital/steps/answer", data={"prompt": "One word: {question}"},
                         headers=world.auth("admin"), follow_redirects=False)  # a challenger to compare
    assert edited.status_code in (200, 303), edited.text
    token = TokenStore(world.charter.store, cat).issue("carol")  # a reviewer, without EXECUTE on capital
    browser = Browser(client, token)
    before = len(cat.audit_log(limit=100_000))
    refused = browser.post("/review/agents/capital/compare", data={"dataset": "capital-golden"})
    assert refused.status_code == 403 and "EXECUTE" in refused.json()["error"]["message"]
    new = cat.audit_log(limit=100_000)[before:]
    assert [(e.actor, e.action, e.allowed) for e in new if e.action == "evaluate challenger"][-1] == (
        "carol", "evaluate challenger", False)
    assert not [e for e in new if e.action == "run agent"]  # nothing ran, as ann or anyone

    cat.grant("EXECUTE", "agent:capital", "carol")
    cat.grant("QUERY", "model:fake", "carol")
    before = len(cat.audit_log(limit=100_000))
    page = browser.post("/review/agents/capital/compare", data={"dataset": "capital-golden"})
    assert page.status_code == 200, page.text
    runs = [e for e in cat.audit_log(limit=100_000)[before:] if e.action == "run agent"]
    assert runs and {e.actor for e in runs} == {"carol"}  # two runs (champion, challenger), both as carol

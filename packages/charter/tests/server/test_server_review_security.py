"""The review app's pages against stored XSS and CSRF (issue 25).

XSS: a payload is stored in every kind of text the pages show — a question, an answer, trace and
span attributes, an agent name, a feedback comment, a golden-set item, a prompt, an audit record —
and every page must show it escaped, never as markup. CSRF: every unsafe route of the app is
enumerated from the app itself, so a route added without the check fails here: a browser signed in
by cookie is refused without the token, with a wrong one, and with another session's.
"""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute

from charter.evals.datasets import Dataset, Datasets, Item
from charter.evals.runs import Runs
from charter.evals.scorers import ScorerRegistry
from charter.evals.targets import AgentTarget
from charter.monitor.tables import FeedbackRow
from charter.server import create_app
from charter.server.web import COOKIE, PRESESSION, UNSAFE, csrf_token
from server.conftest import Browser, capital_agent, page_csrf

PAYLOAD = '<script>alert("xss")</script><img src=x onerror="alert(1)">'


def _no_markup_from(text: str) -> None:
    assert PAYLOAD not in text
    assert "<script>alert" not in text and "<img src=x" not in text and "onerror=\"alert" not in text


def _store_payloads(world) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The payload in every kind of stored text; returns the traces made, by what they carry."""
    c = world.charter
    cat = c.catalog
    cat.create_principal("reviewers", "group")
    cat.add_member("reviewers", "ann")
    cat.audit(actor="bob", action=f"read {PAYLOAD}", securable=f"table:{PAYLOAD}", allowed=False, reason=PAYLOAD)
    # a live trace: the question, the answer, an agent name, the root's and a step's attributes
    with c.tracer.trace("agent:capital", principal="ann", agent=PAYLOAD, inputs={"question": PAYLOAD}) as root:
        root.status = "review"  # flagged: it is in the queue with its reason
        root.set_attribute("review_reason", PAYLOAD)
        root.set_attribute("version", PAYLOAD)
        with c.tracer.trace(f"step {PAYLOAD}", kind="step", inputs={"text": PAYLOAD}) as step:
            step.set_attribute("note", PAYLOAD)
            step.set_outputs({"answer": PAYLOAD})
        root.set_outputs({"answer": PAYLOAD})
    live = root.trace_id
    c.tracer.flush()
    from datetime import UTC, datetime

    with c.store.session() as s:  # a feedback comment (a judge's rationale) on the live trace
        s.add(FeedbackRow(trace_id=live, agent=PAYLOAD, version=PAYLOAD, at=datetime.now(UTC), name=PAYLOAD,
                          source="judge", value=0.1, passed=False, measurable=True, rationale=PAYLOAD))
    # a golden set whose item carries the payload, evaluated: an eval failure showing the expectation
    golden = Dataset(name="xss-golden", items=[
        Item(id="x1", inputs={"question": PAYLOAD}, expectations={"answer": PAYLOAD}, tags=[PAYLOAD])])
    Datasets(c.store).add(golden, note=PAYLOAD)
    target = AgentTarget(capital_agent(), gateway=c.gateway, catalog=c.catalog, tracer=c.tracer)
    run = Runs(c.store, tracer=c.tracer).run(target, golden, [ScorerRegistry().build("exact")], principal="ann",
                                              concurrency=1)
    evaluated = run.items[0].trace_id
    assert evaluated is not None
    return {"live": live, "evaluated": evaluated}


def test_every_page_shows_stored_text_escaped(world, client) -> None:  # type: ignore[no-untyped-def]
    traces = _store_payloads(world)
    admin = Browser(client, world.tokens["admin"])
    edit = admin.post("/review/agents/capital/steps/answer", follow_redirects=False,
                      data={"prompt": f"{PAYLOAD} {{question}}"})  # a prompt (an agent version's config)
    assert edit.status_code == 303, edit.text
    verdict = admin.post(f"/review/traces/{traces['live']}/verdict", follow_redirects=False,
                         data={"verdict": "wrong", "corrected": PAYLOAD, "note": PAYLOAD, "dataset": "xss-golden"})
    assert verdict.status_code == 303, verdict.text
    pages = {
        "queue": admin.get("/review", params={"reviewed": "all", "sample_rate": 1.0}),
        "queue searched": admin.get("/review", params={"reviewed": "all", "q": "script"}),
        "live trace": admin.get(f"/review/traces/{traces['live']}"),
        "evaluated trace": admin.get(f"/review/traces/{traces['evaluated']}"),
        "agent": admin.get("/review/agents/capital"),
        "compare": admin.post("/review/agents/capital/compare", data={"dataset": "xss-golden"}),
        "preview": admin.client.post(f"/review/traces/{traces['live']}/correction/preview", json={"text": PAYLOAD},
                                     headers={"X-CSRF-Token": admin.csrf}),
        "dashboards": admin.get("/dashboards"),
        "sign in": client.get("/review/login"),
    }
    for name, page in pages.items():
        assert page.status_code == 200, (name, page.text[:300])
        _no_markup_from(page.text)
        if name != "sign in":
            assert "&lt;script&gt;alert(" in page.text, name  # the payload is on the page, as text
    live = pages["live trace"].text
    for where in ("question", "answer"):  # shown as text where a person reads it, not only in raw JSON
        section = re.search(rf'<div id="{where}"[^>]*>(.*?)</div>', live, re.S)
        assert section is not None and "&lt;script&gt;" in section.group(1), where
    assert live.count("&lt;script&gt;") >= 6  # question, answer, reason, agent, step, feedback, raw JSON


def _routes(routes):  # type: ignore[no-untyped-def]
    """Every route, those of included routers too (FastAPI keeps an included router whole)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _routes(inner.routes)
        else:
            yield route


def _unsafe_routes(app) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((method, route.path) for route in _routes(app.routes) if isinstance(route, APIRoute)
                  for method in route.methods & UNSAFE)


def _call(client, method: str, path: str, **kw):  # type: ignore[no-untyped-def]
    url = re.sub(r"\{[^}]+\}", "capital", path)
    return client.request(method, url, **kw)


def _refused_for_csrf(r) -> bool:  # type: ignore[no-untyped-def]
    return r.status_code == 403 and "CSRF" in r.json()["error"]["message"]


@pytest.mark.parametrize("case", ["missing", "wrong", "other session", "wrong header"])
def test_every_unsafe_route_refuses_a_browser_without_its_csrf_token(world, case) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    app = create_app(world.charter, world.registry)
    routes = _unsafe_routes(app)
    browser_routes = [(m, p) for m, p in routes if not p.startswith("/v1/")]
    assert {("POST", "/review/login"), ("POST", "/review/logout"), ("POST", "/review/traces/{trace_id}/verdict"),
            ("POST", "/review/traces/{trace_id}/correction/check"), ("POST", "/review/agents/{name}/promote"),
            ("POST", "/review/traces/{trace_id}/correction/preview"), ("POST", "/review/agents/{name}/compare"),
            ("POST", "/review/agents/{name}/steps/{step}")} <= set(browser_routes)
    client = TestClient(app, raise_server_exceptions=False)
    client.cookies.set(COOKIE, world.tokens["admin"])
    sent = {"missing": None, "wrong": "0" * 40, "other session": csrf_token(world.tokens["bob"]),
            "wrong header": None}[case]
    for method, path in routes:
        if case == "wrong header":
            r = _call(client, method, path, json={"text": "x"}, headers={"X-CSRF-Token": "x"})
        else:
            r = _call(client, method, path, data={} if sent is None else {"csrf": sent, "dataset": "d", "prompt": "p"})
        if path.startswith("/v1/"):  # API routes take a bearer token only: the cookie carries no power there
            assert r.status_code in (401, 405), (method, path, r.status_code)
        else:
            assert _refused_for_csrf(r), (case, method, path, r.status_code, r.text[:200])
    refusals = [e for e in world.charter.catalog.audit_log(limit=1000) if e.reason == "missing or wrong CSRF token"]
    assert len(refusals) >= len(browser_routes) and {e.actor for e in refusals} == {"admin"}


def test_the_right_token_passes_and_bearer_calls_need_none(world, client) -> None:  # type: ignore[no-untyped-def]
    app = client.app
    browser = Browser(client, world.tokens["admin"])
    for method, path in _unsafe_routes(app):
        if path.startswith("/v1/") or path.endswith("/logout"):
            continue
        r = _call(client, method, path, data={"csrf": browser.csrf})
        assert not (r.status_code == 403 and "CSRF" in r.text), (method, path)
        r = _call(client, method, path, json={"text": "x"}, headers={"X-CSRF-Token": browser.csrf})
        assert not (r.status_code == 403 and "CSRF" in r.text), (method, path)
    client.cookies.clear()
    r = client.post("/review/agents/capital/steps/answer", headers=world.auth("admin"), follow_redirects=False,
                    data={"prompt": "One word: {question}"})  # an API client: the header names it, no cookie
    assert r.status_code == 303


def test_signing_in_is_bound_to_the_pre_session(world, client) -> None:  # type: ignore[no-untyped-def]
    assert client.post("/review/login", data={"token": world.tokens["ann"], "csrf": "x"}).status_code == 403
    form = client.get("/review/login")
    presession = client.cookies.get(PRESESSION)
    assert presession and page_csrf(form.text) == csrf_token(presession)
    other = csrf_token("another browser's pre-session")
    assert _refused_for_csrf(client.post("/review/login", data={"token": world.tokens["ann"], "csrf": other}))
    ok = client.post("/review/login", data={"token": world.tokens["ann"], "csrf": page_csrf(form.text)},
                     follow_redirects=False)
    assert ok.status_code == 303 and client.cookies.get(COOKIE) == world.tokens["ann"]
    signed_in = client.get("/review/login")  # signed in: the forms carry the session's token now
    assert page_csrf(signed_in.text) == csrf_token(world.tokens["ann"])
    out = client.post("/review/logout", data={"csrf": csrf_token(world.tokens["ann"])}, follow_redirects=False)
    assert out.status_code == 303 and not client.cookies.get(COOKIE)

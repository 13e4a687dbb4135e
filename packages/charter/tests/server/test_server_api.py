"""The agent endpoints and error mapping, through FastAPI's TestClient."""

from __future__ import annotations

import json


def test_invoke_runs_the_agent_as_the_tokens_principal(world, client) -> None:
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of France?"}},
                    headers=world.auth("ann"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["answer"] == "Paris" and body["output"] == {"answer": "Paris"}
    trace = world.charter.tracer.get(body["trace_id"])
    assert trace.principal == "ann" and trace.agent == "capital"


def test_missing_and_wrong_tokens_are_401_json(client) -> None:
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}})
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}},
                    headers={"Authorization": "Bearer cht_not-a-real-token"})
    assert r.status_code == 401 and "unknown token" in r.json()["error"]["message"]


def test_no_privilege_is_403_naming_it_and_audited(world, client) -> None:
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("bob"))
    assert r.status_code == 403
    assert "EXECUTE" in r.json()["error"]["message"] and "Traceback" not in r.text
    denied = [e for e in world.charter.catalog.audit_log(principal="bob") if not e.allowed]
    assert denied and denied[-1].securable == "agent:capital"


def test_unknown_agent_404_and_malformed_body_422_with_field(world, client) -> None:
    r = client.post("/v1/agents/nope/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("ann"))
    assert r.status_code == 404 and "nope" in r.json()["error"]["message"]
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"q": "x"}}, headers=world.auth("ann"))
    assert r.status_code == 422 and r.json()["error"]["field"] == "inputs.question"
    r = client.post("/v1/agents/capital/invoke", json={"wrong": 1}, headers=world.auth("ann"))
    assert r.status_code == 422 and r.json()["error"]["field"] == "inputs"
    r = client.post("/v1/agents/capital/invoke", content=b"{not json", headers={**world.auth("ann"),
                                                                                "content-type": "application/json"})
    assert r.status_code == 422 and "error" in r.json()


def test_chat_completions_plain_and_streamed(world, client) -> None:
    req = {"model": "agent:capital", "messages": [{"role": "user", "content": "Capital of France?"}]}
    r = client.post("/v1/chat/completions", json=req, headers=world.auth("ann"))
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["message"]["content"] == "Paris"
    with client.stream("POST", "/v1/chat/completions", json={**req, "stream": True}, headers=world.auth("ann")) as s:
        lines = [ln for ln in s.iter_lines() if ln.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    text = "".join(json.loads(ln[6:])["choices"][0]["delta"].get("content", "") for ln in lines[:-1])
    assert text == "Paris"
    r = client.post("/v1/chat/completions", json={**req, "model": "gpt-4"}, headers=world.auth("ann"))
    assert r.status_code == 422 and r.json()["error"]["field"] == "model"
    r = client.post("/v1/chat/completions", json={**req, "model": "agent:ghost"}, headers=world.auth("ann"))
    assert r.status_code == 404

"""The admin API: statements run as the caller, admin-only reads, traces, versions and aliases, OpenAPI."""

from __future__ import annotations

from charter.agents.versions import AgentVersions
from server.conftest import capital_agent, give_evidence


def test_statements_run_as_the_caller(world, client) -> None:
    ok = client.post("/v1/catalog/statements", json={"statement": "GRANT EXECUTE ON AGENT capital TO bob"},
                     headers=world.auth("admin"))
    assert ok.status_code == 200, ok.text
    assert world.charter.catalog.check("bob", "EXECUTE", "agent:capital").allowed
    refused = client.post("/v1/catalog/statements", json={"statement": "GRANT EXECUTE ON AGENT capital TO bob"},
                          headers=world.auth("ann"))
    assert refused.status_code == 403
    bad = client.post("/v1/catalog/statements", json={"statement": "FROB it"}, headers=world.auth("admin"))
    assert bad.status_code == 422
    check = client.post("/v1/catalog/check", json={"principal": "ann", "privilege": "execute",
                                                   "securable": "agent:capital"}, headers=world.auth("ann"))
    assert check.json()["allowed"] is True


def test_audit_usage_and_traces_are_scoped(world, client) -> None:
    client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "q"}}, headers=world.auth("ann"))
    assert client.get("/v1/audit", headers=world.auth("bob")).status_code == 403
    mine = client.get("/v1/audit", params={"principal": "ann"}, headers=world.auth("ann")).json()
    assert any(e["action"] == "run agent" and e["allowed"] for e in mine)
    assert client.get("/v1/usage", headers=world.auth("ann")).status_code == 403
    assert client.get("/v1/traces", headers=world.auth("bob")).json() == []
    (summary,) = client.get("/v1/traces", headers=world.auth("ann")).json()
    full = client.get(f"/v1/traces/{summary['trace_id']}", headers=world.auth("ann")).json()
    assert full["outputs"] == {"answer": "Paris"} and full["spans"]
    assert client.get(f"/v1/traces/{summary['trace_id']}", headers=world.auth("bob")).status_code == 403


def test_versions_and_alias_need_manage(world, client) -> None:
    saved = AgentVersions(world.charter.store).save(capital_agent("Say: {question}"), actor="admin")
    listed = client.get("/v1/agents/capital/versions", headers=world.auth("ann")).json()
    assert [v["content_hash"] for v in listed] == [saved.content_hash]
    body = {"ref": saved.content_hash}
    denied = client.put("/v1/agents/capital/aliases/champion", json=body, headers=world.auth("ann"))
    assert denied.status_code == 403 and "MANAGE" in denied.json()["error"]["message"]
    refused = client.put("/v1/agents/capital/aliases/champion", json=body, headers=world.auth("admin"))
    assert refused.status_code == 403 and "to champion refused" in refused.json()["error"]["message"]
    give_evidence(world, saved.content_hash)  # a passing gate and a reviewer's sign-off
    ok = client.put("/v1/agents/capital/aliases/champion", json=body, headers=world.auth("admin"))
    assert ok.status_code == 200 and "champion" in ok.json()["aliases"]
    assert client.get("/v1/agents/ghost/versions", headers=world.auth("ann")).status_code == 404


def test_openapi_documents_every_route_with_a_response_model(client) -> None:
    doc = client.get("/openapi.json").json()
    for path in ("/v1/agents/{name}/invoke", "/v1/chat/completions", "/v1/catalog/statements", "/v1/audit",
                 "/v1/traces/{trace_id}", "/v1/evals/runs", "/v1/agents/{name}/aliases/{alias}"):
        assert path in doc["paths"], path
    invoke = doc["paths"]["/v1/agents/{name}/invoke"]["post"]["responses"]["200"]
    assert "InvokeResponse" in str(invoke)

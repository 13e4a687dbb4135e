"""Releases over HTTP: sign-off by reviewers only, rollouts (bad shares refused), rollback, and the
champion-vs-challenger comparison for admins; every call as the token's principal, audited."""

from __future__ import annotations

from charter.agents.versions import AgentVersions
from server.conftest import capital_agent


def test_signoff_rollout_rollback_and_compare_over_http(world, client) -> None:  # type: ignore[no-untyped-def]
    c = world.charter
    saved = AgentVersions(c.store).save(capital_agent("Say: {question}"), actor="bob")
    admin, ann = world.auth("admin"), world.auth("ann")

    refused = client.post("/v1/agents/capital/signoff", json={"ref": saved.short}, headers=ann)
    assert refused.status_code == 403 and "'reviewers' group" in refused.json()["error"]["message"]
    signed = client.post("/v1/agents/capital/signoff", json={"ref": saved.short, "note": "ok"}, headers=admin)
    assert signed.status_code == 200 and signed.json() == {"agent": "capital", "version": saved.content_hash,
                                                           "reviewer": "admin", "note": "ok"}
    own = client.put("/v1/agents/capital/aliases/champion", json={"ref": saved.short}, headers=admin)
    assert own.status_code == 403  # four eyes: the promoter's own sign-off does not count
    assert "no reviewer other than the promoter 'admin' and its author 'bob'" in own.json()["error"]["message"]

    none = client.put("/v1/agents/capital/rollout", json={"traffic": "10%"}, headers=admin)
    assert none.status_code == 404 and "has no challenger" in none.json()["error"]["message"]
    assert client.put("/v1/agents/capital/aliases/challenger", json={"ref": saved.short},
                      headers=admin).status_code == 200
    bad = client.put("/v1/agents/capital/rollout", json={"traffic": "150%"}, headers=admin)
    assert bad.status_code == 422 and bad.json()["error"]["message"] == "--traffic: 150% is outside 0..100%"
    ghost = client.put("/v1/agents/capitl/rollout", json={"traffic": "10%"}, headers=admin)
    assert ghost.status_code == 404 and "did you mean 'capital'" in ghost.json()["error"]["message"]
    denied = client.put("/v1/agents/capital/rollout", json={"traffic": "10%"}, headers=ann)
    assert denied.status_code == 403 and "MANAGE" in denied.json()["error"]["message"]
    split = client.put("/v1/agents/capital/rollout", json={"traffic": "10%"}, headers=admin)
    assert split.status_code == 200 and split.json() == {"agent": "capital", "mode": "split", "share": 0.1}

    for i in range(30):  # the challenger answers its share, recognisable by its version on the trace
        r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": f"q{i}"}}, headers=ann)
        assert r.status_code == 200 and r.json()["answer"] == "Paris"
    compare = client.get("/v1/agents/capital/compare", params={"since": "1d"}, headers=admin)
    assert compare.status_code == 200
    assert {m["metric"] for m in compare.json()} >= {"quality", "error_rate"}
    assert compare.json()[0]["b"]["version"] == saved.content_hash[:12]
    assert client.get("/v1/agents/capital/compare", headers=ann).status_code == 403

    back = client.post("/v1/agents/capital/rollback", headers=admin)
    assert back.status_code == 200 and back.json() == {"agent": "capital", "champion": None, "stopped": "split"}
    again = client.post("/v1/agents/capital/rollback", headers=admin)
    assert again.status_code == 422 and "nothing to roll back" in again.json()["error"]["message"]
    actions = [(e.action, e.allowed) for e in c.catalog.audit_log() if e.action in (
        "sign off agent", "set rollout", "roll back agent")]
    assert actions == [("sign off agent", False), ("sign off agent", True), ("set rollout", False),
                       ("set rollout", True), ("roll back agent", True), ("roll back agent", False)]


def test_mcp_serves_the_version_the_server_serves(world) -> None:  # type: ignore[no-untyped-def]
    """An agent called over MCP answers with its champion (and a rollout's challenger for its share), as
    `POST /v1/agents/NAME/invoke` does, never silently the code's config."""
    from charter.agents.rollout import Rollouts
    from charter.mcp.agents import register_agents
    from charter.server.app import AgentRunner
    from charter.tools import ToolRegistry
    from server.conftest import Question

    c = world.charter
    versions = AgentVersions(c.store)
    code = capital_agent()
    saved = versions.save(capital_agent("Say: {question}"), actor="admin")
    assert saved.content_hash != code.content_hash()
    tools = ToolRegistry(c.catalog)
    runner = AgentRunner(c, world.registry)
    register_agents(tools, world.registry, lambda p: c.run_context(p, tools=tools), router=runner)
    tool = tools.get("agent__capital")

    def served_version(question: str) -> tuple[str, str | None]:
        answer = tool.call(Question(question=question), principal="ann", agent=None)
        root = c.tracer.get(answer.trace_id).spans[0]
        return root.attributes["version"], root.attributes.get("arm")

    assert served_version("q") == (code.content_hash()[:12], None)  # no champion: the code's config
    versions.set_alias("capital", "champion", saved.short, actor="admin")
    runner.forget("capital")
    assert served_version("q") == (saved.content_hash[:12], None)
    versions.set_alias("capital", "challenger", versions.save(code, actor="admin").short, actor="admin")
    Rollouts(c.store).set("capital", mode="split", share=1.0, actor="admin")
    runner.forget("capital")
    assert served_version("q2") == (code.content_hash()[:12], "challenger")

"""Approval of risky calls end to end: the statement, the paused run, the approver, the digest.

An agent calls a tool marked ``REQUIRE APPROVAL BY GROUP approvers``; the call (exact arguments)
appears for approvers over the API and in the review app; once approved the run goes ahead, once;
a replay, other arguments or a policy change need a new approval; a rejection ends the run with
the reason; everything is audited with the digest.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from charter.agents import Agent
from charter.agents.steps import ToolStep
from charter.catalog.approvals import call_digest
from charter.errors import ApprovalRequired, PermissionDenied
from charter.mcp.tokens import TokenStore
from charter.server import create_app


class Payment(BaseModel):
    account: str
    amount: int


def payer_agent() -> Agent:
    return Agent("payer", ToolStep("pay", Payment, {"tool": "transfer"}))


@pytest.fixture
def paid(world) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """The transfers that actually ran; the tool and agent, governed; carol approves."""
    done: list[dict[str, Any]] = []

    def transfer(account: str, amount: int) -> str:
        """Move money."""
        done.append({"account": account, "amount": amount})
        return f"sent {amount} to {account}"

    charter, cat = world.charter, world.charter.catalog
    charter.tools.register(transfer)
    charter.tools.publish()
    world.registry.register("payer", payer_agent)
    cat.create_principal("payer", "agent")
    for who in ("ann", "payer"):
        cat.grant("EXECUTE", "tool:transfer", who)
    cat.grant("EXECUTE", "agent:payer", "ann")
    cat.create_principal("carol")
    cat.create_principal("approvers", "group")
    cat.add_member("approvers", "carol")
    world.tokens["carol"] = TokenStore(charter.store, cat).issue("carol")
    return done


@pytest.fixture
def client(world) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(create_app(world.charter, world.registry), raise_server_exceptions=False)


def mark(client: TestClient, world, statement: str) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/v1/catalog/statements", json={"statement": statement}, headers=world.auth("admin"))
    assert resp.status_code == 200, resp.text


def pay(client: TestClient, world, amount: int, account: str = "ACME") -> Any:  # type: ignore[no-untyped-def]
    return client.post("/v1/agents/payer/invoke", json={"inputs": {"account": account, "amount": amount}},
                       headers=world.auth("ann"))


def test_an_approved_call_runs_once_and_a_replay_is_refused(world, paid, client) -> None:  # type: ignore[no-untyped-def]
    mark(client, world, "ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")
    first = pay(client, world, 100)
    assert first.status_code == 403 and first.json()["error"]["code"] == "approval_required"
    assert paid == []
    pending = client.get("/v1/approvals", headers=world.auth("carol")).json()
    assert len(pending) == 1
    request = pending[0]
    assert request["arguments"] == {"account": "ACME", "amount": 100}  # the exact call
    assert (request["principal"], request["agent"], request["securable"]) == ("ann", "payer", "tool:transfer")
    assert request["id"] in first.json()["error"]["message"]
    assert request["digest"] == call_digest("tool:transfer", {"account": "ACME", "amount": 100}, "ann", "payer",
                                            request["policy_version"])
    # Only a member of the group decides, and never the one who asked.
    assert client.get("/v1/approvals", headers=world.auth("bob")).json() == []
    assert client.post(f"/v1/approvals/{request['id']}/approve", headers=world.auth("bob")).status_code == 403
    world.charter.catalog.add_member("approvers", "ann")
    assert client.post(f"/v1/approvals/{request['id']}/approve", headers=world.auth("ann")).status_code == 403
    ok = client.post(f"/v1/approvals/{request['id']}/approve", json={"reason": "invoice 42"}, headers=world.auth("carol"))
    assert ok.status_code == 200 and ok.json()["status"] == "approved" and ok.json()["decided_by"] == "carol"

    assert pay(client, world, 100).status_code == 200
    assert paid == [{"account": "ACME", "amount": 100}]
    replay = pay(client, world, 100)  # the same call again: the approval was used
    assert replay.status_code == 403 and replay.json()["error"]["code"] == "approval_required"
    other = pay(client, world, 999)  # other arguments are another call
    assert other.status_code == 403 and other.json()["error"]["code"] == "approval_required"
    assert paid == [{"account": "ACME", "amount": 100}]
    assert client.get(f"/v1/approvals/{request['id']}", headers=world.auth("ann")).json()["status"] == "used"

    audit = [r for r in world.charter.catalog.audit_log() if "approval" in r.action or r.action.endswith("call")]
    actions = [(r.action, r.actor, r.allowed) for r in audit]
    assert ("request approval", "payer", False) in actions
    assert ("approve call", "carol", True) in actions and ("use approval", "payer", True) in actions
    decided = next(r for r in audit if r.action == "approve call" and r.allowed)
    assert decided.details["digest"] == request["digest"] and decided.details["arguments"] == request["arguments"]
    assert next(r for r in audit if r.action == "use approval").on_behalf_of == "ann"


APPROVAL_FIELDS = ["id", "securable", "arguments", "principal", "agent", "approver_group", "policy_version",
                   "digest", "status", "requested_at", "expires_at", "decided_by", "reason"]


def test_the_api_json_of_an_approval_keeps_its_shape(world, paid, client) -> None:  # type: ignore[no-untyped-def]
    """Pinned: the fields in this order, dates as ISO 8601 with their UTC offset (``datetime.isoformat``)."""
    mark(client, world, "ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")
    pay(client, world, 3)
    (listed,) = client.get("/v1/approvals", headers=world.auth("carol")).json()
    stored = world.charter.catalog.approvals.get(listed["id"])
    assert list(listed) == APPROVAL_FIELDS
    assert listed["requested_at"] == stored.requested_at.isoformat() and listed["requested_at"].endswith("+00:00")
    assert listed["expires_at"] == stored.expires_at.isoformat()
    assert (listed["status"], listed["decided_by"], listed["reason"], listed["agent"]) == ("pending", None, "", "payer")
    assert isinstance(listed["policy_version"], int) and listed["arguments"] == {"account": "ACME", "amount": 3}
    assert client.get(f"/v1/approvals/{listed['id']}", headers=world.auth("ann")).json() == listed
    decided = client.post(f"/v1/approvals/{listed['id']}/approve", json={"reason": "ok"}, headers=world.auth("carol"))
    assert decided.status_code == 200 and list(decided.json()) == APPROVAL_FIELDS
    body, after = decided.json(), world.charter.catalog.approvals.get(listed["id"])
    assert (body["status"], body["decided_by"], body["reason"]) == ("approved", "carol", "ok")
    assert body["expires_at"] == after.expires_at.isoformat() != listed["expires_at"]  # ttl from the decision
    schema = client.get("/openapi.json").json()
    ref = schema["paths"]["/v1/approvals/{approval_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    fields = schema["components"]["schemas"][ref["schema"]["$ref"].rsplit("/", 1)[1]]["properties"]
    assert list(fields) == APPROVAL_FIELDS and fields["requested_at"]["type"] == "string"


def test_a_policy_change_voids_pending_and_unused_approvals(world, paid, client) -> None:  # type: ignore[no-untyped-def]
    mark(client, world, "ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")
    pay(client, world, 5)
    (request,) = client.get("/v1/approvals", headers=world.auth("carol")).json()
    assert client.post(f"/v1/approvals/{request['id']}/approve", headers=world.auth("carol")).status_code == 200
    mark(client, world, "ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")  # policy version + 1
    assert pay(client, world, 5).json()["error"]["code"] == "approval_required"  # the old approval does not match
    assert paid == []
    (fresh,) = client.get("/v1/approvals", headers=world.auth("carol")).json()
    mark(client, world, "ALTER TOOL transfer DROP REQUIRE APPROVAL")
    stale = client.post(f"/v1/approvals/{fresh['id']}/approve", headers=world.auth("carol"))
    assert stale.status_code == 422 and "policy of tool:transfer changed" in stale.json()["error"]["message"]
    assert pay(client, world, 5).status_code == 200  # no approval needed any more
    assert paid == [{"account": "ACME", "amount": 5}]


def test_the_run_pauses_until_an_approver_decides(world, paid) -> None:  # type: ignore[no-untyped-def]
    cat = world.charter.catalog
    cat.execute("ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")
    cat.approvals.wait_s = 30.0
    results: dict[str, Any] = {}

    def run(amount: int) -> None:
        try:
            results[amount] = payer_agent().run(Payment(account="ACME", amount=amount), principal="ann",
                                                **world.charter.handles()).output
        except PermissionDenied as exc:
            results[amount] = exc

    for amount, approve in ((7, True), (8, False)):
        thread = threading.Thread(target=run, args=(amount,))
        thread.start()
        deadline = time.monotonic() + 20
        while not (pending := cat.approvals.list(approver="carol")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pending and thread.is_alive()  # paused, waiting
        cat.approvals.decide(pending[0].id, approve, actor="carol", reason="" if approve else "not budgeted")
        thread.join(timeout=20)
    assert results[7].result == "sent 7 to ACME"
    assert isinstance(results[8], PermissionDenied) and "rejected by carol: not budgeted" in results[8].message
    assert paid == [{"account": "ACME", "amount": 7}]


def test_approvers_see_the_call_in_the_review_app_and_decide_there(world, paid, client) -> None:  # type: ignore[no-untyped-def]
    from charter.server.web import COOKIE, csrf_token

    world.charter.catalog.execute("ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")
    pay(client, world, 250, account="Globex & Co <b>")
    client.cookies.set(COOKIE, world.tokens["carol"])
    page = client.get("/review/approvals")
    assert page.status_code == 200
    assert "Globex &amp; Co &lt;b&gt;" in page.text and "250" in page.text  # exact arguments, escaped
    (request,) = world.charter.catalog.approvals.list(approver="carol")
    no_csrf = client.post(f"/review/approvals/{request.id}", data={"decision": "approve"})
    assert no_csrf.status_code == 403
    done = client.post(f"/review/approvals/{request.id}", data={"decision": "approve", "csrf": csrf_token(world.tokens["carol"])},
                       follow_redirects=False)
    assert done.status_code == 303
    assert world.charter.catalog.approvals.get(request.id).status == "approved"
    client.cookies.clear()
    assert pay(client, world, 250, account="Globex & Co <b>").status_code == 200


def test_the_statement_is_governed_and_names_what_it_applies_to(world, paid) -> None:  # type: ignore[no-untyped-def]
    cat = world.charter.catalog
    from charter.errors import CharterError

    with pytest.raises(PermissionDenied):
        cat.execute("ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers", actor="ann")
    with pytest.raises(CharterError, match="not a group"):
        cat.execute("ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP carol")
    with pytest.raises(CharterError, match="not to a model"):
        cat.execute("ALTER MODEL fake SET REQUIRE APPROVAL BY GROUP approvers")
    assert any(r.action.startswith("statement") and not r.allowed for r in cat.audit_log())


def test_an_agent_marked_for_approval_waits_before_it_runs(world, paid) -> None:  # type: ignore[no-untyped-def]
    cat = world.charter.catalog
    cat.execute("ALTER AGENT payer SET REQUIRE APPROVAL BY GROUP approvers")
    with pytest.raises(ApprovalRequired, match="agent 'payer' needs approval"):
        payer_agent().run(Payment(account="X", amount=1), principal="ann", **world.charter.handles())
    assert paid == []


def test_reviewers_see_an_agents_reach_as_json_and_on_its_page(world, paid, client) -> None:  # type: ignore[no-untyped-def]
    from charter.server.web import COOKIE

    cat = world.charter.catalog
    cat.execute("ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")
    assert client.get("/v1/agents/payer/access", headers=world.auth("ann")).status_code == 403  # not a reviewer
    cat.create_principal("reviewers", "group")
    cat.add_member("reviewers", "carol")
    alone = client.get("/v1/agents/payer/access", headers=world.auth("carol")).json()
    assert {"type": "tool", "name": "transfer"}.items() <= alone[0].items() and alone[0]["approval_group"] == "approvers"
    cat.revoke("EXECUTE", "tool:transfer", "ann")
    assert client.get("/v1/agents/payer/access?for=ann", headers=world.auth("carol")).json() == []  # ann may not
    client.cookies.set(COOKIE, world.tokens["carol"])
    page = client.get("/review/agents/payer/access")
    assert page.status_code == 200 and "needs approval by approvers" in page.text and "transfer" in page.text


def test_a_run_paused_on_one_worker_resumes_when_another_worker_approves(world, paid, client) -> None:  # type: ignore[no-untyped-def]
    """Two app instances on one store, as `charter serve --workers 2` runs them: the pause lives in the
    store (the run polls its request there), so an approval or a rejection landing on the other worker
    resumes or ends the run; an approval given there after the pause ended is used by the next run here."""
    from charter.runtime import Charter

    other = Charter(world.charter.settings)  # worker B: its own runtime, catalog and caches, the same store
    try:
        elsewhere = TestClient(create_app(other, world.registry), raise_server_exceptions=False)
        mark(client, world, "ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")
        world.charter.catalog.approvals.wait_s = 30.0
        answers: dict[int, Any] = {}
        for amount, approve in ((7, True), (8, False)):
            thread = threading.Thread(target=lambda a=amount: answers.setdefault(a, pay(client, world, a)))
            thread.start()
            deadline = time.monotonic() + 20
            while not (pending := elsewhere.get("/v1/approvals", headers=world.auth("carol")).json()) \
                    and time.monotonic() < deadline:
                time.sleep(0.05)
            assert pending and thread.is_alive()  # paused on worker A, seen on worker B
            verb = "approve" if approve else "reject"
            decided = elsewhere.post(f"/v1/approvals/{pending[0]['id']}/{verb}", json={"reason": "not budgeted"},
                                     headers=world.auth("carol"))
            assert decided.status_code == 200, decided.text
            thread.join(timeout=20)
            assert not thread.is_alive()
            if approve:
                assert answers[amount].status_code == 200, answers[amount].text
            else:
                assert answers[amount].status_code == 403 and "rejected by carol: not budgeted" in answers[amount].text
        assert paid == [{"account": "ACME", "amount": 7}]
        # the pause ran out on A; B approves; A's next run of the same call uses that approval
        world.charter.catalog.approvals.wait_s = 0.0
        assert pay(client, world, 9).json()["error"]["code"] == "approval_required"
        (request,) = elsewhere.get("/v1/approvals", headers=world.auth("carol")).json()
        assert elsewhere.post(f"/v1/approvals/{request['id']}/approve", headers=world.auth("carol")).status_code == 200
        assert pay(client, world, 9).status_code == 200 and paid[-1] == {"account": "ACME", "amount": 9}
    finally:
        other.tracer.shutdown()
        other.store.dispose()


def test_a_504_ends_the_pause_for_approval(world, paid) -> None:  # type: ignore[no-untyped-def]
    """A run paused for approval (wait_s longer than the request timeout) stops waiting when its request
    is answered 504: its trace ends `cancelled` at once, not when wait_s runs out; the request stays
    pending and nothing ran."""
    world.charter.catalog.execute("ALTER TOOL transfer SET REQUIRE APPROVAL BY GROUP approvers")
    world.charter.catalog.approvals.wait_s = 60.0
    world.charter.settings.server.request_timeout_s = 0.5
    client = TestClient(create_app(world.charter, world.registry), raise_server_exceptions=False)
    r = pay(client, world, 11)
    assert r.status_code == 504 and r.json()["error"]["code"] == "timeout", r.text
    tracer = world.charter.tracer
    deadline = time.monotonic() + 30  # well inside wait_s: a pause that ignored the 504 would still be waiting
    while not (done := tracer.list(agent="payer")) and time.monotonic() < deadline:
        time.sleep(0.05)
        tracer.flush()
    assert done and done[0].status == "cancelled"
    assert "stopped waiting for approval" in tracer.get(done[0].trace_id).root.error["message"]
    (request,) = world.charter.catalog.approvals.list(approver="carol")
    assert request.status == "pending" and paid == []

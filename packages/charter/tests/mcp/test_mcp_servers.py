"""External MCP servers as securables: discovery, re-sync, EXECUTE, audit, tracing, PII redaction."""

from __future__ import annotations

import pytest
from mcp_helpers import ext_spec

from charter.catalog import Catalog
from charter.errors import AlreadyExists, InvalidInput, NotFound, PermissionDenied
from charter.mcp import McpServerError, McpServers
from charter.mcp.tools import register_mcp_tools
from charter.settings import Settings
from charter.tools import ToolRegistry
from charter.tracing import Tracer


@pytest.fixture
def catalog(synced: McpServers) -> Catalog:
    """The catalog the synced `ext` server lives in."""
    return synced.catalog


def _last_audit(catalog: Catalog):  # type: ignore[no-untyped-def]
    return catalog.audit_log()[-1]


def test_sync_discovers_tools_as_securables_without_grants(synced: McpServers, catalog: Catalog) -> None:
    refs = sorted(s.ref for s in catalog.securables("mcp_tool"))
    assert refs == ["mcp_tool:ext.add", "mcp_tool:ext.crash", "mcp_tool:ext.echo", "mcp_tool:ext.hang"]
    assert catalog.show_grants(securable="mcp_tool:ext.add") == []
    add = synced.tool("ext", "add")
    assert add.description == "Add two integers."
    assert sorted(add.input_schema["properties"]) == ["a", "b"]
    assert synced.visible("alice") == []


def test_resync_detects_changes_and_new_tools_start_with_no_grants(synced: McpServers, catalog: Catalog) -> None:
    catalog.grant("EXECUTE", "mcp_tool:ext.add", "alice")
    again = synced.sync("ext")
    assert not again.any_change and again.unchanged == ["add", "crash", "echo", "hang"]

    spec = synced.spec("ext")
    spec.env["EXT_TOOLS"] = "v2"  # the server now lists `shout` instead of `add`
    catalog.set_properties("mcp_server:ext", {"spec": spec.model_dump(mode="json")})
    report = synced.sync("ext")
    assert (report.added, report.removed, report.changed) == (["shout"], ["add"], [])
    assert catalog.show_grants(securable="mcp_tool:ext.shout") == []
    assert [t.qualified for t in synced.visible("alice")] == []
    with pytest.raises(NotFound, match="no tool 'add'"):
        synced.call("ext", "add", {"a": 1, "b": 2}, principal="alice")
    audit = _last_audit(catalog)
    assert (audit.actor, audit.securable, audit.allowed) == ("alice", "mcp_tool:ext.add", False)


def test_call_needs_execute_and_is_audited(synced: McpServers, catalog: Catalog) -> None:
    with pytest.raises(PermissionDenied, match="alice lacks EXECUTE on mcp_tool:ext.add"):
        synced.call("ext", "add", {"a": 1, "b": 2}, principal="alice")
    denied = _last_audit(catalog)
    assert (denied.action, denied.allowed) == ("mcp tools/call", False)

    catalog.grant("EXECUTE", "mcp_tool:ext.add", "alice")
    assert synced.call("ext", "add", {"a": 1, "b": 2}, principal="alice").text == "3"
    allowed = _last_audit(catalog)
    assert (allowed.actor, allowed.securable, allowed.allowed) == ("alice", "mcp_tool:ext.add", True)


def test_a_grant_on_the_server_covers_its_tools_and_agents_get_the_intersection(
        synced: McpServers, catalog: Catalog) -> None:
    catalog.grant("EXECUTE", "mcp_server:ext", "alice")
    assert sorted(t.name for t in synced.visible("alice")) == ["add", "crash", "echo", "hang"]
    catalog.grant("EXECUTE", "mcp_tool:ext.echo", "helper")
    assert [t.name for t in synced.visible("alice", agent="helper")] == ["echo"]
    assert synced.visible("bob", agent="helper") == []
    with pytest.raises(PermissionDenied, match="acts for bob"):
        synced.call("ext", "echo", {"text": "x"}, principal="bob", agent="helper")


def test_pii_is_redacted_both_ways_and_the_call_is_traced(synced: McpServers, catalog: Catalog,
                                                          settings: Settings) -> None:
    catalog.grant("EXECUTE", "mcp_tool:ext.echo", "alice")
    tracer = Tracer(settings, catalog.store)
    with tracer.trace("agent:demo", principal="alice") as root:
        result = synced.call("ext", "echo", {"text": "call 4111 1111 1111 1111 or dave@corp.com"}, principal="alice")
    # The server echoes what it received: the card and the address never left Charter...
    assert "4111" not in result.text and "dave@corp.com" not in result.text
    assert result.text.startswith("call [CARD] or [EMAIL]")
    # ...and the address the server added itself is redacted on the way back.
    assert "carol@example.com" not in result.text and "carol" not in str(result.structured)
    trace = tracer.get(root.trace_id)
    span = next(s for s in trace.spans if s.name == "tool:ext.echo")
    assert span.kind == "tool"
    assert "dave@corp.com" not in str(span.inputs) and "[EMAIL]" in str(span.inputs)
    assert "[EMAIL]" in str(span.outputs)


def test_a_crash_inside_a_run_leaves_a_consistent_trace(synced: McpServers, catalog: Catalog,
                                                        settings: Settings) -> None:
    catalog.grant("EXECUTE", "mcp_server:ext", "alice")
    tracer = Tracer(settings, catalog.store)
    with pytest.raises(McpServerError, match="closed the connection"), \
            tracer.trace("agent:demo", principal="alice") as root:
        synced.call("ext", "crash", {}, principal="alice")
    trace = tracer.get(root.trace_id)
    assert trace.status == "error"
    failed = next(s for s in trace.spans if s.name == "tool:ext.crash")
    assert failed.status == "error" and failed.error["code"] == "mcp_server_error"
    assert synced.call("ext", "echo", {"text": "next"}, principal="alice").text.startswith("next")


def test_agents_call_mcp_tools_through_the_tool_registry(synced: McpServers, catalog: Catalog) -> None:
    registry = ToolRegistry(catalog)
    assert register_mcp_tools(registry, synced, "ext") == ["ext__add", "ext__crash", "ext__echo", "ext__hang"]
    assert registry.get("ext__add").parameters["required"] == ["a", "b"]
    with pytest.raises(PermissionDenied, match="lacks EXECUTE on mcp_tool:ext.add"):
        registry.invoke("ext__add", {"a": 1, "b": 2}, principal="alice")
    catalog.grant("EXECUTE", "mcp_tool:ext.add", "alice")
    assert registry.invoke("ext__add", {"a": 1, "b": 2}, principal="alice") == {"result": 3}
    with pytest.raises(InvalidInput, match="argument 'b'|'b' is a required property"):
        registry.invoke("ext__add", {"a": 1}, principal="alice")


def test_registration_errors(synced: McpServers, catalog: Catalog) -> None:
    with pytest.raises(AlreadyExists, match="already registered"):
        synced.add("ext", ext_spec())
    with pytest.raises(InvalidInput, match="letters, digits"):
        synced.add("bad.name", ext_spec())
    with pytest.raises(NotFound, match="did you mean 'ext'"):
        synced.sync("ext2")
    with pytest.raises(PermissionDenied):
        synced.sync("ext", actor="alice")
    assert _last_audit(catalog).action == "mcp sync"
    synced.remove("ext")
    assert catalog.securables("mcp_tool") == []


def test_an_mcp_tool_marked_for_approval_waits_and_a_resync_keeps_the_mark(synced: McpServers, catalog: Catalog) -> None:
    from charter.errors import ApprovalRequired

    catalog.grant("EXECUTE", "mcp_tool:ext.add", "alice")
    catalog.create_principal("approvers", "group")
    catalog.create_principal("carol")
    catalog.add_member("approvers", "carol")
    catalog.execute("ALTER MCP_TOOL ext.add SET REQUIRE APPROVAL BY GROUP approvers")
    catalog.set_properties("mcp_tool:ext.add", {"schema": "changed"})  # as a re-sync of a changed tool does
    with pytest.raises(ApprovalRequired, match="MCP tool 'ext.add' needs approval"):
        synced.call("ext", "add", {"a": 1, "b": 2}, principal="alice")
    (request,) = catalog.approvals.list(approver="carol")
    assert request.arguments == {"a": 1, "b": 2} and request.securable == "mcp_tool:ext.add"
    catalog.approvals.decide(request.id, True, actor="carol")
    assert synced.call("ext", "add", {"a": 1, "b": 2}, principal="alice").text == "3"
    with pytest.raises(ApprovalRequired):  # used once
        synced.call("ext", "add", {"a": 1, "b": 2}, principal="alice")

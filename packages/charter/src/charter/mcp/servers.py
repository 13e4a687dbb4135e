"""External MCP servers as securables: register, discover tools into the catalog, call them governed.

A server is the securable `mcp_server:NAME` (its connection spec in the properties); each tool
it lists becomes `mcp_tool:NAME.TOOL` (description and input schema in the properties). A call
needs EXECUTE on the tool, held directly or through the server (a grant on the server covers
every tool it has and will have); the decision is audited, the call is a `tool` span, and PII
is redacted from the arguments before they leave and from the answer before anyone sees it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from charter.catalog import Catalog
from charter.errors import AlreadyExists, InvalidInput, NotFound, PermissionDenied, did_you_mean
from charter.mcp.client import RemoteResult, RemoteTool, ServerSpec, call_tool, list_tools
from charter.mcp.guardrails import TextRedactor, pii_redactor, redact_value
from charter.store import utcnow
from charter.tracing import span

_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def tool_ref(server: str, tool: str) -> str:
    """The catalog securable of an external tool."""
    return f"mcp_tool:{server}.{tool}"


def securable_tool_name(remote: str) -> str:
    """A remote tool name as one part of a securable name (a dot would read as a new level)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", remote)[:120] or "_"


@dataclass(frozen=True)
class McpToolInfo:
    """One discovered tool, as the catalog holds it."""

    server: str
    name: str
    remote_name: str
    description: str
    input_schema: dict[str, Any]
    fingerprint: str

    @property
    def ref(self) -> str:
        return tool_ref(self.server, self.name)

    @property
    def qualified(self) -> str:
        """`server.tool`: the name agents and MCP clients see."""
        return f"{self.server}.{self.name}"


@dataclass
class SyncReport:
    server: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def any_change(self) -> bool:
        return bool(self.added or self.removed or self.changed)


class McpServers:
    """The registry of external MCP servers, kept in the catalog."""

    def __init__(self, catalog: Catalog, *, redactor: TextRedactor | None = None) -> None:
        self.catalog = catalog
        self.redact = redactor or pii_redactor()

    # ------------------------------------------------------------------ registration
    def add(self, name: str, spec: ServerSpec, *, actor: str = "admin") -> ServerSpec:
        """Register a server (no tools yet: `sync` discovers them)."""
        if not _NAME.match(name):
            raise InvalidInput(f"MCP server name '{name}' may use letters, digits, '_' and '-' only")
        try:
            self.catalog.securable(f"mcp_server:{name}")
        except NotFound:
            pass
        else:
            raise AlreadyExists(f"MCP server '{name}' is already registered; `charter mcp sync {name}` refreshes it")
        self.catalog.create_securable("mcp_server", name, properties={"spec": spec.model_dump(mode="json")},
                                      actor=actor, exist_ok=False)
        return spec

    def spec(self, name: str) -> ServerSpec:
        """The connection spec of a registered server."""
        props = self._props(self._server(name).properties)
        try:
            return ServerSpec.model_validate(props.get("spec", {}))
        except ValidationError as exc:
            raise InvalidInput(f"MCP server '{name}' has a broken spec in the catalog: {exc.errors()[0]['msg']}") from None

    def names(self) -> list[str]:
        return [s.name for s in self.catalog.securables("mcp_server")]

    def tools(self, server: str | None = None) -> list[McpToolInfo]:
        """The discovered tools (of one server, or of all)."""
        if server is not None:
            self._server(server)
        out = []
        for sec in self.catalog.securables("mcp_tool"):
            srv, name = sec.name.split(".", 1)
            if server is not None and srv != server:
                continue
            p = self._props(sec.properties)
            out.append(McpToolInfo(srv, name, p.get("remote_name", name), p.get("description", ""),
                                   p.get("input_schema", {}), p.get("fingerprint", "")))
        return out

    def tool(self, server: str, name: str) -> McpToolInfo:
        for info in self.tools(server):
            if info.name == name:
                return info
        known = [t.name for t in self.tools(server)]
        raise NotFound(f"MCP server '{server}' has no tool '{name}'{did_you_mean(name, known)} "
                       f"(`charter mcp sync {server}` discovers new ones)")

    def remove(self, name: str, *, actor: str = "admin") -> None:
        """Unregister a server; its tools and every grant on them go with it."""
        self.catalog.drop_securable(f"mcp_server:{name}", actor=actor)

    # ------------------------------------------------------------------ discovery
    def sync(self, name: str, *, actor: str = "admin") -> SyncReport:
        """Discover the server's tools into the catalog; report what was added, removed or changed.

        New tools get no grants (only a grant on the whole server reaches them); removed tools are
        dropped with their grants, so a tool that comes back later starts with none either.
        """
        ref = f"mcp_server:{name}"
        self._server(name)  # NotFound with a did-you-mean before any privilege talk
        decision = self.catalog.can_manage(actor, ref)
        if not decision.allowed:
            self.catalog.audit(actor=actor, action="mcp sync", securable=ref, allowed=False, reason=decision.reason)
            raise PermissionDenied(f"permission denied: {decision.reason}")
        spec = self.spec(name)
        remote = list_tools(spec, server=name)
        report = SyncReport(name)
        seen: dict[str, RemoteTool] = {}
        for tool in remote:
            key = securable_tool_name(tool.name)
            if key in seen:
                raise InvalidInput(f"MCP server '{name}' lists tools '{seen[key].name}' and '{tool.name}', "
                                   f"which both map to '{key}'")
            seen[key] = tool
        current = {t.name: t for t in self.tools(name)}
        for key, tool in sorted(seen.items()):
            props = {"remote_name": tool.name, "description": tool.description, "input_schema": tool.input_schema,
                     "fingerprint": tool.fingerprint, "synced_at": utcnow().isoformat()}
            if key not in current:
                self.catalog.create_securable("mcp_tool", f"{name}.{key}", properties=props,
                                              actor=actor, exist_ok=False)
                report.added.append(key)
            elif current[key].fingerprint != tool.fingerprint or current[key].remote_name != tool.name:
                self.catalog.set_properties(tool_ref(name, key), props, actor=actor)
                report.changed.append(key)
            else:
                report.unchanged.append(key)
        for key in sorted(set(current) - set(seen)):
            self.catalog.drop_securable(tool_ref(name, key), actor=actor)
            report.removed.append(key)
        self.catalog.audit(actor=actor, action="mcp sync", securable=ref, allowed=True, reason="synced",
                           details={"added": report.added, "removed": report.removed, "changed": report.changed})
        return report

    # ------------------------------------------------------------------ calls
    def visible(self, principal: str, agent: str | None = None) -> list[McpToolInfo]:
        """The tools this principal (and the agent acting for it) may EXECUTE."""
        return [t for t in self.tools() if self._check(t.ref, principal, agent)]

    def call(self, server: str, tool: str, arguments: dict[str, Any] | None = None, *, principal: str,
             agent: str | None = None, request_id: str | None = None, timeout_s: float | None = None) -> RemoteResult:
        """Call an external tool for a principal: EXECUTE checked and audited, traced, PII redacted."""
        ref = tool_ref(server, tool)
        actor, for_whom = (agent, principal) if agent else (principal, None)
        args = dict(arguments or {})
        safe_args = redact_value(args, self.redact)
        try:
            info = self.tool(server, tool)
        except NotFound as exc:
            self.catalog.audit(actor=actor, on_behalf_of=for_whom, action="mcp tools/call", securable=ref,
                               allowed=False, reason=exc.message, request_id=request_id)
            raise
        with span(f"tool:{server}.{tool}", kind="tool", inputs=safe_args, mcp_server=server,
                  securable=ref) as s:
            self.catalog.authorize(actor, "EXECUTE", ref, on_behalf_of=for_whom, action="mcp tools/call",
                                   request_id=request_id)
            gate = getattr(self.catalog, "approvals", None)
            if gate is not None:  # an MCP tool marked REQUIRE APPROVAL waits for a person's decision
                gate.gate(ref, args, principal=principal, agent=agent, request_id=request_id,
                          what=f"MCP tool '{server}.{tool}'")
            safe = self.forward(info, args, timeout_s=timeout_s)
            s.set_outputs({"text": safe.text, "structured": safe.structured, "is_error": safe.is_error})
            if safe.is_error:
                s.set_attribute("tool_error", True)
            return safe

    def forward(self, info: McpToolInfo, arguments: dict[str, Any], *, timeout_s: float | None = None) -> RemoteResult:
        """Send an already authorized call: arguments and answer pass the PII guardrail both ways."""
        safe_args = redact_value(dict(arguments), self.redact)
        result = call_tool(self.spec(info.server), info.remote_name, safe_args, server=info.server,
                           timeout_s=timeout_s)
        return RemoteResult(text=self.redact(result.text), structured=redact_value(result.structured, self.redact),
                            is_error=result.is_error, content=redact_value(result.content, self.redact))

    # ------------------------------------------------------------------ helpers
    def _check(self, ref: str, principal: str, agent: str | None) -> bool:
        if agent:
            return self.catalog.check(agent, "EXECUTE", ref, on_behalf_of=principal).allowed
        return self.catalog.check(principal, "EXECUTE", ref).allowed

    def _server(self, name: str) -> Any:
        try:
            return self.catalog.securable(f"mcp_server:{name}")
        except NotFound:
            raise NotFound(f"no MCP server named '{name}'{did_you_mean(name, self.names())}; "
                           "register one with `charter mcp add`") from None

    @staticmethod
    def _props(raw: str | dict[str, Any]) -> dict[str, Any]:
        if isinstance(raw, dict):
            return raw
        try:
            value = json.loads(raw or "{}")
        except json.JSONDecodeError:
            return {}
        return value if isinstance(value, dict) else {}

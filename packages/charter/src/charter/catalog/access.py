"""What an agent can reach: its blast radius, as the intersection with the principal it acts for.

``reach(catalog, "finbot", on_behalf_of="alice")`` asks the catalog's own ``check`` (the decision
every enforcement point makes) for each securable an agent could use: tables, views and the
like (SELECT, with the row filter and column masks that apply to every read), models (QUERY),
tools, MCP tools, SQL functions and other agents (EXECUTE), volumes (READ_VOLUME). Tools, MCP tools
and agents that need a person's approval say by which group. ``charter access`` and the review
app's agent page show the same list.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from charter.catalog.approvals import approval_policy

# What "reaching" a securable of each type means (containers are reached through what they hold).
REACH_PRIVILEGE = {
    "table": "SELECT", "view": "SELECT", "feature_table": "SELECT", "vector_index": "SELECT",
    "volume": "READ_VOLUME", "function": "EXECUTE", "model": "QUERY", "tool": "EXECUTE",
    "mcp_tool": "EXECUTE", "agent": "EXECUTE",
}
ORDER = ["table", "view", "feature_table", "vector_index", "volume", "function", "model", "tool", "mcp_tool", "agent"]


@dataclass(frozen=True)
class Reach:
    """One securable the agent can use, how, and under which conditions."""

    type: str
    name: str
    privilege: str
    reason: str
    row_filter: str | None = None
    column_masks: dict[str, str] = field(default_factory=dict)
    approval_group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def reach(catalog: Any, agent: str, on_behalf_of: str | None = None) -> list[Reach]:
    """Everything ``agent`` may use (for ``on_behalf_of``: only what both may), in a stable order."""
    catalog.principal(agent)  # NotFound names an unknown agent
    if on_behalf_of is not None:
        catalog.principal(on_behalf_of)
    out: list[Reach] = []
    for sec in catalog.securables():
        privilege = REACH_PRIVILEGE.get(sec.type)
        if privilege is None or (sec.type == "agent" and sec.name == agent):
            continue
        decision = catalog.check(agent, privilege, sec.ref, on_behalf_of=on_behalf_of)
        if not decision.allowed:
            continue
        item = Reach(sec.type, sec.name, privilege, decision.reason)
        if sec.type in ("table", "view", "feature_table"):
            item = Reach(sec.type, sec.name, privilege, decision.reason, catalog.row_filter(sec.ref),
                         catalog.column_masks(sec.ref))
        elif sec.type in ("tool", "mcp_tool", "agent"):
            item = Reach(sec.type, sec.name, privilege, decision.reason,
                         approval_group=approval_policy(catalog, sec.ref)[0])
        out.append(item)
    return sorted(out, key=lambda r: (ORDER.index(r.type), r.name))

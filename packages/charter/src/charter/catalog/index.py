"""An in-memory snapshot of the catalog that answers checks without touching the store."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from charter.catalog.model import QueryPolicy
from charter.catalog.tables import (
    ColumnMask,
    Grant,
    Membership,
    Principal,
    QueryPolicyRow,
    RowFilter,
    Securable,
)


@dataclass(frozen=True)
class PrincipalInfo:
    id: int
    name: str
    kind: str
    is_admin: bool


@dataclass(frozen=True)
class SecurableInfo:
    id: int
    type: str
    name: str
    parent_id: int | None
    owner_id: int
    properties: str = "{}"

    @property
    def ref(self) -> str:
        return f"{self.type}:{self.name}"


@dataclass
class Index:
    principals: dict[str, PrincipalInfo] = field(default_factory=dict)
    principal_by_id: dict[int, PrincipalInfo] = field(default_factory=dict)
    groups_of: dict[int, set[int]] = field(default_factory=dict)  # member -> direct groups
    securables: dict[tuple[str, str], SecurableInfo] = field(default_factory=dict)
    securable_by_id: dict[int, SecurableInfo] = field(default_factory=dict)
    grants: dict[int, dict[int, set[str]]] = field(default_factory=dict)  # securable -> principal -> privs
    row_filters: dict[int, str] = field(default_factory=dict)
    masks: dict[int, dict[str, str]] = field(default_factory=dict)
    policies: dict[int, QueryPolicy] = field(default_factory=dict)
    _closure: dict[int, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> Index:
        idx = cls()
        for p in session.scalars(select(Principal)):
            info = PrincipalInfo(p.id, p.name, p.kind, bool(p.is_admin))
            idx.principals[p.name] = info
            idx.principal_by_id[p.id] = info
        for m in session.scalars(select(Membership)):
            idx.groups_of.setdefault(m.member_id, set()).add(m.group_id)
        for s in session.scalars(select(Securable)):
            sinfo = SecurableInfo(s.id, s.type, s.name, s.parent_id, s.owner_id, s.properties)
            idx.securables[(s.type, s.name)] = sinfo
            idx.securable_by_id[s.id] = sinfo
        for sec_id, pid, priv in session.execute(select(Grant.securable_id, Grant.principal_id, Grant.privilege)):
            idx.add_grant(sec_id, pid, priv)
        for f in session.scalars(select(RowFilter)):
            idx.row_filters[f.securable_id] = f.expression
        for cm in session.scalars(select(ColumnMask)):
            idx.masks.setdefault(cm.securable_id, {})[cm.column] = cm.expression
        for q in session.scalars(select(QueryPolicyRow)):
            idx.policies[q.principal_id] = QueryPolicy(
                statement_types=frozenset(s.strip().upper() for s in q.statement_types.split(",") if s.strip()),
                max_rows=q.max_rows,
                max_execution_s=q.max_execution_s,
                denied_tables=frozenset(json.loads(q.denied_tables)),
                denied_functions=frozenset(json.loads(q.denied_functions)),
            )
        return idx

    def add_grant(self, securable_id: int, principal_id: int, privilege: str) -> None:
        self.grants.setdefault(securable_id, {}).setdefault(principal_id, set()).add(privilege)

    def remove_grant(self, securable_id: int, principal_id: int, privilege: str) -> None:
        self.patch_grant("revoke", securable_id, principal_id, privilege)

    def patch_grant(self, op: str, securable_id: int, principal_id: int, privilege: str) -> None:
        """Apply a grant or revoke to a live snapshot.

        Copy-on-write: checks in other threads read these maps without a lock, so the maps they
        may be iterating are replaced, never changed in place.
        """
        by_principal = dict(self.grants.get(securable_id, {}))
        privs = set(by_principal.get(principal_id, ()))
        (privs.add if op == "grant" else privs.discard)(privilege)
        if privs:
            by_principal[principal_id] = privs
        else:
            by_principal.pop(principal_id, None)
        self.grants[securable_id] = by_principal

    def closure(self, principal_id: int) -> frozenset[int]:
        """The principal and every group it belongs to, directly or through nested groups."""
        cached = self._closure.get(principal_id)
        if cached is not None:
            return cached
        seen = {principal_id}
        stack = [principal_id]
        while stack:
            for g in self.groups_of.get(stack.pop(), ()):
                if g not in seen:
                    seen.add(g)
                    stack.append(g)
        result = frozenset(seen)
        self._closure[principal_id] = result
        return result

    def chain(self, sec: SecurableInfo) -> list[SecurableInfo]:
        """The securable and its ancestors, nearest first."""
        out = [sec]
        while out[-1].parent_id is not None:
            out.append(self.securable_by_id[out[-1].parent_id])
        return out

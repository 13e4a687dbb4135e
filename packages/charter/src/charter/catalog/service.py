"""The catalog: decides every access by a person or an agent, and writes every decision down."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from charter.catalog.audit import (
    AuditEntry,
    AuditKey,
    Head,
    VerifyResult,
    append_records,
    current_head,
    read_records,
    verify_chain,
)
from charter.catalog.decide import decide
from charter.catalog.index import Index, PrincipalInfo, SecurableInfo
from charter.catalog.model import (
    PRINCIPAL_KINDS,
    Decision,
    QueryPolicy,
    check_name,
    check_privilege,
    check_type,
    parent_ref,
    parse_ref,
)
from charter.catalog.tables import (
    AuditRecord,
    CatalogState,
    ColumnMask,
    Grant,
    GrantChange,
    Membership,
    Principal,
    QueryPolicyRow,
    RowFilter,
    Securable,
)
from charter.errors import (
    AlreadyExists,
    CharterError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    did_you_mean,
)
from charter.store import BatchWriter, Store, Written

log = logging.getLogger(__name__)

REFRESH_S = 1.0  # how stale another process's grant change may be seen by a pure `check`
REPLAY_MAX = 1000  # a snapshot further behind than this many versions is reloaded, not patched
PRUNE_EVERY = 100


class Catalog:
    """Principals, securables, grants, row filters, column masks, query policies and the audit log.

    ``audit_key`` signs the audit chain and checkpoints its head outside the store (the runtime
    always passes one, from ``AuditKey.load``); a catalog built without one writes and checks the
    legacy unkeyed chain only, which `verify` then reports as such.
    """

    def __init__(self, store: Store, audit_key: AuditKey | None = None) -> None:
        self.store = store
        self.audit_key = audit_key
        self._lock = threading.RLock()
        self._index: Index | None = None
        self._version = -1
        self._checked_at = 0.0
        self._decisions: dict[tuple[str, str, str, str | None], Decision] = {}
        # Allowed calls on hot paths (governed queries, model calls) are audited through this
        # writer: one transaction per batch instead of one per call. Refusals stay synchronous.
        self._audit_writer: BatchWriter[dict[str, Any]] = BatchWriter("audit", self.audit_many)

        from charter.catalog.approvals import Approvals

        # Calls marked REQUIRE APPROVAL pass this gate at every enforcement point (tools, agents);
        # the runtime sets its ttl_s and wait_s from [approvals].
        self.approvals = Approvals(store, self)

    # ------------------------------------------------------------------ snapshot and cache
    def _idx(self, *, fresh: bool = False) -> Index:
        now = time.monotonic()
        if self._index is not None and not fresh and now - self._checked_at < REFRESH_S:
            return self._index
        with self._lock:
            # Read-only sessions: on SQLite they take no write lock, so checks never queue behind writers.
            with self.store.read() as session:
                version = session.execute(text("SELECT version FROM catalog_state WHERE id = 1")).scalar_one()
            if self._index is None or version != self._version:
                if not (self._index is not None and self._replay(version)):
                    with self.store.read() as session:
                        self._index = Index.load(session)
                self._version = version
                self._decisions.clear()
            self._checked_at = now
            return self._index

    def _replay(self, version: int) -> bool:
        """Patch the snapshot with the grant changes since our version; False when a reload is due."""
        if not 0 <= version - self._version <= REPLAY_MAX:
            return False
        with self.store.read() as session:
            rows = session.execute(
                select(GrantChange.version, GrantChange.op, GrantChange.securable_id, GrantChange.principal_id,
                       GrantChange.privilege)
                .where(GrantChange.version > self._version, GrantChange.version <= version)
                .order_by(GrantChange.id)).all()
        # Every version in between must be a grant change; any other change (a new principal,
        # a membership, a policy) leaves no rows here and needs the full reload.
        if {r.version for r in rows} != set(range(self._version + 1, version + 1)):
            return False
        idx = self._index
        assert idx is not None
        for r in rows:
            idx.patch_grant(r.op, r.securable_id, r.principal_id, r.privilege)
        return True

    def _bump(self, session: Session) -> int:
        session.execute(update(CatalogState).where(CatalogState.id == 1).values(version=CatalogState.version + 1))
        return session.scalar(select(CatalogState.version).where(CatalogState.id == 1)) or 0

    def _invalidate(self) -> None:
        with self._lock:
            self._index = None
            self._decisions.clear()

    # ------------------------------------------------------------------ checks
    def check(self, principal: str, privilege: str, securable: str, on_behalf_of: str | None = None) -> Decision:
        """Allow or deny, with the reason. Pure and cached; use `authorize` to audit."""
        key = (principal, privilege, securable, on_behalf_of)
        idx = self._idx()
        hit = self._decisions.get(key)
        if hit is not None:
            return hit
        decision = decide(idx, principal, privilege, securable)
        if on_behalf_of is not None and decision.allowed:
            user = decide(idx, on_behalf_of, privilege, securable)
            if not user.allowed:
                decision = Decision(False, f"{principal} acts for {on_behalf_of}, and {user.reason}",
                                    principal, user.privilege, securable, on_behalf_of)
            else:
                decision = Decision(True, f"{decision.reason}; and for {on_behalf_of}: {user.reason}",
                                    principal, decision.privilege, securable, on_behalf_of)
        elif on_behalf_of is not None:
            decision = Decision(False, decision.reason, principal, decision.privilege, securable, on_behalf_of)
        if len(self._decisions) > 200_000:
            self._decisions.clear()
        self._decisions[key] = decision
        return decision

    def authorize(
        self,
        principal: str,
        privilege: str,
        securable: str,
        on_behalf_of: str | None = None,
        *,
        action: str | None = None,
        request_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> Decision:
        """Check, write the decision to the audit log, and raise PermissionDenied when denied."""
        self._checked_at = 0.0  # an audited decision always sees the latest grants
        decision = self.check(principal, privilege, securable, on_behalf_of)
        self.audit(actor=principal, on_behalf_of=on_behalf_of, action=action or f"check {decision.privilege}",
                   securable=securable, allowed=decision.allowed, reason=decision.reason,
                   request_id=request_id, details=details)
        if not decision.allowed:
            raise PermissionDenied(f"permission denied: {decision.reason}", decision=decision)
        return decision

    def can_manage(self, actor: str, securable: str) -> Decision:
        """Whether the actor may grant on, or change policies of, a securable."""
        idx = self._idx(fresh=True)
        p = idx.principals.get(actor)
        kind, name = parse_ref(securable)
        sec = idx.securables.get((kind, name))
        if p is None:
            return Decision(False, f"unknown principal '{actor}'", actor, "MANAGE", securable)
        if sec is None:
            return Decision(False, f"unknown securable {securable}", actor, "MANAGE", securable)
        if p.is_admin:
            return Decision(True, f"{actor} is a metastore admin", actor, "MANAGE", securable)
        ids = idx.closure(p.id)
        for s in idx.chain(sec):
            if s.owner_id in ids:
                return Decision(True, f"owner of {s.ref}", actor, "MANAGE", securable)
            for pid in ids & idx.grants.get(s.id, {}).keys():
                if "MANAGE" in idx.grants[s.id][pid]:
                    return Decision(True, f"MANAGE on {s.ref}", actor, "MANAGE", securable)
        return Decision(False, f"{actor} may not grant on {securable}: only its owner, a holder of MANAGE "
                        "or a metastore admin may", actor, "MANAGE", securable)

    def is_member(self, principal: str, group: str) -> bool:
        idx = self._idx()
        p, g = idx.principals.get(principal), idx.principals.get(group)
        return p is not None and g is not None and g.id in idx.closure(p.id)

    def principal(self, name: str) -> PrincipalInfo:
        p = self._idx().principals.get(name)
        if p is None:
            raise NotFound(f"unknown principal '{name}'{did_you_mean(name, self._idx().principals)}")
        return p

    def securable(self, ref: str) -> SecurableInfo:
        kind, name = parse_ref(ref)
        sec = self._idx().securables.get((kind, name))
        if sec is None:
            raise NotFound(f"unknown securable {ref}")
        return sec

    def owner_of(self, ref: str) -> str:
        """The name of the principal that owns a securable."""
        return self._idx().principal_by_id[self.securable(ref).owner_id].name

    @property
    def version(self) -> int:
        """The catalog's change counter as last seen (refreshed at most once a second); changes on any change."""
        self._idx()
        return self._version

    def securables(self, type: str | None = None, under: str | None = None) -> list[SecurableInfo]:
        idx = self._idx()
        out = [s for s in idx.securable_by_id.values() if type is None or s.type == type]
        if under is not None:
            root = self.securable(under)
            out = [s for s in out if root in idx.chain(s)[1:]]
        return sorted(out, key=lambda s: (s.type, s.name))

    def principals(self, kind: str | None = None) -> list[PrincipalInfo]:
        return sorted((p for p in self._idx().principals.values() if kind is None or p.kind == kind), key=lambda p: p.name)

    def row_filter(self, table: str) -> str | None:
        """The row filter on a table (``catalog.schema.table`` or ``table:...``), if any."""
        sec = self._table(table)
        return None if sec is None else self._idx().row_filters.get(sec.id)

    def column_masks(self, table: str) -> dict[str, str]:
        sec = self._table(table)
        return {} if sec is None else dict(self._idx().masks.get(sec.id, {}))

    def _table(self, table: str) -> SecurableInfo | None:
        idx = self._idx()
        if ":" in table:
            return idx.securables.get(tuple(table.split(":", 1)))  # type: ignore[arg-type]
        for kind in ("table", "view", "feature_table"):
            if (kind, table) in idx.securables:
                return idx.securables[(kind, table)]
        return None

    def query_policy(self, principal: str, agent: str | None = None) -> QueryPolicy:
        """The principal's query policy, combined with the agent's (the stricter wins)."""
        idx = self._idx()
        policy = self._policy_of(idx, principal)
        if agent is not None:
            policy = policy.combine(self._policy_of(idx, agent))
        return policy

    @staticmethod
    def _policy_of(idx: Index, name: str) -> QueryPolicy:
        p = idx.principals.get(name)
        if p is None:
            return QueryPolicy()
        for pid in [p.id, *sorted(idx.closure(p.id) - {p.id})]:  # own policy first, then a group's
            if pid in idx.policies:
                return idx.policies[pid]
        return QueryPolicy()

    # ------------------------------------------------------------------ writes (each one transaction)
    def _require_admin(self, actor: str, what: str) -> None:
        p = self._idx(fresh=True).principals.get(actor)
        if p is None or not p.is_admin:
            raise PermissionDenied(f"permission denied: only a metastore admin may {what}")

    def _write(self, actor: str, action: str, securable: str | None, details: dict[str, Any], fn,  # type: ignore[no-untyped-def]
               patch=None, grant_changes: Iterable[tuple[str, int, int, str]] = ()) -> Any:  # type: ignore[no-untyped-def]
        """Run a change and its audit record in one transaction; bump the catalog version.

        With `patch(index, result)`, the snapshot is patched in place when no other process changed
        the catalog meanwhile (so syncing many tables does not reload every grant each time);
        otherwise it is reloaded on next use. `grant_changes` (op, securable id, principal id,
        privilege) are logged under the new version so other processes can replay them too.
        """
        with self.store.session() as session:
            # Every caller has just checked the actor against a fresh snapshot; should another
            # process have changed the catalog since, the version test below reloads instead of patching.
            idx = self._idx()
            before = self._version
            result = fn(session, idx)
            version = self._bump(session)
            session.add_all(GrantChange(version=version, op=op, securable_id=sid, principal_id=pid, privilege=priv)
                            for op, sid, pid, priv in grant_changes)
            if grant_changes and version % PRUNE_EVERY == 0:  # keep the log short: older entries are never replayed
                session.execute(delete(GrantChange).where(GrantChange.version <= version - REPLAY_MAX))
            head = self._append_audit(session, actor=actor, on_behalf_of=None, action=action, securable=securable,
                                      allowed=True, reason="applied", request_id=None, details=details)
        self._checkpoint(head)
        with self._lock:
            if patch is not None and self._index is idx and version == before + 1:
                patch(idx, result)
                self._version = version
                self._decisions.clear()
            else:
                self._invalidate()
        return result

    def _refuse(self, actor: str, action: str, securable: str | None, exc: Exception) -> None:
        self.audit(actor=actor, action=action, securable=securable, allowed=False, reason=str(exc))
        if isinstance(exc, CharterError):
            exc.context["audited"] = True

    def create_principal(self, name: str, kind: str = "user", *, actor: str = "admin", exist_ok: bool = False) -> None:
        """Create a user, group or agent (an agent also becomes an `agent:` securable)."""
        if kind not in PRINCIPAL_KINDS:
            raise InvalidInput(f"unknown principal kind '{kind}'; use one of {', '.join(PRINCIPAL_KINDS)}")
        check_name("agent", name)
        self._require_admin(actor, f"create {kind}s")
        existing = self._idx(fresh=True).principals.get(name)
        if existing is not None:
            if exist_ok and existing.kind == kind:
                return
            raise AlreadyExists(f"principal '{name}' already exists (a {existing.kind})")

        def apply(session: Session, idx: Index) -> list[Principal | Securable]:
            rows: list[Principal | Securable] = [Principal(name=name, kind=kind, is_admin=False)]
            if kind == "agent" and ("agent", name) not in idx.securables:
                rows.append(Securable(type="agent", name=name, parent_id=None,
                                      owner_id=idx.principals[actor].id, properties="{}"))
            for row in rows:
                session.add(row)
                session.flush()
            return rows

        self._write(actor, f"create {kind}", f"principal:{name}", {}, apply, patch=_add_rows)

    def add_member(self, group: str, member: str, *, actor: str = "admin") -> None:
        """Add a principal to a group; a membership cycle is rejected."""
        self._require_admin(actor, "change group membership")
        idx = self._idx(fresh=True)
        g, m = self.principal(group), self.principal(member)
        if g.kind != "group":
            raise InvalidInput(f"'{group}' is a {g.kind}, not a group")
        if g.id in idx.closure(m.id) and m.id in idx.groups_of and g.id in idx.groups_of.get(m.id, set()):
            return
        if m.id == g.id or m.id in idx.closure(g.id):
            raise InvalidInput(f"adding '{member}' to '{group}' would make a membership cycle")

        def apply(session: Session, _idx: Index) -> None:
            session.merge(Membership(group_id=g.id, member_id=m.id))

        self._write(actor, "add member", f"principal:{group}", {"member": member}, apply)

    def remove_member(self, group: str, member: str, *, actor: str = "admin") -> None:
        self._require_admin(actor, "change group membership")
        g, m = self.principal(group), self.principal(member)
        self._write(actor, "remove member", f"principal:{group}", {"member": member},
                    lambda s, _i: s.execute(delete(Membership).where(Membership.group_id == g.id,
                                                                      Membership.member_id == m.id)))

    def create_securable(self, type: str, name: str, owner: str | None = None, properties: dict[str, Any] | None = None,
                         *, actor: str = "admin", exist_ok: bool = True) -> SecurableInfo:
        """Create a securable (and its missing parents, owned alike). Returns the securable."""
        check_type(type)
        check_name(type, name)
        owner = owner or actor
        idx = self._idx(fresh=True)
        if (type, name) in idx.securables:
            if exist_ok:
                return idx.securables[(type, name)]
            raise AlreadyExists(f"{type}:{name} already exists")
        owner_info = self.principal(owner)
        chain: list[tuple[str, str]] = [(type, name)]
        while (up := parent_ref(*chain[-1])) is not None and up not in idx.securables:
            chain.append(up)
        top_parent = parent_ref(*chain[-1])
        self._authorize_create(actor, chain[-1], top_parent)

        def apply(session: Session, idx: Index) -> list[Securable]:
            parent_id = idx.securables[top_parent].id if top_parent else None
            rows = []
            for kind, nm in reversed(chain):
                props = json.dumps(properties or {}) if (kind, nm) == (type, name) else "{}"
                row = Securable(type=kind, name=nm, parent_id=parent_id, owner_id=owner_info.id, properties=props)
                session.add(row)
                session.flush()
                parent_id = row.id
                rows.append(row)
            return rows

        self._write(actor, f"create {type}", f"{type}:{name}", {"owner": owner}, apply, patch=_add_rows)
        return self._idx(fresh=True).securables[(type, name)]

    def _authorize_create(self, actor: str, new: tuple[str, str], parent: tuple[str, str] | None) -> None:
        p = self.principal(actor)
        if p.is_admin:
            return
        kind = new[0]
        if parent is None:
            priv, target = f"CREATE_{kind.upper()}", "metastore:metastore"
            if ("metastore", "metastore") not in self._idx().securables:
                raise PermissionDenied(f"permission denied: only a metastore admin may create a {kind}")
        else:
            priv = "CREATE_SCHEMA" if kind == "schema" else f"CREATE_{kind.upper()}"
            target = f"{parent[0]}:{parent[1]}"
        decision = self.check(actor, priv, target)
        if not decision.allowed and not self.can_manage(actor, target).allowed:
            raise PermissionDenied(f"permission denied: {decision.reason}")

    def set_properties(self, ref: str, properties: dict[str, Any], *, actor: str = "admin") -> None:
        """Replace a securable's properties; its approval policy is kept (only ``set_approval`` changes it,
        so a re-synced MCP tool or data source never silently loses REQUIRE APPROVAL)."""
        sec = self.securable(ref)
        self._require_manage(actor, ref)
        current = json.loads(sec.properties or "{}")
        properties = {k: v for k, v in properties.items() if k != "approval"}
        if "approval" in current:
            properties["approval"] = current["approval"]
        self._write(actor, "set properties", ref, {"keys": sorted(properties)},
                    lambda s, _i: s.execute(update(Securable).where(Securable.id == sec.id)
                                            .values(properties=json.dumps(properties))))

    def set_approval(self, ref: str, group: str | None, *, actor: str = "admin") -> int:
        """Require approval by a group's member for every call of a tool, MCP tool or agent (``None``:
        stop requiring it). Returns the new policy version, to which approvals are bound."""
        kind, _name = parse_ref(ref)
        if kind not in ("tool", "mcp_tool", "agent"):
            raise InvalidInput(f"approval applies to a tool, an MCP tool or an agent, not to a {kind}")
        sec = self.securable(ref)
        self._require_manage(actor, ref)
        if group is not None and self.principal(group).kind != "group":
            raise InvalidInput(f"'{group}' is a {self.principal(group).kind}, not a group")
        props = json.loads(sec.properties or "{}")
        # The version only grows (a dropped and re-added policy never revives an old approval).
        version = int((props.get("approval") or {}).get("version", 0)) + 1
        props["approval"] = {"group": group, "version": version}
        self._write(actor, "set approval" if group else "drop approval", ref, {"group": group, "version": version},
                    lambda s, _i: s.execute(update(Securable).where(Securable.id == sec.id)
                                            .values(properties=json.dumps(props))))
        return version

    def set_owner(self, ref: str, owner: str, *, actor: str = "admin") -> None:
        """Transfer ownership; the current owner, a MANAGE holder or an admin may."""
        sec = self.securable(ref)
        new = self.principal(owner)
        self._require_manage(actor, ref)
        self._write(actor, "set owner", ref, {"owner": owner},
                    lambda s, _i: s.execute(update(Securable).where(Securable.id == sec.id).values(owner_id=new.id)))

    def drop_securable(self, ref: str, *, actor: str = "admin") -> None:
        """Drop a securable with everything under it and its grants."""
        sec = self.securable(ref)
        self._require_manage(actor, ref)
        idx = self._idx()
        doomed = [s.id for s in idx.securable_by_id.values() if sec in idx.chain(s)]

        def apply(session: Session, _idx: Index) -> None:
            for table in (Grant, RowFilter, ColumnMask):
                session.execute(delete(table).where(table.securable_id.in_(doomed)))
            # children first, so no foreign key points at a deleted row
            for sid in sorted(doomed, key=lambda i: -len(idx.chain(idx.securable_by_id[i]))):
                session.execute(delete(Securable).where(Securable.id == sid))

        self._write(actor, "drop securable", ref, {}, apply)

    def _require_manage(self, actor: str, ref: str) -> None:
        decision = self.can_manage(actor, ref)
        if not decision.allowed:
            raise PermissionDenied(f"permission denied: {decision.reason}")

    def grant(self, privileges: str | Iterable[str], securable: str, grantee: str, *, actor: str = "admin") -> None:
        """Grant privileges on a securable; only its owner, a MANAGE holder or an admin may."""
        self._change_grants("grant", privileges, securable, grantee, actor)

    def revoke(self, privileges: str | Iterable[str], securable: str, grantee: str, *, actor: str = "admin") -> None:
        self._change_grants("revoke", privileges, securable, grantee, actor)

    def _change_grants(self, verb: str, privileges: str | Iterable[str], securable: str, grantee: str, actor: str) -> None:
        privs = [privileges] if isinstance(privileges, str) else list(privileges)
        try:
            sec = self.securable(securable)
            who = self.principal(grantee)
            norm = [check_privilege(p, sec.type) for p in privs]
            self._require_manage(actor, securable)
        except (InvalidInput, NotFound, PermissionDenied) as exc:
            self._refuse(actor, verb, securable, exc)
            raise

        def apply(session: Session, _idx: Index) -> None:
            for priv in norm:
                if verb == "grant":
                    exists = session.scalar(select(Grant.id).where(
                        Grant.securable_id == sec.id, Grant.principal_id == who.id, Grant.privilege == priv))
                    if exists is None:
                        session.add(Grant(securable_id=sec.id, principal_id=who.id, privilege=priv, granted_by=actor))
                else:
                    session.execute(delete(Grant).where(Grant.securable_id == sec.id, Grant.principal_id == who.id,
                                                        Grant.privilege == priv))

        changes = [(verb, sec.id, who.id, priv) for priv in norm]
        # A grant change then costs one small transaction, not a reload of every grant.
        self._write(actor, verb, securable, {"privileges": norm, "grantee": grantee}, apply,
                    patch=lambda idx, _r: [idx.patch_grant(*c) for c in changes], grant_changes=changes)

    def show_grants(self, securable: str | None = None, principal: str | None = None) -> list[tuple[str, str, str, str]]:
        """Rows of (principal, privilege, securable, granted_by)."""
        with self.store.read() as session:
            q = select(Principal.name, Grant.privilege, Securable.type, Securable.name, Grant.granted_by).join(
                Principal, Principal.id == Grant.principal_id).join(Securable, Securable.id == Grant.securable_id)
            if securable is not None:
                q = q.where(Securable.id == self.securable(securable).id)
            if principal is not None:
                q = q.where(Principal.id == self.principal(principal).id)
            rows = session.execute(q.order_by(Securable.type, Securable.name, Principal.name, Grant.privilege)).all()
        return [(p, priv, f"{t}:{n}", by) for p, priv, t, n, by in rows]

    def set_row_filter(self, table: str, expression: str | None, *, actor: str = "admin") -> None:
        """Attach (or with None, remove) a row filter: a SQL boolean over the row."""
        sec = self._table_or_raise(table)
        self._require_manage(actor, sec.ref)
        if expression is not None:
            self._check_policy_expression(sec, "row filter", expression, actor)

        def apply(session: Session, _idx: Index) -> None:
            session.execute(delete(RowFilter).where(RowFilter.securable_id == sec.id))
            if expression is not None:
                session.add(RowFilter(securable_id=sec.id, expression=expression))

        self._write(actor, "set row filter", sec.ref, {"expression": expression}, apply)

    def set_column_mask(self, table: str, column: str, expression: str | None, *, actor: str = "admin") -> None:
        """Attach (or with None, remove) a column mask: a SQL expression that replaces the column."""
        sec = self._table_or_raise(table)
        self._require_manage(actor, sec.ref)
        if expression is not None:
            self._check_policy_expression(sec, "column mask", expression, actor)

        def apply(session: Session, _idx: Index) -> None:
            session.execute(delete(ColumnMask).where(ColumnMask.securable_id == sec.id, ColumnMask.column == column))
            if expression is not None:
                session.add(ColumnMask(securable_id=sec.id, column=column, expression=expression))

        self._write(actor, "set column mask", sec.ref, {"column": column, "expression": expression}, apply)

    def _check_policy_expression(self, sec: SecurableInfo, kind: str, expression: str, actor: str) -> None:
        """A filter or mask is checked like a query when it is set: one expression, allow-listed
        functions only, and any table it reads readable by whoever sets it and by the table's owner
        (whose rights it runs with; the data layer checks that again at every use)."""
        from charter.catalog.sqlpolicy import (
            DIALECT_OF_SCHEME,
            check_policy_columns,
            check_policy_reads,
            parse_policy_expression,
        )

        try:
            catalog_name = sec.name.split(".", 1)[0]
            cat = self._idx().securables.get(("catalog", catalog_name))
            scheme = json.loads(cat.properties or "{}").get("source", "") if cat is not None else ""
            policy = parse_policy_expression(expression, kind=kind, dialect=DIALECT_OF_SCHEME.get(scheme))
            props = json.loads(sec.properties or "{}")
            known = {str(c[0]).lower() for c in props.get("columns", [])}
            missing = [c for c in policy.columns if known and c.lower() not in known]
            if missing:
                raise InvalidInput(f"the {kind} on {sec.name} names column '{missing[0]}', which the table does not have")

            def resolve(name: str) -> str | None:
                lowered = name.lower()
                return next((found.ref for (t, n), found in self._idx().securables.items()
                             if t in ("table", "view", "feature_table") and n.lower() == lowered), None)

            def may_read(who: str, ref: str) -> tuple[bool, str]:
                d = self.check(who, "SELECT", ref)
                return d.allowed, d.reason

            readers = list(dict.fromkeys([actor, self.owner_of(sec.ref)]))
            check_policy_reads(policy, kind=kind, table=sec.name, resolve=resolve, readers=readers, may_read=may_read)

            def columns_of(name: str) -> list[str] | None:
                ref = resolve(name)
                found = self._table(ref) if ref is not None else None
                return [str(c[0]) for c in json.loads(found.properties or "{}").get("columns", [])] if found else None

            check_policy_columns(policy, kind=kind, table=sec.name, columns_of=columns_of)
        except CharterError as exc:
            self._refuse(actor, f"set {kind}", sec.ref, exc)
            raise

    def _table_or_raise(self, table: str) -> SecurableInfo:
        sec = self._table(table)
        if sec is None:
            raise NotFound(f"unknown table '{table}'")
        return sec

    def set_query_policy(self, principal: str, policy: QueryPolicy, *, actor: str = "admin") -> None:
        self._require_admin(actor, "set query policies")
        p = self.principal(principal)

        def apply(session: Session, _idx: Index) -> None:
            session.execute(delete(QueryPolicyRow).where(QueryPolicyRow.principal_id == p.id))
            session.add(QueryPolicyRow(
                principal_id=p.id, statement_types=",".join(sorted(policy.statement_types)),
                max_rows=policy.max_rows, max_execution_s=policy.max_execution_s,
                denied_tables=json.dumps(sorted(policy.denied_tables)),
                denied_functions=json.dumps(sorted(policy.denied_functions))))

        self._write(actor, "set query policy", f"principal:{principal}", {
            "statement_types": sorted(policy.statement_types), "max_rows": policy.max_rows,
            "max_execution_s": policy.max_execution_s}, apply)

    def execute(self, statement: str, actor: str = "admin") -> Any:
        """Parse and run one admin statement (CREATE, GRANT, REVOKE, SHOW GRANTS, SET ...)."""
        from charter.catalog.statements import run_statement

        return run_statement(self, statement, actor)

    # ------------------------------------------------------------------ audit
    def audit(self, *, actor: str, action: str, securable: str | None, allowed: bool, reason: str,
              on_behalf_of: str | None = None, request_id: str | None = None,
              details: dict[str, Any] | None = None) -> None:
        """Append one record to the tamper-evident audit log."""
        self.audit_many([{"actor": actor, "on_behalf_of": on_behalf_of, "action": action, "securable": securable,
                          "allowed": allowed, "reason": reason, "request_id": request_id, "details": details}])

    def audit_many(self, records: Iterable[dict[str, Any]]) -> int:
        """Append several records (each with `audit`'s keywords) in one transaction; the one call a
        batch writer makes. The signed head is checkpointed after the commit."""
        batch = list(records)
        if not batch:
            return 0
        with self.store.session() as session:
            head = append_records(session, self.audit_key, batch)
        self._checkpoint(head)
        return len(batch)

    def _append_audit(self, session: Session, **fields: Any) -> Head | None:
        return append_records(session, self.audit_key, [fields])

    def _checkpoint(self, head: Head | None) -> None:
        """Write the committed head to the signed checkpoint outside the store.

        A failure here (a read-only home) never undoes or blocks the audited action: the record is
        committed, and `verify` reports the checkpoint lagging behind."""
        if head is None or self.audit_key is None:
            return
        try:
            self.audit_key.checkpoint(head.seq, head.hash)
        except OSError as exc:
            log.warning("cannot write the audit head checkpoint %s: %s", self.audit_key.head_file, exc)

    def seal_legacy_head(self) -> None:
        """With a key and no checkpoint yet, checkpoint the current head if it is unsigned (a store
        from before audit signing, or an empty one): from here on, unsigned records are forgeries.

        Never over a signed head: a missing checkpoint after signed records is for `verify` to report.
        """
        key = self.audit_key
        if key is None:
            return
        try:
            if key.read_head() is not None:
                return
        except ValueError:
            return  # a damaged checkpoint stays for verify to report
        with self.store.read() as session:
            head = current_head(session)
            scheme = session.execute(select(AuditRecord.scheme).where(AuditRecord.id == head.seq)).scalar()
        if scheme is None:  # also an empty log: head 0, the genesis hash
            self._checkpoint(head)

    def queue_audit(self, *, actor: str, action: str, securable: str | None, allowed: bool, reason: str,
                    on_behalf_of: str | None = None, request_id: str | None = None,
                    details: dict[str, Any] | None = None) -> Written:
        """Queue one record for the audit batch writer; the receipt's ``wait()`` returns once it is
        stored and raises if it could not be."""
        return self._audit_writer.submit({
            "actor": actor, "on_behalf_of": on_behalf_of, "action": action, "securable": securable,
            "allowed": allowed, "reason": reason, "request_id": request_id, "details": details})

    def flush_audit(self, timeout_s: float | None = 30.0) -> bool:
        """Wait until every queued audit record is stored (or reported lost); True when all were."""
        return self._audit_writer.flush(timeout_s)

    def audit_log(self, *, principal: str | None = None, since: datetime | None = None,
                  limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
        """Audit records, oldest first, by or on behalf of a principal, of one action, since a time,
        the latest `limit` (after storing those still queued)."""
        self.flush_audit()
        with self.store.read() as session:
            return read_records(session, principal=principal, since=since, limit=limit, action=action)

    def verify_audit(self) -> VerifyResult:
        """Recompute the hash chain; name the first record that was edited or the gap left by a deletion."""
        self.flush_audit()
        with self.store.read() as session:
            return verify_chain(session, self.audit_key)


def _add_rows(idx: Index, rows: list[Principal | Securable]) -> None:
    """Patch a snapshot with newly created principals and securables.

    Copy-on-write, as `Index.patch_grant`: other threads may be iterating these maps.
    """
    principals, principal_by_id = dict(idx.principals), dict(idx.principal_by_id)
    securables, securable_by_id = dict(idx.securables), dict(idx.securable_by_id)
    for row in rows:
        if isinstance(row, Principal):
            p = PrincipalInfo(row.id, row.name, row.kind, bool(row.is_admin))
            principals[p.name] = p
            principal_by_id[p.id] = p
        else:
            sec = SecurableInfo(row.id, row.type, row.name, row.parent_id, row.owner_id, row.properties)
            securables[(sec.type, sec.name)] = sec
            securable_by_id[sec.id] = sec
    idx.principals, idx.principal_by_id = principals, principal_by_id
    idx.securables, idx.securable_by_id = securables, securable_by_id


__all__ = ["AuditEntry", "Catalog", "IntegrityError", "VerifyResult"]

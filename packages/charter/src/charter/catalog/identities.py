"""External identities: OIDC subjects bound to Charter principals, and their groups kept in sync.

A subject is bound once, at its first login, to the principal it is provisioned as (with no
rights: nothing is granted here). The binding, not the token's name claim, decides who a later
token is, so a renamed account keeps its principal, and a token can never claim a principal
that already exists unbound (``admin`` included): that is refused, not merged.

Groups from the token's claim are synced at every login, limited to the issuer's allow-list:
memberships the claim adds are added (missing groups are created), and those a previous login
added and the claim no longer lists are removed. Memberships an admin made by hand are left alone.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from charter.catalog.tables import ExternalIdentity
from charter.errors import AlreadyExists, NotFound, Unauthenticated
from charter.store import Store, utcnow

_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.@\-]{0,199}$")
PROVISIONER = "admin"  # provisioning is the metastore admin's act, done for the issuer's login


@dataclass(frozen=True)
class Login:
    """Who a verified token is, and what this login changed."""

    principal: str
    kind: str  # user | service
    issuer: str
    subject: str
    provisioned: bool = False
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    groups: tuple[str, ...] = field(default_factory=tuple)


def allowed_groups(claimed: Iterable[object], allow: list[str]) -> set[str]:
    """The claimed groups the issuer's allow-list lets through (names Charter can hold)."""
    names = {g for g in claimed if isinstance(g, str) and _NAME.match(g)}
    return names if "*" in allow else names & set(allow)


class Identities:
    """Bind subjects to principals and sync their groups; every change is audited by the catalog."""

    def __init__(self, store: Store, catalog: object) -> None:
        self.store = store
        self.catalog = catalog
        self._bind_lock = threading.Lock()  # one first login per subject at a time in this process
        self._sync_lock = threading.Lock()

    def _principal(self, name: str):  # type: ignore[no-untyped-def]
        try:
            return self.catalog.principal(name)  # type: ignore[attr-defined]
        except NotFound:
            return None

    def _binding(self, issuer: str, subject: str) -> ExternalIdentity | None:
        with self.store.session() as session:
            row = session.scalar(select(ExternalIdentity).where(ExternalIdentity.issuer == issuer,
                                                                ExternalIdentity.subject == subject))
            if row is not None:
                session.expunge(row)
            return row

    def login(self, *, issuer: str, subject: str, principal: str, kind: str = "user",
              groups: set[str] | None = None) -> Login:
        """The principal a verified subject acts as (provisioned on first login), groups synced."""
        cat: Any = self.catalog
        if not _NAME.match(principal):
            raise Unauthenticated(f"the token's principal name {principal[:60]!r} is not a valid Charter name")
        row = self._binding(issuer, subject)
        bound = row.principal if row is not None else None
        previous = set(json.loads(row.groups)) if row is not None else set()
        provisioned = False
        if bound is None:
            with self._bind_lock:
                row = self._binding(issuer, subject)
                bound, provisioned = (row.principal, False) if row is not None else self._bind(
                    issuer, subject, principal, kind)
        added: list[str] = []
        removed: list[str] = []
        if groups is not None and kind == "user":
            with self._sync_lock:  # one sync at a time in this process (another process's repeats harmlessly)
                added, removed = self._sync(bound, groups, previous)
        with self.store.session() as session:
            row = session.scalar(select(ExternalIdentity).where(ExternalIdentity.issuer == issuer,
                                                                ExternalIdentity.subject == subject))
            if row is not None:
                row.last_login_at = utcnow()
                if groups is not None:
                    row.groups = json.dumps(sorted(groups))
        login = Login(bound, kind, issuer, subject, provisioned, tuple(added), tuple(removed),
                      tuple(sorted(groups or ())))
        cat.audit(actor=bound, action="oidc login", securable=None, allowed=True,  # type: ignore[attr-defined]
                  reason="provisioned" if provisioned else "signed in",
                  details={"issuer": issuer, "subject": subject, "kind": kind, "groups_added": added,
                           "groups_removed": removed})
        return login

    def _sync(self, principal: str, groups: set[str], previous: set[str]) -> tuple[list[str], list[str]]:
        """Join the claimed groups; leave those an earlier login joined and the claim no longer lists."""
        cat: Any = self.catalog
        added, removed = [], []
        for group in sorted(groups):
            info = self._principal(group)
            if info is not None and info.kind != "group":
                continue  # a claimed "group" that is a user or an agent here is never joined
            if info is None:
                self._create_group(group)
            if not cat.is_member(principal, group):
                cat.add_member(group, principal, actor=PROVISIONER)
                added.append(group)
        for group in sorted(previous - groups):
            if cat.is_member(principal, group):
                cat.remove_member(group, principal, actor=PROVISIONER)
                removed.append(group)
        return added, removed

    def _create_group(self, group: str) -> None:
        try:
            self.catalog.create_principal(group, "group", actor=PROVISIONER, exist_ok=True)  # type: ignore[attr-defined]
        except (IntegrityError, AlreadyExists):  # another worker created it at the same moment
            info = self._principal(group)
            if info is None or info.kind != "group":
                raise

    def _bind(self, issuer: str, subject: str, principal: str, kind: str) -> tuple[str, bool]:
        cat = self.catalog
        existing = self._principal(principal)
        charter_kind = "agent" if kind == "service" else "user"
        provisioned = False
        if existing is not None:
            # Only a service principal the configuration names explicitly may bind to an existing
            # principal; a user token never takes over an account made another way.
            if kind != "service" or existing.kind != "agent":
                raise Unauthenticated(f"principal '{principal}' already exists and is not bound to this issuer's "
                                      f"subject; a metastore admin must rename one of them")
        else:
            cat.create_principal(principal, charter_kind, actor=PROVISIONER, exist_ok=True)  # type: ignore[attr-defined]
            provisioned = True
        try:
            with self.store.session() as session:
                taken = session.scalar(select(ExternalIdentity).where(ExternalIdentity.principal == principal))
                if taken is not None and (taken.issuer, taken.subject) != (issuer, subject):
                    raise Unauthenticated(f"principal '{principal}' is already bound to another subject")
                if taken is None:
                    session.add(ExternalIdentity(issuer=issuer, subject=subject, principal=principal,
                                                 kind=kind, groups="[]"))
        except IntegrityError:  # another worker bound this subject at the same moment: take its binding
            row = self._binding(issuer, subject)
            if row is None:
                raise
            return row.principal, False
        return principal, provisioned

"""The privilege rules of Unity Catalog, evaluated over an in-memory snapshot of the catalog."""

from __future__ import annotations

from charter.catalog.index import Index, SecurableInfo
from charter.catalog.model import Decision, check_privilege, parse_ref
from charter.errors import InvalidInput, did_you_mean

USAGE = {"catalog": "USE_CATALOG", "schema": "USE_SCHEMA"}


def decide(idx: Index, principal: str, privilege: str, securable: str) -> Decision:
    """Allow or deny one principal (no on-behalf-of), with the grant that allowed or the privilege missing."""

    def deny(reason: str, priv: str = privilege) -> Decision:
        return Decision(False, reason, principal, priv, securable)

    p = idx.principals.get(principal)
    if p is None:
        return deny(f"unknown principal '{principal}'{did_you_mean(principal, idx.principals)}")
    try:
        kind, name = parse_ref(securable)
        priv = check_privilege(privilege, kind)
    except InvalidInput as exc:
        return deny(exc.message)
    sec = idx.securables.get((kind, name))
    if sec is None:
        return deny(f"unknown securable {securable}")
    if p.is_admin:
        return Decision(True, f"{principal} is a metastore admin", principal, priv, securable)
    ids = idx.closure(p.id)
    chain = idx.chain(sec)
    held = holds(idx, ids, priv, chain)
    if held is None:
        return deny(f"{principal} lacks {priv} on {securable}", priv)
    # Usage is needed on every parent; creating inside a container also needs usage on the
    # container itself (UC: CREATE TABLE needs USE SCHEMA on that schema).
    first = 0 if priv.startswith("CREATE_") else 1
    for i, anc in enumerate(chain[first:], start=first):
        need = USAGE.get(anc.type)
        if need and need != priv and holds(idx, ids, need, chain[i:]) is None:
            return deny(f"{principal} lacks {need} on {anc.ref}", need)
    return Decision(True, held, principal, priv, securable)

def holds(idx: Index, ids: frozenset[int], priv: str, chain: list[SecurableInfo]) -> str | None:
    """How one of `ids` holds `priv` somewhere up `chain` (ownership or a grant), or None."""
    for s in chain:
        if s.owner_id in ids:
            return f"owner of {s.ref} ({idx.principal_by_id[s.owner_id].name})"
        by_principal = idx.grants.get(s.id)
        if not by_principal:
            continue
        for pid in ids & by_principal.keys():
            privs = by_principal[pid]
            # As in Unity Catalog, ALL_PRIVILEGES does not include MANAGE.
            if priv in privs or ("ALL_PRIVILEGES" in privs and priv != "MANAGE"):
                how = priv if priv in privs else "ALL_PRIVILEGES"
                return f"{how} on {s.ref} granted to {idx.principal_by_id[pid].name}"
    return None

"""Bearer tokens: shown once, stored hashed, mapped to a principal, revocable, expiring, audited."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from charter.catalog import Catalog
from charter.errors import NotFound, PermissionDenied, Unauthenticated
from charter.mcp import TokenStore
from charter.mcp.tables import McpToken
from charter.store import Store, utcnow


@pytest.fixture
def tokens(catalog: Catalog) -> TokenStore:
    return TokenStore(catalog.store, catalog)


def test_a_token_maps_to_its_principal_and_only_its_hash_is_kept(tokens: TokenStore, catalog: Catalog) -> None:
    token = tokens.issue("alice", label="laptop")
    assert token.startswith("cht_") and len(token) > 40
    assert tokens.principal_for(token) == "alice"
    with catalog.store.session() as session:
        row = session.scalar(select(McpToken))
        assert token not in (row.token_hash, row.prefix) and row.token_hash != token
        assert row.last_used_at is not None
    issued = catalog.audit_log()[-1]
    assert (issued.action, issued.securable, issued.allowed) == ("issue token", "principal:alice", True)


@pytest.mark.parametrize("bad", ["", "Bearer", "cht_not-a-real-token", "sk-something-else"])
def test_unknown_or_malformed_tokens_are_refused(tokens: TokenStore, bad: str) -> None:
    with pytest.raises(Unauthenticated):
        tokens.principal_for(bad)


def test_revoked_and_expired_tokens_stop_working(tokens: TokenStore, catalog: Catalog) -> None:
    first, second = tokens.issue("alice"), tokens.issue("bob", ttl_days=1)
    tokens.revoke(tokens.list("alice")[0].id)
    with pytest.raises(Unauthenticated, match="revoked"):
        tokens.principal_for(first)
    with catalog.store.session() as session:
        session.execute(update(McpToken).where(McpToken.principal == "bob")
                        .values(expires_at=utcnow() - timedelta(minutes=1)))
    with pytest.raises(Unauthenticated, match="expired"):
        tokens.principal_for(second)
    assert [t.revoked for t in tokens.list()] == [True, False]


def test_revoking_anothers_token_is_refused_and_audited(tokens: TokenStore, catalog: Catalog) -> None:
    tokens.issue("bob")
    with pytest.raises(PermissionDenied, match="only a metastore admin may revoke"):
        tokens.revoke(tokens.list("bob")[0].id, actor="alice")
    refused = catalog.audit_log()[-1]
    assert (refused.actor, refused.action, refused.allowed) == ("alice", "revoke token", False)
    assert [t.revoked for t in tokens.list("bob")] == [False]
    tokens.revoke(tokens.list("bob")[0].id, actor="bob")  # its own token: allowed
    assert [t.revoked for t in tokens.list("bob")] == [True]


def test_only_an_admin_issues_tokens_for_others(tokens: TokenStore, catalog: Catalog) -> None:
    with pytest.raises(PermissionDenied, match="for 'bob'"):
        tokens.issue("bob", actor="alice")
    assert catalog.audit_log()[-1].allowed is False
    assert tokens.principal_for(tokens.issue("alice", actor="alice")) == "alice"
    with pytest.raises(NotFound, match="unknown principal 'carl'"):
        tokens.issue("carl")
    with pytest.raises(NotFound, match="no token with id 99"):
        tokens.revoke(99)


# ---- what each token, its audit entries and its listing carry (pinned by mutation testing, docs/testing.md)
class Clock:
    """The token store's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = utcnow().replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    import charter.mcp.tokens as module

    c = Clock()
    monkeypatch.setattr(module, "utcnow", c)
    return c


def test_issue_records_the_token_and_audits_it_in_full(tokens: TokenStore, catalog: Catalog, clock: Clock) -> None:
    token = tokens.issue("alice", label="laptop", ttl_days=2)
    assert re.fullmatch(r"cht_[A-Za-z0-9_-]{43}", token)  # 32 random bytes, URL-safe
    issued_at, clock.now = clock.now, clock.now + timedelta(hours=3)  # listing later reports the stored times
    [info] = tokens.list()
    assert (info.prefix, info.principal, info.label, info.created_by, info.revoked) == (
        token[:10], "alice", "laptop", "admin", False)
    assert info.expires_at == issued_at + timedelta(days=2) and info.last_used_at is None
    # created_at is the store's own clock (not moved here), tz-aware
    assert info.created_at.tzinfo is not None and abs(info.created_at - utcnow()) < timedelta(minutes=5)
    entry = catalog.audit_log()[-1]
    assert (entry.actor, entry.action, entry.securable, entry.allowed, entry.reason, entry.details) == (
        "admin", "issue token", "principal:alice", True, "issued", {"token_id": info.id, "label": "laptop"})
    tokens.issue("bob")
    assert [(t.principal, t.label, t.expires_at) for t in tokens.list()] == [("alice", "laptop", info.expires_at),
                                                                             ("bob", "", None)]
    assert [t.principal for t in tokens.list("bob")] == ["bob"]


def test_a_refused_issue_is_audited_with_its_reason(tokens: TokenStore, catalog: Catalog) -> None:
    with pytest.raises(PermissionDenied):
        tokens.issue("bob", actor="alice")
    entry = catalog.audit_log()[-1]
    assert (entry.actor, entry.action, entry.securable, entry.allowed, entry.reason) == (
        "alice", "issue token", "principal:bob", False, "only a metastore admin may issue tokens for others")
    assert tokens.list() == []


def test_refusals_say_what_was_wrong(tokens: TokenStore) -> None:
    for bad in ("", "sk-something-else", "Bearer cht_x"):
        with pytest.raises(Unauthenticated) as info:
            tokens.principal_for(bad)
        assert info.value.message == "missing or malformed token; send 'Authorization: Bearer cht_...'"
    with pytest.raises(Unauthenticated) as info:
        tokens.principal_for("cht_not-a-real-token")
    assert info.value.message == "unknown token cht_not-a-..."


def test_a_token_expires_at_its_expiry_instant(tokens: TokenStore, clock: Clock) -> None:
    token = tokens.issue("alice", ttl_days=1)
    clock.now += timedelta(days=1) - timedelta(seconds=1)
    assert tokens.principal_for(token) == "alice"
    clock.now += timedelta(seconds=1)
    with pytest.raises(Unauthenticated, match="expired"):
        tokens.principal_for(token)


def test_last_used_is_written_at_most_once_a_minute(tokens: TokenStore, clock: Clock) -> None:
    token = tokens.issue("alice")
    start = clock.now
    for offset, last_used in [(0, 0), (30, 0), (59, 0), (60, 60), (119, 60), (125, 125)]:
        clock.now = start + timedelta(seconds=offset)
        assert tokens.principal_for(token) == "alice"
        assert tokens.list()[0].last_used_at == start + timedelta(seconds=last_used), offset


def test_only_an_admin_or_the_owner_revokes_and_revoking_is_audited(tokens: TokenStore, catalog: Catalog) -> None:
    alices, bobs = tokens.issue("alice"), tokens.issue("bob")
    alice_id, bob_id = (t.id for t in tokens.list())
    with pytest.raises(PermissionDenied) as info:
        tokens.revoke(bob_id, actor="alice")
    assert info.value.message == f"permission denied: only a metastore admin may revoke token {bob_id}"
    assert tokens.principal_for(bobs) == "bob"
    tokens.revoke(alice_id, actor="alice")  # her own
    entry = catalog.audit_log()[-1]
    assert (entry.actor, entry.action, entry.securable, entry.allowed, entry.reason, entry.details) == (
        "alice", "revoke token", "principal:alice", True, "revoked", {"token_id": alice_id})
    tokens.revoke(bob_id)  # the admin
    assert catalog.audit_log()[-1].securable == "principal:bob"
    assert [t.revoked for t in tokens.list()] == [True, True]
    with pytest.raises(Unauthenticated, match="revoked"):
        tokens.principal_for(alices)



def test_tokens_are_listed_in_the_order_they_were_issued_on_every_store(store: Store) -> None:
    """PostgreSQL may hand back an updated row last when asked for no order: the listing asks for one."""
    cat = Catalog(store)
    for user in ("alice", "bob"):
        cat.create_principal(user)
    tokens = TokenStore(store, cat)
    for who in ("alice", "bob", "alice"):
        tokens.issue(who)
    tokens.revoke(tokens.list()[0].id)  # an UPDATE of the first row
    listed = tokens.list()
    assert [t.id for t in listed] == sorted(t.id for t in listed)
    assert [(t.principal, t.revoked) for t in listed] == [("alice", True), ("bob", False), ("alice", False)]
    assert [t.revoked for t in tokens.list("alice")] == [True, False]

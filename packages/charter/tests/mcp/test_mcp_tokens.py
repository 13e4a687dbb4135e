"""Bearer tokens: shown once, stored hashed, mapped to a principal, revocable, expiring, audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from charter.catalog import Catalog
from charter.errors import NotFound, PermissionDenied, Unauthenticated
from charter.mcp import TokenStore
from charter.mcp.tables import McpToken
from charter.store import utcnow


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

"""Who a request is: one authentication for every HTTP transport (the API and the review app in
``charter.server.app``, MCP over HTTP in ``charter.mcp.server``).

``EdgeAuth.authenticate`` maps a bearer token to its principal with one mapping for all of them
(``Authenticator``: Charter's own ``cht_...`` tokens, and the JWTs of the ``[server.oidc.NAME]``
issuers, with their provisioning and group sync), then counts the request against the per-token and
per-principal limits (``EdgeLimits``). A token that fails is refused through
``FailedAuthLimit.refuse``: 401 audited with its reason and client, 429 past the client's
``[server] unauthenticated_requests_per_minute``; a request past a rate limit is audited with its
principal. So a transport cannot accept a token another refuses, or skip a limit or an audit record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from charter.errors import CharterError, RateLimited, Unauthenticated
from charter.server.limits import EdgeLimits, FailedAuthLimit

if TYPE_CHECKING:
    from charter.settings import Settings

MISSING = "missing token; send 'Authorization: Bearer cht_...'"


def bearer(header: str | None) -> str:
    """The token of an ``Authorization: Bearer TOKEN`` header; Unauthenticated when there is none."""
    scheme, _, token = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated(MISSING)
    return token.strip()


class EdgeAuth:
    """Bearer credentials to principals at the edge, with the limits and the audit every transport shares."""

    def __init__(self, settings: Settings, tokens: Any, *, limits: EdgeLimits | None = None,
                 failed_auth: FailedAuthLimit | None = None, http: Any = None) -> None:
        from charter.server.oidc import Authenticator

        self.catalog = tokens.catalog
        # refusals are audited here, through failed_auth (rate-limited per client), not by the authenticator
        self.authenticator = Authenticator(settings, self.catalog, tokens, http=http, audit=False)
        self.limits = limits if limits is not None else EdgeLimits(settings)
        self.failed_auth = failed_auth if failed_auth is not None else FailedAuthLimit(
            settings, self.limits.limiter, audit=self.catalog.audit)

    def principal_for(self, token: str) -> str:
        """The token's principal, neither counted nor audited (the body guard's look-up before the
        request is authenticated for real)."""
        return self.authenticator.principal_for(token)

    def refuse(self, exc: CharterError, *, client: str, action: str) -> CharterError:
        """What to answer a request from ``client`` that failed authentication: ``exc`` audited, or 429."""
        return self.failed_auth.refuse(client, exc, action=action)

    def authenticate(self, token: str, *, client: str, action: str, known: str | None = None) -> str:
        """The principal of ``token`` after counting the request against the edge limits. Raises the
        refusal to answer: Unauthenticated (audited) or RateLimited (past the client's failed-auth limit,
        or the token's or principal's request limit, audited with the principal). ``known``: the
        principal the body guard already found for this very token."""
        try:
            who = known if known is not None else self.authenticator.principal_for(token)
        except Unauthenticated as exc:
            raise self.refuse(exc, client=client, action=action) from None
        try:
            self.limits.admit(who, token)
        except RateLimited as exc:
            self.catalog.audit(actor=who, action=action[:100], securable=None, allowed=False, reason=exc.message)
            raise
        return who

    def authenticate_bearer(self, header: str | None, *, client: str, action: str) -> str:
        """``authenticate`` for a request's ``Authorization`` header (a missing one refused the same way)."""
        try:
            token = bearer(header)
        except Unauthenticated as exc:
            raise self.refuse(exc, client=client, action=action) from None
        return self.authenticate(token, client=client, action=action)

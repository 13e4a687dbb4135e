"""OpenID Connect bearer tokens: verify an issuer's JWTs and map them to Charter principals.

Verification is PyJWT's (``jwt.decode`` with the issuer's public key); nothing here parses or
checks a signature itself. What this module adds is the policy around it:

- **Which issuer**: the token's (unverified) ``iss`` picks one of ``[server.oidc.NAME]``; an issuer
  not configured is refused. ``jwt.decode`` then checks ``iss`` exactly, ``aud``, ``exp``, ``nbf``
  and ``iat`` with the configured leeway (at most 5 minutes).
- **Which algorithm**: the header's ``alg`` must be on the issuer's allow-list of public-key
  algorithms (``none`` and HS* can never be configured), and must match the key's own ``alg``.
- **Which key**: the issuer's JWKS, found through its discovery document and cached for
  ``jwks_ttl_s``. An unknown ``kid`` refetches the set once (key rotation), at most once per
  ``jwks_refetch_interval_s``, so a flood of made-up kids cannot hammer the issuer. With the issuer
  down, cached keys keep working until their TTL ends; then the request is a 503 naming the issuer.

Every refusal is a 401 whose reason is also written to the audit log (action ``authenticate``).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from charter.catalog.identities import Identities, Login, allowed_groups
from charter.errors import ConfigError, IdentityProviderUnavailable, Unauthenticated
from charter.settings import OidcIssuerSettings

if TYPE_CHECKING:
    import jwt

    from charter.catalog import Catalog
    from charter.settings import Settings


def _jwt() -> Any:
    """PyJWT, imported when an issuer is configured (the `oidc` extra)."""
    try:
        import jwt
    except ImportError:
        raise ConfigError("OIDC issuers are configured under [server.oidc] but PyJWT is not installed; "
                          "pip install 'charter[oidc]'") from None
    return jwt

# How many verified tokens' logins are remembered (a login syncs groups once per token).
LOGIN_CACHE_MAX = 10_000


@dataclass(frozen=True)
class _KeySet:
    keys: dict[str, jwt.PyJWK]
    algs: dict[str, str | None]  # the `alg` each JWK declares, if any
    fetched_at: float
    expires_at: float


@dataclass(frozen=True)
class Verified:
    """A token that passed every check: its issuer's name and its claims."""

    issuer: str
    claims: dict[str, Any]


class OidcIssuer:
    """One configured issuer: its discovery document, its cached keys, and token verification."""

    def __init__(self, name: str, config: OidcIssuerSettings, *, http: httpx.Client | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.name = name
        self.config = config
        self.jwt = _jwt()
        self.http = http or httpx.Client(timeout=config.http_timeout_s, follow_redirects=False)
        self.clock = clock
        self._keys: _KeySet | None = None
        self._metadata: dict[str, Any] | None = None
        self._fetch_lock = threading.Lock()
        self._last_attempt = float("-inf")
        self._last_error: str | None = None

    # -- discovery and keys ----------------------------------------------------------------------
    def metadata(self) -> dict[str, Any]:
        """The discovery document (fetched once; its ``issuer`` must be exactly the configured one)."""
        meta = self._metadata
        if meta is None:
            url = self.config.issuer.rstrip("/") + "/.well-known/openid-configuration"
            doc = self._get_json(url)
            if doc.get("issuer") != self.config.issuer:
                raise IdentityProviderUnavailable(
                    f"identity provider '{self.name}': its discovery document names issuer {doc.get('issuer')!r}, "
                    f"not {self.config.issuer!r}; fix [server.oidc.{self.name}] issuer")
            for key in ("jwks_uri", "token_endpoint", "authorization_endpoint"):
                if key in doc and not isinstance(doc[key], str):
                    raise IdentityProviderUnavailable(f"identity provider '{self.name}': bad {key} in its discovery document")
            self._metadata = meta = doc
        return meta

    def _get_json(self, url: str) -> dict[str, Any]:
        try:
            resp = self.http.get(url)
            resp.raise_for_status()
            doc = resp.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise IdentityProviderUnavailable(
                f"identity provider '{self.name}' is unreachable ({type(exc).__name__}); retry when it is back") from None
        if not isinstance(doc, dict):
            raise IdentityProviderUnavailable(f"identity provider '{self.name}': {url} did not answer a JSON object")
        return doc

    def _fetch(self) -> _KeySet:
        jwt = self.jwt
        jwks = self._get_json(self.metadata()["jwks_uri"])
        keys: dict[str, jwt.PyJWK] = {}
        algs: dict[str, str | None] = {}
        for raw in jwks.get("keys", []) if isinstance(jwks.get("keys"), list) else []:
            if not isinstance(raw, dict) or raw.get("use", "sig") != "sig" or raw.get("kty") == "oct":
                continue  # encryption keys and shared secrets are never verification keys here
            try:
                key = jwt.PyJWK(raw)
            except (jwt.PyJWKError, jwt.InvalidKeyError, ValueError, TypeError):
                continue  # a key type this PyJWT cannot use: skipped, like any JOSE client does
            keys[str(raw.get("kid", ""))] = key
            algs[str(raw.get("kid", ""))] = raw.get("alg") if isinstance(raw.get("alg"), str) else None
        now = self.clock()
        return _KeySet(keys, algs, now, now + self.config.jwks_ttl_s)

    def key(self, kid: str) -> tuple[jwt.PyJWK, str | None]:
        """The verification key ``kid`` and its declared alg: cached, refetched once for an unknown kid
        (rate-limited)."""
        ks, now = self._keys, self.clock()
        if ks is not None and now < ks.expires_at and kid in ks.keys:
            return ks.keys[kid], ks.algs[kid]
        with self._fetch_lock:  # one fetch at a time; the others then read what it published
            ks, now = self._keys, self.clock()
            if ks is not None and now < ks.expires_at and kid in ks.keys:
                return ks.keys[kid], ks.algs[kid]
            expired = ks is None or now >= ks.expires_at
            if now - self._last_attempt >= self.config.jwks_refetch_interval_s or (expired and self._last_error is None):
                self._last_attempt = now
                try:
                    ks = self._fetch()
                    self._keys, self._last_error = ks, None
                except IdentityProviderUnavailable as exc:
                    self._last_error = exc.message
                    if expired:
                        raise
            elif expired:
                raise IdentityProviderUnavailable(
                    self._last_error or f"identity provider '{self.name}': keys expired; retry shortly")
        if ks is not None and now < ks.expires_at and kid in ks.keys:
            return ks.keys[kid], ks.algs[kid]
        raise Unauthenticated(f"unknown key id {kid!r} for issuer '{self.name}'")

    # -- tokens -------------------------------------------------------------------------------------
    def verify(self, token: str, header: dict[str, Any], *, audience: str | None = None,
               nonce: str | None = None) -> Verified:
        """The token's claims, or Unauthenticated naming the first check it failed."""
        cfg, jwt = self.config, self.jwt
        alg = header.get("alg")
        if alg not in cfg.algorithms:
            raise Unauthenticated(f"token algorithm {alg!r} is not allowed for issuer '{self.name}' "
                                  f"(allowed: {', '.join(cfg.algorithms)})")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise Unauthenticated("token has no key id (kid)")
        key, declared = self.key(kid)
        if declared is not None and declared != alg:
            raise Unauthenticated(f"token algorithm {alg!r} does not match key {kid!r} ({declared})")
        try:
            claims = jwt.decode(token, key.key, algorithms=[alg], audience=audience or cfg.audience,
                                issuer=cfg.issuer, leeway=cfg.clock_skew_s,
                                options={"require": ["exp", "iat", "iss", "aud", "sub"]})
        except jwt.ExpiredSignatureError:
            raise Unauthenticated("token expired") from None
        except jwt.ImmatureSignatureError:
            raise Unauthenticated("token is not valid yet (nbf or iat in the future)") from None
        except jwt.InvalidAudienceError:
            raise Unauthenticated(f"token audience is not {audience or cfg.audience!r}") from None
        except jwt.InvalidIssuerError:
            raise Unauthenticated(f"token issuer is not {cfg.issuer!r}") from None
        except jwt.MissingRequiredClaimError as exc:
            raise Unauthenticated(f"token lacks the {exc.claim!r} claim") from None
        except jwt.InvalidSignatureError:
            raise Unauthenticated("token signature does not verify") from None
        except jwt.PyJWTError as exc:
            raise Unauthenticated(f"token rejected: {type(exc).__name__}") from None
        if nonce is not None and claims.get("nonce") != nonce:
            raise Unauthenticated("ID token nonce does not match the sign-in request")
        return Verified(self.name, claims)

    def identity(self, claims: dict[str, Any]) -> tuple[str, str, set[str] | None]:
        """(principal, kind, groups) a verified token asks for; the binding may override the name."""
        cfg = self.config
        sub = str(claims["sub"])
        client = claims.get("client_id")
        if client is not None and sub == client:  # a client-credentials token: no user involved
            service = cfg.service_clients.get(str(client))
            if service is None:
                raise Unauthenticated(f"client {str(client)[:60]!r} is not a service principal of issuer '{self.name}' "
                                      f"(list it under [server.oidc.{self.name}] service_clients)")
            return service, "service", None
        value = claims.get(cfg.principal_claim)
        if not isinstance(value, str) or not value:
            raise Unauthenticated(f"token lacks the {cfg.principal_claim!r} claim that names the principal")
        claimed = claims.get(cfg.groups_claim, [])
        groups = allowed_groups(claimed if isinstance(claimed, list) else [], cfg.groups) if cfg.groups else None
        return cfg.principal_prefix + value, "user", groups


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2 and not token.startswith("cht_")


class Authenticator:
    """Bearer tokens to principals: Charter's own (``cht_...``) and the configured issuers' JWTs."""

    def __init__(self, settings: Settings, catalog: Catalog, tokens: Any, *, http: httpx.Client | None = None,
                 clock: Callable[[], float] = time.time, audit: bool = True) -> None:
        # ``audit=False``: the caller audits refusals itself (the server's edge does, rate-limited
        # per client, so a flood of bad tokens cannot flood the audit log: ``charter.server.auth``).
        self.audit = audit
        self.catalog = catalog
        self.tokens = tokens
        self.issuers = {name: OidcIssuer(name, cfg, http=http, clock=clock)
                        for name, cfg in settings.server.oidc.items()}
        self._by_iss = {i.config.issuer: i for i in self.issuers.values()}
        self.identities = Identities(catalog.store, catalog)
        self._logins: dict[str, Login] = {}
        self._lock = threading.Lock()

    def principal_for(self, token: str) -> str:
        """The principal a bearer token acts as; 401 (audited for JWTs) or 503 when its issuer is down."""
        return self.login_for(token).principal if looks_like_jwt(token) and self.issuers else \
            self.tokens.principal_for(token)

    def login_for(self, token: str, *, audience: str | None = None, nonce: str | None = None,
                  enrich: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> Login:
        """Verify a JWT from a configured issuer and log its subject in (groups synced once per token);
        ``enrich`` may add claims the token leaves out (the review sign-in's userinfo groups)."""
        issuer, claims = self._verify(token, audience=audience, nonce=nonce)
        key = hashlib.sha256(token.encode()).hexdigest()
        with self._lock:
            known = self._logins.get(key)
        if known is not None:
            return known
        principal, kind, groups = issuer.identity(enrich(claims) if enrich is not None else claims)
        try:
            login = self.identities.login(issuer=issuer.config.issuer, subject=str(claims["sub"]), principal=principal,
                                          kind=kind, groups=groups)
        except Unauthenticated as exc:
            self._refuse(exc, claims.get("sub"), issuer.name)
        with self._lock:
            if len(self._logins) >= LOGIN_CACHE_MAX:
                self._logins.clear()  # tokens are short-lived: forgetting them costs one more sync each
            self._logins[key] = login
        return login

    def _verify(self, token: str, *, audience: str | None, nonce: str | None) -> tuple[OidcIssuer, dict[str, Any]]:
        sub: Any = None
        name: str | None = None
        jwt = _jwt()
        try:
            try:
                header = jwt.get_unverified_header(token)
                unverified = jwt.decode(token, options={"verify_signature": False})
            except jwt.PyJWTError:
                raise Unauthenticated("malformed token: not a JWT") from None
            sub = unverified.get("sub")
            issuer = self._by_iss.get(unverified.get("iss"))  # type: ignore[arg-type]
            if issuer is None:
                raise Unauthenticated(f"token issuer {str(unverified.get('iss'))[:100]!r} is not a configured OIDC issuer")
            name = issuer.name
            return issuer, issuer.verify(token, header, audience=audience, nonce=nonce).claims
        except Unauthenticated as exc:
            self._refuse(exc, sub, name)

    def _refuse(self, exc: Unauthenticated, sub: Any, issuer: str | None) -> Any:
        if self.audit:  # the subject is the token's unverified claim: a detail, never the actor
            self.catalog.audit(actor="(unauthenticated)", action="authenticate", securable=None,
                                       allowed=False, reason=exc.message,
                                       details={"issuer": issuer, "claimed_subject": str(sub)[:200] if sub else None})
            exc.context["audited"] = True
        raise exc

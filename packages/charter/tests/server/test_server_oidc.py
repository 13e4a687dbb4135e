"""OIDC bearer tokens against a real provider (`oidc-provider` under Node) on loopback.

Users log in through the provider's own pages (authorization code + PKCE); their access tokens
run agents; groups from the provider become Charter groups and follow the provider at each
login; a key rotation is picked up with one refetch; every bad token is a 401 with its reason
in the audit log; the issuer down is fine while cached keys last, then a 503.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from fastapi.testclient import TestClient

from charter.errors import IdentityProviderUnavailable, NotFound, Unauthenticated
from charter.server import create_app
from charter.server.oidc import Authenticator, OidcIssuer
from charter.settings import OidcIssuerSettings

from .oidc import AUDIENCE, Provider, new_key, node_modules, public_pem


@pytest.fixture(scope="session")
def oidc_modules() -> Path:
    return node_modules()


@pytest.fixture
def provider(oidc_modules: Path, tmp_path: Path) -> Iterator[Provider]:
    p = Provider(oidc_modules, tmp_path).start()
    yield p
    p.stop()


def issuer_settings(provider: Provider, **over: Any) -> OidcIssuerSettings:
    return OidcIssuerSettings(issuer=provider.issuer, audience=AUDIENCE, groups=["approvers", "analysts"],
                              service_clients={"etl-job": "etl"}, **over)


@pytest.fixture
def client(world, provider: Provider) -> TestClient:  # type: ignore[no-untyped-def]
    world.charter.settings.server.oidc["corp"] = issuer_settings(provider)
    return TestClient(create_app(world.charter, world.registry), raise_server_exceptions=False)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def refusals(world) -> list[Any]:  # type: ignore[no-untyped-def]
    return [r for r in world.charter.catalog.audit_log() if r.actor == "(unauthenticated)" and not r.allowed]


def test_a_provider_login_runs_an_agent_as_a_provisioned_principal_with_no_rights(world, client, provider) -> None:  # type: ignore[no-untyped-def]
    tokens = provider.login("alice")
    cat = world.charter.catalog
    assert client.get("/v1/agents", headers=bearer(tokens["access_token"])).status_code == 200
    alice = cat.principal("alice")
    assert alice.kind == "user" and not alice.is_admin
    assert cat.show_grants(principal="alice") == []  # provisioned with no rights
    refused = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of France?"}},
                          headers=bearer(tokens["access_token"]))
    assert refused.status_code == 403
    cat.grant("EXECUTE", "agent:capital", "alice")
    cat.grant("QUERY", "model:fake", "alice")
    ok = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of France?"}},
                     headers=bearer(tokens["access_token"]))
    assert ok.status_code == 200, ok.text
    assert ok.json()["answer"]
    logins = [r for r in cat.audit_log(principal="alice") if r.action == "oidc login"]
    assert len(logins) == 1 and logins[0].reason == "provisioned"  # one login per token, not per request
    # Charter's own tokens keep working next to the provider's.
    assert client.get("/v1/agents", headers=world.auth("ann")).status_code == 200


def test_groups_from_the_provider_become_charter_groups_and_follow_it_at_each_login(world, client, provider) -> None:  # type: ignore[no-untyped-def]
    cat = world.charter.catalog
    provider.set_accounts({"alice": {"groups": ["approvers", "analysts", "not-allowed"]}})
    assert client.get("/v1/agents", headers=bearer(provider.login("alice")["access_token"])).status_code == 200
    assert cat.is_member("alice", "approvers") and cat.is_member("alice", "analysts")
    assert not cat.is_member("alice", "not-allowed")  # not on the issuer's allow-list
    cat.create_principal("auditors", "group")
    cat.add_member("auditors", "alice")  # made by hand: the sync leaves it alone
    provider.set_accounts({"alice": {"groups": ["analysts"]}})
    assert client.get("/v1/agents", headers=bearer(provider.login("alice")["access_token"])).status_code == 200
    assert not cat.is_member("alice", "approvers")
    assert cat.is_member("alice", "analysts") and cat.is_member("alice", "auditors")
    last = [r for r in cat.audit_log(principal="alice") if r.action == "oidc login"][-1]
    assert last.details["groups_removed"] == ["approvers"]


def _hs256_with_public_key(provider: Provider) -> str:
    """The key-confusion attack: HMAC over the token with the issuer's public key as the secret."""
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": provider.keys[0][0]}).encode())
    body = b64(json.dumps(provider.claims()).encode())
    mac = hmac.new(public_pem(provider.keys[0][1]), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(mac)}"


BAD_TOKENS = {
    "expired": (lambda p: p.sign(p.claims(exp=int(time.time()) - 3600, iat=int(time.time()) - 7200)), "expired"),
    "not yet valid": (lambda p: p.sign(p.claims(nbf=int(time.time()) + 3600)), "not valid yet"),
    "wrong audience": (lambda p: p.sign(p.claims(aud="https://other.example/api")), "audience"),
    "wrong issuer": (lambda p: p.sign(p.claims(iss="http://127.0.0.1:9/evil")), "not a configured OIDC issuer"),
    "unsigned (alg none)": (lambda p: jwt.encode(p.claims(), None, algorithm="none"), "'none' is not allowed"),
    "HS256 with the public key": (_hs256_with_public_key, "'HS256' is not allowed"),
    "unknown kid": (lambda p: p.sign(p.claims(), kid="k-unknown", key=new_key("x")[1]), "unknown key id"),
    "forged signature": (lambda p: p.sign(p.claims(), kid="k1", key=new_key("x")[1]), "signature"),
    "not a JWT": (lambda p: "abc.def.ghi", "malformed token"),
}


@pytest.mark.parametrize("case", list(BAD_TOKENS))
def test_every_bad_token_is_a_401_with_its_reason_in_the_audit_log(world, client, provider, case: str) -> None:  # type: ignore[no-untyped-def]
    make, reason = BAD_TOKENS[case]
    resp = client.get("/v1/agents", headers=bearer(make(provider)))
    assert resp.status_code == 401, resp.text
    assert reason in resp.json()["error"]["message"]
    audited = refusals(world)
    assert len(audited) == 1 and reason in audited[0].reason
    assert audited[0].action == "GET /v1/agents"  # audited at the edge, like any other 401
    with pytest.raises(NotFound):
        world.charter.catalog.principal("alice")  # nothing provisioned for a refused token


def test_the_same_token_signed_properly_passes(world, client, provider) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/v1/agents", headers=bearer(provider.sign(provider.claims()))).status_code == 200


def test_a_token_cannot_take_over_an_existing_principal(world, client, provider) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/v1/agents", headers=bearer(provider.sign(provider.claims(sub="admin"))))
    assert resp.status_code == 401
    assert "already exists and is not bound" in resp.json()["error"]["message"]
    assert refusals(world)


def test_a_key_rotation_is_picked_up_with_one_refetch(world, provider) -> None:  # type: ignore[no-untyped-def]
    world.charter.settings.server.oidc["corp"] = issuer_settings(provider, jwks_refetch_interval_s=1.0)
    app = create_app(world.charter, world.registry)
    client = TestClient(app, raise_server_exceptions=False)
    http = app.state.auth.issuers["corp"].http = Counting()
    assert client.get("/v1/agents", headers=bearer(provider.login("alice")["access_token"])).status_code == 200
    fetched = time.monotonic()
    provider.rotate("k2")  # the provider now signs with k2 and still publishes k1
    token = provider.login("alice")["access_token"]
    assert jwt.get_unverified_header(token)["kid"] == "k2"
    time.sleep(max(0.0, 1.0 - (time.monotonic() - fetched)))  # past the refetch interval
    assert client.get("/v1/agents", headers=bearer(token)).status_code == 200
    assert client.get("/v1/agents", headers=bearer(provider.login("alice")["access_token"])).status_code == 200
    assert http.jwks == 2  # the first fetch, and one refetch for the new kid


class Counting(httpx.Client):
    def __init__(self) -> None:
        super().__init__(timeout=5)
        self.jwks = 0

    def get(self, url: Any, **kw: Any) -> httpx.Response:  # type: ignore[override]
        self.jwks += str(url).endswith("/jwks")
        return super().get(url, **kw)


def test_unknown_kids_refetch_the_keys_at_most_once_per_interval(provider) -> None:  # type: ignore[no-untyped-def]
    http = Counting()
    issuer = OidcIssuer("corp", issuer_settings(provider, jwks_refetch_interval_s=3600), http=http)
    good = provider.sign(provider.claims())
    issuer.verify(good, jwt.get_unverified_header(good))
    assert http.jwks == 1
    for i in range(5):
        bad = provider.sign(provider.claims(), kid=f"made-up-{i}", key=new_key("x")[1])
        with pytest.raises(Unauthenticated, match="unknown key id"):
            issuer.verify(bad, jwt.get_unverified_header(bad))
    assert http.jwks == 1  # a flood of made-up kids does not reach the issuer


def test_the_issuer_down_cached_keys_work_until_they_expire_then_503(world, provider) -> None:  # type: ignore[no-untyped-def]
    now = [time.time()]
    world.charter.settings.server.oidc["corp"] = issuer_settings(provider, jwks_ttl_s=600, jwks_refetch_interval_s=0)
    auth = Authenticator(world.charter.settings, world.charter.catalog, None, clock=lambda: now[0])
    assert auth.principal_for(provider.sign(provider.claims())) == "alice"
    provider.stop()
    assert auth.principal_for(provider.sign(provider.claims(jti="second"))) == "alice"  # cached keys
    now[0] += 601
    with pytest.raises(IdentityProviderUnavailable, match="unreachable"):
        auth.principal_for(provider.sign(provider.claims(jti="third")))


def test_the_issuer_down_is_a_clear_503_over_http(world, provider) -> None:  # type: ignore[no-untyped-def]
    world.charter.settings.server.oidc["corp"] = issuer_settings(provider)
    client = TestClient(create_app(world.charter, world.registry), raise_server_exceptions=False)
    provider.stop()  # never reached: no keys cached
    resp = client.get("/v1/agents", headers=bearer(provider.sign(provider.claims())))
    assert resp.status_code == 503
    assert "identity provider 'corp' is unreachable" in resp.json()["error"]["message"]


def test_a_service_principal_acts_for_a_user_and_the_audit_names_both(world, client, provider) -> None:  # type: ignore[no-untyped-def]
    cat = world.charter.catalog
    service = provider.client_token("etl-job")
    assert client.get("/v1/agents", headers=bearer(service)).status_code == 200
    assert cat.principal("etl").kind == "agent"
    user = provider.login("alice")["access_token"]
    client.get("/v1/agents", headers=bearer(user))
    inputs = {"inputs": {"question": "Capital of Spain?"}}
    headers = {**bearer(service), "X-Charter-On-Behalf-Of": user}
    cat.grant("EXECUTE", "agent:capital", "etl")
    assert client.post("/v1/agents/capital/invoke", json=inputs, headers=headers).status_code == 403  # alice may not
    cat.grant("EXECUTE", "agent:capital", "alice")
    cat.grant("QUERY", "model:fake", "alice")
    resp = client.post("/v1/agents/capital/invoke", json=inputs, headers=headers)
    assert resp.status_code == 200, resp.text
    both = [r for r in cat.audit_log() if r.action == "act on behalf" and r.allowed]
    assert [(r.actor, r.on_behalf_of) for r in both] == [("etl", "alice")]
    # A user cannot act for another user, and an unlisted client is no service principal.
    assert client.post("/v1/agents/capital/invoke", json=inputs,
                       headers={**world.auth("ann"), "X-Charter-On-Behalf-Of": user}).status_code == 403
    stranger = client.get("/v1/agents", headers=bearer(provider.client_token("stranger-job")))
    assert stranger.status_code == 401 and "not a service principal" in stranger.json()["error"]["message"]


def test_configuring_a_symmetric_or_none_algorithm_is_refused() -> None:
    for alg in ("none", "HS256"):
        with pytest.raises(ValueError, match="is not allowed"):
            OidcIssuerSettings(issuer="https://idp.example", audience="a", algorithms=[alg])


def test_eight_first_logins_at_once_bind_one_principal(world, provider) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    world.charter.settings.server.oidc["corp"] = issuer_settings(provider)
    auth = Authenticator(world.charter.settings, world.charter.catalog, None)
    tokens = [provider.sign(provider.claims(sub="dave", jti=f"t{i}")) for i in range(8)]
    with ThreadPoolExecutor(8) as pool:
        who = list(pool.map(auth.principal_for, tokens))
    assert who == ["dave"] * 8
    cat = world.charter.catalog
    assert cat.principal("dave").kind == "user" and cat.is_member("dave", "approvers")
    provisioned = [r for r in cat.audit_log(principal="dave") if r.action == "oidc login" and r.reason == "provisioned"]
    assert len(provisioned) == 1


def test_mcp_over_http_authenticates_exactly_as_the_api(world, provider) -> None:  # type: ignore[no-untyped-def]
    """MCP over HTTP goes through the API's own authentication (EdgeAuth): an issuer's JWT maps to the
    same principal, a bad one is a 401 with its reason in the audit log, the per-client failed-auth
    limit and the per-token request limit count both transports together."""
    from starlette.testclient import TestClient as AsgiClient

    from charter.mcp.server import PRINCIPAL_KEY, BearerAuth
    from charter.models.limits import MemoryLimiter
    from charter.server.limits import EdgeLimits, FailedAuthLimit

    settings = world.charter.settings
    settings.server.oidc["corp"] = issuer_settings(provider)
    settings.server.unauthenticated_requests_per_minute, settings.server.token_requests_per_minute = 2, 3
    clock = [1_800_000_000.0]  # one fixed minute: no window ends during the test
    limiter = MemoryLimiter(clock=lambda: clock[0])
    api = create_app(world.charter, world.registry, limits=EdgeLimits(settings, limiter),
                     failed_auth=FailedAuthLimit(settings, limiter, audit=world.charter.catalog.audit,
                                                 clock=lambda: clock[0]))

    async def whoami(scope, receive, send) -> None:  # type: ignore[no-untyped-def]  # the MCP server, as far as auth goes
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": json.dumps({"principal": scope[PRINCIPAL_KEY]}).encode()})

    mcp, rest = AsgiClient(BearerAuth(whoami, api.state.edge)), TestClient(api, raise_server_exceptions=False)
    token = provider.login("alice")["access_token"]
    assert mcp.post("/mcp", headers=bearer(token)).json() == {"principal": "alice"}
    assert rest.get("/v1/agents", headers=bearer(token)).status_code == 200
    assert mcp.post("/mcp", headers=bearer(token)).status_code == 200  # the token's 3rd request of the minute
    over = mcp.post("/mcp", headers=bearer(token))
    assert over.status_code == 429 and over.json()["error"] == "rate_limited" and int(over.headers["retry-after"]) >= 1
    assert [r.actor for r in world.charter.catalog.audit_log(action="POST /mcp") if not r.allowed] == ["alice"]

    since = len(refusals(world))
    wrong = mcp.post("/mcp", headers=bearer(provider.sign(provider.claims(aud="https://other.example/api"))))
    assert wrong.status_code == 401 and "audience" in wrong.json()["message"]
    assert wrong.headers["www-authenticate"] == 'Bearer realm="charter"'
    assert mcp.post("/mcp").status_code == 401  # no token: the same message as the API's
    assert rest.get("/v1/agents").status_code == 429  # the client's third failure, whichever transport
    audited = refusals(world)[since:]
    assert [(r.action, r.details.get("client")) for r in audited] == [("POST /mcp", "testclient")] * 2
    assert "audience" in audited[0].reason and audited[1].reason.startswith("missing token; send 'Authorization")

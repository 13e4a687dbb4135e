"""Review app sign-in through a real OIDC provider: authorization code + PKCE, state and nonce
checked, groups from the provider, sign-out revoking the session."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from fastapi.testclient import TestClient

from charter.server import create_app
from charter.server.signin import FLOW_COOKIE
from charter.server.web import COOKIE, csrf_token
from charter.settings import OidcIssuerSettings

from .oidc import AUDIENCE, Provider, node_modules

CALLBACK = "http://testserver/review/oidc/corp/callback"


@pytest.fixture
def provider(tmp_path: Path) -> Iterator[Provider]:
    p = Provider(node_modules(), tmp_path, redirect_uri=CALLBACK).start()
    yield p
    p.stop()


@pytest.fixture
def client(world, provider: Provider, monkeypatch: pytest.MonkeyPatch) -> TestClient:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CHARTER_OIDC_CLIENT_SECRET", provider.clients["review"])
    world.charter.settings.server.oidc["corp"] = OidcIssuerSettings(
        issuer=provider.issuer, audience=AUDIENCE, groups=["approvers", "reviewers"], client_id="review")
    return TestClient(create_app(world.charter, world.registry), raise_server_exceptions=False)


def to_provider_and_back(client: TestClient, provider: Provider, user: str) -> str:
    """Start sign-in at Charter, log in at the provider's pages; the callback URL it sends back."""
    start = client.get("/review/oidc/corp/login", follow_redirects=False)
    assert start.status_code == 303
    query = parse_qs(urlparse(start.headers["location"]).query)
    assert query["code_challenge_method"] == ["S256"] and query["state"][0] and query["nonce"][0]
    with httpx.Client(base_url=provider.issuer) as browser:
        back = provider.interact(browser, start.headers["location"], user)
    assert back.startswith(CALLBACK)
    return back.removeprefix("http://testserver")


def test_a_person_signs_in_at_the_provider_and_gets_its_groups(world, client, provider) -> None:  # type: ignore[no-untyped-def]
    provider.set_accounts({"alice": {"groups": ["reviewers", "approvers"]}})
    assert "Sign in with corp" in client.get("/review/login").text
    done = client.get(to_provider_and_back(client, provider, "alice"))
    assert done.status_code == 200, done.text
    cat = world.charter.catalog
    assert cat.is_member("alice", "reviewers") and cat.is_member("alice", "approvers")  # groups via userinfo
    queue = client.get("/review")
    assert queue.status_code == 200 and "Signed in as alice" in queue.text
    session = client.cookies.get(COOKIE)
    assert session and session.startswith("cht_")
    assert any(r.action == "review sign-in" and r.allowed for r in cat.audit_log(principal="alice"))

    out = client.post("/review/logout", data={"csrf": csrf_token(session)}, follow_redirects=False)
    assert out.status_code == 303 and not client.cookies.get(COOKIE)
    assert client.get("/v1/agents", headers={"Authorization": f"Bearer {session}"}).status_code == 401  # revoked


def test_a_wrong_state_or_nonce_is_refused_and_audited(world, client, provider) -> None:  # type: ignore[no-untyped-def]
    back = to_provider_and_back(client, provider, "alice")
    forged = back.replace("state=", "state=x")
    resp = client.get(forged)
    assert resp.status_code == 401 and "state does not match" in resp.json()["error"]["message"]

    back = to_provider_and_back(client, provider, "alice")
    flow = json.loads(base64.urlsafe_b64decode(client.cookies.get(FLOW_COOKIE) + "=="))
    flow["nonce"] = "replayed"
    (jar,) = [c for c in client.cookies.jar if c.name == FLOW_COOKIE]
    client.cookies.set(FLOW_COOKIE, base64.urlsafe_b64encode(json.dumps(flow).encode()).decode().rstrip("="),
                       domain=jar.domain, path=jar.path)
    resp = client.get(back)
    assert resp.status_code == 401 and "nonce" in resp.json()["error"]["message"]
    refused = [r.reason for r in world.charter.catalog.audit_log() if not r.allowed and r.actor == "(unauthenticated)"]
    assert any("state" in r for r in refused) and any("nonce" in r for r in refused)
    assert not client.cookies.get(COOKIE)


def test_a_callback_without_a_started_sign_in_is_refused(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/review/oidc/corp/callback?code=abc&state=def")
    assert resp.status_code == 401 and "not started here" in resp.json()["error"]["message"]


@pytest.mark.slow
def test_a_person_signs_in_through_the_browser(world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Chromium (Playwright) clicks "Sign in with corp", logs in and consents at the provider's own
    pages, lands in the review queue as a reviewer from the provider's groups, and signs out."""
    import threading

    import uvicorn

    from charter.testing import CHROMIUM, CHROMIUM_ARGS, free_port, require_browser

    from .conftest import wait_for

    sync_api = require_browser()
    expect, sync_playwright = sync_api.expect, sync_api.sync_playwright

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    provider = Provider(node_modules(), tmp_path, redirect_uri=f"{base}/review/oidc/corp/callback",
                        accounts={"alice": {"groups": ["reviewers"]}}).start()
    monkeypatch.setenv("CHARTER_OIDC_CLIENT_SECRET", provider.clients["review"])
    world.charter.settings.server.oidc["corp"] = OidcIssuerSettings(
        issuer=provider.issuer, audience=AUDIENCE, groups=["reviewers"], client_id="review")
    server = uvicorn.Server(uvicorn.Config(create_app(world.charter, world.registry), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for(f"{base}/openapi.json")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.set_default_timeout(20_000)
                page.goto(f"{base}/review/login")
                page.click("#signin-corp")
                page.fill("input[name=login]", "alice")
                page.fill("input[name=password]", "any")
                page.get_by_role("button", name="Sign-in").click()
                page.get_by_role("button", name="Continue").click()  # the provider's consent page
                expect(page.locator("h1")).to_have_text("Review queue")
                expect(page.locator("body")).to_contain_text("Signed in as alice")
                page.goto(f"{base}/review/approvals")
                page.get_by_role("button", name="Sign out").click()
                expect(page.locator("h1")).to_have_text("Sign in")
                page.goto(f"{base}/review")
                expect(page.locator("body")).to_contain_text("unauthenticated")
            finally:
                browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        provider.stop()
    assert world.charter.catalog.is_member("alice", "reviewers")


FAKE_IDP = "http://127.0.0.1:9"  # nothing listens: these tests must not reach an issuer


def fake_issuer_client(world, public_url: str | None) -> TestClient:  # type: ignore[no-untyped-def]
    """An app with an issuer whose discovery document is given (a fake: no provider needed)."""
    world.charter.settings.server.public_url = public_url
    world.charter.settings.server.oidc["corp"] = OidcIssuerSettings(issuer=FAKE_IDP, audience=AUDIENCE,
                                                                    client_id="review")
    app = create_app(world.charter, world.registry)
    app.state.auth.issuers["corp"]._metadata = {"issuer": FAKE_IDP, "authorization_endpoint": f"{FAKE_IDP}/auth",
                                                "token_endpoint": f"{FAKE_IDP}/token", "jwks_uri": f"{FAKE_IDP}/jwks"}
    return TestClient(app, raise_server_exceptions=False)


def test_a_forged_host_never_changes_the_redirect_uri_or_the_cookie_domain(world) -> None:  # type: ignore[no-untyped-def]
    """The redirect URI comes from [server] public_url; the Host header is ignored, and the flow cookie
    is host-only (no Domain attribute a forged Host could widen)."""
    client = fake_issuer_client(world, "https://charter.example.com/")
    start = client.get("/review/oidc/corp/login", headers={"Host": "evil.example"}, follow_redirects=False)
    assert start.status_code == 303, start.text
    query = parse_qs(urlparse(start.headers["location"]).query)
    assert query["redirect_uri"] == ["https://charter.example.com/review/oidc/corp/callback"]
    cookies = start.headers.get_list("set-cookie")
    assert cookies and all("domain=" not in c.lower() and "evil" not in c for c in cookies)


def test_without_a_public_url_only_the_bound_address_may_start_a_sign_in(world) -> None:  # type: ignore[no-untyped-def]
    client = fake_issuer_client(world, None)
    ok = client.get("/review/oidc/corp/login", follow_redirects=False)  # Host: testserver, the bound address
    assert ok.status_code == 303
    assert parse_qs(urlparse(ok.headers["location"]).query)["redirect_uri"] == [CALLBACK]
    for forged in ("evil.example", "testserver:8080", "testserver.evil.example"):
        refused = client.get("/review/oidc/corp/login", headers={"Host": forged}, follow_redirects=False)
        assert refused.status_code == 422 and "location" not in refused.headers
        message = refused.json()["error"]["message"]
        assert message == (f"sign-in with 'corp' needs [server] public_url in charter.toml (the URL browsers use to "
                           f"reach this server, e.g. https://charter.example.com): this request names host "
                           f"{forged!r}, not the address the server listens on (testserver)")
        assert FLOW_COOKIE not in refused.headers.get("set-cookie", "")
    # the callback builds its redirect URI the same way: a forged Host is refused before the code is redeemed
    back = client.get("/review/oidc/corp/callback?code=c&state=s", headers={"Host": "evil.example"})
    assert back.status_code == 422 and "needs [server] public_url" in back.json()["error"]["message"]
    audited = [r for r in world.charter.catalog.audit_log() if r.action == "review sign-in" and not r.allowed]
    assert len(audited) == 4 and all(r.details.get("client") == "testclient" and "public_url" in r.reason
                                     for r in audited)


def test_a_public_url_with_a_query_or_no_host_is_refused_by_name() -> None:
    from pydantic import ValidationError

    from charter.settings import ServerSettings

    assert ServerSettings(public_url="https://charter.example.com/").public_url == "https://charter.example.com"
    for bad in ("charter.example.com", "https://", "https://x.example/?next=evil", "ftp://x.example"):
        with pytest.raises(ValidationError, match="must be an http\\(s\\) URL with a host"):
            ServerSettings(public_url=bad)

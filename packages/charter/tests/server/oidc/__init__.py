"""A real OpenID Connect provider for the identity tests: the `oidc-provider` npm package under Node.

``node_modules()`` installs the locked package once (``npm ci``) into a cache folder outside the
repository; without node/npm or the registry it skips with the reason, except under CI=true,
where it fails. ``Provider`` starts ``provider.mjs`` on a loopback port with keys this test
holds (so it can also sign the bad tokens the tests need with the issuer's own key), restarts it
with new keys (a key rotation), stops it (the issuer down), and logs a user in through the
provider's own login and consent pages with an HTTP client, as a browser would.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from charter.testing import free_port, unavailable

HERE = Path(__file__).resolve().parent
AUDIENCE = "https://charter.example/api"


def node_modules() -> Path:
    """A folder holding node_modules/oidc-provider as locked in package-lock.json (installed once)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        unavailable("node and npm are needed to run the OIDC provider (apt-get install nodejs npm)")
    lock = (HERE / "package-lock.json").read_bytes()
    cache_root = Path(os.environ.get("CHARTER_TEST_CACHE", Path.home() / ".cache" / "charter-tests"))
    folder = cache_root / f"oidc-provider-{hashlib.sha256(lock).hexdigest()[:12]}"
    if (folder / "node_modules" / "oidc-provider" / "package.json").exists():
        return folder
    tmp = folder.with_name(folder.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copy(HERE / name, tmp / name)
    try:
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=tmp,
                              capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        unavailable("npm ci for oidc-provider took more than 10 minutes")
    if done.returncode != 0:
        unavailable(f"npm ci for oidc-provider failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
    try:
        tmp.rename(folder)  # published once: a concurrent installer's copy is as good as ours
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


def new_key(kid: str) -> tuple[str, Any]:
    return kid, rsa.generate_private_key(public_exponent=65537, key_size=2048)


def private_jwk(kid: str, key: Any) -> dict[str, Any]:
    return {**json.loads(RSAAlgorithm.to_jwk(key)), "kid": kid, "alg": "RS256", "use": "sig"}


def public_pem(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


class Provider:
    """One oidc-provider process on loopback; ``issuer`` is its URL."""

    def __init__(self, modules: Path, workdir: Path, *, redirect_uri: str = "http://127.0.0.1:1/unused",
                 accounts: dict[str, dict[str, Any]] | None = None) -> None:
        self.modules, self.workdir = modules, workdir
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.keys = [new_key("k1")]
        self.redirect_uri = redirect_uri
        self.clients = {"review": "review-secret", "etl-job": "etl-secret", "stranger-job": "stranger-secret"}
        self.accounts_file = workdir / "accounts.json"
        self.set_accounts(accounts or {"alice": {"groups": ["approvers", "analysts"]}, "bob": {"groups": []}})
        self.proc: subprocess.Popen[str] | None = None

    def set_accounts(self, accounts: dict[str, dict[str, Any]]) -> None:
        """Users and their groups (read by the provider at every lookup)."""
        self.accounts_file.write_text(json.dumps(accounts))

    def _config(self) -> Path:
        cfg = {
            "port": self.port, "issuer": self.issuer, "audience": AUDIENCE, "accounts_file": str(self.accounts_file),
            "jwks": {"keys": [private_jwk(kid, key) for kid, key in self.keys]},
            "clients": [
                {"client_id": "review", "client_secret": self.clients["review"], "redirect_uris": [self.redirect_uri],
                 "grant_types": ["authorization_code"], "response_types": ["code"]},
                {"client_id": "etl-job", "client_secret": self.clients["etl-job"], "grant_types": ["client_credentials"],
                 "redirect_uris": [], "response_types": []},
                {"client_id": "stranger-job", "client_secret": self.clients["stranger-job"],
                 "grant_types": ["client_credentials"], "redirect_uris": [], "response_types": []},
            ],
        }
        path = self.workdir / "provider.json"
        path.write_text(json.dumps(cfg))
        return path

    def start(self) -> Provider:
        env = {**os.environ, "NODE_PATH": str(self.modules / "node_modules")}
        script = self.modules / "provider.mjs"  # ESM resolves packages from the script's own folder
        shutil.copy(HERE / "provider.mjs", script)
        self.proc = subprocess.Popen(["node", str(script), str(self._config())], cwd=self.modules, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.issuer}/.well-known/openid-configuration", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                if self.proc.poll() is not None:
                    out = self.proc.stdout.read() if self.proc.stdout else ""
                    raise AssertionError(f"oidc-provider exited: {out}") from None
                time.sleep(0.1)
        raise AssertionError("oidc-provider did not start in 30 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def rotate(self, kid: str) -> None:
        """Restart with a new signing key first (the old one still published, as issuers roll keys)."""
        self.stop()
        self.keys = [new_key(kid), *self.keys]
        self.start()

    # -- tokens the provider issues ------------------------------------------------------------------
    def client_token(self, client: str = "etl-job") -> str:
        resp = httpx.post(f"{self.issuer}/token", data={"grant_type": "client_credentials", "client_id": client,
                                                         "client_secret": self.clients[client], "scope": "api",
                                                         "resource": AUDIENCE})
        resp.raise_for_status()
        return resp.json()["access_token"]

    def login(self, user: str) -> dict[str, Any]:
        """A user's tokens through the authorization-code flow with PKCE, the provider's own pages
        submitted by an HTTP client (login, then consent)."""
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        state, nonce = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
        query = {"client_id": "review", "response_type": "code", "scope": "openid profile groups api",
                 "redirect_uri": self.redirect_uri, "state": state, "nonce": nonce, "code_challenge": challenge,
                 "code_challenge_method": "S256", "resource": AUDIENCE}
        with httpx.Client(base_url=self.issuer) as http:
            location = self.interact(http, f"/auth?{urlencode(query)}", user)
            params = parse_qs(urlparse(location).query)
            assert params["state"] == [state], params
            resp = http.post("/token", data={"grant_type": "authorization_code", "code": params["code"][0],
                                             "redirect_uri": self.redirect_uri, "code_verifier": verifier,
                                             "client_id": "review", "client_secret": self.clients["review"],
                                             "resource": AUDIENCE})
            resp.raise_for_status()
            return {**resp.json(), "nonce": nonce}

    def interact(self, http: httpx.Client, start: str, user: str) -> str:
        """Follow the provider's redirects through its login and consent pages; the final redirect
        (to the client's redirect_uri) is returned, not followed."""
        url = start
        for _ in range(12):
            resp = http.get(url)
            if resp.status_code in (302, 303):
                url = resp.headers["location"]
                if not url.startswith(("/", self.issuer)):
                    return url
                continue
            page = resp.text
            action = re.search(r'<form[^>]*action="([^"]+)"', page)
            assert action, page[:500]
            prompt = re.search(r'name="prompt" value="(\w+)"', page)
            data = {"prompt": prompt.group(1) if prompt else "login"}
            if data["prompt"] == "login":
                data |= {"login": user, "password": "any"}
            resp = http.post(action.group(1), data=data)
            assert resp.status_code in (302, 303), resp.text[:500]
            url = resp.headers["location"]
            if not url.startswith(("/", self.issuer)):
                return url
        raise AssertionError("the provider's interaction did not end in a redirect to the client")

    # -- tokens signed with the provider's own key, for the bad-token tests ----------------------------
    def sign(self, claims: dict[str, Any], *, kid: str | None = None, alg: str = "RS256",
             key: Any = None, headers: dict[str, Any] | None = None) -> str:
        kid = kid or self.keys[0][0]
        signing = key if key is not None else dict(self.keys)[kid] if kid in dict(self.keys) else self.keys[0][1]
        return jwt.encode(claims, signing, algorithm=alg, headers={"kid": kid, **(headers or {})})

    def claims(self, sub: str = "alice", **extra: Any) -> dict[str, Any]:
        now = int(time.time())
        return {"iss": self.issuer, "sub": sub, "aud": AUDIENCE, "iat": now, "exp": now + 300,
                "groups": ["approvers"], **extra}

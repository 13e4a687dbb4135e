"""A real uvicorn on loopback: the official `openai` client, and `charter token create` + `charter serve`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest

from charter.testing import free_port
from server.conftest import wait_for as _wait


def test_the_official_openai_client_calls_a_governed_agent(world, base_url) -> None:  # type: ignore[no-untyped-def]
    client = openai.OpenAI(base_url=f"{base_url}/v1", api_key=world.tokens["ann"], max_retries=0)
    done = client.chat.completions.create(model="agent:capital",
                                          messages=[{"role": "user", "content": "Capital of France?"}])
    assert done.choices[0].message.content == "Paris"
    stream = client.chat.completions.create(model="agent:capital", stream=True,
                                            messages=[{"role": "user", "content": "Capital of France?"}])
    assert "".join(c.choices[0].delta.content or "" for c in stream) == "Paris"
    denied = openai.OpenAI(base_url=f"{base_url}/v1", api_key=world.tokens["bob"], max_retries=0)
    with pytest.raises(openai.PermissionDeniedError, match="EXECUTE"):
        denied.chat.completions.create(model="agent:capital", messages=[{"role": "user", "content": "x"}])
    wrong = openai.OpenAI(base_url=f"{base_url}/v1", api_key="cht_wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        wrong.chat.completions.create(model="agent:capital", messages=[{"role": "user", "content": "x"}])


def _charter(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "charter.cli", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_token_create_and_serve_through_the_cli(home: Path) -> None:
    made = _charter("token", "create", "--principal", "admin", "--label", "t")
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    assert token.startswith("cht_")
    unknown = _charter("token", "create", "--principal", "nobody")
    assert unknown.returncode != 0 and "nobody" in (unknown.stdout + unknown.stderr)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "charter.cli", "serve", "--port", str(port)],
                            env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{port}/openapi.json", 60)
        ok = httpx.get(f"http://127.0.0.1:{port}/v1/agents", headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200 and isinstance(ok.json(), list)
        assert httpx.get(f"http://127.0.0.1:{port}/v1/agents").status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.slow
@pytest.mark.redis
def test_serve_with_two_workers_shares_the_limit_in_redis(home: Path, redis_url: str) -> None:
    from charter.runtime import Charter

    who = f"load_{os.getpid()}_{int(time.time())}"  # a fresh principal: its Redis counters are this test's own
    (home / "charter.toml").write_text(f'[limits]\nredis_url = "{redis_url}"\n\n[server]\nrequests_per_minute = 4\n')
    charter = Charter.open()
    charter.catalog.create_principal(who)
    charter.store.dispose()
    made = _charter("token", "create", "--principal", who)
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "charter.cli", "serve", "--port", str(port), "--workers", "2"],
                            env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{port}/openapi.json", 90)
        if time.time() % 60 > 50:  # fixed one-minute windows: send all requests inside one
            time.sleep(60.5 - time.time() % 60)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as http:
            codes = [http.get("/v1/agents", headers={"Authorization": f"Bearer {token}"}).status_code
                     for _ in range(10)]
        assert codes.count(200) == 4 and codes.count(429) == 6, codes
    finally:
        proc.terminate()
        proc.wait(timeout=30)

"""Fixtures for the monitor: a webhook receiver on a loopback port and its shared secret; apps served
under a real uvicorn."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import uvicorn
from monitor_doubles import WebhookReceiver
from server.conftest import wait_for

from charter.testing import free_port

SECRET = "test-webhook-secret"


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    r = WebhookReceiver()
    yield r
    r.close()


@pytest.fixture
def webhook_secret(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CHARTER_MONITOR_WEBHOOK_SECRET", SECRET)
    return SECRET


@pytest.fixture
def uvicorn_app() -> Iterator[list[str]]:
    """Serve apps under a real uvicorn on a loopback port: call with an app, get its base URL."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def serve(app: object) -> str:
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))  # type: ignore[arg-type]
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        wait_for(f"http://127.0.0.1:{port}/openapi.json")
        return f"http://127.0.0.1:{port}"

    yield serve  # type: ignore[misc]
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)

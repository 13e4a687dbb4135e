"""Fixtures for the monitor: a webhook receiver on a loopback port and its shared secret."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from monitor_doubles import WebhookReceiver

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

"""Gateway fixtures: settings with scripted models (the provider's own test double), a store, a catalog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from charter.models import Gateway
from charter.settings import ModelSettings, Settings
from charter.store import Store


@pytest.fixture
def make_gateway(settings: Settings, sqlite_store: Store) -> Callable[..., Gateway]:
    """Build a gateway over scripted models: ``make_gateway(fake=[...responses], **gateway_kwargs)``."""

    def build(models: dict[str, dict[str, Any]] | None = None, catalog: Any = None, **kwargs: Any) -> Gateway:
        for name, spec in (models or {}).items():
            settings.models[name] = ModelSettings(**{"provider": "scripted", **spec})
        kwargs.setdefault("backoff_s", 0.001)
        return Gateway(settings, sqlite_store, catalog, **kwargs)

    return build

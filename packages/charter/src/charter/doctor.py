"""`charter doctor`: what is configured, what is usable, and why not."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from charter.settings import Settings
from charter.store import Store, current, heads


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Report:
    store_url: str
    store_backend: str
    schema_version: str
    schema_current: bool
    models: list[Check] = field(default_factory=list)
    embedders: list[Check] = field(default_factory=list)
    services: list[Check] = field(default_factory=list)


SERVICES = {"postgresql": ("127.0.0.1", 5432), "mariadb": ("127.0.0.1", 3306), "redis": ("127.0.0.1", 6379)}


def reachable(host: str, port: int, timeout: float = 0.5) -> bool:
    """Whether a TCP service answers at host:port (doctor, test fixtures and benchmarks ask this)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def diagnose(settings: Settings, store: Store) -> Report:
    """Collect the doctor report; never raises for an unusable optional part."""
    applied = current(store)
    report = Report(
        store_url=store.display_url,
        store_backend=store.dialect,
        schema_version=",".join(applied) or "(empty)",
        schema_current=applied == heads(),
    )
    from charter.models.registry import (
        provider_status,  # models sits above store; doctor is top-level
    )

    for name, model in settings.models.items():
        ok, detail = provider_status(model)
        report.models.append(Check(f"{name} ({model.provider})", ok, detail))
    from charter.data.embeddings import EMBEDDERS

    for name, embedder in EMBEDDERS.items():
        report.embedders.append(Check(name, *embedder.status()))
    for svc, (host, port) in SERVICES.items():
        ok = reachable(host, port)
        report.services.append(Check(svc, ok, f"{host}:{port} " + ("reachable" if ok else "not reachable")))
    return report

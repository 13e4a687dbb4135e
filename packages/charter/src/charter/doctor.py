"""`charter doctor`: what is configured, what is usable, and why not."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from charter.settings import ModelSettings, Settings
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
    signin: list[Check] = field(default_factory=list)


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
    for name, model in settings.models.items():
        ok, detail = _model_check(name, model)
        report.models.append(Check(f"{name} ({model.provider})", ok, detail))
    from charter.data.embeddings import EMBEDDERS

    for name, embedder in EMBEDDERS.items():
        report.embedders.append(Check(name, *embedder.status()))
    for svc, (host, port) in SERVICES.items():
        ok = reachable(host, port)
        report.services.append(Check(svc, ok, f"{host}:{port} " + ("reachable" if ok else "not reachable")))
    report.signin = signin_checks(settings)
    return report


def signin_checks(settings: Settings) -> list[Check]:
    """Each issuer with a review app client: the redirect URI to register at it, from ``[server] public_url``
    (never a request's Host); without one, only the listening address works, and a wildcard one never does."""
    server, out = settings.server, []
    for name, issuer in settings.server.oidc.items():
        if not issuer.client_id:
            continue
        path = f"/review/oidc/{name}/callback"
        if server.public_url:
            out.append(Check(f"review sign-in via {name}", True, f"redirect URI {server.public_url.rstrip('/')}{path} "
                                                               "(register it at the issuer)"))
        elif server.host in ("0.0.0.0", "::", ""):
            out.append(Check(f"review sign-in via {name}", False, f"no [server] public_url and the server listens on "
                                                                f"{server.host or 'every address'}: every sign-in is "
                                                                "refused; set public_url to the URL browsers use"))
        else:
            host = f"[{server.host}]" if ":" in server.host else server.host
            out.append(Check(f"review sign-in via {name}", True, f"no [server] public_url: only at http://{host}:"
                                                               f"{server.port} (redirect URI http://{host}:"
                                                               f"{server.port}{path}); set public_url behind a "
                                                               "proxy or another name"))
    return out


def _model_check(name: str, model: ModelSettings) -> tuple[bool, str]:
    """Whether a declared model is usable; an in-process one must also generate a token.

    A provider that runs native code in this process (``local``) declares a ``probe`` classmethod
    that generates in a child process: a file check would say "ok" for a model that crashes the
    process on its first token (issue 15).
    """
    from charter.models.registry import (  # models sits above store; doctor is top-level
        provider_class,
        provider_status,
    )

    ok, detail = provider_status(model)
    if not ok:
        return ok, detail
    probe = getattr(provider_class(model.provider), "probe", None)
    if probe is None:
        return ok, detail
    try:
        return probe(model, name=name)
    except Exception as exc:  # doctor reports, it never crashes
        return False, f"the generation check failed: {exc}"

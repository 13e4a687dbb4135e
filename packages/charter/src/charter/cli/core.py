"""`charter init`, `charter doctor`."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("doctor")(doctor)


def init() -> None:
    """Create CHARTER_HOME, a default charter.toml and the schema; register the declared models."""
    from charter.catalog import AuditKey, Catalog
    from charter.models.registry import register_models
    from charter.settings import DEFAULT_TOML, load_settings
    from charter.store import Store, upgrade
    from charter.store.migrate import exclusive

    settings = load_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    created = _create_once(settings.config_path, DEFAULT_TOML)
    settings = load_settings()
    store = Store(settings.database_url)
    store.ping()
    # Several `charter init` at once (a deployment's replicas): one migrates and seeds, the others wait
    # and find it done.
    with exclusive(store):
        revisions = upgrade(store)
        # Declared models become `model:` securables now, so QUERY can be granted before a first call.
        # The audit key (outside the store, mode 0600) and the first signed head checkpoint.
        key = AuditKey.load(settings, create=True)
        catalog = Catalog(store, audit_key=key)
        catalog.seal_legacy_head()
        models = register_models(settings, catalog)
    console.print(f"home     {settings.home.resolve()}" + ("  (created charter.toml)" if created else ""), soft_wrap=True)
    console.print(f"store    {store.display_url}", soft_wrap=True)
    console.print(f"audit    key {key.source}, head checkpoint {key.head_file}", soft_wrap=True)
    console.print(f"schema   {', '.join(revisions)}", soft_wrap=True)
    console.print(f"models   {', '.join(models)}", soft_wrap=True)


def _create_once(path: Path, text: str) -> bool:
    """Write ``path`` if it does not exist, atomically: a concurrent reader sees no file or the whole file."""
    if path.exists():
        return False
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        os.link(tmp, path)  # fails if another process created it first; never overwrites
        return True
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: exclusive create (a reader may see it half-written)
        try:
            with path.open("x", encoding="utf-8") as fh:
                fh.write(text)
            return True
        except FileExistsError:
            return False
    finally:
        tmp.unlink(missing_ok=True)


def doctor() -> None:
    """Report the store, schema version, usable model providers and embedders, and services."""
    from charter.doctor import diagnose
    from charter.settings import ENVIRONMENT, load_settings
    from charter.store import Store

    settings = load_settings()
    store = Store(settings.database_url)
    store.ping()
    report = diagnose(settings, store)
    console.print(f"[bold]store[/]    {report.store_url}  ({report.store_backend})", soft_wrap=True)
    state = "up to date" if report.schema_current else "needs `charter init`"
    console.print(f"[bold]schema[/]   {report.schema_version}  ({state})", soft_wrap=True)
    for title, checks in (("models", report.models), ("embedders", report.embedders), ("services", report.services),
                          ("sign-in", report.signin)):
        if not checks and title == "sign-in":
            continue  # no OIDC issuer with a review app client
        table = Table(title=title, title_justify="left", show_header=False, box=None)
        for check in checks:
            table.add_row("[green]ok[/]" if check.ok else "[yellow]--[/]", escape(check.name), escape(check.detail))
        console.print(table)
    env = Table(title="environment", title_justify="left", show_header=False, box=None)
    for var in ENVIRONMENT:
        env.add_row(var.name, var.type, escape(var.meaning))
    console.print(env)

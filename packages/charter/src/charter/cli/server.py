"""`charter serve` and `charter token create | list | revoke`: the HTTP server and its bearer tokens."""

from __future__ import annotations

import inspect
from typing import Any

import typer
from rich.table import Table

from charter.cli._app import console

token_app = typer.Typer(help="Bearer tokens for `charter serve` (stored hashed; each maps to a principal).",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(token_app, name="token")


def serve(
    host: str | None = typer.Option(None, "--host", help="Interface to listen on (default: [server] host, "
                                    "127.0.0.1)."),
    port: int | None = typer.Option(None, "--port", min=1, max=65535, help="TCP port (default: [server] port, 8765)."),
    workers: int | None = typer.Option(None, "--workers", min=1, help="Worker processes (default: [server] workers, "
                                       "1; state lives in the metadata store)."),
) -> None:
    """Serve governed agents, the admin API and the review app over HTTP.

    Where to listen: a flag given wins over charter.toml's ``[server]``, which wins over the defaults.
    """
    import uvicorn

    from charter.runtime import Charter

    charter = Charter.open()  # migrate once here, not racing in every worker
    charter.catalog  # noqa: B018 - makes the audit key (and seals a legacy head) once, before the workers
    from charter.agents.registry import AgentRegistry

    charter.monitor.use_registry(AgentRegistry())
    charter.monitor.check()  # a bad [monitor] section is one line here, not a traceback per worker
    conf = charter.settings.server
    host = conf.host if host is None else host
    port = conf.port if port is None else port
    workers = conf.workers if workers is None else workers
    console.print(f"serving Charter on http://{host}:{port}  (docs at /docs, review app at /review)")
    # On SIGTERM uvicorn stops accepting and gives requests in flight `shutdown_timeout_s`, then
    # cancels them: the server stops in bounded time whatever a client is sending.
    # proxy_headers=False: uvicorn would otherwise take the client address and scheme from
    # X-Forwarded-* sent by a loopback peer; the per-client limits and the sign-in's redirect URI use
    # the socket's own.
    options: dict[str, Any] = {"timeout_keep_alive": 30, "proxy_headers": False,
                               "timeout_graceful_shutdown": charter.settings.server.shutdown_timeout_s}
    if "timeout_worker_healthcheck" in inspect.signature(uvicorn.Config).parameters:
        # a worker busy under load answers the supervisor's ping late; the default 5 s would kill it
        options["timeout_worker_healthcheck"] = 60
    uvicorn.run("charter.server.asgi:make_app", factory=True, host=host, port=port, workers=workers,
                log_level="warning", **options)


def _tokens():  # type: ignore[no-untyped-def]
    from charter.mcp.tokens import TokenStore
    from charter.runtime import Charter

    charter = Charter.open()
    return TokenStore(charter.store, charter.catalog)


@token_app.command("create")
def create(
    principal: str = typer.Option(..., "--principal", help="The principal the token acts as."),
    label: str = typer.Option("", "--label", help="What the token is for."),
    ttl_days: float = typer.Option(0, "--ttl-days", help="Expire after this many days (0: never)."),
    actor: str = typer.Option("admin", "--as", help="Who issues it (a metastore admin, or the principal itself)."),
) -> None:
    """Issue a token; it is printed once (only its hash is stored)."""
    token = _tokens().issue(principal, actor=actor, label=label, ttl_days=ttl_days or None)
    console.print(token, soft_wrap=True)


@token_app.command("list")
def list_tokens(principal: str = typer.Option(None, "--principal", help="Only this principal's tokens.")) -> None:
    """Issued tokens (prefixes only)."""
    table = Table("id", "prefix", "principal", "label", "expires", "revoked")
    for t in _tokens().list(principal):
        table.add_row(str(t.id), t.prefix + "...", t.principal, t.label,
                      f"{t.expires_at:%Y-%m-%d}" if t.expires_at else "-", "yes" if t.revoked else "")
    console.print(table)


@token_app.command("revoke")
def revoke(token_id: int = typer.Argument(..., help="The id `charter token list` shows.")) -> None:
    """Revoke a token."""
    _tokens().revoke(token_id)
    console.print(f"revoked token {token_id}")

"""A ready FinQL environment: the Charter runtime of CHARTER_HOME plus the built, registered data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charter.runtime import Charter
from finql.data.build import build, default_path, duckdb_url
from finql.data.generator import Tables
from finql.data.register import SOURCE, grant_models, register
from finql.executor import GovernedBackend, Result, run
from finql.language import ast


@dataclass
class FinQLEnv:
    """Charter plus the governed backend FinQL queries run on."""

    charter: Charter | None
    backend: GovernedBackend

    def execute(self, query: str | ast.Query, principal: str = "analyst", agent: str | None = None) -> Result:
        """Run a query as `principal` (and `agent` acting for it)."""
        return run(query, self.backend, principal, agent)

    @classmethod
    def from_charter(cls, charter: Charter) -> FinQLEnv:
        """FinQL's extension of a Charter runtime (``charter.extensions``): the agents and the scorer
        reach the governed data through it, the same way on the CLI, the server, MCP and in evaluations."""
        return open_env(charter=charter)


def build_and_register(charter: Charter, url: str | None = None, tables: Tables | None = None) -> tuple[str, str]:
    """Build the data (DuckDB under CHARTER_HOME unless `url` names PostgreSQL) and register it."""
    url = url or duckdb_url(default_path(Path(charter.settings.home)))
    charter.data.close()  # a DuckDB file being rebuilt must not be held open
    digest = build(url, tables)
    register(charter.data, charter.catalog, url)
    grant_models(charter.catalog, charter.gateway.register_models())
    return url, digest


def _registered(charter: Charter) -> bool:
    return SOURCE in {name for name, _s, _u in charter.data.sources()}


def open_env(home: str | Path | None = None, *, charter: Charter | None = None,
             build_if_missing: bool = True) -> FinQLEnv:
    """Open Charter and make sure the `finql` source is there (building it on first use)."""
    charter = charter or Charter.open(home)
    if not _registered(charter):
        if not build_if_missing:
            from charter.errors import NotFound

            raise NotFound("the FinQL data is not built; run `finql data build`")
        from filelock import FileLock

        # built once: processes opening a new home at once (a pool's workers, a server's) take turns, and one
        # that waited finds the source the first one registered
        lock = Path(charter.settings.home) / "finql-build.lock"
        lock.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(lock)):
            if not _registered(charter):
                build_and_register(charter)
    return FinQLEnv(charter, GovernedBackend(charter.data, charter.catalog, SOURCE))


def env_from_context(ctx: Any, step: str = "finql") -> FinQLEnv:
    """The FinQL environment of a run: the runtime's extension (``ctx.extensions``), else one over the
    context's own data service and catalog. No process-wide state: every run reaches the data through
    its own handles, as its own principal."""
    env = ctx.extensions.get(FinQLEnv) if getattr(ctx, "extensions", None) is not None else None
    if env is not None:
        return env
    if getattr(ctx, "data", None) is None or getattr(ctx, "catalog", None) is None:
        from charter.errors import ConfigError

        raise ConfigError(f"step '{step}' needs the FinQL data: a run context with Charter's data service and "
                          "catalog (finql ask, finql bench, charter eval, the server and MCP all give them)")
    return FinQLEnv(None, GovernedBackend(ctx.data, ctx.catalog, SOURCE))

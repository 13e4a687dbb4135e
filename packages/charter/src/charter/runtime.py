"""The process-level wiring of Charter's layers (settings -> store -> catalog -> ...).

Library code never reaches for this object; it takes the pieces it needs as arguments. The CLI,
the server and the apps build one ``Charter`` per process and hand its parts down.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self

from charter.errors import CharterError, ConfigError, StoreError
from charter.plugins import EXTENSIONS, Registry
from charter.settings import Settings, load_settings
from charter.store import Store, is_current, upgrade

if TYPE_CHECKING:  # the layers import lazily so `charter --version` stays fast
    from charter.agents import RunContext
    from charter.agents.context import Extensions
    from charter.catalog import Catalog
    from charter.data import DataService, FeatureStore, VectorIndexes
    from charter.models import Gateway
    from charter.monitor import Monitor
    from charter.tools import ToolRegistry
    from charter.tracing import Tracer


class Extension(Protocol):
    """What an app registers under ``charter.extensions``: a class built from the runtime."""

    @classmethod
    def from_charter(cls, charter: Charter) -> Self: ...


def _extension_class(name: str, loaded: Any) -> type[Extension]:
    if not (isinstance(loaded, type) and callable(getattr(loaded, "from_charter", None))):
        raise ConfigError(f"extension '{name}' is {loaded!r}, not a class with a from_charter(charter) classmethod")
    return loaded


class Charter:
    """Settings plus the layers built on them, each created on first use."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store or Store(settings.database_url)
        self.extension_classes: Registry[type[Extension]] = Registry(EXTENSIONS, "extension", check=_extension_class)
        self._layers: dict[str, Any] = {}
        self._lazy = threading.RLock()

    @classmethod
    def open(cls, home: str | Path | None = None, *, migrate: bool = True) -> Charter:
        """Load settings from CHARTER_HOME and open the store, migrating it when asked."""
        settings = load_settings(home)
        charter = cls(settings)
        if migrate:
            settings.home.mkdir(parents=True, exist_ok=True)
            upgrade(charter.store)
        elif not is_current(charter.store):
            raise StoreError("the metadata store schema is out of date; run `charter init`")
        return charter

    # Each layer is built on first use, once, even when two threads ask first at the same time
    # (functools.cached_property no longer locks, and on 3.11 its class-wide lock can deadlock
    # with a layer that builds the one below it). The lock is re-entrant for that reason.
    def _once(self, name: str, build: Callable[[], Any]) -> Any:
        try:
            return self._layers[name]
        except KeyError:
            pass
        with self._lazy:
            if name not in self._layers:
                self._layers[name] = build()  # published only once fully built
            return self._layers[name]

    @property
    def tracer(self) -> Tracer:
        from charter.tracing import Tracer

        return self._once("tracer", lambda: Tracer(self.settings, self.store))

    @property
    def catalog(self) -> Catalog:
        return self._once("catalog", self._build_catalog)

    def _build_catalog(self) -> Catalog:
        from charter.catalog import AuditKey, Catalog

        # The audit key lives outside the store (CHARTER_AUDIT_KEY or <home>/audit.key, made on
        # first use like the home itself); a store from before signing gets its head checkpointed.
        catalog = Catalog(self.store, audit_key=AuditKey.load(self.settings, create=True))
        catalog.seal_legacy_head()
        catalog.approvals.ttl_s = self.settings.approvals.ttl_s
        catalog.approvals.wait_s = self.settings.approvals.wait_s
        return catalog

    @property
    def data(self) -> DataService:
        from charter.data import DataService
        from charter.data.indexes import refresh_after_sync

        return self._once("data", lambda: DataService(self.settings, self.store, self.catalog,
                                                      after_sync=(refresh_after_sync,)))

    @property
    def indexes(self) -> VectorIndexes:
        """Vector indexes over the data's tables (searched as a principal, through governed SQL)."""
        from charter.data import VectorIndexes

        return self._once("indexes", lambda: VectorIndexes(self.data))

    @property
    def features(self) -> FeatureStore:
        """Feature tables over the data's tables (read through governed SQL)."""
        from charter.data import FeatureStore

        return self._once("features", lambda: FeatureStore(self.data))

    @property
    def gateway(self) -> Gateway:
        from charter.models import Gateway

        return self._once("gateway", lambda: Gateway(self.settings, self.store, self.catalog))

    @property
    def tools(self) -> ToolRegistry:
        """The tools agents of this process may call (filled by whoever serves them)."""
        from charter.tools import ToolRegistry

        return self._once("tools", lambda: ToolRegistry(self.catalog))

    @property
    def monitor(self) -> Monitor:
        """Online evaluation, metrics, alerts, drift and cost (`charter serve` starts it)."""
        from charter.data.embeddings import get_embedder
        from charter.monitor import Monitor

        return self._once("monitor", lambda: Monitor(
            self.settings, self.store, tracer=self.tracer, gateway=lambda: self._optional("gateway"),
            embedder=lambda: get_embedder(self.settings)))

    @property
    def extensions(self) -> Extensions:
        """The apps' extensions of this runtime (``charter.extensions``), each built on first use."""
        from charter.agents.context import Extensions

        return self._once("extensions", lambda: Extensions(provider=self._build_extension))

    def _build_extension(self, cls: type[Any]) -> object | None:
        for name in self.extension_classes.names():
            registered = self.extension_classes.get(name)
            if issubclass(registered, cls):
                return registered.from_charter(self)
        return None

    def _optional(self, layer: str) -> Any:
        """A layer, or None when it cannot start here (no model declared, no data): the step that
        needs it then says so, instead of every agent failing."""
        try:
            return getattr(self, layer)
        except (ImportError, CharterError):
            return None

    def handles(self, *, tools: ToolRegistry | None = None) -> dict[str, Any]:
        """The run-context handles of this runtime (every layer that can start here, and the apps'
        extensions): ``RunContext(principal=..., **charter.handles())``."""
        return {"gateway": self._optional("gateway"), "catalog": self.catalog, "data": self._optional("data"),
                "indexes": self._optional("indexes"),
                "tools": tools if tools is not None else self._optional("tools"), "tracer": self.tracer,
                "extensions": self.extensions}

    def run_context(self, principal: str, *, agent: str | None = None, request_id: str | None = None,
                    tools: ToolRegistry | None = None) -> RunContext:
        """The context an agent runs in for ``principal``. The CLI, the server, MCP and evaluation
        runs all build it here, so an agent gets the same world (and the same answers) wherever it
        is served."""
        from charter.agents import RunContext

        return RunContext(principal=principal, agent=agent, request_id=request_id, **self.handles(tools=tools))

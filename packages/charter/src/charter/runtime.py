"""The process-level wiring of Charter's layers (settings -> store -> catalog -> ...).

Library code never reaches for this object; it takes the pieces it needs as arguments. The CLI,
the server and the apps build one ``Charter`` per process and hand its parts down.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from charter.errors import StoreError
from charter.settings import Settings, load_settings
from charter.store import Store, is_current, upgrade

if TYPE_CHECKING:  # the layers import lazily so `charter --version` stays fast
    from charter.catalog import Catalog
    from charter.data import DataService
    from charter.models import Gateway
    from charter.tracing import Tracer


class Charter:
    """Settings plus the layers built on them, each created on first use."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store or Store(settings.database_url)

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

    @cached_property
    def tracer(self) -> Tracer:
        from charter.tracing import Tracer

        return Tracer(self.settings, self.store)

    @cached_property
    def catalog(self) -> Catalog:
        from charter.catalog import Catalog

        return Catalog(self.store)

    @cached_property
    def data(self) -> DataService:
        from charter.data import DataService

        return DataService(self.settings, self.store, self.catalog)

    @cached_property
    def gateway(self) -> Gateway:
        from charter.models import Gateway

        return Gateway(self.settings, self.store, self.catalog)

"""The provider registry, filled from the ``charter.providers`` entry-point group.

Built-ins are declared in Charter's own ``pyproject.toml`` under that group, so they load the
same way a third-party provider does. Loading imports a provider module only when it is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from charter.errors import ConfigError, did_you_mean
from charter.models.providers.base import Provider
from charter.plugins import PROVIDERS, registered
from charter.settings import ModelSettings, Settings

if TYPE_CHECKING:
    from charter.catalog import Catalog

GROUP = PROVIDERS


def provider_specs() -> dict[str, str]:
    """Provider name -> "module:Class" for every registered provider."""
    return registered(GROUP)


def provider_class(name: str) -> type[Provider]:
    """The provider class registered under a name."""
    specs = provider_specs()
    if name not in specs:
        raise ConfigError(f"unknown model provider '{name}'{did_you_mean(name, specs)} "
                          f"(registered: {', '.join(sorted(specs))})")
    module, _, attr = specs[name].partition(":")
    cls = getattr(import_module(module), attr)
    if not (isinstance(cls, type) and issubclass(cls, Provider)):
        raise ConfigError(f"provider '{name}' ({specs[name]}) is not a charter Provider subclass")
    return cls


def provider_status(model: ModelSettings) -> tuple[bool, str]:
    """Whether a declared model is usable here, and why not (used by `charter doctor`)."""
    try:
        return provider_class(model.provider).status(model)
    except Exception as exc:  # doctor reports, it never crashes
        return False, str(exc)


def register_models(settings: Settings, catalog: Catalog, actor: str = "admin") -> list[str]:
    """Make every model declared in charter.toml a ``model:<name>`` securable (kept if it exists)."""
    for name, ms in settings.models.items():
        catalog.create_securable("model", name, properties={"provider": ms.provider, "model": ms.model},
                                 actor=actor, exist_ok=True)
    return sorted(settings.models)

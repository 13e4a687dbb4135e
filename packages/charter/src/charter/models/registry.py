"""The provider registry, filled from the ``charter.providers`` entry-point group.

Built-ins are declared in Charter's own ``pyproject.toml`` under that group, so they load the
same way a third-party provider does. Loading imports a provider module only when it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from charter.errors import ConfigError
from charter.models.providers.base import Provider
from charter.plugins import PROVIDERS, Registry, registered
from charter.settings import ModelSettings, Settings

if TYPE_CHECKING:
    from charter.catalog import Catalog

GROUP = PROVIDERS


def provider_specs() -> dict[str, str]:
    """Provider name -> "module:Class" for every registered provider."""
    return registered(GROUP)


def _provider(name: str, loaded: Any) -> type[Provider]:
    if not (isinstance(loaded, type) and issubclass(loaded, Provider)):
        raise ConfigError(f"model provider '{name}' is {loaded!r}, not a charter Provider subclass")
    return loaded


def provider_registry() -> Registry[type[Provider]]:
    """The model providers registered under ``charter.providers``."""
    return Registry(GROUP, "model provider", check=_provider)


def provider_class(name: str, registry: Registry[type[Provider]] | None = None) -> type[Provider]:
    """The provider class registered under a name."""
    return (registry or provider_registry()).get(name)


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

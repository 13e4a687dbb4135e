"""The provider registry, filled from the ``charter.providers`` entry-point group.

Built-ins are declared in Charter's own ``pyproject.toml`` under that group, so they load the
same way a third-party provider does. Loading imports a provider module only when it is used.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from importlib.metadata import entry_points

from charter.errors import ConfigError, did_you_mean
from charter.models.providers.base import Provider
from charter.settings import ModelSettings

GROUP = "charter.providers"
# The same specs as the entry points; used only when the installed metadata predates them.
_BUILTIN_SPECS = {
    "local": "charter.models.providers.local:LocalProvider",
    "anthropic": "charter.models.providers.anthropic:AnthropicProvider",
    "openai": "charter.models.providers.openai:OpenAIProvider",
    "scripted": "charter.models.providers.scripted:ScriptedProvider",
}


@lru_cache(maxsize=1)
def provider_specs() -> dict[str, str]:
    """Provider name -> "module:Class" for every registered provider."""
    specs = dict(_BUILTIN_SPECS)
    specs.update({ep.name: ep.value for ep in entry_points(group=GROUP)})
    return specs


def provider_class(name: str) -> type[Provider]:
    """The provider class registered under a name."""
    specs = provider_specs()
    if name not in specs:
        raise ConfigError(f"unknown model provider '{name}'{did_you_mean(name, specs)}")
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

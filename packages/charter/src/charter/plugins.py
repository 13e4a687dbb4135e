"""The names registered under Charter's entry-point groups (its extension points).

A foundation module: settings validates names against it, a layer's registry loads classes
through it. Reading names imports no plugin.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points

PROVIDERS = "charter.providers"

# Charter's own entries, exactly as its pyproject.toml declares them; they count even when the
# installed metadata predates one (a source checkout whose editable install is older).
BUILTINS: dict[str, dict[str, str]] = {
    PROVIDERS: {
        "local": "charter.models.providers.local:LocalProvider",
        "anthropic": "charter.models.providers.anthropic:AnthropicProvider",
        "openai": "charter.models.providers.openai:OpenAIProvider",
        "scripted": "charter.models.providers.scripted:ScriptedProvider",
    },
}


@cache
def registered(group: str) -> dict[str, str]:
    """Name -> "module:attribute" of everything registered under an entry-point group."""
    specs = dict(BUILTINS.get(group, {}))
    specs.update({ep.name: ep.value for ep in entry_points(group=group)})
    return specs

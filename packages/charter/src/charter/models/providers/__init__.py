"""Built-in model providers, registered through the ``charter.providers`` entry-point group."""

from charter.models.providers.base import NoOptions, Provider

__all__ = ["NoOptions", "Provider"]

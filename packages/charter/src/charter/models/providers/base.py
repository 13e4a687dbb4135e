"""The provider contract: one ``execute`` method, capabilities as class flags, typed options."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError

from charter.errors import ConfigError
from charter.models.errors import Unsupported
from charter.models.types import ChatRequest, ProviderResult
from charter.settings import ModelSettings

TokenSink = Callable[[str], None]


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Provider:
    """Base class of every provider. Subclasses set the flags and implement ``execute``."""

    name: ClassVar[str] = ""
    supports_tools: ClassVar[bool] = False
    supports_schema: ClassVar[bool] = False
    supports_grammar: ClassVar[bool] = False
    can_stream: ClassVar[bool] = False
    # Failures of a remote provider trip its circuit breaker; an in-process model has no "remote".
    remote: ClassVar[bool] = True
    Options: ClassVar[type[BaseModel]] = NoOptions

    def __init__(self, model_name: str, settings: ModelSettings) -> None:
        self.model_name = model_name
        self.settings = settings
        try:
            self.options: Any = self.Options.model_validate(settings.options)
        except ValidationError as exc:
            first = exc.errors()[0]
            key = ".".join(str(p) for p in first["loc"])
            msg = "unknown option" if first["type"] == "extra_forbidden" else first["msg"]
            raise ConfigError(f"model '{model_name}': options.{key}: {msg}") from None

    def execute(self, request: ChatRequest, *, timeout_s: float, on_token: TokenSink | None = None) -> ProviderResult:
        """Run one chat call. Streams text pieces to ``on_token`` when given and ``can_stream``."""
        raise NotImplementedError

    @classmethod
    def status(cls, settings: ModelSettings) -> tuple[bool, str]:
        """Whether a model of this provider is usable here, and why not (never raises)."""
        return True, cls.name

    def check_request(self, request: ChatRequest) -> None:
        """Refuse what this provider cannot enforce, before spending anything."""
        if request.grammar and not self.supports_grammar:
            raise Unsupported(
                f"model '{self.model_name}' ({self.name}) cannot enforce a GBNF grammar; only 'local' models can"
            )
        if request.response_schema is not None and not self.supports_schema:
            raise Unsupported(f"model '{self.model_name}' ({self.name}) cannot enforce a response schema")
        if request.tools and not self.supports_tools:
            raise Unsupported(f"model '{self.model_name}' ({self.name}) does not support tool calling")

    def api_key(self, default_env: str) -> str | None:
        """The API key from the variable the model names (or the provider's default one)."""
        return os.environ.get(self.settings.api_key_env or default_env)


def import_sdk(module: str, extra: str) -> Any:
    """Import a provider's SDK (an extra of charter), or fail naming the extra that installs it."""
    from charter.plugins import optional_import

    return optional_import(module, extra, purpose=f"this model provider ({module})")

"""What the providers that call a vendor's HTTP SDK share: the SDK check, the API key, one
cached client, and the translation of the SDK's errors into Charter's at the edge.

A subclass names its SDK and key variable and builds the client; how it shapes the request
and reads the answer stays its own, since the wire formats differ.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar

from charter.errors import ConfigError, ProviderError, Timeout
from charter.models.errors import ProviderRejected
from charter.models.providers.base import Provider, import_sdk
from charter.plugins import missing_extra
from charter.settings import ModelSettings


class SdkProvider(Provider):
    """Base of providers backed by a vendor SDK (``anthropic``, ``openai``)."""

    sdk: ClassVar[str] = ""  # the module to import; also the name of the extra that installs it
    key_env: ClassVar[str] = ""  # the API key's variable when the model names none (api_key_env)
    # HTTP statuses worth a retry (besides every 5xx); anything else 4xx is the request's fault.
    retry_statuses: ClassVar[frozenset[int]] = frozenset({408, 409, 429})

    def __init__(self, model_name: str, settings: ModelSettings) -> None:
        super().__init__(model_name, settings)
        self._client: Any = None

    @classmethod
    def keyless(cls, settings: ModelSettings) -> str | None:
        """Why this model needs no API key (e.g. a local server), or None when it needs one."""
        return None

    @classmethod
    def status(cls, settings: ModelSettings) -> tuple[bool, str]:
        missing = missing_extra(cls.sdk, cls.sdk, purpose=f"the {cls.sdk} provider")
        if missing:
            return False, missing
        reason = cls.keyless(settings)
        if reason:
            return True, reason
        env = settings.api_key_env or cls.key_env
        return (True, f"key in {env}") if os.environ.get(env) else (False, f"missing API key: set {env}")

    def make_client(self, sdk: Any, api_key: str) -> Any:
        """Build the SDK's client (SDK retries off: retrying is the gateway's job)."""
        raise NotImplementedError

    def client(self) -> Any:
        """The SDK client, built on first use; fails naming the missing key's variable."""
        if self._client is None:
            sdk = import_sdk(self.sdk, self.sdk)
            key = self.api_key(self.key_env)
            if not key:
                if not self.keyless(self.settings):
                    env = self.settings.api_key_env or self.key_env
                    raise ConfigError(f"model '{self.model_name}': missing API key: set {env}")
                key = "not-needed"  # keyless servers accept any key, but the SDKs insist on one
            self._client = self.make_client(sdk, key)
        return self._client

    def where(self) -> str:
        """How error messages name this model."""
        return f"model '{self.model_name}' ({self.name})"

    def _translate(self, exc: Exception) -> Exception:
        """SDK errors become Charter errors at the edge; only transient ones are retryable."""
        sdk = import_sdk(self.sdk, self.sdk)
        where = self.where()
        if isinstance(exc, sdk.APITimeoutError):
            return Timeout(f"{where} timed out")
        if isinstance(exc, sdk.APIConnectionError):
            return ProviderError(f"{where}: cannot connect: {exc}")
        if isinstance(exc, sdk.APIStatusError):
            msg = f"{where}: HTTP {exc.status_code}: {_short(exc)}"
            if exc.status_code in self.retry_statuses or exc.status_code >= 500:
                return ProviderError(msg)
            return ProviderRejected(msg)
        return ProviderError(f"{where}: {type(exc).__name__}: {exc}")


def _short(exc: Exception) -> str:
    text = str(getattr(exc, "message", "") or exc)
    return text if len(text) < 300 else text[:297] + "..."

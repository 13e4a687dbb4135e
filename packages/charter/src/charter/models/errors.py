"""The gateway's own error subclasses (all rooted in ``charter.errors``)."""

from __future__ import annotations

from charter.errors import CharterError, InvalidInput, ProviderError, ProviderUnavailable


class ProviderRejected(ProviderError):
    """The provider refused the request itself (bad key, bad request): retrying will not help."""

    code = "provider_rejected"
    retryable = False


class BadProviderOutput(ProviderError):
    """The provider answered, but not with what was asked (e.g. JSON that is not of the schema)."""

    code = "bad_provider_output"
    retryable = False


class CircuitOpen(ProviderUnavailable):
    """A provider failed too often recently; calls skip it until the breaker half-opens."""

    code = "circuit_open"


class Unsupported(InvalidInput):
    """A request asks for something the provider cannot enforce (e.g. a grammar on a remote API)."""

    code = "unsupported"


def is_retryable(error: BaseException) -> bool:
    """Whether a retry could succeed: only errors that say so."""
    return isinstance(error, CharterError) and error.retryable and not isinstance(error, CircuitOpen)

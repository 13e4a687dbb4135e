"""The error hierarchy: one root, stable codes, one map to exit codes and one to HTTP statuses.

Every error a user can cause is a ``CharterError``; its message says what went wrong and,
where possible, what to do. Vendor SDK errors are translated into these at the edge.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, ClassVar


class CharterError(Exception):
    """Root of every error Charter raises on purpose."""

    code: ClassVar[str] = "charter_error"
    retryable: ClassVar[bool] = False

    def __init__(self, message: str, **context: Any) -> None:
        super().__init__(message)
        self.message = message
        self.context = context

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe description (for API responses and traces)."""
        return {"code": self.code, "message": self.message, "retryable": self.retryable}


class ConfigError(CharterError):
    code = "config_error"


class InvalidInput(CharterError):
    code = "invalid_input"


class InvalidStatement(InvalidInput):
    """A statement (admin SQL, governed SQL, FinQL, ...) that does not parse or is not allowed."""

    code = "invalid_statement"


class PayloadTooLarge(InvalidInput):
    """A request body past the server's cap (``[server] max_body_bytes``)."""

    code = "payload_too_large"


class NotFound(CharterError):
    code = "not_found"


class AlreadyExists(CharterError):
    code = "already_exists"


class PermissionDenied(CharterError):
    code = "permission_denied"


class Unauthenticated(CharterError):
    code = "unauthenticated"


class Refused(CharterError):
    """An agent declined to answer: the asker may not see the data, or the question is not one it
    understands. An answer, not a failure; the command line exits as for a permission refusal."""

    code = "refused"


class RateLimited(CharterError):
    code = "rate_limited"
    retryable = True


class BudgetExceeded(CharterError):
    code = "budget_exceeded"


class GuardrailBlocked(CharterError):
    code = "guardrail_blocked"


class ProviderError(CharterError):
    code = "provider_error"
    retryable = True


class ProviderUnavailable(ProviderError):
    code = "provider_unavailable"


class Timeout(CharterError):
    code = "timeout"
    retryable = True


class Cancelled(Timeout):
    """A run stopped between two steps (or in a pause for approval) because it was cancelled: its request
    timed out and was answered 504, or its MCP call timed out or was cancelled by the client; its trace
    ends with status ``cancelled``."""

    code = "cancelled"
    retryable = False  # stopped on purpose: an evaluation's retries must not run it again


class SourceUnavailable(CharterError):
    code = "source_unavailable"
    retryable = True


class IdentityProviderUnavailable(SourceUnavailable):
    """An OIDC issuer cannot be reached and no unexpired cached keys can verify the token (HTTP 503)."""

    code = "identity_provider_unavailable"


class ApprovalRequired(PermissionDenied):
    """The call needs a person's approval first; ``approval_id`` names the pending request."""

    code = "approval_required"


class ExecutionError(CharterError):
    code = "execution_error"


class StoreError(CharterError):
    code = "store_error"


# One place maps error classes to CLI exit codes, one to HTTP statuses (most specific first).
# docs/architecture.md ("Errors and exit codes") shows this table; a test holds the two together.
USAGE_EXIT = 2  # a usage error of the command-line framework: unknown command or option, missing argument
INTERNAL_EXIT = 70  # a bug (EX_SOFTWARE): one line, --debug shows the traceback
INTERRUPTED_EXIT = 130
_EXIT_CODES: list[tuple[type[CharterError], int]] = [
    (PermissionDenied, 3),
    (Unauthenticated, 3),
    (Refused, 3),
    (NotFound, 4),
    (RateLimited, 5),
    (BudgetExceeded, 5),
    (ConfigError, 6),
    (ProviderError, 7),
    (SourceUnavailable, 7),
    (Timeout, 7),
    (CharterError, 1),
]

_HTTP_STATUS: list[tuple[type[CharterError], int]] = [
    (Unauthenticated, 401),
    (PermissionDenied, 403),
    (Refused, 403),
    (NotFound, 404),
    (AlreadyExists, 409),
    (PayloadTooLarge, 413),
    (InvalidInput, 422),
    (GuardrailBlocked, 422),
    (RateLimited, 429),
    (BudgetExceeded, 429),
    (Timeout, 504),
    (ProviderError, 502),
    (SourceUnavailable, 503),
    (ConfigError, 500),
    (CharterError, 500),
]


def exit_code(error: BaseException) -> int:
    """The CLI exit code for an error (2 is left to usage errors of the CLI framework)."""
    for cls, code in _EXIT_CODES:
        if isinstance(error, cls):
            return code
    return 1


def exit_codes() -> list[tuple[type[CharterError], int]]:
    """Every error class with its exit code, most specific first (the table the docs show)."""
    return list(_EXIT_CODES)


def error_from_dict(error: dict[str, Any]) -> CharterError:
    """The typed error a ``to_dict()`` describes (an agent's recorded error), by its stable code."""
    code = error.get("code")
    todo: list[type[CharterError]] = [CharterError]
    while todo:
        cls = todo.pop()
        if cls.code == code:
            return cls(str(error.get("message", "")))
        todo.extend(cls.__subclasses__())
    return CharterError(str(error.get("message", "")))


def http_status(error: BaseException) -> int:
    """The HTTP status for an error."""
    for cls, status in _HTTP_STATUS:
        if isinstance(error, cls):
            return status
    return 500


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    """A "; did you mean 'x'?" suffix when a close match exists, else ''."""
    match = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{match[0]}'?" if match else ""

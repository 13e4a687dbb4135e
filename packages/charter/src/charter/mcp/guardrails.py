"""PII redaction on what goes into an external tool and what comes out of it.

The detection is the model gateway's own `PIIGuard` (e-mails, phone numbers, Luhn-checked card
numbers, mod-97-checked IBANs, US SSNs), run in redact mode, so MCP traffic and model traffic
are guarded by one definition of PII. Redaction walks JSON-like values and rewrites every string.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from charter.models.guardrails import PIIGuard

TextRedactor = Callable[[str], str]


def pii_redactor() -> TextRedactor:
    """A text -> text function replacing each PII span with its kind, e.g. `[EMAIL]`."""
    guard = PIIGuard("redact")

    def redact(text: str) -> str:
        findings = guard.find(text)
        return guard.redact(text, findings) if findings else text

    return redact


def redact_value(value: Any, redact: TextRedactor) -> Any:
    """Every string inside a JSON-like value redacted (keys are left alone: they are schema, not data)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_value(v, redact) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(v, redact) for v in value]
    return value

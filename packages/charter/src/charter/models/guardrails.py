"""Guardrails on input and output: PII detection/redaction and a prompt-injection flag.

A guardrail looks at text and answers with findings; its ``mode`` says what the gateway does:
``flag`` (note it on the response), ``redact`` (replace the spans) or ``block`` (refuse the call,
naming the guardrail). Add your own by subclassing ``Guardrail``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Literal

Mode = Literal["flag", "redact", "block"]


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int


class Guardrail:
    """Base class: ``find`` returns findings in a text; the mode decides what follows."""

    name: ClassVar[str] = "guardrail"
    can_redact: ClassVar[bool] = False

    def __init__(self, mode: Mode = "flag", *, on_input: bool = True, on_output: bool = True) -> None:
        if mode == "redact" and not self.can_redact:
            raise ValueError(f"guardrail '{self.name}' cannot redact; use 'flag' or 'block'")
        self.mode = mode
        self.on_input = on_input
        self.on_output = on_output

    def find(self, text: str) -> list[Finding]:
        raise NotImplementedError

    def redact(self, text: str, findings: list[Finding]) -> str:
        for f in sorted(findings, key=lambda f: f.start, reverse=True):
            text = text[: f.start] + f"[{f.kind.upper()}]" + text[f.end :]
        return text


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum that every payment card number satisfies."""
    total, double = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if double:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
        double = not double
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    """ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_SSN = re.compile(r"(?<!\d)(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?!\d)")
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){1,4}"  # +CC ...
    r"|\(\d{2,4}\)[ .-]?\d{2,4}(?:[ .-]\d{2,4}){1,3}"  # (area) ...
    r"|\d{2,4}(?:[ .-]\d{2,4}){2,4}"  # three or more groups
    r")(?!\w)"
)
# Dates and SSN-shaped numbers (valid or not) are not phone numbers.
_NOT_PHONE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}[./-]\d{2}[./-]\d{4}|\d{3}-\d{2}-\d{4}")


class PIIGuard(Guardrail):
    """Emails, phone numbers, card numbers (Luhn), IBANs (mod 97) and US SSNs."""

    name = "pii"
    can_redact = True

    def find(self, text: str) -> list[Finding]:
        found: list[Finding] = []

        def free(a: int, b: int) -> bool:
            return all(b <= f.start or a >= f.end for f in found)

        for m in _EMAIL.finditer(text):
            found.append(Finding("email", m.start(), m.end()))
        for m in _IBAN.finditer(text):
            if free(m.start(), m.end()) and iban_ok(m.group()):
                found.append(Finding("iban", m.start(), m.end()))
        for m in _SSN.finditer(text):
            if free(m.start(), m.end()):
                found.append(Finding("ssn", m.start(), m.end()))
        for m in _CARD.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19 and free(m.start(), m.end()) and luhn_ok(digits):
                found.append(Finding("card", m.start(), m.end()))
        for m in _PHONE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 7 <= len(digits) <= 15 and free(m.start(), m.end()) and not _NOT_PHONE.fullmatch(m.group()):
                found.append(Finding("phone", m.start(), m.end()))
        return sorted(found, key=lambda f: f.start)


_INJECTION = re.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?|rules)"
    r"|disregard (?:all |any )?(?:the )?(?:previous|prior|above|your) (?:instructions|prompts?|rules)"
    r"|(?:reveal|print|show|repeat) (?:me )?(?:your|the) (?:system |hidden )?(?:prompt|instructions)"
    r"|you are now (?:in )?(?:developer|dan|jailbreak|unrestricted)"
    r"|forget (?:all |everything )?(?:you were told|your instructions)"
    r"|\bjailbreak\b",
    re.IGNORECASE,
)


class InjectionGuard(Guardrail):
    """Flags text that tries to override the instructions (a heuristic, not a proof)."""

    name = "prompt_injection"

    def __init__(self, mode: Mode = "flag", *, on_input: bool = True, on_output: bool = False) -> None:
        super().__init__(mode, on_input=on_input, on_output=on_output)

    def find(self, text: str) -> list[Finding]:
        return [Finding("injection", m.start(), m.end()) for m in _INJECTION.finditer(text)]


def default_guardrails() -> list[Guardrail]:
    """Flag PII and injection attempts; neither changes nor blocks a call unless configured to."""
    return [PIIGuard("flag"), InjectionGuard("flag")]

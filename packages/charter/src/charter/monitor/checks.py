"""The deterministic checks every live trace gets: refusal, error, schema, latency, cost, groundedness.

Each is a pure function of a stored ``Trace`` (and the agent's settings); none calls a model. A check
that does not apply to a trace (no retrieved text to ground on, no output model to check against)
gives None and leaves no feedback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from charter.evals.scorers import Score
from charter.tracing import Trace

# Error codes that mean "the agent declined" (an answer, not a failure).
REFUSAL_CODES = frozenset({"refused", "permission_denied", "guardrail_blocked"})

_WORD = re.compile(r"[^\W\d_]{3,}|\d+(?:[.,]\d+)*", re.UNICODE)
STOPWORDS = frozenset((
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
    "has", "have", "from", "they", "this", "that", "with", "what", "when", "where", "which", "who", "why", "how",
    "its", "into", "than", "then", "them", "these", "those", "there", "their", "been", "being", "were", "will",
    "would", "should", "could", "about", "over", "under", "also", "only", "just", "more", "most", "other", "some",
    "such", "very", "your", "yours", "per", "via"))


@dataclass(frozen=True)
class Facts:
    """What the deterministic checks found on one trace (one observation row)."""

    refused: bool
    error: bool
    latency_ms: float
    tokens: int
    cost_usd: float
    question: str


def error_code(trace: Trace) -> str | None:
    """The code of the error the trace ended with, if any."""
    err = trace.error or (trace.spans[0].error if trace.spans else None)
    if not err:
        return None
    return str(err.get("code") or err.get("type") or "error")


def refused(trace: Trace, field: str = "refusal") -> bool:
    """The agent declined: a refusal error (refused, permission denied, blocked), or its output sets ``field``."""
    code = error_code(trace)
    if code is not None and (code in REFUSAL_CODES or code in ("Refused", "PermissionDenied", "GuardrailBlocked")):
        return True
    out = trace.outputs
    return isinstance(out, dict) and bool(out.get(field))


def question(inputs: Any, limit: int = 1000) -> str:
    """The text a person asked: the ``question`` field, else the first text field, else the inputs as JSON."""
    if isinstance(inputs, dict):
        if isinstance(inputs.get("question"), str):
            return inputs["question"][:limit]
        for value in inputs.values():
            if isinstance(value, str):
                return value[:limit]
    if isinstance(inputs, str):
        return inputs[:limit]
    return json.dumps(inputs, ensure_ascii=False, default=str)[:limit]


def facts(trace: Trace, refusal_field: str = "refusal") -> Facts:
    """Refusal, error, latency, tokens and cost of a trace."""
    totals = trace.totals()
    tokens = int(totals.get("tokens") or (totals.get("input_tokens", 0) + totals.get("output_tokens", 0)))
    is_refusal = refused(trace, refusal_field)
    return Facts(refused=is_refusal, error=trace.failed and not is_refusal,
                 latency_ms=float(trace.duration_ms), tokens=tokens, cost_usd=float(totals.get("cost_usd", 0.0)),
                 question=question(trace.inputs))


def latency(trace: Trace, max_s: float) -> Score:
    """The trace's seconds against a bound."""
    secs = trace.duration_ms / 1000.0
    ok = secs <= max_s
    return Score(value=secs, passed=ok, rationale="" if ok else f"{secs:.3f} s is over {max_s:g} s")


def cost(trace: Trace, max_usd: float) -> Score:
    """The trace's model cost against a bound."""
    usd = float(trace.totals().get("cost_usd", 0.0))
    ok = usd <= max_usd
    return Score(value=usd, passed=ok, rationale="" if ok else f"${usd:.6f} is over ${max_usd:g}")


def schema(trace: Trace, output_model: type[BaseModel] | None) -> Score | None:
    """The answer fits the agent's output model (None when there is no answer or no model to check)."""
    if output_model is None or trace.failed or trace.outputs is None:
        return None
    try:
        output_model.model_validate(trace.outputs)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"])) or "(the answer)"
        return Score(value=0.0, passed=False, rationale=f"field '{where}': {first['msg']}")
    return Score(value=1.0, passed=True)


def _strings(value: Any, skip: str | None = None) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [str(value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k != skip for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def content_words(text: str) -> set[str]:
    """Words of three letters or more (bar common ones) and numbers (without thousands separators)."""
    out = set()
    for w in _WORD.findall(text.lower()):
        if w[0].isdigit():
            out.add(w.replace(",", ""))
        elif w not in STOPWORDS:
            out.add(w)
    return out


def retrieved_text(trace: Trace) -> str | None:
    """The text the trace's retrieval spans returned (None when it retrieved nothing)."""
    hits = [s.outputs for s in trace.spans if s.kind == "retrieval" and s.outputs]
    return " ".join(_strings(hits)) if hits else None


def groundedness(trace: Trace, minimum: float = 0.8, refusal_field: str = "refusal") -> Score | None:
    """Share of the answer's words and numbers found in the retrieved text (None without retrieval)."""
    context = retrieved_text(trace)
    if context is None or trace.failed or trace.outputs is None:
        return None
    answer = content_words(" ".join(_strings(trace.outputs, skip=refusal_field)))
    if not answer:
        return None
    known = content_words(context)
    missing = sorted(answer - known)
    share = 1.0 - len(missing) / len(answer)
    ok = share >= minimum
    return Score(value=share, passed=ok,
                 rationale="" if ok else f"not in the retrieved text: {', '.join(missing[:8])}")

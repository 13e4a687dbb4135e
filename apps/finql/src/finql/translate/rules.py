"""The deterministic translation path: link -> resolve time -> classify -> fill -> assemble."""

from __future__ import annotations

from finql.translate.linking import link
from finql.translate.slots import Slots, assemble, fill
from finql.translate.timeres import resolve


def translate(question: str, intent: str | None = None) -> tuple[str | None, Slots]:
    """FinQL for an English question (None with slots.refusal for a refusal)."""
    links = link(question)
    time = resolve(question)
    slots = fill(question, links, time, intent)
    return assemble(slots), slots

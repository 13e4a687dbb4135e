"""Round 36 (q36): the dense step over window-sized parts of each chunk (``questionnaire.window``), the chunk kept
whole for BM25, the features, the gates and the citations; and Snowball's English stemmer (a verb and its noun are
one term)."""

from __future__ import annotations

from pathlib import Path

from corpus_helpers import open_charter

from questionnaire import store, window
from questionnaire.ingest import ingest
from questionnaire.retrieve import Retriever
from questionnaire.types import Chunk

FILLER = " ".join(f"The ledger service keeps record {i} of the nightly batch in its journal." for i in range(60))
LATE = "Backups are encrypted with AES-256 and copied to a second region every six hours."
LONG_PAGE = f"# Ops Guide\n\n## Operations\n\n{FILLER} {LATE}\n\n## Support\n\nSupport answers email.\n"


def _chunk(text: str, heading: str = "Operations") -> Chunk:
    return Chunk("ops.md#0", "ops.md", "Ops Guide", heading, text, "public", "document")


def test_a_chunk_that_fits_the_window_is_one_part_its_own_search_text() -> None:
    c = _chunk("Support answers email within a day.")
    assert window.parts(c) == [store.search_text(c)]


def test_a_long_chunk_is_cut_into_window_sized_parts_under_its_heading_path() -> None:
    c = _chunk(f"{FILLER}\n\n{LATE}")
    parts = window.parts(c)
    assert len(parts) >= 2
    assert all(p.startswith("Ops Guide > Operations\n") for p in parts)
    assert all(window.pieces(p) <= window.WINDOW_PIECES + 10 for p in parts)
    assert LATE in parts[-1]


def test_the_dense_step_scores_a_chunk_by_its_best_part_and_cites_it_whole(tmp_path: Path) -> None:
    charter = open_charter(tmp_path / "home")
    src = tmp_path / "ops.md"
    src.write_text(LONG_PAGE)
    ingest(charter, [src], classification="public", root=tmp_path)
    question = "Are backups encrypted and copied to a second region?"
    r = Retriever(charter, "admin", agent=None)
    res = r.retrieve(question, 3)
    hits = charter.indexes.search(store.PARTS_INDEX, question, 50, principal="admin")
    best: dict[str, float] = {}
    for h in hits:
        cid = str(h.row["chunk_id"])
        best[cid] = max(best.get(cid, -1.0), float(h.score))
    assert len(hits) > len(best)   # the long chunk has several parts in the index
    assert res.cosine == best       # each chunk's cosine is its best part's
    long_id = next(cid for cid, c in res.chunks.items() if LATE in c.text)
    assert FILLER in res.chunks[long_id].text   # the chunk is whole: what is cited is the chunk, not a part
    charter.data.close()


def test_a_verb_and_its_noun_are_one_term() -> None:
    from questionnaire.text import stem, terms

    assert stem("extracts") == stem("extraction") == stem("extracted") == stem("extracting")
    assert stem("embed") == stem("embeds") == stem("embedded") == stem("embedding")  # Snowball's "emb" mended
    assert stem("filters") == stem("filtered") == stem("filtering") == stem("filter")
    assert stem("parameterised") == stem("parameterized") and stem("licence") == stem("license")
    assert terms("Which parser extracts text from PDFs?")[1] in terms("Text extraction from PDF uses pypdf.")

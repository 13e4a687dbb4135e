"""Round 36 (q36): the dense step over window-sized parts of each chunk, and Snowball's English stemmer, were measured
at the answer level and not landed (docs/questionnaire.md, the round's section, which is a measurement note like
round 35's: it quotes tuning questions and what was tried, so it is no source)."""

from __future__ import annotations

from questionnaire.ingest import chunks_of, corpus_entries

ROUND = "Round 36 (q36): a chunk's parts for the dense step, and Snowball's stemmer, measured, not landed"


def test_the_round_36_notes_are_no_source() -> None:
    [page] = [e for e in corpus_entries() if e.doc_id == "docs/questionnaire.md"]
    assert ROUND in page.skip_sections
    text = page.path.read_text(encoding="utf-8")
    assert f"\n## {ROUND}\n" in text  # the manifest names the heading the page has
    _title, chunks, _kind = chunks_of(page.path, page.doc_id, page.classification, page.kind, page.skip_sections)
    assert chunks and not any(" > Round 36" in c.heading for c in chunks)
    assert not any("tu2-significance" in c.text or "snowballstemmer" in c.text for c in chunks)

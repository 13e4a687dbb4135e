"""Round 35 (q35): chunks over the embedder's 512-token window cut to fit it were measured at the answer level and not
landed (docs/questionnaire.md, the round's section, which is a measurement note like the page's Figures: it quotes
tuning questions and what was tried, so it is no source)."""

from __future__ import annotations

from questionnaire.ingest import chunks_of, corpus_entries

ROUND = "Round 35 (q35): chunks cut to the embedder's window, measured, not landed"


def test_the_round_35_notes_are_no_source() -> None:
    [page] = [e for e in corpus_entries() if e.doc_id == "docs/questionnaire.md"]
    assert ROUND in page.skip_sections
    text = page.path.read_text(encoding="utf-8")
    assert f"\n## {ROUND}\n" in text  # the manifest names the heading the page has
    _title, chunks, _kind = chunks_of(page.path, page.doc_id, page.classification, page.kind, page.skip_sections)
    assert chunks and not any(" > Round 35" in c.heading for c in chunks)
    assert not any("tu-row-sec" in c.text or "data-views" in c.text for c in chunks)

"""Rounds' measurement notes in docs/questionnaire.md quote tuning questions and what was tried, so they are no source:
the manifest skips each such section (round 35, q35: chunks cut to the embedder's window; round 36, q36: a chunk's
parts for the dense step and Snowball's stemmer; round 37, q37: Snowball's stemmer refitted; all measured and not landed; round 38, q38: the name gate's figures; round 39, q39: the review bucket by gate;
round 40, q40: passage choice by the draft's support, measured and not landed, and a fourth supporting quote; round 43,
q43: an answer-type check, measured and not landed)."""

from __future__ import annotations

import pytest

from questionnaire.ingest import chunks_of, corpus_entries

NOTES = [  # (the section's heading, the round's heading prefix in a chunk, words only that section holds)
    ("Round 35 (q35): chunks cut to the embedder's window, measured, not landed", " > Round 35",
     ("tu2-readonly", "tu2-over-quota")),
    ("Round 36 (q36): a chunk's parts for the dense step, and Snowball's stemmer, measured, not landed", " > Round 36",
     ("tu2-significance", "snowballstemmer")),
    ("Round 37 (q37): recall@k per step checked, Snowball's stemmer with its calibration and reranker refitted, "
     "measured, not landed", " > Round 37", ("t7-webhook-down", "t6-html-escape")),
    ("Round 38 (q38): the name gate, landed; other signals measured", " > Round 38", ("t6-debug-trace", "t5-mutation-tool")),
    ("Round 39 (q39): the review bucket by gate; a how-frame's degree word is no concept, landed", " > Round 39",
     ("t5-piece-length", "groundcheck-rag")),
    ("Round 40 (q40): main's held-out figures; passage choice by the draft's support, measured, not landed; a fourth "
     "supporting quote, landed",
     " > Round 40", ("tu3-span-kinds", "t5-dark-launch")),
    ("Round 43 (q43): does the statement say what was asked? An answer-type check, measured, not landed", " > Round 43",
     ("tu3-connectors", "t7-self-signoff")),
]


@pytest.mark.parametrize("heading,in_chunk,only_there", NOTES, ids=["q35", "q36", "q37", "q38", "q39", "q40", "q43"])
def test_a_rounds_measurement_notes_are_no_source(heading: str, in_chunk: str, only_there: tuple[str, ...]) -> None:
    [page] = [e for e in corpus_entries() if e.doc_id == "docs/questionnaire.md"]
    assert heading in page.skip_sections
    text = page.path.read_text(encoding="utf-8")
    assert f"\n## {heading}\n" in text  # the manifest names the heading the page has
    assert all(word in text for word in only_there)  # the words the chunks must not hold are on the page
    _title, chunks, _kind = chunks_of(page.path, page.doc_id, page.classification, page.kind, page.skip_sections)
    assert chunks and not any(in_chunk in c.heading for c in chunks)
    assert not any(word in c.text for c in chunks for word in only_there)

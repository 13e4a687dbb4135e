"""Round 14 review of round 12's citation-gate rules: a case for each rule no test caught when it was broken."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from corpus_helpers import ingest_test_corpus, write_corpus

from charter.errors import InvalidInput
from charter.runtime import Charter
from questionnaire.answer import Answerer
from questionnaire.expand import Expander
from questionnaire.ingest import corpus_entries, ingest
from questionnaire.text import terms
from questionnaire.types import Question


def _concept(q: Question, term: str):  # type: ignore[no-untyped-def]
    return next(c for c in Expander().concepts(q.text) if c.term == term)


def test_a_part_that_is_a_name_itself_counts_alone() -> None:
    """"Azure" of "Azure-hosted" names the provider wherever a cited passage says it, near "hosted" or not."""
    q = Question("1", "Can the gateway call Azure-hosted models?")
    seq = terms("Azure is one of the providers the gateway calls; each model is checked before it is used.")
    assert Answerer._names(q, _concept(q, "azur"), seq)


def test_a_term_with_one_content_part_counts_alone() -> None:
    """"built" of "built-in" has no other content part to stand near ("in" is no content word)."""
    q = Question("2", "Is there a built-in scheduler for the jobs?")
    seq = terms("The scheduler is built into the server and runs the jobs at night.")
    assert Answerer._names(q, _concept(q, "built"), seq)


NEAR_IDIOM = """# Recorder

## Session replay

The recorder keeps a session replay of the conversations of a user end to end; an operator opens it from its page.
"""


def test_a_reduplicated_phrase_names_no_part_even_near_another_part(fresh_charter: Charter, tmp_path: Path) -> None:
    """"end to end" beside "user" names no "end" of the question's "end-user": the idiom is taken out before the
    nearness rule reads the cited text (with it left in, "end" stood near "user" and the draft was answered)."""
    root = write_corpus(tmp_path / "corpus")
    ingest_test_corpus(fresh_charter, root)
    (root / "recorder.md").write_text(NEAR_IDIOM)
    ingest(fresh_charter, [root / "recorder.md"], classification="public", root=root)
    a = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0)
    got = a.answer(Question("1", "Do you provide session replay of end-user conversations?"))
    assert got.status == "review" and got.gate == "citation" and "'end'" in got.reason, got.reason


@pytest.mark.parametrize(("note", "said"), [
    ({"path": "guide.md"}, "needs a 'path' and a list of 'sections'"),
    ({"path": "guide.md", "sections": "Figures"}, "needs a 'path' and a list of 'sections'"),
    ({"path": "gone.md", "sections": ["Figures"]}, "no file matches the measurement note 'gone.md'"),
])
def test_a_measurement_note_the_manifest_cannot_apply_is_refused_in_one_line(tmp_path: Path, note: dict[str, Any],
                                                                            said: str) -> None:
    """A note without its sections, or naming no file, would leave the measurement notes ingested unnoticed."""
    (tmp_path / "guide.md").write_text("# Guide\n\n## Figures\n\nmeasured\n", encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"documents": [{"path": "guide.md"}], "measurement_notes": [note]}), encoding="utf-8")
    with pytest.raises(InvalidInput) as e:
        corpus_entries(manifest, root=tmp_path)
    assert said in str(e.value) and "\n" not in str(e.value)

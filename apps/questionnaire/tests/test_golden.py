"""The reference corpus and the golden questionnaire: well-formed, big enough, splits disjoint, sources real."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from charter.errors import InvalidInput
from questionnaire import golden
from questionnaire.golden import analyst
from questionnaire.ingest import CORPUS_DIR, corpus_entries
from questionnaire.readers import read_rows
from questionnaire.text import key_terms
from questionnaire.types import CLASSIFICATIONS


def test_golden_set_is_big_enough_and_well_formed():
    dev, test = golden.load("dev"), golden.load("test")
    assert len(dev) + len(test) >= 60
    assert len(dev) >= 30 and len(test) >= 30
    for it in [*dev, *test]:
        assert it.id and it.question.strip().endswith("?"), it.id
        # a reference of a few sentences, not a keyword
        assert len(it.reference.split()) >= 12, it.id
        assert it.sources, f"{it.id} names no source document"
    assert {it.split for it in dev} == {"dev"} and {it.split for it in test} == {"test"}
    assert golden.load() == [*dev, *test]


def test_splits_are_disjoint():
    dev, test = golden.load("dev"), golden.load("test")
    assert not {i.id for i in dev} & {i.id for i in test}
    assert not {i.question.lower() for i in dev} & {i.question.lower() for i in test}
    # no two questions are near-duplicates across the splits (same key terms)
    dev_keys = {frozenset(key_terms(i.question)) for i in dev}
    assert not [i.id for i in test if frozenset(key_terms(i.question)) in dev_keys]


def test_every_area_is_in_both_splits():
    by_split = {s: {golden.area(i) for i in golden.load(s)} for s in golden.SPLITS}
    assert by_split["dev"] == by_split["test"]


def test_every_source_is_a_corpus_document():
    entries = corpus_entries()
    doc_ids = {e.doc_id for e in entries}
    missing = {(i.id, s) for i in golden.load() for s in i.sources if s not in doc_ids}
    assert not missing, f"golden sources not in the corpus manifest: {sorted(missing)}"
    for e in entries:
        assert e.path.is_file(), e.path


def test_manifest_covers_every_classification_and_the_spec():
    entries = corpus_entries()
    assert {e.classification for e in entries} == set(CLASSIFICATIONS)
    ids = {e.doc_id for e in entries}
    assert {"README.md", "docs/architecture.md", "docs/evals.md", "corpus/finql-spec.md",
            "corpus/past_answers.csv"} <= ids
    assert (CORPUS_DIR / "finql-spec.md").read_text(encoding="utf-8").startswith("# FinQL 1.0")
    raw = json.loads((CORPUS_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert all(d["classification"] in CLASSIFICATIONS for d in raw["documents"])


def test_past_answers_are_question_answer_pairs():
    rows = read_rows(CORPUS_DIR / "past_answers.csv", need_answer=True)
    assert 20 <= len(rows) <= 30
    assert all(r.question.endswith("?") and len(r.answer.split()) >= 8 for r in rows)
    assert len({r.question for r in rows}) == len(rows)


def test_loader_rejects_bad_items_with_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with pytest.raises(InvalidInput, match="unknown golden split 'train'"):
        golden.load("train")
    (tmp_path / "dev.jsonl").write_text(json.dumps({"id": "x", "question": "Q?"}) + "\n", encoding="utf-8")
    monkeypatch.setattr(golden, "GOLDEN_DIR", tmp_path)
    with pytest.raises(InvalidInput, match=r"dev.jsonl:1: missing field\(s\) \['reference'\]"):
        golden.load("dev")
    (tmp_path / "dev.jsonl").write_text('{"id": "x", "question": "Q?", "reference": "R", "split": "test"}\n')
    with pytest.raises(InvalidInput, match="says split 'test' but is in the dev file"):
        golden.load("dev")
    (tmp_path / "dev.jsonl").write_text("{not json\n")
    with pytest.raises(InvalidInput, match="dev.jsonl:1: not valid JSON"):
        golden.load("dev")


def test_golden_as_a_charter_dataset():
    ds = golden.dataset()
    assert ds.splits() == {"dev": len(golden.load("dev")), "test": len(golden.load("test"))}
    first = ds.items[0]
    assert set(first.inputs) == {"qid", "question"} and set(first.expectations) == {"reference", "sources"}
    assert first.tags == [golden.area(golden.load("dev")[0])]
    assert golden.dataset().version == ds.version  # content-hashed: stable


def test_analyst_questionnaire_has_180_numbered_questions_in_sections():
    qs = analyst.questions()
    assert len(qs) == 180
    assert len({q.qid for q in qs}) == 180 and len({q.text for q in qs}) == 180
    sections = Counter(q.section for q in qs)
    assert len(sections) == 12 and set(sections.values()) == {15}
    expect = Counter(q.expect for q in qs)
    assert expect["absent"] >= 30 and expect["internal"] and expect["confidential"]
    assert analyst.questions() == qs  # deterministic


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_analyst_questionnaire_file_reads_back(tmp_path: Path, suffix: str):
    from questionnaire.answer import read_questions

    path = analyst.write(tmp_path / f"analyst-180{suffix}")
    got = read_questions(path)
    want = analyst.questions()
    assert [(q.qid, q.text, q.section) for q in got] == [(q.qid, q.text, q.section) for q in want]
    with pytest.raises(InvalidInput, match="use .xlsx or .csv"):
        analyst.write(tmp_path / "x.pdf")


def test_the_questionnaire_page_s_own_figures_are_no_source():
    """Round 12: docs/questionnaire.md's Figures and Benchmark sections (its record of the answerer's trials on its
    own benchmark questions) are left out of the corpus; the page's description of the answerer stays."""
    from questionnaire.ingest import chunks_of

    [page] = [e for e in corpus_entries() if e.doc_id == "docs/questionnaire.md"]
    _title, chunks, _kind = chunks_of(page.path, page.doc_id, page.classification, page.kind, page.skip_sections)
    tops = {c.heading.split(" > ")[1] if " > " in c.heading else "" for c in chunks}
    assert "Figures" not in tops and {"Answering one question", "Evaluation"} <= tops
    assert not any(c.heading.endswith("> Benchmark") for c in chunks)
    # Every tuning question's key fact is still in a visible passage (none lived only in the notes).
    every = [c for e in corpus_entries() if e.classification == "public"
             for c in chunks_of(e.path, e.doc_id, e.classification, e.kind, e.skip_sections)[1]]
    from questionnaire.keyfacts import TUNING

    lost = [it.id for name in TUNING if name != "dev" for it in golden.keyed(name)
            if it.answerable and not any(it.holds_key(f"{c.heading}\n{c.text}") for c in every)]
    before = [it.id for name in TUNING if name != "dev" for it in golden.keyed(name)
              if it.answerable and not any(it.holds_key(f"{c.heading}\n{c.text}") for e in corpus_entries()
                                          if e.classification == "public"
                                          for c in chunks_of(e.path, e.doc_id, e.classification, e.kind)[1])]
    assert lost == before

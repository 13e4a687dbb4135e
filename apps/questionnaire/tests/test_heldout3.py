"""heldout3: the third outsider held-out questionnaire (golden/heldout3-notes.md) is keyed, held apart from
tuning and calibration, and every key holds in every source document it names."""

from __future__ import annotations

from questionnaire import golden

ROOT = golden.GOLDEN_DIR.parents[4]   # apps/questionnaire/src/questionnaire/golden -> the repository


def _doc_text(doc_id: str) -> str:
    path = golden.GOLDEN_DIR.parent / doc_id if doc_id.startswith("corpus/") else ROOT / doc_id
    return path.read_text(encoding="utf-8")


def test_heldout3_is_a_held_out_key_fact_set_of_20_answerable_and_4_unanswerable_questions() -> None:
    items = golden.keyed("heldout3")
    assert "heldout3" in golden.HELDOUT
    assert len({it.id for it in items}) == len(items) == 24
    assert all(it.id.startswith("ho3-") for it in items)
    assert sum(it.answerable for it in items) == 20
    assert all(it.key is None and not it.sources for it in items if not it.answerable)


def test_every_heldout3_key_is_in_every_source_it_names() -> None:
    for it in golden.keyed("heldout3"):
        if not it.answerable:
            continue
        assert it.sources, it.id
        for doc_id in it.sources:
            assert doc_id == "README.md" or doc_id.startswith("docs/"), (it.id, doc_id)
            assert it.holds_key(_doc_text(doc_id)), f"{it.id}: key {it.key!r} not in {doc_id}"


def test_heldout3_shares_no_question_with_another_set() -> None:
    mine = {it.question.strip().lower() for it in golden.keyed("heldout3")}
    for name in (*golden.KEYED, *golden.SPLITS):
        if name == "heldout3":
            continue
        others = {it.question.strip().lower() for it in golden.as_keyed(name)}
        assert not mine & others, name

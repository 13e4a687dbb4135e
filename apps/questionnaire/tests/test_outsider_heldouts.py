"""The outsiders' held-out questionnaires heldout3, heldout4 and heldout5 (golden/heldout3-notes.md,
heldout4-notes.md, heldout5-notes.md) are keyed, held apart from tuning and calibration, and every key holds in every
source document it names."""

from __future__ import annotations

import pytest

from questionnaire import golden

ROOT = golden.GOLDEN_DIR.parents[4]   # apps/questionnaire/src/questionnaire/golden -> the repository
OUTSIDER_SETS = [("heldout3", "ho3-"), ("heldout4", "ho4-"), ("heldout5", "ho5-")]


def _doc_text(doc_id: str) -> str:
    path = golden.GOLDEN_DIR.parent / doc_id if doc_id.startswith("corpus/") else ROOT / doc_id
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "prefix"), OUTSIDER_SETS)
def test_an_outsider_set_is_a_held_out_key_fact_set_of_20_answerable_and_4_unanswerable_questions(
        name: str, prefix: str) -> None:
    items = golden.keyed(name)
    assert name in golden.HELDOUT
    assert len({it.id for it in items}) == len(items) == 24
    assert all(it.id.startswith(prefix) for it in items)
    assert sum(it.answerable for it in items) == 20
    assert all(it.key is None and not it.sources for it in items if not it.answerable)


@pytest.mark.parametrize(("name", "prefix"), OUTSIDER_SETS)
def test_every_key_is_in_every_source_it_names(name: str, prefix: str) -> None:
    for it in golden.keyed(name):
        if not it.answerable:
            continue
        assert it.sources, it.id
        for doc_id in it.sources:
            assert doc_id == "README.md" or doc_id.startswith("docs/"), (it.id, doc_id)
            assert it.holds_key(_doc_text(doc_id)), f"{it.id}: key {it.key!r} not in {doc_id}"


@pytest.mark.parametrize(("name", "prefix"), OUTSIDER_SETS)
def test_an_outsider_set_shares_no_question_with_another_set(name: str, prefix: str) -> None:
    mine = {it.question.strip().lower() for it in golden.keyed(name)}
    for other in (*golden.KEYED, *golden.SPLITS):
        if other == name:
            continue
        others = {it.question.strip().lower() for it in golden.as_keyed(other)}
        assert not mine & others, other


@pytest.mark.parametrize("name", ["heldout4", "heldout5"])
def test_no_key_matches_a_non_source_public_page(name: str) -> None:
    """Each key was run over the whole public corpus: a page that states the fact is a source, so the
    key that grades an answer never rejects a right citation from a page left off the list."""
    pages = ["README.md", *sorted(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md"))]
    for it in golden.keyed(name):
        if not it.answerable:
            continue
        others = [d for d in pages if d not in it.sources and it.holds_key(_doc_text(d))]
        assert not others, f"{it.id}: key {it.key!r} also holds in {others}"


def test_a_heldout4_key_holds_only_text_that_states_its_fact() -> None:
    keys = {it.id: it for it in golden.keyed("heldout4")}
    assert keys["ho4-forwarded-ip"].holds_key("counted per client IP (the socket's peer address, never a\n  forwarded header)")
    assert not keys["ho4-forwarded-ip"].holds_key("requests are counted per client IP")
    assert keys["ho4-child-revoke"].holds_key("- A revoke on a child never overrides a grant on a parent.")
    assert not keys["ho4-child-revoke"].holds_key("A grant on a parent covers every child.")
    # the FinQL SPEC names AVG and SUM but not the rule the question asks about
    assert not keys["ho4-partial-sums"].holds_key("| `AVG(m, p1, p2)`, `SUM(m, p1, p2)` | mean, sum over the consecutive periods p1..p2 |")


def test_a_heldout5_key_holds_only_text_that_states_its_fact() -> None:
    keys = {it.id: it for it in golden.keyed("heldout5")}
    assert keys["ho5-view-entitlements"].holds_key("**views run with the\n  asker's rights**")
    # a view's rights named without saying whose: not the fact
    assert not keys["ho5-view-entitlements"].holds_key("Views are expanded inline from the definition recorded at sync")
    assert keys["ho5-quota-window"].holds_key("Fixed windows; in-process, or\n  one atomic Lua script in Redis")
    # Redis named for the server's shared counters, without the window: not the fact
    assert not keys["ho5-quota-window"].holds_key("`charter serve --workers 2` shares limits through Redis")
    assert keys["ho5-hard-kill-resume"].holds_key("so a run killed at any point (even `kill -9`) resumes by that id")
    assert not keys["ho5-hard-kill-resume"].holds_key("a killed run continues with --resume <6+ chars of it>")
    assert not keys["ho5-third-party-tool-timeout"].holds_key("`[server] request_timeout_s` (default 300 s)")

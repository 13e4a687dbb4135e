"""Round 8: the claim gate. A confident draft is answered only when one statement of a cited passage names the
question's terms together; a passage that shares the words scattered over unrelated sentences goes to review."""

from __future__ import annotations

from pathlib import Path

from corpus_helpers import ingest_test_corpus, write_corpus

from charter.runtime import Charter
from questionnaire.answer import CLAIM_MIN, Answerer, claim_share
from questionnaire.expand import Expander
from questionnaire.ingest import ingest
from questionnaire.types import Question

SCATTERED = """# Operations handbook

## Keys

Acme rotates its log files every night. The dashboard turns green when all is well. Operators read the
morning report over coffee. Encryption protects the database files at rest. Lunch starts at noon in the
canteen. The office plants are watered on Fridays. Backups are copied to a second site.
"""

STATED = """# Key management

## Rotation

Acme rotates the encryption keys of its backups every ninety days.
"""

QUESTION = "How are the encryption keys of backups rotated?"


def test_claim_share_counts_the_concepts_one_statement_names_together() -> None:
    concepts = Expander().concepts(QUESTION)
    weights = {c.term: 1.0 for c in concepts}
    scattered = " ".join(SCATTERED.split("\n\n")[2].split())
    assert claim_share(concepts, weights, [scattered]) < CLAIM_MIN
    assert claim_share(concepts, weights, [scattered, STATED.split("\n\n")[2]]) == 1.0
    assert claim_share([], {}, [scattered]) == 1.0     # nothing to name: nothing to check


def test_a_draft_whose_passage_scatters_the_question_terms_goes_to_review(fresh_charter: Charter,
                                                                          tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    ingest_test_corpus(fresh_charter, root)
    (root / "ops.md").write_text(SCATTERED)
    ingest(fresh_charter, [root / "ops.md"], classification="public", root=root)
    a = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0)
    near = a.answer(Question("1", QUESTION))
    assert near.status == "review" and near.gate == "claim", near.reason
    assert near.citations[0].doc_id == "ops.md"
    assert "no statement in the cited passages names the question's terms together" in near.reason
    spans = {s.name: s for s in fresh_charter.tracer.get(near.trace_id).spans}
    assert spans["step:claim_gate"].outputs["claim"] < CLAIM_MIN
    # The same question, once a passage states it in one sentence, is answered from that passage.
    (root / "keys.md").write_text(STATED)
    ingest(fresh_charter, [root / "keys.md"], classification="public", root=root)
    ok = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0).answer(Question("2", QUESTION))
    assert ok.status == "answered" and ok.citations[0].doc_id == "keys.md", ok.reason


# ------------------------------------------------------------------ round 11: a count must be of the thing asked
POOLS = """# Pools

## Database connections

Every database connection uses TLS, and each database is read by two workers.
"""

BRANCHES = """# Agents

## Branches

Parallel branches of an agent run in threads.
"""


def test_a_quantity_question_needs_the_counted_thing_named_in_a_cited_passage(fresh_charter: Charter,
                                                                             tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    ingest_test_corpus(fresh_charter, root)
    for name, text in (("pools.md", POOLS), ("branches.md", BRANCHES)):
        (root / name).write_text(text)
        ingest(fresh_charter, [root / name], classification="public", root=root)
    a = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0)
    # "two workers" is a number beside the database connections, but nothing there counts parallel connections.
    near = a.answer(Question("1", "How many parallel connections does each database accept?"))
    assert near.status == "review" and near.gate == "citation", near.reason
    assert near.citations[0].doc_id == "pools.md" and "'parallel'" in near.reason
    # Once a passage counts them, the same question is answered from it.
    (root / "limits.md").write_text("# Limits\n\n## Parallel connections\n\nEach database accepts eight parallel "
                                    "connections.\n")
    ingest(fresh_charter, [root / "limits.md"], classification="public", root=root)
    ok = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0).answer(
        Question("2", "How many parallel connections does each database accept?"))
    assert ok.status == "answered" and ok.citations[0].doc_id == "limits.md", ok.reason


# ------------------------------------------------------------------ round 12: an idiom names none of its words
REPLAY = """# Recorder

## Session replay

The recorder keeps a session replay of the conversations of the tests end to end; an operator opens it from its page.
"""


def test_a_reduplicated_phrase_does_not_name_a_part_of_a_hyphenated_term(fresh_charter: Charter,
                                                                         tmp_path: Path) -> None:
    """Round 12: "end" of the question's "end-user" is not named by a passage's "end to end"; the citation gate
    sends the draft to review. The passage that says "end-user" answers the same question."""
    from questionnaire.text import without_idioms

    assert without_idioms("tests run end to end, side by side and step-by-step", "").split() == ["tests", "run", ",", "and"]
    assert without_idioms("guides walk you step by step", "Are there step-by-step guides?") == \
        "guides walk you step by step"
    root = write_corpus(tmp_path / "corpus")
    ingest_test_corpus(fresh_charter, root)
    (root / "recorder.md").write_text(REPLAY)
    ingest(fresh_charter, [root / "recorder.md"], classification="public", root=root)
    question = "Do you provide session replay of end-user conversations?"
    a = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0)
    near = a.answer(Question("1", question))
    assert near.status == "review" and near.gate == "citation", near.reason
    assert near.citations[0].doc_id == "recorder.md" and "'end'" in near.reason
    (root / "recorder.md").write_text(REPLAY.replace("the conversations of the tests end to end", "end-user conversations"))
    ingest(fresh_charter, [root / "recorder.md"], classification="public", root=root)
    ok = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0).answer(Question("2", question))
    assert ok.status == "answered" and ok.citations[0].doc_id == "recorder.md", ok.reason


SCATTERED_PARTS = """# Recorder

## Session replay

The recorder keeps a session replay of the conversations. Each replay ends when the operator closes the page and
saves a copy; users may download it.
"""


def test_a_part_of_a_hyphenated_term_names_it_only_near_another_part(fresh_charter: Charter, tmp_path: Path) -> None:
    """Round 12: "ends" and "users" far apart in the cited passage do not name the question's "end-user"; the draft
    goes to review by the citation gate. Written together ("end-user", "end user") they do."""
    root = write_corpus(tmp_path / "corpus")
    ingest_test_corpus(fresh_charter, root)
    (root / "recorder.md").write_text(SCATTERED_PARTS)
    ingest(fresh_charter, [root / "recorder.md"], classification="public", root=root)
    question = "Do you provide session replay of end-user conversations?"
    near = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0).answer(Question("1", question))
    assert near.status == "review" and near.gate == "citation", near.reason
    assert near.citations[0].doc_id == "recorder.md"
    (root / "recorder.md").write_text(SCATTERED_PARTS.replace("of the conversations", "of end user conversations"))
    ingest(fresh_charter, [root / "recorder.md"], classification="public", root=root)
    ok = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0).answer(Question("2", question))
    assert ok.status == "answered" and ok.citations[0].doc_id == "recorder.md", ok.reason


def test_an_indefinite_pronoun_is_how_the_question_is_put_not_what_it_asks() -> None:
    """Round 12: "somebody" is no concept, so the citation gate cannot take it for the specific thing asked."""
    from questionnaire.text import key_terms

    question = "Can somebody run meaning-based lookups over a masked column, or can anyone else?"
    assert not {"somebody", "anyone"} & set(key_terms(question))
    assert not {"somebody", "anyon", "anyone"} & {c.term for c in Expander().concepts(question)}
    assert "lookup" in {c.term for c in Expander().concepts(question)}


def test_a_combining_form_is_no_part_that_must_stand_near_the_other() -> None:
    """Round 12: "-based" of "meaning-based" names nothing by itself, so "based" counts wherever the cited passage
    uses it; "end" of "end-user" counts only near "user"."""
    from questionnaire.text import stem, terms

    q = Question("1", "Is there meaning-based search over the masked columns of a table?")
    based = next(c for c in Expander().concepts(q.text) if c.term == stem("based"))
    seq = terms("Search is based on vectors; a masked column stays hidden from the asker.")
    assert Answerer._names(q, based, seq)
    q2 = Question("2", "Do you provide session replay of end-user conversations?")
    user = next(c for c in Expander().concepts(q2.text) if c.term == "user")
    assert not Answerer._names(q2, user, terms("Users log in with a password; a request that waits too long ends."))
    assert Answerer._names(q2, user, terms("Every end user may download the replay."))


def test_a_combining_form_is_not_the_specific_thing_a_yes_no_question_asks_about(fresh_charter: Charter,
                                                                                 tmp_path: Path) -> None:
    """Round 12: "style" of "OpenAI-style" names no thing; the passage on the OpenAI-compatible endpoint answers."""
    root = write_corpus(tmp_path / "corpus")
    ingest_test_corpus(fresh_charter, root)
    (root / "chat.md").write_text("# Chat\n\n## Streaming\n\nThe OpenAI-compatible chat endpoint streams its answer "
                                  "token by token as it is generated.\n")
    (root / "lint.md").write_text("# Lint\n\n## Code style\n\nThe code style is checked on every commit.\n")
    ingest(fresh_charter, [root / "chat.md", root / "lint.md"], classification="public", root=root)
    a = Answerer(fresh_charter, "external-analyst", answer_threshold=0.0)
    ok = a.answer(Question("1", "Can the OpenAI-style chat endpoint stream its answer as it is generated?"))
    assert ok.status == "answered" and ok.citations[0].doc_id == "chat.md", ok.reason

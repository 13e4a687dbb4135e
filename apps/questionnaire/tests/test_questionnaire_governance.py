"""The issue's check: an answer that exists only in a confidential document reaches only the cleared."""

from __future__ import annotations

from charter.runtime import Charter
from questionnaire.answer import NOT_COVERED, Answerer
from questionnaire.retrieve import Retriever
from questionnaire.types import Question

NIGHTJAR_Q = Question("7", "When does the Nightjar ledger launch, and how many partner banks join its federated settlement?")


def test_confidential_answer_for_cleared_principal(corpus_charter: Charter) -> None:
    ans = Answerer(corpus_charter, "product-lead").answer(NIGHTJAR_Q)
    assert ans.status == "answered", ans
    assert "March 2027" in ans.text
    assert ans.citations and all(c.doc_id == "nightjar.md" for c in ans.citations)
    assert all(c.heading == "Project Nightjar > Launch plan" for c in ans.citations)
    assert ans.confidence >= 0.5


def test_external_principal_is_routed_to_review_not_answered_from_confidential_text(corpus_charter: Charter) -> None:
    for who in ("external-analyst", "employee"):  # employee: internal clearance, not confidential
        ans = Answerer(corpus_charter, who).answer(NIGHTJAR_Q)
        assert ans.status == "review", (who, ans)
        assert "2027" not in ans.text and "fourteen" not in ans.text
        assert all(c.doc_id != "nightjar.md" for c in ans.citations)
        # The visible documents never name Nightjar: the concept gate stops it before any draft (the reason
        # names only words of the question, counted over the documents this asker may see).
        assert "no supporting passage" in ans.reason or "low confidence" in ans.reason or \
            "never mention 'nightjar'" in ans.reason


def test_review_answer_is_flagged_on_its_trace(corpus_charter: Charter) -> None:
    ans = Answerer(corpus_charter, "external-analyst").answer(NIGHTJAR_Q)
    trace = corpus_charter.tracer.get(ans.trace_id)
    assert trace.status == "review"
    assert trace.agent == "questionnaire" and trace.principal == "external-analyst"
    assert trace.root.attributes["review_reason"] == ans.reason
    ok = Answerer(corpus_charter, "product-lead").answer(NIGHTJAR_Q)
    assert corpus_charter.tracer.get(ok.trace_id).status == "ok"


def test_bm25_and_vector_hits_hide_rows_the_principal_may_not_see(corpus_charter: Charter) -> None:
    # The query is the confidential text itself: BM25 ranks it first over all chunks.
    text = "Nightjar ledger launches March 2027 federated settlement fourteen partner banks consortium"
    seen = {p.chunk.doc_id for p in Retriever(corpus_charter, "external-analyst").search(text, 20)}
    assert "nightjar.md" not in seen and "past.csv" not in seen
    assert "guide.md" in seen
    cleared = {p.chunk.doc_id for p in Retriever(corpus_charter, "product-lead").search(text, 20)}
    assert "nightjar.md" in cleared


def test_question_with_no_relevant_passage_goes_to_review(corpus_charter: Charter) -> None:
    ans = Answerer(corpus_charter, "product-lead").answer(Question("9", "What is the boiling point of liquid helium?"))
    assert ans.status == "review"
    assert ans.text == NOT_COVERED and not ans.citations
    assert "never mention 'boiling', 'point', 'liquid', 'helium'" in ans.reason


def test_unknown_or_unentitled_principal_is_refused(corpus_charter: Charter) -> None:
    import pytest

    from charter.errors import PermissionDenied

    corpus_charter.catalog.create_principal("stranger", "user", exist_ok=True)
    with pytest.raises(PermissionDenied, match="questionnaire-users"):
        Answerer(corpus_charter, "stranger")


def test_review_answers_are_in_the_review_apps_queue(corpus_charter: Charter) -> None:
    from charter.server.queue import review_queue

    ans = Answerer(corpus_charter, "external-analyst").answer(NIGHTJAR_Q)
    ok = Answerer(corpus_charter, "product-lead").answer(NIGHTJAR_Q)
    corpus_charter.tracer.flush()
    items = {i.trace_id: i for i in review_queue(corpus_charter, limit=200, sample_rate=0.0)}
    assert items[ans.trace_id].source == "flagged" and items[ans.trace_id].reason == ans.reason
    assert items[ans.trace_id].agent == "questionnaire"
    assert ok.trace_id not in items


def test_nothing_an_outsider_gets_depends_on_text_hidden_from_them(fresh_charter: Charter, tmp_path) -> None:
    from corpus_helpers import GUIDE

    from questionnaire.ingest import ingest
    from questionnaire.store import add_user

    (tmp_path / "guide.md").write_text(GUIDE)
    ingest(fresh_charter, [tmp_path / "guide.md"], classification="public", root=tmp_path)
    add_user(fresh_charter, "outsider")
    q = Question("1", "Which databases and data sources does Acme connect to?")
    before = Answerer(fresh_charter, "outsider").answer(q)
    (tmp_path / "secret.md").write_text("# Secret\n\n## Databases\n\n" + "Acme databases data sources connect. " * 30)
    ingest(fresh_charter, [tmp_path / "secret.md"], classification="confidential", root=tmp_path)
    after = Answerer(fresh_charter, "outsider").answer(q)
    assert (after.text, after.status, after.confidence) == (before.text, before.status, before.confidence)

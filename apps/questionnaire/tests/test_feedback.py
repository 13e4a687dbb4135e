"""Reviewers' edits become governed past answers with provenance, and the next questionnaire reuses them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from charter.errors import InvalidInput, NotFound, PermissionDenied
from charter.runtime import Charter
from questionnaire import store
from questionnaire.answer import Answerer
from questionnaire.feedback import record_from_trace, record_review_edit
from questionnaire.types import Question

Q = "Does Acme keep an immutable history of who changed each billing plan?"
EDIT = "Yes: every billing-plan change is kept with its author in the plan ledger, which no one can rewrite."


def _reviewer(charter: Charter, name: str, clearance: str = "public") -> None:
    cat = charter.catalog
    if "reviewers" not in {p.name for p in cat.principals()}:
        cat.create_principal("reviewers", "group")
    store.add_user(charter, name, clearance)
    cat.add_member("reviewers", name)


def test_a_reviewers_edit_is_reused_next_time_with_its_provenance(fresh_charter: Charter) -> None:
    from corpus_helpers import ingest_test_corpus, write_corpus

    ingest_test_corpus(fresh_charter, write_corpus(fresh_charter.settings.home.parent / "corpus"))
    before = Answerer(fresh_charter, "external-analyst").answer(Question("1", Q))
    assert before.status == "review"
    _reviewer(fresh_charter, "ann")
    when = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    rec = record_review_edit(fresh_charter, question=Q, answer=EDIT, reviewer="ann", review_item="rfp-7/q1",
                             classification="public", when=when, original=before.text)
    assert (rec.doc_id, rec.replaced) == ("review/rfp-7-q1", False)
    after = Answerer(fresh_charter, "external-analyst").answer(Question("1", Q))
    assert after.status == "reused" and after.text.startswith(EDIT)
    assert "reviewed by ann on 2026-12-01T09:30:00+00:00, review item rfp-7/q1" in after.reason
    assert [c.doc_id for c in after.citations] == ["review/rfp-7-q1"]
    audit = fresh_charter.catalog.audit_log(principal="ann")
    assert any(r.action == "record past answer" and r.allowed for r in audit)
    # Saving the same review item again replaces the edit, it does not add a second one.
    again = record_review_edit(fresh_charter, question=Q, answer=EDIT + " Since 2025.", reviewer="ann",
                               review_item="rfp-7/q1", classification="public")
    assert again.replaced
    assert store.stored_documents(fresh_charter)["review/rfp-7-q1"].chunks == 1


def test_only_reviewers_record_and_only_at_a_classification_they_may_read(fresh_charter: Charter) -> None:
    store.ensure_setup(fresh_charter)
    store.add_user(fresh_charter, "mallory")
    with pytest.raises(PermissionDenied, match="membership of the 'reviewers' group"):
        record_review_edit(fresh_charter, question=Q, answer=EDIT, reviewer="mallory", review_item="x",
                           classification="public")
    _reviewer(fresh_charter, "pat", "public")
    with pytest.raises(PermissionDenied, match="may not read confidential documents"):
        record_review_edit(fresh_charter, question=Q, answer=EDIT, reviewer="pat", review_item="x",
                           classification="confidential")
    refused = [r for r in fresh_charter.catalog.audit_log() if r.action == "record past answer"]
    assert len(refused) == 2 and not any(r.allowed for r in refused)
    assert not any(d.startswith("review/") for d in store.stored_documents(fresh_charter))
    with pytest.raises(InvalidInput, match="unknown classification"):
        record_review_edit(fresh_charter, question=Q, answer=EDIT, reviewer="pat", review_item="x",
                           classification="secret")


def test_an_edit_from_a_trace_keeps_the_drafts_most_restrictive_classification(corpus_charter: Charter) -> None:
    lead = Answerer(corpus_charter, "product-lead").answer(Question("1", "When does the Nightjar ledger launch?"))
    assert any(c.doc_id == "nightjar.md" for c in lead.citations)
    _reviewer(corpus_charter, "cleo", "confidential")
    rec = record_from_trace(corpus_charter, lead.trace_id, corrected="In March 2027.", reviewer="cleo")
    assert rec.classification == "confidential" and rec.review_item == f"trace-{lead.trace_id}"
    # The confidential edit is reused for the cleared principal only.
    q = Question("2", "When does the Nightjar ledger launch?")
    assert Answerer(corpus_charter, "product-lead").answer(q).status == "reused"
    assert all(not c.doc_id.startswith("review/") for c in Answerer(corpus_charter, "external-analyst").answer(q).citations)
    with pytest.raises(NotFound, match="no questionnaire trace"):
        record_from_trace(corpus_charter, "0" * 32, corrected="x", reviewer="cleo")


def test_an_edit_answers_the_next_questionnaire_even_where_no_document_covers_the_question(
        fresh_charter: Charter, tmp_path) -> None:
    from corpus_helpers import ingest_test_corpus, write_corpus

    from questionnaire.answer import answer_questionnaire

    ingest_test_corpus(fresh_charter, write_corpus(tmp_path / "corpus"))
    rfp = tmp_path / "rfp.csv"
    rfp.write_text("#,Question\n1,Where is Acme's headquarters located?\n")
    (first,) = answer_questionnaire(rfp, "external-analyst", charter=fresh_charter)
    assert first.status == "review" and "never mention 'headquarters'" in first.reason   # the concept gate
    _reviewer(fresh_charter, "ann")
    record_from_trace(fresh_charter, first.trace_id, corrected="Acme's headquarters are in Lisbon.", reviewer="ann",
                      classification="public")   # nothing cited, so the reviewer names it
    (second,) = answer_questionnaire(rfp, "external-analyst", charter=fresh_charter)
    assert second.status == "reused" and second.text.startswith("Acme's headquarters are in Lisbon.")
    assert "reviewed by ann" in second.reason and second.citations[0].doc_id.startswith("review/")


def test_a_correction_saved_in_the_review_app_is_the_next_answer(fresh_charter: Charter, tmp_path) -> None:
    from corpus_helpers import ingest_test_corpus, write_corpus

    from charter.agents.views import ViewRegistry
    from questionnaire.view import QuestionnaireView

    ingest_test_corpus(fresh_charter, write_corpus(tmp_path / "corpus"))
    first = Answerer(fresh_charter, "external-analyst").answer(Question("1", Q))
    assert first.status == "review"
    view = ViewRegistry().for_agent(store.AGENT)   # what the review app's verdict form calls (entry point)
    assert isinstance(view, QuestionnaireView)
    trace = fresh_charter.tracer.get(first.trace_id)
    _reviewer(fresh_charter, "ann")
    view.reviewed(fresh_charter, trace, verdict="right", corrected="", reviewer="ann")
    assert not any(d.startswith("review/") for d in store.stored_documents(fresh_charter))   # nothing to keep
    view.reviewed(fresh_charter, trace, verdict="wrong", corrected=EDIT, reviewer="ann")
    after = Answerer(fresh_charter, "external-analyst").answer(Question("2", Q))
    assert after.status == "reused" and after.text.startswith(EDIT)
    assert "reviewed by ann" in after.reason and after.citations[0].doc_id == f"review/trace-{first.trace_id}"
    store.add_user(fresh_charter, "mallory")   # not a reviewer: refused, nothing filed
    with pytest.raises(PermissionDenied):
        view.reviewed(fresh_charter, trace, verdict="wrong", corrected="No.", reviewer="mallory")

"""Reviewers' edits flow back as governed past answers, so the next questionnaire reuses them.

The hook the review app calls when an expert saves an edited answer::

    from questionnaire.feedback import record_review_edit, record_from_trace
    record_review_edit(charter, question="Do you support SSO?", answer="Not yet; ...", reviewer="ann",
                       review_item="trace-3fa2c1", classification="public")
    record_from_trace(charter, "3fa2c1...", corrected="Not yet; ...", reviewer="ann")   # question from the trace

Each edit becomes a past-answer document ``review/<review item>`` (one ``past_answer`` chunk:
heading = the question, text = the reviewer's answer) with the classification given — or, from a
trace, the most restrictive classification among the passages the original draft cited — so the
row filter governs who may be given it, like any ingested document. Provenance (reviewer, time,
review item, trace id, the question and the original draft) is kept in the store's
``past_answer_provenance`` table, and a reused answer names it in its reason. Saving the same
review item again replaces the earlier edit. Every attempt is written to the audit log
(``record past answer``), allowed or refused.

Who may record: members of the review app's ``reviewers`` group or a metastore admin, and only at
a classification they may read themselves (a public-clearance reviewer cannot file an internal
answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from charter.errors import InvalidInput, NotFound, PermissionDenied
from questionnaire import store
from questionnaire.text import sha256
from questionnaire.types import CLASSIFICATIONS, Chunk

REVIEWERS = "reviewers"   # the review app's group (charter.server.review.REVIEWERS)
SOURCE = "review"
_RANK = {c: i for i, c in enumerate(CLASSIFICATIONS)}
_CLEARANCE_GROUP = {"public": store.USERS, "internal": store.INTERNAL, "confidential": store.CONFIDENTIAL}


@dataclass(frozen=True)
class RecordedEdit:
    doc_id: str
    chunk_id: str
    classification: str
    reviewer: str
    reviewed_at: str
    review_item: str
    replaced: bool          # an earlier edit of the same review item was replaced


def _doc_id(review_item: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", review_item).strip("-")[:80] or sha256(review_item)[:16]
    return f"review/{slug}"


def _refuse(charter: Any, reviewer: str, why: str, details: dict[str, Any]) -> None:
    charter.catalog.audit(actor=reviewer, action="record past answer", securable=f"table:{store.CHUNKS}",
                          allowed=False, reason=why, details=details)
    raise PermissionDenied(f"permission denied: {why}")


def clearance(charter: Any, reviewer: str) -> str:
    """The most restrictive classification ``reviewer`` may read (a metastore admin: all of them)."""
    cat = charter.catalog
    known = {p.name: p for p in cat.principals()}
    admin = reviewer in known and known[reviewer].is_admin
    cleared = [c for c in CLASSIFICATIONS if admin or (reviewer in known and cat.is_member(reviewer, _CLEARANCE_GROUP[c]))]
    return max(cleared, key=lambda c: _RANK[c]) if cleared else "public"


def record_review_edit(charter: Any, *, question: str, answer: str, reviewer: str, review_item: str,
                       classification: str, trace_id: str | None = None, original: str = "",
                       when: datetime | None = None) -> RecordedEdit:
    """Store a reviewer's answer to ``question`` as a governed past answer with its provenance."""
    from charter.store import utcnow

    question, answer, review_item = " ".join(question.split()), answer.strip(), review_item.strip()
    for name, value in (("question", question), ("answer", answer), ("review_item", review_item),
                        ("reviewer", reviewer.strip())):
        if not value:
            raise InvalidInput(f"a recorded edit needs a non-empty {name}")
    if classification not in CLASSIFICATIONS:
        raise InvalidInput(f"unknown classification '{classification}'; use one of {', '.join(CLASSIFICATIONS)}")
    store.ensure_setup(charter)
    cat = charter.catalog
    details = {"review_item": review_item, "classification": classification, "trace_id": trace_id}
    known = {p.name: p for p in cat.principals()}
    if reviewer not in known:
        _refuse(charter, reviewer, f"unknown principal '{reviewer}'", details)
    admin = known[reviewer].is_admin
    if not (admin or cat.is_member(reviewer, REVIEWERS)):
        _refuse(charter, reviewer, f"recording a past answer needs membership of the '{REVIEWERS}' group", details)
    if not (admin or cat.is_member(reviewer, _CLEARANCE_GROUP[classification])):
        _refuse(charter, reviewer, f"{reviewer} may not read {classification} documents, so cannot file a "
                f"{classification} answer", details)
    at = (when or utcnow()).isoformat(timespec="seconds")
    doc_id = _doc_id(review_item)
    chunk = Chunk(f"{doc_id}#0", doc_id, f"Reviewed answer ({review_item})", question, answer, classification,
                  "past_answer")  # type: ignore[arg-type]
    replaced = doc_id in store.stored_documents(charter)
    store.replace_document(charter, doc_id=doc_id, title=chunk.title, classification=classification,
                           kind="past_answers", source=SOURCE, path=f"review:{review_item}",
                           content_hash=sha256("|".join([question, answer, classification, reviewer, at])),
                           chunks=[chunk])
    store.save_provenance(charter, doc_id, reviewer=reviewer, reviewed_at=at, review_item=review_item,
                          trace_id=trace_id or "", question=question, original=original)
    store.refresh_index(charter)
    cat.audit(actor=reviewer, action="record past answer", securable=f"table:{store.CHUNKS}", allowed=True,
              reason="reviewer", details={**details, "doc_id": doc_id, "replaced": replaced})
    return RecordedEdit(doc_id, chunk.chunk_id, classification, reviewer, at, review_item, replaced)


def record_from_trace(charter: Any, trace_id: str, *, corrected: str, reviewer: str,
                      classification: str | None = None) -> RecordedEdit:
    """Record a correction of a questionnaire answer's trace (the review app's verdict form): the question
    and the original draft come from the trace; the classification, unless given, is the most
    restrictive of the passages the draft cited."""
    try:
        trace = charter.tracer.get(trace_id)
    except Exception:  # noqa: BLE001 - the tracer's own NotFound or a malformed id alike
        trace = None
    root = getattr(trace, "root", None)
    inputs = getattr(root, "inputs", None) or {}
    if trace is None or not isinstance(inputs, dict) or "question" not in inputs:
        raise NotFound(f"no questionnaire trace '{trace_id}' (the review app's trace id of an answered question)")
    outputs = root.outputs if isinstance(root.outputs, dict) else {}
    if classification is None:
        cited = store.chunk_classifications(charter, outputs.get("citations") or [])
        if not cited:
            raise InvalidInput("the draft cited no passage to take a classification from; give --classification")
        classification = max(cited, key=lambda c: _RANK.get(c, len(_RANK)))
    return record_review_edit(charter, question=str(inputs["question"]), answer=corrected, reviewer=reviewer,
                              review_item=f"trace-{trace.trace_id}", classification=classification,
                              trace_id=trace.trace_id, original=str(outputs.get("text", "")))

"""Evaluation of questionnaire answers: the deterministic citation check, the judges (driven by the
scripted test-double model), and ``evaluate()`` end to end with results in the eval store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from charter.evals import Runs
from charter.models import Gateway
from charter.runtime import Charter
from charter.settings import ModelSettings
from questionnaire.evaluate import (
    COMPLETENESS,
    check_citations,
    citation_check,
    claims,
    completeness,
    correctness,
    evaluate,
    failing_citations,
    groundedness,
)
from questionnaire.golden import load
from questionnaire.types import Answer, Chunk, Citation, Question

REPO = Path(__file__).resolve().parents[3]

ROWS = Chunk("docs/catalog.md#7", "docs/catalog.md", "Governance catalog", "Row filters, column masks",
             "Row filters and masks are SQL expressions (validated with sqlglot) over the row, which may call "
             "current_principal() and is_member('group'); the data layer applies them.", "public")
AUDIT = Chunk("docs/catalog.md#9", "docs/catalog.md", "Governance catalog", "Audit log",
              "`charter audit verify` recomputes the chain and names the first record that was edited.", "public")
CHUNKS = {c.chunk_id: c for c in (ROWS, AUDIT)}
LOOKUP = lambda ids: {i: CHUNKS[i] for i in ids if i in CHUNKS}  # noqa: E731


def cite(chunk: Chunk, passage: str | None = None) -> Citation:
    return Citation(chunk.chunk_id, chunk.doc_id, chunk.heading, passage if passage is not None else chunk.text)


def answer(text: str, citations: list[Citation], status: str = "answered") -> Answer:
    return Answer("1", "Does Charter support row-level security?", text, status, 0.9, citations)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ citation check
def test_claims_follow_their_footnote_markers():
    assert claims("Rows are filtered. [1] Audits verify. [2][1] Tail") == {
        1: "Rows are filtered. Audits verify.", 2: "Audits verify."}
    assert claims("no markers at all") == {}


def test_a_correct_citation_passes():
    a = answer("Row filters are SQL expressions the data layer applies. [1]",
               [cite(ROWS, "Row filters and masks are SQL expressions (validated with sqlglot) over the row")])
    res = check_citations(a, LOOKUP)
    assert res.failures == [] and res.checked == 1
    assert res.score().passed is True and res.score().value == 1.0


def test_a_fabricated_chunk_id_is_caught_and_named():
    fake = Citation("docs/catalog.md#99", "docs/catalog.md", "Row filters", ROWS.text)
    a = answer("Row filters are SQL expressions. [1] Masks too. [2]", [cite(ROWS), fake])
    res = check_citations(a, LOOKUP)
    assert res.failures == ["[2] docs/catalog.md#99: no such chunk in the index"]
    score = res.score()
    assert score.passed is False and score.value == 0.5
    assert "1/2 citations valid" in score.rationale and "docs/catalog.md#99" in score.rationale


def test_a_passage_sharing_no_key_terms_with_its_claim_fails():
    # the passage is real text of a real chunk, but says nothing about the claim it is attached to
    a = answer("Row filters are SQL expressions. [1] Pricing starts at ten dollars per seat. [2]",
               [cite(ROWS), cite(AUDIT)])
    res = check_citations(a, LOOKUP)
    assert len(res.failures) == 1
    assert res.failures[0].startswith("[2] docs/catalog.md#9: the passage shares no key terms with its claim")
    assert "Pricing starts" in res.failures[0]


def test_a_passage_that_is_not_the_chunks_text_or_the_wrong_document_fails():
    invented = cite(ROWS, "Row filters are enforced by a quantum firewall in every region worldwide.")
    moved = Citation(ROWS.chunk_id, "docs/data.md", ROWS.heading, ROWS.text)
    res = check_citations(answer("Row filters are enforced. [1] Row filters apply. [2]", [invented, moved]), LOOKUP)
    assert res.failures == ["[1] docs/catalog.md#7: the passage is not text of the chunk",
                            "[2] docs/catalog.md#7: cites document docs/data.md but the chunk is in docs/catalog.md"]


def test_answers_without_citations():
    assert check_citations(answer("Yes.", []), LOOKUP).score().passed is False
    review = check_citations(answer("", [], status="review"), LOOKUP).score()
    assert review.passed is None and "left for review" in review.rationale


def test_an_elided_passage_still_quotes_its_chunk():
    passage = "Row filters and masks are SQL expressions … the data layer applies them."
    a = answer("Row filters are SQL expressions the data layer applies. [1]", [cite(ROWS, passage)])
    assert check_citations(a, LOOKUP).failures == []


def test_citation_scorer_factory_over_a_mapping():
    scorer = citation_check(chunks=CHUNKS)
    good = answer("Row filters are SQL expressions. [1]", [cite(ROWS)]).to_dict()
    assert scorer(inputs={}, outputs=good).passed is True
    bad = answer("Row filters are SQL expressions. [1]", [Citation("nope#1", "nope", "", "x")]).to_dict()
    assert "nope#1: no such chunk" in scorer(inputs={}, outputs=bad).rationale


def test_the_citation_check_builds_through_the_scorer_registry(home: Path):
    from charter.evals import ScorerRegistry

    # the `python:` route works before (and alongside) the charter.scorers entry point
    scorer = ScorerRegistry().build("python:path=questionnaire.evaluate:citation_check")
    bad = answer("Row filters are SQL expressions. [1]", [cite(ROWS)]).to_dict()
    res = scorer.score(inputs={}, outputs=bad, expectations={})  # an empty home: no chunk exists
    assert res["python"].passed is False and "docs/catalog.md#7: no such chunk in the index" in res["python"].rationale


# ------------------------------------------------------------------------------------- judges
def _gateway(settings, responses, when_done="error"):
    settings.models["judge"] = ModelSettings(provider="scripted",
                                             options={"responses": responses, "when_done": when_done})
    return Gateway(settings, None)


def _verdict(label: str, why: str = "scripted verdict") -> dict:
    return {"json": {"score": label, "rationale": why}}


GOOD = answer("Row filters are SQL expressions the data layer applies. [1]", [cite(ROWS)]).to_dict()
INPUTS = {"qid": "cat-rows", "question": "Does Charter support row-level security?"}
EXPECT = {"reference": "Yes, with row filters: SQL expressions over the row.", "sources": ["docs/catalog.md"]}


def test_groundedness_judge_sees_the_cited_passages_as_context(settings):
    gw = _gateway(settings, [_verdict("yes"), _verdict("no", "claims a firewall")])
    judge = groundedness(gw, "judge")
    ok = judge(inputs=INPUTS, outputs=GOOD, expectations=EXPECT)
    assert ok.passed is True and "groundedness@" in ok.rationale
    prompt = gw.provider("judge").calls[0].all_text()
    assert "CONTEXT: [1] docs/catalog.md > Row filters, column masks: Row filters and masks" in prompt
    assert "RESPONSE: Row filters are SQL expressions the data layer applies." in prompt  # markers stripped
    assert judge(inputs=INPUTS, outputs=GOOD, expectations=EXPECT).passed is False
    # nothing cited: not grounded, and no model call
    nothing = answer("Yes.", []).to_dict()
    assert groundedness(gw, "judge")(inputs=INPUTS, outputs=nothing, expectations=EXPECT).passed is False
    assert len(gw.provider("judge").calls) == 2


def test_correctness_judge_compares_with_the_reference(settings):
    gw = _gateway(settings, [_verdict("yes"), _verdict("no")])
    judge = correctness(gw, "judge")
    assert judge(inputs=INPUTS, outputs=GOOD, expectations=EXPECT).passed is True
    assert "REFERENCE: Yes, with row filters" in gw.provider("judge").calls[0].all_text()
    assert judge(inputs=INPUTS, outputs=GOOD, expectations=EXPECT).passed is False


def test_completeness_judge_scores_partial_as_half(settings):
    gw = _gateway(settings, [_verdict("partial"), _verdict("yes"), _verdict("maybe")])
    judge = completeness(gw, "judge")
    part = judge(inputs=INPUTS, outputs=GOOD, expectations=EXPECT)
    assert part.value == 0.5 and part.passed is False and f"completeness@{COMPLETENESS.version}" in part.rationale
    full = judge(inputs=INPUTS, outputs=GOOD, expectations=EXPECT)
    assert full.value == 1.0 and full.passed is True
    from charter.evals.judges import JudgeParseError

    with pytest.raises(JudgeParseError):  # a label outside the rubric is that item's error
        judge(inputs=INPUTS, outputs=GOOD, expectations=EXPECT)


def test_an_answer_left_for_review_fails_correctness_without_a_model_call(settings):
    gw = _gateway(settings, [])  # any call would fail: no responses scripted
    review = Answer("1", INPUTS["question"], "", "review", 0.0, reason="no supporting passage found").to_dict()
    for factory in (correctness, completeness):
        s = factory(gw, "judge")(inputs=INPUTS, outputs=review, expectations=EXPECT)
        assert s.passed is False and "left for review: no supporting passage found" in s.rationale
    assert groundedness(gw, "judge")(inputs=INPUTS, outputs=review, expectations=EXPECT).passed is None
    assert gw.provider("judge").calls == []


# ------------------------------------------------------------------------------ end to end
CONFIDENTIAL = "# Pricing\n\n## Support\n\nPremium support for Charter costs ninety thousand dollars a year.\n"


@pytest.fixture(scope="module")
def qn_charter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Charter]:
    """A home with the architecture page (public) and a pricing note (confidential) ingested, and a
    scripted judge model that always answers 'yes' (the test double)."""
    from questionnaire.ingest import ingest
    from questionnaire.store import add_demo_principals, ensure_setup

    base = tmp_path_factory.mktemp("qeval")
    home = base / "home"
    home.mkdir()
    (home / "charter.toml").write_text('[embeddings]\nprovider = "hashing"\n')
    charter = Charter.open(home)
    # declared before the gateway is built (ensure_setup registers every model as a securable)
    charter.settings.models["judge"] = ModelSettings(
        provider="scripted", options={"responses": [_verdict("yes", "scripted: always yes")]})
    (base / "pricing.md").write_text(CONFIDENTIAL)
    ensure_setup(charter)
    add_demo_principals(charter)
    ingest(charter, [REPO / "docs" / "architecture.md"], classification="public", root=REPO)
    ingest(charter, [base / "pricing.md"], classification="confidential", root=base)
    yield charter
    charter.data.close()


def _chunk_ids(charter: Charter, doc_id: str) -> list[str]:
    from questionnaire import store

    con = store.connect(store.store_path(charter))
    try:
        return [r[0] for r in con.execute("SELECT chunk_id FROM chunks WHERE doc_id = ? ORDER BY position", (doc_id,))]
    finally:
        con.close()


def test_citation_check_reads_the_index_and_the_askers_rights(qn_charter: Charter):
    from questionnaire.evaluate import store_lookup

    real = store_lookup(qn_charter)(_chunk_ids(qn_charter, "pricing.md"))
    assert len(real) == 1
    chunk = next(iter(real.values()))
    text = "Premium support costs ninety thousand dollars a year. [1]"
    a = answer(text, [cite(chunk, "Premium support for Charter costs ninety thousand dollars a year.")]).to_dict()
    scorer = citation_check(charter=qn_charter)
    assert scorer(inputs={"principal": "product-lead"}, outputs=a).passed is True
    denied = scorer(inputs={"principal": "external-analyst"}, outputs=a)
    assert denied.passed is False and "not visible to the asker (confidential document pricing.md)" in denied.rationale
    fake = answer(text, [Citation("pricing.md#7", "pricing.md", "Support", chunk.text)]).to_dict()
    assert "pricing.md#7: no such chunk in the index" in scorer(inputs={"principal": "product-lead"},
                                                                  outputs=fake).rationale


def test_citation_check_in_a_run_scores_as_the_principal_the_item_ran_as(qn_charter: Charter):
    """Issue 16: a golden item naming no principal gave the scorer none, so the citation check skipped
    the asker's rights; it now checks them as the principal the item ran as (the run's)."""
    from charter.evals import CallableTarget, Dataset, Item
    from charter.evals.scorers import Scorer
    from questionnaire.evaluate import store_lookup

    chunk = next(iter(store_lookup(qn_charter)(_chunk_ids(qn_charter, "pricing.md")).values()))
    a = answer("Premium support costs ninety thousand dollars a year. [1]",
               [cite(chunk, "Premium support for Charter costs ninety thousand dollars a year.")]).to_dict()
    ds = Dataset(name="asked-by-nobody", items=[Item(id="q1", inputs={"question": "What does premium support cost?"})])
    target = CallableTarget(lambda inputs: a, name="fixed-answer", version="v1")

    def citations(principal: str):  # type: ignore[no-untyped-def]
        run = Runs(qn_charter.store).run(target, ds, [Scorer("citations", citation_check(charter=qn_charter))],
                                         principal=principal, use_cache=False)
        return run.items[0].scores["citations"]

    assert citations("product-lead").passed is True
    denied = citations("external-analyst")
    assert denied.passed is False and "not visible to the asker (confidential document pricing.md)" in denied.rationale


def test_evaluate_answers_golden_questions_and_stores_the_run(qn_charter: Charter, tmp_path: Path):
    calls_before = len(qn_charter.gateway.provider("judge").calls)
    rep = evaluate("dev", "external-analyst", charter=qn_charter, ingest=False, limit=3, judge_model="judge",
                   out=tmp_path)
    assert [r["id"] for r in rep.rows] == [g.id for g in load("dev")[:3]]
    stored = Runs(qn_charter.store).get(rep.run_id)
    assert stored.info.split == "dev" and stored.info.item_count == 3 and stored.info.status == "finished"
    for it in stored.items:
        assert it.error is None, it.error
        assert {"citations", "groundedness", "correctness", "completeness"} <= set(it.scores)
        assert it.output["status"] in ("answered", "reused", "review")
        # the app's own extractive answers never carry a failing citation
        assert it.scores["citations"].passed is not False, it.scores["citations"].rationale
    asked = qn_charter.gateway.provider("judge").calls[calls_before:]
    # correctness and completeness judge delivered answers; groundedness whatever cites a passage
    assert len(asked) == sum(2 * (r["status"] != "review") + bool(r["citations"]) for r in rep.rows)
    for key in ("accuracy", "share_answered", "share_review", "share_cited", "errors"):
        assert key in rep.metrics
    data = json.loads((tmp_path / "questionnaire-eval-dev.json").read_text())
    assert data["run_id"] == rep.run_id and len(data["questions"]) == 3
    md = (tmp_path / "questionnaire-eval-dev.md").read_text()
    assert "| id | question | status |" in md and rep.rows[0]["id"] in md


class FabricatingAnswererDouble:
    """A test double of the Answerer that cites a chunk id that does not exist."""

    principal = "external-analyst"

    def answer(self, q: Question) -> Answer:
        return Answer(q.qid, q.text, "Charter's layers import in one direction. [1]", "answered", 0.9,
                      [Citation("docs/architecture.md#404", "docs/architecture.md", "Layers", "Imports point one way")])


def test_evaluate_names_failing_citations_per_question(qn_charter: Charter):
    rep = evaluate("test", "external-analyst", charter=qn_charter, answerer=FabricatingAnswererDouble(),
                   ingest=False, judges=False, limit=2)
    failing = failing_citations(rep.rows)
    assert set(failing) == {r["id"] for r in rep.rows}
    assert all("docs/architecture.md#404: no such chunk in the index" in why for why in failing.values())
    assert rep.metrics["accuracy"] == 0.0 and rep.metrics["share_answered"] == 1.0
    assert "FAIL" in rep.to_markdown()


def test_scorers_are_registered_with_charter_evals():
    from charter.evals.scorers import ScorerRegistry
    from questionnaire import evaluate

    registry = ScorerRegistry()
    for name in ("citations", "groundedness", "correctness", "completeness"):
        expected = evaluate.citation_check if name == "citations" else getattr(evaluate, name)
        assert registry.factory(f"questionnaire_{name}") is expected

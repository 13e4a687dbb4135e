"""Answering: past-answer reuse, questionnaire files, outputs, resuming, the model-fenced path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charter.errors import InvalidInput
from charter.runtime import Charter
from questionnaire import store
from questionnaire.answer import (
    Answerer,
    Candidate,
    _by_passage,
    answer_questionnaire,
    read_questions,
    sidecar_path,
)
from questionnaire.retrieve import Passage
from questionnaire.types import Answer, Chunk, Question

GUIDE_TEXT = " ".join(__import__("corpus_helpers").GUIDE.split())


def test_close_past_answer_is_reused_and_says_so(corpus_charter: Charter) -> None:
    ans = Answerer(corpus_charter, "employee").answer(Question("3", "Do you offer SAML single sign-on?"))
    assert ans.status == "reused"
    assert ans.text.startswith("Yes: Acme supports SAML 2.0 single sign-on.")
    assert "Do you offer single sign-on with SAML?" in ans.reason and "past.csv" in ans.reason
    assert [c.doc_id for c in ans.citations] == ["past.csv"]
    # The past answers are internal: an external analyst cannot be given them.
    ext = Answerer(corpus_charter, "external-analyst").answer(Question("3", "Do you offer SAML single sign-on?"))
    assert ext.status != "reused" and all(c.doc_id != "past.csv" for c in ext.citations)


def test_drafted_answer_is_made_of_cited_passage_sentences(corpus_charter: Charter) -> None:
    ans = Answerer(corpus_charter, "external-analyst").answer(
        Question("1", "Which databases can Acme connect to as data sources?"))
    assert ans.status == "answered"
    assert "PostgreSQL" in ans.text
    assert all(f"[{i}]" in ans.text for i in range(1, len(ans.citations) + 1))
    # Nothing in the answer that its passage does not say: each sentence is text of the passage its
    # footnote cites, and the citation shows that passage whole (the claim in its context).
    from questionnaire.evaluate import claims, store_lookup

    for n, claim in claims(ans.text).items():
        assert " ".join(claim.split()) in " ".join(ans.citations[n - 1].passage.split())
    stored = store_lookup(corpus_charter)([c.chunk_id for c in ans.citations])
    assert all(c.passage == stored[c.chunk_id].text.strip() for c in ans.citations)
    assert ans.citations[0].heading == "Acme Platform Guide > Data sources"


def test_questions_from_xlsx_csv_docx(tmp_path: Path) -> None:
    import docx
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Title row of the RFP"])
    wb.active.append(["No.", "Section", "Question text"])
    wb.active.append([1, "Security", "Do you encrypt data?"])
    wb.active.append([2, None, "  Do you   rotate keys? "])
    wb.save(str(tmp_path / "q.xlsx"))
    assert read_questions(tmp_path / "q.xlsx") == [Question("1", "Do you encrypt data?", "Security"),
                                                   Question("2", "Do you rotate keys?", "Security")]
    (tmp_path / "q.csv").write_text("ID;Requirement\n4.1;Describe your backups.\n4.2;Describe your regions.\n")
    assert [q.qid for q in read_questions(tmp_path / "q.csv")] == ["4.1", "4.2"]
    d = docx.Document()
    d.add_heading("Security", level=1)
    d.add_paragraph("1. Do you encrypt data at rest?")
    d.add_paragraph("Q2: Who can read the audit log?")
    d.save(str(tmp_path / "q.docx"))
    assert read_questions(tmp_path / "q.docx") == [Question("1", "Do you encrypt data at rest?", "Security"),
                                                   Question("2", "Who can read the audit log?", "Security")]


def test_file_without_question_column_names_the_columns_it_found(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("Name,Value\nx,1\n")
    with pytest.raises(InvalidInput) as err:
        read_questions(tmp_path / "people.csv")
    assert "no question column" in err.value.message
    assert "'Name', 'Value'" in err.value.message


class CountingAnswerer(Answerer):
    calls = 0

    def answer(self, question: Question) -> Answer:
        type(self).calls += 1
        return super().answer(question)


def test_answer_questionnaire_writes_outputs_and_resumes(corpus_charter: Charter, tmp_path: Path) -> None:
    q = tmp_path / "rfp.csv"
    q.write_text("#,Question\n1,Which databases can Acme connect to?\n2,Do you enforce row filters?\n"
                 "3,What is the boiling point of helium?\n")
    out, md = tmp_path / "resp.docx", tmp_path / "resp.md"
    CountingAnswerer.calls = 0
    seen: list[int] = []
    answers = answer_questionnaire(q, "external-analyst", out, charter=corpus_charter, md=md,
                                   answerer=CountingAnswerer(corpus_charter, "external-analyst"),
                                   progress=lambda done, total, _a: seen.append(done))
    assert CountingAnswerer.calls == 3 and seen == [0, 1, 2, 3]
    assert [a.status for a in answers] == ["answered", "answered", "review"]
    text = md.read_text()
    assert text.count("\n## ") == 3 and "## 3. What is the boiling point of helium?" in text
    assert "[1] guide.md › Acme Platform Guide › Data sources" in text
    assert "FOR REVIEW" in text and "never mention 'boiling', 'point', 'helium'" in text   # the concept gate
    import docx

    paras = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "1. Which databases can Acme connect to?" in paras
    assert any(p.startswith("[1] guide.md › Acme Platform Guide › Data sources") for p in paras)

    # A re-run answers nothing again; a lost last line is answered again, only that one.
    again = answer_questionnaire(q, "external-analyst", out, charter=corpus_charter,
                                 answerer=CountingAnswerer(corpus_charter, "external-analyst"))
    assert CountingAnswerer.calls == 3 and [a.to_dict() for a in again] == [a.to_dict() for a in answers]
    side = sidecar_path(out)
    side.write_text("".join(side.read_text().splitlines(keepends=True)[:2]) + '{"key": "trunc')
    answer_questionnaire(q, "external-analyst", out, charter=corpus_charter,
                         answerer=CountingAnswerer(corpus_charter, "external-analyst"))
    assert CountingAnswerer.calls == 4
    # Kept answers belong to their principal: another principal is answered afresh.
    answer_questionnaire(q, "product-lead", out, charter=corpus_charter,
                         answerer=CountingAnswerer(corpus_charter, "product-lead"))
    assert CountingAnswerer.calls == 7


def _with_scripted_model(charter: Charter, responses: list, grant: bool = True, name: str = "picker") -> Charter:
    from charter.settings import ModelSettings

    models = {**charter.settings.models,
              name: ModelSettings(provider="scripted", options={"responses": responses})}
    scripted = Charter(charter.settings.model_copy(update={"models": models}), store=charter.store)
    scripted.gateway.register_models()
    if grant:
        scripted.catalog.grant(["QUERY"], f"model:{name}", store.USERS)
    return scripted


def _draft(sentences: list[tuple[str, int]]) -> dict:
    return {"json": {"sentences": [{"text": t, "passage": n} for t, n in sentences]}}


def test_model_drafts_from_passages_and_each_sentence_is_checked_against_its_citation(corpus_charter: Charter) -> None:
    q = Question("5", "How does Acme enforce row filters and column masks?")
    # One faithful restatement, one with a number the passage does not give: only the first survives.
    charter = _with_scripted_model(corpus_charter, [_draft([
        ("Acme rewrites every query so that a user sees only the rows the row filter admits.", 1),
        ("Column masks hide 14 kinds of sensitive values such as salaries.", 1)])])
    ans = Answerer(charter, "external-analyst", model="picker").answer(q)
    request = charter.gateway.provider("picker").calls[0]
    assert "[1] Acme Platform Guide > Access control" in request.messages[0].content
    trace = charter.tracer.get(ans.trace_id)
    draft = trace.span("step:model_draft").outputs
    assert draft["kept"] == ["Acme rewrites every query so that a user sees only the rows the row filter admits."]
    assert "14" in draft["dropped"][0]["missing"]
    assert "14 kinds" not in ans.text
    # Whichever draft wins, every cited passage is text of its chunk and the answer never holds the
    # unsupported claim; the choice between the two drafts is on the trace.
    assert trace.span("step:choose_draft").outputs["chosen"] in ("model", "extraction")
    assert all(" ".join(c.passage.split()) in GUIDE_TEXT for c in ans.citations)


def test_model_output_outside_the_schema_leaves_the_extractive_draft(corpus_charter: Charter) -> None:
    charter = _with_scripted_model(corpus_charter, [{"json": {"sentences": [{"text": "x", "passage": 99}]}}])
    q = Question("5", "How does Acme enforce row filters and column masks?")
    ans = Answerer(charter, "external-analyst", model="picker").answer(q)
    plain = Answerer(corpus_charter, "external-analyst").answer(q)
    assert (ans.text, ans.status, ans.confidence) == (plain.text, plain.status, plain.confidence)
    # The gateway's schema check refuses the reply before the app sees it; the span records the fallback.
    draft = charter.tracer.get(ans.trace_id).span("step:model_draft")
    assert "fallback" in draft.attributes


def test_a_failing_model_leaves_the_extractive_draft_and_says_so(corpus_charter: Charter) -> None:
    charter = _with_scripted_model(corpus_charter, [{"error": "provider_error"}] * 4)
    q = Question("5", "How does Acme enforce row filters and column masks?")
    ans = Answerer(charter, "external-analyst", model="picker").answer(q)
    plain = Answerer(corpus_charter, "external-analyst").answer(q)
    assert (ans.text, ans.status, ans.confidence) == (plain.text, plain.status, plain.confidence)
    assert "fallback" in charter.tracer.get(ans.trace_id).span("step:model_draft").attributes


def test_sidecar_lines_are_json(corpus_charter: Charter, tmp_path: Path) -> None:
    q = tmp_path / "one.csv"
    q.write_text("Question\nDo you enforce row filters?\n")
    answer_questionnaire(q, "external-analyst", tmp_path / "r.md", charter=corpus_charter)
    rec = json.loads(sidecar_path(tmp_path / "r.md").read_text().splitlines()[0])
    assert Answer.from_dict(rec["answer"]).qid == "1"


def test_sections_of_the_questionnaire_group_the_response(corpus_charter: Charter, tmp_path: Path) -> None:
    q = tmp_path / "s.csv"
    q.write_text("No,Section,Question\n1,Data,Which databases can Acme connect to?\n2,,Do you enforce row filters?\n"
                 "3,Company,What is the boiling point of helium?\n")
    answers = answer_questionnaire(q, "external-analyst", tmp_path / "s.md", charter=corpus_charter)
    assert [a.section for a in answers] == ["Data", "Data", "Company"]
    lines = (tmp_path / "s.md").read_text().splitlines()
    heads = [ln for ln in lines if ln.startswith("#")]
    assert heads[1:] == ["## Data", "### 1. Which databases can Acme connect to?", "### 2. Do you enforce row filters?",
                         "## Company", "### 3. What is the boiling point of helium?"]


def test_a_model_the_asker_may_not_query_is_refused_up_front(corpus_charter: Charter) -> None:
    from charter.errors import PermissionDenied

    charter = _with_scripted_model(corpus_charter, [], grant=False, name="ungranted")
    with pytest.raises(PermissionDenied, match="QUERY on model:ungranted"):
        Answerer(charter, "external-analyst", model="ungranted")


def test_the_draft_is_one_window_of_adjacent_sentences_that_covers_the_question(corpus_charter: Charter) -> None:
    a = Answerer(corpus_charter, "external-analyst", answer_threshold=0.0)
    ans = a.answer(Question("1", "Are row filters and column masks enforced for every query?"))
    # Row filters and column masks are named in two adjacent sentences of one passage: one window, one footnote.
    assert ans.text.startswith("Acme enforces row filters") and "Column masks hide sensitive values" in ans.text
    assert ans.text.index("row filters") < ans.text.index("Column masks")
    assert ans.text.endswith("[1]") and ans.text.count("[") == 1 and len(ans.citations) == 1
    # A question about one of them gets the one sentence: a window must earn its length.
    one = a.answer(Question("2", "Does Acme enforce row filters?"))
    assert "Column masks" not in one.text and one.text.count("[1]") == 1


def test_a_window_never_carries_a_sentence_that_names_nothing_the_question_asks() -> None:
    from questionnaire.answer import Answerer as A
    from questionnaire.expand import Expander
    from questionnaire.retrieve import Passage
    from questionnaire.types import Chunk

    text = ("Acme keeps an audit log of every query. The weather was fine that day. "
            "It is append-only and hash-chained.")
    p = Passage(Chunk("g#1", "g", "Guide", "Audit", text, "public"), 1.0, 1, 1, 0.9, 1.0)
    concepts = Expander().concepts("Is the audit log append-only?")
    cands = A._candidates(object.__new__(A), concepts, {c.term: 1.0 for c in concepts}, [p])  # type: ignore[arg-type]
    assert all("weather" not in c.text for c in cands)
    assert "It is append-only and hash-chained." in {c.text for c in cands}


def _window(chunk_id: str, score: float, coverage: float, size: int = 1, text: str = "") -> Candidate:
    chunk = Chunk(chunk_id, "docs/x.md", "X", "X > Y", text or f"Text of {chunk_id}.", "public")
    return Candidate(text or f"Text of {chunk_id}.", Passage(chunk, score, 1, 1, 0.8, coverage), 0.5,
                     frozenset(), size=size)


def test_cited_passages_follow_retrieval_rank_and_a_second_must_name_enough_of_the_concepts() -> None:
    # The windows come in meaning order; the passage retrieval ranks first is cited first anyway.
    windows = [_window("b#1", 0.9, 0.8), _window("a#1", 1.4, 1.0), _window("a#1", 1.4, 1.0, size=2, text="A. B.")]
    assert [c.passage.chunk.chunk_id for c in _by_passage(windows)] == ["a#1", "b#1"]
    assert _by_passage(windows)[0].size == 1          # the first window of a passage is its best one
    # A second passage naming under SECOND_PASSAGE (0.4 since round 31) of the first one's concept weight is not cited.
    assert [c.passage.chunk.chunk_id for c in _by_passage([_window("b#1", 0.9, 0.35), _window("a#1", 1.4, 1.0)])] \
        == ["a#1"]

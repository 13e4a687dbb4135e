"""Key-fact questionnaires: the held-out set's shape, verdicts, recall@k per retrieval step, the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from charter.errors import InvalidInput
from charter.runtime import Charter
from questionnaire import golden
from questionnaire.golden import KeyedItem
from questionnaire.keyfacts import evaluate_keyed, recall_at_k, verdict
from questionnaire.types import Answer, Citation


def test_the_held_out_questionnaire_is_separate_from_the_tuning_one() -> None:
    held, tune = golden.keyed("heldout"), golden.keyed("tune")
    assert len(held) >= 24
    assert sum(it.answerable for it in held) >= 20 and sum(not it.answerable for it in held) >= 4
    assert all(re.compile(it.key) for it in held if it.answerable)
    assert not {it.question for it in held} & {it.question for it in tune}
    assert not {it.question for it in held} & {g.question for g in golden.load()}


@pytest.mark.parametrize(("name", "answerable", "unanswerable", "earlier"),
                         [("tune2", 30, 10, ("tune",)), ("tune3", 28, 8, ("tune", "tune2")),
                          ("tune4", 11, 34, ("tune", "tune2", "tune3")),
                          ("tune5", 24, 8, ("tune", "tune2", "tune3", "tune4")),
                          ("tune6", 22, 7, ("tune", "tune2", "tune3", "tune4", "tune5")),
                          ("tune7", 24, 6, ("tune", "tune2", "tune3", "tune4", "tune5", "tune6"))])
def test_the_later_tuning_sets_are_keyed_and_apart_from_the_held_out_one(name: str, answerable: int,
                                                                          unanswerable: int,
                                                                          earlier: tuple[str, ...]) -> None:
    tune2, held = golden.keyed(name), golden.keyed("heldout")
    assert sum(it.answerable for it in tune2) >= answerable and sum(not it.answerable for it in tune2) >= unanswerable
    assert len({it.id for it in tune2}) == len(tune2)
    # (only the overlap is shown on failure: the held-out questions are not to be read while tuning)
    overlap = {it.question for it in tune2} & {it.question for it in held}
    assert not overlap, overlap
    for other in earlier:
        overlap = {it.question for it in tune2} & {it.question for it in golden.keyed(other)}
        assert not overlap, overlap
    # Every key fact is in the source pages it names, so a "right" verdict is reachable.
    repo = Path(__file__).resolve().parents[3]
    for it in tune2:
        for src in it.sources if it.answerable else ():
            assert re.search(it.key or "", (repo / src).read_text(encoding="utf-8"), re.I), (it.id, src)


def _answer(status: str, passage: str, doc: str = "docs/server.md") -> Answer:
    return Answer("1", "q", "text [1]", status, 0.9, [Citation(f"{doc}#1", doc, "Review app", passage)])


def test_verdicts_judge_the_cited_passage_not_the_answers_wording() -> None:
    csrf = KeyedItem("a", "cross-site request forgery?", True, r"CSRF|SameSite", sources=("docs/server.md",))
    assert verdict(csrf, _answer("answered", "Every form carries a CSRF field.")) == "right"
    assert verdict(csrf, _answer("answered", "Reviewers are members of the group.")) == "wrong"
    assert verdict(csrf, _answer("review", "Every form carries a CSRF field.")) == "review"
    none = KeyedItem("b", "What is your headcount?", False, None)
    assert verdict(none, _answer("answered", "anything")) == "wrong"
    assert verdict(none, _answer("review", "anything")) == "abstained"
    dev = KeyedItem("c", "q", True, None, sources=("docs/server.md",))   # a golden item: its sources decide
    assert verdict(dev, _answer("answered", "x")) == "right"
    assert verdict(dev, _answer("answered", "x", doc="docs/data.md")) == "wrong"


def test_recall_at_k_is_reported_for_every_step(corpus_charter: Charter) -> None:
    items = [KeyedItem("db", "Which database engines can Acme use as data sources?", True, r"PostgreSQL"),
             KeyedItem("mask", "Can salaries be hidden from some readers?", True, r"Column masks"),
             KeyedItem("none", "What is your headcount?", False, None)]
    rec = recall_at_k(corpus_charter, items, "external-analyst", ks=(1, 3))
    assert set(rec) == {"lexical", "dense", "fused", "reranked"}
    assert rec["reranked"][3] == 1.0                         # both answerable facts within the first three
    assert all(0.0 <= v <= 1.0 for r in rec.values() for v in r.values())


def test_evaluate_keyed_reports_each_drafting_mode(corpus_charter: Charter) -> None:
    rep = evaluate_keyed(corpus_charter, "dev", "external-analyst", recall=False)
    (mode,) = rep.modes
    s = mode.summary()
    assert mode.mode == "extraction" and s["answerable"] == len(golden.load("dev"))
    # The Acme test corpus holds nothing about Charter: every dev question is left for review or wrong.
    assert s["right"] == 0
    assert "| answered, key fact cited | 0 of" in rep.to_markdown()


def test_the_outsider_held_out_set_is_keyed_apart_and_its_keys_are_in_its_sources() -> None:
    held2 = golden.keyed("heldout2")
    assert len(held2) == 24 and len({it.id for it in held2}) == 24
    assert sum(it.answerable for it in held2) == 20 and sum(not it.answerable for it in held2) == 4
    others = {it.question for name in ("tune", "tune2", "heldout") for it in golden.keyed(name)}
    # (only the overlap is shown on failure: the held-out questions are not to be read while tuning)
    overlap = {it.question for it in held2} & (others | {g.question for g in golden.load()})
    assert not overlap, overlap
    repo = Path(__file__).resolve().parents[3]
    for it in held2:
        for src in it.sources if it.answerable else ():
            assert re.search(it.key or "", (repo / src).read_text(encoding="utf-8"), re.I), it.id


def test_calibration_never_reads_a_held_out_set(corpus_charter: Charter, tmp_path: Path, monkeypatch) -> None:
    """Every golden file goes through golden._rows; calibrating with all of them empty records which it opens."""
    read: list[str] = []

    def rows(p: Path):
        read.append(Path(p).stem)
        return iter(())

    monkeypatch.setattr(golden, "_rows", rows)
    from questionnaire.keyfacts import calibrate

    try:
        calibrate(corpus_charter, tmp_path / "calibration.json")
    except InvalidInput:  # nothing to fit on empty sets; which files it opened is the point
        pass
    assert "tune" in read and not set(read) & set(golden.HELDOUT), read


def test_a_draft_is_judged_by_its_citations_whatever_its_status() -> None:
    from questionnaire.keyfacts import draft_right

    csrf = KeyedItem("a", "cross-site request forgery?", True, r"CSRF|SameSite", sources=("docs/server.md",))
    assert draft_right(csrf, _answer("review", "Every form carries a CSRF field."))   # verdict: "review"
    assert not draft_right(csrf, _answer("answered", "Reviewers are members of the group."))
    assert not draft_right(KeyedItem("b", "What is your headcount?", False, None), _answer("answered", "anything"))


def test_calibration_leaves_out_the_drafts_a_gate_stopped(corpus_charter: Charter, monkeypatch) -> None:
    """A gated draft is never answered, whatever its confidence: it is not a row of the fit (it once entered it
    labelled wrong, even when its passage held the key fact)."""
    from questionnaire import answer, keyfacts

    items = [KeyedItem("near", "Can the catalog mask salaries in DuckDB?", True, r"DuckDB"),
             KeyedItem("ok", "Does Acme connect to DuckDB databases?", True, r"DuckDB")]
    monkeypatch.setattr(keyfacts, "TUNING", ("tune",))
    monkeypatch.setattr(golden, "as_keyed", lambda name: items)
    real = answer.Answerer._uncited
    # the citation gate stops the "near" draft (its rarest concept, as the gate would find it missing)
    monkeypatch.setattr(answer.Answerer, "_uncited",
                        lambda self, q, *a: ["salaries"] if "salaries" in q.text else real(self, q, *a))
    rows = keyfacts.calibration_rows(corpus_charter)
    assert len(rows) == 1 and rows[0][1] is True               # only "ok": the gated draft is no row
    monkeypatch.setattr(answer.Answerer, "_uncited", lambda self, *a: [])   # no draft stopped: both are rows
    # (since round 20 the claim gate too wants the thing asked, DuckDB, in the statement it finds: it would stop the
    # "near" draft, whose passage never names DuckDB, so it is opened as well)
    monkeypatch.setattr(answer.Answerer, "_claim", lambda self, *a: 1.0)
    assert len(keyfacts.calibration_rows(corpus_charter)) == 2


def test_the_calibration_is_fitted_on_every_tuning_set_and_on_no_held_out_one() -> None:
    """Round 7: the confidence reads as the precision measured on all the tuning questions, the later sets
    (near-miss questions, questions about the company) included; until then it saw tune, tune2, tune3 and dev."""
    from questionnaire import keyfacts

    assert set(keyfacts.TUNING) >= {"tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "dev"}
    assert not set(keyfacts.TUNING) & set(golden.HELDOUT)
    assert all(name in golden.KEYED or name in golden.SPLITS for name in keyfacts.TUNING)

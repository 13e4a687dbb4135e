"""Round 19 (q19): the citation gate and the company gate read the passage an answer rests on, its first cited one.

A second cited passage adds to an answer but does not decide what it is about: one that names the thing asked about
in passing (a cache named on a rate-limit page) let a draft about a neighbouring feature through the citation gate, and
a past answer about something else, cited second, let a product page answer a question about the company itself."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from charter.runtime import Charter
from questionnaire.answer import Answerer, Candidate, Draft
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.support import Features
from questionnaire.types import Chunk, Question

ASKED = Question("1", "Can the scheduler keep its job queue in Valkey between restarts?")
# The scheduler's own page, which never names the store asked about: a draft about a neighbouring feature.
NEIGHBOUR = "The scheduler keeps its job queue in the metadata database, so queued jobs survive restarts."
# Another page that names the store in passing, about something else.
PASSING = "Rate limits are counted per token; a Valkey instance may hold the counters when several workers run."


def _window(chunk_id: str, passage: str, score: float, *, kind: str = "document",
            classification: str = "public") -> Candidate:
    chunk = Chunk(chunk_id, f"docs/{chunk_id.split('#')[0]}.md", "X", "X > Y", passage, classification,  # type: ignore[arg-type]
                  kind)  # type: ignore[arg-type]
    return Candidate(passage, Passage(chunk, score, 1, 1, 0.8, 1.0), 0.6, frozenset())


def _answerer() -> Answerer:
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: False)  # type: ignore[attr-defined]
    a.answer_threshold = 0.5
    return a


def _uncited(chosen: list[Candidate]) -> list[str]:
    concepts = Expander().concepts(ASKED.text)
    weights = {c.term: 1.0 for c in concepts}
    draft = Draft("extraction", chosen, Features(1.0, 1.0, 0.0, 0.8), 0.9, frozenset())
    return _answerer()._uncited(ASKED, concepts, weights, draft)


def test_a_thing_named_only_by_the_second_cited_passage_is_not_named_where_the_answer_comes_from() -> None:
    assert _uncited([_window("scheduler#1", NEIGHBOUR, 3.0), _window("limits#4", PASSING, 2.5)]) == ["valkey"]


def test_the_first_cited_passage_naming_the_thing_passes_the_citation_gate() -> None:
    assert _uncited([_window("limits#4", PASSING, 3.0), _window("scheduler#1", NEIGHBOUR, 2.5)]) == []
    assert _uncited([_window("limits#4", PASSING, 3.0)]) == []
    assert _uncited([_window("scheduler#1", NEIGHBOUR, 3.0)]) == ["valkey"]


def _draft(*chosen: Candidate) -> Draft:
    return Draft("extraction", list(chosen), Features(1.0, 1.0, 0.0, 0.8), 0.9, frozenset())


def test_the_company_gate_reads_the_passage_the_answer_rests_on() -> None:
    page = _window("guide#2", "Acme connects to PostgreSQL and DuckDB databases.", 3.0)
    past = _window("past.csv#1", "Yes: Acme supports SAML 2.0 single sign-on.", 2.5, kind="past_answer")
    note = _window("notes#1", "Our customers run Acme on PostgreSQL.", 2.5, classification="internal")
    assert Answerer._product_page(_draft(page))
    assert Answerer._product_page(_draft(page, past))     # a past answer cited second decides nothing
    assert Answerer._product_page(_draft(page, note))
    assert not Answerer._product_page(_draft(past, page))
    assert not Answerer._product_page(_draft(note))


@pytest.mark.usefixtures("corpus_charter")
def test_a_question_about_the_company_answered_from_a_product_page_goes_to_review_whatever_is_cited_second(
        corpus_charter: Charter, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end: the draft rests on the public guide and cites an unrelated internal past answer second."""
    a = Answerer(corpus_charter, "employee", answer_threshold=0.0)
    question = Question("1", "Which databases do your customers connect as governed data sources?")
    past = _window("past.csv#1", "Yes: Acme supports SAML 2.0 single sign-on.", 0.1, kind="past_answer",
                   classification="internal")

    def choose(cands: list[Candidate], kind: str | None = None) -> list[Candidate]:
        first = next(c for c in cands if "PostgreSQL" in c.text)
        return [first, past]

    monkeypatch.setattr(a, "_choose", choose)
    ans = a.answer(question)
    assert ans.status == "review" and ans.gate == "about_vendor", (ans.status, ans.reason)
    assert [c.chunk_id for c in ans.citations][1:] == ["past.csv#1"]


@pytest.mark.usefixtures("corpus_charter")
def test_a_question_whose_only_naming_passage_is_cited_second_goes_to_review(
        corpus_charter: Charter, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end: the draft rests on the access-control passage, which never names DuckDB; a second cited passage
    names it (about something else). The passage choice of round 17 is left out, so the gate itself is seen."""
    a = Answerer(corpus_charter, "external-analyst", answer_threshold=0.0)
    question = Question("1", "Does Acme enforce row filters on DuckDB queries?")
    second = _window("other.md#1", "DuckDB files are opened read-only, one connection per query.", 0.1)

    def choose(cands: list[Candidate], kind: str | None = None) -> list[Candidate]:
        return [next(c for c in cands if "row filters" in c.text), second]

    monkeypatch.setattr(a, "_choose", choose)
    monkeypatch.setattr(a, "_passing", lambda q, concepts, weights, cands, kind, draft, redraft: draft)
    ans = a.answer(question)
    assert ans.status == "review" and ans.gate == "citation", (ans.status, ans.reason)
    assert "first cited passage" in ans.reason and "'duckdb'" in ans.reason.lower()


def test_a_draft_citing_nothing_rests_on_no_passage_and_stays_held() -> None:
    """A draft with no cited sentence has no passage to rest on: the citation gate reads nothing (no crash), and the
    company gate holds it as it held a draft citing public documents alone before round 19."""
    from questionnaire.answer import _resting

    empty = Draft("extraction", [], Features(coverage=0.0, focus=0.0, absent=0.0, cosine=0.0, sentence=0.0,
                                             passage=0.0), 0.9, frozenset())
    assert _resting(empty) is None
    assert Answerer._product_page(empty) is True

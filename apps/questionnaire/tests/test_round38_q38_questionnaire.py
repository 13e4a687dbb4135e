"""Round 38 (q38): the name gate.

A question of any kind the citation gate does not read ("How is ...", "Which ...", "What ...") that writes a name
(``support.named_things``: a capitalised word inside the sentence, not a general IT acronym) asks about that thing. A
confident draft whose passage (the one it rests on: text, heading, title) never names it answers about something else
that shares the question's other words, and goes to review (``Answerer._unnamed_name``). The product's own name (used
by more than half the visible passages: an IDF under ``SUBJECT_IDF``) and a name no visible passage uses (the concept
gate's business) are not looked for. The passages here are stubs, so each case is decided by the gate alone."""

from __future__ import annotations

from types import SimpleNamespace

from questionnaire.answer import SUBJECT_IDF, Answerer, Candidate, Draft
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.support import Features
from questionnaire.types import Chunk, Question

RUNAWAY = Question("1", "How is a runaway query on a Valkyrie source cut short?")
# Shares "cut short" and "query" with the question, about cancelling evaluation runs, never naming the database.
RUNS = ("A run given a cancellation stops between items once it is cancelled: the item cut short is not stored, and "
        "the run resumes like a killed one. Each query of a run is traced.")
# The passage that answers it names the database.
TIMEOUT = "A Valkyrie source cuts a runaway query short with a statement timeout that the server enforces."


def _answerer(absent: frozenset[str] = frozenset()) -> Answerer:
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: c.term in absent)  # type: ignore[attr-defined]
    a.answer_threshold = 0.5
    return a


def _draft(passage: str, heading: str = "Guide > Runs", title: str = "Guide") -> Draft:
    chunk = Chunk("p#1", "docs/p.md", title, heading, passage, "public")  # type: ignore[arg-type]
    cand = Candidate(passage.split(". ")[0], Passage(chunk, 3.0, 1, 1, 0.8, 1.0), 0.6, frozenset())
    return Draft("extraction", [cand], Features(1.0, 1.0, 0.0, 0.8), 0.9, frozenset())


def _gate(q: Question, passage: str, *, weight: float = 3.0, absent: frozenset[str] = frozenset(),
          heading: str = "Guide > Runs") -> list[str]:
    concepts = Expander().concepts(q.text)
    weights = {c.term: weight for c in concepts}
    return _answerer(absent)._unnamed_name(q, concepts, weights, _draft(passage, heading))


def test_a_passage_that_never_names_the_database_asked_about_is_held_with_the_name_as_written() -> None:
    assert _gate(RUNAWAY, RUNS) == ["valkyrie"]


def test_the_passage_naming_it_passes_in_its_text_or_heading() -> None:
    assert _gate(RUNAWAY, TIMEOUT) == []
    assert _gate(RUNAWAY, RUNS, heading="Guide > Valkyrie sources") == []


def test_the_products_own_name_is_not_looked_for() -> None:
    # "Charter" in most passages is the documents' subject: a passage on the layers need not repeat it.
    q = Question("2", "In what order are Charter's layers arranged?")
    layers = "The layers are arranged from storage at the bottom to the server at the top."
    assert _gate(q, layers, weight=SUBJECT_IDF - 0.1) == []
    assert _gate(q, layers, weight=SUBJECT_IDF + 0.1) == ["charter"]


def test_a_name_no_visible_passage_uses_is_left_to_the_concept_gate() -> None:
    concepts = Expander().concepts(RUNAWAY.text)
    valkyrie = next(c.term for c in concepts if "valkyri" in c.term)
    assert _gate(RUNAWAY, RUNS, absent=frozenset({valkyrie})) == []


def test_a_general_it_acronym_is_no_name_for_this_gate() -> None:
    # "REST" is how the asker names the endpoints; the passage answering it says "HTTP API".
    q = Question("3", "How do programs authenticate when calling the REST endpoints?")
    assert _gate(q, "Programs send a bearer token with every call to the HTTP API.") == []


def test_yes_no_and_quantity_questions_are_the_citation_gates() -> None:
    # The citation gate (``_uncited``) reads these; this gate leaves them alone, so nothing is held twice.
    assert _gate(Question("4", "Can a runaway query on a Valkyrie source be cut short?"), RUNS) == []
    assert _gate(Question("5", "How many queries may a Valkyrie source run at once?"), RUNS) == []


def test_the_answerer_sends_the_held_draft_to_review_with_the_reason(monkeypatch) -> None:
    # The decision itself: a confident draft the gate holds is a review answer with gate "name"; one it passes is
    # answered. ``_answer`` runs on stubs of retrieval and drafting, so only the gates decide.
    from questionnaire import answer as mod

    concepts = Expander().concepts(RUNAWAY.text)
    weights = {c.term: 3.0 for c in concepts}

    def run(passage: str):  # noqa: ANN202
        a = _answerer()
        draft = _draft(passage)
        res = SimpleNamespace(passages=[draft.sentences[0].passage], concepts=concepts, dense_floor=0.0)
        a.retriever = SimpleNamespace(absent=lambda c: False, weight=lambda c: weights[c.term],
                                      retrieve=lambda text, k: res)
        a.k, a.model = 10, None
        monkeypatch.setattr(a, "_reuse", lambda *args: None, raising=False)
        monkeypatch.setattr(a, "_uncovered", lambda *args: [], raising=False)
        monkeypatch.setattr(a, "_by_meaning", lambda q, cands: cands, raising=False)
        monkeypatch.setattr(a, "_candidates", lambda *args: list(draft.sentences), raising=False)
        monkeypatch.setattr(a, "_choose", lambda cands, kind=None: cands, raising=False)
        monkeypatch.setattr(a, "_draft", lambda *args: draft, raising=False)
        monkeypatch.setattr(a, "_claim", lambda *args: 1.0, raising=False)
        monkeypatch.setattr(a, "_quotes", lambda *args: [], raising=False)
        monkeypatch.setattr(mod, "about_vendor", lambda text: False)
        return a._answer(RUNAWAY)

    held = run(RUNS)
    assert (held.status, held.gate) == ("review", "name")
    assert "never mentions 'valkyrie'" in held.reason
    assert run(TIMEOUT).status == "answered"

"""Round 17 (q17): passage choice that knows the citation gate. A confident draft whose cited passages never name the
thing a question asks about gives way to the draft from the next best-ranked passage that names it and passes both
gates; a question no passage answers stays held, and so does a draft only the claim gate holds."""

from __future__ import annotations

from types import SimpleNamespace

from questionnaire.answer import ALTERNATE_RANK, Answerer, Candidate, Draft
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.support import Features
from questionnaire.types import Chunk, Question

QUESTION = Question("1", "Does the gateway support SAML sign-in for administrators?")
NEIGHBOUR = "The gateway supports OIDC sign-in for every administrator."   # the citation gate holds it: no SAML
STATED = "The gateway supports SAML sign-in for administrators through the identity provider."
# Names every term of the question, but in sentences far apart: only the claim gate holds it.
SCATTERED = ("The gateway runs nightly. The weather was fine. Nothing else happened. SAML is a standard. The sky is "
             "blue. Take some rest. Users sign forms. It was late. Lunch is at noon. Administrators are busy.")


def _window(chunk_id: str, passage: str, score: float, coverage: float = 1.0) -> Candidate:
    chunk = Chunk(chunk_id, f"docs/{chunk_id.split('#')[0]}.md", "X", "X > Y", passage, "public")
    return Candidate(passage.split(". ")[0].rstrip(".") + ".", Passage(chunk, score, 1, 1, 0.8, coverage), 0.6,
                     frozenset())


def _answerer(threshold: float = 0.5) -> Answerer:
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: False)  # type: ignore[attr-defined]
    a.answer_threshold = threshold
    return a


def _draft(chosen: list[Candidate], confidence: float = 0.9) -> Draft:
    return Draft("extraction", chosen, Features(1.0, 1.0, 0.0, 0.8), confidence, frozenset())


def _chosen(cands: list[Candidate], *, confidence: float = 0.9, again: float = 0.9) -> list[str]:
    concepts = Expander().concepts(QUESTION.text)
    weights = {c.term: 1.0 for c in concepts}
    first = _draft([cands[0]], confidence)
    out = _answerer()._passing(QUESTION, concepts, weights, cands, None, first, lambda chosen: _draft(chosen, again))
    return [c.passage.chunk.chunk_id for c in out.sentences]


def test_a_draft_about_a_neighbouring_feature_gives_way_to_the_passage_that_names_the_thing_asked() -> None:
    assert _chosen([_window("a#1", NEIGHBOUR, 3.0), _window("b#1", STATED, 2.5)]) == ["b#1"]


def test_a_draft_no_gate_holds_keeps_the_best_ranked_passage() -> None:
    assert _chosen([_window("b#1", STATED, 3.0), _window("c#1", STATED.replace("through", "via"), 2.5)]) == ["b#1"]


def test_a_draft_only_the_claim_gate_holds_keeps_its_passage() -> None:
    # Its passage names the terms, not together: a matter of degree, not a passage about something else.
    assert _chosen([_window("s#1", SCATTERED, 3.0), _window("b#1", STATED, 2.5)]) == ["s#1"]


def test_the_held_draft_stays_when_no_passage_passes_or_the_next_one_is_not_confident() -> None:
    # The reviewer then reads the first draft's gate: nothing is answered from a passage that does not say it.
    assert _chosen([_window("a#1", NEIGHBOUR, 3.0), _window("d#1", NEIGHBOUR.replace("every", "each"), 2.5)]) == \
        ["a#1"]
    # The next passage names SAML but the claim gate holds it.
    assert _chosen([_window("a#1", NEIGHBOUR, 3.0), _window("s#1", SCATTERED, 2.5, coverage=0.4)]) == ["a#1"]
    stated = [_window("a#1", NEIGHBOUR, 3.0), _window("b#1", STATED, 2.5)]
    assert _chosen(stated, again=0.3) == ["a#1"]
    # A draft under the threshold goes to review for its confidence; no other passage is looked for.
    assert _chosen(stated, confidence=0.3) == ["a#1"]


def test_only_the_first_passages_with_a_usable_window_are_looked_at() -> None:
    held = [_window(f"n{i}#1", NEIGHBOUR.replace("every", f"team {i} and every"), 3.0 - i * 0.1)
            for i in range(ALTERNATE_RANK)]
    stated = _window("b#1", STATED, 1.0, coverage=0.4)   # too little of the question's weight to be a second passage
    assert _chosen([*held, stated]) == ["n0#1"]
    assert _chosen([*held[:-1], stated]) == ["b#1"]

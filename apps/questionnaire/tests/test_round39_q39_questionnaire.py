"""Round 39 (q39): the degree word of a "how many / how long / how often ..." frame is no concept.

"how many", "how long", "how often" (the frames ``support.answer_type`` reads) ask for the answer's type, a quantity
or a duration; the word after "how" says nothing about the topic. As a concept it took a rare word's weight (the
documents seldom write "many" or "long"), and in a quantity question it could be the most specific concept, which the
citation gate then looked for in the passage giving the number (``text.unframed``, used by ``key_terms`` and
``Expander.concepts``). The answer type itself is still read from the question as written."""

from __future__ import annotations

from types import SimpleNamespace

from questionnaire.answer import Answerer, Candidate, Draft
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.support import Features, answer_type
from questionnaire.text import key_terms, stem, unframed
from questionnaire.types import Chunk, Question

BREAKER = Question("1", "After how many back-to-back failed calls does the gateway stop sending requests to a model?")
# The passage that gives the number never writes "many".
OPENS = ("The gateway's circuit breaker opens after 5 consecutive failed calls to a model and stops sending requests "
         "to it for 30 seconds.")


def _terms(question: str) -> list[str]:
    return [c.term for c in Expander().concepts(question)]


def test_the_degree_word_of_a_how_frame_is_no_concept() -> None:
    assert stem("many") not in _terms(BREAKER.text)
    for q, word in (("How long does the server wait for a tool to answer?", "long"),
                    ("How often is the drift recomputed?", "often"),
                    ("How soon does a revoked grant take effect?", "soon"),
                    ("How large is a chunk by default?", "large"),
                    ("How frequently are alerts checked?", "frequently")):
        assert stem(word) not in _terms(q), q
        assert stem(word) not in key_terms(q), q
    # The topic words stay.
    assert {stem("gateway"), stem("fail"), stem("call")} <= set(_terms(BREAKER.text))


def test_the_same_word_outside_the_frame_stays_a_concept() -> None:
    assert stem("long") in _terms("Can a long query be cancelled?")
    assert stem("long") in _terms("How does Charter handle long-running tool calls?")
    assert stem("many") in _terms("Which of the many connectors read Parquet?")
    assert unframed("How many tokens, and how long?") == "how tokens, and how?"


def test_the_answer_type_is_still_read_from_the_question_as_written() -> None:
    assert answer_type(BREAKER.text) == "quantity"
    assert answer_type("How long does the server wait for a tool to answer?") == "duration"


def _uncited(q: Question, passage: str) -> list[str]:
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: False)  # type: ignore[attr-defined]
    concepts = Expander().concepts(q.text)
    # "many" would be the rarest word of the question (the documents seldom write it): the highest weight.
    # After it, the thing counted (the failed calls, the logins) is the rarest.
    rare = {stem("many"): 6.0, stem("call"): 5.0, stem("login"): 5.0}
    weights = {c.term: rare.get(c.term, 3.0) for c in concepts}
    chunk = Chunk("p#1", "docs/p.md", "Models", "Models > Circuit breaker", passage, "public")  # type: ignore[arg-type]
    cand = Candidate(passage, Passage(chunk, 3.0, 1, 1, 0.8, 1.0), 0.6, frozenset())
    draft = Draft("extraction", [cand], Features(1.0, 1.0, 0.0, 0.8), 0.9, frozenset())
    return a._uncited(q, concepts, weights, draft)


def test_the_citation_gate_no_longer_looks_for_many_in_the_passage_giving_the_number() -> None:
    assert _uncited(BREAKER, OPENS) == []
    # The gate still holds a passage that never names the thing counted (its most specific concept).
    q = Question("2", "After how many failed logins is a reviewer locked out?")
    assert _uncited(q, "The gateway stops sending requests after 5 consecutive failures.") != []

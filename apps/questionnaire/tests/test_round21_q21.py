"""Round 21 (q21): a passage word standing in for the asker's word, measured and not shipped.

The citation gate reads a yes/no question's word that no visible passage uses as the thing asked (``_specific``) and
holds a draft whose passage does not use it. Round 21 measured whether the passage the answer rests on says the same
thing in other words: each of its words swapped into the question, the question's embedding compared with the
original's (docs/questionnaire.md, Figures, Round 21). For the right drafts the gate holds, no passage word recovered
any of what taking the asker's word out loses (the nearest were "otherwise", "take", "one": the word is incidental,
not paraphrased), so nothing was shipped and the gate stays lexical. These tests pin that reading, so a change to it is
a deliberate one: what the passage does not name is held however close a word of it is in meaning, and a word the
question writes as a name is looked for as written."""

from __future__ import annotations

from types import SimpleNamespace

from questionnaire.answer import Answerer, Candidate, Draft
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.support import Features, without_words
from questionnaire.types import Chunk, Question

ABSENT = {"counterfeit", "zitadel"}     # words no visible passage uses


def _answerer() -> Answerer:
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: c.term in ABSENT)  # type: ignore[attr-defined]
    a.answer_threshold = 0.5
    return a


def _draft(passage: str) -> Draft:
    chunk = Chunk("p#1", "docs/p.md", "Gateway", "Gateway > Tokens", passage, "public")  # type: ignore[arg-type]
    cand = Candidate(passage.split(". ")[0], Passage(chunk, 3.0, 1, 1, 0.8, 1.0), 0.6, frozenset())
    return Draft("extraction", [cand], Features(1.0, 1.0, 0.0, 0.8), 0.9, frozenset())


def _uncited(q: Question, passage: str) -> list[str]:
    concepts = Expander().concepts(q.text)
    weights = {c.term: 2.0 if c.term in ABSENT else 1.0 for c in concepts}   # absent words: the highest IDF
    return _answerer()._uncited(q, concepts, weights, _draft(passage))


def test_an_absent_ordinary_word_is_held_even_when_the_passage_says_it_otherwise() -> None:
    q = Question("1", "Does the gateway reject counterfeit tokens?")
    assert _uncited(q, "The gateway rejects forged tokens with a 401 and audits the attempt.") == ["counterfeit"]


def test_a_name_is_looked_for_as_the_question_writes_it() -> None:
    q = Question("2", "Does the gateway accept tokens from Zitadel?")
    assert _uncited(q, "The gateway accepts tokens from Keycloak through OpenID Connect.") == ["zitadel"]
    assert _uncited(q, "The gateway accepts tokens from Zitadel through OpenID Connect.") == []


def test_the_measured_drop_takes_out_every_form_of_the_word() -> None:
    # The measurement's baseline: the question without the asker's word (``support.without_words``, the concept gate's).
    assert without_words("Is a counterfeit token, or counterfeits, refused?", {"counterfeit"}) == \
        "Is a token, or , refused?"

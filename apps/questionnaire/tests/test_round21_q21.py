"""Round 21 (q21): the citation gate reads a passage's word that stands in for the asker's word no document uses.

A yes/no question's most specific concept is, among others, a word no visible passage uses at all (``_specific``).
Until round 21 the citation gate held every draft whose passage did not use that word, though the asker's word is
often only theirs for what the documents say otherwise ("counterfeit" tokens where the passage says "forged"). Now a
word of the passage the answer rests on stands in for it when the question with that word swapped in means what it
did (``support.stand_in``: the question's own embedding, not word against word). Names, hyphenated terms and words
the question uses itself never stand in. The fake embedder below gives words of one meaning one direction."""

from __future__ import annotations

import hashlib
import re
from types import SimpleNamespace

import numpy as np
import pytest

from questionnaire.answer import Answerer, Candidate, Draft
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.support import Features, stand_in, with_word
from questionnaire.types import Chunk, Question

# Words of one meaning for the fake embedder (each group one direction; any other word a direction of its own).
MEANINGS = (("counterfeit", "forged", "fake"), ("instantly", "immediately"), ("zitadel", "keycloak"))


class FakeEmbedder:
    """A bag of meanings: each word adds its group's direction (or its own), so a synonym swapped into a question
    leaves its vector unchanged and any other word moves it. A fake, for these tests only."""

    name = "fake"
    dimensions = 512

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dimensions, dtype=np.float32)
        for w in re.findall(r"[a-z]+", text.lower()):
            key = next((g[0] for g in MEANINGS if w in g), w)
            v[int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest(), "little") % self.dimensions] += 1
        return v / (np.linalg.norm(v) or 1.0)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._one(t) for t in texts])


ABSENT = {"counterfeit", "instantly", "zitadel"}     # words no visible passage uses


def _answerer(monkeypatch: pytest.MonkeyPatch) -> Answerer:
    import charter.data

    monkeypatch.setattr(charter.data, "get_embedder", lambda _settings: FakeEmbedder())
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: c.term in ABSENT)  # type: ignore[attr-defined]
    a.charter = SimpleNamespace(settings=None)  # type: ignore[attr-defined]
    a.answer_threshold = 0.5
    return a


def _draft(passage: str) -> Draft:
    chunk = Chunk("p#1", "docs/p.md", "Gateway", "Gateway > Tokens", passage, "public")  # type: ignore[arg-type]
    cand = Candidate(passage.split(". ")[0], Passage(chunk, 3.0, 1, 1, 0.8, 1.0), 0.6, frozenset())
    return Draft("extraction", [cand], Features(1.0, 1.0, 0.0, 0.8), 0.9, frozenset())


def _uncited(a: Answerer, q: Question, passage: str) -> list[str]:
    concepts = Expander().concepts(q.text)
    weights = {c.term: 2.0 if c.term in ABSENT else 1.0 for c in concepts}   # absent words: the highest IDF
    return a._uncited(q, concepts, weights, _draft(passage))


COUNTERFEIT = Question("1", "Does the gateway reject counterfeit tokens?")


def test_a_passage_word_meaning_the_asker_s_word_stands_in_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    a = _answerer(monkeypatch)
    assert _uncited(a, COUNTERFEIT, "The gateway rejects forged tokens with a 401 and audits the attempt.") == []


def test_without_such_a_word_the_gate_holds_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    a = _answerer(monkeypatch)
    assert _uncited(a, COUNTERFEIT, "The gateway rejects expired tokens with a 401 and audits the attempt.") == \
        ["counterfeit"]


def test_a_name_never_has_a_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Zitadel" is written as a name: the question asks about that product, and a passage about another one
    # (the fake embedder even gives them one meaning) is about something else.
    a = _answerer(monkeypatch)
    q = Question("2", "Does the gateway accept tokens from Zitadel?")
    assert _uncited(a, q, "The gateway accepts tokens from Keycloak through OpenID Connect.") == ["zitadel"]


def test_a_word_the_question_uses_itself_stands_in_for_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # "fake" is the question's own word (its own concept): it cannot also be the passage's word for "counterfeit".
    a = _answerer(monkeypatch)
    q = Question("3", "Does the gateway reject counterfeit or fake tokens?")
    assert _uncited(a, q, "The gateway rejects fake tokens with a 401.") == ["counterfeit"]


def test_stand_in_measures_the_question_in_its_own_context() -> None:
    emb = FakeEmbedder()
    q = "Are revoked keys dropped instantly by the gateway?"
    word, measured = stand_in(q, {"instantly"}, ["immediately", "weekly"], emb)
    assert word == "immediately" and measured["distance"] == pytest.approx(0.0, abs=1e-6)
    word, measured = stand_in(q, {"instantly"}, ["weekly", "audited"], emb)
    assert word is None and measured["distance"] > 0.0
    assert stand_in(q, {"instantly"}, [], emb) == (None, {})


def test_with_word_swaps_every_form_and_each_part_of_a_hyphenated_word() -> None:
    assert with_word("Is it done instantly, instantly-ish?", {"instantly"}, "now") == "Is it done now, now-ish?"

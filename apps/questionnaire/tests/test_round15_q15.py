"""Round 15: an answered draft also quotes the further passages that state the question's terms on their own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from charter.runtime import Charter
from questionnaire import answer as answer_mod
from questionnaire.answer import Answerer, Candidate
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.types import Chunk, Question

QUESTION = "Are database backups encrypted at rest?"


def _window(chunk_id: str, text: str, score: float, coverage: float, support: float = 0.6) -> Candidate:
    chunk = Chunk(chunk_id, f"docs/{chunk_id.split('#')[0]}.md", "X", "X > Y", text, "public")
    return Candidate(text.split(". ")[0].rstrip(".") + ".", Passage(chunk, score, 1, 1, 0.8, coverage), support,
                     frozenset())


def _answerer() -> Answerer:
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: False)  # type: ignore[attr-defined]
    return a


def _quotes(cands: list[Candidate], chosen: list[Candidate]) -> list[str]:
    concepts = Expander().concepts(QUESTION)
    weights = {c.term: 1.0 for c in concepts}
    return [c.passage.chunk.chunk_id for c in _answerer()._quotes(concepts, weights, cands, None, chosen)]


def test_a_further_passage_that_states_the_question_s_terms_is_quoted() -> None:
    first = _window("a#1", "Database backups are encrypted at rest with AES-256.", 3.0, 1.0)
    states = _window("b#1", "Every database backup is encrypted at rest.", 2.5, 0.9)
    assert _quotes([first, states], [first]) == ["b#1"]


def test_a_passage_that_only_shares_the_words_or_names_too_few_of_them_is_not_quoted() -> None:
    first = _window("a#1", "Database backups are encrypted at rest with AES-256.", 3.0, 1.0)
    # Names the terms, but in sentences far apart: no statement says what the question asks.
    scattered = _window("c#1", "Backups run nightly. The weather was fine. Nothing else happened. Data is encrypted. "
                        "The sky is blue. Take some rest. It was late. A database exists.", 2.8, 1.0)
    few = _window("d#1", "Backups are listed here.", 2.6, 0.3)          # under half the first one's concept weight
    assert _quotes([first, scattered, few], [first]) == []


def test_quotes_stop_at_the_passage_and_sentence_limits() -> None:
    first = _window("a#1", "Database backups are encrypted at rest with AES-256.", 3.0, 1.0)
    more = [_window(f"{n}#1", f"Each {n} database backup is encrypted at rest.", 2.9 - i * 0.1, 1.0)
            for i, n in enumerate("bcdef")]
    # Round 40 (q40): four passages among the first five (three among four until then).
    assert _quotes([first, *more], [first]) == ["b#1", "c#1", "d#1"]    # four passages cited in all
    assert _quotes([first, *more], [first, more[0]]) == ["c#1", "d#1"]
    assert _quotes([first, *more], [first, more[0], more[1], more[2]]) == []   # four cited already
    # Only the QUOTE_RANK best-ranked passages with a usable window are looked at (test_round40_q40_questionnaire).


def test_quotes_never_change_whether_a_question_is_answered(corpus_charter: Charter,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    questions = [Question("1", "Which databases can Acme connect to as data sources?"),
                 Question("2", "Does Acme keep an audit log?"), Question("3", "Is there a weather forecast API?")]
    with_quotes = [Answerer(corpus_charter, "external-analyst").answer(q) for q in questions]
    monkeypatch.setattr(answer_mod, "QUOTE_PASSAGES", 0)
    without = [Answerer(corpus_charter, "external-analyst").answer(q) for q in questions]
    assert [(a.status, a.confidence) for a in with_quotes] == [(a.status, a.confidence) for a in without]
    for a, b in zip(with_quotes, without, strict=True):
        assert [c.chunk_id for c in b.citations] == [c.chunk_id for c in a.citations][:len(b.citations)]

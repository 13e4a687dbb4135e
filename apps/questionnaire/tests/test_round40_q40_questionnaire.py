"""Round 40 (q40): an answered draft quotes up to four passages, looked for among the first five with a usable window,
in up to seven sentences (round 15's supporting quotes were three passages among four, five sentences).

A passage further down that states the question's terms on its own (the claim check) and names enough of the first
cited passage's concept weight answers the same question; on the tuning sets the one holding the key fact was often the
fourth or fifth such passage, or its window did not fit in five sentences. The quotes are still chosen after the
decision: they change no status or confidence, only what the answer shows."""

from __future__ import annotations

from types import SimpleNamespace

from questionnaire import answer as answer_mod
from questionnaire.answer import Answerer, Candidate
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.types import Chunk

QUESTION = "Are database backups encrypted at rest?"


def _window(chunk_id: str, text: str, score: float, coverage: float = 1.0, size: int = 1) -> Candidate:
    chunk = Chunk(chunk_id, f"docs/{chunk_id.split('#')[0]}.md", "X", "X > Y", text, "public")
    return Candidate(text, Passage(chunk, score, 1, 1, 0.8, coverage), 0.6, frozenset(), size=size)


def _quotes(cands: list[Candidate], chosen: list[Candidate]) -> list[str]:
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: False)  # type: ignore[attr-defined]
    concepts = Expander().concepts(QUESTION)
    weights = {c.term: 1.0 for c in concepts}
    return [c.passage.chunk.chunk_id for c in a._quotes(concepts, weights, cands, None, chosen)]


FIRST = _window("a#1", "Database backups are encrypted at rest with AES-256.", 3.0)


def _stating(names: str, top: float = 2.9) -> list[Candidate]:
    return [_window(f"{n}#1", f"Each {n} database backup is encrypted at rest.", top - i * 0.1)
            for i, n in enumerate(names)]


def test_the_limits() -> None:
    assert (answer_mod.QUOTE_PASSAGES, answer_mod.QUOTE_RANK, answer_mod.QUOTE_SENTENCES) == (4, 5, 7)


def test_a_fourth_passage_is_quoted() -> None:
    more = _stating("bcde")
    assert _quotes([FIRST, *more], [FIRST]) == ["b#1", "c#1", "d#1"]        # four passages cited in all
    assert _quotes([FIRST, *more], [FIRST, more[0]]) == ["c#1", "d#1"]      # a second passage drafted counts


def test_the_fifth_ranked_passage_is_looked_at() -> None:
    # The second to fourth passages only share the words; the fifth states them.
    scattered = [_window(f"{n}#1", "Backups run nightly. The weather was fine. Nothing else happened. Data is "
                         "encrypted. The sky is blue. Take some rest. It was late. A database exists.", 2.9 - i * 0.1)
                 for i, n in enumerate("bcd")]
    fifth = _window("e#1", "Every database backup is encrypted at rest.", 2.5)
    sixth = _window("f#1", "Each database backup is encrypted at rest by default.", 2.4)
    assert _quotes([FIRST, *scattered, fifth, sixth], [FIRST]) == ["e#1"]   # the sixth is beyond QUOTE_RANK


def test_the_sentence_budget_is_seven() -> None:
    first = _window("a#1", "Database backups are encrypted at rest with AES-256. It uses a managed key. Keys rotate.",
                    3.0, size=3)
    b = _window("b#1", "Each b database backup is encrypted at rest. It is checked daily.", 2.9, size=2)
    c = _window("c#1", "Each c database backup is encrypted at rest. It is kept a year.", 2.8, size=2)
    d = _window("d#1", "Each d database backup is encrypted at rest.", 2.7, size=1)
    # 3 + 2 + 2 = 7 sentences: the fourth passage's window no longer fits.
    assert _quotes([first, b, c, d], [first]) == ["b#1", "c#1"]
    # Under five sentences (round 15's budget) only one two-sentence quote fitted after a three-sentence draft.
    assert _quotes([first, b, d], [first]) == ["b#1", "d#1"]


def test_a_passage_that_only_shares_the_words_is_still_not_quoted() -> None:
    few = _window("g#1", "Backups are listed here.", 2.9, coverage=0.3)     # under 0.4 of the first's concept weight
    assert _quotes([FIRST, few], [FIRST]) == []

"""Round 35 (lead): the merge's mends and a wrong answer r35 noticed.

- a set narrowed by the asker's own choice right after it ("Which banks, the ones I own, ...") is refused, naming
  the words: they are all function words (own, hold, cover), so the set was answered whole;
- a word said again after a dash is merged only from the closed classes (f35g's false start; a content word said on
  both sides of a dash is left for the steps: tested in test_round35_f35g.py);
- "the lowest X's shares fell to" never spans a relative clause or a close already said (round 24's readings).
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

BANKS_PE = 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'


@pytest.mark.parametrize(("question", "words"), [
    # a portfolio manager's chat
    ("Which banks, the ones I own, have a P/E below 10?", "the ones i own"),
    ("which banks, those we hold, have a p/e below 10?", "those we hold"),
    # a broker's note, the aside between dashes
    ("Which insurers - the ones you cover - have a P/E under 12?", "the ones you cover"),
    # a family office's letter, the aside in brackets
    ("Please list the utilities (the ones that we own) with a dividend yield above 4%.",
     "the ones that we own"),
])
def test_a_set_the_asker_chose_is_named_never_answered_whole(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # a definition the steps read, an aside that restates a set, a plain screen
    ("Which banks, those with a P/E below 10, have a dividend yield above 3%?",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND FG_DIV_YIELD(D0) > 3)'),
    ("Which banks, the ones in Germany, have a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Germany"), FG_PE(D0) < 10)'),
    ("Which banks have a P/E below 10?", BANKS_PE),
])
def test_an_aside_the_steps_read_still_reads(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    ("The lowest closing level to which Falcon Software's shares fell during 2022.", "P_LOW(2022-01-01, 2022-12-31) FOR FALC"),
    ("whats the highest the apex medical stock got in 2024", "P_HIGH(2024-01-01, 2024-12-31) FOR APXD"),
    ("which - which banks have a P/E below 10?", BANKS_PE),
])
def test_the_merge_mends(question: str, query: str) -> None:
    assert q(question) == query

"""Round 24 (f24w): wrong answers the round-24 helpers noticed, each a class. Own wordings (each positive fails before
its fix); near misses keep their reading or stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate import senses

# -- an English word two edits from a measure's name is that word, not a slip ------------------------------------------


@pytest.mark.parametrize("word", ["profile", "staples", "getting", "gross profile"])
def test_an_english_word_two_edits_away_is_no_measure(word: str) -> None:
    assert senses.fuzzy(word) is None


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("NWSY's profile and P/E", "profile"),  # was FF_NET_INC(FY2024), FG_PE(D0): a net income column added
        ("NWSY sales profile FY2023", "profile"),  # was FF_SALES(FY2023), FF_NET_INC(FY2023)
    ],
)
def test_profile_adds_no_net_income(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("word", "key"),
    [("revnue", "sales"), ("proft", "net_inc"), ("net incme", "net_inc"), ("gross proft", "gross_inc"),
     ("earning", "net_inc"), ("emplyees", "employees")],
)
def test_near_miss_slips_keep_their_measure(word: str, key: str) -> None:
    got = senses.fuzzy(word)
    assert got is not None and got[0].key == key

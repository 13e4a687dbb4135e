"""Round 17 (f17d): a family name with a word that fits none of its members is refused naming the word, never
handed to the model to guess; own wording, not the tuning questions."""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate.pipeline import translate


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("What was the revenue of the widgets business of Fairhaven in 2023?", "widgets"),
        ("Revenue of Fairhaven's gadgets arm in 2023", "gadgets"),
        ("net income of the sprockets division of Ashford last year", "sprockets"),
        ("Aurora's card business net income last year", "card"),
    ],
)
def test_a_word_that_fits_no_member_is_no_close_call_for_the_model(question: str, word: str) -> None:
    a = translate(question)
    assert a.reading is None and a.candidates == []  # the model is not asked to choose a member
    assert word in (a.message or "")


def test_the_model_chooses_only_among_the_members_the_known_words_fit() -> None:
    # "financial" fits both of Delta's members, "consumer" three of Monarch's four: the unread word chooses among those
    assert [c.options for c in translate("Delta's financial advisory arm net income last year").candidates] == \
        [["DELC", "DELT"]]
    assert [c.options for c in translate("Monarch's consumer lager business sales in 2023").candidates] == \
        [["MHP", "MONA", "MONB"]]
    # a misspelt word of one member's industry still picks it, without the model
    assert q("What was the revenue of the packging business of Fairhaven in 2023?") == "FF_SALES(FY2023) FOR FAIR"
    assert q("Fairhaven's minning division sales 2023") == "FF_SALES(FY2023) FOR FAIM"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a yield is what a stock offers
        ("Which companies headquartered in Germany were offering a dividend yield above 3% at the end of 2023?",
         'NAME, FG_DIV_YIELD(2023-12-31) FOR SCREEN(COUNTRY("Germany"), FG_DIV_YIELD(2023-12-31) > 3)'),
        ("Which utilities offer the highest dividend yield today? top 5",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 5'),
        # "I'm after" is what the asker wants
        ("I'm after semiconductor firms with positive free cash flow last fiscal year",
         'NAME, FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Semiconductors"), FF_FCF(FY2024) > 0)'),
        ("What we're after is the net income of Falcon Software in 2023", "FF_NET_INC(FY2023) FOR FALC"),
    ],
)
def test_framing_verbs_of_a_long_question(question: str, query: str) -> None:
    assert q(question) == query


def test_offering_and_after_are_read_only_as_framing() -> None:
    assert q("Did any utility offer a dividend yield above 4% at the end of 2023?") is not None
    assert q("Which companies did a share offering in 2023?") is None  # an offering of shares is no yield
    assert q("I'm after fiscal 2023 revenue of Falcon Software") is None  # "after" before a period may be the period's

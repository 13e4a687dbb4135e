"""Round 23, lead: a slip in the measure's word of a condition adjective ("pay dividens", "have no debtt"). The slip
alone was read by the senses' spelling match as the measure shown and the condition was lost: every bank listed with
its DPS (a wrong answer), or the dividend dropped from a screen of two conditions. Corrected, the words make the
adjective, so the word is written and the question read again; near misses keep the measure without a condition."""

from __future__ import annotations

import pytest
from reading_helpers import q

PAYERS = 'NAME, FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) > 0)'


@pytest.mark.parametrize("question", [
    "Which banks pay dividens?",
    "Which banks pay dividnds?",
    "banks that pay a divdend",
    "Which banks are paying dividneds?",
])
def test_a_slip_in_the_dividend_of_a_payer_keeps_the_condition(question: str) -> None:
    assert q(question) == PAYERS


def test_a_slipped_dividend_condition_beside_another_is_kept() -> None:
    assert q("Which banks pay a dividned and have a P/E under 10?") == (
        'NAME, FF_DPS(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) > 0 AND FG_PE(D0) < 10)')


@pytest.mark.parametrize(("question", "want"), [
    ("Which banks don't pay dividens?", 'NAME, FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) = 0)'),
    ("Which banks have no debtt?", 'NAME, FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) = 0)'),
])
def test_a_slip_in_a_negated_condition_keeps_it(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "want"), [
    # the measure itself, no condition said: the slip is read as before
    ("dividens of banks in FY2023", 'NAME, FF_DPS(FY2023) FOR SCREEN(INDUSTRY("Banks"))'),
    # an amount compared: the measure's own comparison, not the payer adjective
    ("Which banks paid dividens above 2 in FY2023?",
     'NAME, FF_DPS(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2023) > 2)'),
])
def test_near_misses_of_a_slipped_condition(question: str, want: str) -> None:
    assert q(question) == want

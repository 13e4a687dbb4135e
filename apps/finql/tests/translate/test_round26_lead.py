"""Round 26, the lead's merge mends: f26n's refusal of a one-figure measure defined with its operands' own periods
(after a comma) and f26w's reading of a formula after a comma or a dash met in ``compose._apposition_over``; each
helper's version alone read some of these as a condition (DPS above the price: a wrong answer)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

DEFINED_ONE_FIGURE = [
    ("Top 3 banks by dividend yield - trailing DPS over today's price", "trailing dps over today's price"),
    ("utilities ranked by dividend yield, last year's DPS over the current price",
     "last year's dps over the current price"),
    ("Top 2 insurers by dividend yield -- FY2023 DPS over today's close", "fy2023 dps over today's close"),
]


@pytest.mark.parametrize(("question", "words"), DEFINED_ONE_FIGURE)
def test_one_figure_defined_with_own_periods_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


def test_the_same_words_as_a_condition_stay_a_condition() -> None:
    assert q("utilities whose trailing DPS is over today's price") == (
        'NAME, FF_DPS(LTM), P_PRICE(D0) FOR SCREEN(SECTOR("Utilities"), FF_DPS(LTM) > P_PRICE(D0))')

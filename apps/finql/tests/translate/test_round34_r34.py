"""Round 34 (r34), the review of round 33: a near miss of f33g's class ("the lowest share price today relative to
...") that read wrong: a figure divided by itself (two figures said, read as one period) is refused, naming the ratio's
words; the ratios of two figures said stay read."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# "last year's close" was read as today's: P_PRICE(D0) / P_PRICE(D0), 1 for every row (a wrong answer that looks right)
SELF_RATIO = [
    "Northwind Systems share price today relative to last year's close",
    "Which utility has the lowest share price currently relative to last year's close?",
    "Which bank has the highest share price today relative to last year's close?",
]


@pytest.mark.parametrize("question", SELF_RATIO)
def test_a_figure_over_itself_is_refused(question: str) -> None:
    assert "divided by itself" in refused(question)


# near misses: a ratio of two figures said keeps its reading
KEPT = [
    ("Northwind Systems share price today relative to its close on 31 December 2023",
     "P_PRICE(D0) / P_PRICE(2023-12-31) FOR NWSY"),
    ("Which bank has the lowest share price today relative to its 20-day low?",
     'NAME, P_PRICE(D0) / P_LOW(D-20, D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(D0) / P_LOW(D-20, D0) ASC TOP 1'),
    ("Debt over equity of Copperfield Air for FY2024, in percent", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR COPP"),
]


@pytest.mark.parametrize(("question", "query"), KEPT)
def test_a_ratio_of_two_figures_stays_read(question: str, query: str) -> None:
    assert q(question) == query

"""Round 39 (r39): review of round 38's rules with near misses: the wrong answers their neighbours gave (other word
orders, a second period, a second order, a valuation's basis), each mend with the class's wordings and the neighbours
it keeps."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# 1. f38b's "what they own" (the assets): "how much of X does Y own" is a stake, never the assets of both
@pytest.mark.parametrize("question", [
    "how much of Falcon Software does Apex Materials own",
    "How much of Falcon Software does Apex Materials own?",
    "how much of Keystone Properties does Falcon Software own?",
])
def test_how_much_of_is_no_assets(question: str) -> None:
    assert "FF_ASSETS" not in (q(question) or "") and "FF_DEBT" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("how much does Driftwood Automotive owe, in US money", "FF_DEBT(FY2024) FOR DRIF IN USD"),
    ("how much do the banks own", 'NAME, FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
])
def test_what_they_own_stays_read(question: str, query: str) -> None:
    assert q(question) == query


# 2. f38a's "from the highest down to the lowest": after a verb of a move it is the move's two ends, no order
@pytest.mark.parametrize("question", [
    "Which banks went from the highest P/E down to the lowest in 2024?",
    "Which banks moved from the highest P/E down to the lowest in 2024?",
    "Which banks fell from the highest P/E down to the lowest in 2024?",
])
def test_a_move_from_the_highest_is_no_order(question: str) -> None:
    assert "SORT" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Rank the banks by P/E from the highest down to the lowest",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ("Show the banks, from the highest dividend yield down, with their P/E",
     'NAME, FG_DIV_YIELD(D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_DIV_YIELD(D0) DESC'),
    ("List the banks from the lowest P/E up to the highest",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
])
def test_an_order_from_the_highest_stays(question: str, query: str) -> None:
    assert q(question) == query

"""Round 45 (f45t): wrong answers of tune43a's classes — how much a stock moved (a verb of no direction) beside a second
clause (the move was dropped), a stretch said again as "in that time", a sentence that opens with "plus" (added across
the sentence's end), and "which is the biggest ...? Largest first" (TOP 1, the order of all dropped). Rules alone; every
phrasing here is this file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. "how much did its stock move" beside a second clause: the return, never dropped ---


@pytest.mark.parametrize(("question", "query"), [
    ("How much did Prairie Airways' shares move over the last 20 trading days, and what was their highest close?",
     "P_RETURN(D-20, D0), P_HIGH(D-20, D0) FOR PRAI"),
    ("How much has Copperfield Air's share price moved since 2024-06-30, and what is its P/E today?",
     "P_RETURN(2024-06-30, D0), FG_PE(D0) FOR COPP"),
    ("How much did Nimbus Freight's stock move in 2023, and what was its low that year?",
     "P_RETURN(2022-12-31, 2023-12-31), P_LOW(2023-01-01, 2023-12-31) FOR NIMB"),
    ("What was Prairie Airways' highest close over the last 15 trading days, and how much did the stock move in that time?",
     "P_HIGH(D-15, D0), P_RETURN(D-15, D0) FOR PRAI"),
    ("What was Prairie Airways' lowest close in 2024, and how much did its shares move over the same stretch?",
     "P_LOW(2024-01-01, 2024-12-31), P_RETURN(2023-12-31, 2024-12-31) FOR PRAI"),
    ("What was Nimbus Freight's high over the past 30 trading days, and how much did its stock move during that period?",
     "P_HIGH(D-30, D0), P_RETURN(D-30, D0) FOR NIMB"),
    # alone, as before
    ("How much did Nimbus Freight's stock move over the last 10 trading days?", "P_RETURN(D-10, D0) FOR NIMB"),
])
def test_stock_moved_beside_another(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # no period after the verb: over which days? (it was dropped, the low alone answered)
    ("How much did Prairie Airways' stock move, and what was its lowest close over the last 10 trading days?", "move"),
    ("What was Prairie Airways' high in 2024, and how much did its stock move?", "move"),
    # a figure's move: a change, never the figure
    ("How much did Prairie Airways' net income move in 2024, and what was its high?", "move"),
    # "at that time": a point, or the stretch?
    ("What was Prairie Airways' return in 2024, and its high at that time?", "time"),
    # two days said before: no one stretch
    ("What was Prairie Airways' close on 2024-03-01 and on 2024-06-28, and how much did its stock move in that time?",
     "in that time"),
])
def test_stock_moved_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. a sentence that opens with "plus" adds a request, no sum across the sentence's end ---


@pytest.mark.parametrize(("question", "query"), [
    ("Nimbus Freight: sales and net income for FY23. Plus the operating margin.",
     "FF_SALES(FY2023), FF_NET_INC(FY2023), FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR NIMB"),
    ("What was Nimbus Freight's cash in FY2024? Plus its debt.", "FF_CASH(FY2024), FF_DEBT(FY2024) FOR NIMB"),
    ("Nimbus Freight, FY2024 debt; plus the cash.", "FF_DEBT(FY2024), FF_CASH(FY2024) FOR NIMB"),
    ("Nimbus Freight: cash for FY24! Plus debt.", "FF_CASH(FY2024), FF_DEBT(FY2024) FOR NIMB"),
    # near misses: "plus" inside a sentence stays the sum
    ("Nimbus Freight: cash plus debt for FY2024.", "FF_CASH(FY2024) + FF_DEBT(FY2024) FOR NIMB"),
    ("What is Nimbus Freight's cash plus debt for FY24?", "FF_CASH(FY2024) + FF_DEBT(FY2024) FOR NIMB"),
])
def test_plus_opens_a_sentence(question: str, query: str) -> None:
    assert q(question) == query


def test_plus_opens_a_formula() -> None:
    # the enterprise value, or the difference asked beside the market cap?
    assert "plus" in refused("Nimbus Freight market cap today. Plus debt minus cash.")


# --- 3. "which is the biggest ...? Largest first": all of them in that order ---


@pytest.mark.parametrize(("question", "query"), [
    ("Which of Monarch Brewing, Oakridge Brewing and Crescent Beverages has the largest sales in FY2024? Biggest first.",
     "FF_SALES(FY2024) FOR MONB, OAKR, CRBV SORT FF_SALES(FY2024) DESC IN USD"),
    ("Which of Monarch Brewing, Oakridge Brewing and Crescent Beverages has the highest P/E today? Highest to lowest, "
     "please.", "FG_PE(D0) FOR MONB, OAKR, CRBV SORT FG_PE(D0) DESC"),
    ("Monarch Brewing, Oakridge Brewing and Crescent Beverages - which one has the highest P/E today? Highest first.",
     "FG_PE(D0) FOR MONB, OAKR, CRBV SORT FG_PE(D0) DESC"),
    # near misses: the one asked for alone stays TOP 1; the order alone is all of them
    ("Which of Monarch Brewing, Oakridge Brewing and Crescent Beverages has the highest P/E today?",
     "FG_PE(D0) FOR MONB, OAKR, CRBV SORT FG_PE(D0) DESC TOP 1"),
    ("Monarch Brewing, Oakridge Brewing and Crescent Beverages: P/E today, highest first.",
     "FG_PE(D0) FOR MONB, OAKR, CRBV SORT FG_PE(D0) DESC"),
])
def test_which_is_biggest_in_order(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Which of Monarch Brewing, Oakridge Brewing and Crescent Beverages has the highest P/E today? Lowest first.",
    "Which of Monarch Brewing, Oakridge Brewing and Crescent Beverages is cheapest on P/E today? Highest first.",
])
def test_which_is_biggest_other_order(question: str) -> None:
    assert "disagree" in refused(question)


# --- 4. tune43a's firefighter and florist voices: "the FY before", an endearment set off by a comma ---


@pytest.mark.parametrize(("question", "query"), [
    ("Prairie Airways EPS last FY and the FY before it", "FF_EPS(FY2024), FF_EPS(FY2023) FOR PRAI"),
    ("Sky High Airlines net income FY2023 and the FY before that", "FF_NET_INC(FY2023), FF_NET_INC(FY2022) FOR SKY"),
    ("Honey, what is Prairie Airways' P/E today?", "FG_PE(D0) FOR PRAI"),
    ("What was Prairie Airways' net income in FY2023, love?", "FF_NET_INC(FY2023) FOR PRAI"),
    ("What is Prairie Airways' P/E today, darling!", "FG_PE(D0) FOR PRAI"),
    # near miss: "love" as a verb stays
    ("I'd love to see Prairie Airways' P/E today", "FG_PE(D0) FOR PRAI"),
])
def test_voices(question: str, query: str) -> None:
    assert q(question) == query


def test_voices_near_miss() -> None:
    # "pet" not set off as an address: not understood
    assert "pet" in refused("Prairie Airways P/E today, pet food aside")


def test_move_said_again_as_the_return() -> None:
    # the move restated as the return right after it: read, never named
    assert q("um, how much did Prairie Airways stock move, like the return, over the last 20 trading days") \
        == "P_RETURN(D-20, D0) FOR PRAI"

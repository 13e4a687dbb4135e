"""Round 34 (f34g): the classes of the SPEC generator's part r34 (``spec_compose.py --part r34``: a hedging academic,
a courteous letter, a long single sentence with asides, a question after a purpose clause), in wordings of our own
(other companies, sets, measures, periods), with near misses that keep their reading or refusal.

Classes: a letter's salutation to a person by title ("Dear Ms Whitfield,"); a letter's requests ("Could you possibly
tell me", "Would you be kind enough to", "May I ask", "I wonder whether you could", "I should be glad if you could");
an academic's openings ("It would seem worthwhile to establish", "It might be of some interest to know", "One might
reasonably ask", "Perhaps it is worth asking", "I wonder, tentatively, which") and hedges set off by commas (", I
think,", ", unless I misread the chart,", "perhaps"); a purpose said first ("To size a trading band for X, ...", "So
that we can review ..., ...", "For our breakout list, ..."; a comparison said only inside it is named); a first-person
aside between commas ("Which utilities, and I do mean all of them, ..."); a move with its threshold followed by a
listing's order ("Which utilities returned more than 6% in 2023, sorted by market cap?": the return is the
condition, the measure the key; refused before)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

READ = [
    # a letter to a person by title, and its requests
    ("Dear Mr Patel, could you possibly tell me the P/E of Northwind Systems today? Yours sincerely, Anna Berg",
     "FG_PE(D0) FOR NWSY"),
    ("Dear Dr. Okoye, would you be kind enough to list the banks with a dividend yield above 4%? Kind regards, Tom",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
    ("Dear Prof. Haas, may I ask which utilities have a P/E below 12? Yours faithfully, J. Rowe",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 12)'),
    ("I wonder whether you could tell me the net income of Apex Materials for fiscal 2023.",
     "FF_NET_INC(FY2023) FOR APXM"),
    ("I should be glad if you could tell me the sales of Apex Materials in fiscal 2022.", "FF_SALES(FY2022) FOR APXM"),
    # an academic's openings and hedges
    ("It would seem worthwhile to establish the free cash flow of Northwind Systems in fiscal 2024.",
     "FF_FCF(FY2024) FOR NWSY"),
    ("It might be of some interest, unless I misread the chart, to know the highest close of Apex Materials in 2023.",
     "P_HIGH(2023-01-01, 2023-12-31) FOR APXM"),
    ("It would, I think, be useful to know which airlines have a price-to-book ratio below 1.",
     'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PB(D0) < 1)'),
    ("One might reasonably ask which insurers have a P/E above 20.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PE(D0) > 20)'),
    ("Perhaps it is worth asking which 3 utilities have the highest dividend yield.",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
    ("It might be of interest which energy companies have, so it appears, a dividend yield above 5%.",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Energy"), FG_DIV_YIELD(D0) > 5)'),
    ("I wonder, tentatively, which banks have a P/E below 9.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 9)'),
    # a purpose said first
    ("To size a position in Northwind Systems, what is its market cap today?", "FG_MKT_CAP(D0) FOR NWSY"),
    # a first-person aside between commas
    ("Which utilities, and I do mean all of them, have a P/E below 15?",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'),
    # a move with its threshold, then the listing's order
    ("Which utilities returned more than 6% in 2023, sorted by market cap?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31), FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Utilities"), '
     "P_RETURN(2022-12-31, 2023-12-31) > 6) SORT FG_MKT_CAP(D0) DESC IN USD"),
    ("Which banks gained more than 10% in the first half of 2024, ranked by P/E?",
     'NAME, P_RETURN(2023-12-31, 2024-06-30), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), '
     "P_RETURN(2023-12-31, 2024-06-30) > 10) SORT FG_PE(D0) DESC"),
    ("Which airlines returned more than 5% in March 2024, listed, if you would, by dividend yield?",
     'NAME, P_RETURN(2024-02-29, 2024-03-31), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Airlines"), '
     "P_RETURN(2024-02-29, 2024-03-31) > 5) SORT FG_DIV_YIELD(D0) DESC"),
    # near misses that keep their reading (read on main's code too): a move with no listing after it; a purpose and
    # an aside the rules read before this round
    ("So that we can review the fund, which airlines have a P/E below 8?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) < 8)'),
    ("For our breakout list, which banks have a share price today above their highest close of 2023?",
     'NAME, P_PRICE(D0), P_HIGH(2023-01-01, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), '
     "P_PRICE(D0) > P_HIGH(2023-01-01, 2023-12-31))"),
    ("Please rank Apex Materials, Northwind Systems and Quarry Power, the three names we hold, by P/E, highest first.",
     "FG_PE(D0) FOR APXM, NWSY, QUPO SORT FG_PE(D0) DESC"),
    # ("US" of "US dollars" between commas is no writer's aside; "over a cycle" in a purpose clause is no threshold)
    ("Please state, in US dollars, the operating income of Northwind Systems for fiscal year 2024.",
     "FF_OPER_INC(FY2024) FOR NWSY IN USD"),
    ("To study cash generation over a cycle, what was the free cash flow of Apex Materials in fiscal 2023?",
     "FF_FCF(FY2023) FOR APXM"),
    ("Which utilities returned more than 6% in 2023?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR("Utilities"), P_RETURN(2022-12-31, 2023-12-31) > 6)'),
]


@pytest.mark.parametrize(("question", "query"), READ, ids=[x[0][:40] for x in READ])
def test_reads(question: str, query: str) -> None:
    assert q(question) == query


WRAPPERS = {
    "letter": lambda s: f"Dear Ms Whitfield, {s[0].lower() + s[1:]} Yours faithfully, Margaret Hughes",
    "kind enough": lambda s: s.replace("Which ", "Would you be kind enough to tell me which ", 1),
    "academic": lambda s: s.replace("Which ", "It would arguably be useful to know which ", 1).rstrip("?") + ".",
    "wonder": lambda s: s.replace("Which ", "I wonder, tentatively, which ", 1).rstrip("?") + ".",
    "purpose": lambda s: s.replace("Which ", "To spot an improving trend, which ", 1),
    "aside": lambda s: s.replace(" have ", ", and I admit the list is short, have ", 1),
}
BASE = [
    ("Which banks have a P/E below 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("Which 2 utilities have the lowest price-to-book ratio?",
     'NAME, FG_PB(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_PB(D0) ASC TOP 2'),
    ("Which airlines have net income last year above 100?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Airlines"), FF_NET_INC(FY2024) > 100)'),
]


@pytest.mark.parametrize(("question", "rewording", "query"), reworded(BASE, WRAPPERS))
def test_polite_and_hedged_wrappers_reworded(question: str, rewording: str, query: str) -> None:
    assert q(question) == query
    assert q(rewording) == query


REFUSED = [
    # the wrappers hide no word of the question: a measure FinQL lacks is still named
    ("Dear Ms Whitfield, could you possibly tell me the EBITDA of Northwind Systems?", "ebitda"),
    ("It would seem worthwhile to establish the beta of Apex Materials.", "beta"),
    # a comparison said only inside the purpose clause restricts the companies: named, never dropped
    ("To find names with a dividend yield above 3%, which banks have a P/E below 10?", "3%"),
    # a set said only inside the aside is named
    # (round 35, r35: "those ..." says which companies are meant, so it is no aside at all: its "i mean" is named)
    ("Which banks, and I mean those in Germany, have a dividend yield above 3%?", "i mean"),
    ("Which banks, and I admit I care about Germany, have a dividend yield above 3%?", "germany"),
    # a set said only inside the purpose clause, beside a company asked, is named
    ("To review the airlines, what is the P/E of Northwind Systems today?", "airlines"),
]


@pytest.mark.parametrize(("question", "word"), REFUSED, ids=[x[0][:40] for x in REFUSED])
def test_refused(question: str, word: str) -> None:
    assert word in refused(question).lower()

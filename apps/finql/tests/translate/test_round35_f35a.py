"""Round 35 (f35a): the classes of tune35a's misses, each asserted in the set's register and in two others.

- a bare "wait" (or the speaker's "ugh") after a dash, a comma or a sentence's end is a correction word: the company
  before it taken back ("dividend yield of umbra beverages at the end of june 2024 - wait, crescent beverages" read
  both companies, a wrong answer: "wait" was dropped as a misspelt "what");
- an ellipsis is a pause, no sentence's end: "net income for apex medical in fiscal 2024... no wait, I meant Apex
  Materials" takes the company back;
- "make it" is a correction word as "make that" is ("top 10 ... - scratch that, make it the top 5");
- a correction opening the next sentence takes back the thing of its kind right before the "?" ("sales of X in
  fy2021? i mean fy2022"); "make that" / "scratch that" also the one thing of its kind in the sentence before ("the
  lowest P/B today? Hmm, make that the highest"), never "I mean" (which may define);
- a ranking's direction taken back ("the lowest price-to-book today... no sorry, the highest");
- a bare "no" between commas or after a dash ("fiscal 2021, no, 2022");
- "the highest the X stock got in 2024", "the lowest X's shares fell to in 2023": the stock's highest (lowest) close
  over the period, as "how high did X's stock get" reads.
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# ----------------------------------------------------------------------------- a bare "wait" or "ugh"
WAIT = [
    # the self-correcting chat user's register (tune35a)
    ("dividend yield of umbra beverages at the end of june 2024 - wait, crescent beverages",
     "FG_DIV_YIELD(2024-06-30) FOR CRBV"),
    ("closing price of Lakeside Bancorp on 30 Sept 2024 in dollars - ugh, Lakeside Automotive",
     "P_PRICE(2024-09-30) FOR LAKA IN USD"),
    # a formal request
    ("Please send me the P/E of Ivory Bancorp on 30 June 2024 - wait, Lakeside Bancorp.", "FG_PE(2024-06-30) FOR LAKE"),
    # a voice transcript, lower case
    ("ok so net income of monarch brewing for fy2023, wait, oakridge brewing", "FF_NET_INC(FY2023) FOR OAKR"),
    ("sales of Cobalt Retail last year - ugh, Cobalt Motors", "FF_SALES(FY2024) FOR COBA"),
]


@pytest.mark.parametrize(("question", "query"), WAIT)
def test_a_bare_wait_takes_the_company_back(question: str, query: str) -> None:
    assert q(question) == query


def test_wait_as_a_verb_is_no_correction() -> None:
    assert "should" in refused("Should I wait for Falcon Software's results? What is its P/E today?")


# ----------------------------------------------------------------------------- an ellipsis is a pause
ELLIPSIS = [
    ("net income for apex medical in fiscal 2024... no wait, I meant Apex Materials", "FF_NET_INC(FY2024) FOR APXM"),
    ("uh market cap of umbra beverages today... i mean crescent beverages", "FG_MKT_CAP(D0) FOR CRBV"),
    ("Which three insurers have the lowest price-to-book today... no sorry, the highest",
     'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT FG_PB(D0) DESC TOP 3'),
]


@pytest.mark.parametrize(("question", "query"), ELLIPSIS)
def test_a_correction_after_an_ellipsis(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- "make it"
MAKE_IT = [
    ("Give me the top 10 financials by market cap in dollars - scratch that, make it the top 5.",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Financials")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD'),
    ("Net income of Zenith Brands in fiscal 2022, make it fiscal 2023.", "FF_NET_INC(FY2023) FOR ZENI"),
]


@pytest.mark.parametrize(("question", "query"), MAKE_IT)
def test_make_it_is_a_correction(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- across a sentence's end
NEXT_SENTENCE = [
    ("How did Bluepeak Renewables stock do in 2023? Actually no, make that the first half of 2024.",
     "P_RETURN(2023-12-31, 2024-06-30) FOR BPR"),
    ("Net income of Zenith Brands in fiscal 2022? Scratch that, fiscal 2023.", "FF_NET_INC(FY2023) FOR ZENI"),
    ("what was falcon software's eps last quarter? make that the quarter before last", "FF_EPS(FQ-1) FOR FALC"),
    ("Which three insurers have the lowest P/B today? Hmm, make that the highest.",
     'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT FG_PB(D0) DESC TOP 3'),
]


@pytest.mark.parametrize(("question", "query"), NEXT_SENTENCE)
def test_a_correction_opening_the_next_sentence(question: str, query: str) -> None:
    assert q(question) == query


RIGHT_BEFORE = [
    ("What was Monarch Brewing's operating income in fiscal 2022? Sorry, I mean fiscal 2023.",
     "FF_OPER_INC(FY2023) FOR MONB"),
    ("sales of redwood foods in fy2021? i mean fy2022", "FF_SALES(FY2022) FOR REDF"),
    ("ok whats the p/e today of ivory bancorp? no wait, lakeside bancorp", "FG_PE(D0) FOR LAKE"),
]


@pytest.mark.parametrize(("question", "query"), RIGHT_BEFORE)
def test_a_correction_right_after_a_sentence_end(question: str, query: str) -> None:
    # the thing of its kind right before the "?" is taken back, whatever the correction word
    assert q(question) == query


def test_i_mean_across_a_sentence_takes_no_ranking_back() -> None:
    assert "'lowest'" in refused("Which three banks have the lowest P/E today? I mean the highest.")


def test_two_directions_before_the_correction_stay_refused() -> None:
    assert "sorry" in refused("top 3 utilities with the highest dividend yield right now, sorry, the lowest")


# ----------------------------------------------------------------------------- a bare "no"
BARE_NO = [
    ("sales of Redwood Foods in fiscal 2021, no, 2022", "FF_SALES(FY2022) FOR REDF"),
    ("consensus EPS for Falcon Software for fiscal 2025 - no, 2026", "FE_EPS(FY2) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), BARE_NO)
def test_a_bare_no_takes_the_period_back(question: str, query: str) -> None:
    assert q(question) == query


def test_a_period_said_instead_out_of_range_is_refused() -> None:
    assert "2027" in refused("consensus EPS for Falcon Software for fiscal 2026 - no, 2027")


# ----------------------------------------------------------------------------- the highest the stock got
HIGHEST_GOT = [
    ("whats the highest the Cobalt Wind Power stock got in 2024", "P_HIGH(2024-01-01, 2024-12-31) FOR CWP"),
    ("What was the lowest Pinnacle Telecom's shares fell to in 2023?", "P_LOW(2023-01-01, 2023-12-31) FOR PNTC"),
    ("the highest Falcon Software's stock has ever reached over the past six months?", "P_HIGH(2024-07-15, D0) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), HIGHEST_GOT)
def test_the_highest_the_stock_got(question: str, query: str) -> None:
    assert q(question) == query


def test_the_highest_on_one_day_stays_refused() -> None:
    assert "'got'" in refused("whats the highest the Cobalt Wind Power stock got on 3 March 2024")


def test_the_highest_share_price_reached_stays_refused() -> None:
    # (it read the price beside its high: left unread)
    assert "'reached'" in refused("the highest Falcon Software's share price has ever reached over the past six months?")

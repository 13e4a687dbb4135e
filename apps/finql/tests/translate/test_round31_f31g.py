"""Round 31 (f31g): the classes of the SPEC generator's part r31 (``spec_compose.py --part r31``: a rating agency's
note, a board pack's numbered footnote, an SMS, a German speaker's English), in wordings of our own (other companies,
sets, measures, periods), with near misses that keep their reading or refusal.

Classes: a numbered note's label; a rating agency's purpose clause (review, assessment, cross-check, watch,
benchmark); "last-twelve-months" hyphenated; "the preceding quarter"; "the highest share price return" (a ranking by
the return, not the high's name); a loss's size over a threshold ("a net loss of more than X": below -X); "the relation
of A to B" (the ratio); a ratio's change between two periods set against each other; "how high were the earnings per
share / the trading volume" (how much, no high added); "before N trading days" (N trading days ago); "price-book
ratio"; "the same quarter of the year before"."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

READ = [
    # a numbered note's label (a board pack, a report): no word of the question
    ("Note 7: Apex Materials' capex for fiscal year 2022.", "FF_CAPEX(FY2022) FOR APXM"),
    ("Footnote 3 - the three insurers with the highest dividend yield.",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT FG_DIV_YIELD(D0) DESC TOP 3"),
    # a rating agency's purpose clause said first
    ("For the liquidity assessment, please state Northwind Systems' cash for fiscal year 2023.",
     "FF_CASH(FY2023) FOR NWSY"),
    ("As part of our covenant assessment, please list the airlines with a P/E below 12.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) < 12)'),
    ("For the peer benchmark, please state the price-to-book ratio of APXM.", "FG_PB(D0) FOR APXM"),
    # "last-twelve-months" hyphenated, as an adjective
    ("Which insurers have a last-twelve-months net margin above 10%?",
     'NAME, FF_NET_INC(LTM) / FF_SALES(LTM) * 100 FOR SCREEN(INDUSTRY("Insurance"), '
     "FF_NET_INC(LTM) / FF_SALES(LTM) * 100 > 10)"),
    ("APXM last-12-months capex?", "FF_CAPEX(LTM) FOR APXM"),
    # "the preceding quarter" against the latest one
    ("What was APXM's operating income growth from the preceding quarter to the latest quarter?",
     "GROWTH(FF_OPER_INC, FQ2024Q3, FQ2024Q4) FOR APXM"),
    # "the highest (lowest) share price return": the ranking by the return
    ("Which two airlines had the highest share price return in 2022?",
     'NAME, P_RETURN(2021-12-31, 2022-12-31) FOR SCREEN(INDUSTRY("Airlines")) '
     "SORT P_RETURN(2021-12-31, 2022-12-31) DESC TOP 2"),
    ("Which utilities had the lowest share price performance since June 3, 2024?",
     'NAME, P_RETURN(2024-06-03, D0) FOR SCREEN(SECTOR("Utilities")) SORT P_RETURN(2024-06-03, D0) ASC'),
    # a loss's size over a threshold
    ("Which companies had a net loss of more than 30 million US dollars in fiscal 2023?",
     "NAME, FF_NET_INC(FY2023) FOR SCREEN(ALL, FF_NET_INC(FY2023) < -30) IN USD"),
    ("Which Japanese companies had negative free cash flow exceeding 2,000 million last year?",
     'NAME, FF_FCF(FY2024) FOR SCREEN(COUNTRY("Japan"), FF_FCF(FY2024) < -2000)'),
    ("which NX100 names had a net loss bigger than $15m last yr?",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDEX(NX100), FF_NET_INC(FY2024) < -15) IN USD"),
    # "the relation of A to B"
    ("How high is the relation of cash to debt of APXM in the business year 2023?",
     "FF_CASH(FY2023) / FF_DEBT(FY2023) FOR APXM"),
    # a ratio's change between two periods set against each other
    ("By how many percentage points did APXM's net margin change in the last quarter versus the same quarter a year "
     "earlier?", "FF_NET_INC(FQ0) / FF_SALES(FQ0) * 100 - (FF_NET_INC(FQ-4) / FF_SALES(FQ-4) * 100) FOR APXM"),
    ("Change in NWSY's operating margin, Q2 2024 against Q2 2023, in percentage points.",
     "FF_OPER_INC(FQ2024Q2) / FF_SALES(FQ2024Q2) * 100 - (FF_OPER_INC(FQ2023Q2) / FF_SALES(FQ2023Q2) * 100) FOR NWSY"),
    # "how high" of a figure that is no price
    ("How high was the dividend per share of APXM in the business year 2022?", "FF_DPS(FY2022) FOR APXM"),
    ("How high was the trading volume of APXM today and before 20 trading days?",
     "P_VOLUME(D0), P_VOLUME(D-20) FOR APXM"),
    # "price-book ratio"
    ("Which semiconductor companies have a price-book ratio below 4?",
     'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Semiconductors"), FG_PB(D0) < 4)'),
    # "the same quarter of the year before"
    ("What was APXM's free cash flow in the last quarter and in the same quarter of the year before?",
     "FF_FCF(FQ0), FF_FCF(FQ-4) FOR APXM"),
]


@pytest.mark.parametrize(("question", "query"), READ)
def test_round31_classes(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # near misses that keep their reading
    ("Note: APXM sales FY2023", "FF_SALES(FY2023) FOR APXM"),
    ("Which companies had a net loss in fiscal 2023?", "NAME, FF_NET_INC(FY2023) FOR SCREEN(ALL, FF_NET_INC(FY2023) < 0)"),
    ("Which companies had net income of more than 900 million US dollars last year?",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(ALL, FF_NET_INC(FY2024) > 900) IN USD"),
    ("What was APXM's highest share price in 2022?", "P_HIGH(2022-01-01, 2022-12-31) FOR APXM"),
    ("How high did APXM's share price get in 2022?", "P_HIGH(2022-01-01, 2022-12-31) FOR APXM"),
    ("What is the ratio of debt to equity of APXM?", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR APXM"),
    ("What was the change in APXM's net margin from fiscal 2022 to fiscal 2024?",
     "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 - (FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100) FOR APXM"),
    ("What was the change in APXM's sales in the last quarter versus the same quarter a year earlier?",
     "GROWTH(FF_SALES, FQ-4, FQ0) FOR APXM"),
    ("What was APXM's free cash flow in the previous quarter?", "FF_FCF(FQ0) FOR APXM"),
    ("What was APXM's close 20 trading days ago?", "P_PRICE(D-20) FOR APXM"),
    ("What was APXM's capex in fiscal 2022 and the year before?", "FF_CAPEX(FY2022), FF_CAPEX(FY2021) FOR APXM"),
])
def test_round31_near_misses_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "word"), [
    # a loss's size said with no comparison stays unread; a purpose clause that names a company stays refused
    ("Which companies had a net loss of 40 million last year?", "40 million"),
    ("For the Northwind review, please state the P/E of APXM.", "review"),
    # a ratio's change with one period only
    ("What was the change in APXM's gross margin in the last quarter?", "change"),
    # an average of daily volumes: FinQL has none
    ("How high was the average daily trading volume of APXM in the last 10 trading days?", "daily"),
])
def test_round31_still_refused(question: str, word: str) -> None:
    assert word in refused(question)

"""Round 47 (f47s): SPEC readers' questions in the older tuning sets the chain refused though SPEC expresses them,
mended by class: the bridge a follow-up in a conversation opens with ("Next, ...", "Sticking with X: ...", "Same
question but for X: ...", "If we go with X instead, ...", "..., the other way round this time, weakest first") and a
spreadsheet user's words for the table FinQL returns ("col", "sheet", "keep the top 5 rows", "a return column for
every constituent"). Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a follow-up's bridge said first --------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Next, what was Falcon Software's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("Next up: Falcon Software's net income for fiscal 2023.", "FF_NET_INC(FY2023) FOR FALC"),
    ("Moving on - what is Lumen Streaming's P/E today?", "FG_PE(D0) FOR LUMS"),
    ("A follow-up: Keystone Retail's free cash flow in fiscal 2022?", "FF_FCF(FY2022) FOR KEYR"),
    ("Staying with the Banks industry, which ones have a P/B below 1 today?",
     "NAME, FG_PB(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PB(D0) < 1)"),
    ("So, sticking with the TECHX index: which members have a P/E below 15 today?",
     "NAME, FG_PE(D0) FOR SCREEN(INDEX(TECHX), FG_PE(D0) < 15)"),
    ("Back to Falcon Software: what were its sales in fiscal 2022?", "FF_SALES(FY2022) FOR FALC"),
    ("Same question, but for Northwind Systems: what was its EPS in fiscal 2024?", "FF_EPS(FY2024) FOR NWSY"),
    ("If we use the last twelve months instead, what was Lumen Streaming's free cash flow?", "FF_FCF(LTM) FOR LUMS"),
    ("Okay, and if I switch to Cobalt Power instead, what was its net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR COBP"),
    ("Then rank the Utilities by dividend yield today, the other way round this time, lowest first.",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\")) SORT FG_DIV_YIELD(D0) ASC"),
    ("Rank the Banks by P/E today, reversed, cheapest first.",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) ASC"),
])
def test_follow_up_bridge(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: what was asked before is never filled in; the earlier order is not known)
    ("Same question for the banks.", "same question"),
    ("Following up on my last question - what about the banks?", "last question"),
    ("Back to that, what is its P/E?", "back"),
    ("Then rank the Utilities by dividend yield today, the other way round this time.", "other way round"),
    ("Show the Utilities sorted by dividend yield today in reverse order", "reverse"),
])
def test_follow_up_bridge_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


def test_next_as_a_period_is_kept() -> None:
    # ("next" with no comma after it is the period's word)
    assert q("Next year's EPS estimate for Falcon Software") == "FE_EPS(FY1) FOR FALC"


# --- 2. a spreadsheet user's words for the table ---------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("P/E column for every NX100 constituent, keep top 3 rows, highest first",
     "NAME, FG_PE(D0) FOR SCREEN(INDEX(NX100)) SORT FG_PE(D0) DESC TOP 3"),
    ("Sheet of all the Banks: name + P/B today, sorted high to low.",
     "NAME, FG_PB(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PB(D0) DESC"),
    ("A sheet with Falcon Software's sales and net income for fiscal 2024, one col each.",
     "FF_SALES(FY2024), FF_NET_INC(FY2024) FOR FALC"),
    ("Banks with a P/B below 1 today - keep only those whose dividend yield is above 3%.",
     "NAME, FG_PB(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PB(D0) < 1 AND FG_DIV_YIELD(D0) > 3)"),
    ("Rank the Utilities by dividend yield today and keep the top 3.",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\")) SORT FG_DIV_YIELD(D0) DESC TOP 3"),
])
def test_spreadsheet_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a column per anything but a company or a period is no layout FinQL gives; a balance sheet is no
    # table)
    ("A dividend yield column for each sector in the TECHX index", "column"),
    ("Sales column for each country", "column"),
    ("Put the sales of the Banks in a col by country", "col"),
    ("Falcon Software's total assets from its balance sheet at the end of fiscal 2024", "balance sheet"),
])
def test_spreadsheet_words_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 3. a set said twice is one set ------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Following up on the bank names - which Banks have a P/B below 1 today?",
     "NAME, FG_PB(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PB(D0) < 1)"),
    ("Same question but for the Insurance industry: which insurance companies have a P/E below 12 today?",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Insurance\"), FG_PE(D0) < 12)"),
    ("The Utilities sector: which Utilities companies have a dividend yield above 4% today?",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) > 4)"),
])
def test_a_set_said_twice(question: str, query: str) -> None:
    assert q(question) == query


def test_two_sets_stay_two() -> None:
    assert q("Which Banks or Insurance companies have a P/E below 10 today?") == \
        "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\") | INDUSTRY(\"Insurance\"), FG_PE(D0) < 10)"


# --- 4. the asker's reason said last -----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was Falcon Software's net income in fiscal 2023, since I'm writing a report?", "FF_NET_INC(FY2023) FOR FALC"),
    ("Lumen Streaming's P/E today, since we're putting a deck together.", "FG_PE(D0) FOR LUMS"),
    ("Apex Materials' sales in fiscal 2022, since I'm drafting a memo.", "FF_SALES(FY2022) FOR APXM"),
])
def test_reason_said_last(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a reason that chooses, names, or holds a period or a measure's word is the query's or refused)
    ("Falcon Software's sales in fiscal 2024, because I hold it.", "because"),
    ("Falcon Software's sales in fiscal 2024, since they cut the dividend.", "since"),
    ("Falcon Software's sales in fiscal 2024, because Tesla is my favourite.", "because"),
    ("Lumen Streaming's P/E today, since the committee meets tomorrow.", "since"),
])
def test_reason_said_last_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 5. a misspelt cue of the grain, read as the word spelt right -------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("avg quartely net income Falcon Software last 6 quarters", "AVG(FF_NET_INC, FQ-5, FQ0) FOR FALC"),
    ("Quartely sales for Apex Materials, last quarter and the quarter before last",
     "FF_SALES(FQ0), FF_SALES(FQ-1) FOR APXM"),
    ("Falcon Software's quaterly EPS for the last four quarters",
     "FF_EPS(FQ-3), FF_EPS(FQ-2), FF_EPS(FQ-1), FF_EPS(FQ0) FOR FALC"),
])
def test_misspelt_grain_cue(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: read as the word spelt right is, refused where that is)
    "Falcon Software's quartely sales growth in fiscal 2024",
    "Falcon Software's quarterly sales growth in fiscal 2024",
])
def test_misspelt_grain_cue_near_misses(question: str) -> None:
    assert refused(question)


# --- 6. "in order of" a measure, as "ordered by" it ----------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("List the Banks in order of P/E today, lowest first.",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) ASC"),
    ("Show the Utilities in order of dividend yield today",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\")) SORT FG_DIV_YIELD(D0) DESC"),
    ("Energy sector companies in order of their return over the last 5 trading days, worst first",
     "NAME, P_RETURN(D-5, D0) FOR SCREEN(SECTOR(\"Energy\")) SORT P_RETURN(D-5, D0) ASC"),
])
def test_in_order_of(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: an order of no measure, or of nothing said)
    ("List the Banks in order of importance", "importance"),
    ("Show the Banks' P/E today, in order.", "order"),
    ("Falcon Software's sales in order of magnitude", "magnitude"),
])
def test_in_order_of_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()

"""Round 47 (f47v): the habits of a story-telling asker that made the chain refuse a question it reads once the story
is cut: a contraction read as a word of a content class ("I'm": the "m" of million; "won't": the won), a clause of the
story opened with its setting before its subject ("In 1990 we ...", "Back in '84 I ...", "Last winter we ...", "Years
ago my dad ..."), a number of the story written in words with a hyphen ("seventy-eight"), "my own" (no choosing verb)
and "after" said of a time ("after twenty years"; "I'm after X" still asks). Rules alone; every phrasing here is this
file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate.leftovers import content_class

# --- 1. a contraction is no word of a content class ------------------------------------------------------------


@pytest.mark.parametrize("word", ["i'm", "(i'm", "won't", "we'd", "they've"])
def test_contraction_is_no_content(word: str) -> None:
    assert content_class([word]) is None


@pytest.mark.parametrize(("word", "cls"), [
    # (near misses: the words of a class keep it, a possessive included)
    ("5m", "number"), ("m", "unit, scale or currency"), ("euro's", "unit, scale or currency"),
    ("won", "unit, scale or currency"), ("year's", "period"), ("n't", "negation or exclusion"),
])
def test_class_words_kept(word: str, cls: str) -> None:
    assert content_class([word]) == cls


@pytest.mark.parametrize(("question", "query"), [
    ("I'm a retired teacher and I'm new to all this. What was Cobalt Motors' net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR COBA"),
    ("We won't be selling soon, my husband and I. What were Northwind Systems' sales in fiscal 2022?",
     "FF_SALES(FY2022) FOR NWSY"),
    ("I'm a nurse on nights and I'm tired. What was Falcon Software's operating income in fiscal 2024?",
     "FF_OPER_INC(FY2024) FOR FALC"),
])
def test_story_with_contractions(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. a clause of the story opened with its setting ----------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("In 1990 we moved to Leeds with the children. What was Harbor Freight Lines' net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR HFL"),
    ("Back in '84 I bought my first car, a little red hatchback. What were Cobalt Motors' sales in fiscal 2024?",
     "FF_SALES(FY2024) FOR COBA"),
    ("Years ago my dad worked down a mine. What was Goldcrest Mining's free cash flow in fiscal 2024?",
     "FF_FCF(FY2024) FOR GOLD"),
    ("Last winter we stayed at a lovely hotel by the sea. What was Meridian Hotels' net income last fiscal year?",
     "FF_NET_INC(FY2024) FOR MRDH"),
    ("In 2024 I finally sold my little boat after 19 years. How did Cobalt Motors' shares do during calendar 2024?",
     "P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
    ("After twenty years I retired from teaching. What was Falcon Software's net income in fiscal 2024?",
     "FF_NET_INC(FY2024) FOR FALC"),
])
def test_story_opened_with_its_setting(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "not_query"), [
    # (near misses: a setting said in a currency, a period the question refers back to, a period the question lacks)
    ("In euros I think about everything. What were Apex Medical's sales in fiscal 2024?",
     "FF_SALES(FY2024) FOR APXD"),
    ("In 2019 I bought Cobalt Motors shares. How have they done since then?", "P_RETURN(D0, D0) FOR COBA"),
    ("In 2020 I bought shares of Cobalt Motors. What was its net income?", "FF_NET_INC(FY0) FOR COBA"),
    ("In my day we trusted the biggest banks. Which banks have a P/E below 15 today?",
     "NAME FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 15)"),
])
def test_setting_that_plays_a_part_is_not_cut(question: str, not_query: str) -> None:
    got = q(question)
    assert got != not_query
    if "since then" in question:
        assert got is None


# --- 3. a number of the story written in words with a hyphen ---------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("I'm seventy-eight and my grandson set this thing up for me. What was Bluepeak Energy's operating income in "
     "fiscal 2024?", "FF_OPER_INC(FY2024) FOR BPE"),
    ("I ran my own bakery for twenty-two years. What was Crescent Beverages' net income in fiscal 2024?",
     "FF_NET_INC(FY2024) FOR CRBV"),
    ("My wife and I had forty-one grandchildren. What were Northwind Systems' sales in fiscal 2023?",
     "FF_SALES(FY2023) FOR NWSY"),
])
def test_story_number_in_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near miss: the story's number beside a question that says no period of its own is not dropped)
    "I'm seventy-eight now. What was Bluepeak Energy's net income?",
    # (a span of years the story says is refused as its digits are: "41 years together")
    "My wife and I had forty-one years together. What were Northwind Systems' sales in fiscal 2023?",
])
def test_story_number_without_period_refused(question: str) -> None:
    assert q(question) is None


# --- 4. "my own" and "after" said in a story -------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("By 1978 I had my own command at sea. What was Harbor Freight Lines' net income in fiscal 2024?",
     "FF_NET_INC(FY2024) FOR HFL"),
    ("We sold our own house after the kids left. What were Cobalt Motors' sales in fiscal 2023?",
     "FF_SALES(FY2023) FOR COBA"),
])
def test_own_and_after_in_a_story(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: the companies the asker holds are no story; "I'm after" asks)
    "For the banks I own, what was net income in fiscal 2024?",
])
def test_own_that_chooses_refused(question: str) -> None:
    assert q(question) is None

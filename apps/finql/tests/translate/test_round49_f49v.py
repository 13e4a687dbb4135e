"""Round 49 (f49v): the voices' stories (not the SPEC reader's) that made the rules refuse an answerable question,
mended as classes: a word of the teller's trade or life that is no common English word and no slip of the chain's
words ("collier", "teapot", "frightens", "radiology"), words said to the listener ("you see", "I can tell you", "if
you know it"), "like" of a likeness after a verb ("waiting like us"), and a comparison or change the tale tells of no
measure and with no number ("the catch got worse every season"). Rules alone; every phrasing here is this file's
own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a word of the teller's trade: no English, no content word of the chain and no slip of one ------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Debt worries me (I cleared the kiln loan last spring and then some). What was Keystone Materials' debt as a "
     "percentage of its equity at the end of fiscal 2024?", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR KEYM"),
    ("I went to sea in 1962 as a deckhand on a collier out of Cardiff. What was Harbor Freight Lines' net income in "
     "fiscal 2024?", "FF_NET_INC(FY2024) FOR HFL"),
    ("My uncle ran a chandlery in Falmouth for 30 years, selling rope and oilskins. What were Polar Apparel's sales "
     "in fiscal 2023?", "FF_SALES(FY2023) FOR POLA"),
    ("Our radiology budget runs by fiscal year too. What was Monarch Care Partners' net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR MCP"),
])
def test_trade_word_in_a_story(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: a measure's word English lacks, a form of one, a slip of one, or the trade word in the question)
    "I went to sea in 1962 as a deckhand on a collier, watching ebitda. What was Harbor Freight Lines' net income in "
    "fiscal 2024?",
    "I went to sea in 1962 as a deckhand on a collier with poor revnue. What was Harbor Freight Lines' net income in "
    "fiscal 2024?",
    "I went to sea in 1962 as a deckhand on a collier counting capexes. What was Harbor Freight Lines' net income in "
    "fiscal 2024?",
    "What were the firkin sales of Crescent Beverages in fiscal 2023?",
])
def test_trade_word_near_misses_refused(question: str) -> None:
    assert "not understood" in refused(question)


def test_trade_word_parts() -> None:
    from finql.translate.pipeline import _trade_word

    assert _trade_word("collier") and _trade_word("teapot") and _trade_word("wheel-throwing")
    assert _trade_word("new-build") and _trade_word("clothes-pegs")
    # (the chain's own content words and their forms, a slip of one, a number or a sign: not the tale's)
    assert not any(_trade_word(w) for w in ("capex", "capexes", "ebitda", "revnue", "bales", "net-capex", "3x"))


# --- 2. words said to the listener --------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("I spent three weeks in Japan at a pottery village (Mashiko, if you know it, it changed my life). How much is "
     "Keystone Retail worth on the stock market today, in US dollars?", "FG_MKT_CAP(D0) FOR KEYR IN USD"),
    ("We carried timber from Riga in 1971, 2,000 tonnes a trip, and it was cold work, I can tell you. What were "
     "Harbor Freight Lines' sales in fiscal 2024?", "FF_SALES(FY2024) FOR HFL"),
    ("I drove lorries from Hull for 25 years, you know, and loved it. What were Harbor Freight Lines' sales in "
     "fiscal 2024?", "FF_SALES(FY2024) FOR HFL"),
])
def test_words_to_the_listener(question: str, query: str) -> None:
    assert q(question) == query


def test_listener_words_only_set_off() -> None:
    from finql.translate.pipeline import _story_words

    assert _story_words("it was cold work, I can tell you")
    assert _story_words("Mashiko, if you know it, it changed my life")
    # (near misses: not set off, they ask: "I can tell you which", "if you know it well")
    assert not _story_words("I can tell you which boats we sailed")
    assert not _story_words("I drove lorries if you know it well")
    assert not _story_words("you see the figure I mean")


# --- 3. "like" of a likeness after a verb -------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("In January 1985 we were iced in at Murmansk for 23 days with a car carrier beside us, just waiting like us. "
     "How have Lakeside Automotive's shares done year to date?", "P_RETURN(2023-12-31, D0) FOR LAKA"),
    ("In 1990 our ferry was stuck in Calais for 3 days, and the lorries sat there waiting like sheep. What were "
     "Harbor Freight Lines' sales in fiscal 2024?", "FF_SALES(FY2024) FOR HFL"),
])
def test_like_a_likeness(question: str, query: str) -> None:
    assert q(question) == query


def test_like_of_a_wish_still_asks() -> None:
    from finql.translate.pipeline import _story_words

    assert _story_words("they go like hot cakes") and _story_words("the trucks queued waiting like cattle")
    assert _story_words("it feels like a lot")
    # (near misses: the teller's wish, a choice of companies)
    assert not _story_words("I'd like the trawlers")
    assert not _story_words("we really like trawlers")
    assert not _story_words("I like to know the figures")
    assert not _story_words("stocks like Lumen Streaming")


# --- 4. a comparison or change the tale tells of no measure, with no number ---------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("I fished off Cornwall for 20 years (the catch got worse every season). What were Harbor Freight Lines' sales "
     "in fiscal 2024?", "FF_SALES(FY2024) FOR HFL"),
    ("I drove lorries out of Hull for 25 years (the roads got busier every winter). What were Harbor Freight Lines' "
     "sales in fiscal 2024?", "FF_SALES(FY2024) FOR HFL"),
    ("I kept bees in Kent for 12 summers (the colonies grew stronger each spring). What were Redwood Farms' sales in "
     "fiscal 2023?", "FF_SALES(FY2023) FOR REFA"),
])
def test_comparison_of_the_tale(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: a number in the comparison's clause, in digits or words; a measure compared in the tale)
    "I fished off Cornwall for 20 years (the catch got worse than 10 tonnes a season). What were Harbor Freight "
    "Lines' sales in fiscal 2024?",
    "I fished off Cornwall for 20 years (the catch got worse than twenty crates a night). What were Harbor Freight "
    "Lines' sales in fiscal 2024?",
    "I fished off Cornwall for 20 years (our sales got worse every season). What were Harbor Freight Lines' sales in "
    "fiscal 2024?",
    "I fished off Cornwall for 20 years (the sales got worse every season). What was Harbor Freight Lines' net income "
    "in fiscal 2024?",
    # (a set or a company compared: "the larger banks" restricts the banks asked; a company is the question's)
    "My sister worked for 20 years at one of the larger banks. Which banks had a P/E below 10 at the end of fiscal "
    "2024?",
    "I fished off Cornwall for 20 years (we did better than Harbor Freight Lines). What were Harbor Freight Lines' "
    "sales in fiscal 2024?",
])
def test_comparison_near_misses_refused(question: str) -> None:
    assert "not understood" in refused(question)

"""Round 46 (f46v): voices and corrections of tune43a's firefighter (radio) and florist voices. A radio's correction
that names what it takes back ("Belay euros, ...", "Scratch top 3, ..."), "negative" for "no", a count said again alone
("make it 15 days"), the high said of the close ("high close in calendar 2024": a close at D0 was read beside it).
Rules alone; every phrasing here is this file's own, besides the one seen of each class."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a currency taken back by name, or by "belay/strike/cancel that", another said instead ---


@pytest.mark.parametrize(("question", "query"), [
    # (seen, tune43a firefighter)
    ("Yellowstone Logistics high close in calendar 2024, in euros. Belay euros, chief says dollars. Over.",
     "P_HIGH(2024-01-01, 2024-12-31) FOR YELL IN USD"),
    ("Apex Materials sales FY2024 in euros. Scratch euros, make it pounds.", "FF_SALES(FY2024) FOR APXM IN GBP"),
    ("Apex Materials sales FY2024 in euros. Strike that, pounds.", "FF_SALES(FY2024) FOR APXM IN GBP"),
    ("Apex Materials sales FY2024 in yen. Negative, boss wants dollars.", "FF_SALES(FY2024) FOR APXM IN USD"),
    ("Falcon Software market cap today in francs. Cancel francs, chief wants yen. Out.",
     "FG_MKT_CAP(D0) FOR FALC IN JPY"),
    # as before
    ("market cap of Apex Materials and Tidewater Pharma today in euros - no, pounds", "FG_MKT_CAP(D0) FOR APXM, TIDE IN GBP"),
])
def test_currency_belayed(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # the currency named is not the one said before: no target certain
    ("Apex Materials sales FY2024 in euros. Belay dollars, pounds.", "belay dollars"),
    ("Apex Materials sales FY2024 in euros. Belay pounds, dollars.", "belay pounds"),
    # taken back, nothing said instead: which currency?
    ("Apex Materials sales FY2024 in euros. Belay euros.", "belay euros"),
    # not a currency said before
    ("Apex Materials sales FY2024 in euros. Scratch the lot, pounds.", "scratch"),
])
def test_currency_belayed_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. a count of rows, a measure taken back by name, nothing said instead ---


@pytest.mark.parametrize(("question", "query"), [
    # (seen)
    ("Logistics outfits, op margin last FY, top 3. Scratch top 3, give me all of 'em ranked. Over.",
     "NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY(\"Logistics\")) "
     "SORT FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 DESC"),
    ("Top 5 banks by P/E today. Strike top 5, give me all of them.",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) DESC"),
    ("Insurers by dividend yield, best ten. Cancel best ten.",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT FG_DIV_YIELD(D0) DESC"),
    ("Apex Materials sales and net income for FY2024. Strike net income.", "FF_SALES(FY2024) FOR APXM"),
    ("Top 3 banks by P/E today. Cancel top 3.", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) DESC"),
])
def test_named_taken_back(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # the count named was never said: no target
    ("Banks by market cap, top 5. Scratch top 3, all of them.", "scratch"),
    # more than the thing named
    ("Banks ranked by P/E, top 5. Scratch top 5 banks.", "scratch"),
    # a set, no kind this reads
    ("Banks by market cap, top 5. Scratch the banks.", "scratch"),
])
def test_named_taken_back_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# --- 3. "belay that", "strike that", "negative": correction words of a radio, what is said instead read ---


@pytest.mark.parametrize(("question", "query"), [
    ("NWLG sales LTM. Correction, make that FY2022. Over.", "FF_SALES(FY2022) FOR NWLG"),
    ("Apex Materials net income FY2023. Belay that, FY2024.", "FF_NET_INC(FY2024) FOR APXM"),
    ("Falcon Software EPS FY2022. Strike that, FY2023. Copy.", "FF_EPS(FY2023) FOR FALC"),
    ("Copperfield Air return, last 5 trading days. Negative, make it the last 15 trading days. Over.",
     "P_RETURN(D-15, D0) FOR COPP"),
    ("Give me the top 10 financials by market cap in dollars - scratch that, make it the top 5.",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR(\"Financials\")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD"),
])
def test_radio_correction_words(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. a count said again alone after a correction: the same period, the new count ---


@pytest.mark.parametrize(("question", "query"), [
    # (seen)
    ("Copperfield Air return, last 5 trading days. Negative, make it 15 days. Over.", "P_RETURN(D-15, D0) FOR COPP"),
    ("Apex Materials return over the last five trading days, I mean ten days.", "P_RETURN(D-10, D0) FOR APXM"),
    ("Apex Materials return over the past 3 years - sorry, 4 years", "P_RETURN(2021-01-15, D0) FOR APXM"),
    ("Prairie Airways highest close over the last 20 trading days. Make it 30 days.", "P_HIGH(D-30, D0) FOR PRAI"),
])
def test_count_said_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # another unit: not the period said again
    ("Apex Materials return over the last 5 trading days. Make it 15 weeks.", "weeks"),
    ("Apex Materials sales growth over the past 3 years, make it 5 banks.", "banks"),
])
def test_count_said_again_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# --- 5. the high (low) said of the close ---


@pytest.mark.parametrize(("question", "query"), [
    ("Yellowstone Logistics high close in calendar 2024.", "P_HIGH(2024-01-01, 2024-12-31) FOR YELL"),
    ("Cobalt Motors low close in 2023", "P_LOW(2023-01-01, 2023-12-31) FOR COBA"),
    ("What was the high closing price of Apex Materials in 2024?", "P_HIGH(2024-01-01, 2024-12-31) FOR APXM"),
    # as before
    ("high and low close for indigo semiconductor in 2024",
     "P_HIGH(2024-01-01, 2024-12-31), P_LOW(2024-01-01, 2024-12-31) FOR INDI"),
])
def test_high_close(question: str, query: str) -> None:
    assert q(question) == query


def test_high_close_to_is_near() -> None:
    assert "close to" in refused("Which stocks ended 2024 with a high close to their 2024 peak?")


# --- 6. radio sign-offs that carry nothing ---


@pytest.mark.parametrize("signoff", ["Over.", "Out.", "Copy.", "Roger.", "Over and out."])
def test_signoffs(signoff: str) -> None:
    assert q(f"Harbor Freight Lines close today. {signoff}") == "P_PRICE(D0) FOR HFL"


@pytest.mark.parametrize(("question", "query"), [
    ("Utilities w/ div yld over 3 pct. List 'em. Over.", "NAME FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) > 3)"),
])
def test_over_still_compares(question: str, query: str) -> None:
    got = q(question)
    assert got is not None and "FG_DIV_YIELD(D0) > 3" in got


# --- 7. stories: "Anyway," back to the question, "so I'm curious how ...", "are there any", compounds, "Oh, I ..." ---


@pytest.mark.parametrize(("question", "query"), [
    # (seen, tune43a florist)
    ("I go through 300 roses a week, ha! Anyway, are there any beverage companies with a P/E under 20 right now?",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Beverages\"), FG_PE(D0) < 20)"),
    ("I sell 40 pies a day. Are there any food products companies with a P/E under 15 today?",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Food Products\"), FG_PE(D0) < 15)"),
    ("My kids play football every Saturday. Anyhow, what's Falcon Software's P/E today?", "FG_PE(D0) FOR FALC"),
    ("Anyway, what was Apex Materials' net income in FY2024?", "FF_NET_INC(FY2024) FOR APXM"),
    ("I clean the Apex Materials ballroom on Sundays. What was their net income in FY2024?", "FF_NET_INC(FY2024) FOR APXM"),
    # (seen)
    ("My daughter works at Oakridge Brewing, so I'm curious how their shares have done year to date. Just the "
     "percentage, love.", "P_RETURN(2023-12-31, D0) FOR OAKR"),
    ("My son works at Falcon Software, so I'm curious what their net income was in FY2024.", "FF_NET_INC(FY2024) FOR FALC"),
    ("Falcon Software: I'm curious what its P/E is today.", "FG_PE(D0) FOR FALC"),
    ("I'm curious how Oakridge Brewing shares have done year to date.", "P_RETURN(2023-12-31, D0) FOR OAKR"),
    # (seen) a compound word of the story
    ("I send a lot of centrepieces to the Meridian Hotels ballroom. Could you tell me how their stock did over "
     "calendar 2023, the whole year?", "P_RETURN(2022-12-31, 2023-12-31) FOR MRDH"),
    ("I deliver flowers to the Apex Materials boardroom. What was their net income in FY2024?",
     "FF_NET_INC(FY2024) FOR APXM"),
])
def test_story_voices(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # "anyway" said last is no return to the question
    ("What was Apex Materials' net income anyway?", "anyway"),
    # a place the story said, referred to by "there"
    ("I lived in Japan for 20 years. Which companies listed there have a P/E under 10?", ""),
    # "their" of the companies asked: never the story's company
    ("My son works at Falcon Software. Which companies have their P/E under 10?", ""),
])
def test_story_voices_near_misses(question: str, named: str) -> None:
    assert named in refused(question)

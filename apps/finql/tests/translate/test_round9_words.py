"""Round 9 (words): words the chain must account for without changing the answer, and words it must never drop.

Rules alone (no model, no meaning matcher). Each class: the tuning file's phrasing, paraphrases of our own, and a
near-miss whose extra words change the answer and must stay refused (naming them)."""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate.pipeline import translate


def refused_naming(question: str) -> str:
    a = translate(question)
    assert a.reading is None, a.reading.query()
    return a.message or ""


@pytest.mark.parametrize("question,query", [
    # a clause of the conversation at the edge of its sentence: it names the asker or the one asked, or says "if"
    ("Sorry to bother you, but what was Meridian Pharma's capex in FY2022?", "FF_CAPEX(FY2022) FOR MRDP"),
    ("What was Cascade Semiconductor's EPS for fiscal 2024, if that's possible?", "FF_EPS(FY2024) FOR CSMI"),
    ("Tell me, if you would, the 3 most valuable Japanese companies.",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY(\"Japan\")) SORT FG_MKT_CAP(D0) DESC TOP 3"),
    # a leading frame whose object is the question itself
    ("I was just wondering what Cascade Semiconductor's EPS was for fiscal 2024.", "FF_EPS(FY2024) FOR CSMI"),
    ("My manager wants to know how many employees Northwind Logistics had at the end of FY2023.",
     "FF_EMPLOYEES(FY2023) FOR NWLG"),
    ("Do you happen to know the dividend yield of Sterling Power right now?", "FG_DIV_YIELD(D0) FOR STEP"),
    ("Do you know the P/E of Falcon Software?", "FG_PE(D0) FOR FALC"),
    # the purpose of the figures with the clause that says whose it is
    ("Hey, I need Quarry Packaging's cash balance for FY2024 for a spreadsheet I'm building.",
     "FF_CASH(FY2024) FOR QUAP"),
    # a word taken back and said again: the second is meant, the first is not read beside it
    ("What was Oakridge Brewing's revenue, sorry, net income in FY2023?", "FF_NET_INC(FY2023) FOR OAKR"),
    ("What were Atlas Mining's sales in FY2022, I mean FY2023?", "FF_SALES(FY2023) FOR ATLM"),
    ("What was Apex Materials' net income in FY2021, sorry, FY2022?", "FF_NET_INC(FY2022) FOR APXM"),
    ("Give me Falcon Software's EPS - I mean its dividend per share - for FY2023", "FF_DPS(FY2023) FOR FALC"),
    # the unit the data is in already, and the form of the answer
    ("What was Redwood Foods' total debt at the end of fiscal 2023, in millions?", "FF_DEBT(FY2023) FOR REDF"),
    ("Falcon Software revenue FY2023 (in millions)", "FF_SALES(FY2023) FOR FALC"),
    ("Could you pull Lumen Streaming's revenue for FY2021 and FY2022 into a table for me?",
     "FF_SALES(FY2021), FF_SALES(FY2022) FOR LUMS"),
    ("Could you list Falcon Software's and Northwind Systems' sales for FY2022 as a table?",
     "FF_SALES(FY2022) FOR FALC, NWSY"),
    # a percent sign with no number is the unit asked for (it was dropped: the ratio came back as a fraction)
    ("gross margin of redwood foods fy23 (%)", "FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 FOR REDF"),
    ("lowest 3 debt/equity in utilities fy24 (%)",
     "NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(SECTOR(\"Utilities\")) "
     "SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 ASC TOP 3"),
])
def test_round9_words_accounted_for(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question,word", [
    # the near-misses: the extra words change the answer
    ("Could you tell me, if possible, Apex Materials' revenue last year, adjusted for currency?", "adjusted"),
    ("I wonder what the adjusted net income of Apex Materials was", "adjusted"),
    ("Do you know if Sterling Power's dividend yield is above 3%?", "if"),
    ("Sorry to bother you, but what was Meridian Pharma's capex excluding leases in FY2022?", "excluding leases"),
    ("What was Apex Materials' revenue, sorry if this is basic, in FY2023?", "basic"),
    ("What was Falcon Software's EPS in FY2023, in millions?", "millions"),  # a per-share amount is no millions
    ("What was Falcon Software's revenue in FY2023, in billions?", "billions"),
])
def test_round9_words_that_change_the_answer_stay_refused(question: str, word: str) -> None:
    assert f"'{word}'" in refused_naming(question)

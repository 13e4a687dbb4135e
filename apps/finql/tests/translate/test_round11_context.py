"""Round 11 (context): clauses that only give the purpose or occasion of a question, and the asker's last word on the
currency.

Rules alone (no model, no meaning matcher). A purpose / occasion / politeness clause is context only when nothing in
it could change a row; one that names a company, a period, a number, a currency or a set of its own stays refused,
naming its words. A currency word is never context: the asker's last word on it converts, or the chain refuses."""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate.pipeline import translate


def refused_naming(question: str) -> str:
    a = translate(question)
    assert a.reading is None, a.reading.query()
    return a.message or ""


@pytest.mark.parametrize("question,query", [
    # a leading clause of purpose or occasion, whatever its words before the noun, when the rest names the companies
    ("Ahead of the earnings call, what's the consensus EPS estimate for Northwind Systems next year?",
     "FE_EPS(FY1) FOR NWSY"),
    ("For an income-fund screen, dividend per share for Sterling Power in each of the last three fiscal years",
     "FF_DPS(FY2022), FF_DPS(FY2023), FF_DPS(FY2024) FOR STEP"),
    ("In preparation for the stewardship meeting, what was Falcon Software's revenue in FY2023?",
     "FF_SALES(FY2023) FOR FALC"),
    ("Before the board meeting, what was Falcon Software's revenue in FY2023?", "FF_SALES(FY2023) FOR FALC"),
    ("Ahead of the dividend announcement, what was Falcon Software's revenue in FY2023?", "FF_SALES(FY2023) FOR FALC"),
    # trailing, after a comma
    ("What was Falcon Software's revenue in FY2023, for a client note?", "FF_SALES(FY2023) FOR FALC"),
    # a set it names that the rest of the question names as well: dropping it changes no row
    ("For our Japan desk: which Japanese companies grew sales by more than 5% last year?",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(COUNTRY(\"Japan\"), GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    # a screen: the words of documents and meetings only
    ("For our weekly meeting, please identify the banks with a P/E below 12.",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 12)"),
    # an opening that only announces the question, or thanks for it
    ("Quick question: what was Falcon Software's revenue in FY2023?", "FF_SALES(FY2023) FOR FALC"),
    ("Hello, quick one: what was Yellowstone Social's percentage gain between 15th Feb 2024 and 15th Aug 2024?",
     "P_RETURN(2024-02-15, 2024-08-15) FOR YELS"),
    ("Quick question, if you don't mind: what was General Widget's operating income in FY2022?",
     "FF_OPER_INC(FY2022) FOR GWC"),
    ("If you don't mind, which banks do not have a P/E below 12?",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), NOT (FG_PE(D0) < 12))"),
    ("Thanks in advance - sort the utilities by net margin in FY2024, highest first",
     "NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(SECTOR(\"Utilities\")) "
     "SORT FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 DESC"),
])
def test_context_clause_accounted_for(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question,named", [
    # a company, a year, a period, a currency, a country, a sector of its own: the clause could change the rows
    ("For the Falcon Software call, what was Northwind Systems' revenue in FY2023?", "call"),
    ("For the 2024 review, what was Falcon Software's revenue in FY2023?", "review"),
    ("For the next quarter's meeting, what was Falcon Software's revenue?", "next quarter's meeting"),
    ("For the holiday season, what were Driftwood Resorts' sales?", "holiday season"),
    ("For a euro client, what was Falcon Software's revenue in FY2023?", "euro"),
    # (round 30: "For a UK client, ... in pounds" is read, the place said of the client converted as asked, as "For UK
    # readers" was and as tune9a's t9a-025 reads it: test_round30_f30a.py)
    ("For our Japan desk: which German companies grew sales by more than 5% last year?", "desk"),
    ("For the energy team, please identify the banks with a P/E below 12.", "team"),
    # an occasion said before a price or a move may date it ("before the call, X's share price")
    ("Before the earnings call, what was Falcon Software's share price?", "before"),
    ("What was Falcon Software's share price, before the earnings call?", "before"),
    ("Ahead of the earnings call, how did Falcon Software shares perform in 2024?", "ahead"),
    # on a screen, a word before the noun may choose the companies
    ("For a small-cap screen, which banks have a P/E below 12?", "small-cap"),
])
def test_context_clause_that_could_change_rows_is_refused(question: str, named: str) -> None:
    assert named in refused_naming(question)


@pytest.mark.parametrize("question,query", [
    # the asker's last word on the currency is the target; the one taken back is not read
    ("Lakeside Automotive revenue last twelve months, in yen and dollars? just dollars is fine",
     "FF_SALES(LTM) FOR LAKA IN USD"),
    ("Lakeside Automotive revenue last twelve months in yen? Actually euros please", "FF_SALES(LTM) FOR LAKA IN EUR"),
    ("Lakeside Automotive revenue in FY2023 in euros - no, make that pounds", "FF_SALES(FY2023) FOR LAKA IN GBP"),
    ("Lakeside Automotive revenue FY2023 in yen, or rather in dollars", "FF_SALES(FY2023) FOR LAKA IN USD"),
])
def test_last_word_on_the_currency_converts(question: str, query: str) -> None:
    a = translate(question)
    assert a.reading is not None and a.reading.query() == query
    assert any(n.startswith("taken back") for n in a.reading.notes)


@pytest.mark.parametrize("question,named", [
    # two currencies and no word that chooses one: refused (never the first one said)
    ("Lakeside Automotive revenue last twelve months in yen and euros", "euros"),
    # a currency alone in a sentence is never context
    ("What was Falcon Software's revenue in FY2023 in yen? Euros, I think.", "euros"),
    # an amount in the other currency is a threshold in it, never taken back
    ("Japanese companies with sales above 5,000 billion yen? Actually in dollars please", "yen"),
])
def test_currency_never_context(question: str, named: str) -> None:
    assert named in refused_naming(question)

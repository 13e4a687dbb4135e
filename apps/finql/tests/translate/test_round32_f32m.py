"""Round 32 (f32m): metamorphic robustness, round 11. A reading must not change under rewordings that keep the meaning
and that rounds 22 to 31 did not try: requests of other registers ("Obtain NP.", "Specify NP.", "Requesting NP.",
"Please furnish NP.", "Have you got NP?", "Y'all got NP?", "What've you got for NP?", "Whaddya got for NP?", "Do you
happen to have NP?", "Shoot me NP.", "Hit me with NP.", "I'm interested in NP.", "Wouldn't mind knowing NP.", "Might I
enquire what NP was?", "Pray tell, ...", "Would it be possible to obtain NP?", "need NP real quick", "Query NP.",
"Output NP.", "Extract NP.", "NP equals?"), hedges ("..., more or less?", "..., give or take?", "..., in round
numbers?", "To the best of your knowledge, ..."), chat's endings (" lol", " xD", " ^^"), list marks ("[1] ", a thread's
"1/ "), "How did X fare", "What'd X earn", and the periods, dates, amounts and comparisons below. Own questions, not the
golden sets' (the round measured 331 kinds over the golds with a script outside the repository, see
docs/finql-translation.md, "Round 32 (f32m)")."""

from __future__ import annotations

import pytest
from reading_helpers import around_asked, q, refused, reworded

BASE = [
    ("What was Cobalt Power's operating income in fiscal 2023?", "FF_OPER_INC(FY2023) FOR COBP"),
    ("What is Falcon Software's market cap?", "FG_MKT_CAP(D0) FOR FALC"),
    ("How did Granite Water and Cobalt Power do over the last 20 trading days?", "P_RETURN(D-20, D0) FOR GRWT, COBP"),
]

REWORDINGS = {
    "obtain": around_asked("Obtain {np}."),
    "specify": around_asked("Specify {np}."),
    "requesting": around_asked("Requesting {np}."),
    "furnish": around_asked("Please furnish {np}."),
    "have you got": around_asked("Have you got {np}?"),
    "y'all got": around_asked("Y'all got {np}?"),
    "what've you got": around_asked("What've you got for {np}?"),
    "whaddya": around_asked("Whaddya got for {np}?"),
    "happen to have": around_asked("Do you happen to have {np}?"),
    "shoot me": around_asked("Shoot me {np}."),
    "hit me": around_asked("Hit me with {np}."),
    "interested": around_asked("I'm interested in {np}."),
    "wouldn't mind": around_asked("Wouldn't mind knowing {np}."),
    "enquire": around_asked("Might I enquire what {np} {v}?"),
    "pray tell": around_asked("Pray tell, what {v} {np}?"),
    "possible to obtain": around_asked("Would it be possible to obtain {np}?"),
    "real quick": around_asked("need {np} real quick"),
    "query": around_asked("Query {np}."),
    "output": around_asked("Output {np}."),
    "extract": around_asked("Extract {np}."),
    "equals": around_asked("{np} equals?"),
    "more or less": around_asked("What {v} {np}, more or less?"),
    "give or take": around_asked("What {v} {np}, give or take?"),
    "round numbers": around_asked("What {v} {np}, in round numbers?"),
    "best of knowledge": around_asked("To the best of your knowledge, what {v} {np}?"),
    "lol": lambda s: s + " lol",
    "xD": lambda s: s + " xD",
    "^^": lambda s: s + " ^^",
    "[1]": lambda s: "[1] " + s,
    "thread 1/": lambda s: "1/ " + s,
    "fare": lambda s: s.replace(" do over ", " fare over "),
    "days of trading": lambda s: s.replace("the last 20 trading days", "the last 20 days of trading"),
    "trading-days": lambda s: s.replace("20 trading days", "20 trading-days"),
    "trading-day period": lambda s: s.replace("20 trading days", "20-trading-day period"),
    "most recent": lambda s: s.replace("the last 20 trading days", "the 20 most recent trading days"),
    "FY:": lambda s: s.replace("fiscal 2023", "FY:2023"),
    "FY/": lambda s: s.replace("fiscal 2023", "FY/2023"),
    "fy.": lambda s: s.replace("fiscal 2023", "fy. 2023"),
    "fiscal year-": lambda s: s.replace("fiscal 2023", "fiscal year-2023"),
    "the fiscal 2023 year": lambda s: s.replace("in fiscal 2023", "in the fiscal 2023 year"),
    "as things stand": lambda s: s.replace("market cap?", "market cap, as things stand?"),
}


@pytest.mark.parametrize("question,reworded_question,query", reworded(BASE, REWORDINGS))
def test_reading_keeps_under_rewording(question: str, reworded_question: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_question) == query


# own wordings of each class; the first ones were wrong answers before the round, the others refused
@pytest.mark.parametrize("question,query", [
    # a date with the year first and the month's name, or "of" before the year: that day (each was the day in the
    # latest year beside the year's end, or beside today)
    ("What did Falcon Software close at on 2023 June 30?", "P_PRICE(2023-06-30) FOR FALC"),
    ("Falcon Software's closing price on September 30 of 2022", "P_PRICE(2022-09-30) FOR FALC"),
    ("Granite Water close on 28 June of 2024", "P_PRICE(2024-06-28) FOR GRWT"),
    # "days of trading": the trading days (it was calendar days)
    ("Cobalt Power's return over the last 10 days of trading", "P_RETURN(D-10, D0) FOR COBP"),
    # a quarters' range ending in "Q3FY24" (its two ends only were read)
    ("Falcon Software net income, fiscal Q1 to Q3FY24",
     "FF_NET_INC(FQ2024Q1), FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2024Q3) FOR FALC"),
    ("Falcon Software net income, fiscal Q1 to the third quarter of 2024",
     "FF_NET_INC(FQ2024Q1), FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2024Q3) FOR FALC"),
    ("Falcon Software net income, fiscal Q1 to 2024's third quarter",
     "FF_NET_INC(FQ2024Q1), FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2024Q3) FOR FALC"),
    # "now" after the LTM figure (the latest fiscal year was read beside it)
    ("What are Falcon Software's LTM sales right now?", "FF_SALES(LTM) FOR FALC"),
    ("Falcon Software's TTM revenue at present", "FF_SALES(LTM) FOR FALC"),
    # "in round numbers" (a currency's word was taken for "round": IN GBP)
    ("What is Falcon Software's market cap, in round numbers?", "FG_MKT_CAP(D0) FOR FALC"),
    ("What is Falcon Software's market cap in round figures?", "FG_MKT_CAP(D0) FOR FALC"),
    # the dollar sign after the amount (the currency was dropped)
    ("Which companies have a market cap above 150 bn $?",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(ALL, FG_MKT_CAP(D0) > 150000) IN USD"),
    # "Return" said first as a request (a share price return was read beside the figure)
    ("Return Falcon Software's net income in fiscal 2023.", "FF_NET_INC(FY2023) FOR FALC"),
    ("Return the highest close of Falcon Software in 2023.", "P_HIGH(2023-01-01, 2023-12-31) FOR FALC"),
    # refused before: the vendors' suffixes of a ticker ("US" was a set beside the company), dates and periods
    ("What were GRWT:US sales in fiscal 2023?", "FF_SALES(FY2023) FOR GRWT"),
    ("What were GRWT.US sales in fiscal 2023?", "FF_SALES(FY2023) FOR GRWT"),
    ("What were GRWT UN Equity sales in fiscal 2023?", "FF_SALES(FY2023) FOR GRWT"),
    ("Granite Water close on 28-Jun-24", "P_PRICE(2024-06-28) FOR GRWT"),
    ("Granite Water close on Jun-28-2024", "P_PRICE(2024-06-28) FOR GRWT"),
    ("Falcon Software close on 3.15.2024", "P_PRICE(2024-03-15) FOR FALC"),
    ("What was Falcon Software's net income in Q3.2024?", "FF_NET_INC(FQ2024Q3) FOR FALC"),
    ("What was Falcon Software's net income in quarter three of 2024?", "FF_NET_INC(FQ2024Q3) FOR FALC"),
    ("What was Falcon Software's net income in QIII 2024?", "FF_NET_INC(FQ2024Q3) FOR FALC"),
    ("What was Cobalt Power's net income in Q2-FY24?", "FF_NET_INC(FQ2024Q2) FOR COBP"),
    ("Cobalt Power's net income between the full fiscal year 2021 and fiscal 2023",
     "FF_NET_INC(FY2021), FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR COBP"),
    # amounts and comparisons
    ("Which companies have net income above $2 bns?", "NAME, FF_NET_INC(FY2024) FOR SCREEN(ALL, FF_NET_INC(FY2024) > 2000) IN USD"),
    ("Which companies have net income above $2-bn?", "NAME, FF_NET_INC(FY2024) FOR SCREEN(ALL, FF_NET_INC(FY2024) > 2000) IN USD"),
    ("Which companies have a net margin above fifteen percent (15%)?",
     "NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(ALL, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > 15)"),
    ("Which utilities have a P/E over and above 20?", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) > 20)'),
    ("Which utilities have a P/E above the 20 mark?", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) > 20)'),
    ("Which utilities have a P/E sub-20?", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 20)'),
    ("Which utilities have a P/E shy of 20?", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 20)'),
    ("Which utility has the maximum dividend yield?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 1'),
    ("Which utility has the minimum P/E?", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_PE(D0) ASC TOP 1'),
    # verbs of the question
    ("What'd Falcon Software earn in fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("How did Granite Water and Cobalt Power fare in the first half of 2024?", "P_RETURN(2023-12-31, 2024-06-30) FOR GRWT, COBP"),
])
def test_class_cases(question: str, query: str) -> None:
    assert q(question) == query


# near misses: each keeps its reading
@pytest.mark.parametrize("question,query", [
    ("Return on equity of Falcon Software in fiscal 2023", "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR FALC"),
    ("Return of Falcon Software in 2023", "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"),
    # "now" said after a joint is a figure of its own (two figures)
    ("Falcon Software's LTM sales and its sales now", "FF_SALES(LTM), FF_SALES(FY2024) FOR FALC"),
    # "today's" before another figure is that figure's ("today's market cap"), never a restatement of the LTM
    ("Granite Water FCF yield: LTM free cash flow over today's market cap, in percent",
     "FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 FOR GRWT"),
    # "a minimum of" is at least, never the lowest
    ("Which utilities have a minimum of 4% dividend yield?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) >= 4)'),
    # a dotted date that reads day first stays day first; a currency's slip of no English word is still the currency
    ("Falcon Software close on 3.10.2024", "P_PRICE(2024-10-03) FOR FALC"),
    ("What is Falcon Software's market cap in punds?", "FG_MKT_CAP(D0) FOR FALC IN GBP"),
    # "sub-9x" before a multiple stays the P/E's (round 20's rule)
    ("banks on a sub-9x multiple", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 9)'),
    # a year before "fiscal year-2023" makes a range (round 24), not "fiscal year 2023"
    ("Cobalt Power sales for the 2021 fiscal year-2023", "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023) FOR COBP"),
    # (round 33, f33n: "1/ " closed up to the number before a measure is refused, a thread's count or the inverse;
    # see test_round33_f33n) "1 / P/E" spaced stays the inverse
    ("1 / P/E of Falcon Software", "1 / FG_PE(D0) FOR FALC"),
])
def test_near_misses_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question,word", [
    ("Which companies grew sales more or less than 5% in fiscal 2023?", "more"),  # no hedge: "more or less than"
    ("What were GRWT US sales in fiscal 2023?", "us"),  # a bare " US" may be the country's segment
    ("Which companies extract oil?", "extract"),  # "extract" only as a request said first
    ("Has Cobalt Power got debt above 5bn?", "got"),
])
def test_near_misses_stay_refused(question: str, word: str) -> None:
    assert word in refused(question).lower()


def test_wrong_answer_guards() -> None:
    # a word of English is never corrected into a currency's word
    assert "IN GBP" not in (q("What was Cobalt Power's operating income in fiscal 2023, in round figures?") or "")
    # the calendar days of "days of trading" are never read
    assert q("Which utilities are up over the last 30 days of trading?") == \
        'NAME, P_RETURN(D-30, D0) FOR SCREEN(SECTOR("Utilities"), P_RETURN(D-30, D0) > 0)'

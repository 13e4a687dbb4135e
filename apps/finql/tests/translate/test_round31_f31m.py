"""Round 31 (f31m): metamorphic robustness, round 10. A reading must not change under rewordings that keep the meaning
and that rounds 22 to 30 did not try: greetings ("Hiya,", "Evening!", "Salutations!", "Hey folks,", "Hi FinQL,", "Good
day!"), asides said first ("Honestly,", "Apologies,", "I mean,", "Not urgent, but", "I hope this isn't a silly question,
but", "Quick favour:", "Small question:", "Task:", "Data request -", ":wave:"), sign-offs said last ("Thanks heaps!",
"TYIA", "thx in adv", "You rock!", "Thanks, team.", "Thanks mate!", "Thanks, J.", "Have a nice day!", "Take care!", "Bye for
now.", "Hope that makes sense.", "(sorry for the typos)", "Thanks in anticipation.", "appreciate ya", "#finance", "⏎⏎Best,
⏎Jo"), markup and dictation ("<p>...</p>", "... question mark", "... full stop", "X apostrophe s"), requests ("Would you
happen to know NP?", "Hoping you can tell me NP.", "I wanna know NP.", "What exactly was NP?"); and the classes of periods,
dates and numbers below. Own questions, not the golden sets' (the round measured 195 kinds over the golds with a script
outside the repository, see docs/finql-translation.md, "Round 31 (f31m)")."""

from __future__ import annotations

import pytest
from reading_helpers import around_asked, q, refused, reworded

BASE = [
    ("What was Cobalt Power's operating income in fiscal 2023?", "FF_OPER_INC(FY2023) FOR COBP"),
    ("What is Falcon Software's market cap?", "FG_MKT_CAP(D0) FOR FALC"),
    ("How did Granite Water and Cobalt Power do over the last 20 trading days?", "P_RETURN(D-20, D0) FOR GRWT, COBP"),
]



REWORDINGS = {
    "hiya": lambda s: "Hiya, " + s,
    "evening": lambda s: "Evening! " + s,
    "salutations": lambda s: "Salutations! " + s,
    "hey folks": lambda s: "Hey folks, " + s,
    "hi finql": lambda s: "Hi FinQL, " + s,
    "good day": lambda s: "Good day! " + s,
    "honestly": lambda s: "Honestly, " + s[0].lower() + s[1:],
    "apologies": lambda s: "Apologies, " + s[0].lower() + s[1:],
    "i mean": lambda s: "I mean, " + s[0].lower() + s[1:],
    "not urgent": lambda s: "Not urgent, but " + s[0].lower() + s[1:],
    "silly question": lambda s: "I hope this isn't a silly question, but " + s[0].lower() + s[1:],
    "quick favour": lambda s: "Quick favour: " + s,
    "small question": lambda s: "Small question: " + s,
    "task": lambda s: "Task: " + s,
    "data request": lambda s: "Data request - " + s,
    "shortcode": lambda s: ":wave: " + s,
    "html": lambda s: "<p>" + s + "</p>",
    "question mark said": lambda s: s[:-1] + " question mark",
    "thanks heaps": lambda s: s + " Thanks heaps!",
    "tyia": lambda s: s + " TYIA",
    "thx in adv": lambda s: s + " thx in adv",
    "you rock": lambda s: s + " You rock!",
    "thanks team": lambda s: s + " Thanks, team.",
    "thanks mate": lambda s: s + " Thanks mate!",
    "thanks initial": lambda s: s + " Thanks, J.",
    "nice day": lambda s: s + " Have a nice day!",
    "take care": lambda s: s + " Take care!",
    "bye for now": lambda s: s + " Bye for now.",
    "makes sense": lambda s: s + " Hope that makes sense.",
    "typos": lambda s: s + " (sorry for the typos)",
    "anticipation": lambda s: s + " Thanks in anticipation.",
    "appreciate ya": lambda s: s + " appreciate ya",
    "hashtags": lambda s: s + " #finance #stocks",
    "letter": lambda s: s + "\n\nBest,\nJo",
    "happen to know": around_asked("Would you happen to know {np}?"),
    "hoping": around_asked("Hoping you can tell me {np}."),
    "wanna": around_asked("I wanna know {np}."),
    "what exactly": around_asked("What exactly {v} {np}?"),
    "what, precisely,": around_asked("What, precisely, {v} {np}?"),
    "apostrophe said": lambda s: s.replace("'s ", " apostrophe s ", 1),
}


@pytest.mark.parametrize("question,reworded_question,query", reworded(BASE, REWORDINGS))
def test_reading_keeps_under_rewording(question: str, reworded_question: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_question) == query


# own wordings of each class, each refused or read otherwise (a wrong answer) before the round
@pytest.mark.parametrize("question,query", [
    # wrong answers before: a date with the year first and dots (read as today or the year's end), a percentage
    # hyphened ("> 15" with "of sales" dropped), "as against" (the second figure dropped), an ordinal quarter before a
    # two-digit year (the latest such quarter beside the whole fiscal year), "as compared with today" (today dropped)
    ("Falcon Software close on 2024.06.28", "P_PRICE(2024-06-28) FOR FALC"),
    ("Where did Cobalt Power close on 20240628?", "P_PRICE(2024-06-28) FOR COBP"),
    ("Which utilities had net income above 15-percent of sales in fiscal 2023?",
     'NAME, FF_NET_INC(FY2023), FF_SALES(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_NET_INC(FY2023) > FF_SALES(FY2023) * 0.15)'),
    ("Which utilities had a dividend yield above 4-percent?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
    ("Granite Water EPS in fiscal 2021 as against fiscal 2023", "FF_EPS(FY2021), FF_EPS(FY2023) FOR GRWT"),
    ("Cobalt Power dividend yield now vis-a-vis end of 2023", "FG_DIV_YIELD(D0), FG_DIV_YIELD(2023-12-31) FOR COBP"),
    ("Granite Water operating income in 2nd quarter '23", "FF_OPER_INC(FQ2023Q2) FOR GRWT"),
    ("What was Falcon Software's market cap at the end of 2022 as compared with today?",
     "FG_MKT_CAP(2022-12-31), FG_MKT_CAP(D0) FOR FALC"),
    # periods written otherwise
    ("Granite Water sales in Q2 (2023)", "FF_SALES(FQ2023Q2) FOR GRWT"),
    ("Granite Water sales in Q-2 2023", "FF_SALES(FQ2023Q2) FOR GRWT"),
    ("Granite Water sales in fiscal 2Q23", "FF_SALES(FQ2023Q2) FOR GRWT"),
    ("Cobalt Power sales in calendar 2nd Q 2023", "FF_SALES(FQ2024Q1) FOR COBP"),
    ("Lowest close for Cobalt Power over the most recent 20 trading days", "P_LOW(D-20, D0) FOR COBP"),
    ("Granite Water sales growth y-o-y in fiscal 2023", "GROWTH(FF_SALES, FY2022, FY2023) FOR GRWT"),
    ("Falcon Software's sales for the fiscal year ended 30-SEP-2023", "FF_SALES(FY2023) FOR FALC"),
    ("Falcon Software's sales for the fiscal year ended 9/30/2023", "FF_SALES(FY2023) FOR FALC"),
    ("Falcon Software's sales for the fiscal year ended 2023-09-30", "FF_SALES(FY2023) FOR FALC"),
    ("Cobalt Power sales growth from full-year 2021 to fiscal 2023", "GROWTH(FF_SALES, FY2021, FY2023) FOR COBP"),
    ("Cobalt Power P/E as at March 28, 2024", "FG_PE(2024-03-28) FOR COBP"),
    ("Granite Water net income in FY2023A", "FF_NET_INC(FY2023) FOR GRWT"),
    ("Cobalt Power total debt at FYE 2023", "FF_DEBT(FY2023) FOR COBP"),
    ("Falcon Software market cap change from EOY 2022 to today", "FG_MKT_CAP(D0) - FG_MKT_CAP(2022-12-31) FOR FALC"),
    ("Granite Water net income in fiscal2023", "FF_NET_INC(FY2023) FOR GRWT"),
    ("How has Cobalt Power stock done thus far this year?", "P_RETURN(2023-12-31, D0) FOR COBP"),
    ("Falcon Software dividend yield as we speak", "FG_DIV_YIELD(D0) FOR FALC"),
    # numbers written otherwise
    ("Utilities by market cap, top-three",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD'),
    ("Which utilities had a dividend yield above 4 p.c.?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
    ("Utilities with fiscal 2023 sales above 2 billion bucks",
     'NAME, FF_SALES(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_SALES(FY2023) > 2000) IN USD'),
    # a greeting before "where is X trading" (nothing was asked: refused)
    ("Hi all, where is Cobalt Power trading today?", "P_PRICE(D0) FOR COBP"),
    ("Hello, where was Falcon Software trading 10 trading days ago?", "P_PRICE(D-10) FOR FALC"),
    # dictated marks said last
    ("Granite Water net income, fiscal 2023 full stop", "FF_NET_INC(FY2023) FOR GRWT"),
    # a count said twice, spans said otherwise, a day with hyphens
    ("Cobalt Power's return over the last ten (10) trading days", "P_RETURN(D-10, D0) FOR COBP"),
    ("Utilities by dividend yield, top 3 (three)",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
    ("Highest close of Falcon Software over the 60 trading days to today", "P_HIGH(D-60, D0) FOR FALC"),
    ("Granite Water EPS CAGR over the last 3-year period", "CAGR(FF_EPS, FY2021, FY2024) FOR GRWT"),
    ("Falcon Software stock return in H1 of 2024", "P_RETURN(2023-12-31, 2024-06-30) FOR FALC"),
    ("What did Cobalt Power close at on 28-06-2024?", "P_PRICE(2024-06-28) FOR COBP"),
    ("Top 5 utilities by dividend yield #investing #stocks",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 5'),
])
def test_round31_classes(question: str, query: str) -> None:
    assert q(question) == query


# near misses that must stay as they were
def test_near_misses() -> None:
    # "evening" with no mark after it is no greeting (left, refused, naming it)
    assert "evening" in refused("Evening close of Granite Water on 2024-03-15")
    # a year's end in digits that reads two ways (both numbers under 13) stays refused
    assert "fiscal year ended" in refused("Falcon Software's sales for the fiscal year ended 9/10/2023")
    # an impossible compact date stays as written
    assert "20241301" in refused("Where did Cobalt Power close on 20241301?")
    # "in relation to" may ask a ratio: read as before
    assert q("falc hi mar 24 in relation to hi apr 24") == \
        "P_HIGH(2024-03-01, 2024-03-31) / P_HIGH(2024-04-01, 2024-04-30) FOR FALC"
    # a hashtag of a number is no post's tag (left, refused); the number sign of a count is kept
    assert "1" in refused("Cobalt Power P/E in 2022 vs 2023 #1")
    assert q("Utilities ranked by #employees") == q("Utilities ranked by employees")
    assert q("Granite Water #employees") == q("Granite Water employees")
    # a day with hyphens that reads two ways stays refused; a count and a different number in brackets are left
    assert "reads two ways" in refused("What did Cobalt Power close at on 02-06-2024?")
    assert q("Utilities by dividend yield, top 3 (five)") is None
    # "full-year" with no year after it reads as before (the latest fiscal year)
    assert q("Granite Water's full-year net income") == "FF_NET_INC(FY2024) FOR GRWT"
    # "q-o-q" stays unread ("qoq" beside periods subtracted reads a change of two growths: left refused)
    assert "q-o-q" in refused("Cobalt Power net income q-o-q: FQ0 minus FQ-1")
    # "exactly" that bounds a figure is kept
    assert q("Which stocks returned exactly 10% in 2024?") == \
        "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(ALL, P_RETURN(2023-12-31, 2024-12-31) = 10)"

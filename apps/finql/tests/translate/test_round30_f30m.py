"""Round 30 (f30m): metamorphic robustness, round 9. A reading must not change under rewordings that keep the meaning
and that rounds 22 to 29 did not try: an ordinal quarter written with a hyphen before its year ("3rd-quarter 2023"),
"Q 3 2023", "September the 30th, 2024", "2024's fiscal year", "fiscal year (FY) 2024", "yr/yr", "top5", "20 pc", " 's"
with a space, "/finql " said first, "Howdy!", "Any idea on NP?", "Curious about NP.", "Got NP?", "Could you grab NP?",
", precisely?", " Cheers in advance.", " Thanks a million!", " tysm". Own questions, not the golden sets' (the round
measured 110 kinds over the golds with a script outside the repository, see docs/finql-translation.md, "Round 30
(f30m)")."""

from __future__ import annotations

import pytest
from reading_helpers import around_asked, q, refused, reworded

BASE = [
    ("What was Granite Water's net income in fiscal 2022?", "FF_NET_INC(FY2022) FOR GRWT"),
    ("What is Cobalt Power's dividend yield?", "FG_DIV_YIELD(D0) FOR COBP"),
    ("How did Falcon Software and Northwind Systems do over the last 60 trading days?",
     "P_RETURN(D-60, D0) FOR FALC, NWSY"),
]



REWORDINGS = {
    "slash command": lambda s: "/finql " + s,
    "howdy": lambda s: "Howdy! " + s,
    "precisely": lambda s: s[:-1] + ", precisely?",
    "cheers in advance": lambda s: s + " Cheers in advance.",
    "thanks a million": lambda s: s + " Thanks a million!",
    "tysm": lambda s: s + " tysm",
    "any idea on": around_asked("Any idea on {np}?"),
    "curious about": around_asked("Curious about {np}."),
    "got": around_asked("Got {np}?"),
    "grab": around_asked("Could you grab {np} for me?"),
    "space before 's": lambda s: s.replace("'s ", " 's ", 1),
    "2022's fiscal year": lambda s: s.replace("fiscal 2022", "2022's fiscal year"),
    "fiscal year (FY)": lambda s: s.replace("fiscal 2022", "fiscal year (FY) 2022"),
    "italics": lambda s: "_" + s + "_",
    "query label": lambda s: "Query: " + s,
    "info needed": lambda s: "Info needed: " + s,
    "doubled word": lambda s: s.replace(" the ", " the the ", 1).replace("What ", "What What ", 1),
    "emoji first": lambda s: "\U0001F914 " + s,
}


@pytest.mark.parametrize("question,reworded_question,query", reworded(BASE, REWORDINGS))
def test_reading_keeps_under_rewording(question: str, reworded_question: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_question) == query


# own wordings of each class, each refused or read otherwise (a wrong answer) before the round
@pytest.mark.parametrize("question,query", [
    # an ordinal quarter hyphenated before its year: the quarter of that year (it was the latest such quarter beside the
    # whole fiscal year: two figures, a wrong answer)
    ("Cobalt Power's capex in 2nd-quarter 2023?", "FF_CAPEX(FQ2023Q2) FOR COBP"),
    ("Show me Granite Water operating income 4th-quarter 2022", "FF_OPER_INC(FQ2022Q4) FOR GRWT"),
    ("What was Falcon Software's net income in the 1st-quarter of 2024?", "FF_NET_INC(FQ2024Q1) FOR FALC"),
    ("Granite Water sales in fiscal 3rd-quarter 2023 versus fiscal Q3 2022",
     "FF_SALES(FQ2023Q3), FF_SALES(FQ2022Q3) FOR GRWT"),
    ("Granite Water sales growth from Q2 in 2023 to Q2 2024", "GROWTH(FF_SALES, FQ2023Q2, FQ2024Q2) FOR GRWT"),
    ("Cobalt Power's capex, fiscal Q4 in 2023 and fiscal Q4 2022", "FF_CAPEX(FQ2023Q4), FF_CAPEX(FQ2022Q4) FOR COBP"),
    ("_Operating margin of Cobalt Power in fiscal 2021 versus fiscal 2023_",
     "FF_OPER_INC(FY2021) / FF_SALES(FY2021) * 100, FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR COBP"),
    ("Query: Where is Cobalt Power stock trading today?", "P_PRICE(D0) FOR COBP"),
    ("What What did Granite Water do over the last month?", "P_RETURN(2024-12-15, D0) FOR GRWT"),
    ("\U0001F4C8 how did Granite Water do over the last month?", "P_RETURN(2024-12-15, D0) FOR GRWT"),
    ("Granite Water sales Q 2 2023", "FF_SALES(FQ2023Q2) FOR GRWT"),
    ("Falcon Software closing price on March the 28th, 2024", "P_PRICE(2024-03-28) FOR FALC"),
    ("Northwind Systems' sales in 2023's fiscal year", "FF_SALES(FY2023) FOR NWSY"),
    ("Granite Water's yr/yr sales growth in fiscal 2023", "GROWTH(FF_SALES, FY2022, FY2023) FOR GRWT"),
    ("Utilities by dividend yield, top5",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 5'),
    ("Which utilities had a dividend yield above 4 pc?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
])
def test_round30_classes(question: str, query: str) -> None:
    assert q(question) == query


# near misses that must stay as they were
def test_near_misses() -> None:
    # the no-year ordinal quarter is still the latest such quarter
    assert q("What was Granite Water's net income in the 3rd quarter?") == q("What was Granite Water's net income in Q3?")
    # "got" inside a question is no request (refused, naming it)
    assert "got" in refused("Which utilities got a dividend yield above 4%?")
    # "pc" not after a number stays unread
    assert "pc" in refused("Falcon Software pc sales in fiscal 2023")
    # "exactly" without the comma may bound a figure; "precisely" too
    assert "precisely" in refused("Which stocks returned precisely 10% in 2024?")

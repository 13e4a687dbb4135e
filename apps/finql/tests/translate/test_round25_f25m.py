"""Round 25 (f25m): metamorphic robustness, round 4. A reading must not change under rewordings that keep the meaning
and that rounds 22 to 24 did not try: a discourse hedge said first ("In general,", "Broadly (speaking),", "On the
whole,", "By and large,"), a sign-off said last ("TIA", "Regards.", "Much obliged.", "Cheers mate", "No rush."), and
"Regarding X: ..." as "About X: ...". Own questions, not the golden sets' (the round measured 62 kinds over the golds
with a script outside the repository, see docs/finql-translation.md, "Round 25 (f25m)")."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

BASE = [
    ("What was Falcon Software's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("What was Keystone Materials' operating income in Q2 2024?", "FF_OPER_INC(FQ2024Q2) FOR KEYM"),
    ("Which banks have a dividend yield above 4%?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
    ("What is Nimbus Freight's share price today?", "P_PRICE(D0) FOR NIMB"),
    ("Show me Cobalt Motors' total debt in fiscal 2021", "FF_DEBT(FY2021) FOR COBA"),
]


def _decap(s: str) -> str:
    return s[0].lower() + s[1:]


REWORDINGS = {
    "In general": lambda s: "In general, " + _decap(s),
    "Generally speaking": lambda s: "Generally speaking, " + _decap(s),
    "Broadly": lambda s: "Broadly, " + _decap(s),
    "Broadly speaking": lambda s: "Broadly speaking, " + _decap(s),
    "On the whole": lambda s: "On the whole, " + _decap(s),
    "By and large": lambda s: "By and large, " + _decap(s),
    "TIA": lambda s: s + " TIA",
    "Regards": lambda s: s + " Regards.",
    "Kind regards": lambda s: s + " Kind regards",
    "Best regards, Sam": lambda s: s.rstrip("?") + " Best regards, Sam",
    "Much obliged": lambda s: s + " Much obliged.",
    "Cheers mate": lambda s: s + " Cheers mate",
    "No rush": lambda s: s + " No rush.",
    "no hurry": lambda s: s.rstrip("?") + ", no hurry",
    "thanks, no rush": lambda s: s.rstrip("?") + " thanks, no rush!",
}


@pytest.mark.parametrize("question,reworded_question,query", reworded(BASE, REWORDINGS))
def test_reading_keeps_under_rewording(question: str, reworded_question: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_question) == query


# "general" was read as General Widget (GWC) beside a company written in lower case or as its ticker: a wrong answer
@pytest.mark.parametrize("question,query", [
    ("In general, redwood farms: sales in 2023", "FF_SALES(FY2023) FOR REFA"),
    ("In general, REDW P/E today", "FG_PE(D0) FOR REDW"),
    ("Broadly speaking, how did Falcon Software's sales grow from FY2022 to FY2023?",
     "GROWTH(FF_SALES, FY2022, FY2023) FOR FALC"),
])
def test_hedge_first_is_no_company(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question,query", [
    ("Regarding Ivory Genomics: what was its net income in the latest quarter?", "FF_NET_INC(FQ0) FOR IVOG"),
    ("Regarding Falcon Software, what were its sales in fiscal 2023?", "FF_SALES(FY2023) FOR FALC"),
])
def test_regarding_names_the_company(question: str, query: str) -> None:
    assert q(question) == query


# near misses: the words keep their meaning where they are no hedge or sign-off
@pytest.mark.parametrize("question,query", [
    ("What was General Widget's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR GWC"),
    ("In general, what was General Widget's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR GWC"),
    ("Broadly, which banks have a dividend yield above 4%, no rush",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
])
def test_near_misses_keep(question: str, query: str | None) -> None:
    if query is None:
        refused(question)
    else:
        assert q(question) == query


@pytest.mark.parametrize("question,named", [
    ("Which banks had sales above 1bn in 2023, in general or in detail?", "detail"),
    ("Which banks have a dividend yield above 4% in general?", "general"),  # said last, not set off: not taken off
    ("Which banks have a dividend yield above 4%, regards to Tom", "tom"),  # no sign-off at the end
])
def test_near_misses_refused(question: str, named: str) -> None:
    assert named in refused(question)

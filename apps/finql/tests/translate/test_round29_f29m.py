"""Round 29 (f29m): metamorphic robustness, round 8. A reading must not change under rewordings that keep the meaning
and that rounds 22 to 28 did not try: the asker's context said first or last ("Asking for my dad.", "Not sure if you
have it."), a label or a mention said first ("Dumb question, but", "Random question:", "Question 3:", "@finql",
"Hey assistant,"), a list mark first ("a) ", "(1) ") or numbering the members of a list ("(1) A and (2) B"), "May I
ask what NP was?", "I'd love to see NP", "in comparison to" / "as opposed to" for "vs", "upwards of", "$10-billion",
"$10 thousand million", "fiscal-2024", "the fiscal year of 2024", "Qtr 3 2024" and "&amp;". Own questions, not the
golden sets' (the round measured 77 kinds over the golds with a script outside the repository, see
docs/finql-translation.md, "Round 29 (f29m)")."""

from __future__ import annotations

import pytest
from reading_helpers import asked, q, refused, reworded

BASE = [
    ("What was Granite Water's net income in fiscal 2022?", "FF_NET_INC(FY2022) FOR GRWT"),
    ("What is Cobalt Power's dividend yield?", "FG_DIV_YIELD(D0) FOR COBP"),
    ("How did Falcon Software and Northwind Systems do over the last 60 trading days?",
     "P_RETURN(D-60, D0) FOR FALC, NWSY"),
]


def _lower_first(s: str) -> str:
    return s[0].lower() + s[1:]


REWORDINGS = {
    "dad": lambda s: s + " Asking for my dad.",
    "not sure": lambda s: s + " Not sure if you have it.",
    "dumb question": lambda s: "Dumb question, but " + _lower_first(s),
    "random question": lambda s: "Random question: " + s,
    "question 3": lambda s: "Question 3: " + s,
    "mention": lambda s: "@finql " + s,
    "hey assistant": lambda s: "Hey assistant, " + _lower_first(s),
    "a)": lambda s: "a) " + s,
    "(1)": lambda s: "(1) " + s,
    "may I ask": lambda s: (lambda v, np: f"May I ask what {np} {v}?" if np else s)(*asked(s)),
    "love to see": lambda s: (lambda v, np: f"I'd love to see {np}." if np else s)(*asked(s)),
    "numbered list": lambda s: s.replace("Falcon Software and", "(1) Falcon Software and (2)"),
}


@pytest.mark.parametrize("question,reworded_question,query", reworded(BASE, REWORDINGS))
def test_reading_keeps_under_rewording(question: str, reworded_question: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_question) == query


# own wordings of each class, each refused or read otherwise before the round
@pytest.mark.parametrize("question,query", [
    # a list mark said first: a letter or a number in brackets
    ("b) Which stocks rose more than 40% in 2024?", "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR "
     "SCREEN(ALL, P_RETURN(2023-12-31, 2024-12-31) > 40)"),
    ("(2) Show me Keystone Materials capex fiscal 2021", "FF_CAPEX(FY2021) FOR KEYM"),
    # the members of a list numbered
    ("Net income of (1) Granite Water, (2) Cobalt Power and (3) Falcon Software in fiscal 2023",
     "FF_NET_INC(FY2023) FOR GRWT, COBP, FALC"),
    # "in comparison to (with)", "as opposed to": "vs"
    ("Falcon Software EPS in fiscal 2020 in comparison to fiscal 2024", "FF_EPS(FY2020), FF_EPS(FY2024) FOR FALC"),
    ("Granite Water sales fiscal 2021 as opposed to fiscal 2023", "FF_SALES(FY2021), FF_SALES(FY2023) FOR GRWT"),
    ("cobalt power price at end 2022 in comparison with now", "P_PRICE(2022-12-31), P_PRICE(D0) FOR COBP"),
    ("How much cash does Cobalt Power hold as opposed to its debt, as of the latest quarter?",
     "FF_CASH(FQ0), FF_DEBT(FQ0) FOR COBP"),
    ("Granite Water as opposed to Keystone Materials: share price return over the past three months, head to head.",
     "P_RETURN(2024-10-15, D0) FOR GRWT, KEYM"),
    # an e-mail's sign-off on lines of its own
    ("What was Keystone Materials' capex in fiscal 2021?\nThanks,\nAlex", "FF_CAPEX(FY2021) FOR KEYM"),
    ("Cobalt Power net income fiscal 2023\n\nCheers,\nPriya", "FF_NET_INC(FY2023) FOR COBP"),
    # amounts: "upwards of", a hyphen before the unit, "thousand million"
    ("Which companies have a dividend yield upwards of 4%?",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(ALL, FG_DIV_YIELD(D0) > 4)"),
    ("Companies with a market cap above $80-billion", "NAME, FG_MKT_CAP(D0) FOR SCREEN(ALL, FG_MKT_CAP(D0) > 80000) IN USD"),
    ("Utilities with sales over $4 thousand million in fiscal 2024",
     'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_SALES(FY2024) > 4000) IN USD'),
    # "in excess of", "north of", "south of" before "its" or a number's word: "above", "below"
    ("How far is Granite Water trading in excess of its lowest close of the past three months, in percent?",
     "(P_PRICE(D0) / P_LOW(2024-10-15, D0) - 1) * 100 FOR GRWT"),
    ("Which banks are trading north of eight times trailing earnings but south of twelve?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 8 AND FG_PE(D0) < 12)'),
    ("How far, in percent, is Cobalt Power trading south of its 2024 high?",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR COBP"),
    # periods: "fiscal-2022", "the fiscal year of 2022", "Qtr 2 2024"
    ("Cobalt Power's operating income in fiscal-2022", "FF_OPER_INC(FY2022) FOR COBP"),
    ("Total debt of Keystone Materials in the fiscal year of 2020", "FF_DEBT(FY2020) FOR KEYM"),
    ("Granite Water net income Qtr 2 2024", "FF_NET_INC(FQ2024Q2) FOR GRWT"),
    # "Re X: ..." (the topic said first, as "About X:"), and an e-mail's "RE:" said first
    ("Re Granite Water: net income, fiscal 2022?", "FF_NET_INC(FY2022) FOR GRWT"),
    ("re Keystone Materials: capex in fiscal 2021", "FF_CAPEX(FY2021) FOR KEYM"),
    ("RE: Cobalt Power dividend yield?", "FG_DIV_YIELD(D0) FOR COBP"),
    # a range of days each said "the Nth of Month" (refused; "from the close on the 28th of June ... to ..." read a
    # price today beside the return, a wrong answer)
    ("Return of Granite Water between the 3rd of June 2024 and the 30th of August 2024",
     "P_RETURN(2024-06-03, 2024-08-30) FOR GRWT"),
    ("Cobalt Power stock return from the close on the 14th of March 2024 to the close on July 31, 2024",
     "P_RETURN(2024-03-14, 2024-07-31) FOR COBP"),
    ("Lowest close of Keystone Materials between the 2nd of April, 2024 and the 28th of June, 2024",
     "P_LOW(2024-04-02, 2024-06-28) FOR KEYM"),
    # a period in brackets after a misspelt name (the bracket was taken as the name's appositive)
    ("net income of Granit Water (fiscal 2022)", "FF_NET_INC(FY2022) FOR GRWT"),
    ("debt of Keystne Materials (Q3 2024)", "FF_DEBT(FQ2024Q3) FOR KEYM"),
    # (the appositive without a figure is still the name's)
    ("capex for Lakesde Bancorp (the bank) in fiscal 2020", "FF_CAPEX(FY2020) FOR LAKE"),
    # an HTML entity for the ampersand
    ("Oil &amp; Gas companies with a P/E below 12",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Oil & Gas"), FG_PE(D0) < 12)'),
])
def test_fixed_class(question: str, query: str) -> None:
    assert q(question) == query


# near misses: they keep their reading or their refusal
@pytest.mark.parametrize("question,query", [
    ("Show me Falcon Software's EPS (1) in fiscal 2023", None),
    ("Net income of Granite Water (1) and Cobalt Power in fiscal 2023", None),
    # "re" is no topic's mark without the colon after the topic
    ("Re Granite Water net income in fiscal 2022", None),
])
def test_near_misses_refused(question: str, query: str | None) -> None:
    refused(question)


def test_comparison_to_now_never_drops_now() -> None:
    # "in comparison with now" read the year-end price alone (a wrong answer): now it is the price then and now, or refused
    r = q("bluepeak energy price end 2023 in comparison with now")
    assert r in (None, "P_PRICE(2023-12-31), P_PRICE(D0) FOR BPE")

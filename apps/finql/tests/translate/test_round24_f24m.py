"""Round 24 (f24m): metamorphic robustness, round 3. A reading must not change under rewordings that keep the meaning
and that rounds 22 and 23 did not try: hedges and asides of other voices ("Out of curiosity", "Just wondering", "by any
chance", "when you get a chance", "ty"), punctuation ("??", "?!", " ?", "...", quotes, curly apostrophes), the company's
case, a cashtag, the company moved to the end, "its" / "the firm's" / "the company's" after naming it, a passive
("reported by X"), "for X" / "of X" / "at X", requests of other verbs ("Tell me", "Pull up", "Look up", "Can I get"),
period forms ("Q3 '23", "2023 Q3", "Q3-2023", "FY-2023", "FY'23", "the 3rd quarter of 2023"), amounts ("US$5bn",
"5 billion USD", "$5.0bn") and percentages ("10 %", "10.0%").
Own questions, not the golden sets' (the round measured the same kinds of rewording over the golds with a script
outside the repository, see docs/finql-translation.md, "Round 24 (f24m)")."""

from __future__ import annotations

import re

import pytest
from reading_helpers import q, refused, reworded

# -- the invariance over a fixed sample of questions ----------------------------------------------------------------------

BASE = [
    ("What was Falcon Software's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("What was Keystone Materials' operating income in Q2 2024?", "FF_OPER_INC(FQ2024Q2) FOR KEYM"),
    ("Which software companies had sales above $5bn in fiscal 2024?",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_SALES(FY2024) > 5000) IN USD'),
    ("Which banks have a dividend yield above 4%?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
    ("What is Nimbus Freight's share price today?", "P_PRICE(D0) FOR NIMB"),
    ("What was the capex of EMBP in FY2022?", "FF_CAPEX(FY2022) FOR EMBP"),
    ("Show me Cobalt Motors' total debt in fiscal 2021", "FF_DEBT(FY2021) FOR COBA"),
]
NAMES = ("Falcon Software", "Keystone Materials", "Nimbus Freight", "Cobalt Motors")


def _body(s: str) -> str:
    return s.rstrip("?.! ")


def _decap(s: str) -> str:
    return s[0].lower() + s[1:]


def _poss(s: str, form: str) -> str:
    """"What was X's M P?" said another way (``form`` with {verb}, {x}, {m}, {p}); other questions unchanged."""
    m = re.fullmatch(r"(What was|What is) (.+?)(?:'s|') (.+?) ((?:in|today)\b.*?)\?", s)
    return form.format(verb=m.group(1), x=m.group(2), m=m.group(3), p=m.group(4)) if m else s


def _what(s: str, form: str) -> str:
    m = re.fullmatch(r"What (?:was|is) (.+?)\?", s)
    return form.format(b=m.group(1)) if m and not s.startswith("What was the") else s


def _names(s: str, f) -> str:
    for n in NAMES:
        s = s.replace(n, f(n))
    return s


REWORDINGS = {
    "Out of curiosity": lambda s: "Out of curiosity, " + _decap(s),
    "Just wondering": lambda s: "Just wondering, " + _decap(s),
    "I'm curious:": lambda s: "I'm curious: " + _decap(s),
    "Um,": lambda s: "Um, " + _decap(s),
    "If you don't mind": lambda s: "If you don't mind, " + _decap(s),
    "if possible": lambda s: _body(s) + ", if possible?",
    "by any chance": lambda s: _body(s) + ", by any chance?" if s.endswith("?") else s,
    "when you get a chance": lambda s: _body(s) + ", when you get a chance",
    "thanks!": lambda s: s + " thanks!",
    "Cheers!": lambda s: s + " Cheers!",
    "ty": lambda s: _body(s) + " ty",
    "Much appreciated.": lambda s: s + " Much appreciated.",
    "??": lambda s: _body(s) + "??",
    "?!": lambda s: _body(s) + "?!",
    "space ?": lambda s: _body(s) + " ?",
    "...": lambda s: _body(s) + "...",
    "quoted": lambda s: f'"{s}"',
    "curly apostrophe": lambda s: s.replace("'", "\u2019"),
    "name lower": lambda s: _names(s, str.lower),
    "name upper": lambda s: _names(s, str.upper),
    "cashtag": lambda s: s.replace("EMBP", "$EMBP"),
    "ticker lower": lambda s: s.replace("EMBP", "embp"),
    "company last": lambda s: _poss(s, "{verb} the {m} {p} for {x}?"),
    "its after naming": lambda s: _poss(s, "About {x}: {verb} its {m} {p}?").replace("About X: What", "About X: what"),
    "the firm's": lambda s: _poss(s, "Take {x}. {verb} the firm's {m} {p}?"),
    "the company's": lambda s: _poss(s, "For {x}, {verb} the company's {m} {p}?"),
    "reported by": lambda s: _poss(s, "{verb} the {m} reported by {x} {p}?"),
    "at X": lambda s: _poss(s, "{verb} the {m} at {x} {p}?"),
    "Tell me": lambda s: _what(s, "Tell me {b}."),
    "Pull up": lambda s: _what(s, "Pull up {b}"),
    "Look up": lambda s: _what(s, "Look up {b}"),
    "Can I get": lambda s: _what(s, "Can I get {b}?"),
    "Q2 '24": lambda s: s.replace("Q2 2024", "Q2 '24"),
    "2024 Q2": lambda s: s.replace("Q2 2024", "2024 Q2"),
    "Q2-2024": lambda s: s.replace("Q2 2024", "Q2-2024"),
    "the 2nd quarter of 2024": lambda s: s.replace("Q2 2024", "the 2nd quarter of 2024"),
    "FY-2022": lambda s: re.sub(r"\b(?:FY|fiscal )(20\d\d)\b", r"FY-\1", s),
    "FY'22": lambda s: re.sub(r"\b(?:FY|fiscal )20(\d\d)\b", r"FY'\1", s),
    "US$5bn": lambda s: s.replace("$5bn", "US$5bn"),
    "5 billion USD": lambda s: s.replace("$5bn", "5 billion USD"),
    "$5.0bn": lambda s: s.replace("$5bn", "$5.0bn"),
    "4 %": lambda s: s.replace("4%", "4 %"),
    "4.0%": lambda s: s.replace("4%", "4.0%"),
}


@pytest.mark.parametrize(("question", "rewording", "query"), reworded(BASE, REWORDINGS))
def test_reading_is_invariant(question: str, rewording: str, query: str) -> None:
    assert q(question) == query
    assert q(rewording) == query


# -- the classes fixed -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a fiscal year joined to its year by a hyphen was read as a relative year two thousand years back: wrong answers
        ("Capex of Indigo Stores in FY-2021", "FF_CAPEX(FY2021) FOR INDS"),
        ("Which Swiss companies had sales above 2 billion in FY-2023?",
         'NAME, FF_SALES(FY2023) FOR SCREEN(COUNTRY("Switzerland"), FF_SALES(FY2023) > 2000)'),
        ("Lakeside Bancorp's shareholders' equity, FY-2020 year end", "FF_EQUITY(FY2020) FOR LAKE"),
        # a quarter written after its year, at the end of it, was the year's end and the latest such quarter: wrong
        ("Indigo Stores total assets at the end of fiscal 2023 Q4", "FF_ASSETS(FQ2023Q4) FOR INDS"),
        ("Lakeside Bancorp's cash at the end of 2022 Q2", "FF_CASH(FQ2022Q2) FOR LAKE"),
        # a family's possessive written "Nimbus'" before its unit (the unit left unread, or the family ambiguous)
        ("Net income of Nimbus' logistics arm in fiscal 2022", "FF_NET_INC(FY2022) FOR NIMB"),
        ("Share price of Monarch' household products business today", "P_PRICE(D0) FOR MHP"),
        # an opening label or discourse word set off by a comma ("between" read only where it opens the question)
        ("Real quick: which banks trade below book value?", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 1)'),
        ("Alright, between the airlines, which three had the most cash at FY2023 year end?",
         'NAME, FF_CASH(FY2023) FOR SCREEN(INDUSTRY("Airlines")) SORT FF_CASH(FY2023) DESC TOP 3 IN USD'),
        # "or more" written as a plus after a unit or currency set off by a space
        ("retailers w/ FY23 sales 20 billion USD+",
         'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Retail"), FF_SALES(FY2023) >= 20000) IN USD'),
        ("software names with FY24 op income $3 bn+",
         'NAME, FF_OPER_INC(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_OPER_INC(FY2024) >= 3000) IN USD'),
        # the threshold after "in USD," written "US$20bn" or "USD20B"
        ("German names: mkt cap in USD, above US$20bn",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("Germany"), FG_MKT_CAP(D0) > 20000) IN USD'),
        ("French names: mkt cap in USD, below USD30B",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("France"), FG_MKT_CAP(D0) < 30000) IN USD'),
        # the same of a fiscal quarter (refused)
        ("Gross profit of Indigo Stores in Q1-2024", "FF_GROSS_INC(FQ2024Q1) FOR INDS"),
        # the asker's curiosity, timing and thanks (refused, naming "curiosity", "wondering", "chance", "ty")
        ("Out of sheer curiosity, what did Indigo Stores earn in fiscal 2022?", "FF_NET_INC(FY2022) FOR INDS"),
        ("Just wondering - which airlines lost money in fiscal 2023?",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Airlines"), FF_NET_INC(FY2023) < 0)'),
        ("Do you have Lakeside Bancorp's total assets for fiscal 2024 by any chance?", "FF_ASSETS(FY2024) FOR LAKE"),
        # ... said first, before a request asked as a question (it was a yes/no question with the aside first)
        ("Just wondering, could you give me Indigo Stores' capex for fiscal 2023?", "FF_CAPEX(FY2023) FOR INDS"),
        ("Indigo Stores' capex in fiscal 2023 at your convenience, please", "FF_CAPEX(FY2023) FOR INDS"),
        ("Indigo Stores dividend per share fiscal 2024 ty", "FF_DPS(FY2024) FOR INDS"),
        # ... said last, where a rule reads the question's end ("vs last": the latest close; ", any sector": every company)
        ("indi px 28 jun 24 vs last thx", "P_PRICE(2024-06-28), P_PRICE(D0) FOR INDI"),
        ("who's above $400bn mkt cap today, any sector, when you get a chance",
         "NAME, FG_MKT_CAP(D0) FOR SCREEN(ALL, FG_MKT_CAP(D0) > 400000) IN USD"),
        # the asker's request said of themselves (refused as a yes/no question)
        ("Can I get Indigo Stores' sales in fiscal 2022?", "FF_SALES(FY2022) FOR INDS"),
        ("Could we please have the market cap of Lakeside Bancorp?", "FG_MKT_CAP(D0) FOR LAKE"),
        # a phrasal request verb first: its "up" was read as a rise (refused, a return without its period)
        ("Pull up Indigo Stores' share price now", "P_PRICE(D0) FOR INDS"),
        ("Could you look up the closing price of Lakeside Bancorp on 28 June 2024?", "P_PRICE(2024-06-28) FOR LAKE"),
    ],
)
def test_fixed_classes(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # read before the round, and still: "May I see ...", "Bring up ..." before a measure no move is read of
        ("May I see Lakeside Bancorp's net income for fiscal 2021?", "FF_NET_INC(FY2021) FOR LAKE"),
        ("Bring up Indigo Stores' market cap today", "FG_MKT_CAP(D0) FOR INDS"),
        # a year's end is still the year's
        ("Indigo Stores total assets at the end of fiscal 2022 and 2023", "FF_ASSETS(FY2022), FF_ASSETS(FY2023) FOR INDS"),
        ("Lakeside Bancorp's cash at the end of fiscal 2022", "FF_CASH(FY2022) FOR LAKE"),
        # thanks said last after a mark stay courtesy
        ("What was Falcon Software's net income in fiscal 2023? Thanks!", "FF_NET_INC(FY2023) FOR FALC"),
        # "Right now" opens with a period, not a discourse word
        ("Right now, which banks trade below book value?", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 1)'),
        # relative fiscal years keep their reading
        ("Capex of Indigo Stores in FY-1", "FF_CAPEX(FY-1) FOR INDS"),
        ("Capex of Indigo Stores in FY-2 and FY0", "FF_CAPEX(FY-2), FF_CAPEX(FY0) FOR INDS"),
        # a range of quarters written with hyphens is still a range
        ("Indigo Stores gross profit Q1-Q3 2024",
         "FF_GROSS_INC(FQ2024Q1), FF_GROSS_INC(FQ2024Q2), FF_GROSS_INC(FQ2024Q3) FOR INDS"),
        # "up" of a move is still the move
        ("Which banks are up more than 10% since June?",
         'NAME, P_RETURN(2024-05-31, D0) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2024-05-31, D0) > 10)'),
    ],
)
def test_near_misses_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # "FY-22": a year written with a hyphen, or 22 years back: neither is sure (it was read as FY-22)
        ("Capex of Indigo Stores in FY-22", "fy"),
        # a yes/no question stays one, however politely asked
        ("Did Indigo Stores' sales grow in fiscal 2023, by any chance?", ""),
        ("Can I see whether Indigo Stores' sales grew in fiscal 2023?", "whether"),
    ],
)
def test_near_misses_stay_refused(question: str, word: str) -> None:
    assert word in refused(question)

"""Round 23 (f23m): metamorphic robustness, round 2. A reading must not change under rewordings that keep the meaning
(the period said first, an imperative for a question, "firms"/"names" for "companies", comparison words, "the five
largest" for "top 5", numbers in words, a ticker in parentheses after the name, "the M of X" / "the M for X" for
"X's M", date and range spellings, "financial year", leading "Quick question:", one letter dropped or doubled).
Own questions, not the golden sets' (the round measured the same rewordings over the golds with a script outside the
repository, see docs/finql-translation.md, "Round 23 (f23m)")."""

from __future__ import annotations

import re

import pytest
from reading_helpers import q, refused, reworded

from finql.translate.pipeline import translate

# -- the invariance over a fixed sample of questions ----------------------------------------------------------------------

BASE = [
    ("What was Falcon Software's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("Which software companies had sales above $5bn in fiscal 2024?",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_SALES(FY2024) > 5000) IN USD'),
    ("Which airlines lost money in fiscal 2023?",
     'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Airlines"), FF_NET_INC(FY2023) < 0)'),
    ("Top 5 banks by dividend yield",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_DIV_YIELD(D0) DESC TOP 5'),
    ("What was the lowest close of Nimbus Freight between 1 March 2024 and 28 June 2024?",
     "P_LOW(2024-03-01, 2024-06-28) FOR NIMB"),
    ("What is the total capex of Keystone Materials from fiscal 2021 to fiscal 2023?",
     "SUM(FF_CAPEX, FY2021, FY2023) FOR KEYM"),
    ("What is Ember Petroleum's return over the last 20 trading days?", "P_RETURN(D-20, D0) FOR EMBP"),
    ("What were the earnings per share of Cobalt Motors in fiscal 2022?", "FF_EPS(FY2022) FOR COBA"),
    ("Which banks have a P/E below 8?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 8)'),
]
TICKER = {"Falcon Software": "FALC", "Nimbus Freight": "NIMB", "Keystone Materials": "KEYM",
          "Ember Petroleum": "EMBP", "Cobalt Motors": "COBA"}


def _body(s: str) -> str:
    return s.rstrip("?.! ")


def _decap(s: str) -> str:
    return s[0].lower() + s[1:]


def _front(s: str) -> str:
    m = re.fullmatch(r"(.*?) in (fiscal \d{4})\?", s)
    return f"In {m.group(2)}, {_decap(m.group(1))}?" if m else s


def _fiscal(s: str, form: str) -> str:
    return re.sub(r"\bfiscal (20\d\d)\b", lambda m: form.format(y=m.group(1)), s)


def _parens(s: str) -> str:
    for name, tk in TICKER.items():
        s = s.replace(name, f"{name} ({tk})", 1)
    return s


def _typo_name(s: str, double: bool) -> str:
    for name in TICKER:
        word = max(name.split(), key=len)
        i = len(word) // 2
        s = s.replace(word, word[:i] + word[i] * double + word[i + 1:] if double else word[:i] + word[i + 1:], 1)
    return s


REWORDINGS = {
    "period first": _front,
    "Show me": lambda s: re.sub(r"^What (?:is|was|were) (.*?)\?$", r"Show me \1", s),
    "List ... that": lambda s: re.sub(r"^Which (\w+(?: \w+)?) (had|have|lost) (.*?)\?$", r"List the \1 that \2 \3", s),
    "firms": lambda s: s.replace("companies", "firms"),
    "businesses": lambda s: s.replace("companies", "businesses"),
    "more than": lambda s: s.replace("above $", "more than $"),
    "north of": lambda s: s.replace("above $", "north of $"),
    "exceeding": lambda s: s.replace("had sales above", "had sales exceeding"),
    "under": lambda s: s.replace("below 8", "under 8"),
    "less than": lambda s: s.replace("below 8", "less than 8"),
    "five largest": lambda s: s.replace("Top 5", "The five largest"),
    "top five": lambda s: s.replace("Top 5", "Top five"),
    "5 biggest": lambda s: s.replace("Top 5", "5 biggest"),
    "twenty trading days": lambda s: s.replace("20 trading days", "twenty trading days"),
    "past 20": lambda s: s.replace("over the last 20", "in the past 20"),
    "ticker in parentheses": _parens,
    "of X": lambda s: s.replace("Falcon Software's net income", "the net income of Falcon Software"),
    "for X": lambda s: s.replace("Ember Petroleum's return", "the return for Ember Petroleum"),
    "March 1, 2024": lambda s: s.replace("1 March 2024", "March 1, 2024").replace("28 June 2024", "June 28, 2024"),
    "1st of March": lambda s: s.replace("1 March 2024", "1st of March 2024").replace("28 June", "28th of June"),
    "ISO dates": lambda s: s.replace("1 March 2024", "2024-03-01").replace("28 June 2024", "2024-06-28"),
    "from ... to": lambda s: s.replace("between 1 March 2024 and", "from 1 March 2024 to"),
    "through": lambda s: s.replace("from fiscal 2021 to fiscal 2023", "for fiscal 2021 through fiscal 2023"),
    "FY 2023": lambda s: _fiscal(s, "FY {y}"),
    "the 2023 fiscal year": lambda s: _fiscal(s, "the {y} fiscal year"),
    "financial year 2023": lambda s: _fiscal(s, "financial year {y}"),
    "please?": lambda s: _body(s) + " please?",
    "Quick question:": lambda s: "Quick question: " + _decap(s),
    "Can you check:": lambda s: "Can you check: " + _decap(s),
    "name letter dropped": lambda s: _typo_name(s, False),
    "name letter doubled": lambda s: _typo_name(s, True),
    "metric letter doubled": lambda s: s.replace("earnings per share", "earniings per share"),
}
@pytest.mark.parametrize(("question", "rewording", "query"), reworded(BASE, REWORDINGS))
def test_reading_is_invariant(question: str, rewording: str, query: str) -> None:
    assert q(question) == query
    assert q(rewording) == query


# -- the classes fixed -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a misspelt word of a measure's name of several words was read alone as another measure: wrong answers
        ("Cobalt Motors: earniings per share, fiscal 2022", "FF_EPS(FY2022) FOR COBA"),
        ("What were the earnngs per share of Falcon Software in FY2023?", "FF_EPS(FY2023) FOR FALC"),
        ("Compute Keystone Materials' retuurn on assets for fiscal 2023",
         "FF_NET_INC(FY2023) / FF_ASSETS(FY2023) * 100 FOR KEYM"),
        ("retrn on equity of Orbital Aerospace last year", "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR ORBA"),
        ("Which airlines trade at less than 9 times earniings?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) < 9)'),
        ("shareholders' equiity of Zenith Brands in fiscal 2023", "FF_EQUITY(FY2023) FOR ZENI"),
        # a slip of a ratio's one-word term written with a slash: the ratio (was two figures, the ratio lost)
        ("net debt / equiity for the airlines, LTM",
         'NAME, (FF_DEBT(LTM) - FF_CASH(LTM)) / FF_EQUITY(LTM) FOR SCREEN(INDUSTRY("Airlines"))'),
        ("debt/equiity for Falcon Software FY24", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR FALC"),
        # a slip in a function's name whose other words read it alone ("compound annual growwth rate") is corrected
        ("What was the compound annual growwth rate of Zenith Brands' sales from fiscal 2020 to fiscal 2024?",
         "CAGR(FF_SALES, FY2020, FY2024) FOR ZENI"),
        # a word ticker between slashes in a list of tickers is the ticker (was dropped, unnamed)
        ("fy23 dps for brip/step/qupo", "FF_DPS(FY2023) FOR BRIP, STEP, QUPO"),
        ("ebit fy24 nwsy/fair", "FF_OPER_INC(FY2024) FOR NWSY, FAIR"),
        # "financial year 2021", "the 2023 fiscal year": the fiscal year in every form of period (ranges were refused)
        ("Total capex of Falcon Software over financial year 2021 through 2023", "SUM(FF_CAPEX, FY2021, FY2023) FOR FALC"),
        ("EPS growth of Cobalt Motors between financial year 2020 and financial year 2023",
         "GROWTH(FF_EPS, FY2020, FY2023) FOR COBA"),
        ("Operating income for the first half of the 2023 fiscal year at Keystone Materials",
         "SUM(FF_OPER_INC, FQ2023Q1, FQ2023Q2) FOR KEYM"),
        ("Falcon Software sales, the 2023 financial year", "FF_SALES(FY2023) FOR FALC"),
        # a threshold said after the set with any comparison word (only "above"/"below"/"over"/"under" were read)
        ("sales growth FY23 to FY24 for the airline names, more than 5% only",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Airlines"), GROWTH(FF_SALES, FY2023, FY2024) > 5)'),
        ("Which bank names rose, only those north of 15% in 2023?",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2022-12-31, 2023-12-31) > 15)'),
        # "net cash north of 1 billion": the measure compared, not the condition of having net cash
        ("Which semiconductor companies have net cash north of 1 billion?",
         'NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Semiconductors"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 1000)'),
        # a fiscal period said first is the period of a condition adjective (it was left unread)
        ("In fiscal 2023, which airlines lost money?",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Airlines"), FF_NET_INC(FY2023) < 0)'),
        ("For FY2022, show me the loss-making banks",
         'NAME, FF_NET_INC(FY2022) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2022) < 0)'),
        # "Quick question:", "Can you check:": a label and a request verb (the request after the label was a yes/no
        # question; "check" was not understood)
        ("Quick question: could you give me the P/E of Falcon Software?", "FG_PE(D0) FOR FALC"),
        ("Please check the P/E of Falcon Software", "FG_PE(D0) FOR FALC"),
        ("Can you check: which airlines made a profit last year?",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Airlines"), FF_NET_INC(FY2024) > 0)'),
        # "Falcon Software (FALC)'s": the possessive after the ticker in parentheses ("'s" was refused)
        ("Orbital Aerospace (ORBA)'s free cash flow in fiscal 2023", "FF_FCF(FY2023) FOR ORBA"),
        ("Compare Nimbus Freight (NIMB)' and Zenith Brands (ZENI)'s sales in FY2023", "FF_SALES(FY2023) FOR NIMB, ZENI"),
        # "USD 35B+": the code before the amount is the dollar sign, the plus stays with the amount
        ("software names with FY24 sales USD 35B+",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_SALES(FY2024) >= 35000) IN USD'),
    ],
)
def test_fixed_classes(question: str, query: str) -> None:
    assert q(question) == query


def test_a_slip_with_several_suggestions_one_making_a_name() -> None:
    # "shar": "share", "star" or "soar"; only "share" makes a measure's name with "earnings per": read, and said
    a = translate("Falcon Software earnings per shar last year")
    assert a.reading is not None and a.reading.query() == "FF_EPS(FY2024) FOR FALC"
    assert a.corrections == [("shar", "share")]


def test_near_misses_spelling_and_slashes() -> None:
    # a misspelt word that makes no measure's name of several words keeps its own reading ("earnngs" alone: earnings)
    assert q("Falcon Software earnngs in FY2023") == "FF_NET_INC(FY2023) FOR FALC"
    # "retuurn" with no "on assets" after it is the share price return
    assert q("What is the retuurn of Falcon Software in 2023?") == "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"
    # a word after a slash that nothing reads is named, never dropped
    assert "widgets" in refused("fy24 dps for brip/widgets")
    assert "blah" in refused("fy24 dps for brip/qupo/blah")


def test_near_misses_periods_and_frames() -> None:
    # "financial" of a sector stays the sector
    assert q("Which financial stocks have a P/E below 10?") == \
        'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Financials"), FG_PE(D0) < 10)'
    # a period said first beside another period of the adjective's own is not taken (two periods: refused, named)
    assert "fy2023" in refused("In FY2023, which airlines paid no dividend in FY2024?").lower()
    # a yes/no question after the label stays a yes/no question
    assert "yes/no" in refused("Quick question: did Falcon Software's sales grow in 2023?")
    # "check" as a noun is no request verb: named
    assert "check" in refused("equity / assets (FY24) for the banks - leverage check")
    # "EUR 500B" keeps its currency (only the dollar code is the dollar sign)
    assert q("banks with assets above EUR 500B") == \
        'NAME, FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_ASSETS(FY2024) > 500000) IN EUR'

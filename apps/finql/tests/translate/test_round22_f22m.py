"""Round 22 (f22m): metamorphic robustness. A reading must not change under rewordings that keep the meaning
(politeness, punctuation, case, spacing, period and amount spellings, names and tickers, list joints, synonyms).
Own questions, not the golden sets' (the round measured the same rewordings over the tuning sets' golds with a
script outside the repository, see docs/finql-translation.md, "Round 22 (f22m)")."""

from __future__ import annotations

import re

import pytest
from reading_helpers import q, refused, reworded

# -- the invariance over a fixed sample of questions ----------------------------------------------------------------------

BASE = [
    ("What was Falcon Software's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("Which software companies had sales above $5bn in fiscal 2024?",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_SALES(FY2024) > 5000) IN USD'),
    ("Show the market cap of Ember Petroleum and Copperfield Air in US dollars",
     "FG_MKT_CAP(D0) FOR EMBP, COPP IN USD"),
    ("Which banks have a dividend yield above 4%?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
    ("What is Helix Biotherapeutics' net cash at the end of fiscal 2024?",
     "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR HLXB"),
    ("What were Nimbus Freight's cash and debt in the latest quarter?", "FF_CASH(FQ0), FF_DEBT(FQ0) FOR NIMB"),
    ("Rank the airlines by operating margin in fiscal 2024, highest first",
     'NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Airlines")) '
     "SORT FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 DESC"),
    ("What is the debt-to-equity ratio of Keystone Materials in fiscal 2022?",
     "FF_DEBT(FY2022) / FF_EQUITY(FY2022) FOR KEYM"),
    ("Which utilities have capex/sales above 20 percent in fiscal 2024?",
     'NAME, FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(SECTOR("Utilities"), '
     "FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100 > 20)"),
]
TICKER = {"Falcon Software": "FALC", "Ember Petroleum": "EMBP", "Copperfield Air": "COPP",
          "Helix Biotherapeutics": "HLXB", "Nimbus Freight": "NIMB", "Keystone Materials": "KEYM"}


def _body(s: str) -> str:
    return s.rstrip("?.! ")


def _decap(s: str) -> str:
    return s[0].lower() + s[1:]


def _name_to_ticker(s: str) -> str:
    for name, tk in TICKER.items():
        s = re.sub(re.escape(name) + r"(?:'s|')", tk + "'s", s).replace(name, tk)
    return s


def _fiscal(s: str, form: str) -> str:
    return re.sub(r"\bfiscal (20(\d\d))\b", lambda m: form.format(y=m.group(1), yy=m.group(2)), s)


def _amount(s: str, form: str) -> str:
    return re.sub(r"\$(\d+)bn\b", lambda m: form.format(n=m.group(1)), s)


REWORDINGS = {
    "greeting": lambda s: "Hi, quick one: " + _decap(s),
    "thanks": lambda s: _body(s) + ", thanks!",
    "please": lambda s: _body(s) + ", please",
    "no question mark": lambda s: _body(s),
    "question mark": lambda s: _body(s) + "?",
    "doubled spaces": lambda s: s.replace(" ", "  "),
    "all capitals": str.upper,
    "all lower case": str.lower,
    "tickers": _name_to_ticker,
    "names with Inc.": lambda s: re.sub(r"(Falcon Software|Helix Biotherapeutics|Nimbus Freight)", r"\1 Inc.", s),
    "FY2023": lambda s: _fiscal(s, "FY{y}"),
    "FY23": lambda s: _fiscal(s, "FY{yy}"),
    "fiscal year 2023": lambda s: _fiscal(s, "fiscal year {y}"),
    "USD 5B": lambda s: _amount(s, "USD {n}B"),
    "5 billion dollars": lambda s: _amount(s, "{n} billion dollars"),
    "$5 billion": lambda s: _amount(s, "${n} billion"),
    "4 percent": lambda s: re.sub(r"(\d)%", r"\1 percent", s),
    "20%": lambda s: re.sub(r"(\d) percent", r"\1%", s),
    "and -> &": lambda s: s.replace("Petroleum and Copperfield", "Petroleum & Copperfield"),
    "contraction": lambda s: s.replace("What is", "What's"),
    "revenue": lambda s: s.replace("capex/sales", "capex/revenue").replace("had sales", "had revenue"),
    "total debt": lambda s: s.replace("the debt-to-equity", "the total debt-to-equity"),
    "market capitalization": lambda s: s.replace("Show the market cap", "Market capitalization"),
}
@pytest.mark.parametrize(("question", "rewording", "query"), reworded(BASE, REWORDINGS))
def test_reading_is_invariant(question: str, rewording: str, query: str) -> None:
    assert q(question) == query
    assert q(rewording) == query


# -- the classes fixed -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "total debt-to-equity" was "total debt" over "equity ratio" (equity / assets): a wrong answer
        ("What was the total debt-to-equity ratio of Cobalt Motors in fiscal 2023?",
         "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR COBA"),
        ("total debt/equity for Orbital Aerospace FY24", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR ORBA"),
        ("Ember Petroleum's total debt to equity ratio last year", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR EMBP"),
        # ... while "net debt to equity" stays net debt over equity
        ("net debt to equity for Orbital Aerospace FY24",
         "(FF_DEBT(FY2024) - FF_CASH(FY2024)) / FF_EQUITY(FY2024) FOR ORBA"),
        # a question written all in capitals: "CASH" was Cash America Holdings, "NET CASH" net income and a company
        ("WHAT WERE ORBITAL AEROSPACE'S CASH AND DEBT LAST YEAR?", "FF_CASH(FY2024), FF_DEBT(FY2024) FOR ORBA"),
        ("WHAT IS GENERAL WIDGET'S NET CASH?", "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR GWC"),
        # ... "IN $" was dropped
        ("CONSENSUS FY1 SALES FOR LUMEN STREAMING, IN $", "FE_SALES(FY1) FOR LUMS IN USD"),
        # ... and "FREE", "HIGHEST" were left unread (refused)
        ("WHICH 3 AIRLINES HAD THE HIGHEST FREE CASH FLOW IN FISCAL 2023?",
         'NAME, FF_FCF(FY2023) FOR SCREEN(INDUSTRY("Airlines")) SORT FF_FCF(FY2023) DESC TOP 3 IN USD'),
        # a ticker that is only a word of English stays the ticker in a shouted question
        ("WHAT WAS THE EBIT OF WEST IN FISCAL 2023?", "FF_OPER_INC(FY2023) FOR WEST"),
        # a terse ask of tickers in capitals is left as written
        ("FALC FY24 EPS", "FF_EPS(FY2024) FOR FALC"),
        # "us-listed" in lower case (or in a shouted question) was the pronoun: the country dropped
        ("top 3 by dividend yield among us-listed utilities",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities") & COUNTRY("United States")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
        ("TOP 3 BY DIVIDEND YIELD AMONG US-LISTED UTILITIES",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities") & COUNTRY("United States")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
        # "capex/revenue" was a plain slash (no percent); "capex to revenue" the same
        ("capex/revenue FY24 for the airlines",
         'NAME, FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Airlines"))'),
        ("capex to revenue of Ember Petroleum in fiscal 2023", "FF_CAPEX(FY2023) / FF_SALES(FY2023) * 100 FOR EMBP"),
        # "Market capitalization of X" said first was written "Market market capitalization" (refused 'market')
        ("Market capitalization of Falcon Software in euros", "FG_MKT_CAP(D0) FOR FALC IN EUR"),
        ("Market capitalisation, Zenith Brands", "FG_MKT_CAP(D0) FOR ZENI"),
        # "USD 5B": the letter b after a currency's code is billions (left before the amount: refused 'usd')
        ("semis with LTM sales above USD 20B, in USD",
         'NAME, FF_SALES(LTM) FOR SCREEN(INDUSTRY("Semiconductors"), FF_SALES(LTM) > 20000) IN USD'),
        # "$35 billion+", "$2,500 million+": the plus after a unit written out is "or more"
        ("software names with FY24 sales of $35 billion+",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_SALES(FY2024) >= 35000) IN USD'),
        ("airlines with FY24 operating income $2,500 million+",
         'NAME, FF_OPER_INC(FY2024) FOR SCREEN(INDUSTRY("Airlines"), FF_OPER_INC(FY2024) >= 2500) IN USD'),
        # "10 percent", "12 per cent", "15 pct": the percent sign written out ("above 10 percent only" was refused)
        ("sales growth FY23 to FY24 for the airline names, above 5 percent only",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Airlines"), GROWTH(FF_SALES, FY2023, FY2024) > 5)'),
        ("Which bank names beat 15 percent in 2023?",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2022-12-31, 2023-12-31) > 15)'),
        ("banks with ROE above 12 per cent",
         'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 12)"),
    ],
)
def test_fixed_classes(question: str, query: str) -> None:
    assert q(question) == query


def test_near_misses() -> None:
    # a terse ask in capitals with fewer than three words of English is left as written: CASH stays the ticker
    assert q("CASH FY24 EPS") == "FF_EPS(FY2024) FOR CASH"
    # "percent points" stay points of a difference (the percent sign is not written for them)
    assert q("banks whose net margin rose by more than 2 percent points from FY2023 to FY2024") == \
        q("banks whose net margin rose by more than 2 percentage points from FY2023 to FY2024")
    # "net debt to equity" keeps net debt as the first term; "yell's" in lower case stays unread (a word)
    assert "yell" in refused("calculate yell's profit margin for fy2023").lower()

"""Round 9, composition and linking: orders said in plain words, comparisons of two named companies, plural
superlatives, growth nouns in screens, thresholds written "N+" or "N or more" after the measure, moves said "up N%",
the trade's short sector names.

Rules alone (no model, no embedder): each phrasing here failed before this round (a wrong answer or a refusal).
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

YIELD = "FG_DIV_YIELD(D0)"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # an order said with both ends in plain words sorts a ticker list (it was dropped: a wrong answer, t8a-108)
        ("mhp crbv umbr ashf: div yield now, high to low", f"{YIELD} FOR MHP, CRBV, UMBR, ASHF SORT {YIELD} DESC"),
        ("div yield now for GRWT, BRIP, STEP, QUPO, from low to high", f"{YIELD} FOR GRWT, BRIP, STEP, QUPO SORT {YIELD} ASC"),
        ("nwsy, falc, west: net margin last year, best to worst",
         "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR NWSY, FALC, WEST "
         "SORT FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 DESC"),
        # ("P/E of FALC, NWSY and WEST, worst to best" read ascending here; round 11 refuses it: a P/E is not better
        # higher or lower, test_round11_compose.py)
        # any superlative with "first" says the order
        ("emplyees fy24 for all the airlines, most first",
         'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Airlines")) SORT FF_EMPLOYEES(FY2024) DESC'),
        ("employees fy24 for the airlines, fewest first",
         'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Airlines")) SORT FF_EMPLOYEES(FY2024) ASC'),
        # two named companies set against each other by a comparative: both figures, ranked (tune8b, tune9b)
        ("Which made more money last year, Indigo Stores or Cobalt Retail?",
         "FF_NET_INC(FY2024) FOR INDS, COBR SORT FF_NET_INC(FY2024) DESC"),
        ("which made more, Falcon Software or Westbrook Consulting?",
         "FF_NET_INC(FY2024) FOR FALC, WEST SORT FF_NET_INC(FY2024) DESC"),
        ("Which of Falcon Software and Northwind Systems made more in fiscal 2023?",
         "FF_NET_INC(FY2023) FOR FALC, NWSY SORT FF_NET_INC(FY2023) DESC"),
        ("which one of nwsy or falc earned less?", "FF_NET_INC(FY2024) FOR NWSY, FALC SORT FF_NET_INC(FY2024) ASC"),
        ("Who has the bigger market cap, Lumen Streaming or Yellowstone Social?",
         "FG_MKT_CAP(D0) FOR LUMS, YELS SORT FG_MKT_CAP(D0) DESC"),
        ("Which pays the better dividend yield right now, First Harbor Bank or Ivory Bancorp?",
         f"{YIELD} FOR FHB, IVOR SORT {YIELD} DESC"),
        # a superlative, or three companies, still pick the one
        ("Of Quarry Power, Summit Power & Light and Sterling Power, which has the highest dividend yield?",
         f"{YIELD} FOR QUPO, SPL, STEP SORT {YIELD} DESC TOP 1"),
        ("Which has more employees: Orbital Aerospace, Nimbus Defense or Brightwater Aerospace?",
         "FF_EMPLOYEES(FY2024) FOR ORBA, NIMD, BRIA SORT FF_EMPLOYEES(FY2024) DESC TOP 1"),
        # a noun inside a compound after the superlative is no singular noun: plural questions keep every row
        ("Which carmakers had the best share price return over the past three months?",
         'NAME, P_RETURN(2024-10-15, D0) FOR SCREEN(INDUSTRY("Automobiles")) SORT P_RETURN(2024-10-15, D0) DESC'),
        ("Which semiconductor companies have the lowest debt-to-equity?",
         'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Semiconductors")) '
         "SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) ASC"),
        ("Which airline had the highest operating margin last year?",
         'NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Airlines")) '
         "SORT FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 DESC TOP 1"),
        # a growth said by a noun in a screen is a figure asked for, not a condition that it be positive
        ("revenue growth last year for the banks",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
        ("fy26 vs fy25 cons eps growth for the techx names, top 5",
         "NAME, GROWTH(FE_EPS, FY1, FY2) FOR SCREEN(INDEX(TECHX)) SORT GROWTH(FE_EPS, FY1, FY2) DESC TOP 5"),
        ("banks whose revenue increased last year",  # a verb still screens (round 12: the later figure above the earlier)
         'NAME, FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > FF_SALES(FY2023))'),
        # "N+", "N or more" after the measure or after the number
        ("names w/ 10+ analysts and fwd p/e under 10x",
         "NAME, FE_NUM(FY1), P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(ALL, FE_NUM(FY1) >= 10 AND P_PRICE(D0) / FE_EPS(FY1) < 10)"),
        ("banks with 10 or more analysts", 'NAME, FE_NUM(FY1) FOR SCREEN(INDUSTRY("Banks"), FE_NUM(FY1) >= 10)'),
        ("utilities with a yield of 4%+", f'NAME, {YIELD} FOR SCREEN(SECTOR("Utilities"), {YIELD} >= 4)'),
        ("utilities with a dividend yield of 4% or more", f'NAME, {YIELD} FOR SCREEN(SECTOR("Utilities"), {YIELD} >= 4)'),
        ("airlines with 50000 employees or more",
         'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Airlines"), FF_EMPLOYEES(FY2024) >= 50000)'),
        ("tech names with $5bn+ market cap",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Information Technology"), FG_MKT_CAP(D0) >= 5000) IN USD'),
        # "up (down) N%" of stocks, no measure named: the share price return
        ("energy names up more than 15% past 6m",
         'NAME, P_RETURN(2024-07-15, D0) FOR SCREEN(SECTOR("Energy"), P_RETURN(2024-07-15, D0) > 15)'),
        ("which banks are down more than 10% this year",
         'NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, D0) < -10)'),
        # the trade's short names of sectors and industries
        ("uk or canadian cons disc names with p/e < 20",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Consumer Discretionary") & (COUNTRY("United Kingdom") | COUNTRY("Canada")), '
         "FG_PE(D0) < 20)"),
        ("cons staples with a div yield above 3%", f'NAME, {YIELD} FOR SCREEN(SECTOR("Consumer Staples"), {YIELD} > 3)'),
        ("a&d companies' revenue last year", 'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Aerospace & Defense"))'),
        ("europe idx bottom 5 by 2024 perf",
         "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDEX(EUROPE)) SORT P_RETURN(2023-12-31, 2024-12-31) ASC TOP 5"),
        # a lower-case ticker that is an English word, first or last in a terse question naming no company
        ("qoq sales growth last qtr west", "GROWTH(FF_SALES, FQ-1, FQ0) FOR WEST"),
        # "aren't", "isn't": the negation of a condition
        ("utilities that aren't profitable",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Utilities"), NOT (FF_NET_INC(FY2024) > 0))'),
        # an amount "of" the measure is a threshold on it; a currency sign converts
        ("Which non-US materials companies generated more than 1,000 million of free cash flow last year?",
         'NAME, FF_FCF(FY2024) FOR SCREEN(SECTOR("Materials") & (COUNTRY("Germany") | COUNTRY("United Kingdom")), '
         "FF_FCF(FY2024) > 1000)"),
        ("companies with more than $2bn of debt", "NAME, FF_DEBT(FY2024) FOR SCREEN(ALL, FF_DEBT(FY2024) > 2000) IN USD"),
        # the best / worst stocks over a year: their return over it
        ("best 3 nx100 names in 2024",
         "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDEX(NX100)) SORT P_RETURN(2023-12-31, 2024-12-31) DESC TOP 3"),
        ("worst 5 banks in 2023", 'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks")) '
         "SORT P_RETURN(2022-12-31, 2023-12-31) ASC TOP 5"),
        # the target currency's code said again before a measure restates it
        ("Consensus FY2026 sales in USD for the biggest three Interactive Media names by today's USD market cap",
         'NAME, FG_MKT_CAP(D0), FE_SALES(FY2) FOR SCREEN(INDUSTRY("Interactive Media")) SORT FG_MKT_CAP(D0) DESC TOP 3 '
         "IN USD"),
        # a letter or a measure's word is never joined to a misspelt name ("p/e cobalt motrs" read "e cobalt")
        ("fwd p/e cobalt motrs", "P_PRICE(D0) / FE_EPS(FY1) FOR COBA"),
        ("forward pe cobalt motrs", "P_PRICE(D0) / FE_EPS(FY1) FOR COBA"),
        # the figures at two periods and the growth asked beside them ("+", "and"): all three (the CAGR alone before)
        ("goldcrst mining rev fy15 vs fy24 + cagr",
         "FF_SALES(FY2015), FF_SALES(FY2024), CAGR(FF_SALES, FY2015, FY2024) FOR GOLD"),
        ("goldcrest mining rev fy15 vs fy24 and cagr",
         "FF_SALES(FY2015), FF_SALES(FY2024), CAGR(FF_SALES, FY2015, FY2024) FOR GOLD"),
        ("staples where fy25 consensus eps exceeds fy24 eps by 20% or more",
         'NAME, FE_EPS(FY1), FF_EPS(FY2024) FOR SCREEN(SECTOR("Consumer Staples"), FE_EPS(FY1) >= FF_EPS(FY2024) * 1.2)'),
        # a set said as a modifier of the one company named, which it holds, only describes it
        ("nx100 price of first harbor in usd", "P_PRICE(D0) FOR FHB IN USD"),
        ("the NX100 member First Harbor Bank's P/E", "FG_PE(D0) FOR FHB"),
    ],
)
def test_round9_compose(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # near misses: still refused
        ("Is Falcon Software bigger than Northwind Systems?", ""),  # no measure to compare
        ("which made more cars, Cobalt Motors or Vantage Motors?", "cars"),  # made something FinQL does not hold
        ("What is the average P/E of the NX100 banks?", "average"),
        ("Which is the second-largest bank by total assets?", "second"),
        ("sales growth last year in the west", "west"),  # a word after "the" stays a word
        ("gold price today", "'gold'"),  # first in the question: the metal, no company (named, round 14)
        ("top 3 banks in 2024", "top"),  # "top" names no measure
        ("banks with more than 20% of assets in cash", "20%"),
        ("Falcon Software's P/E vs the software industry", "software"),  # a comparison with the set
        ("software sales of Falcon Software", "software"),  # could be a segment
        # a superlative no ranking takes (one company's one figure): never dropped
        ("Cobalt Motors revenue FY2024, the biggest", "biggest"),
        ("the best Falcon Software sales in FY2024", "best"),
    ],
)
def test_round9_compose_refusals(question: str, words: str) -> None:
    assert words in refused(question)

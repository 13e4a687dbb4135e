"""Round 8, screens: condition words, set logic over the registry's sets (currencies too), rankings and TOP N.

Rules alone (no model, no embedder): each phrasing here failed before this round (a wrong answer or a refusal).
"""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate.entities import currency_countries
from finql.translate.pipeline import translate

R24 = "P_RETURN(2023-12-31, 2024-12-31)"  # (round 30: the calendar year's own end, SPEC 5)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a fall ranked "by how much" it fell: the biggest fall first (the lowest return / growth), not the biggest rise
        ("Rank the airlines by how much they fell in 2024",
         f'NAME, {R24} FOR SCREEN(INDUSTRY("Airlines")) SORT {R24} ASC'),
        ("Show the metals & mining names ranked by how much their share price dropped over the last 3 months",
         'NAME, P_RETURN(2024-10-15, D0) FOR SCREEN(INDUSTRY("Metals & Mining")) SORT P_RETURN(2024-10-15, D0) ASC'),
        # a superlative said of the move ("rose the most") in a which-question is the top one
        ("Which airlines rose the most over the past six months?",
         'NAME, P_RETURN(2024-07-15, D0) FOR SCREEN(INDUSTRY("Airlines")) SORT P_RETURN(2024-07-15, D0) DESC TOP 1'),
        ("Which airline stocks fell the most in 2024?", f'NAME, {R24} FOR SCREEN(INDUSTRY("Airlines")) SORT {R24} ASC TOP 1'),
        ("Which 2 airlines did best in 2024?", f'NAME, {R24} FOR SCREEN(INDUSTRY("Airlines")) SORT {R24} DESC TOP 2'),
        # one or several, as the noun after the superlative or the verb's agreement says
        ("Top performer in the TECHX index in 2024", f"NAME, {R24} FOR SCREEN(INDEX(TECHX)) SORT {R24} DESC TOP 1"),
        ("top gainer among the airlines in 2024", f'NAME, {R24} FOR SCREEN(INDUSTRY("Airlines")) SORT {R24} DESC TOP 1'),
        ("What were the biggest fallers in the NX100 in 2024?", f"NAME, {R24} FOR SCREEN(INDEX(NX100)) SORT {R24} ASC"),
        ("Who has the highest dividend yield among the utilities?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 1'),
        ("Which of the French and German payments companies has the highest market cap?",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Payments") & (COUNTRY("France") | COUNTRY("Germany"))) '
         "SORT FG_MKT_CAP(D0) DESC TOP 1"),
        ("Which industrials grew sales the most last year?",  # "the most last year": a period after it, no order
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR("Industrials")) '
         "SORT GROWTH(FF_SALES, FY2023, FY2024) DESC TOP 1"),
        ("Which company grew revenue fastest from 2020 to 2024 among software names?",
         'NAME, GROWTH(FF_SALES, FY2020, FY2024) FOR SCREEN(INDUSTRY("Software")) '
         "SORT GROWTH(FF_SALES, FY2020, FY2024) DESC TOP 1"),
        ("loss makers in the NX100", "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDEX(NX100), FF_NET_INC(FY2024) < 0)"),
        # "across all sectors": every company
        ("Please provide the ten companies with the highest sales last fiscal year across all sectors, with the sales "
         "figures expressed in US dollars so they are comparable.",
         "NAME, FF_SALES(FY2024) FOR SCREEN(ALL) SORT FF_SALES(FY2024) DESC TOP 10 IN USD"),
        # an order said in words, both ends, or with the measure between the superlative and "first"
        ("list the real estate companies from the lowest to the highest price-to-book",
         'NAME, FG_PB(D0) FOR SCREEN(SECTOR("Real Estate")) SORT FG_PB(D0) ASC'),
        ("list the real estate companies from lowest to highest P/B",
         'NAME, FG_PB(D0) FOR SCREEN(SECTOR("Real Estate")) SORT FG_PB(D0) ASC'),
        ("Please rank the Metals & Mining companies by the change in diluted EPS between fiscal 2023 and fiscal 2024, "
         "expressed in US dollars per share, largest increase first.",
         'NAME, FF_EPS(FY2024) - FF_EPS(FY2023) FOR SCREEN(INDUSTRY("Metals & Mining")) '
         "SORT FF_EPS(FY2024) - FF_EPS(FY2023) DESC IN USD"),
        # condition words: a dividend in percent is the yield; net cash joined with other conditions is cash > debt
        ("Which utilities are paying more than 3% dividend?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 3)'),
        ("Which NX100 companies have net cash and a P/E below 20?",
         "NAME, FF_CASH(FY2024) - FF_DEBT(FY2024), FG_PE(D0) FOR SCREEN(INDEX(NX100), "
         "FF_CASH(FY2024) - FF_DEBT(FY2024) > 0 AND FG_PE(D0) < 20)"),
        ("Which stocks have a P/E under 15 and (a yield above 3% or net cash)?",
         "NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(ALL, FG_PE(D0) < 15 AND "
         "(FG_DIV_YIELD(D0) > 3 OR FF_CASH(FY2024) - FF_DEBT(FY2024) > 0))"),
        ("Show me the IT and utilities names sitting on net cash",
         'NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(SECTOR("Information Technology") | SECTOR("Utilities"), '
         "FF_CASH(FY2024) - FF_DEBT(FY2024) > 0)"),
        # a currency said of the companies is the countries whose companies report in it (registry data)
        ("companies reporting in yen with sales above 1 trillion yen last year",
         'NAME, FF_SALES(FY2024) FOR SCREEN(COUNTRY("Japan"), FF_SALES(FY2024) > 1000000) IN JPY'),
        ("euro-denominated payments stocks",
         'NAME FOR SCREEN(INDUSTRY("Payments") & (COUNTRY("France") | COUNTRY("Germany")))'),
        ("Which companies report in Canadian dollars and have net income above 1bn?",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(COUNTRY("Canada"), FF_NET_INC(FY2024) > 1000)'),
        ("German euro-reporting companies", 'NAME FOR SCREEN(COUNTRY("Germany"))'),
    ],
)
def test_screens_round8(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a figure's currency stays the target currency; plural without a superlative of the move: all, in order
        ("Falcon Software sales reported in euros", "FF_SALES(FY2024) FOR FALC IN EUR"),
        ("Which five stocks fell the most over the last 20 trading days?",
         "NAME, P_RETURN(D-20, D0) FOR SCREEN(ALL) SORT P_RETURN(D-20, D0) ASC TOP 5"),
        ("utilities ranked by dividend yield, highest first",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
        ("Which banks have the highest P/E?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
        ("which company had the highest sales last year",
         "NAME, FF_SALES(FY2024) FOR SCREEN(ALL) SORT FF_SALES(FY2024) DESC TOP 1 IN USD"),
        ("Which TECHX names have the biggest market caps?",
         "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDEX(TECHX)) SORT FG_MKT_CAP(D0) DESC IN USD"),
    ],
)
def test_screens_kept(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Canadian euro-reporting companies", "Canada"),  # no Canadian company reports in euros
        ("banks with a dividend of more than 4 percent in FY2023 Q2", "fy2023 q2"),
    ],
)
def test_screens_refused(question: str, words: str) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported"
    assert words.lower() in (a.message or "").lower()


def test_currency_countries_from_registry() -> None:
    assert currency_countries("EUR") == ["France", "Germany"]
    assert currency_countries("JPY") == ["Japan"]

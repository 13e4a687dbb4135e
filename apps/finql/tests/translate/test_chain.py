"""The deterministic steps of the decomposed chain: linking, time, senses, composition, refusals.

Rules alone here (no model, no embedder unless a test asks for it): ``translate`` refuses every
close call, so what these tests see is what the chain answers before any model is asked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reading_helpers import q

from finql.translate.pipeline import translate
from finql.translate.text import Claims, normalize
from finql.translate.timeres import resolve

GOLDEN = Path(__file__).resolve().parents[2] / "src" / "finql" / "golden"


@pytest.mark.parametrize(
    ("question", "tickers"),
    [
        ("What were Northwind Systems' sales?", ["NWSY"]),
        ("Northwind's software arm revenue", ["NWSY"]),
        ("the logistics business of Northwind", ["NWLG"]),
        ("Northwnd Sytems EPS", ["NWSY"]),  # misspelt, rapidfuzz
        ("employes at harbour freight lines", ["HFL"]),  # lower case, British spelling
        ("KEYSTONE PROPERTIES REVENUE FY2020", ["KEYS"]),  # shouting: words are not tickers
        ("APXM versus Apex Medical", ["APXM", "APXD"]),
        ("how much cash does Falcon Software hold", ["FALC"]),
        ("Capex at Atlas Mining in FY-2", ["ATLM"]),  # "Capex" is a metric, not a misspelt "Apex"
    ],
)
def test_link_companies(question: str, tickers: list[str]) -> None:
    a = translate(question)
    assert a.ents is not None and a.ents.tickers == tickers


def test_a_family_with_several_companies_and_an_unread_hint_is_a_close_call() -> None:
    # "consumer" fits three of Monarch's four members; the word it leaves unread chooses among those three
    a = translate("Monarch's consumer lager business net income last year")
    assert a.reading is None and a.refusal == "unsupported" and "monarch" in (a.message or "")
    assert [c.options for c in a.candidates] == [["MHP", "MONA", "MONB"]]


def test_a_family_with_nothing_to_choose_by_is_refused_not_a_close_call() -> None:
    # a period, a measure and other names are no hint: asking the model would be asking it to guess
    a = translate("Aurora net income last year")
    assert a.reading is None and a.refusal == "unsupported" and "aurora" in (a.message or "")
    assert a.candidates == []


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # round 4: tickers in lower case where they are no English word, cashtags in any case
        ("nwsy revenue fy2023", "FF_SALES(FY2023) FOR NWSY"),
        ("what's apxm's p/e right now", "FG_PE(D0) FOR APXM"),
        ("$nwsy eps for fiscal 2024", "FF_EPS(FY2024) FOR NWSY"),
        ("which is bigger by market cap, csmi or indi?", "FG_MKT_CAP(D0) FOR CSMI, INDI SORT FG_MKT_CAP(D0) DESC"),
        # corporate suffixes, a name word written in two, a family word naming the listed members
        ("Cash America Holdings Inc.'s revenue in fiscal 2023", "FF_SALES(FY2023) FOR CASH"),
        ("Ivory Bancorp, Inc. total assets FY2023", "FF_ASSETS(FY2023) FOR IVOR"),
        ("Sterling Micro Devices net income FY2024", "FF_NET_INC(FY2024) FOR STER"),
        ("Trading volume for Pinnacle Telcom on November 29 2024", "P_VOLUME(2024-11-29) FOR PNTC"),
        ("Rank the Nimbus companies (NES, NIMB, NWP) by price-to-book, cheapest first",
         "FG_PB(D0) FOR NES, NIMB, NWP SORT FG_PB(D0) ASC"),
        ("the Apex companies' revenue", "FF_SALES(FY2024) FOR APXD, APXM"),  # a family in the plural: all of it
        ("net cash at westbrook at the end of FY2024", "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR WEST"),  # no English word
        ("Evergreen Realty Trusts total assets in FY2020", "FF_ASSETS(FY2020) FOR EVRT"),  # a possessive, no apostrophe
        # set logic: neither ... nor excludes both; the same industry as a named company
        ("utilities that are neither American nor Canadian", 'NAME FOR SCREEN(SECTOR("Utilities") & COUNTRY("Germany"))'),
        ("banks that are neither profitable nor pay a dividend",
         'NAME, FF_NET_INC(FY2024), FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), NOT (FF_NET_INC(FY2024) > 0 '
         "OR FF_DPS(FY2024) > 0))"),
        ("Which companies are in the same industry as Falcon Software?", 'NAME FOR SCREEN(INDUSTRY("Software"))'),
        # EUROPE holds exactly the companies of four countries: outside it are the other countries
        ("NX100 stocks that are not in Europe",
         'NAME FOR SCREEN(INDEX(NX100) & (COUNTRY("Canada") | COUNTRY("Japan") | COUNTRY("United States")))'),
        # a screen listed by a measure is ranked by it; a period right before a measure is its own
        ("nx100 retailers excluding japan, by revenue",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDEX(NX100) & INDUSTRY("Retail") & COUNTRY("United States")) '
         "SORT FF_SALES(FY2024) DESC"),
        ("rank the REITs by last year's revenue and show their current P/E",
         'NAME, FF_SALES(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("REITs")) SORT FF_SALES(FY2024) DESC IN USD'),
        # "more X than Y" compares two measures; "trade below $20 a share" is the price; the market's "losers"
        ("IT companies with more cash than debt at the latest quarter",
         'NAME, FF_CASH(FQ0), FF_DEBT(FQ0) FOR SCREEN(SECTOR("Information Technology"), FF_CASH(FQ0) > FF_DEBT(FQ0))'),
        ("banks with less debt than cash",
         'NAME, FF_DEBT(FY2024), FF_CASH(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) < FF_CASH(FY2024))'),
        ("Which NX100 companies trade below $20 a share?",
         "NAME, P_PRICE(D0) FOR SCREEN(INDEX(NX100), P_PRICE(D0) < 20) IN USD"),
        ("List payments companies trading under 20 times earnings",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Payments"), FG_PE(D0) < 20)'),
        ("Biggest NX100 losers over the last 10 trading days (bottom 5)",
         "NAME, P_RETURN(D-10, D0) FOR SCREEN(INDEX(NX100)) SORT P_RETURN(D-10, D0) ASC TOP 5"),
        ("electric utilites with a p/e below 20",  # a two-word set name misspelt
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Electric Utilities"), FG_PE(D0) < 20)'),
    ],
)
def test_composition_round_4(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # round 5: a comparison between named companies said as a yes/no question: "A or B" asks which of the two;
        # round 9: both figures, ranked by the comparison (the outsiders' reading, tune8b/tune9a/tune9b), as "than"
        ("Is Quarry Power or Sterling Power more profitable in FY2023?",
         "FF_NET_INC(FY2023) FOR QUPO, STEP SORT FF_NET_INC(FY2023) DESC"),
        ("does BPE or BPR carry less debt", "FF_DEBT(FY2024) FOR BPE, BPR SORT FF_DEBT(FY2024) ASC"),
        ("Does Indigo Stores have more employees than Cobalt Retail?",
         "FF_EMPLOYEES(FY2024) FOR INDS, COBR SORT FF_EMPLOYEES(FY2024) DESC"),
        ("Is Umbra Beverages' dividend yield lower than that of Crescent Beverages?",
         "FG_DIV_YIELD(D0) FOR UMBR, CRBV SORT FG_DIV_YIELD(D0) ASC"),
        # words that join named companies into a list
        ("total assets of Delta Capital plus Juniper Investments", "FF_ASSETS(FY2024) FOR DELC, JUNI"),
        ("sales for Meridian Hotels together with Ivory Resorts in 2022", "FF_SALES(FY2022) FOR MRDH, IVRE"),
        ("between KINT and PNTC, which has more cash?", "FF_CASH(FY2024) FOR KINT, PNTC SORT FF_CASH(FY2024) DESC"),
        # a "not" before a condition negates it (SPEC's NOT keeps the companies without a value)
        ("Which airlines are not profitable?",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Airlines"), NOT (FF_NET_INC(FY2024) > 0))'),
        ("insurers that do not have a P/E above 15",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), NOT (FG_PE(D0) > 15))'),
        ("logistics companies whose revenue did not grow in FY2024",
         'NAME, FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Logistics"), '
         "NOT (FF_SALES(FY2024) > FF_SALES(FY2023)))"),
        # a second comparison without its own measure compares the same measure, grouped with it
        ("telecoms with a P/E under 8 or over 25",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Telecom"), (FG_PE(D0) < 8 OR FG_PE(D0) > 25))'),
        ("profitable retailers with EPS above 1 and below 5",
         'NAME, FF_NET_INC(FY2024), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Retail"), FF_NET_INC(FY2024) > 0 AND '
         "FF_EPS(FY2024) > 1 AND FF_EPS(FY2024) < 5)"),
        # an amount in a currency named after the number is compared in that currency
        ("media companies with sales above 2 billion euros",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Media"), FF_SALES(FY2024) > 2000) IN EUR'),
        # a negated set among several sets of one kind: the other values among the companies of either
        ("non-US hardware and IT services companies",
         'NAME FOR SCREEN((INDUSTRY("Hardware") | INDUSTRY("IT Services")) & (COUNTRY("Canada") | COUNTRY("France") '
         '| COUNTRY("Germany") | COUNTRY("Japan")))'),
        ("financials excluding the US", 'NAME FOR SCREEN(SECTOR("Financials") & (COUNTRY("Canada") | '
         'COUNTRY("France") | COUNTRY("Germany") | COUNTRY("Japan") | COUNTRY("United Kingdom")))'),
        ("energy names other than those based in the United States",
         'NAME FOR SCREEN(SECTOR("Energy") & (COUNTRY("Canada") | COUNTRY("France") | COUNTRY("Germany") | '
         'COUNTRY("United Kingdom")))'),
        ("health care ex pharma", 'NAME FOR SCREEN(SECTOR("Health Care") & (INDUSTRY("Biotechnology") | '
         'INDUSTRY("Health Care Services") | INDUSTRY("Medical Devices")))'),
        ("real-estate services companies in Japan",
         'NAME FOR SCREEN(INDUSTRY("Real Estate Services") & COUNTRY("Japan"))'),
        # groups of sets joined by "or any" / "plus all" unite, each group intersecting its own kinds
        ("Canadian miners, or any British bank",
         'NAME FOR SCREEN(INDUSTRY("Metals & Mining") & COUNTRY("Canada") | INDUSTRY("Banks") & '
         'COUNTRY("United Kingdom"))'),
        ("TECHX software companies and all French insurers",
         'NAME FOR SCREEN(INDEX(TECHX) & INDUSTRY("Software") | INDUSTRY("Insurance") & COUNTRY("France"))'),
        # a family word in lower case that no rule reads is its family (one member: the company)
        ("capex at lumen in fy2022", "FF_CAPEX(FY2022) FOR LUMS"),
        ("zenith eps", "FF_EPS(FY2024) FOR ZENI"),
        # a number word after top/bottom; the other extreme coordinated with a high or low
        ("insurers by ROE, bottom three",
         'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Insurance")) '
         "SORT FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 ASC TOP 3"),
        ("lowest and highest close of PRAI in 2023",
         "P_LOW(2023-01-01, 2023-12-31), P_HIGH(2023-01-01, 2023-12-31) FOR PRAI"),
        # a condition on a measure at several periods holds at each
        ("airlines with positive operating income in both FY2022 and FY2023",
         'NAME, FF_OPER_INC(FY2022), FF_OPER_INC(FY2023) FOR SCREEN(INDUSTRY("Airlines"), FF_OPER_INC(FY2022) > 0 '
         "AND FF_OPER_INC(FY2023) > 0)"),
        # "not those whose ...", a request verb "screen"
        ("screen utilities for a P/E under 20 but not those whose dividend yield is below 2%",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 20 AND '
         "NOT (FG_DIV_YIELD(D0) < 2))"),
    ],
)
def test_composition_round_5(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("chemicals companies whose margins have not", ["not"]),  # a "not" that negates nothing is never dropped
        ("banks, not insurers, with a P/E below 9", ["not"]),
        ("Is Falcon Software bigger than Northwind Systems?", []),  # no measure to compare by
        ("Is Falcon Software profitable?", ["yes/no"]),
        ("cobalt revenue last year", ["cobalt"]),  # a lower-case family of several members, nothing to choose by
        ("apex banks net income", ["apex"]),  # "ex" of "apex" is no "excluding"; the family is named, not guessed
        ("best dividend yield for Falcon Software", ["best"]),  # no ranking of one company's figures
        ("Falcon Software revenue, eight", ["eight"]),  # a number word is no misspelt "weight": never dropped
        ("Falcon Software revenue cost", ["cost"]),  # nor a word of a measure's name ("cost" is one edit from "most")
    ],
)
def test_round_5_refusals_name_the_words(question: str, words: list[str]) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported", a.reading and a.reading.query()
    assert all(w in (a.message or "").lower() for w in words), a.message


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a request said as a question ("could you provide ...") asks for the figures, not yes or no
        ("Could you provide the EPS and P/E of Crescent Beverages and Umbra Beverages?",
         "FF_EPS(FY2024), FG_PE(D0) FOR CRBV, UMBR"),
        # "trade at" before the measure it is said of is its verb, never the share price as the sort key
        ("Which of Lakeside Bancorp and Ivory Bancorp trades at a lower P/E?",
         "FG_PE(D0) FOR LAKE, IVOR SORT FG_PE(D0) ASC"),
        # a superlative among named companies ranks them, however the question is put
        ("What was the best performing stock of Falcon Software, Northwind Systems and Indigo Semiconductor in 2023?",
         "P_RETURN(2022-12-31, 2023-12-31) FOR FALC, NWSY, INDI SORT P_RETURN(2022-12-31, 2023-12-31) DESC TOP 1"),
        ("Who was the worst performer in 2023 among Cobalt Motors, Vantage Motors and Eastgate Motors?",
         "P_RETURN(2022-12-31, 2023-12-31) FOR COBA, VNTG, EASM SORT P_RETURN(2022-12-31, 2023-12-31) ASC TOP 1"),
        ("highest P/E among Falcon Software, Northwind Systems and Westbrook Consulting",
         "FG_PE(D0) FOR FALC, NWSY, WEST SORT FG_PE(D0) DESC TOP 1"),
        # growth "vs" one year starts there and runs to the latest fiscal year
        ("Northwind Systems revenue growth vs 2022", "GROWTH(FF_SALES, FY2022, FY2024) FOR NWSY"),
        ("falcon software sales growth relative to fy2021", "GROWTH(FF_SALES, FY2021, FY2024) FOR FALC"),
        # "w/" is "with"
        ("banks w/ a P/E below 10", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
        # a period right after a comparison is the compared measure's, never a threshold of 2022
        ("companies whose 2024 net income was below 2022",
         "NAME, FF_NET_INC(FY2024), FF_NET_INC(FY2022) FOR SCREEN(ALL, FF_NET_INC(FY2024) < FF_NET_INC(FY2022))"),
        ("companies whose fy2024 sales were at least 10% above fy2023",
         "NAME, FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(ALL, FF_SALES(FY2024) >= FF_SALES(FY2023) * 1.1)"),
        # "the same (two) figures for" another period: every measure asked, at that period too
        ("Northwind Systems' sales and net income for FY2024, together with the same two figures for fiscal 2023",
         "FF_SALES(FY2024), FF_SALES(FY2023), FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR NWSY"),
        # request verbs ("set", "put") and "next to it" after a company that joins the list
        ("Please set Keystone Materials' FY2023 sales alongside Goldcrest Chemicals' FY2023 sales",
         "FF_SALES(FY2023) FOR KEYM, GOLC"),
        ("I'd like Falcon Software's FY2023 revenue, and Northwind Systems next to it",
         "FF_SALES(FY2023) FOR FALC, NWSY"),
        # a negation said once before a list of sets excludes each (only the first was, and "Logistics" answered)
        ("industrials excluding airlines and logistics",
         'NAME FOR SCREEN(SECTOR("Industrials") & (INDUSTRY("Aerospace & Defense") | INDUSTRY("Machinery")))'),
        ("industrials: not (airlines or logistics), p/e < 20",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Industrials") & (INDUSTRY("Aerospace & Defense") | '
         'INDUSTRY("Machinery")), FG_PE(D0) < 20)'),
        ("banks outside the US and Canada", 'NAME FOR SCREEN(INDUSTRY("Banks") & COUNTRY("United Kingdom"))'),
        # a lower-case ticker that is an English word, listed with a lower-case ticker, is a ticker too
        ("nwsy & tide rev fy24", "FF_SALES(FY2024) FOR NWSY, TIDE"),
        ("tide, nwsy and west revenue", "FF_SALES(FY2024) FOR TIDE, NWSY, WEST"),
        # a sign over several periods reads as a threshold does: in each, or in either with "or" (one helper)
        ("companies with positive FCF in 2023 and 2024",
         "NAME, FF_FCF(FY2023), FF_FCF(FY2024) FOR SCREEN(ALL, FF_FCF(FY2023) > 0 AND FF_FCF(FY2024) > 0)"),
        ("companies with positive FCF in 2023 or 2024",
         "NAME, FF_FCF(FY2023), FF_FCF(FY2024) FOR SCREEN(ALL, (FF_FCF(FY2023) > 0 OR FF_FCF(FY2024) > 0))"),
        # a superlative that orders the rows ("ranked from the largest down", "biggest first") picks no one
        ("net cash of Aurora Computing, Quantum Leap Computing and Cascade Semiconductor in FY2024, ranked from the "
         "largest down", "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR AURC, QLC, CSMI SORT FF_CASH(FY2024) - FF_DEBT(FY2024) "
         "DESC IN USD"),
        ("Falcon Software, Northwind Systems and Westbrook Consulting, largest first by sales",
         "FF_SALES(FY2024) FOR FALC, NWSY, WEST SORT FF_SALES(FY2024) DESC"),
        ("Which Industrials companies had more than 200,000 employees in fiscal 2024, biggest first?",
         'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(SECTOR("Industrials"), FF_EMPLOYEES(FY2024) > 200000) '
         "SORT FF_EMPLOYEES(FY2024) DESC"),
        # "each bank's" after named banks refers back to them
        ("the 2023 share price return of First Harbor Bank, Ivory Bancorp and Lakeside Bancorp, and each bank's P/E today",
         "P_RETURN(2022-12-31, 2023-12-31), FG_PE(D0) FOR FHB, IVOR, LAKE"),
        # "fell the most" ranks by the move, lowest first; no condition "fell" (below zero)
        ("Which five stocks fell the most over the last 20 trading days?",
         "NAME, P_RETURN(D-20, D0) FOR SCREEN(ALL) SORT P_RETURN(D-20, D0) ASC TOP 5"),
        # a sector and an industry outside it unite (their intersection is empty)
        ("Top 5 dividend yields among utilities and REITs",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities") | INDUSTRY("REITs")) SORT FG_DIV_YIELD(D0) DESC TOP 5'),
        ("Japanese or Canadian consumer staples and retailers",
         'NAME FOR SCREEN((SECTOR("Consumer Staples") | INDUSTRY("Retail")) & (COUNTRY("Japan") | COUNTRY("Canada")))'),
        # "rank them" after "which of ...": all of them, in order, no TOP 1
        ("Which of VALL, CASH and DRIP had the better 2023 share price return? Rank them.",
         "P_RETURN(2022-12-31, 2023-12-31) FOR VALL, CASH, DRIP SORT P_RETURN(2022-12-31, 2023-12-31) DESC"),
    ],
)
def test_composition_round_6(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Can you tell me if Falcon Software's sales grew last year?", []),  # still a yes/no question
        ("Could Falcon Software's sales grow?", ["yes/no"]),
        ("P/E of Falcon Software and each bank's P/E", ["bank"]),  # the set holds no company named
        # a total across several companies is their sum, which FinQL does not give
        ("Total headcount across all the Aurora companies last year", ["across"]),
        ("Falcon Software revenue growth in FY2024 and the same for FY2022", ["the same"]),  # not for a growth, yet
        ("highest eps estimate for Falcon Software and Northwind Systems", ["highest"]),  # each one's top estimate
    ],
)
def test_round_6_refusals_name_the_words(question: str, words: list[str]) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported", a.reading and a.reading.query()
    assert all(w in (a.message or "").lower() for w in words), a.message


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("gold price today", []),  # "gold" in lower case is the metal, not Goldcrest Mining
        ("what is the fair value of apex materials", ["fair"]),
        ("second-largest airline by revenue", ["second"]),  # TOP n keeps the first n, not the n-th
        ("how many banks have a P/E below 10?", ["how many"]),  # FinQL has no count
        ("How many companies are in the NX100?", ["how many"]),
        ("what % of NX100 companies are profitable", ["what % of"]),
        # never the two figures instead (round 8 reads "what percentage of sales is capex" as capex / sales * 100;
        # a per-share amount as a share of a company total is no reading)
        ("what percentage of sales is the dividend per share at nwsy", ["what percentage of"]),
        ("P/E of companies like Apex Materials", ["like"]),  # no measure of similarity
        # (round 19: "peers of Northwind Systems" is its industry's companies; of two companies it reads no way)
        ("peers of Northwind Systems and Falcon Software by P/E", ["peers"]),
        ("which German companies are not in the NX100", ["nx100"]),  # a complement of an index
        # "more than 20% of sales" is a fraction of sales, never a threshold on sales itself
        ("electric utilities spending more than 20% of sales on capex", ["more than", "20%"]),
    ],
)
def test_round_4_refusals_name_the_words(question: str, words: list[str]) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported", a.reading and a.reading.query()
    assert all(w in (a.message or "").lower() for w in words), a.message


def test_lower_case_tickers_that_are_english_words_stay_words() -> None:
    a = translate("how much cash does nwsy hold")
    assert a.reading is not None and a.reading.query() == "FF_CASH(FY2024) FOR NWSY"
    a = translate("$gold closing price")
    assert a.ents is not None and a.ents.tickers == ["GOLD"]


def _periods(phrase: str) -> list[tuple[str, object]]:
    text = normalize(phrase).lower()
    found = resolve(text, Claims(text))
    out = []
    for m in found.mentions:
        v = m.value
        out.append((v.kind, v.fiscal_periods() or v.span("return") or v.point() or v.estimates()))
    return out


@pytest.mark.parametrize(
    ("phrase", "kind", "value"),
    [  # SPEC sections 2 and 5, as of 2025-01-15
        ("the quarter before last", "fqrel", ["FQ-1"]),
        ("last quarter", "fqrel", ["FQ0"]),
        ("three years ago", "yearsago", ["FY2022"]),
        ("the year before last", "year", ["FY2023"]),
        ("FY-1", "fylabel", ["FY-1"]),
        ("over the last 20 trading days", "span", ("D-20", "D0")),
        ("the past six months", "span", ("2024-07-15", "D0")),
        # whole calendar months are a calendar period: a return starts at the close before them, as the first half's
        ("between January 1 and June 30, 2024", "date_range", ("2023-12-31", "2024-06-30")),
        ("between March 15 and June 30, 2024", "date_range", ("2024-03-15", "2024-06-30")),  # other dates as written
        ("in calendar 2024", "year", ("2023-12-31", "2024-12-31")),
        ("in the first half of 2024", "half", ["FQ2024Q1", "FQ2024Q2"]),  # a price reads it as the calendar half
        ("year to date", "ytd", ("2023-12-31", "D0")),
        ("the last trading day of June 2024", "date", "2024-06-28"),
        ("FY2022, FY2023 and FY2024", "years", ["FY2022", "FY2023", "FY2024"]),
        ("the last four quarters", "span", ["FQ-3", "FQ-2", "FQ-1", "FQ0"]),
        ("next year", "est", ["FY1"]),
        ("trailing twelve months", "ltm", ["LTM"]),
    ],
)
def test_time_forms(phrase: str, kind: str, value: object) -> None:
    assert _periods(phrase) == [(kind, value)]


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What were Northwind Systems' sales in the quarter before last?", "FF_SALES(FQ-1) FOR NWSY"),
        ("How much has Pinnacle Telecom's share price moved over the last 20 trading days?", "P_RETURN(D-20, D0) FOR PNTC"),
        ("whats the reveune of Ashford Brands the year before last", "FF_SALES(FY2023) FOR ASHF"),
        ("Return of Cobalt Motors shares in the first half of 2024", "P_RETURN(2023-12-31, 2024-06-30) FOR COBA"),
        ("Northwind Systems revenue for FY2022, FY2023 and FY2024",
         "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
        ("Falcon Software's cash and debt at the end of last fiscal year", "FF_CASH(FY2024), FF_DEBT(FY2024) FOR FALC"),
        ("What is Falcon Software's net cash?", "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR FALC"),
        ("Forward P/E of Indigo Semiconductor", "P_PRICE(D0) / FE_EPS(FY1) FOR INDI"),
        ("What is Quarry Packaging's expected EPS growth from last year to next year?",
         "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR QUAP"),
        ("Average quarterly revenue of Falcon Software in fiscal 2023", "AVG(FF_SALES, FQ2023Q1, FQ2023Q4) FOR FALC"),
        ("Which 4 utilities have the lowest debt to equity?",
         'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities")) '
         "SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) ASC TOP 4"),
        ("German or French insurers with a P/E below 15",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance") & (COUNTRY("Germany") | COUNTRY("France")), FG_PE(D0) < 15)'),
        ("Which TECHX stocks have either a P/E below 15 or a dividend yield above 2%, and also generated positive "
         "free cash flow last year?",
         "NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_FCF(FY2024) FOR SCREEN(INDEX(TECHX), (FG_PE(D0) < 15 OR FG_DIV_YIELD(D0) > 2) "
         "AND FF_FCF(FY2024) > 0)"),
        ("Which payments companies have a market cap above $20 billion?",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Payments"), FG_MKT_CAP(D0) > 20000) IN USD'),
        ("Name the 4 smallest real estate companies by market value, converted to sterling",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Real Estate")) SORT FG_MKT_CAP(D0) ASC TOP 4 IN GBP'),
    ],
)
def test_translate(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a screen shows the measures it screened on (SPEC section 4 allows the extra column)
        ("US software companies with a P/E above 30",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Software") & COUNTRY("United States"), FG_PE(D0) > 30)'),
        # one currency in the universe: money is ranked in it, not converted
        ("Which German company had the highest sales last year?",
         'NAME, FF_SALES(FY2024) FOR SCREEN(COUNTRY("Germany")) SORT FF_SALES(FY2024) DESC TOP 1'),
        # indexes overlap: "also in" intersects them, "or" unites them
        ("Which NX100 companies are also in TECHX?", "NAME FOR SCREEN(INDEX(NX100) & INDEX(TECHX))"),
        ("NX100 or TECHX companies with a P/E below 10",
         "NAME, FG_PE(D0) FOR SCREEN((INDEX(NX100) | INDEX(TECHX)), FG_PE(D0) < 10)"),
        # several periods in a condition: it holds in each of them
        ("Software companies that were profitable in each of the last two fiscal years",
         'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_NET_INC(FY2023) > 0 '
         "AND FF_NET_INC(FY2024) > 0)"),
        ("Banks whose net income grew in both FY2022 and FY2023",
         'NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2021), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_NET_INC(FY2022) > FF_NET_INC(FY2021) AND FF_NET_INC(FY2023) > FF_NET_INC(FY2022))"),
        # a plain ratio against a percentage, or asked for as one
        # (since round 18, f18c: compared and shown in percent, as the threshold is said; the same companies)
        ("Utilities with debt to equity under 80%",
         'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(SECTOR("Utilities"), '
         'FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 < 80)'),
        ("Falcon Software debt to equity in FY2023 as a percentage",
         "FF_DEBT(FY2023) / FF_EQUITY(FY2023) * 100 FOR FALC"),
        # "per share", "per employee" divide; "$ per head" says the unit (money is in millions)
        ("Northwind Systems capex per share in FY2023", "FF_CAPEX(FY2023) / FF_SHARES(FY2023) FOR NWSY"),
        ("Apex Materials net income per employee last year, in dollars per head",
         "FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024) FOR APXM IN USD"),
        ("Telecom stocks trading above 20x earnings",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Telecom"), FG_PE(D0) > 20)'),
        # standard abbreviations, a slip of "than", set names misspelt
        ("div yield and fwd P/E for Falcon Software", "FG_DIV_YIELD(D0), P_PRICE(D0) / FE_EPS(FY1) FOR FALC"),
        ("top 3 cos by mkt cap", "NAME, FG_MKT_CAP(D0) FOR SCREEN(ALL) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD"),
        ("healthcare stocks that rose more then 30% in 2023",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR("Health Care"), P_RETURN(2022-12-31, 2023-12-31) > 30)'),
        ("Which utilites have the highest dividend yield? top 3",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
        ("Which banks had an operating loss last year?",
         'NAME, FF_OPER_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_OPER_INC(FY2024) < 0)'),
        # periods: to today, the start of a year to now, all-time, the last trading day; "how did X do"
        ("Falcon Software return from June 3 2024 to today", "P_RETURN(2024-06-03, D0) FOR FALC"),
        ("How has Apex Materials done since the start of 2022?", "P_RETURN(2021-12-31, D0) FOR APXM"),
        # (round 46: "low close" is the low of the closes, f46v; the price today was a column not asked for)
        ("All-time low close of Apex Medical", "P_LOW(2015-01-02, D0) FOR APXD"),
        ("Apex Materials volume on the last trading day", "P_VOLUME(D0) FOR APXM"),
        ("4-year revenue CAGR of Apex Materials from FY2020 to FY2024", "CAGR(FF_SALES, FY2020, FY2024) FOR APXM"),
        ("Top 3 best performing banks over the past three months",
         'NAME, P_RETURN(2024-10-15, D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2024-10-15, D0) DESC TOP 3'),
        # each operand of arithmetic keeps its own period
        ("Falcon Software's share price now as a percentage of its 2023 high",
         "P_PRICE(D0) / P_HIGH(2023-01-01, 2023-12-31) * 100 FOR FALC"),
        # round 3: "not above" is the negated comparison (it keeps the companies without a value)
        ("Banks whose net margin is not below 10%",
         'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         'NOT (FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 < 10))'),
        ("Banks whose revenue more than doubled from FY2020 to FY2024",
         'NAME, GROWTH(FF_SALES, FY2020, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2020, FY2024) > 100)'),
        ("Banks whose revenue tripled from FY2020 to FY2024",
         'NAME, GROWTH(FF_SALES, FY2020, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2020, FY2024) >= 200)'),
        ("H1 FY2024 revenue for Falcon Software", "SUM(FF_SALES, FQ2024Q1, FQ2024Q2) FOR FALC"),
        ("Falcon Software net income in the second half of fiscal 2023", "SUM(FF_NET_INC, FQ2023Q3, FQ2023Q4) FOR FALC"),
        ("Banks followed by more than 20 analysts",
         'NAME, FE_NUM(FY1) FOR SCREEN(INDUSTRY("Banks"), FE_NUM(FY1) > 20)'),
    ],
)
def test_composition_round_2(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "tickers"),
    [
        ("Helix Bio's net income", ["HLXB"]),  # a family and the start of the second name word
        ("net margin at cascade semi", ["CSMI"]),
        ("P/B for First Harbour and Ivory Bancorp", ["FHB", "IVOR"]),  # "Harbour" is First Harbor's, not a family
        ("Cash per share at Starlight Insurance", ["STAI"]),  # a capital at the start names nothing
    ],
)
def test_link_companies_round_2(question: str, tickers: list[str]) -> None:
    a = translate(question)
    assert a.ents is not None and a.ents.tickers == tickers


def test_a_form_of_a_metric_word_is_no_typo_of_another() -> None:
    # "earning" is a form of "earnings", not a misspelt "gearing" (debt to equity)
    a = translate("Which software companies earning more than $1bn last year?")
    assert a.reading is None or "FF_DEBT" not in a.reading.query()


def test_non_us_is_every_other_country_of_the_set() -> None:
    query = q("Which non-US financials are trading below book value?") or ""
    assert query.startswith('NAME, FG_PB(D0) FOR SCREEN(SECTOR("Financials") & (COUNTRY("Canada") | ')
    assert 'COUNTRY("United States")' not in query and query.endswith(", FG_PB(D0) < 1)")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Break down Northwind Systems' revenue by region for last year", ["region"]),
        ("Who is the CFO of Delta Insurance?", ["cfo"]),
        ("What's the beta of Falcon Software stock?", ["beta"]),
        ("Northwind Systems revenue in 2012", ["2012"]),  # before the data
        ("Sterling Power's revenue in Q3 2025", ["q3 2025"]),  # not reported yet
        ("Average P/E of the NX100 index", ["average"]),  # an aggregate across companies
        ("Falcon Software cash in H1 FY2024", ["h1 fy2024"]),  # a balance-sheet item over a fiscal half
        ("Falcon Software revenue growth in H1 FY2024", ["h1 fy2024"]),
        # a breakdown by a set kind was answered as the plain screen, the grouping silently dropped
        ("List the banks by country", ["by country"]),
        ("Market cap of the insurers by sector", ["by sector"]),
        # a named company's figure by a field was answered with the figure and the company's own country beside it
        ("apex materials sales by country", ["by country"]),
        ("Falcon Software revenue per industry last year", ["per industry"]),
    ],
)
def test_words_not_understood_are_refused_and_named(question: str, words: list[str]) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported"
    assert all(w in (a.message or "").lower() for w in words), a.message


def test_a_refusal_names_each_phrase_once_not_its_parts_again() -> None:
    a = translate("Show me Apex Materials revenue split by geography")
    assert a.refusal == "unsupported"
    assert (a.message or "").endswith("not understood: 'split by geography'"), a.message


@pytest.mark.parametrize(
    "question",
    ["Did Westbrook's sales grow last year?", "Has Apex Materials' net income increased since 2020?",
     "Did Northwind Systems grow its revenue in FY2024?", "Was Falcon Software's EPS down in FY2023?"],
)
def test_a_yes_no_question_about_named_companies_is_refused_not_answered_with_a_figure(question: str) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported", a.reading and a.reading.query()
    assert "yes/no" in (a.message or "")


def test_a_figure_asked_after_a_yes_no_question_is_answered() -> None:
    assert q("Did Westbrook's sales grow last year, and by how much?") == "GROWTH(FF_SALES, FY2023, FY2024) FOR WEST"
    assert q("Are there any banks with a P/E below 10?") is not None  # a screen: the list answers it


def test_an_estimate_is_never_replaced_by_an_actual() -> None:
    """A forward-looking question on a metric without a consensus estimate is refused, not answered with actuals."""
    a = translate("What is the consensus net margin forecast for Falcon Software next year?")
    assert a.reading is None and "estimate" in (a.message or "")
    assert q("What is next year's EPS estimate for Falcon Software?") == "FE_EPS(FY1) FOR FALC"


def _cases(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLDEN / name).read_text().splitlines() if line.strip()]


# Every golden file in the folder (derived, not listed: a new set is checked the day it lands). Held-out sets are
# checked for format and parsing only here (their figures come from `finql bench`).
SETS = tuple(sorted(p.name for p in GOLDEN.glob("*.jsonl")))
HELDOUT = tuple(name for name in SETS if name.startswith("heldout"))


def test_golden_sets_follow_spec_format() -> None:
    dev, test = _cases("dev.jsonl"), _cases("test.jsonl")
    assert len(dev) + len(test) >= 400
    assert not {c["question"] for c in dev} & {c["question"] for c in test}
    assert sum("written-dev" in c["tags"] for c in dev) >= 150
    for name in SETS:
        cases = _cases(name)
        assert len({c["id"] for c in cases}) == len(cases), f"{name}: duplicate ids"
        for case in cases:
            assert case["id"] and case["question"], (name, case)
            assert (case["query"] is None) == ("refusal" in case), (name, case["id"])
            assert case.get("refusal") in (None, "unsupported", "not_permitted"), (name, case["id"])
            assert case.get("principal", "analyst") in ("analyst", "analyst-basic", "guest"), (name, case["id"])


def test_golden_queries_parse() -> None:
    from finql.language.parser import parse

    for name in SETS:
        for case in _cases(name):
            if case["query"]:
                assert str(parse(case["query"])), (name, case["id"])


def test_no_held_out_question_is_in_a_set_that_is_tuned_on() -> None:
    """A held-out figure means something only if none of its questions (case and spacing aside) is also in a
    tuning, dev or test file, where rules were written against it."""
    def key(text: str) -> str:
        return " ".join(text.lower().split())

    tuned = {key(c["question"]) for name in SETS if name not in HELDOUT for c in _cases(name)}
    shared = {c["id"] for name in HELDOUT for c in _cases(name) if key(c["question"]) in tuned}
    # Short common questions that two authors wrote word for word, each independently (found when this check was
    # added, round 8): they count as tuned in their held-out set's figure (docs/finql-translation.md). A new one
    # fails here.
    assert shared == WRITTEN_TWICE, sorted(shared - WRITTEN_TWICE)[:5]


WRITTEN_TWICE = {"h027", "h2-112", "h3-119", "h4-010", "h5-097", "h5-113", "h6-064", "h6-112", "ho7-095", "ho8-054", "ho8-056", "ho8-116", "h6-097", "h2-131", "ho12-090",
                 "h30-001", "h30-041", "h30-042", "h30-044",  # round 33: plain SPEC-reader questions written before in tune22b, 26a, 30b
                 "h31-007", "h31-008", "h31-014",  # round 34: plain SPEC-reader questions written before in tune32a, 30b, 33a
                 "h32-011",  # round 35: a plain SPEC-reader question written before in tune33b
                 "h33-040",  # round 36: a plain SPEC-reader question written before in tune30b
                 "h34-041",  # round 37: a plain SPEC-reader question written before in tune21c
                 "h35-020", "h35-021", "h35-041",  # round 38: plain SPEC-reader questions written before in tune35a, 26a, 23a
                 "h36-012", "h36-039", "h36-041",  # round 39: written before in tune30b (two) and tune22b
                 # round 42: plain SPEC-reader questions of heldout39 written before in tune32a (two), 35a, 30a, 26a, 30b
                 "h39-001", "h39-003", "h39-009", "h39-011", "h39-038", "h39-059",
                 "h40-051", "h40-053",  # round 43: plain SPEC-reader questions written before in tune5b/23a and tune26b
                 "h42-001",  # round 45: a plain SPEC-reader question written before in tune32a
                 "h43-007", "h43-036", "h43-056",  # round 46: plain SPEC-reader questions written before in tune7b, 12a, 41a
                 "h44-004", "h44-082",  # round 47: two short questions a tuning set wrote word for word before
                 "h45-072", "h45-080",  # round 48: plain SPEC-reader questions written before in tune26a and tune26b
                 "h46-072", "h46-078"}  # round 49: written before in tune30b and tune23a


def test_the_golden_folder_holds_held_out_and_tuning_sets() -> None:
    assert {"dev.jsonl", "test.jsonl", "heldout.jsonl", "heldout7.jsonl", "tune8a.jsonl"} <= set(SETS)
    assert len(HELDOUT) >= 7


@pytest.mark.parametrize("name", HELDOUT)
def test_heldout_sets_load_as_bench_datasets(name: str) -> None:
    """`finql bench --dataset` reads every case of a held-out set, refusals with their kind."""
    from finql.translate.bench import load_dataset

    cases = _cases(name)
    ds = load_dataset(GOLDEN / name)
    assert [i.id for i in ds.items] == [c["id"] for c in cases]
    refusals = {c["id"]: c["refusal"] for c in cases if c["query"] is None}
    assert refusals and {i.id: i.expectations["refusal"] for i in ds.items if i.id in refusals} == refusals


@pytest.mark.slow
def test_golden_queries_execute(env) -> None:
    """Every gold query runs on the governed executor as its case's principal."""
    failures = []
    for case in _cases("dev.jsonl") + _cases("test.jsonl"):
        if case["query"]:
            try:
                env.execute(case["query"], case.get("principal", "analyst"))
            except Exception as exc:  # collect them all, report once
                failures.append((case["id"], case["query"], str(exc)))
    assert not failures, failures[:5]


def test_same_questions_same_readings_at_concurrency_1_and_8() -> None:
    """Lazy tables (aliases, families, sense patterns) are built once; eight threads read what one does."""
    from concurrent.futures import ThreadPoolExecutor

    questions = [c["question"] for c in _cases("dev.jsonl")[::7]]

    def reading(question: str) -> tuple[str | None, str | None]:
        a = translate(question)
        return (a.reading.query() if a.reading else None), a.message

    one = [reading(x) for x in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        eight = list(pool.map(reading, questions))
    assert eight == one and sum(x[0] is not None for x in one) > len(one) // 2


# ----------------------------------------------------------------------------- round 7, composition and linking
@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the courtesy and context of a formal request are accounted for, not refused
        ("I would be grateful if you could share Falcon Software's net income for fiscal 2023.",
         "FF_NET_INC(FY2023) FOR FALC"),
        ("For a client presentation, please provide Pinnacle Telecom's sales for fiscal 2024.",
         "FF_SALES(FY2024) FOR PNTC"),
        ("Hello, as part of our annual review could you provide Granite Water's P/E today? Thank you in advance.",
         "FG_PE(D0) FOR GRWT"),
        ("Dear team, we are preparing a sector note and would appreciate Umbra Beverages' EPS for fiscal 2024.",
         "FF_EPS(FY2024) FOR UMBR"),
        # "so that they are comparable" is said of the currency asked for
        ("Net income of Pinnacle Telecom and Apex Materials for fiscal 2024 in US dollars so that they are comparable",
         "FF_NET_INC(FY2024) FOR PNTC, APXM IN USD"),
        # a family word with "group": every member of the family
        ("Total liabilities at the Apex group, FY24", "FF_LIABS(FY2024) FOR APXD, APXM"),
        ("the Oakridge group's net income last year", "FF_NET_INC(FY2024) FOR OAKR, OAKS"),
        # "between A, B and C": the choice among them
        ("Between Cobalt Motors, Vantage Motors and Eastgate Motors, which one has the highest P/E?",
         "FG_PE(D0) FOR COBA, VNTG, EASM SORT FG_PE(D0) DESC TOP 1"),
        # who asks and what for: "the investment committee requests", "ahead of Thursday's credit committee"
        ("The investment committee requests the payout ratio for the last fiscal year for Umbra Beverages.",
         "FF_DPS(FY2024) / FF_EPS(FY2024) * 100 FOR UMBR"),
        ("Ahead of Thursday's credit committee, could you kindly provide the total debt of Bluepeak Energy?",
         "FF_DEBT(FY2024) FOR BPE"),
        ("We would be grateful for Falcon Software's free cash flow for each of the last two fiscal quarters, shown "
         "separately, oldest first.", "FF_FCF(FQ-1), FF_FCF(FQ0) FOR FALC"),
        # "the Chemicals or Packaging industries": the noun of the set kind is no misspelt "Industrials"
        ("companies in the Chemicals or Packaging industries with a P/E below 15",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Chemicals") | INDUSTRY("Packaging"), FG_PE(D0) < 15)'),
        # a move that the ranking does not follow at once is a condition as well
        ("Airlines whose share price has risen over the past six months, ranked from best to worst",
         'NAME, P_RETURN(2024-07-15, D0) FOR SCREEN(INDUSTRY("Airlines"), P_RETURN(2024-07-15, D0) > 0) '
         'SORT P_RETURN(2024-07-15, D0) DESC'),
        # round 8: a superlative said of the move in a which-question is the top one ("which airlines rose the most")
        ("which banks fell the most in 2024",
         'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2023-12-31, 2024-12-31) ASC TOP 1'),
        # a growth asked beside one measure at two periods is the growth between them
        ("sales of Keystone Properties in the fourth quarter of fiscal 2023 and the fourth quarter of fiscal 2024, "
         "together with the year-on-year growth",
         "FF_SALES(FQ2023Q4), FF_SALES(FQ2024Q4), GROWTH(FF_SALES, FQ2023Q4, FQ2024Q4) FOR KEYS"),
        ("Ashford Metals' sales in fiscal 2020 versus fiscal 2024, and the CAGR between them",
         "FF_SALES(FY2020), FF_SALES(FY2024), CAGR(FF_SALES, FY2020, FY2024) FOR ASHM"),
        # "a lower P/E than 15" is "a P/E lower than 15"; who the asker is says nothing of the figures
        ("chemicals companies with a lower P/E than 15",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Chemicals"), FG_PE(D0) < 15)'),
        ("Hi, I'm a student: could you tell me what Helix Biotherapeutics' gross profit was in fiscal 2021?",
         "FF_GROSS_INC(FY2021) FOR HLXB"),
        # "above zero": the number 0
        ("utilities with a P/E above zero", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) > 0)'),
    ],
)
def test_round7_compose_readings(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # a purpose clause naming something other than a document or a meeting is no courtesy
        ("For the software industry, please provide Falcon Software's sales for fiscal 2024.", "software"),
        # a growth beside three periods has no two ends: refused, never dropped (the figures alone answered)
        ("sales of Keystone Properties in FY2022, FY2023 and FY2024, and the growth", "growth"),
        # who the analysts are is no count of them
        ("Which sell-side analysts cover Falcon Software? I need their names", "analysts"),
        # "comparable" without a currency that makes the figures so stays unread
        ("Net income of Pinnacle Telecom and Apex Materials for fiscal 2024 so that they are comparable", "comparable"),
    ],
)
def test_round7_context_words_that_are_not_courtesy_stay_refused(question: str, word: str) -> None:
    a = translate(question)
    assert a.reading is None and word in (a.message or "")

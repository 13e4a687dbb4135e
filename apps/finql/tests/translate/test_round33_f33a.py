"""Round 33 (f33a): tune33a's voices (an underwriter's formal letters, a consultant's slides, a forum newcomer's posts,
an audit memo). Each class is asserted in the set's register and reworded in at least two others; what the chain
must not read stays refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

# --- a memo's numbered points ("1." after a colon) -------------------------------------------------------------------

_POINTS = [
    ("Please confirm the following: 1. Net income of Westbrook Consulting for the second quarter of fiscal 2024.",
     "FF_NET_INC(FQ2024Q2) FOR WEST"),
    ("Please confirm the following: 1. Trading volume in Valley Payments shares on 2024-11-29.",
     "P_VOLUME(2024-11-29) FOR VALL"),
    ("Falcon Software: 1. P/E today; 2. dividend yield today.", "FG_PE(D0), FG_DIV_YIELD(D0) FOR FALC"),
    ("falcon software: 1. what's its p/e today? 2. what's its dividend yield today?",
     "FG_PE(D0), FG_DIV_YIELD(D0) FOR FALC"),
]


@pytest.mark.parametrize("question,query", _POINTS)
def test_numbered_points_are_no_numbers(question: str, query: str) -> None:
    assert q(question) == query


def test_a_number_closing_a_sentence_is_no_point() -> None:
    # no colon before it: the threshold it is
    assert q("Which banks have a P/B below 1. Show their names.") == \
        'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 1)'
    # a point numbered 2 with no 1 before it stays a number (refused, named)
    assert "2" in refused("Please confirm the following: 2. Net income of Westbrook Consulting for fiscal 2024.")


# --- a topic said first: its set is the question's where the rest names none ----------------------------------------

_TOPIC = [
    ("With respect to Financials sector companies domiciled in the United Kingdom, we should be grateful for their names "
     "and their shareholders' equity at fiscal 2024 year end.",
     'NAME, FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Financials") & COUNTRY("United Kingdom"))'),
    ("As regards banks in Germany, what was their net income in fiscal 2024?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Germany"))'),
    ("Regarding banks in Germany: net income FY24?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Germany"))'),
    ("Regarding utilities, which have a dividend yield above 3% today?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 3)'),
]


@pytest.mark.parametrize("question,query", _TOPIC)
def test_topic_names_the_set(question: str, query: str) -> None:
    assert q(question) == query


_OPENERS = {
    "in relation to": lambda s: s.replace("With respect to", "In relation to"),
    "in respect of": lambda s: s.replace("With respect to", "In respect of"),
    "regarding": lambda s: s.replace("With respect to", "Regarding"),
}


@pytest.mark.parametrize("question,variant,query", reworded([
    ("With respect to Ivory Bancorp, kindly confirm the average level of total debt over fiscal years 2020 through "
     "2024 inclusive.", "AVG(FF_DEBT, FY2020, FY2024) FOR IVOR"),
    ("With respect to Harbor Freight Lines, would you kindly provide free cash flow over the last twelve months, "
     "together with capital expenditure over the same period.", "FF_FCF(LTM), FF_CAPEX(LTM) FOR HFL"),
], _OPENERS))
def test_topic_openers(question: str, variant: str, query: str) -> None:
    assert q(question) == query
    assert q(variant) == query


# --- a formal request's noun ("confirmation of", "a note of") -------------------------------------------------------

@pytest.mark.parametrize("question,query", [
    ("With respect to Delta Insurance, we should be grateful for confirmation of its total liabilities as at the close "
     "of fiscal 2024.", "FF_LIABS(FY2024) FOR DELT"),
    ("In relation to General Widget, we should be grateful for a note of its share price performance during calendar "
     "2023.", "P_RETURN(2022-12-31, 2023-12-31) FOR GWC"),
    ("Please provide details of Northwind Systems' net income for fiscal 2023.", "FF_NET_INC(FY2023) FOR NWSY"),
    ("Confirmation of Falcon Software's cash at the end of FY24 pls", "FF_CASH(FY2024) FOR FALC"),
    ("could someone give me confirmation of cobalt motors net income last year?", "FF_NET_INC(FY2024) FOR COBA"),
    ("I'd appreciate a quick note of Atlas Mining's YTD return.", "P_RETURN(2023-12-31, D0) FOR ATLM"),
])
def test_request_nouns(question: str, query: str) -> None:
    assert q(question) == query


# --- a level's verb and a set's membership verb ----------------------------------------------------------------------

@pytest.mark.parametrize("question,query", [
    ("In relation to the insurers on our reinsurance panel, kindly list those companies in the Insurance industry whose "
     "price-to-book ratio presently stands below 1.5.", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PB(D0) < 1.5)'),
    ("banks where the P/E sits under 8 rn?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 8)'),
    ("Screen → Utilities w/ div yield standing above 4% today",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
    ("Which companies in the EUROPE index belong to the Utilities sector?",
     'NAME FOR SCREEN(INDEX(EUROPE) & SECTOR("Utilities"))'),
    ("Which companies in the EUROPE index are part of the Utilities sector?",
     'NAME FOR SCREEN(INDEX(EUROPE) & SECTOR("Utilities"))'),
    ("EUROPE index names that fall within the Health Care sector - FY24 revenue",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDEX(EUROPE) & SECTOR("Health Care"))'),
    ("noob q: which stocks belong to the TECHX index and have a P/E below 20?",
     "NAME, FG_PE(D0) FOR SCREEN(INDEX(TECHX), FG_PE(D0) < 20)"),
])
def test_level_and_membership_verbs(question: str, query: str) -> None:
    assert q(question) == query


def test_stand_out_is_no_level() -> None:
    assert "stand" in refused("Which banks stand out on P/E?")


# --- the figure said again by "that of" a period ---------------------------------------------------------------------

@pytest.mark.parametrize("question,query", [
    ("With respect to the aviation risk we are presently considering on Copperfield Air, kindly set out its net income "
     "for the last fiscal year together with that of the year before last.", "FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR COPP"),
    ("Copperfield Air's net income for fiscal 2024 and that for fiscal 2023", "FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR COPP"),
    ("NI FY24 and that of FY23 — Copperfield Air", "FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR COPP"),
    # "that of" another company, not of a period: the comparison of the two companies' figures, as before
    ("Please calculate the compound annual growth rate of Keystone Materials' total debt from fiscal 2019 to fiscal 2024 "
     "and compare it with that of its sales over the same years.",
     "CAGR(FF_DEBT, FY2019, FY2024), CAGR(FF_SALES, FY2019, FY2024) FOR KEYM"),
    ("A client who holds Falcon Software wants their P/E and that of Northwind Systems.", "FG_PE(D0) FOR FALC, NWSY"),
])
def test_figure_said_again(question: str, query: str) -> None:
    assert q(question) == query


# --- percent after the company a quotient is of; the headcount's two nouns -------------------------------------------

@pytest.mark.parametrize("question,query", [
    ("We should be grateful for the ratio of total debt to shareholders' equity of Ironclad Insurance as at fiscal year "
     "end 2024, expressed as a percentage.", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR ICI"),
    ("What was the ratio of total debt to shareholders' equity of Ironclad Insurance in fiscal 2024, as a percentage?",
     "FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR ICI"),
    ("debt over equity of ironclad insurance fy24, in %?", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR ICI"),
    ("Scope: Nimbus Defense. Request: growth in employee headcount (%) between fiscal 2019 and fiscal 2024.",
     "GROWTH(FF_EMPLOYEES, FY2019, FY2024) FOR NIMD"),
    ("Employee headcount FY24 vs FY20 - Nimbus Freight", "FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2020) FOR NIMB"),
])
def test_percent_and_headcount(question: str, query: str) -> None:
    assert q(question) == query


def test_the_plain_ratio_stays_plain() -> None:
    assert q("What was the ratio of total debt to shareholders' equity of Ironclad Insurance in fiscal 2024?") == \
        "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR ICI"


# --- a forum newcomer's asides ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("question,query", [
    ("random q but how many people actually work at Lumen Streaming? latest fiscal year is fine", "FF_EMPLOYEES(FY2024) FOR LUMS"),
    ("dumb question - what's Falcon Software's P/E today?", "FG_PE(D0) FOR FALC"),
    ("Hi all, quick q but what was Northwind Systems' revenue in FY2023?", "FF_SALES(FY2023) FOR NWSY"),
    ("newbie here, which companies in the Beverages industry grew their sales by more than 5% from fiscal 2023 to "
     "fiscal 2024?", 'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Beverages"), GROWTH(FF_SALES, FY2023, FY2024) > 5)'),
    ("I'm thinking about Pinnacle Telecom for my first ever stock (still reading up lol). How much did the stock go up "
     "or down during 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR PNTC"),
    ("What do analysts expect Aurora Pharma to earn per share next year? (the consensus number I think it's called)",
     "FE_EPS(FY1) FOR AURP"),
    ("Trying to wrap my head around P/E... what's Falcon Software's P/E today? (is that high?? no idea lol)",
     "FG_PE(D0) FOR FALC"),
    ("My friend says Aurora Outfitters is losing money. Can someone show me their net income for fiscal 2023 and "
     "fiscal 2024? I don't trust him tbh", "FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR AUOU"),
    ("ok so everyone keeps saying 'revenue growth'. how much did Silverline Payments' revenue grow from fiscal 2022 to "
     "fiscal 2024, in %?", "GROWTH(FF_SALES, FY2022, FY2024) FOR SLVP"),
    ("how much did Ashford Resorts move over the last 5 trading days? keep seeing it in headlines", "P_RETURN(D-5, D0) FOR ASHR"),
    ("what's the lowest Atlas Mining closed at over the past six months? wondering if I bought near the bottom",
     "P_LOW(2024-07-15, D0) FOR ATLM"),
    ("noob question, sorry if this is dumb — how much money did Cobalt Motors actually make last year? like net income",
     "FF_NET_INC(FY2024) FOR COBA"),
    ("What was Highland Estates' share price on 1 July 2024 in US dollars? it's a Japanese company so the yen numbers "
     "confuse me", "P_PRICE(2024-07-01) FOR HIGH IN USD"),
])
def test_forum_asides(question: str, query: str) -> None:
    assert q(question) == query


_ASIDES = {
    "formal": lambda s: "My colleague keeps mentioning the name. " + s,
    "memo": lambda s: "Everyone keeps saying it. Request: " + s[0].lower() + s[1:],
    "slide": lambda s: "Newbie here, " + s[0].lower() + s[1:],
}


@pytest.mark.parametrize("question,variant,query", reworded([
    ("What was Northwind Systems' net income for fiscal 2022?", "FF_NET_INC(FY2022) FOR NWSY"),
    ("What is Sterling Power's dividend yield today?", "FG_DIV_YIELD(D0) FOR STEP"),
], _ASIDES))
def test_asides_in_other_registers(question: str, variant: str, query: str) -> None:
    assert q(question) == query
    assert q(variant) == query


@pytest.mark.parametrize("question,word", [
    # the yen said with no currency asked: nothing converts the figures (refused, named)
    ("What was Highland Estates' share price on 1 July 2024? it's a Japanese company so the yen numbers confuse me", "yen"),
    # a set said beside the company that does not hold it
    ("What were Northwind Systems' sales in 2024? It's a bank.", "bank"),
    # a request said as "wondering if I can get ...": not the asker's doing, a request (never dropped)
    ("what's the lowest Atlas Mining closed at over the past six months? wondering if I can get the EBITDA too", "ebitda"),
    # someone else's claim that restricts nothing, with a measure FinQL lacks asked
    ("My friend says Aurora Outfitters is losing money. What was its EBITDA in fiscal 2024?", "ebitda"),
])
def test_still_refused(question: str, word: str) -> None:
    assert word in refused(question).lower()


# --- a slide's names, range and high / low ---------------------------------------------------------------------------

@pytest.mark.parametrize("question,query", [
    ("Request: Real Estate sector companies domiciled in the United States, ranked by fiscal 2024 total assets, "
     "descending. Please include names.",
     'NAME, FF_ASSETS(FY2024) FOR SCREEN(SECTOR("Real Estate") & COUNTRY("United States")) SORT FF_ASSETS(FY2024) DESC'),
    ("banks ranked by P/E today, lowest first - include the company names pls",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
    ("Trading range CY2024 — Vantage Motors: high / low close",
     "P_HIGH(2024-01-01, 2024-12-31), P_LOW(2024-01-01, 2024-12-31) FOR VNTG"),
    ("Vantage Motors trading range 2024", "P_HIGH(2024-01-01, 2024-12-31), P_LOW(2024-01-01, 2024-12-31) FOR VNTG"),
    ("Vantage Motors FY2023: highest/lowest closing price",
     "P_HIGH(2022-07-01, 2023-06-30), P_LOW(2022-07-01, 2023-06-30) FOR VNTG"),
])
def test_slide_forms(question: str, query: str) -> None:
    assert q(question) == query

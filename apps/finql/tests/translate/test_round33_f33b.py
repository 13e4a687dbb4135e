"""Round 33 (f33b): the classes of tune33b's misses, each asserted in the set's register and in two others.

- a request relayed in the third person by a club's or a meeting's minutes ("The members asked what ...",
  "the trustees then requested ...", "Several members asked which ...");
- the asker's situation said of a club or of its officers, or as the reason before the request ("Several members are
  thinking of selling X.", "The secretary noted that X reports in euros.", "Since the club owns X and Y, ...");
- "In reviewing ..." said first (a framing clause of aim);
- a busy asker's urgency said last ("..., quick", "- quickly please", ", when you get a sec");
- "now" beside a price read at another day, in a reported question's order ("... on 1 July 2024 and what it is
  now"): the second figure, never dropped (it was: the first day's price alone, a wrong answer).
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

# ----------------------------------------------------------------------------- relayed in the third person
RELAYED = [
    ("What was Northwind Logistics' net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR NWLG"),
    ("What was Meridian Pharma's revenue in fiscal 2023?", "FF_SALES(FY2023) FOR MRDP"),
    ("Which banks have a P/E below 13 today?", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 13)"),
]


def _reported(s: str) -> str:
    if s.startswith("What was "):
        np = s[len("What was "):].rstrip("?")
        owner, _, rest = np.partition(" ")
        return f"what {owner} {rest.replace(' in ', ' was in ', 1)}"
    return s[0].lower() + s[1:].rstrip("?")


RELAYINGS = {
    "minutes": lambda s: f"The members asked {_reported(s)}.",
    "then": lambda s: f"The treasurer gave her report. The members then asked {_reported(s)}.",
    "formal": lambda s: f"The trustees asked {_reported(s)}.",
    "several": lambda s: f"Several members asked {_reported(s)}.",
    "chat": lambda s: f"the partners asked {_reported(s)}",
}


@pytest.mark.parametrize(("question", "variant", "query"), reworded(RELAYED, RELAYINGS))
def test_relayed_request(question: str, variant: str, query: str) -> None:
    assert q(question) == query
    assert q(variant) == query


def test_relayed_request_cases() -> None:
    assert q("The members asked how Meridian Pharma's shares performed in the third quarter of 2024.") == \
        "P_RETURN(2024-06-30, 2024-09-30) FOR MRDP"
    assert q("For the new members' information pack, the members asked for the five biggest companies in the NX100 "
             "index by market value today, in US dollars.") == \
        "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDEX(NX100)) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD"
    assert q("The committee members then asked for Apex Medical's P/E today.") == "FG_PE(D0) FOR APXD"


def test_relayed_request_keeps_refusing_what_is_not_understood() -> None:
    assert "ebitda" in refused("The members asked what Meridian Pharma's EBITDA was in 2023.")
    refused("The members asked about Meridian Pharma.")


# ----------------------------------------------------------------------------- the club's situation, the reason
@pytest.mark.parametrize(("question", "query"), [
    ("Several members are thinking of selling Kingsbridge Telecom. The members asked what its highest closing price "
     "has been over the past six months.", "P_HIGH(2024-07-15, D0) FOR KINT"),
    ("The secretary noted that Ashford Brands reports in euros. The members asked for its net income last year "
     "converted into US dollars.", "FF_NET_INC(FY2024) FOR ASHF IN USD"),
    ("Since the club owns both beverage makers, the members asked for the current dividend yield of Umbra Beverages "
     "and of Crescent Beverages.", "FG_DIV_YIELD(D0) FOR UMBR, CRBV"),
    # an adviser's and a chat's register
    ("Since our client holds Apex Medical, what is its P/E today?", "FG_PE(D0) FOR APXD"),
    ("as the club owns Umbra Beverages, the members asked for its EPS in fiscal 2024", "FF_EPS(FY2024) FOR UMBR"),
    ("In reviewing the industrial holdings, the members asked what Ember Industries' sales averaged per year over "
     "fiscal 2020 to fiscal 2024.", "AVG(FF_SALES, FY2020, FY2024) FOR EMBE"),
    ("In reviewing the portfolio, please state Apex Medical's sales for fiscal 2023.", "FF_SALES(FY2023) FOR APXD"),
])
def test_situation_of_a_club(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # the situation names another company than the one asked: never dropped
    ("Since the club owns Umbra Beverages, what is Crescent Beverages' EPS in fiscal 2024?", "umbra beverages"),
    ("Several members are thinking of buying Umbra Beverages. What was Crescent Beverages' EPS in fiscal 2024?",
     "umbra beverages"),
    # a set said in the reason restricts the rows asked: never dropped
    ("Since our client holds only banks, which companies have a P/E below 13 today?", "banks"),
    ("As the members hold European stocks, which companies have a P/E below 13 today?", "european"),
    ("In reviewing the bank holdings, the members asked which companies have a P/E below 13 today.", "bank"),
    # the currency the company reports in, with none asked for outside
    ("The secretary noted that Ashford Brands reports in euros. What was its net income last year?", "euros"),
])
def test_situation_that_would_change_the_query_is_refused(question: str, named: str) -> None:
    assert named in refused(question)


# ----------------------------------------------------------------------------- urgency said last
@pytest.mark.parametrize(("question", "query"), [
    ("need the consensus EPS for Aurora Pay for FY2026, quick", "FE_EPS(FY2) FOR AURO"),
    ("Need Apex Medical's P/E today - quickly please", "FG_PE(D0) FOR APXD"),
    ("what's Northwind Systems' revenue for FY2023, when you get a sec", "FF_SALES(FY2023) FOR NWSY"),
    ("What is Apex Medical's P/E today, quick?", "FG_PE(D0) FOR APXD"),
])
def test_urgency_said_last(question: str, query: str) -> None:
    assert q(question) == query


def test_quick_ratio_is_no_urgency() -> None:
    assert "quick ratio" in refused("What is Apex Medical's quick ratio?")


# ----------------------------------------------------------------------------- "and what it is now"
@pytest.mark.parametrize(("question", "query"), [
    ("Concerning the club's Apex Medical position, the members asked what the share price was on 1 July 2024 and "
     "what it is now.", "P_PRICE(2024-07-01), P_PRICE(D0) FOR APXD"),
    ("Tell me what Apex Medical's share price was on 1 July 2024 and what it is now.",
     "P_PRICE(2024-07-01), P_PRICE(D0) FOR APXD"),
    ("I'd like to know what Apex Medical's share price was on 1 July 2024 and what it's now.",
     "P_PRICE(2024-07-01), P_PRICE(D0) FOR APXD"),
    ("Please state the closing price of Apex Medical on 1 July 2024 and what it is today.",
     "P_PRICE(2024-07-01), P_PRICE(D0) FOR APXD"),
    ("The board asked what Apex Medical's net income was in fiscal 2022 and what it was in fiscal 2024.",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2024) FOR APXD"),
    # unchanged: "now" read with the other day
    ("What is Apex Medical's share price now compared with 10 trading days ago?", "P_PRICE(D0), P_PRICE(D-10) FOR APXD"),
    ("How has Apex Medical's share price changed between 1 July 2024 and now?", "P_RETURN(2024-07-01, D0) FOR APXD"),
])
def test_now_beside_another_day(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Tell me what Apex Medical's share price was on 1 July 2024 and what the level is now.",
    "Apex Medical's share price on 1 July 2024 and what it looks like now?",
    "Apex Medical's share price on 1 July 2024, and the level today?",
])
def test_now_no_reading_takes_is_refused(question: str) -> None:
    message = refused(question)
    assert "now" in message or "today" in message


# ----------------------------------------------------------------------------- defined names and periods
@pytest.mark.parametrize(("question", "query"), [
    ("Regarding Nimbus Defense (the \"Defendant\"), what was the closing price of the Defendant's shares on 15 March "
     "2023?", "P_PRICE(2023-03-15) FOR NIMD"),
    ("Regarding Driftwood Resorts (\"Driftwood\"), please state the percentage change in Driftwood's sales between "
     "fiscal year 2021 and fiscal year 2024.", "GROWTH(FF_SALES, FY2021, FY2024) FOR DRIR"),
    ("Regarding Umbra Realty Group and Valley Realty Group (together, the \"Realty Entities\"), please provide each "
     "entity's revenue for fiscal year 2024.", "FF_SALES(FY2024) FOR URG, VRG"),
    ("Please state the percentage change in the share price of Sky High Airlines over calendar year 2022 (the "
     "\"Relevant Period\").", "P_RETURN(2021-12-31, 2022-12-31) FOR SKY"),
    # a board deck's and an adviser's register
    ("For the board deck: Nimbus Defense (the \"Company\") - P/E of the Company on 31 December 2023?",
     "FG_PE(2023-12-31) FOR NIMD"),
    ("Our client holds Umbra Realty Group and Valley Realty Group (together, the \"Holdings\"). What was the revenue "
     "of the Holdings in fiscal 2024?", "FF_SALES(FY2024) FOR URG, VRG"),
    ("The relevant period is 1 January 2022 through 31 December 2022. Please state the lowest closing price of "
     "Eastgate Motors' shares during the relevant period.", "P_LOW(2022-01-01, 2022-12-31) FOR EASM"),
    ("Regarding General Widget (\"GWC\"), please state the highest closing price of GWC shares during the relevant "
     "period, defined as 1 July 2023 to 30 June 2024.", "P_HIGH(2023-07-01, 2024-06-30) FOR GWC"),
    ("The reference period runs from 1 July 2023 to 30 June 2024. Highest close of General Widget over the reference "
     "period?", "P_HIGH(2023-07-01, 2024-06-30) FOR GWC"),
    ("what was general widget's highest close in the review period, i.e. 1 July 2023 to 30 June 2024",
     "P_HIGH(2023-07-01, 2024-06-30) FOR GWC"),
])
def test_defined_names_and_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a name no definition gives
    ("Regarding Nimbus Defense (the \"Defendant\"), what was the Plaintiff's share price on 15 March 2023?",
     "plaintiff's"),
    # a period said and never defined, or defined under another name
    ("Please state the lowest closing price of Eastgate Motors' shares during the relevant period.", "relevant period"),
    ("The relevant period is calendar 2022. What was Eastgate Motors' lowest close during the review period?",
     "review period"),
])
def test_undefined_names_are_refused(question: str, named: str) -> None:
    assert named in refused(question)


# ----------------------------------------------------------------------------- a sustainability officer's framing
@pytest.mark.parametrize(("question", "query"), [
    ("Green investment benchmark: how much capex did Redwood Wind Power spend in total over fiscal 2020 to fiscal "
     "2024?", "SUM(FF_CAPEX, FY2020, FY2024) FOR RWP"),
    ("The sustainability committee would like Sterling Power's net profit margin for last year.",
     "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR STEP"),
    ("For the responsible sourcing benchmark, which are the two largest Household Products companies by market cap "
     "today, in USD?", "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY(\"Household Products\")) SORT FG_MKT_CAP(D0) DESC "
     "TOP 2 IN USD"),
    ("For the green equity review, what was Bluepeak Renewables' lowest closing price over the past 12 months?",
     "P_LOW(2024-01-15, D0) FOR BPR"),
    # a rating agency's, a board's and a chat's register
    ("Valuation benchmark: what was Redwood Wind Power's capex in fiscal 2024?", "FF_CAPEX(FY2024) FOR RWP"),
    ("The ESG committee would like the P/E of Apex Medical today.", "FG_PE(D0) FOR APXD"),
    ("our climate team wants Apex Medical's capex for fiscal 2024", "FF_CAPEX(FY2024) FOR APXD"),
    ("For the ESG review: which utilities have a dividend yield above 3% today?",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) > 3)"),
])
def test_sustainability_framing(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a benchmark asked for is a measure FinQL lacks, never framing
    ("What was Redwood Wind Power's return versus the benchmark in 2024?", "benchmark"),
    ("For our benchmark piece, what was Redwood Wind Power's return relative to its benchmark in 2024?", "benchmark"),
    # a set's word in the framing beside a screen of another set still chooses companies
    ("For the water benchmark, which companies have a P/E below 10 today?", "water"),
])
def test_benchmark_still_refused(question: str, named: str) -> None:
    assert named in refused(question)


# ----------------------------------------------------------------------------- the currency said as an aside
@pytest.mark.parametrize(("question", "query"), [
    ("Please identify all companies in the Insurance industry (the \"Insurers\") whose net income for fiscal year "
     "2024, expressed in US dollars, exceeded 12,000 million.",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY(\"Insurance\"), FF_NET_INC(FY2024) > 12000) IN USD"),
    ("Please identify all companies in the Insurance industry whose net income for fiscal year 2024, in US dollars, "
     "was above 12,000 million.",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY(\"Insurance\"), FF_NET_INC(FY2024) > 12000) IN USD"),
    ("Insurers - FY2024 net income, converted into USD, above 12.5 billion?",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY(\"Insurance\"), FF_NET_INC(FY2024) > 12500) IN USD"),
    ("What were Apex Medical's sales for fiscal 2023, in euros, and its net income?",
     "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR APXD IN EUR"),
])
def test_currency_aside(question: str, query: str) -> None:
    assert q(question) == query


def test_currency_aside_before_a_request_of_its_own_stays() -> None:
    # (readall: tune6a t6a-056; the aside was moved after "and give me the top five": refused)
    assert q("Please rank the French and German companies by last fiscal year's net income, in euros, and give me the "
             "top five.") == "NAME, FF_NET_INC(FY2024) FOR SCREEN(COUNTRY(\"France\") | COUNTRY(\"Germany\")) SORT " \
                             "FF_NET_INC(FY2024) DESC TOP 5 IN EUR"

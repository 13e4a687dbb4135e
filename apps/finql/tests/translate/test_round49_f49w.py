"""Round 49 (f49w): small classes the lead noticed. A yes/no check of a company attribute the data holds (country,
sector, industry, reporting currency) is answered by its field; "just the total" after one company's figures at
several periods is their sum (after several companies' figures it is refused, naming it); relative days, "N quarters
ago" and an order said with "top N" keep their SPEC readings (pinned). Rules alone; every phrasing here is this
file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a yes/no check of a company's country, sector or industry: its field answers it ------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Aurora Computing is Canadian, isn't it?", "COUNTRY FOR AURC"),
    ("Is Aurora Computing listed in Canada?", "COUNTRY FOR AURC"),
    ("Is Aurora Computing a Canadian company?", "COUNTRY FOR AURC"),
    ("Is Aurora Computing headquartered in Canada?", "COUNTRY FOR AURC"),
    ("Aurora Computing's Canadian, right?", "COUNTRY FOR AURC"),
    ("Is AURC Canadian?", "COUNTRY FOR AURC"),
    # (the check holds or not: the field says which; "Apex Medical" is American)
    ("Is Apex Medical American or Canadian?", "COUNTRY FOR APXD"),
    ("Is Apex Medical in Canada or the United States?", "COUNTRY FOR APXD"),
    ("Are Apex Medical and Aurora Computing both American?", "COUNTRY FOR APXD, AURC"),
    ("Is Aurora Computing in the Information Technology sector?", "SECTOR FOR AURC"),
    ("Is Apex Medical a bank?", "INDUSTRY FOR APXD"),
    ("Does First Harbor Bank belong to the banks industry?", "INDUSTRY FOR FHB"),
    ("Lakeside Bancorp is a bank, correct?", "INDUSTRY FOR LAKE"),
    # (with a request after it: the field beside the figures asked)
    ("Cobalt Power is Canadian, isn't it? What was its net income in fiscal 2024?",
     "COUNTRY, FF_NET_INC(FY2024) FOR COBP"),
    ("Is Aurora Computing a Canadian company? What is its P/E today?", "COUNTRY, FG_PE(D0) FOR AURC"),
])
def test_attribute_check_reads_its_field(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    ("Does Apex Medical report in Canadian dollars?", "CURRENCY FOR APXD"),
    ("Does Aurora Computing report in CAD?", "CURRENCY FOR AURC"),
    ("Apex Medical reports in CAD, right?", "CURRENCY FOR APXD"),
    ("Is Apex Medical's currency the euro?", "CURRENCY FOR APXD"),
    ("Is Aurora Computing quoted in Canadian dollars?", "CURRENCY FOR AURC"),
    ("Do Apex Medical and Aurora Computing report in US dollars?", "CURRENCY FOR APXD, AURC"),
    ("Does Aurora Computing report its results in CAD? What was its net income last year?",
     "CURRENCY, FF_NET_INC(FY2024) FOR AURC"),
])
def test_currency_check_reads_the_currency_field(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Is Aurora Computing in the NX100 index?", "index membership"),
    ("Is Apex Medical listed on the NX100?", "index membership"),
    ("Aurora Computing is in the NX100, right?", "index membership"),
])
def test_index_membership_check_is_refused_naming_it(question: str, named: str) -> None:
    msg = refused(question)
    assert named in msg and "nx100" in msg


@pytest.mark.parametrize(("question", "query"), [
    # near misses: a screen over a set; a conversion into a currency; the reporting currency said as context before a
    # request; a field asked by a question word
    ("Are there any Canadian banks with a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Canada"), FG_PE(D0) < 10)'),
    ("Which Canadian companies report in CAD?", 'NAME FOR SCREEN(COUNTRY("Canada"))'),
    ("What was Aurora Computing's net income last year in CAD?", "FF_NET_INC(FY2024) FOR AURC IN CAD"),
    ("Aurora Computing reports in CAD - what was its net income last year?", "FF_NET_INC(FY2024) FOR AURC"),
    ("Which country is Aurora Computing based in?", "COUNTRY FOR AURC"),
])
def test_attribute_check_near_misses_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # near misses that stay refused: a yes/no question of a figure; a set said of a measure or against the set; a
    # quality FinQL has no field for; a check of the currency a figure (not the company) was reported in
    "Is Apex Medical profitable?",
    "Is Ivory Bancorp the largest bank?",
    "Is Ivory Bancorp a bigger bank than Lakeside Bancorp?",
    "Does Aurora Computing have Canadian sales?",
    "Is Aurora Computing a large Canadian company?",
    "Is Apex Medical's biggest rival Canadian?",
    "Does Apex Medical report sales in yen?",
    "Did Apex Medical report in yen in 2020?",
    # (round 39's rule kept: a check the master disagrees with, said before a request, is the asker's wrong premise)
    "Apex Medical is Canadian, right? What is its P/E today?",
])
def test_attribute_check_near_misses_refused(question: str) -> None:
    refused(question)


# --- 2. "just the total" after one company's figures at several periods: their sum ----------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Aurora Computing's sales for FY2022, FY2023 and FY2024, just the total", "SUM(FF_SALES, FY2022, FY2024) FOR AURC"),
    ("Aurora Computing's sales for FY2022, FY2023 and FY2024, only the total, please",
     "SUM(FF_SALES, FY2022, FY2024) FOR AURC"),
    ("Aurora Computing's free cash flow FY2021 through FY2024, just the total", "SUM(FF_FCF, FY2021, FY2024) FOR AURC"),
    ("Aurora Computing's sales in each of the last three years, just give me the total",
     "SUM(FF_SALES, FY2022, FY2024) FOR AURC"),
    ("Aurora Computing's sales for FY2022, FY2023 and FY2024; I only need the total",
     "SUM(FF_SALES, FY2022, FY2024) FOR AURC"),
    ("Apex Medical's capex for FY2020, FY2021 and FY2022, the total only", "SUM(FF_CAPEX, FY2020, FY2022) FOR APXD"),
    ("Aurora Computing's sales for FY2022, FY2023 and FY2024, just the average", "AVG(FF_SALES, FY2022, FY2024) FOR AURC"),
])
def test_total_alone_after_listed_periods_is_their_sum(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Sales of Aurora Computing, Apex Medical and Ashford Metals in FY2024, just the total",
    "Aurora Computing's and Apex Medical's sales for FY2022, FY2023 and FY2024, just the total",
    "Net income of Aurora Computing and Apex Medical for FY2023 and FY2024, only the total please",
])
def test_total_alone_after_several_companies_is_refused_naming_it(question: str) -> None:
    msg = refused(question)
    assert "several companies" in msg and "total" in msg


@pytest.mark.parametrize(("question", "query"), [
    # near misses: the figures and the total beside them; the total said before the figures; "- just the total" (read
    # before this round)
    ("Aurora Computing's sales for FY2022, FY2023 and FY2024, and the total",
     "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024), SUM(FF_SALES, FY2022, FY2024) FOR AURC"),
    ("Total sales of Aurora Computing for FY2022, FY2023 and FY2024", "SUM(FF_SALES, FY2022, FY2024) FOR AURC"),
    ("Aurora Computing's sales for FY2022, FY2023 and FY2024 - just the total please",
     "SUM(FF_SALES, FY2022, FY2024) FOR AURC"),
    ("Aurora Computing's sales for FY2022, FY2023 and FY2024", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR AURC"),
])
def test_total_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. pins: relative days (SPEC 2 and 5), "N quarters ago" (two readings), "top N" with an order ---------------------


@pytest.mark.parametrize(("question", "query"), [
    # SPEC 5 asks as of 2025-01-15: yesterday is 2025-01-14, priced at the last close on or before it (SPEC 2), D0's
    ("What was Aurora Computing's close yesterday?", "P_PRICE(D0) FOR AURC"),
    ("Aurora Computing's closing price yesterday", "P_PRICE(D0) FOR AURC"),
    # sessions counted back from the latest trading day (SPEC 2's D-n)
    ("Aurora Computing's close two sessions ago", "P_PRICE(D-2) FOR AURC"),
    ("Aurora Computing's close two trading days ago", "P_PRICE(D-2) FOR AURC"),
    ("Aurora Computing's close one session before the latest", "P_PRICE(D-1) FOR AURC"),
])
def test_relative_days_pinned(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Aurora Computing's close the day before yesterday",
    "What did Aurora Computing close at last Friday?",
    "Aurora Computing's price the previous session",
    "Aurora Computing's return since yesterday",
])
def test_relative_days_refused(question: str) -> None:
    refused(question)


@pytest.mark.parametrize("question", [
    "Aurora Computing's sales three quarters ago",
    "Aurora Computing's sales 2 quarters back",
    "What was Apex Medical's net income four quarters ago?",
])
def test_quarters_ago_stays_refused_saying_why(question: str) -> None:
    assert "reads two ways" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Show the top 3 banks by market value in ascending order",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) ASC TOP 3 IN USD'),
    ("bottom 3 banks by market value",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) ASC TOP 3 IN USD'),
    ("the 3 smallest banks by market value",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) ASC TOP 3 IN USD'),
])
def test_top_n_ascending_pinned(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "top 3 banks by market value but list them lowest first",
    "the 3 biggest banks by market value in ascending order",
    "the three largest banks by market value, listed from smallest to largest",
])
def test_largest_shown_ascending_refused(question: str) -> None:
    assert "FinQL keeps the first rows" in refused(question)

"""Round 42 (f42s): the SPEC reader's surface — the asker's access described (SPEC 6: the query runs as the principal
who asks, so the words ask for nothing) and the conversion rate said as a rate of a time (SPEC 3). Rules alone; every
phrasing here is this file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. the asker's access described: read as without the words -----------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("I only have the basic data package. What was Falcon Software's net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR FALC"),
    ("We only hold the basic data licence - what is the FY2025 consensus EPS for Northwind Systems?",
     "FE_EPS(FY1) FOR NWSY"),
    ("Logged in as analyst-basic: consensus sales for FY2026 for Cobalt Retail?", "FE_SALES(FY2) FOR COBR"),
    ("I'm signed on with the guest login, so what was Apex Medical's close on 2024-06-28?",
     "P_PRICE(2024-06-28) FOR APXD"),
    ("Without an estimates licence: what were Falcon Software's sales in fiscal 2024?", "FF_SALES(FY2024) FOR FALC"),
    ("We have no estimates add-on - what is the FY2025 consensus EPS for Falcon Software?", "FE_EPS(FY1) FOR FALC"),
    ("I don't have an estimates subscription, but what is the FY2025 consensus EPS for Falcon Software?",
     "FE_EPS(FY1) FOR FALC"),
    ("My account lacks the estimates licence. FY2026 consensus EPS for Northwind Systems?", "FE_EPS(FY2) FOR NWSY"),
    ("Our plan doesn't include estimates, but what is the consensus EPS for fiscal 2025 for Cobalt Retail?",
     "FE_EPS(FY1) FOR COBR"),
    ("I'm not a paying subscriber - what was Cobalt Motors' closing price on 2024-06-28?",
     "P_PRICE(2024-06-28) FOR COBA"),
    ("I'm on the basic plan, so not sure what I can see. What were Ashford Brands' sales in fiscal 2024?",
     "FF_SALES(FY2024) FOR ASHF"),
    ("Unsure whether I am allowed to see it: Falcon Software's EPS for fiscal 2022?", "FF_EPS(FY2022) FOR FALC"),
    ("Acting as a basic user: Falcon Software's FY2025 consensus EPS?", "FE_EPS(FY1) FOR FALC"),
    ("Working as a guest user, I should like to know the P/E of Apex Medical today.", "FG_PE(D0) FOR APXD"),
    ("im on the guest login - Falcon Software close on 2024-06-28?", "P_PRICE(2024-06-28) FOR FALC"),
    ("im on a basic acct, FY2026 consensus sales for Cobalt Retail?", "FE_SALES(FY2) FOR COBR"),
    ("I'm only browsing, and not a paying customer: Apex Medical's net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR APXD"),
])
def test_access_described_asks_for_nothing(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a data set said without a licence's noun is no access: a screen FinQL cannot express, named
    ("Which companies have no estimates for fiscal 2026?", "'no'"),
    ("Which NX100 companies have no consensus sales estimate for FY2025?", "'no'"),
    ("Which utilities had sales above 1000 in fiscal 2024 without any debt?", "'without'"),
    ("Sales of Falcon Software for fiscal 2024, without the estimates.", "'without'"),
    # a role that is no access level
    ("Acting as the chair, I should like to know the current P/E of Bluepeak Renewables.", "'acting'"),
    # "basic" of a measure is no access level
    ("What is the basic EPS of Falcon Software for fiscal 2024?", "'basic'"),
])
def test_near_misses_of_access_stay_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. the conversion rate said as a rate of a time (SPEC 3) ----------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Granite Water's cash at the end of fiscal 2023 and 2024, in US dollars at the respective period-end rates.",
     "FF_CASH(FY2023), FF_CASH(FY2024) FOR GRWT IN USD"),
    ("Granite Water's sales for fiscal 2024 in USD, using the FX rate of the period's end date.",
     "FF_SALES(FY2024) FOR GRWT IN USD"),
    ("Granite Water's net income for fiscal 2023 in US dollars at the exchange rate of each fiscal year end.",
     "FF_NET_INC(FY2023) FOR GRWT IN USD"),
    ("Granite Water's sales for fiscal 2024 in USD (period-end FX).", "FF_SALES(FY2024) FOR GRWT IN USD"),
    ("Which EUROPE index members had fiscal 2024 sales above 50,000 million euros, measuring everyone in euros?",
     "NAME, FF_SALES(FY2024) FOR SCREEN(INDEX(EUROPE), FF_SALES(FY2024) > 50000) IN EUR"),
    ("Which banks had fiscal 2023 net income above 2 billion US dollars, comparing everyone's figures after "
     "conversion to USD?", "NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_NET_INC(FY2023) > 2000) IN USD"),
    ("Granite Water's market cap on 2024-06-28 in USD, converted at that day's rate.",
     "FG_MKT_CAP(2024-06-28) FOR GRWT IN USD"),
    ("Monarch Brewing's total assets at the end of fiscal 2024 in euros, converted at the rate of the period end.",
     "FF_ASSETS(FY2024) FOR MONB IN EUR"),
])
def test_rate_of_a_time_said(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a rate SPEC does not convert at: named, never the period-end figure given as if asked
    ("Granite Water's sales for fiscal 2024 in USD at today's exchange rate.", "exchange rate"),
    ("Granite Water's sales for fiscal 2024 in USD at the average rate for the year.", "rate"),
    # the period's end said of a market cap (SPEC converts it at the price date)
    ("Granite Water's market cap on 2024-06-28 in USD, at the rate of the period's end.", "rate"),
    # no currency asked: nothing to convert
    ("Granite Water's sales for fiscal 2024 at the period-end rate.", "period-end rate"),
    # everyone measured by no currency, or by a measure: no conversion said
    ("Which utilities had net income above 500 million in fiscal 2024, measuring everyone on net margin?",
     "measuring everyone"),
    ("Which utilities had net income above 500 million in fiscal 2024, measuring everyone in their own currency?",
     "measuring everyone"),
    # a measure after "everyone's" is left to be read, never dropped
    ("Which utilities had net income above 500 million in fiscal 2024, comparing everyone's sales in dollars?",
     "everyone's"),
    # a fundamental and a market cap at one rate said of period ends
    ("Granite Water's sales for fiscal 2024 and its market cap today in USD at the respective period-end rates.",
     "respective period-end rates"),
])
def test_rate_near_misses_stay_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 3. a growth compared again with its own base (tune40a's wrong answer, as a class) ---------------------------------


@pytest.mark.parametrize("question", [
    "Ashford Resorts: how much EPS growth (%) does the FY2025 consensus imply over the actual fiscal 2024 EPS?",
    "Cobalt Retail: how much EPS growth does the FY2026 consensus imply over its actual fiscal 2024 EPS?",
    "Northwind Systems: how much sales growth (%) does the FY2025 consensus imply over the actual fiscal 2024 sales?",
])
def test_growth_over_its_own_base_named(question: str) -> None:
    assert "a growth compared again with its own base" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # the growth beside its base as a column of its own: read as before
    ("What is the implied EPS growth from fiscal 2024 to the FY2025 consensus for Ashford Resorts, and the fiscal "
     "2024 EPS?", "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100, FF_EPS(FY2024) FOR ASHR"),
    ("Falcon Software's sales growth from 2023 to 2024, and its 2024 sales",
     "GROWTH(FF_SALES, FY2023, FY2024), FF_SALES(FY2024) FOR FALC"),
])
def test_growth_beside_its_base_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. the balance sheet said again of balance-sheet items (SPEC 1: a year's stock items are its Q4 values) ----------


@pytest.mark.parametrize(("question", "query"), [
    ("Delta Insurance's total assets and total liabilities at the end of fiscal 2024, i.e. the year-end balance sheet.",
     "FF_ASSETS(FY2024), FF_LIABS(FY2024) FOR DELT"),
    ("Delta Insurance's debt and cash at the end of fiscal 2023, i.e. the balance sheet.",
     "FF_DEBT(FY2023), FF_CASH(FY2023) FOR DELT"),
    ("Apex Medical's equity at the end of fiscal 2022 (that is, the year-end balance sheet)",
     "FF_EQUITY(FY2022) FOR APXD"),
    ("What was Delta Insurance's debt to equity in percent, from last year's balance sheet?",
     "FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR DELT"),
    ("What was Delta Insurance's cash on the prior fiscal year's balance sheet?", "FF_CASH(FY2024) FOR DELT"),
])
def test_balance_sheet_said_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a flow, or a price, is no balance-sheet item: the restatement says something else
    ("Delta Insurance's sales in fiscal 2024, i.e. the year-end balance sheet.", "year-end balance sheet"),
    ("Delta Insurance's debt at the end of fiscal 2023 and its P/E today, i.e. the year-end balance sheet.",
     "year-end balance sheet"),
    # the whole balance sheet asked: no item named
    ("Show me Delta Insurance's balance sheet for fiscal 2024", "balance sheet"),
])
def test_balance_sheet_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# --- 5. the unit money is in (SPEC 1: millions) said bare, in brackets or after the currency's code ------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Debt of Falcon Software at the end of fiscal 2024 (millions).", "FF_DEBT(FY2024) FOR FALC"),
    ("Banks where fiscal 2023 debt in EUR is under 80,000 (millions), with the debt in EUR.",
     "NAME, FF_DEBT(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_DEBT(FY2023) < 80000) IN EUR"),
    ("Net cash (cash - debt) last qtr, EUR m: BPE, EMBP", "FF_CASH(FQ0) - FF_DEBT(FQ0) FOR BPE, EMBP IN EUR"),
    ("Falcon Software's sales for fiscal 2024 (USD millions)", "FF_SALES(FY2024) FOR FALC IN USD"),
    ("Apex Medical's free cash flow in fiscal 2023, GBP mn", "FF_FCF(FY2023) FOR APXD IN GBP"),
])
def test_millions_said_bare(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # per-share items and counts are not in millions of money: the unit said of them is named
    ("Falcon Software's EPS for fiscal 2024 (millions)", "millions"),
    ("Falcon Software's employees at the end of fiscal 2024 (millions)", "millions"),
])
def test_millions_of_another_unit_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 6. the unit a volume is counted in, said in brackets (SPEC 2: P_VOLUME counts shares) -----------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Helix Biotherapeutics' volume (number of shares) on 2024-06-28", "P_VOLUME(2024-06-28) FOR HLXB"),
    ("Traded volume (shares traded) of Apex Medical on 2024-03-15", "P_VOLUME(2024-03-15) FOR APXD"),
    ("Helix Biotherapeutics' trading volume (in shares) on 2024-06-28 and its diluted shares at the end of fiscal 2024",
     "P_VOLUME(2024-06-28), FF_SHARES(FY2024) FOR HLXB"),
    # the share count said of its own is still the share count
    ("Helix Biotherapeutics' volume on 2024-06-28 and its number of shares at the end of fiscal 2024",
     "P_VOLUME(2024-06-28), FF_SHARES(FY2024) FOR HLXB"),
])
def test_volume_counted_in_shares(question: str, query: str) -> None:
    assert q(question) == query


# --- 7. the last N periods said by the latest one they end with (SPEC 2: FQ-n, FY-n) -----------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Average quarterly free cash flow of Harbor Freight Lines over the eight fiscal quarters ending with the most "
     "recently reported quarter", "AVG(FF_FCF, FQ-7, FQ0) FOR HFL"),
    ("Harbor Freight Lines' total sales over the four quarters ending with the latest quarter",
     "SUM(FF_SALES, FQ-3, FQ0) FOR HFL"),
    ("Falcon Software's average net income over the three fiscal years ending with the latest one",
     "AVG(FF_NET_INC, FY2022, FY2024) FOR FALC"),
    ("Falcon Software's sales over the three fiscal years up to the most recent fiscal year",
     "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"),
])
def test_last_periods_said_by_their_end(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # quarters said to end with a year, or with a quarter named: not this reading (refused, as before)
    "Harbor Freight Lines' sales over the four quarters ending with the latest fiscal year",
    "Harbor Freight Lines' sales over the four quarters ending with Q2 2024",
])
def test_periods_ending_with_another_kind_refused(question: str) -> None:
    assert refused(question)

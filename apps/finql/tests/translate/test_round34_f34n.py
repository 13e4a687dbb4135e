"""Round 34 (f34n), round 33's noticed list: wrong answers first ("how do these stack up: X's price at ..." read three
returns; a label whose value is a set screened it; "Scope: closing prices." added a price column; "by how many people did
X's sales grow" listed the headcount; "LTM sales now vs FY2023" and "book-to-price (equity over market cap)" an extra
column), then refusals read (a label's dash after a parenthesis, a total said after the measure's company)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# "how do these stack up / compare: <figure at points in time>", "how does X's price stack up at ...": the verb of
# comparing, "do" its auxiliary; the prices at those dates (it was "how did X do": three returns)
PRICES = "P_PRICE(2022-12-31), P_PRICE(2023-12-31), P_PRICE(D0) FOR NWSY"
HOW_COMPARE = [
    ("How do these stack up: Northwind Systems' share price at the end of 2022, 2023 and 2024", PRICES),
    ("How do these compare: Northwind Systems' share price at the end of 2022, 2023 and 2024", PRICES),
    ("How does Northwind Systems' price stack up at the end of 2022, 2023 and 2024?", PRICES),
    ("How do they measure up - Northwind Systems' closing price on 30 June 2024 and on 31 December 2024",
     "P_PRICE(2024-06-30), P_PRICE(D0) FOR NWSY"),
    ("How does Northwind Systems' share price compare at the end of 2023 and 2024?", "P_PRICE(2023-12-31), P_PRICE(D0) FOR NWSY"),
    # near misses: said of a period, the verb is how the stock did (a return); another measure reads as before
    ("How did Northwind Systems' shares stack up in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR NWSY"),
    ("How does Northwind Systems' share price stack up in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR NWSY"),
    ("How do these compare: Northwind Systems' sales in FY2023 and FY2024", "FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
]

# a label whose value is a set, said first: the asker's unit of work, maybe no restriction (refused, naming it); a label
# of a restriction, or the set as the heading itself, restricts
LABEL_SET_REFUSED = [
    ("Workstream: financials. Five companies with the highest expected fiscal 2026 sales", "workstream: financials"),
    ("Workstream: banks. Five companies with the highest expected fiscal 2026 sales", "workstream: banks"),
    ("Project: utilities. Five companies with the highest market cap", "project: utilities"),
    ("Team: energy. Which companies have the highest P/E?", "team: energy"),
]
LABEL_SET_READ = [
    ("Sector: financials. Five companies with the highest expected fiscal 2026 sales",
     'NAME, FE_SALES(FY2) FOR SCREEN(SECTOR("Financials")) SORT FE_SALES(FY2) DESC TOP 5 IN USD'),
    ("Universe: banks. Which companies have the highest P/E?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ("Financials: five companies with the highest expected fiscal 2026 sales",
     'NAME, FE_SALES(FY2) FOR SCREEN(SECTOR("Financials")) SORT FE_SALES(FY2) DESC TOP 5 IN USD'),
    ("Quick one: five utilities with the highest market cap",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD'),
]

# a memo's scope line restates the basis where every measure has it (closes for a return or a price, year-end values
# for balance-sheet items, annual figures for fiscal years); otherwise refused, naming it
SCOPE_READ = [
    # (SPEC section 5: whole calendar months start at the close before them; tune33a's gold writes 2024-04-01)
    ("Request: price return of Solstice Foods for the period 2024-04-01 to 2024-09-30. Scope: closing prices.",
     "P_RETURN(2024-03-31, 2024-09-30) FOR SOLF"),
    ("What was Solstice Foods' share price return in 2024? Scope: closing prices.", "P_RETURN(2023-12-31, 2024-12-31) FOR SOLF"),
    ("Solstice Foods' highest share price in 2024. Basis: closing prices only.", "P_HIGH(2024-01-01, 2024-12-31) FOR SOLF"),
    ("Request: total assets and total liabilities of Kingsbridge Estates for fiscal 2024. Scope: year-end balances only.",
     "FF_ASSETS(FY2024), FF_LIABS(FY2024) FOR KINE"),
    ("Request: capital expenditure of Quarry Power, summed over fiscal 2020 to fiscal 2024. Scope: annual figures.",
     "SUM(FF_CAPEX, FY2020, FY2024) FOR QUPO"),
    ("Request: sales of Solstice Foods for fiscal 2024. Scope: annual figures.", "FF_SALES(FY2024) FOR SOLF"),
]
SCOPE_REFUSED = [
    ("Request: sales of Solstice Foods for fiscal 2024. Scope: closing prices.", "scope: closing prices"),
    ("Request: trading volume of Solstice Foods on 2024-06-28. Scope: closing prices.", "scope: closing prices"),
    ("Request: sales of Solstice Foods for fiscal 2024. Scope: year-end balances only.", "scope: year-end balances only"),
    ("Request: total assets of Kingsbridge Estates for the latest quarter. Scope: year-end balances only.",
     "scope: year-end balances only"),
    ("Request: sales of Solstice Foods for the last four quarters. Scope: annual figures.", "scope: annual figures"),
    ("Request: price return of Solstice Foods for 2024. Scope: intraday prices.", "intraday prices"),
]

# a count of people (shares) as the unit of another measure's move: refused (the headcount was listed beside)
BY_HOW_MANY_REFUSED = [
    ("By how many people did Northwind Systems' sales grow in FY2024?", "by how many people"),
    ("By how many employees has Northwind Systems' net income increased since FY2020?", "by how many employees"),
    ("By how many staff did the revenue of Cobalt Power fall between FY2022 and FY2024?", "by how many staff"),
    ("By how many shares did Cobalt Power's net income rise in FY2024?", "by how many shares"),
]
BY_HOW_MANY_READ = [
    ("By how many people did Northwind Systems' headcount grow in FY2024?", "FF_EMPLOYEES(FY2024) - FF_EMPLOYEES(FY2023) FOR NWSY"),
    ("By how many people did Northwind Systems grow in FY2024?", "FF_EMPLOYEES(FY2024) - FF_EMPLOYEES(FY2023) FOR NWSY"),
    # (a company whose name holds a measure's word names no measure: "Cash", "High")
    ("By how many people did Cash America grow in FY2024?", "FF_EMPLOYEES(FY2024) - FF_EMPLOYEES(FY2023) FOR CASH"),
    ("By how many employees did Sky High Airlines grow in FY2024?", "FF_EMPLOYEES(FY2024) - FF_EMPLOYEES(FY2023) FOR SKY"),
    ("By how many shares did Cobalt Power's share count rise in FY2024?", "FF_SHARES(FY2024) - FF_SHARES(FY2023) FOR COBP"),
]

# "now" right after the LTM figure, before a comparison with another period, restates the LTM (FY2024 was listed too)
LTM_NOW_VS = [
    ("Northwind Systems' LTM sales now vs FY2023", "FF_SALES(LTM), FF_SALES(FY2023) FOR NWSY"),
    ("Northwind Systems' LTM sales now versus fiscal 2022", "FF_SALES(LTM), FF_SALES(FY2022) FOR NWSY"),
    ("Northwind Systems' TTM revenue right now compared to FY2023", "FF_SALES(LTM), FF_SALES(FY2023) FOR NWSY"),
    # near misses: "its sales now" is a figure of its own; "now" with no LTM is the latest year
    ("Northwind Systems' LTM sales and its sales now vs FY2023", "FF_SALES(LTM), FF_SALES(FY2024), FF_SALES(FY2023) FOR NWSY"),
    ("Northwind Systems' sales now vs FY2023", "FF_SALES(FY2024), FF_SALES(FY2023) FOR NWSY"),
    ("Northwind Systems' LTM sales now", "FF_SALES(LTM) FOR NWSY"),
]

# an inverse multiple defined by its own two figures is read once (the quotient was a second column)
INVERSE_DEFINED = [
    ("What is the book-to-price (equity over market cap) of Northwind Systems?", "1 / FG_PB(D0) FOR NWSY"),
    ("Northwind Systems' book-to-price ratio (shareholders' equity divided by market capitalisation)", "1 / FG_PB(D0) FOR NWSY"),
    ("Which banks have the highest book-to-price (equity over market cap)?",
     'NAME, 1 / FG_PB(D0) FOR SCREEN(INDUSTRY("Banks")) SORT 1 / FG_PB(D0) DESC'),
    ("Northwind Systems' book-to-price, defined as equity over market cap", "1 / FG_PB(D0) FOR NWSY"),
    ("What is the earnings yield (EPS over price) of Northwind Systems?", "FF_EPS(LTM) / P_PRICE(D0) * 100 FOR NWSY"),
]
INVERSE_REFUSED = [
    ("What is the book-to-price (sales over market cap) of Northwind Systems?", "sales over market cap"),
    ("What is the book-to-price (FY2022 equity over market cap) of Northwind Systems?", "fy2022 equity over market cap"),
    ("What is the book-to-price (market cap over equity) of Northwind Systems?", "market cap over equity"),
]

# a dash after the parentheses, before the company the question ends with, is a label's dash (it was a minus: refused)
LABEL_DASH = [
    ("Net debt FY24 (debt – cash) — Bluepeak Energy", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR BPE"),
    ("Net debt FY24 (debt minus cash) — Bluepeak Energy", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR BPE"),
    ("Net debt FY2024 (debt - cash) – Cobalt Power", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR COBP"),
    ("Net debt FY24 (debt – cash) - Bluepeak Energy", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR BPE"),
]

# a total (average) said after a comma past the measure's own company binds to it (refused, naming the word)
TOTAL_AFTER_COMPANY = [
    ("capital expenditure of Quarry Power, summed over fiscal 2020 to fiscal 2024", "SUM(FF_CAPEX, FY2020, FY2024) FOR QUPO"),
    ("net income of Quarry Power, combined over fiscal 2021 to fiscal 2023", "SUM(FF_NET_INC, FY2021, FY2023) FOR QUPO"),
    ("sales for Quarry Power, averaged over fiscal 2020 to fiscal 2024", "AVG(FF_SALES, FY2020, FY2024) FOR QUPO"),
]


# a yes/no question about a named company, then the request for the figures that answer it: the request is read, the
# first question's period kept where the request names none (all were refused)
YES_NO_THEN_REQUEST = [
    ("Does Sterling Beverages even pay a dividend? What was the dividend per share in their last fiscal year?",
     "FF_DPS(FY2024) FOR STEB"),
    ("Does Sterling Beverages pay a dividend? Show me its DPS for fiscal 2023 and fiscal 2024.",
     "FF_DPS(FY2023), FF_DPS(FY2024) FOR STEB"),
    ("Did Apex Materials' earnings cover its dividend in FY2024? Show diluted EPS and DPS side by side.",
     "FF_EPS(FY2024), FF_DPS(FY2024) FOR APXM"),
    ("Did Apex Materials' earnings cover its dividend in FY2024? What were its EPS and DPS?",
     "FF_EPS(FY2024), FF_DPS(FY2024) FOR APXM"),
    ("Is Monarch Brewing cheaper than it was a year ago? What did it close at on Jan 2 2024 and what's the latest close?",
     "P_PRICE(2024-01-02), P_PRICE(D0) FOR MONB"),
    ("Is Monarch Brewing more expensive than a year ago? Show its closing price on 2 January 2024 and now.",
     "P_PRICE(2024-01-02), P_PRICE(D0) FOR MONB"),
]
YES_NO_REFUSED = [
    # the request shows another measure, another company, or nothing; a judgement with no measure
    ("Does Sterling Beverages pay a dividend? What were its sales last fiscal year?", "pay a dividend"),
    ("Does Sterling Beverages pay a dividend? What was Apex Materials' dividend per share last fiscal year?", "pay a dividend"),
    ("Is Apex Materials a good buy? What is its P/E?", "good buy"),
]


@pytest.mark.parametrize("question,query", YES_NO_THEN_REQUEST)
def test_yes_no_then_request(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question,named", YES_NO_REFUSED)
def test_yes_no_refused(question: str, named: str) -> None:
    assert named in refused(question)
    assert refused("Does Sterling Beverages pay a dividend? Thanks.")
    # (a change asked after it: the yes/no question may say its unit, "add or cut staff" a count, not the growth in %)
    assert refused("Did Orbital Aerospace hire or cut staff last year? Give me the change in headcount from fiscal 2023 "
                   "to fiscal 2024.")


@pytest.mark.parametrize("question,query", HOW_COMPARE + LABEL_SET_READ + SCOPE_READ + BY_HOW_MANY_READ + LTM_NOW_VS
                         + INVERSE_DEFINED + LABEL_DASH + TOTAL_AFTER_COMPANY)
def test_reads(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question,named", LABEL_SET_REFUSED + SCOPE_REFUSED + BY_HOW_MANY_REFUSED + INVERSE_REFUSED)
def test_refused_naming(question: str, named: str) -> None:
    assert named in refused(question)


def test_near_misses_stay_refused() -> None:
    # two companies summed across rows; a measure said after the point-in-time comparison's figure of another company
    assert "summed" in refused("net income of Quarry Power and Cobalt Power, summed over fiscal 2021 to fiscal 2023")
    assert refused("Net debt FY24 (cash – debt) — Bluepeak Energy")
    # round 36 (f36s: ", compared with" joins a second period to the measure): read as the LTM-now comparison above
    assert q("What are Cobalt Power's trailing twelve month net income currently, compared with FY2023?") == \
        "FF_NET_INC(LTM), FF_NET_INC(FY2023) FOR COBP"

"""Round 30 (f30a): tune30a's classes (a SPEC reader, a wealth manager, a risk officer's checklist, a podcast host),
each read with own wordings: a fixed holiday with its year, "the back (front) half of", "the fiscal year N years ago",
"from 2020 to 2024 fiscal years", "last-FY", "on the year before", "paid out per share in dividends", a wealth
manager's statement or one client said last, a checklist heading ("Market risk flag:", "Leverage check - FHB:") and "flag"
as the request's verb; near misses that stay refused (or now are: a heading's condition the screen does not say)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a holiday on a fixed day of the calendar, with its year: that day
HOLIDAYS = [
    ("What was Falcon Software's closing price on Boxing Day 2023?", "P_PRICE(2023-12-26) FOR FALC"),
    ("How many Umbra Beverages shares traded on New Year's Eve 2023?", "P_VOLUME(2023-12-31) FOR UMBR"),
    ("Keystone Retail's return from Valentine's Day 2023 to Halloween 2023?", "P_RETURN(2023-02-14, 2023-10-31) FOR KEYR"),
    ("Tidewater Pharma close on Christmas Day, 2022?", "P_PRICE(2022-12-25) FOR TIDE"),
]

# the back (front) half of a year: its second (first) half
HALVES = [
    ("How did Keystone Retail do in the front half of 2023?", "P_RETURN(2022-12-31, 2023-06-30) FOR KEYR"),
    ("Umbra Beverages net income for the back half of fiscal 2023?", "SUM(FF_NET_INC, FQ2023Q3, FQ2023Q4) FOR UMBR"),
]

# a fiscal year said by its count back, or years said before "fiscal years"
FISCAL_YEARS = [
    ("Umbra Beverages' capex in the fiscal year four years ago?", "FF_CAPEX(FY2021) FOR UMBR"),
    ("Apex Medical net income in the fiscal year three years ago?", "FF_NET_INC(FY2022) FOR APXD"),
    ("Falcon Software EPS for the 2021 and 2022 fiscal years?", "FF_EPS(FY2021), FF_EPS(FY2022) FOR FALC"),
    ("Falcon Software net income growth from 2019 through 2023 fiscal years?", "GROWTH(FF_NET_INC, FY2019, FY2023) FOR FALC"),
]

# "last-FY", "latest-FY": the latest fiscal year, said as one adjective
LAST_FY = [
    ("Falcon Software's latest-FY net income?", "FF_NET_INC(FY2024) FOR FALC"),
    ("Utilities with last-FY debt/equity above 1.5?",
     'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 1.5)'),
]

# "on the year before" after a change: versus it
ON_THE_YEAR = [
    ("Falcon Software sales growth in FY2023 on the year before?", "GROWTH(FF_SALES, FY2022, FY2023) FOR FALC"),
    ("Health care names that grew sales by more than 6% in FY2024 on the prior year.",
     'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR("Health Care"), GROWTH(FF_SALES, FY2023, FY2024) > 6)'),
]

DIVIDENDS = [
    ("What did Monarch Home Products pay per share in dividends in fiscal 2023?", "FF_DPS(FY2023) FOR MHP"),
    ("How much has Monarch Home Products paid out per share in dividends in fiscal 2023?", "FF_DPS(FY2023) FOR MHP"),
]

# a wealth manager's outlet (a sleeve, a model portfolio, the client's statement) or client said last
OUTLETS = [
    ("Keystone Retail's market cap today in euros for our Paris client.", "FG_MKT_CAP(D0) FOR KEYR IN EUR"),
    ("Net income of Apex Medical in fiscal 2023, for the client's consolidated statement.", "FF_NET_INC(FY2023) FOR APXD"),
    # a place said of the client with its currency asked: converted as asked (as "For UK readers, ..."; round 11 pinned
    # this refused while tune9a's gold, t9a-025, reads it)
    ("For a UK client, what's Brightwater Consulting's market cap in pounds?", "FG_MKT_CAP(D0) FOR BRIC IN GBP"),
    # a pin (read before too, by another rule)
    ("Falcon Software's P/E today, for our conservative client.", "FG_PE(D0) FOR FALC"),
]

# a checklist heading before a colon: the topic of the check (a measure's word among it), the request after it
HEADINGS = [
    ("Sales momentum: software companies with sales growth above 10% in FY2024.",
     'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Software"), GROWTH(FF_SALES, FY2023, FY2024) > 10)'),
    ("Leverage breach: utilities with debt/equity above 1.5 last fiscal year.",
     'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 1.5)'),
    ("Price momentum: banks up more than 10% year to date.",
     'NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, D0) > 10)'),
    ("Earnings trend: Falcon Software net income in FY2023 and FY2024.", "FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR FALC"),
    ("Valuation flag: banks with a P/B above 2 today.", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) > 2)'),
    ("Cash burn warning: software names with negative free cash flow in FY2024.",
     'NAME, FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_FCF(FY2024) < 0)'),
    # pins: a heading with no measure's word was read before (a clause of its own)
    ("Solvency flag: Falcon Software total liabilities as % of total assets, FY2024.",
     "FF_LIABS(FY2024) / FF_ASSETS(FY2024) * 100 FOR FALC"),
    ("Covenant breach: companies whose FY2024 debt exceeded 4x FY2024 operating income.",
     "NAME, FF_DEBT(FY2024), FF_OPER_INC(FY2024) FOR SCREEN(ALL, FF_DEBT(FY2024) > FF_OPER_INC(FY2024) * 4)"),
    # a check's heading with the company set off by a dash, as by "for"
    ("Headcount check - FALC: FY2024.", "FF_EMPLOYEES(FY2024) FOR FALC"),
    ("Cash check -- Apex Medical: latest quarter?", "FF_CASH(FQ0) FOR APXD"),
]

# "flag" as the request's verb, before the companies it picks
FLAG = [
    ("Please flag the banks with a P/B below 1 today.", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 1)'),
    ("Flag names where net income was negative in FY2024.",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(ALL, FF_NET_INC(FY2024) < 0)"),
]


@pytest.mark.parametrize(("question", "query"), HOLIDAYS + HALVES + FISCAL_YEARS + LAST_FY + ON_THE_YEAR + DIVIDENDS
                         + OUTLETS + HEADINGS + FLAG)
def test_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a holiday whose day moves, or one with no year: which day is not said
    ("What was Starlight Motors' price on Thanksgiving 2023?", "thanksgiving"),
    ("What did Falcon Software close at on Christmas Eve?", "christmas eve"),
    ("How did Keystone Retail's shares do in the back half?", "back"),
    # "on the year" is the change over it, no year set against
    ("Falcon Software sales growth on the year?", "year"),
    ("Falcon Software sales on the year before?", "the year before"),
    # a place said of the client or the readers, no currency asked: which currency is not said
    ("Falcon Software's market cap today for our London client.", "london"),
    ("Falcon Software's market cap today for our Tokyo readers.", "tokyo"),
    # a currency's word said of the client, none asked: which currency is not said
    ("For a euro client, what was Falcon Software's revenue in FY2023?", "euro"),
    # a sleeve or a portfolio beside a screen may choose its companies (round 21's home, ``pipeline._purpose``)
    # (round 31, f31n: a sleeve's style, "for the income sleeve", is the purpose, ``pipeline._STYLE``: moved there)
    ("Top three banks by P/B today, for the tech portfolio.", "portfolio"),
    # a heading's condition the screen after it does not say again (it was dropped: a wrong answer before)
    ("Negative FCF flag: utilities with debt/equity above 1.5.", "flag"),
    ("Loss makers box: energy names with negative free cash flow last fiscal year.", "box"),
    ("Negative FCF page: utilities with debt/equity above 1.5.", "page"),
    # a size class in the heading, no size asked after it
    ("Large cap stress: banks' P/B at 2024-06-30 and at latest.", "large cap"),
    # the heading's measure with nothing else asked: not framing
    ("Sales trend: Falcon Software, FY2020 to FY2024.", "trend"),
    # "flag" before a company's figure, or as a noun
    ("Flag Falcon Software's debt.", "flag"),
    ("Red flag companies with negative FCF in FY2024.", "red flag"),
])
def test_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_heading_condition_said_again_is_read() -> None:
    assert q("Loss makers box: energy loss makers in FY2024.") == \
        'NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Energy"), FF_NET_INC(FY2024) < 0)'

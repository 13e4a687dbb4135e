"""Round 21 (f21b): a market-risk manager's date ranges, trading-day windows, highs and lows and calendar-period returns,
and a corporate controller's fiscal quarters, halves, differences and relative periods. Own wording, not the tuning
questions; near misses stay refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the change of a computed figure is its difference between the two ends (it was the figure at each period)
        ("How did Pinnacle Telecom's debt minus cash change between fiscal 2021 and fiscal 2023?",
         "(FF_DEBT(FY2023) - FF_CASH(FY2023)) - (FF_DEBT(FY2021) - FF_CASH(FY2021)) FOR PNTC"),
        ("What was the change in Ember Industries' net debt (total debt less cash) from FY2022 to FY2024?",
         "(FF_DEBT(FY2024) - FF_CASH(FY2024)) - (FF_DEBT(FY2022) - FF_CASH(FY2022)) FOR EMBE"),
    ],
)
def test_change_of_computed_figure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("What was the change in Ember Industries' debt less cash from FY2022 to FY2024, in percent?", "change"),
        ("What was the growth in Ember Industries' debt minus cash from FY2022 to FY2024?", "growth"),
    ],
)
def test_change_of_computed_figure_refused(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "fiscal" said between the ordinal (each) and the period's noun is the year's
        ("Monarch Stores: net income in the second fiscal half of 2023.", "SUM(FF_NET_INC, FQ2023Q3, FQ2023Q4) FOR MONA"),
        ("Northwind Systems operating income in every fiscal quarter of 2023",
         "FF_OPER_INC(FQ2023Q1), FF_OPER_INC(FQ2023Q2), FF_OPER_INC(FQ2023Q3), FF_OPER_INC(FQ2023Q4) FOR NWSY"),
        # the same half of a second year said by the year alone
        ("Zenith Brands: operating income in the second half of fiscal 2021 and 2022.",
         "SUM(FF_OPER_INC, FQ2021Q3, FQ2021Q4), SUM(FF_OPER_INC, FQ2022Q3, FQ2022Q4) FOR ZENI"),
        # a growth's two ends kept for the ranking's key (it was refused when rendered again)
        ("Rank the banks by net income growth in Q3 2024 versus Q3 2023, highest first.",
         "NAME, GROWTH(FF_NET_INC, FQ2023Q3, FQ2024Q3) FOR SCREEN(INDUSTRY(\"Banks\")) "
         "SORT GROWTH(FF_NET_INC, FQ2023Q3, FQ2024Q3) DESC"),
        ("Indigo Semiconductor, Cascade Semiconductor: EPS growth last quarter vs the same quarter a year earlier, "
         "sorted high to low", "GROWTH(FF_EPS, FQ-4, FQ0) FOR INDI, CSMI SORT GROWTH(FF_EPS, FQ-4, FQ0) DESC"),
    ],
)
def test_fiscal_quarters_and_halves(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # a price over a company's fiscal quarters: its own dates, not the calendar's (it was the whole year's return)
        ("Northwind Systems share price return in each quarter of fiscal 2023", "fiscal 2023"),
        ("Northwind Systems high in each fiscal quarter of 2023", "2023"),
        # parts of the balance sheet FinQL lacks, never the whole item ("lease" was a misspelt "please", "current" now)
        ("Harbor Freight Lines' lease liabilities at the end of fiscal 2024", "lease liabilities"),
        ("Harbor Freight Lines' current assets in fiscal 2023", "current assets"),
        ("What were Sky High Airlines' current liabilities last year?", "current liabilities"),
        ("Harbor Freight Lines' tax liabilities", "tax liabilities"),
    ],
)
def test_refused_periods_and_items(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the difference asked beside one measure listed at two periods, the later first
        ("Zenith Brands sales last quarter and the quarter before, and the difference.",
         "FF_SALES(FQ0), FF_SALES(FQ-1), FF_SALES(FQ0) - FF_SALES(FQ-1) FOR ZENI"),
        ("MHP's DPS in FY2024 and FY2023 and the difference between them",
         "FF_DPS(FY2024), FF_DPS(FY2023), FF_DPS(FY2024) - FF_DPS(FY2023) FOR MHP"),
        # "the year after that" counted from "N years ago"
        ("Eastgate Motors net income four years ago and the following year",
         "FF_NET_INC(FY2021), FF_NET_INC(FY2022) FOR EASM"),
        ("Sales of Falcon Software three fiscal years ago and the year after that.",
         "FF_SALES(FY2022), FF_SALES(FY2023) FOR FALC"),
    ],
)
def test_listed_difference_and_year_after(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # the earlier period first: the sign reads two ways
        ("MHP's DPS in FY2023 and FY2024 and the difference", "difference"),
        # no one measure at two periods
        ("Sales of MHP and NWSY in FY2024 and the difference", "difference"),
        ("MHP's DPS and EPS in FY2024 and the difference", "difference"),
    ],
)
def test_listed_difference_refused(question: str, word: str) -> None:
    assert word in refused(question)


def test_count_of_the_set() -> None:
    # a count before the one set named that is its size restates it (Airlines: three companies)
    assert q("Return since the end of June 2024 for all three airlines") == \
        "NAME, P_RETURN(2024-06-30, D0) FOR SCREEN(INDUSTRY(\"Airlines\"))"
    assert q("Market cap of the five Payments companies") == "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY(\"Payments\"))"
    # one that is not the set's size is named (it was dropped: every Payments company answered)
    assert "the two" in refused("Market cap of the two Payments companies")
    assert "four" in refused("P/E of the four airlines")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # months listed short or without commas, the year said once; "monthly" before them says nothing more
        ("falc returns jan, feb & mar 2023",
         "P_RETURN(2022-12-31, 2023-01-31), P_RETURN(2023-01-31, 2023-02-28), P_RETURN(2023-02-28, 2023-03-31) FOR FALC"),
        ("falc monthly highs for jul aug sep 2024",
         "P_HIGH(2024-07-01, 2024-07-31), P_HIGH(2024-08-01, 2024-08-31), P_HIGH(2024-09-01, 2024-09-30) FOR FALC"),
        # "calendar-year" said of the return: the years after it are calendar years
        ("Helix Biotherapeutics calendar-year returns for 2021 and 2022",
         "P_RETURN(2020-12-31, 2021-12-31), P_RETURN(2021-12-31, 2022-12-31) FOR HLXB"),
    ],
)
def test_months_and_calendar_years(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the latest close against a high or a low, said the risk desk's ways
        ("How far below its highest close of 2024 is Vantage Motors' last close, in percent?",
         "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100, P_PRICE(D0) FOR VNTG"),
        ("By what percentage is Falcon Software's current share price under its lowest close of 2024?",
         "(P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 FOR FALC"),
        ("How far has Atlas Mining recovered from its 2023 low to the latest close, in percent?",
         "(P_PRICE(D0) / P_LOW(2023-01-01, 2023-12-31) - 1) * 100 FOR ATLM"),
        ("By how much has Cobalt Motors bounced back from its 2024 low, in percent?",
         "(P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 FOR COBA"),
        # "closest (to the high) first": the distance below the high nearest zero first
        ("Sort the automakers by how far below their 2024 high they are, closest first.",
         "NAME, (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(INDUSTRY(\"Automobiles\")) "
         "SORT (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 DESC"),
        # the latest close as a noun before "to" (not "close to", near), and "last close" is D0
        ("Ratio of Crescent Beverages' last close to its close on 2024-06-28",
         "P_PRICE(D0) / P_PRICE(2024-06-28) FOR CRBV"),
        ("Pinnacle Telecom: ratio of the latest close to its close 20 trading days before",
         "P_PRICE(D0) / P_PRICE(D-20) FOR PNTC"),
        ("Lowest close of QLC over the last 60 trading days, and where it closed on the most recent day.",
         "P_LOW(D-60, D0), P_PRICE(D0) FOR QLC"),
    ],
)
def test_close_against_extremes(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the consensus set against the reported figure by "compare(d) with / to": the expected growth in percent
        ("Falcon Software: how does the FY2026 consensus EPS compare to the FY2024 actual, in percent?",
         "(FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR FALC"),
        ("Northwind Systems' FY2025 consensus sales compared with its FY2024 actual, in percent",
         "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 FOR NWSY"),
    ],
)
def test_consensus_compared_with_actual(question: str, query: str) -> None:
    assert q(question) == query


def test_in_millions_after_an_amount() -> None:
    # "in millions" right after an amount of money beside another measure: the unit FinQL gives it in
    assert q("Falcon Software sales in millions and employees, FY2024") == \
        "FF_SALES(FY2024), FF_EMPLOYEES(FY2024) FOR FALC"
    assert q("Falcon Software net income in millions divided by diluted shares, FY2024") == \
        "FF_NET_INC(FY2024) / FF_SHARES(FY2024) FOR FALC"
    # not of a count, nor of a growth
    assert "millions" in refused("Falcon Software employees in millions")
    assert "millions" in refused("Falcon Software sales growth in millions and employees, FY2024")

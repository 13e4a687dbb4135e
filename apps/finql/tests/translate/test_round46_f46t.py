"""Round 46 (f46t): tune44a's classes (a SPEC reader, a mortgage broker, a museum curator). Each class: the case seen
in tune44a (reworded), phrasings of this file's own, and near misses that must not change. Rules alone."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. an index's members, then ", or anything in" another set: united (they were crossed: a wrong answer) ---------


@pytest.mark.parametrize(("question", "query"), [
    ("TECHX members, or anything in Communication Services, trading at a P/E below 20 today.",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(TECHX) | SECTOR("Communication Services"), FG_PE(D0) < 20)'),
    ("NX100 members, or any company in the Energy sector, with a P/E below 15 today.",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(NX100) | SECTOR("Energy"), FG_PE(D0) < 15)'),
    ("TECHX members or anything in Communication Services trading at a P/E below 20 today.",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(TECHX) | SECTOR("Communication Services"), FG_PE(D0) < 20)'),
    ("EUROPE constituents or anything from Japan", 'NAME FOR SCREEN(INDEX(EUROPE) | COUNTRY("Japan"))'),
    ("TECHX members, or anyone in Financials, with sales above 1000 in FY2024",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDEX(TECHX) | SECTOR("Financials"), FF_SALES(FY2024) > 1000)'),
    # (near misses: "or" said plainly reads as before)
    ("Companies in TECHX or in Communication Services with P/E below 20 today",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(TECHX) | SECTOR("Communication Services"), FG_PE(D0) < 20)'),
    ("Japanese, or German, banks", 'NAME FOR SCREEN(INDUSTRY("Banks") & (COUNTRY("Japan") | COUNTRY("Germany")))'),
    ("banks in Japan, or in Germany", 'NAME FOR SCREEN(INDUSTRY("Banks") & (COUNTRY("Japan") | COUNTRY("Germany")))'),
])
def test_members_or_anything_in(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # an "or" between commas that no rule reads: named, never crossed
    ("TECHX stocks, or those in Communication Services, with P/E below 20 today", "techx stocks, or those"),
    ("TECHX members, or anything in Communication Services or Japan, P/E below 20 today", "techx members, or"),
])
def test_comma_or_unread_named(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 2. "each at its own year-end rate": SPEC 3's rate of a fundamental, said of the company's own year end ----------


@pytest.mark.parametrize(("question", "query"), [
    ("Largest three Japanese names by fiscal 2024 sales, converted to USD, each at its own year-end rate.",
     'NAME, FF_SALES(FY2024) FOR SCREEN(COUNTRY("Japan")) SORT FF_SALES(FY2024) DESC TOP 3 IN USD'),
    ("Fiscal 2023 sales of Apex Materials and Tidewater Pharma in US dollars, each at the FX rate of its own fiscal "
     "year-end date.", "FF_SALES(FY2023) FOR APXM, TIDE IN USD"),
    ("FY2024 net income of Bluepeak Energy in euros, at its own year-end rate", "FF_NET_INC(FY2024) FOR BPE IN EUR"),
    ("FY2024 sales of the Banks in USD, at their own period-end rates",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks")) IN USD'),
])
def test_own_year_end_rate(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a market cap converts at its price date; no currency asked: the rate is of nothing)
    ("Market cap of Bluepeak Energy today in euros, each at its own year-end rate", "year-end rate"),
    ("FY2024 sales of the Banks, each at its own year-end rate", "year-end rate"),
])
def test_own_year_end_rate_named(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 3. a misspelt word of the row order ("highest frist"): the SORT reflects it ------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Debt to equity at the end of last fiscal year for the Airlines, highest frist.",
     'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Airlines")) '
     "SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) DESC"),
    ("Banks by P/E today, lowest frist", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
    ("Software companies by FY2024 net income, most frist",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Software")) SORT FF_NET_INC(FY2024) DESC'),
])
def test_order_word_misspelt(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: the slip where no order is said stays named)
    ("Airlines by FY2024 sales, frist the largest", "frist"),
    ("Net income of the Banks in FY2024, frist", "frist"),
])
def test_order_word_misspelt_named(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 4. "above their highest close of calendar 2023": the year's range, the price today against it ------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which Industrials close today above their highest close of calendar 2023?",
     'NAME, P_PRICE(D0), P_HIGH(2023-01-01, 2023-12-31) FOR SCREEN(SECTOR("Industrials"), '
     "P_PRICE(D0) > P_HIGH(2023-01-01, 2023-12-31))"),
    ("Indigo Semiconductor's highest close of calendar 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR INDI"),
    ("Which Industrials close today below their lowest close of calendar 2022?",
     'NAME, P_PRICE(D0), P_LOW(2022-01-01, 2022-12-31) FOR SCREEN(SECTOR("Industrials"), '
     "P_PRICE(D0) < P_LOW(2022-01-01, 2022-12-31))"),
    ("Which Industrials trade today above their highest close in 2023?",
     'NAME, P_PRICE(D0), P_HIGH(2023-01-01, 2023-12-31) FOR SCREEN(SECTOR("Industrials"), '
     "P_PRICE(D0) > P_HIGH(2023-01-01, 2023-12-31))"),
    ("Which banks trade now below their lowest close of calendar 2022?",
     'NAME, P_PRICE(D0), P_LOW(2022-01-01, 2022-12-31) FOR SCREEN(INDUSTRY("Banks"), '
     "P_PRICE(D0) < P_LOW(2022-01-01, 2022-12-31))"),
    # (near misses: the close of a year is its last day; a price today below an amount reads as before)
    ("Market cap of Indigo Semiconductor at the close of calendar 2021", "FG_MKT_CAP(2021-12-31) FOR INDI"),
    ("Energy stocks that trade below $20 a share", 'NAME, P_PRICE(D0) FOR SCREEN(SECTOR("Energy"), P_PRICE(D0) < 20) IN USD'),
    ("Which Industrials trade today above 20 times earnings?",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Industrials"), FG_PE(D0) > 20)'),
])
def test_above_highest_close_of_year(question: str, query: str) -> None:
    assert q(question) == query


def test_traded_yesterday_above_high_named() -> None:
    assert "traded yesterday" in refused("Which Industrials traded yesterday above their highest close in 2023?").lower()


# --- 5. an era the asker defines by its years right after it; a sum or average said after its span ----------------


@pytest.mark.parametrize(("question", "query"), [
    ("Over what I would call the 'pandemic era' - fiscal 2020 through fiscal 2022, inclusive - what was Sky High "
     "Airlines' net income, summed across those three years?", "SUM(FF_NET_INC, FY2020, FY2022) FOR SKY"),
    ("Sterling Power's dividend per share through the late 2010s (fiscal 2016 to fiscal 2019, both included), averaged "
     "over those years.", "AVG(FF_DPS, FY2016, FY2019) FOR STEP"),
    ("Across the recovery - which, for this purpose, I would date from fiscal 2021 to fiscal 2024 - the compound annual "
     "growth rate of Meridian Hotels' sales.", "CAGR(FF_SALES, FY2021, FY2024) FOR MRDH"),
    ("Average EPS of Falcon Software during the boom years (fiscal 2017 to fiscal 2019)",
     "AVG(FF_EPS, FY2017, FY2019) FOR FALC"),
    ("Sales CAGR of Meridian Hotels over what I'd call the rebound - fiscal 2021 to fiscal 2024 - please",
     "CAGR(FF_SALES, FY2021, FY2024) FOR MRDH"),
    ("Sky High Airlines' net income from fiscal 2020 through fiscal 2022, summed over the 3 years",
     "SUM(FF_NET_INC, FY2020, FY2022) FOR SKY"),
    ("EPS of Falcon Software from FY2019 to FY2024, averaged over those six years", "AVG(FF_EPS, FY2019, FY2024) FOR FALC"),
    ("The average dividend per share of Sterling Power from fiscal 2016 to fiscal 2019, both included",
     "AVG(FF_DPS, FY2016, FY2019) FOR STEP"),
])
def test_era_defined_by_years(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: an era with no years said; years outside the decade named; a count that is not the span's)
    ("Sky High Airlines' total net income over the pandemic era", "pandemic era"),
    ("Sky High Airlines' total net income in the late 2010s", "late 2010s"),
    ("Average DPS of Sterling Power through the early 2020s (fiscal 2016 to fiscal 2019)", "early 2020s"),
    ("Meridian Hotels' sales CAGR across the post-pandemic recovery", "post-pandemic recovery"),
    ("Sky High Airlines' net income from fiscal 2020 through fiscal 2022, summed across those four years", "four years"),
    ("Sky High Airlines' net income in fiscal 2022, summed across those three years", "three years"),
])
def test_era_undefined_named(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 6. corrections: a bare "no" after an ellipsis; a threshold taken back in the next sentence --------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which Energy companies had negative free cash flow in fiscal 2023... no, fiscal 2024?",
     'NAME, FF_FCF(FY2024) FOR SCREEN(SECTOR("Energy"), FF_FCF(FY2024) < 0)'),
    ("Net income of Apex Materials for fiscal 2022... no, fiscal 2023", "FF_NET_INC(FY2023) FOR APXM"),
    ("Sales of Apex Materials in fiscal 2023... no, net income", "FF_NET_INC(FY2023) FOR APXM"),
    ("Which REITs yield over 1%? Actually, make that over 2%.",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("REITs"), FG_DIV_YIELD(D0) > 2)'),
    ("Which of the REITs yield over 1%? Actually, make that over 2 - client's picky about income.",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("REITs"), FG_DIV_YIELD(D0) > 2)'),
    ("Which REITs yield over 1%, make that over 2%?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("REITs"), FG_DIV_YIELD(D0) > 2)'),
])
def test_corrections(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: "no idea" is no correction; a bare "actually" in the next sentence takes nothing back)
    ("Sales of Apex Materials in fiscal 2023... no idea why, but also net income", "no idea"),
    ("Banks with P/E under 10 today. Actually under 12.", "12"),
    ("Top 5 TECHX names by FY2024 sales... scratch that, by FY2024 operating income, in USD.", "scratch"),
])
def test_corrections_named(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 7. ", plus" after the fields asked of companies: the next column -----------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Sector and industry for Quarry Energy Services and Quarry Power, plus FY2023 net income for each.",
     "SECTOR, INDUSTRY, FF_NET_INC(FY2023) FOR QES, QUPO"),
    ("Country of Apex Materials and Falcon Software, plus their FY2024 sales", "COUNTRY, FF_SALES(FY2024) FOR APXM, FALC"),
    ("Industry of Ashford Brands, plus its net income last year", "INDUSTRY, FF_NET_INC(FY2024) FOR ASHF"),
    # (near misses: "plus" between two figures is still their sum)
    ("Cash plus debt of Apex Materials in FY2024", "FF_CASH(FY2024) + FF_DEBT(FY2024) FOR APXM"),
    ("Sector of Apex Materials, plus cash plus debt in FY2024", "SECTOR, FF_CASH(FY2024) + FF_DEBT(FY2024) FOR APXM"),
])
def test_fields_plus_column(question: str, query: str) -> None:
    assert q(question) == query

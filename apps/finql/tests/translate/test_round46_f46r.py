"""Round 46 (f46r): a careful SPEC reader's questions the chain refused though SPEC expresses them, mended by class:
a fiscal period counted from a fiscal label ("the FY before 2023", "the quarter before FQ2024Q3"), "concluded" as
"completed" of the latest period, a range's end said with "until" after its "from" ("from its 2024 peak until
today"), a move asked of the company itself beside a second clause ("how much did X move over ..., and its P/E?"), a
share-price bound with its currency in words and "per share" ("traded above 100 US dollars per share"), the quarters of
a company's fiscal year with the company named between ("the four quarters of X's fiscal 2024"), and "most (least)
leveraged" ranking a leverage ratio the question names. Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a fiscal period counted from a fiscal label ------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was Falcon Software's net income in the FY before 2023?", "FF_NET_INC(FY2022) FOR FALC"),
    ("Debt of Falcon Software in the FY prior to 2022", "FF_DEBT(FY2021) FOR FALC"),
    ("Apex Materials' sales in the FY after 2022?", "FF_SALES(FY2023) FOR APXM"),
    ("What were Falcon Software's sales in the quarter before FQ2024Q3?", "FF_SALES(FQ2024Q2) FOR FALC"),
    ("Net income of Apex Materials in the fiscal quarter before FQ2024Q1?", "FF_NET_INC(FQ2023Q4) FOR APXM"),
    ("Falcon Software's EPS two quarters before FQ2024Q2?", "FF_EPS(FQ2023Q4) FOR FALC"),
    ("Falcon Software's EPS for the fiscal year before 2022 and the quarter before FQ2023Q1?",
     "FF_EPS(FY2021), FF_EPS(FQ2022Q4) FOR FALC"),
])
def test_period_counted_from_a_fiscal_label(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: which quarter of a year, or how many years, is not said)
    ("What were Falcon Software's sales in the quarter before 2024?", "quarter before"),
    ("What were Falcon Software's sales in the quarter before FY2024?", "quarter before"),
    ("Falcon Software's sales in the FYs before 2023?", "fys before"),
])
def test_period_counted_from_a_label_unsaid(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 2. "concluded" as "completed" -----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was Falcon Software's net income in the most recently concluded fiscal quarter?", "FF_NET_INC(FQ0) FOR FALC"),
    ("Show Apex Materials' sales for the last concluded fiscal year.", "FF_SALES(FY2024) FOR APXM"),
    ("Falcon Software's EPS in the latest concluded quarter?", "FF_EPS(FQ0) FOR FALC"),
    ("What were Falcon Software's sales in the just-concluded fiscal year?", "FF_SALES(FY2024) FOR FALC"),
    # (near miss: the older spelling reads as before)
    ("What was Falcon Software's net income in the latest completed fiscal year?", "FF_NET_INC(FY2024) FOR FALC"),
])
def test_concluded_period(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. "from ... until today" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("How far has Falcon Software fallen from its 2024 peak until today?",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR FALC"),
    ("How much has Apex Materials fallen from its 2024 high until now?",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR APXM"),
    ("How much has Apex Materials risen from its 2023 low until today's price?",
     "(P_PRICE(D0) / P_LOW(2023-01-01, 2023-12-31) - 1) * 100 FOR APXM"),
    ("How far has Apex Materials fallen from its 2024 high until the latest close?",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR APXM"),
    ("Apex Materials return from the end of 2023 up until today?", "P_RETURN(2023-12-31, D0) FOR APXM"),
    ("Apex Materials return from the start of 2024 until now?", "P_RETURN(2023-12-31, D0) FOR APXM"),
])
def test_from_until_today(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: the day of a past extreme is no date FinQL has; an "until" with no "from" stays unread)
    ("What was Falcon Software's highest close from its 2024 peak until today?", "highest close"),
    ("What was Falcon Software's return from its 2024 low until today?", "return"),
    ("What was Falcon Software's highest close in 2024 until today?", "until"),
    ("How much has Falcon Software fallen since its 2024 high until today?", "since"),
])
def test_until_unread(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 4. a move asked of the company beside a second clause -----------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("How much did Apex Materials move over the last 20 trading days, and what is its P/E?",
     "P_RETURN(D-20, D0), FG_PE(D0) FOR APXM"),
    ("How much did Apex Materials rise over the last 20 trading days, and what is its P/E?",
     "P_RETURN(D-20, D0), FG_PE(D0) FOR APXM"),
    ("How much did Apex Materials move in 2024, and what is its market cap?",
     "P_RETURN(2023-12-31, 2024-12-31), FG_MKT_CAP(D0) FOR APXM"),
    ("How much did Apex Materials and Falcon Software fall in 2024, and what are their P/Es?",
     "P_RETURN(2023-12-31, 2024-12-31), FG_PE(D0) FOR APXM, FALC"),
    ("How much did Falcon Software drop since March 2024, and what was its FY2024 net income?",
     "P_RETURN(2024-02-29, D0), FF_NET_INC(FY2024) FOR FALC"),
    # (near miss: a measure named after the verb moved, not the stock)
    ("How much did Apex Materials rise in sales in 2024, and what is its P/E?",
     "GROWTH(FF_SALES, FY2023, FY2024), FG_PE(D0) FOR APXM"),
])
def test_company_moved_beside_a_clause(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a company gains, loses, grows money or sales; a move with no period)
    ("How much did Apex Materials gain in 2024, and what is its P/E?", "gain"),
    ("How much did Apex Materials lose in 2024, and what is its P/E?", "lose"),
    ("How much did Apex Materials grow in 2024, and what is its P/E?", "grow"),
    ("How much did Apex Materials move, and what is its P/E?", "move"),
])
def test_company_moved_unread(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 5. a share-price bound with its currency in words and "per share" -----------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which companies traded above 100 US dollars per share at the last close?",
     "NAME, P_PRICE(D0) FOR SCREEN(ALL, P_PRICE(D0) > 100) IN USD"),
    ("Which companies traded above $100 per share at the last close?",
     "NAME, P_PRICE(D0) FOR SCREEN(ALL, P_PRICE(D0) > 100) IN USD"),
    ("Which companies traded above 100 dollars at the last close?",
     "NAME, P_PRICE(D0) FOR SCREEN(ALL, P_PRICE(D0) > 100) IN USD"),
    ("Which stocks trade above 100 per share?", "NAME, P_PRICE(D0) FOR SCREEN(ALL, P_PRICE(D0) > 100)"),
    ("Which NX100 stocks are trading below 50 euros a share today?",
     "NAME, P_PRICE(D0) FOR SCREEN(INDEX(NX100), P_PRICE(D0) < 50) IN EUR"),
])
def test_price_bound_in_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: an amount with a scale is no price a share; a bare number with no unit)
    ("Which companies traded above 100 million dollars at the last close?", "100 million"),
    ("Which companies trade above 5 billion euros?", "5 billion"),
    ("Which companies traded above 100 at the last close?", "above"),
])
def test_price_bound_unread(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 6. the quarters of a company's fiscal year, the company named between --------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Average quarterly EPS across the four quarters of Falcon Software's fiscal 2024",
     "AVG(FF_EPS, FQ2024Q1, FQ2024Q4) FOR FALC"),
    ("Total capex across the four quarters of Apex Materials's fiscal 2023", "SUM(FF_CAPEX, FQ2023Q1, FQ2023Q4) FOR APXM"),
    ("Average net income over all quarters of Falcon Software's FY2022", "AVG(FF_NET_INC, FQ2022Q1, FQ2022Q4) FOR FALC"),
    ("Total capex of Falcon Software over its four quarters of fiscal 2022", "SUM(FF_CAPEX, FQ2022Q1, FQ2022Q4) FOR FALC"),
])
def test_quarters_of_a_company_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a count that is no whole year; no company's name between)
    ("Average EPS across the three quarters of Falcon Software's fiscal 2023", "three quarters"),
    ("Average EPS across the four quarters of the bank's fiscal 2023", "four quarters"),
    ("Average EPS of Falcon Software over its three quarters of fiscal 2022", "three quarters"),
])
def test_quarters_of_a_company_year_unread(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 7. "most (least) leveraged" of a leverage ratio named ------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Debt to assets (%) for the chemicals companies in fiscal 2023, most leveraged first.",
     'NAME, FF_DEBT(FY2023) / FF_ASSETS(FY2023) * 100 FOR SCREEN(INDUSTRY("Chemicals")) '
     'SORT FF_DEBT(FY2023) / FF_ASSETS(FY2023) * 100 DESC'),
    ("Debt to equity for the banks in FY2023, least leveraged first.",
     'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Banks")) SORT FF_DEBT(FY2023) / FF_EQUITY(FY2023) ASC'),
    ("Which 3 utilities are the most leveraged by debt to equity last fiscal year?",
     'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities")) '
     'SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) DESC TOP 3'),
    ("Which utility is the most leveraged by debt to equity at the end of FY2024?",
     'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities")) '
     'SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) DESC TOP 1'),
])
def test_most_leveraged(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: no leverage ratio, another measure, the ratio turned over)
    ("Top 5 most leveraged Industrials for the last fiscal year", "leveraged"),
    ("Top 5 most leveraged Industrials by P/E", "leveraged"),
    ("Equity to debt for the banks in FY2023, most leveraged first.", "leveraged"),
    ("Debt/equity and P/E of the banks, most leveraged first.", "leveraged"),
    ("Debt and equity for the banks in FY2023, most leveraged first.", "leveraged"),
])
def test_most_leveraged_unread(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 8. (already read; kept) a header after the question, set indexes by difference ------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was its net income last year? Re: Falcon Software", "FF_NET_INC(FY2024) FOR FALC"),
    ("What was its P/E today? — regarding Apex Materials", "FG_PE(D0) FOR APXM"),
    ("What were its sales in 2023? -- Subject: Falcon Software", "FF_SALES(FY2023) FOR FALC"),
])
def test_header_after_question(question: str, query: str) -> None:
    assert q(question) == query


def test_index_difference_stays_refused() -> None:
    # SPEC 2's set grammar has "&" and "|" only: no complement of an index
    assert "nx100" in refused("Companies in TECHX but not in the NX100").lower()

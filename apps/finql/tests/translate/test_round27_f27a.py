"""Round 27 (f27a): the classes tune27a showed (a term defined in the question, then used)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a definition said as a sentence of its own before the question, in a lawyer's words, read as "TERM is ..." is
DEFINED_FIRST = [
    ("For our purposes gearing is total debt divided by shareholders' equity. Which utilities had gearing above "
     "1.5 in fiscal 2024?",
     "NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR(\"Utilities\"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 1.5)"),
    ("Take net debt to mean total debt minus cash. What was Falcon Software's net debt in fiscal 2023?",
     "FF_DEBT(FY2023) - FF_CASH(FY2023) FOR FALC"),
    ("Define net cash as cash less debt. Which banks had net cash above zero in fiscal 2024?",
     "NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 0)"),
    ("Gross margin shall mean gross income over sales, in percent. What was Umbra Beverages' gross margin in fiscal 2022?",
     "FF_GROSS_INC(FY2022) / FF_SALES(FY2022) * 100 FOR UMBR"),
    ("Where leverage is defined as debt divided by equity, which Industrials had leverage above 0.8 in fiscal 2024?",
     "NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR(\"Industrials\"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 0.8)"),
    ("Net debt, as I use the term, is debt minus cash. What was Cobalt Motors' net debt in fiscal 2022?",
     "FF_DEBT(FY2022) - FF_CASH(FY2022) FOR COBA"),
    ("Let me define net cash as cash minus debt. Which banks had net cash above zero in fiscal 2024?",
     "NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 0)"),
    ("Book value per share equals equity divided by diluted shares. What was it for Ivory Bancorp in fiscal 2023?",
     "FF_EQUITY(FY2023) / FF_SHARES(FY2023) FOR IVOR"),
]


@pytest.mark.parametrize("question, query", DEFINED_FIRST)
def test_a_definition_said_first_in_other_words(question: str, query: str) -> None:
    assert q(question) == query


# a term no FinQL name means, defined by arithmetic, then said again: the definition in its place
TERM_REPLACED = [
    ("Take 'stretch' to mean total debt divided by equity. Which utilities had stretch above 1.5 in fiscal 2024?",
     "NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR(\"Utilities\"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 1.5)"),
    ("Define headroom as cash minus debt. What was Falcon Software's headroom in fiscal 2024?",
     "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR FALC"),
    ("For this purpose, cushion is cash less debt. Which utilities had a cushion above zero in fiscal 2024?",
     "NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(SECTOR(\"Utilities\"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 0)"),
    ("Price range, as I use the term, is the highest close minus the lowest close over the last 250 trading days. What "
     "is the price range for Quantum Leap Computing?",
     "P_HIGH(D-250, D0) - P_LOW(D-250, D0) FOR QLC"),
    # (the one "it" asked for, where the term is not said again)
    ("Define headroom as cash minus debt. What was it for Falcon Software in fiscal 2024?",
     "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR FALC"),
    ("Take 'stretch' to mean debt divided by equity. Show it for the utilities in fiscal 2024, highest first.",
     "NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR(\"Utilities\")) SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) DESC"),
]


@pytest.mark.parametrize("question, query", TERM_REPLACED)
def test_a_defined_term_is_its_definition(question: str, query: str) -> None:
    assert q(question) == query


# near misses: a definition that is no arithmetic, a term used as an operand, a condition after "where", a comparison
@pytest.mark.parametrize("question, named", [
    ("Take 'quality' to mean a high return on equity and low debt. Which banks were quality names in fiscal 2024?",
     "quality"),
    # (the lead's merge: "Define T as D." puts D where T is said (f27g's rule), so the refusal names D's words)
    ("Define momentum as the strength of recent buying. Which TECHX stocks have momentum?", "strength"),
    ("Define headroom as cash minus debt. What was headroom times 2 for Falcon Software in fiscal 2024?", "headroom"),
    ("Define headroom as cash minus debt. Is it positive for Falcon Software in fiscal 2024?", "headroom"),
])
def test_a_term_not_read_as_arithmetic_is_refused_naming_it(question: str, named: str) -> None:
    assert named in refused(question)


def test_a_condition_after_where_is_no_definition() -> None:
    assert q("Where leverage is above 2, which Industrials had net income below zero in fiscal 2024?") == (
        "NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024), FF_NET_INC(FY2024) FOR SCREEN(SECTOR(\"Industrials\"), "
        "FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 2 AND FF_NET_INC(FY2024) < 0)")


# a spreadsheet analyst's words for the rows: how many (TOP N after the order), which (a set's rows, rows where ...,
# a label, the tickers), "filter to" a set
SPREADSHEET_ROWS = [
    ("Energy rows sorted by FY2024 net income descending, first 10 rows.",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR(\"Energy\")) SORT FF_NET_INC(FY2024) DESC TOP 10 IN USD"),
    ("Banks rows where the P/E today is below 10", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 10)"),
    ("rows with an FY2024 net margin above 20%, NX100 only",
     "NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDEX(NX100), FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 "
     "> 20)"),
    ("Keep only the rows where FY2024 sales growth is above 10%, utilities",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR(\"Utilities\"), GROWTH(FF_SALES, FY2023, FY2024) > 10)"),
    ("Filter down to EUROPE, sort by market cap today in USD descending, top 3 rows",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDEX(EUROPE)) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD"),
    ("rows = APXM and NWSY; columns: FY2024 sales and net income", "FF_SALES(FY2024), FF_NET_INC(FY2024) FOR APXM, NWSY"),
    ("Canadian rows only: FY2024 sales in USD, sorted descending",
     "NAME, FF_SALES(FY2024) FOR SCREEN(COUNTRY(\"Canada\")) SORT FF_SALES(FY2024) DESC IN USD"),
    ("two columns, FY2024 EPS and FY2024 DPS, rows NWSY and FALC", "FF_EPS(FY2024), FF_DPS(FY2024) FOR NWSY, FALC"),
]


@pytest.mark.parametrize("question, query", SPREADSHEET_ROWS)
def test_a_spreadsheets_rows(question: str, query: str) -> None:
    assert q(question) == query


# near misses: rows of anything but companies, a row word after a verb, "in a row", a count of rows with no order
@pytest.mark.parametrize("question, named", [
    ("one row per sector with the average P/E", "row"),
    ("drop rows below 1.5 from the banks' P/E", "rows"),
    ("Which stocks went up 3 days in a row in December 2024?", "row"),
])
def test_rows_of_no_company_or_order_stay_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_a_count_of_rows_with_no_order_stays_refused() -> None:
    assert refused("Show the top 5 rows of TECHX")


# two asks, the second the price now, after a return said by a verb ("how have X and Y moved ..."): both columns
WHERE_NOW = [
    ("How have Cobalt Wind Power and Nimbus Wind Power moved over the past six months, and where do they trade now?",
     "P_RETURN(2024-07-15, D0), P_PRICE(D0) FOR CWP, NWP"),
    ("How has Cobalt Wind Power moved over the past six months, and where does it trade now?",
     "P_RETURN(2024-07-15, D0), P_PRICE(D0) FOR CWP"),
    ("How did Bluepeak Energy perform year to date, and where is it trading now?",
     "P_RETURN(2023-12-31, D0), P_PRICE(D0) FOR BPE"),
    ("How have Bluepeak Energy and Bluepeak Renewables done since June 2024, and where are they now?",
     "P_RETURN(2024-05-31, D0), P_PRICE(D0) FOR BPE, BPR"),
]


@pytest.mark.parametrize("question, query", WHERE_NOW)
def test_where_it_trades_now_after_a_verbs_return(question: str, query: str) -> None:
    assert q(question) == query


def test_where_it_trades_alone_is_the_price() -> None:
    assert q("Where does Bluepeak Energy trade now?") == "P_PRICE(D0) FOR BPE"


# an investor-relations speaker's occasion or audience said first: framing, no words of the query
PODIUM = [
    ("Should the point be raised, what was Falcon Software's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("Should the cash position be queried, what was Cobalt Motors' cash at the end of fiscal 2024?",
     "FF_CASH(FY2024) FOR COBA"),
    ("With a view to the capital markets day, what was Northwind Systems' free cash flow in fiscal 2024?",
     "FF_FCF(FY2024) FOR NWSY"),
    ("So that we may quote it to the press, what is Falcon Software's P/E today?", "FG_PE(D0) FOR FALC"),
    ("For the benefit of the sell side, what dividend per share did Sterling Power pay in fiscal 2024?",
     "FF_DPS(FY2024) FOR STEP"),
    ("It may be put to us that growth has stalled. What was Falcon Software's sales growth from fiscal 2023 to fiscal "
     "2024?", "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
]


@pytest.mark.parametrize("question, query", PODIUM)
def test_a_podium_occasion_said_first(question: str, query: str) -> None:
    assert q(question) == query


# near misses: a measure FinQL lacks in the occasion is never context; a company said only inside it is no framing
@pytest.mark.parametrize("question, named", [
    ("Should we be pressed on EBITDA, what was Falcon Software's operating income in fiscal 2024?", "ebitda"),
    ("In the event an investor enquires how Falcon Software's shares have fared this year, what return ought we to cite?",
     "event"),
])
def test_a_podium_occasion_that_changes_the_query_is_named(question: str, named: str) -> None:
    assert named in refused(question).lower()


# the analysts counted with an adverb, or as "them" after the analysts were said
ANALYSTS = [
    ("How many analysts currently cover Pinnacle Telecom for fiscal 2025?", "FE_NUM(FY1) FOR PNTC"),
    ("How many brokers presently follow Falcon Software for fiscal 2026?", "FE_NUM(FY2) FOR FALC"),
    ("What EPS do analysts expect from Aurora Pharma next year, and how many of them cover it?",
     "FE_EPS(FY1), FE_NUM(FY1) FOR AURP"),
    ("What sales do analysts forecast for Falcon Software in fiscal 2026, and how many of them follow it?",
     "FE_SALES(FY2), FE_NUM(FY2) FOR FALC"),
]


@pytest.mark.parametrize("question, query", ANALYSTS)
def test_analysts_counted_in_other_words(question: str, query: str) -> None:
    assert q(question) == query


def test_them_with_no_analysts_said_stays_refused() -> None:
    assert "cover" in refused("What did Falcon Software earn in 2024 and how many of them cover it?")


# a company speaker's request verb ("Might we state", "Could we set out", "It would be helpful to state")
SPEAKER_REQUESTS = [
    ("Could we state Falcon Software's net income for fiscal 2024?", "FF_NET_INC(FY2024) FOR FALC"),
    ("It would be useful to quote Bluepeak Energy's dividend yield today.", "FG_DIV_YIELD(D0) FOR BPE"),
    ("May we cite the FY2024 sales of Northwind Systems?", "FF_SALES(FY2024) FOR NWSY"),
    ("Could we set out, year by year, Falcon Software's sales for fiscal 2022 and fiscal 2023?",
     "FF_SALES(FY2022), FF_SALES(FY2023) FOR FALC"),
]


@pytest.mark.parametrize("question, query", SPEAKER_REQUESTS)
def test_a_speakers_request_verb(question: str, query: str) -> None:
    assert q(question) == query


def test_a_speakers_yes_no_stays_refused() -> None:
    assert "whether" in refused("Could we state whether Falcon Software's net income rose in fiscal 2024?")


# "the fiscal year (quarter) before the latest one": the one before the latest, as "prior to the latest" is
@pytest.mark.parametrize("question, query", [
    ("Diluted share count of Cascade Semiconductor in the fiscal year before the latest one?", "FF_SHARES(FY2023) FOR CSMI"),
    ("What was Falcon Software's net income in the quarter before the most recent quarter?", "FF_NET_INC(FQ-1) FOR FALC"),
    ("What was Falcon Software's net income in the year before the latest fiscal year?", "FF_NET_INC(FY2023) FOR FALC"),
])
def test_the_period_before_the_latest(question: str, query: str) -> None:
    assert q(question) == query


def test_the_year_before_an_event_stays_refused() -> None:
    assert "pandemic" in refused("What was Falcon Software's net income in the year before the pandemic?")


# two asks in one: the same figure at a second period asked with its own question word; one measure either side of
# two thresholds
TWO_ASKS = [
    ("What were Polar Apparel's sales in FY2024, and what was the figure back in FY2019?",
     "FF_SALES(FY2024), FF_SALES(FY2019) FOR POLA"),
    ("What was Falcon Software's net income in fiscal 2024, and what was the number in fiscal 2020?",
     "FF_NET_INC(FY2024), FF_NET_INC(FY2020) FOR FALC"),
    ("Which banks had a P/E either below 8 or above 15 today?",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), (FG_PE(D0) < 8 OR FG_PE(D0) > 15))"),
    ("Consumer Discretionary companies with an FY2024 operating margin either above 13% or under 5%?",
     "NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(SECTOR(\"Consumer Discretionary\"), "
     "(FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 13 OR FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 < 5))"),
]


@pytest.mark.parametrize("question, query", TWO_ASKS)
def test_two_asks_of_one_figure(question: str, query: str) -> None:
    assert q(question) == query


def test_what_a_company_sells_stays_refused() -> None:
    assert "sell" in refused("What did Polar Apparel sell in FY2024, and what was the figure back in FY2019?")


# "respectively" after the periods of one figure: each period's column, in the order said
@pytest.mark.parametrize("question, query", [
    ("What were Falcon Software's sales in FY2022 and FY2023, respectively?", "FF_SALES(FY2022), FF_SALES(FY2023) FOR FALC"),
    ("What was Falcon Software's net income in fiscal 2021 and in fiscal 2024 respectively?",
     "FF_NET_INC(FY2021), FF_NET_INC(FY2024) FOR FALC"),
    ("What was Northwind Logistics' operating margin, in percent, for fiscal 2023 and for fiscal 2024 respectively?",
     "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR NWLG"),
])
def test_respectively_after_the_periods(question: str, query: str) -> None:
    assert q(question) == query


def test_respectively_pairing_two_lists_stays_refused() -> None:
    assert "respectively" in refused(
        "What were the sales of Falcon Software and Northwind Systems in FY2022 and FY2023 respectively?")


# a spreadsheet's column words: a calendar year said before "calendar-year", a field "plus" a column, "those years",
# the sort key named by "that" and the last word of the measure said before
COLUMN_WORDS = [
    ("What was Falcon Software's 2023 calendar-year share return?", "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"),
    ("Banks: name plus FY2024 net income", "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY(\"Banks\"))"),
    ("Falcon Software's average net income over FY2020-FY2022, and its total DPS across those years?",
     "AVG(FF_NET_INC, FY2020, FY2022), SUM(FF_DPS, FY2020, FY2022) FOR FALC"),
    ("Utilities with FY2024 net margin above 10%, sorted descending by that margin",
     "NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(SECTOR(\"Utilities\"), FF_NET_INC(FY2024) / "
     "FF_SALES(FY2024) * 100 > 10) SORT FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 DESC"),
]


@pytest.mark.parametrize("question, query", COLUMN_WORDS)
def test_column_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "What was Falcon Software's sales in those years?",
    "Banks with FY2024 net income above 500, sorted by that margin",
])
def test_column_words_with_nothing_said_before_stay_refused(question: str) -> None:
    assert refused(question)


# "at year end" after one calendar year: that year's end (a fiscal year's end, or no year said, stays refused)
@pytest.mark.parametrize("question, query", [
    ("How did Falcon Software's shares do in 2023, and what was its market cap at year end?",
     "P_RETURN(2022-12-31, 2023-12-31), FG_MKT_CAP(2023-12-31) FOR FALC"),
    ("What was Falcon Software's return in 2022 and its P/E at year-end?",
     "P_RETURN(2021-12-31, 2022-12-31), FG_PE(2022-12-31) FOR FALC"),
])
def test_at_year_end_after_a_calendar_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "What was Falcon Software's net income in fiscal 2023 and its cash at year end?",
    "What was Falcon Software's P/E at year end?",
])
def test_at_year_end_with_no_calendar_year_stays_refused(question: str) -> None:
    assert "year end" in refused(question)


# "two price columns", "three EPS columns": what the columns hold said between their count and the noun; the count is
# checked against the items as before
@pytest.mark.parametrize("question, query", [
    ("Three EPS columns for FALC: FY2022, FY2023 and FY2024.", "FF_EPS(FY2022), FF_EPS(FY2023), FF_EPS(FY2024) FOR FALC"),
    ("Two sales columns for FALC: FY2023 and FY2024.", "FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"),
])
def test_a_count_of_columns_with_what_they_hold(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Three sales columns for FALC: FY2023 and FY2024.",
    "Two price columns for BPE and BPR: the close on 2023-12-29.",
])
def test_a_count_of_columns_the_query_does_not_have_stays_refused(question: str) -> None:
    assert refused(question)

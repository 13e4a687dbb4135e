"""Round 42 (f42n): round 41's noticed list, wrong answers first — a lower-case word corrected into a ticker, "earn per
share" after another measure, a second object of the workforce cut, quarterly and annual figures in one question, the
growth of quarterly figures between years, a price range from a bare year, the highest (lowest) close ranked, both
directions asked before a figure, "trade relative to earnings", a fiscal year's end of a screen, "closed 2023 up", "include its P/B", "I'd like the growth in %", a past-tense point figure in either order, and a few
plain verbs. Rules alone; every phrasing here is this file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a lower-case word is no slip of a ticker ---------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Falcon Software revenue fiscal 2022, just nosy",
    "Falcon Software sales fiscal 2022, not being nosy",
    "Cobalt Motors net income in 2023 nosy",
])
def test_a_lower_case_word_is_no_slip_of_a_ticker(question: str) -> None:
    assert "nosy" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # (a ticker written in lower case as itself, and a slip written in capitals, are still read)
    ("Falcon Software revenue fiscal 2022, nwsy", "FF_SALES(FY2022) FOR FALC, NWSY"),
    ("Falcon Software revenue fiscal 2022 and NWYS", "FF_SALES(FY2022) FOR FALC, NWSY"),
    ("Falcon Softwre revenue fiscal 2022", "FF_SALES(FY2022) FOR FALC"),
])
def test_tickers_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. "how much operating income did X earn per share": the measure per share -----------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("How much operating income did Falcon Software earn per share",
     "FF_OPER_INC(FY2024) / FF_SHARES(FY2024) FOR FALC"),
    ("How much gross profit did Falcon Software make per share in 2023",
     "FF_GROSS_INC(FY2023) / FF_SHARES(FY2023) FOR FALC"),
    ("How much operating income did the banks earn per share in 2023",
     "NAME, FF_OPER_INC(FY2023) / FF_SHARES(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"))"),
    ("How much capex did Falcon Software make per share", "FF_CAPEX(FY2024) / FF_SHARES(FY2024) FOR FALC"),
    # (near misses: EPS itself, as before)
    ("How much did Falcon Software earn per share", "FF_EPS(FY2024) FOR FALC"),
    ("How much net income did Falcon Software earn per share", "FF_NET_INC(FY2024), FF_EPS(FY2024) FOR FALC"),
    ("How much operating income did Falcon Software earn", "FF_OPER_INC(FY2024) FOR FALC"),
])
def test_earned_per_share_of_a_measure(question: str, query: str) -> None:
    assert q(question) == query


def test_per_share_after_several_measures_is_refused() -> None:
    assert "per share said after several measures" in refused(
        "How much operating income and net income did Falcon Software earn per share")


# --- 4. a second object of the workforce cut ------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Which companies cut their workforce and their dividend",
    "Which companies cut their workforce and their dividend in 2024",
    "Which banks cut their headcount or their capex last year",
    "Did Falcon Software cut its staff and its dividend in 2023?",
])
def test_a_second_object_of_the_cut_names_the_verb(question: str) -> None:
    assert "'cut'" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which companies cut their workforce in 2024",
     "NAME, FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2023) FOR SCREEN(ALL, FF_EMPLOYEES(FY2024) < FF_EMPLOYEES(FY2023))"),
    ("Which companies cut their workforce and had a P/E below 20",
     "NAME, FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2023), FG_PE(D0) FOR SCREEN(ALL, FF_EMPLOYEES(FY2024) < "
     "FF_EMPLOYEES(FY2023) AND FG_PE(D0) < 20)"),
    ("Which companies cut their workforce and their sales fell in 2024",
     "NAME, FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2023), FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(ALL, "
     "FF_EMPLOYEES(FY2024) < FF_EMPLOYEES(FY2023) AND FF_SALES(FY2024) < FF_SALES(FY2023))"),
])
def test_the_workforce_cut_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 8. the quarterly cue said of one measure, "annual" of another ------------------------------------------------

_Q23 = "FF_SALES(FQ2023Q1), FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q4)"


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's quarterly sales in 2023 and its annual sales in 2024", f"{_Q23}, FF_SALES(FY2024) FOR FALC"),
    ("Falcon Software's quarterly sales in 2023 and yearly sales in 2024", f"{_Q23}, FF_SALES(FY2024) FOR FALC"),
    ("Falcon Software's sales in 2024 and its quarterly sales in 2023", f"FF_SALES(FY2024), {_Q23} FOR FALC"),
    ("Falcon Software's quarterly net income in 2024 and its full-year net income in 2023",
     "FF_NET_INC(FQ2024Q1), FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2024Q3), FF_NET_INC(FQ2024Q4), FF_NET_INC(FY2023) "
     "FOR FALC"),
    # (near misses: the cue said of every year, or shared)
    ("Falcon Software's quarterly sales in 2023", f"{_Q23} FOR FALC"),
    ("Falcon Software's quarterly sales in 2023 and 2024",
     f"{_Q23}, FF_SALES(FQ2024Q1), FF_SALES(FQ2024Q2), FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q4) FOR FALC"),
])
def test_annual_beside_quarterly(question: str, query: str) -> None:
    assert q(question) == query


# --- 9. the growth of quarterly figures between fiscal years -----------------------------------------------------


@pytest.mark.parametrize("question", [
    "Falcon Software's quarterly sales growth from 2021 to 2024",
    "Falcon Software's quarterly sales growth in 2024",
    "Falcon Software's sales growth per quarter from 2021 to 2024",
    "quarterly net income CAGR for Falcon Software from 2020 to 2024",
])
def test_quarterly_growth_between_years_is_refused(question: str) -> None:
    assert "growth of quarterly figures between fiscal years" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors: quarterly sales growth, the latest quarter against the one before?",
     "GROWTH(FF_SALES, FQ-1, FQ0) FOR COBA"),
    ("Falcon Software's sales growth from 2021 to 2024", "GROWTH(FF_SALES, FY2021, FY2024) FOR FALC"),
    ("Falcon Software's quarterly sales in 2024 and its net income growth from 2021 to 2024",
     "FF_SALES(FQ2024Q1), FF_SALES(FQ2024Q2), FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q4), "
     "GROWTH(FF_NET_INC, FY2021, FY2024) FOR FALC"),
])
def test_growths_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 11. a price's range from a bare year to the end of another ----------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's lowest close from 2022 to the end of 2023", "P_LOW(2022-01-01, 2023-12-31) FOR FALC"),
    ("Falcon Software's highest close from 2021 until the end of 2023", "P_HIGH(2021-01-01, 2023-12-31) FOR FALC"),
    ("Falcon Software's return from 2022 to the end of 2023", "P_RETURN(2021-12-31, 2023-12-31) FOR FALC"),
    ("How much did Falcon Software's stock gain from 2022 to the end of 2023?",
     "P_RETURN(2021-12-31, 2023-12-31) FOR FALC"),
    ("the banks' lowest close from 2022 to the end of 2024",
     "NAME, P_LOW(2022-01-01, 2024-12-31) FOR SCREEN(INDUSTRY(\"Banks\"))"),
    # (a fundamental's years, as before)
    ("Falcon Software's sales from 2022 to the end of 2023", "FF_SALES(FY2022), FF_SALES(FY2023) FOR FALC"),
])
def test_a_range_from_a_bare_year(question: str, query: str) -> None:
    assert q(question) == query


# --- 10. the highest (lowest) close ranked: plurals, and over a set named after it ---------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("the lowest close among the banks in 2023",
     "NAME, P_LOW(2023-01-01, 2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\")) SORT P_LOW(2023-01-01, 2023-12-31) ASC TOP 1"),
    ("what was the highest share price among the insurers in 2024",
     "NAME, P_HIGH(2024-01-01, 2024-12-31) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT P_HIGH(2024-01-01, 2024-12-31) "
     "DESC TOP 1"),
    ("the highest close of all utilities in 2024",
     "NAME, P_HIGH(2024-01-01, 2024-12-31) FOR SCREEN(SECTOR(\"Utilities\")) SORT P_HIGH(2024-01-01, 2024-12-31) "
     "DESC TOP 1"),
    ("Which utilities had the highest share prices in 2023",
     "NAME, P_HIGH(2023-01-01, 2023-12-31) FOR SCREEN(SECTOR(\"Utilities\")) SORT P_HIGH(2023-01-01, 2023-12-31) DESC"),
    ("Which utilities had the highest closes in 2023",
     "NAME, P_HIGH(2023-01-01, 2023-12-31) FOR SCREEN(SECTOR(\"Utilities\")) SORT P_HIGH(2023-01-01, 2023-12-31) DESC"),
    # (round 40's r40 left this plural named, a form f40n did not read: ranked as its singular is)
    ("Which utilities had the highest share prices over 2024?",
     "NAME, P_HIGH(2024-01-01, 2024-12-31) FOR SCREEN(SECTOR(\"Utilities\")) SORT P_HIGH(2024-01-01, 2024-12-31) DESC"),
    ("the lowest closes of the banks in 2023",
     "NAME, P_LOW(2023-01-01, 2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\")) SORT P_LOW(2023-01-01, 2023-12-31) ASC"),
    # (near misses: each bank's own low, and one company's)
    ("the banks' lowest close in 2023", "NAME, P_LOW(2023-01-01, 2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\"))"),
    ("Falcon Software's highest closes in 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR FALC"),
])
def test_extremes_ranked(question: str, query: str) -> None:
    assert q(question) == query


# --- 7, 15. both directions asked of the company before a figure -------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software up or down in 2024 and its net income growth?",
     "P_RETURN(2023-12-31, 2024-12-31), GROWTH(FF_NET_INC, FY2023, FY2024) FOR FALC"),
    ("Falcon Software up or down in 2024, and its sales growth from 2022 to 2024?",
     "P_RETURN(2023-12-31, 2024-12-31), GROWTH(FF_SALES, FY2022, FY2024) FOR FALC"),
    ("Is Cobalt Motors up or down year to date, and its EPS growth in 2024?",
     "P_RETURN(2023-12-31, D0), GROWTH(FF_EPS, FY2023, FY2024) FOR COBA"),
    ("Was Falcon Software up or down over the last 20 trading days? And what is its P/E?",
     "P_RETURN(D-20, D0), FG_PE(D0) FOR FALC"),
    ("Is Falcon Software up or down in 2024? What is its P/E?", "P_RETURN(2023-12-31, 2024-12-31), FG_PE(D0) FOR FALC"),
])
def test_either_way_before_a_figure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Is Falcon Software up or down? What is its P/E?",  # (no period)
    "Falcon Software: up or down in 2024? And its P/E?",  # (an ellipsis: the P/E up or down too?)
    "Is Falcon Software up in 2024? What is its P/E?",  # (one direction: a yes or no)
])
def test_either_way_still_named(question: str) -> None:
    refused(question)


# --- 12. trading relative to earnings (book) ------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was Falcon Software's return in 2024, and how does it trade relative to earnings now?",
     "P_RETURN(2023-12-31, 2024-12-31), FG_PE(D0) FOR FALC"),
    ("How does Falcon Software trade relative to its book value?", "FG_PB(D0) FOR FALC"),
    ("How did Cobalt Motors trade compared with its earnings at the end of 2023?", "FG_PE(2023-12-31) FOR COBA"),
    ("Which banks trade cheapest relative to earnings?",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) ASC"),
])
def test_trade_relative_to_earnings(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "How does Falcon Software trade relative to earnings growth?",
    "How does Falcon Software trade relative to the market?",
])
def test_trade_relative_to_something_else_stays_refused(question: str) -> None:
    refused(question)


# --- 13. a fiscal period shared by a later past-tense clause; a point figure at a screen's fiscal year end ---------


@pytest.mark.parametrize(("question", "query"), [
    ("Which banks had net income above 100 in fiscal 2022, and had more cash than debt",
     "NAME, FF_NET_INC(FY2022), FF_CASH(FY2022), FF_DEBT(FY2022) FOR SCREEN(INDUSTRY(\"Banks\"), FF_NET_INC(FY2022) > 100 "
     "AND FF_CASH(FY2022) > FF_DEBT(FY2022))"),
    # (the present tense: today's, as before)
    ("Which banks had net income above 100 in fiscal 2022, and have more cash than debt",
     "NAME, FF_NET_INC(FY2022), FF_CASH(FY2024), FF_DEBT(FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), FF_NET_INC(FY2022) > 100 "
     "AND FF_CASH(FY2024) > FF_DEBT(FY2024))"),
    ("Which banks ended fiscal 2022 with more cash than debt and have a P/E below 20 today",
     "NAME, FF_CASH(FY2022), FF_DEBT(FY2022), FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FF_CASH(FY2022) > FF_DEBT(FY2022) "
     "AND FG_PE(D0) < 20)"),
])
def test_fiscal_period_of_a_past_clause(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Which banks ended fiscal 2022 with more cash than debt and a P/E below 20",
    "Which banks had net income above 100 in fiscal 2022, and had a P/E below 20",
    "Which insurers ended fiscal 2023 with debt below 500 and a dividend yield above 3%",
])
def test_point_figure_at_a_screens_fiscal_year_end_refused(question: str) -> None:
    assert "each year ends on its own day" in refused(question)


# --- 3. "closed 2023 up" ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which utilities closed 2023 up",
     "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR(\"Utilities\"), P_RETURN(2022-12-31, 2023-12-31) > 0)"),
    ("Which banks ended 2024 lower",
     "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY(\"Banks\"), P_RETURN(2023-12-31, 2024-12-31) < 0)"),
    ("Which insurers finished calendar 2023 higher",
     "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY(\"Insurance\"), P_RETURN(2022-12-31, 2023-12-31) > 0)"),
    # (the "with" clause today's, as "were up in 2023 with debt below 1000" reads)
    ("Which utilities closed 2023 up with debt below 1000",
     "NAME, P_RETURN(2022-12-31, 2023-12-31), FF_DEBT(FY2024) FOR SCREEN(SECTOR(\"Utilities\"), "
     "P_RETURN(2022-12-31, 2023-12-31) > 0 AND FF_DEBT(FY2024) < 1000)"),
    # (near miss: a price compared, as before)
    ("Which utilities closed 2023 higher than 50",
     "NAME, P_PRICE(2023-12-31) FOR SCREEN(SECTOR(\"Utilities\"), P_PRICE(2023-12-31) > 50)"),
])
def test_closed_the_year_up(question: str, query: str) -> None:
    assert q(question) == query


# --- 16, 17. "include its P/B"; "I'd like the growth in %" ----------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's sales in 2023, and please include its P/B", "FF_SALES(FY2023), FG_PB(D0) FOR FALC"),
    ("Falcon Software's sales in 2023. Please include its P/B.", "FF_SALES(FY2023), FG_PB(D0) FOR FALC"),
    ("What were the banks' sales in 2023? Include their P/E as well.",
     "NAME, FF_SALES(FY2023), FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"))"),
    ("Did Falcon Software's sales grow in 2023? I'd like the growth in %", "GROWTH(FF_SALES, FY2022, FY2023) FOR FALC"),
    ("Did Cobalt Motors' net income fall in 2024? We want the change in percent.",
     "GROWTH(FF_NET_INC, FY2023, FY2024) FOR COBA"),
    ("Did Cobalt Motors' net income fall in 2024? I need to see the percentage change.",
     "GROWTH(FF_NET_INC, FY2023, FY2024) FOR COBA"),
])
def test_requests_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Falcon Software's sales in 2023, and include Cobalt Motors",  # (a company added: left as said)
    "Did Falcon Software's sales grow in 2023? I'd like to know.",  # (still a yes or no)
])
def test_requests_near_misses(question: str) -> None:
    refused(question)


# --- 18. a point figure asked in a past-tense question of its own, either order ---------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What were Falcon Software's sales in 2023, and what was its P/E?",
     "FF_SALES(FY2023), FG_PE(2023-12-31), FG_PE(D0) FOR FALC"),
    ("What was Falcon Software's P/E, and what were its sales in 2023?",
     "FG_PE(D0), FG_PE(2023-12-31), FF_SALES(FY2023) FOR FALC"),
    ("What was Cobalt Motors' net income in fiscal 2022, and what was its share price?",
     "FF_NET_INC(FY2022), P_PRICE(2022-12-31), P_PRICE(D0) FOR COBA"),
    # (near misses: the present tense is today's; one clause shares)
    ("What were Falcon Software's sales in 2023, and what's its P/E?", "FF_SALES(FY2023), FG_PE(D0) FOR FALC"),
    ("What is Falcon Software's P/E, and what were its sales in 2023?", "FG_PE(D0), FF_SALES(FY2023) FOR FALC"),
    ("Falcon Software's sales in 2023 and its P/E", "FF_SALES(FY2023), FG_PE(2023-12-31) FOR FALC"),
])
def test_past_point_figure_both(question: str, query: str) -> None:
    assert q(question) == query


# --- 19. plain verbs -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which companies burned cash in 2022, i.e. negative FCF", "NAME, FF_FCF(FY2022) FOR SCREEN(ALL, FF_FCF(FY2022) < 0)"),
    ("Which utilities were burning cash in fiscal 2023 (negative free cash flow)",
     "NAME, FF_FCF(FY2023) FOR SCREEN(SECTOR(\"Utilities\"), FF_FCF(FY2023) < 0)"),
    ("How much did Falcon Software hand back as dividend in 2023", "FF_DPS(FY2023) FOR FALC"),
    ("How much did Cobalt Motors hand out in dividends last year", "FF_DPS(FY2024) FOR COBA"),
    ("What was Falcon Software's year-end market cap in 2023", "FG_MKT_CAP(2023-12-31) FOR FALC"),
    ("Where did Falcon Software close the year in 2023", "P_PRICE(2023-12-31) FOR FALC"),
])
def test_plain_verbs(question: str, query: str) -> None:
    assert q(question) == query


def test_burning_cash_unexplained_stays_named() -> None:
    assert "burned" in refused("Which companies burned cash in 2022")


# --- 14. kept: "how is it doing now?" names no figure ----------------------------------------------------------------


def test_how_is_it_doing_now_stays_named() -> None:
    assert "how is it doing now" in refused("What did Falcon Software's stock do in 2024, and how is it doing now?")

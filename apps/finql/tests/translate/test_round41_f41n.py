"""Round 41 (f41n): round 40's noticed list, wrong answers first — "all together" with no company named, a point
figure in a later request clause given an earlier clause's period, the day said after a high or low, the stock's loss
or gain beside another measure, "Is X up or down in 2024? What was its net income?", a month as a range's end, the
total of quarters of two years, and "rise or fall" shared to the next measure. Rules alone; every phrasing here is
this file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

NO_COMPANY = "no company or set of companies named"


# --- 1. "all" of an adverb is no company word: a question naming no company is refused, as without the words ----------


@pytest.mark.parametrize("question", [
    "net income from 2020 to 2022 all together",
    "What was net income over the last three years, all together?",
    "operating income from 2021 to 2023, all told",
    "all in all, what were sales in 2023?",
    "What were sales over FY2021-FY2023 in all?",
])
def test_all_of_an_adverb_names_no_company(question: str) -> None:
    assert NO_COMPANY in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' net income from 2020 to 2022 all together", "SUM(FF_NET_INC, FY2020, FY2022) FOR COBA"),
    ("sales from 2021 to 2023 for all",
     "NAME, FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023) FOR SCREEN(ALL)"),
    ("net income of all companies from 2020 to 2022",
     "NAME, FF_NET_INC(FY2020), FF_NET_INC(FY2021), FF_NET_INC(FY2022) FOR SCREEN(ALL)"),
    ("which is the largest of all by sales in 2023",
     "NAME, FF_SALES(FY2023) FOR SCREEN(ALL) SORT FF_SALES(FY2023) DESC TOP 1 IN USD"),
])
def test_all_of_companies_stays_a_screen(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. a point figure in a later clause opened by a request's verb: no period of its own, today's ------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Rank the banks by sales in 2023 and show their P/E",
     "NAME, FF_SALES(FY2023), FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_SALES(FY2023) DESC IN USD"),
    ("Rank the insurers by net income in fiscal 2022, then list their market cap",
     "NAME, FF_NET_INC(FY2022), FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT FF_NET_INC(FY2022) DESC IN USD"),
    ("Sort the utilities by 2023 free cash flow and also give their dividend yield",
     "NAME, FF_FCF(FY2023), FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\")) SORT FF_FCF(FY2023) DESC IN USD"),
    ("What were Cobalt Motors' sales in 2023? Show its share price too.", "FF_SALES(FY2023), P_PRICE(D0) FOR COBA"),
    # (the reverse order, f41w's: the same)
    ("Rank the banks from the highest P/E down, and show their sales in 2023",
     "NAME, FG_PE(D0), FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) DESC"),
])
def test_a_point_figure_in_a_later_request_clause_is_todays(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # a fundamental shares the period (the golds' convention for a period said once)
    ("Rank the banks by sales in 2023 and show their net income",
     "NAME, FF_SALES(FY2023), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_SALES(FY2023) DESC IN USD"),
    # one clause, and a later question in the past tense, share it as before
    ("Rank the banks by sales in 2023 and their P/E",
     "NAME, FF_SALES(FY2023), FG_PE(2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_SALES(FY2023) DESC IN USD"),
    ("Cobalt Motors' sales in 2023 and its P/E", "FF_SALES(FY2023), FG_PE(2023-12-31) FOR COBA"),
    # ((round 42, f42n) the past-tense question gives the P/E then and today: the reverse order read today's)
    ("What were Cobalt Motors' sales in 2023, and what was its P/E?",
     "FF_SALES(FY2023), FG_PE(2023-12-31), FG_PE(D0) FOR COBA"),
    ("What were Cobalt Motors' sales in 2023, and what is its P/E?", "FF_SALES(FY2023), FG_PE(D0) FOR COBA"),
    # a period of its own; a day said of another point figure
    ("Rank the banks by sales in 2023 and show their P/E at the end of 2022",
     "NAME, FF_SALES(FY2023), FG_PE(2022-12-31) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_SALES(FY2023) DESC IN USD"),
    ("Cobalt Motors' share price at the end of 2023, and show its P/E", "P_PRICE(2023-12-31), FG_PE(2023-12-31) FOR COBA"),
])
def test_a_period_shared_where_it_was(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. the day said after a high or low: one check for one company and for "which X had the lowest close" ----------


@pytest.mark.parametrize(("question", "query"), [
    ("which insurer had the highest close at any point in 2024",
     "NAME, P_HIGH(2024-01-01, 2024-12-31) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT P_HIGH(2024-01-01, 2024-12-31) DESC "
     "TOP 1"),
    ("of Cobalt Motors and Eastgate Motors, which had the lowest close at any point in 2023",
     "P_LOW(2023-01-01, 2023-12-31) FOR COBA, EASM SORT P_LOW(2023-01-01, 2023-12-31) ASC TOP 1"),
    ("Cobalt Motors' lowest close at any point in 2023", "P_LOW(2023-01-01, 2023-12-31) FOR COBA"),
    # (a company right after the preposition is no day)
    ("12-month high and low close on Ironclad Insurance?", "P_HIGH(2024-01-15, D0), P_LOW(2024-01-15, D0) FOR ICI"),
    ("the 12-month lowest close at Cobalt Motors", "P_LOW(2024-01-15, D0) FOR COBA"),
])
def test_no_day_said_after_the_extreme_reads_the_range(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("which insurer had the lowest close at the end of 2023", "lowest close at the end of 2023"),
    ("which insurer had the highest close on the last trading day of 2023",
     "highest close on the last trading day of 2023"),
    ("which insurer had the lowest close at the very end of 2023", "lowest close at the very end of 2023"),
    ("Cobalt Motors' lowest close at the very end of 2023", "lowest close at the very end of 2023"),
    ("Cobalt Motors' highest close on the final day of 2024", "highest close on the final day of 2024"),
    # ("by far" is no day, and is not read either: named alone, for a set as for one company)
    ("which insurer had the lowest close by far in 2023", "'by far'"),
])
def test_a_day_said_after_the_extreme_is_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 4. a period said once, asked of two measures in two clauses: both at it (the golds' convention) ------------------


@pytest.mark.parametrize(("question", "query"), [
    ("How many people does Cobalt Motors employ, and how much did it earn in 2023?",
     "FF_EMPLOYEES(FY2023), FF_NET_INC(FY2023) FOR COBA"),
    ("What were Cobalt Motors' sales, and how much debt did it have at the end of fiscal 2022?",
     "FF_SALES(FY2022), FF_DEBT(FY2022) FOR COBA"),
])
def test_a_period_said_once_is_both_fundamentals(question: str, query: str) -> None:
    assert q(question) == query


# --- 5. "Is X up or down in 2024? What was its net income?": the stock's return beside the figure asked anew --------


@pytest.mark.parametrize(("question", "query"), [
    ("Is Cobalt Motors up or down in 2024? What was its net income?",
     "P_RETURN(2023-12-31, 2024-12-31), FF_NET_INC(FY2024) FOR COBA"),
    ("Is Ironclad Insurance up or down in 2023? Show its sales.",
     "P_RETURN(2022-12-31, 2023-12-31), FF_SALES(FY2023) FOR ICI"),
    ("Is Northwind Systems up or down in 2024? What was its net income?",
     "P_RETURN(2023-12-31, 2024-12-31), FF_NET_INC(FY2024) FOR NWSY"),
    # (the figure's own move stays its growth)
    ("Is Cobalt Motors' net income up or down in 2024? What were its sales?",
     "GROWTH(FF_NET_INC, FY2023, FY2024), FF_SALES(FY2024) FOR COBA"),
])
def test_the_company_up_or_down_over_a_period_is_its_return(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Is Cobalt Motors up or down? What was its net income?", "up or down"),  # no period (f39n)
    ("Cobalt Motors: up or down in 2024? And its net income?", "up or down"),  # an ellipsis: its net income's move? (r40)
    ("Is Cobalt Motors up in 2024? What was its net income?", "'up'"),  # one direction: a yes or no (f38m)
    ("Is Cobalt Motors up or down in 2024, and how is it doing now?", "how is it doing now"),  # no figure said (f40n)
])
def test_up_or_down_near_misses_stay_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 6. a month said as the end of a range from a day: its last day -------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' return from the end of 2023 through March 2024", "P_RETURN(2023-12-31, 2024-03-31) FOR COBA"),
    ("What was Ironclad Insurance's share price return from its 2022 close to June 2024?",
     "P_RETURN(2022-12-31, 2024-06-30) FOR ICI"),
    ("How did Cobalt Motors' stock do from the end of 2023 until September 2024?",
     "P_RETURN(2023-12-31, 2024-09-30) FOR COBA"),
    ("Cobalt Motors' highest close from 2024-01-15 through March 2024", "P_HIGH(2024-01-15, 2024-03-31) FOR COBA"),
])
def test_a_month_as_a_ranges_end_is_its_last_day(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Cobalt Motors' return between the end of 2023 and March 2024", "between"),  # its end, or its start?
    ("Cobalt Motors' return from the end of 2023 through fiscal March 2024", "fiscal"),
])
def test_a_month_as_a_ranges_end_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# --- 7. the total of the quarters of two years: each year's and the whole span's -----------------------------------


_QUARTERS = ", ".join(f"FF_SALES(FQ{y}Q{n})" for y in (2023, 2024) for n in range(1, 5))


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' sales each quarter of 2023 and 2024, and the total",
     f"{_QUARTERS}, SUM(FF_SALES, FQ2023Q1, FQ2023Q4), SUM(FF_SALES, FQ2024Q1, FQ2024Q4), "
     "SUM(FF_SALES, FQ2023Q1, FQ2024Q4) FOR COBA"),
    ("Ironclad Insurance's net income for every quarter of fiscal 2022 and 2023, and the average",
     ", ".join(f"FF_NET_INC(FQ{y}Q{n})" for y in (2022, 2023) for n in range(1, 5))
     + ", AVG(FF_NET_INC, FQ2022Q1, FQ2022Q4), AVG(FF_NET_INC, FQ2023Q1, FQ2023Q4), AVG(FF_NET_INC, FQ2022Q1, FQ2023Q4)"
       " FOR ICI"),
    # near misses: one year; no total asked; years apart (no span of consecutive quarters: each year's alone)
    ("Cobalt Motors' sales for each quarter of fiscal 2024, and the full-year total as well",
     ", ".join(f"FF_SALES(FQ2024Q{n})" for n in range(1, 5)) + ", SUM(FF_SALES, FQ2024Q1, FQ2024Q4) FOR COBA"),
    ("Cobalt Motors' sales each quarter of 2023 and 2024", f"{_QUARTERS} FOR COBA"),
    ("Cobalt Motors' sales each quarter of 2022 and 2024, and the total",
     ", ".join(f"FF_SALES(FQ{y}Q{n})" for y in (2022, 2024) for n in range(1, 5))
     + ", SUM(FF_SALES, FQ2022Q1, FQ2022Q4), SUM(FF_SALES, FQ2024Q1, FQ2024Q4) FOR COBA"),
])
def test_the_total_of_two_years_quarters(question: str, query: str) -> None:
    assert q(question) == query


# --- 8. the stock's loss or gain asked how much beside another measure: its return over the period said -----------


@pytest.mark.parametrize(("question", "query"), [
    ("What were Cobalt Motors' sales in 2023, and how much did its stock lose in 2024?",
     "FF_SALES(FY2023), P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
    ("What is Ironclad Insurance's P/E, and how much did its shares gain over the last 20 trading days?",
     "FG_PE(D0), P_RETURN(D-20, D0) FOR ICI"),
    ("Cobalt Motors' net income last year - how much did its stock gain in the first half of 2024?",
     "FF_NET_INC(FY2024), P_RETURN(2023-12-31, 2024-06-30) FOR COBA"),
    ("How much did Cobalt Motors' stock lose in 2024, and what were its sales?",
     "P_RETURN(2023-12-31, 2024-12-31), FF_SALES(FY2024) FOR COBA"),
    ("What were Cobalt Motors' sales in 2023, and how much did its share price drop in 2024?",
     "FF_SALES(FY2023), P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
])
def test_the_stocks_move_asked_how_much_is_its_return(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("What were Cobalt Motors' sales in 2023, and how much did it lose?", "how much did it lose"),  # f41w (9)
    ("What were Cobalt Motors' sales in 2023, and how much did its stock lose?", "how much did its stock lose"),  # no period
    ("What were Cobalt Motors' sales in 2023, and how much did its share count gain in 2024?", "gain"),
    ("How much did Cobalt Motors lose in 2023, and what was its debt?", "how much did cobalt motors lose"),
])
def test_a_loss_not_the_stocks_stays_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 9. "rise or fall" said once: the second word is the first one's move, never the next measure's ----------------


@pytest.mark.parametrize(("question", "query"), [
    ("Did Cobalt Motors' sales rise or fall in 2023? Show its net income.",
     "GROWTH(FF_SALES, FY2022, FY2023), FF_NET_INC(FY2023) FOR COBA"),
    ("Did Cobalt Motors' operating income rise or fall in 2022? What was its debt?",
     "GROWTH(FF_OPER_INC, FY2021, FY2022), FF_DEBT(FY2022) FOR COBA"),
    # (two measures joined share the move, as before)
    ("Did Cobalt Motors' sales and net income rise or fall in 2023?",
     "GROWTH(FF_SALES, FY2022, FY2023), GROWTH(FF_NET_INC, FY2022, FY2023) FOR COBA"),
])
def test_both_directions_are_one_move(question: str, query: str) -> None:
    assert q(question) == query

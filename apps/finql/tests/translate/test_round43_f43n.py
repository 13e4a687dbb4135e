"""Round 43 (f43n): round 42's noticed list, wrong and silent answers first — the last N days said again to be trading
days, millions said of no amount, "all told", a change in percent and in dollars, a ratio labelled in dollars, a second
"which" list after a screen, one quarter read fiscal and calendar, "vs the latest" beside a later point, "a year ago"
set against a quarter, a quarterly cue of one noun phrase, the workforce's second object after a comma, a day beside a
high's range, a point asked of a screen's fiscal year in the past tense, two rankings by two measures. Rules alone;
every phrasing here is this file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. the last N days said again to be trading days: D-N..D0 (SPEC 5); never dropped -----------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' highest close over the last 30 days (trading days only)", "P_HIGH(D-30, D0) FOR COBA"),
    ("Cobalt Motors' highest close over the last 30 days, trading days only", "P_HIGH(D-30, D0) FOR COBA"),
    ("Cobalt Motors' return over the past 10 days (sessions only)", "P_RETURN(D-10, D0) FOR COBA"),
    ("Cobalt Motors' lowest close in the last 20 days (counting trading days only)", "P_LOW(D-20, D0) FOR COBA"),
    ("What was the return of Cobalt Motors over the past ten days, counting only business days?",
     "P_RETURN(D-10, D0) FOR COBA"),
    ("Cobalt Motors' highest close over the last 30 days (weekdays only)", "P_HIGH(D-30, D0) FOR COBA"),
    # (near misses: calendar days as before, and trading days said as such)
    ("Cobalt Motors' highest close over the last 30 days", "P_HIGH(2024-12-16, D0) FOR COBA"),
    ("Cobalt Motors' highest close over the last 30 trading days", "P_HIGH(D-30, D0) FOR COBA"),
])
def test_days_said_to_be_trading_days(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (the bracket said of a span it does not change is named, never dropped as a slip of "pays")
    "Cobalt Motors' highest close in 2023 (trading days only)",
    "Cobalt Motors' highest close over the past month (trading days only)",
    # ((round 44, f44w) "the last 30 days (calendar days)" now reads the calendar span: test_round44_f44w.py)
])
def test_days_never_dropped(question: str) -> None:
    assert "days" in refused(question)


# --- 2. millions said of no amount: named (SPEC 1 gives prices, EPS, ratios in units or percent) --------------------


@pytest.mark.parametrize(("question", "words"), [
    ("Cobalt Motors' close (USD m)", "USD m"),
    ("Cobalt Motors' close (USD mn)", "USD mn"),
    ("Cobalt Motors' EPS in $m for fiscal 2023", "$m"),
    ("Cobalt Motors' P/E, in EUR m", "EUR m"),
    ("Cobalt Motors' close in millions", "millions"),
])
def test_millions_of_no_amount(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' sales (USD m)", "FF_SALES(FY2024) FOR COBA IN USD"),
    ("Cobalt Motors' market cap (USD m)", "FG_MKT_CAP(D0) FOR COBA IN USD"),
    ("Cobalt Motors' close (USD)", "P_PRICE(D0) FOR COBA IN USD"),
    ("Which banks have sales above $500m and a P/E below 10?",
     'NAME, FF_SALES(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > 500 AND FG_PE(D0) < 10) IN USD'),
])
def test_millions_of_an_amount_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. "all told": the total ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' net income from 2020 to 2022, all told", "SUM(FF_NET_INC, FY2020, FY2022) FOR COBA"),
    ("Cobalt Motors' net income over 2020-2022 all told", "SUM(FF_NET_INC, FY2020, FY2022) FOR COBA"),
    ("All told, how much capex did Cobalt Motors spend from fiscal 2021 to fiscal 2023?",
     "SUM(FF_CAPEX, FY2021, FY2023) FOR COBA"),
    ("Cobalt Motors' sales over the last three years, all told", "SUM(FF_SALES, FY2022, FY2024) FOR COBA"),
])
def test_all_told_is_a_total(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' net income in 2020, 2021 and 2022, all told", "SUM(FF_NET_INC, FY2020, FY2022) FOR COBA"),
    # (near misses: said of one period or of no period it says nothing more, the figure as before)
    ("Cobalt Motors' net income in 2022, all told", "FF_NET_INC(FY2022) FOR COBA"),
    ("What did Cobalt Motors earn in 2024, all told?", "FF_NET_INC(FY2024) FOR COBA"),
])
def test_all_told_of_one_period(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. a change in percent and as an amount: both ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' sales growth from 2022 to 2023. Please provide the growth in percent and in dollars",
     "GROWTH(FF_SALES, FY2022, FY2023), FF_SALES(FY2023) - FF_SALES(FY2022) FOR COBA IN USD"),
    ("How much did Cobalt Motors' sales grow from 2022 to 2023, in percent and in dollars?",
     "GROWTH(FF_SALES, FY2022, FY2023), FF_SALES(FY2023) - FF_SALES(FY2022) FOR COBA IN USD"),
    ("Cobalt Motors' sales growth from 2022 to 2023, in percent and in absolute terms",
     "GROWTH(FF_SALES, FY2022, FY2023), FF_SALES(FY2023) - FF_SALES(FY2022) FOR COBA"),
    ("By how much did Apex Materials' net income grow from 2021 to 2023, in EUR and in %?",
     "GROWTH(FF_NET_INC, FY2021, FY2023), FF_NET_INC(FY2023) - FF_NET_INC(FY2021) FOR APXM IN EUR"),
    # (near misses: one unit, one figure)
    ("Apex Materials' sales growth from 2022 to 2023 in dollars", "FF_SALES(FY2023) - FF_SALES(FY2022) FOR APXM IN USD"),
    ("Apex Materials' sales growth from 2022 to 2023 in percent", "GROWTH(FF_SALES, FY2022, FY2023) FOR APXM"),
])
def test_change_in_percent_and_in_dollars(question: str, query: str) -> None:
    assert q(question) == query


def test_change_in_both_units_of_a_ranking_named() -> None:
    assert "in percent and in dollars" in refused("Which banks grew sales the most from 2022 to 2023, in percent and in dollars?")


# --- 5. a currency asked of a ratio, growth or return: SPEC 3 leaves them as they are, so the currency is harmless and
# the reading stands (the lead withdrew round 43's refusal of it: rounds 15, 28, 29, 33 and 38 read it); money read ---


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials' close in dollars", "P_PRICE(D0) FOR APXM IN USD"),
    ("Apex Materials' EPS in 2023 in dollars", "FF_EPS(FY2023) FOR APXM IN USD"),
    ("Apex Materials' sales per employee in 2023 in USD", "FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) FOR APXM IN USD"),
    # (a return in dollars: closes at two dates, each converted at its own: it moves with the currency)
    ("What was Apex Materials' return in US-dollar terms over 2024?",
     "(P_PRICE(2024-12-31) / P_PRICE(2023-12-31) - 1) * 100 FOR APXM IN USD"),
])
def test_money_in_dollars_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 6. a second "which" list after a screen: named, never joined by AND --------------------------------------------


@pytest.mark.parametrize(("question", "words"), [
    ("Which banks have a P/E below 10, and which have net losses?", "and which"),
    ("Which utilities pay a dividend yield above 4%? And which of them have more debt than equity?", "which of them"),
    ("Which insurers had sales above 1000 in 2023; which had a net loss?", "which"),
    ("Which companies cut their workforce, and which had a P/E below 20?", "and which"),
])
def test_second_which_named(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which banks have a P/E below 10 and net losses?",
     'NAME, FG_PE(D0), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND FF_NET_INC(FY2024) < 0)'),
    # (a relative clause, no joint: one screen)
    ("Which banks, which have a P/E below 10, had net losses?",
     'NAME, FG_PE(D0), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND FF_NET_INC(FY2024) < 0)'),
    # (the one list asked after a sentence of context, or asked again: "which ones qualify?")
    ("I am a cautious investor. Which banks have a P/E below 9?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 9)'),
    ("Banks with a P/E below 9 and positive net income; which ones qualify?",
     'NAME, FG_PE(D0), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 9 AND FF_NET_INC(FY2024) > 0)'),
    ("Which banks trade below 9 times earnings? Which are they, cheapest first?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 9) SORT FG_PE(D0) ASC'),
])
def test_one_screen_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 7. one quarter read as fiscal and calendar for a non-December company: named ----------------------------------


@pytest.mark.parametrize("question", [
    "Apex Materials' sales and share price return in Q3 2023",
    "Apex Materials' net income in Q3 2023 and its close at the end of that quarter",
    "Apex Materials' net income in the third quarter of 2023 and its highest close in that quarter",
])
def test_one_quarter_two_ways_named(question: str) -> None:
    assert "which quarter is not said" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # (a December year: the two the same)
    ("Cobalt Motors' net income in Q3 2023 and its close at the end of that quarter",
     "FF_NET_INC(FQ2023Q3), P_PRICE(2023-09-30) FOR COBA"),
    # (each measure alone, or the kind said: the rule)
    ("Apex Materials' return in Q3 2023", "P_RETURN(2023-06-30, 2023-09-30) FOR APXM"),
    ("Apex Materials' sales in Q3 2023", "FF_SALES(FQ2023Q3) FOR APXM"),
    ("Apex Materials' sales in fiscal Q3 2023 and its return in calendar Q3 2023",
     "FF_SALES(FQ2023Q3), P_RETURN(2023-06-30, 2023-09-30) FOR APXM"),
])
def test_quarter_of_its_measure(question: str, query: str) -> None:
    assert q(question) == query


# --- 8 / 12. "vs the latest" beside a later point figure; a day beside a high's range -------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' price at the end of 2023 vs the latest, and its P/E",
     "P_PRICE(2023-12-31), P_PRICE(D0), FG_PE(D0) FOR COBA"),
    ("Cobalt Motors' price at the end of 2023 vs the current, and its P/E",
     "P_PRICE(2023-12-31), P_PRICE(D0), FG_PE(D0) FOR COBA"),
    ("Apex Medical's share price on 2024-03-28 compared with the latest, and its market cap",
     "P_PRICE(2024-03-28), P_PRICE(D0), FG_MKT_CAP(D0) FOR APXD"),
    # (near miss: "latest" as another figure's adjective)
    ("Cobalt Motors' price at the end of 2023 vs the latest quarter's EPS", "P_PRICE(2023-12-31), FF_EPS(FQ0) FOR COBA"),
])
def test_versus_the_latest_beside_a_point(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [
    ("Cobalt Motors' lowest close in 2022 and at the end of 2023", "at the end of 2023"),
    ("Cobalt Motors' highest close in 2021 and by the end of 2023", "by the end of 2023"),
])
def test_day_beside_a_range_named(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' lowest close in 2022 and in 2023",
     "P_LOW(2022-01-01, 2022-12-31), P_LOW(2023-01-01, 2023-12-31) FOR COBA"),
    ("Cobalt Motors' highest close in 2023 and in the first half of 2024",
     "P_HIGH(2023-01-01, 2023-12-31), P_HIGH(2024-01-01, 2024-06-30) FOR COBA"),
])
def test_ranges_listed_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 9. "a year ago" set against one quarter: that quarter a year back ----------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' net income last quarter vs a year ago", "FF_NET_INC(FQ0), FF_NET_INC(FQ-4) FOR COBA"),
    ("Cobalt Motors' sales in the latest quarter compared with a year ago", "FF_SALES(FQ0), FF_SALES(FQ-4) FOR COBA"),
    ("Cobalt Motors' sales growth last quarter vs a year ago", "GROWTH(FF_SALES, FQ-4, FQ0) FOR COBA"),
    ("Cobalt Motors' EPS in Q3 2024 versus two years ago", "FF_EPS(FQ2024Q3), FF_EPS(FQ2022Q3) FOR COBA"),
    ("Cobalt Motors' sales in the quarter before last against a year ago", "FF_SALES(FQ-1), FF_SALES(FQ-5) FOR COBA"),
    # (near misses: "a year ago" alone is FY2024 (SPEC 5); a list is left as it reads)
    ("Cobalt Motors' net income a year ago", "FF_NET_INC(FY2024) FOR COBA"),
    # ((round 44, f44w) the list now reads the quarter two years back, as round 43's noticed list asked)
    ("Cobalt Motors' sales last quarter and two years ago", "FF_SALES(FQ0), FF_SALES(FQ-8) FOR COBA"),
])
def test_year_ago_of_a_quarter(question: str, query: str) -> None:
    assert q(question) == query


# --- 10. a quarterly cue of one noun phrase ---------------------------------------------------------------------------

_Q23 = "FF_SALES(FQ2023Q1), FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q4)"


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' quarterly sales in 2023 and its net income in 2024", f"{_Q23}, FF_NET_INC(FY2024) FOR COBA"),
    ("Cobalt Motors' quarterly sales in 2023 and net income in 2024", f"{_Q23}, FF_NET_INC(FY2024) FOR COBA"),
    ("Cobalt Motors' net income in 2024 and its quarterly sales in 2023", f"FF_NET_INC(FY2024), {_Q23} FOR COBA"),
    ("Cobalt Motors' quarterly EPS for fiscal 2022, and its free cash flow for fiscal 2024",
     "FF_EPS(FQ2022Q1), FF_EPS(FQ2022Q2), FF_EPS(FQ2022Q3), FF_EPS(FQ2022Q4), FF_FCF(FY2024) FOR COBA"),
    # (near misses: one period after both, or the cue said of each)
    ("Cobalt Motors' quarterly sales and net income in 2023",
     f"{_Q23}, FF_NET_INC(FQ2023Q1), FF_NET_INC(FQ2023Q2), FF_NET_INC(FQ2023Q3), FF_NET_INC(FQ2023Q4) FOR COBA"),
    ("Cobalt Motors' quarterly sales in 2023 and its quarterly net income in 2024",
     f"{_Q23}, FF_NET_INC(FQ2024Q1), FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2024Q3), FF_NET_INC(FQ2024Q4) FOR COBA"),
])
def test_quarterly_cue_of_one_noun_phrase(question: str, query: str) -> None:
    assert q(question) == query


# --- 11. the workforce's second object after a comma ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "words"), [
    ("Which companies cut their workforce, and their dividend", "cut"),
    ("Which banks reduced their headcount, and also their dividend, in 2024?", "reduced"),
    ("Which companies cut their workforce, or their capex?", "cut"),
])
def test_second_object_after_a_comma_named(question: str, words: str) -> None:
    assert words in refused(question)


def test_workforce_cut_with_a_clause_after_a_comma_read() -> None:
    assert q("Which companies cut their workforce, and had a P/E below 20") == (
        "NAME, FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2023), FG_PE(D0) FOR SCREEN(ALL, FF_EMPLOYEES(FY2024) < "
        "FF_EMPLOYEES(FY2023) AND FG_PE(D0) < 20)")


# --- 12. a point asked in the past tense of a screen's fiscal year --------------------------------------------------


@pytest.mark.parametrize("question", [
    "Which bank sat on the most cash in fiscal 2023 and what was its P/E?",
    "Which utility had the highest sales in fiscal 2022 and what was its market cap?",
])
def test_past_point_of_a_screens_fiscal_year_named(question: str) -> None:
    assert "ends on no one day" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which bank had the most cash in fiscal 2023, and what is its P/E?",
     'NAME, FF_CASH(FY2023), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FF_CASH(FY2023) DESC TOP 1 IN USD'),
    ("What were Apex Materials' sales in fiscal 2023, and what was its P/E?",
     "FF_SALES(FY2023), FG_PE(2023-09-30), FG_PE(D0) FOR APXM"),
])
def test_present_point_or_named_company_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 13. two rankings by two measures: the right message --------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Which company had both the highest close and the highest P/E",
    "Which bank had both the highest sales and the highest net income in 2023?",
    "Which bank had the highest sales and the lowest P/E?",
])
def test_two_rankings_by_two_measures(question: str) -> None:
    assert "by two measures" in refused(question)


@pytest.mark.parametrize("question", [
    "Which utility has the highest and the lowest share price in 2024?",
    "Which company had the highest close and the lowest close in 2023?",
])
def test_both_ends_of_one_ranking(question: str) -> None:
    assert "both ends of a ranking" in refused(question)

"""Round 45 (f45p): the careful SPEC reader's refusals — a growth's verb said before both its ends with the screen's
bound before the base period, two spans counted back from today in one expression, and a measure's own period in
brackets between it and its comparison. Rules alone; every phrasing here is this file's own (none from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

_BANKS_G = "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), GROWTH(FF_SALES, FY2023, FY2024) {}) "

# --- 1. the growth's verb before both ends, the bound between the later end and the base (SPEC 2's GROWTH) --------------

@pytest.mark.parametrize(("question", "query"), [
    ("Which banks grew fiscal 2024 sales by more than 5% over fiscal 2023?", _BANKS_G.format("> 5").strip()),
    ("Which banks grew their fiscal 2024 sales by more than 5% versus fiscal 2023?", _BANKS_G.format("> 5").strip()),
    ("Which banks grew sales in fiscal 2024 by more than 5% over fiscal 2023?", _BANKS_G.format("> 5").strip()),
    ("Which banks grew fiscal 2024 sales by more than 5% on fiscal 2023?", _BANKS_G.format("> 5").strip()),
    ("Which banks increased fiscal 2024 net income by more than 10% compared with fiscal 2023?",
     "NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), GROWTH(FF_NET_INC, FY2023, FY2024) > 10)"),
    ("Which airlines grew sales in the latest quarter by more than 5% versus the same quarter a year earlier?",
     "NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(INDUSTRY(\"Airlines\"), GROWTH(FF_SALES, FQ-4, FQ0) > 5)"),
    ("Which banks had fiscal 2024 sales growth of more than 5% over fiscal 2023?", _BANKS_G.format("> 5").strip()),
    ("Which banks had sales growth in fiscal 2024 of more than 5% over fiscal 2023?", _BANKS_G.format("> 5").strip()),
    ("Which banks posted growth in fiscal 2024 net income of at least 10% versus fiscal 2023?",
     "NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), GROWTH(FF_NET_INC, FY2023, FY2024) >= 10)"),
])
def test_growth_verb_before_both_ends(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks grew fiscal 2024 sales 5% over fiscal 2023?", "fiscal 2023"),  # no comparison: a bound or a figure?
    ("Which banks grew fiscal 2024 sales by more than 5% over fiscal 2023 and fiscal 2022?", "fiscal 2023 and fiscal 2022"),
    ("Which banks had fiscal 2024 sales growth of 5% over fiscal 2023?", "fiscal 2023"),
    ("Which banks grew fiscal 2024 sales by more than 500 million over fiscal 2023?", "500 million"),
])
def test_near_misses_of_the_verb_before_both_ends(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. two spans counted back from today in one expression (SPEC 5's "the last N trading days") -----------------------

@pytest.mark.parametrize(("question", "query"), [
    ("What is Bluepeak Renewables' return over the last 250 trading days minus its return over the last 20 trading days?",
     "P_RETURN(D-250, D0) - P_RETURN(D-20, D0) FOR BPR"),
    ("Bluepeak Renewables: return over the last 60 trading days minus return over the last 10 trading days.",
     "P_RETURN(D-60, D0) - P_RETURN(D-10, D0) FOR BPR"),
    ("Which companies had a return over the last 250 trading days above their return over the last 20 trading days?",
     "NAME, P_RETURN(D-250, D0), P_RETURN(D-20, D0) FOR SCREEN(ALL, P_RETURN(D-250, D0) > P_RETURN(D-20, D0))"),
    ("What is Apex Materials' return over the past 12 months minus its return over the past 3 months?",
     "P_RETURN(2024-01-15, D0) - P_RETURN(2024-10-15, D0) FOR APXM"),
])
def test_two_spans_back_from_today(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("What was Apex Materials' 10-day low in March 2024?", "10-day low in March"),
    ("What was Apex Materials' 52-week closing high in 2023?", "52-week closing high in 2023"),
    ("Apex Materials' 20-day return in fiscal 2023", "20-day return in fiscal"),
])
def test_span_of_another_period_still_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 3. the measure's own period in brackets before its comparison (SPEC 3's screen conditions) ------------------------

@pytest.mark.parametrize(("question", "query"), [
    ("Which Materials companies have a P/E (today) below 14?",
     "NAME, FG_PE(D0) FOR SCREEN(SECTOR(\"Materials\"), FG_PE(D0) < 14)"),
    ("Which Materials companies have a P/E (as of today) below 14?",
     "NAME, FG_PE(D0) FOR SCREEN(SECTOR(\"Materials\"), FG_PE(D0) < 14)"),
    ("Which Materials companies have a dividend yield (on 2024-06-30) above 3%?",
     "NAME, FG_DIV_YIELD(2024-06-30) FOR SCREEN(SECTOR(\"Materials\"), FG_DIV_YIELD(2024-06-30) > 3)"),
    ("Which Materials companies had sales (in fiscal 2024) above 5000?",
     "NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR(\"Materials\"), FF_SALES(FY2024) > 5000)"),
    ("Which banks had net income (for the last twelve months) above 1000?",
     "NAME, FF_NET_INC(LTM) FOR SCREEN(INDUSTRY(\"Banks\"), FF_NET_INC(LTM) > 1000)"),
    ("Which banks had a return (over the last 20 trading days) above 5%?",
     "NAME, P_RETURN(D-20, D0) FOR SCREEN(INDUSTRY(\"Banks\"), P_RETURN(D-20, D0) > 5)"),
    ("Which Materials companies have a P/E (today) below 14 and sales (fiscal 2024) above 5000?",
     "NAME, FG_PE(D0), FF_SALES(FY2024) FOR SCREEN(SECTOR(\"Materials\"), FG_PE(D0) < 14 AND FF_SALES(FY2024) > 5000)"),
])
def test_own_period_in_brackets(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which Materials companies have a P/E (today vs 2023) below 14?", "below"),  # two periods in the brackets
    ("Which Materials companies have a market cap (in euros) above 5000?", "above"),  # no period: a currency
    ("Which Materials companies have a P/E (today, diluted) below 14?", "diluted"),
])
def test_near_misses_of_brackets(question: str, named: str) -> None:
    assert named in refused(question)


# --- 4. a growth's base said before its bound: "over fiscal 2023 of (by) more than 10%" (SPEC 2's GROWTH) -------------

@pytest.mark.parametrize(("question", "query"), [
    ("Which companies had sales growth in fiscal 2024 over fiscal 2023 of more than 10%?",
     "NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(ALL, GROWTH(FF_SALES, FY2023, FY2024) > 10)"),
    ("Which companies had sales growth in the latest quarter over the same quarter a year earlier of more than 10%?",
     "NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(ALL, GROWTH(FF_SALES, FQ-4, FQ0) > 10)"),
    ("Which banks grew sales in fiscal 2024 over fiscal 2023 by more than 10%?", _BANKS_G.format("> 10").strip()),
    ("Which banks grew fiscal 2024 sales versus fiscal 2023 by at least 5%?", _BANKS_G.format(">= 5").strip()),
    ("Which banks had net income growth in fiscal 2024 versus fiscal 2023 of less than -10%?",
     "NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), GROWTH(FF_NET_INC, FY2023, FY2024) < -10)"),
    # as before: "over" a bound is the comparison; "over fiscal 2023" alone is the growth during that year
    ("Which banks had sales growth in fiscal 2024 over 10%?", _BANKS_G.format("> 10").strip()),
    ("Which banks had sales growth over fiscal 2023 of more than 10%?",
     "NAME, GROWTH(FF_SALES, FY2022, FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), GROWTH(FF_SALES, FY2022, FY2023) > 10)"),
    # a level (no growth) set over another period by a factor reads as before
    ("Which banks had fiscal 2024 sales over fiscal 2023 sales by more than 10%?",
     "NAME, FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_SALES(FY2024) > FF_SALES(FY2023) * 1.1)"),
])
def test_growth_base_before_its_bound(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks grew sales in fiscal 2024 over fiscal 2023 by 10%?", "10%"),  # no comparison: an exact growth?
    ("Which banks grew sales in fiscal 2024 over fiscal 2023 by more than 500 million?", "500 million"),
])
def test_near_misses_of_the_base_before_bound(question: str, named: str) -> None:
    assert named in refused(question)


# --- 5. one measure at two periods set side by side with "compared with its (their)" (SPEC 3's columns) ------------------

@pytest.mark.parametrize(("question", "query"), [
    ("What is Apex Materials' P/E today compared with its P/E at the end of 2023?", "FG_PE(D0), FG_PE(2023-12-31) FOR APXM"),
    ("What is Apex Materials' current share price compared with its share price at the end of 2023?",
     "P_PRICE(D0), P_PRICE(2023-12-31) FOR APXM"),
    ("What were Apex Materials' sales in fiscal 2024 compared with its sales in fiscal 2023?",
     "FF_SALES(FY2024), FF_SALES(FY2023) FOR APXM"),
    ("What were Apex Materials' sales in the last quarter compared with its sales in the quarter before last?",
     "FF_SALES(FQ0), FF_SALES(FQ-1) FOR APXM"),
    # two measures: their ratio, as before
    ("Which company has the least debt compared with its equity in fiscal 2024, among banks?",
     "NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) "
     "ASC TOP 1"),
])
def test_same_measure_compared_with_its_own(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Rank banks by net income in fiscal 2024 compared with their net income in fiscal 2023.", "compared with"),
    ("What was Apex Materials' net income in fiscal 2024 compared with its sales?", "compared with"),
    ("What is Apex Materials' share price today compared with its price at the end of 2023?", "compared with"),
])
def test_near_misses_of_compared_with_its_own(question: str, named: str) -> None:
    assert named in refused(question)


# --- 6. a growth given "as a compound annual rate" is the CAGR (SPEC 2) ---------------------------------------------------

@pytest.mark.parametrize(("question", "query"), [
    ("What was Apex Materials' EPS growth between fiscal 2019 and fiscal 2024 as a compound annual rate?",
     "CAGR(FF_EPS, FY2019, FY2024) FOR APXM"),
    ("What was Apex Materials' sales growth from fiscal 2019 to fiscal 2024, as a compound annual rate?",
     "CAGR(FF_SALES, FY2019, FY2024) FOR APXM"),
    ("How did Apex Materials' EPS change between fiscal 2019 and fiscal 2024 as a compound annual rate?",
     "CAGR(FF_EPS, FY2019, FY2024) FOR APXM"),
    ("Which banks grew net income from fiscal 2019 to fiscal 2024 by more than 5% as a compound annual rate?",
     "NAME, CAGR(FF_NET_INC, FY2019, FY2024) FOR SCREEN(INDUSTRY(\"Banks\"), CAGR(FF_NET_INC, FY2019, FY2024) > 5)"),
    ("Rank the banks by net income growth from fiscal 2019 to fiscal 2024 as a compound annual growth rate, fastest first.",
     "NAME, CAGR(FF_NET_INC, FY2019, FY2024) FOR SCREEN(INDUSTRY(\"Banks\")) SORT CAGR(FF_NET_INC, FY2019, FY2024) DESC"),
])
def test_growth_as_a_compound_annual_rate(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("What was Apex Materials' sales growth in fiscal 2024 as a compound annual rate?", "two fiscal years"),
    ("What was Apex Materials' share price return from 2020-01-02 to today as an annualised rate?", "annualised rate"),
    ("What were Apex Materials' sales and EPS growth from fiscal 2019 to fiscal 2024 as a compound annual rate?",
     "compound annual rate"),
])
def test_near_misses_of_the_compound_rate(question: str, named: str) -> None:
    assert named in refused(question)


# --- 7. a range of fiscal years written as FinQL's relative labels, "FY-2 to FY0" (SPEC 2's FY-n) ------------------------

@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials sales from FY-2 to FY0", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR APXM"),
    ("Apex Materials sales FY-2 to FY0", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR APXM"),
    ("Apex Materials average sales from FY-2 to FY0", "AVG(FF_SALES, FY2022, FY2024) FOR APXM"),
    ("EPS growth FY-1 to FY0 for Apex Materials?", "GROWTH(FF_EPS, FY2023, FY2024) FOR APXM"),
    ("Apex Materials total net income FY-4 through FY0", "SUM(FF_NET_INC, FY2020, FY2024) FOR APXM"),
    ("Apex Materials sales CAGR FY-4 to FY0", "CAGR(FF_SALES, FY2020, FY2024) FOR APXM"),
    # two labels listed or set against each other stay the two
    ("Apex Materials sales FY-2 and FY0", "FF_SALES(FY-2), FF_SALES(FY0) FOR APXM"),
    ("EPS growth FY0 vs FY-1 for Apex Materials", "GROWTH(FF_EPS, FY-1, FY0) FOR APXM"),
])
def test_range_of_relative_fiscal_labels(question: str, query: str) -> None:
    assert q(question) == query


# --- 8. a multiple (yield) taken on a named year's figure, with its day said as today or a screen's bound between --------

@pytest.mark.parametrize(("question", "query"), [
    ("What is Apex Materials' FCF yield today using last twelve months free cash flow?",
     "FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 FOR APXM"),
    ("What is Apex Materials' P/E today using fiscal 2023 EPS?", "P_PRICE(D0) / FF_EPS(FY2023) FOR APXM"),
    ("What is Apex Materials' dividend yield today on fiscal 2024 dividends?", "FF_DPS(FY2024) / P_PRICE(D0) * 100 FOR APXM"),
    ("Which companies have a P/E below 10 on fiscal 2023 EPS?",
     "NAME, P_PRICE(D0) / FF_EPS(FY2023) FOR SCREEN(ALL, P_PRICE(D0) / FF_EPS(FY2023) < 10)"),
    ("Which companies have a P/E of more than 10 on fiscal 2023 EPS?",
     "NAME, P_PRICE(D0) / FF_EPS(FY2023) FOR SCREEN(ALL, P_PRICE(D0) / FF_EPS(FY2023) > 10)"),
    ("Which companies have a dividend yield above 3% based on fiscal 2024 dividends?",
     "NAME, FF_DPS(FY2024) / P_PRICE(D0) * 100 FOR SCREEN(ALL, FF_DPS(FY2024) / P_PRICE(D0) * 100 > 3)"),
    ("Which companies had an FCF yield above 5% today using last twelve months free cash flow?",
     "NAME, FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 FOR SCREEN(ALL, FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 > 5)"),
    # a condition of its own on the year's figure is two conditions, as before
    ("Which companies have a P/E below 10 today and fiscal 2023 EPS above 2?",
     "NAME, FG_PE(D0), FF_EPS(FY2023) FOR SCREEN(ALL, FG_PE(D0) < 10 AND FF_EPS(FY2023) > 2)"),
])
def test_multiple_on_a_years_figure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("What was Apex Materials' P/E at the end of 2023 on fiscal 2022 EPS?", "another date"),
    ("Which companies have a dividend yield above 3% based on fiscal 2024 sales?", "not taken on"),
])
def test_near_misses_of_the_multiple_on_a_year(question: str, named: str) -> None:
    assert named in refused(question)


# --- 9. "how much did its stock move (change)" beside a high or low: the return (SPEC 5's trading-day spans) -------------

@pytest.mark.parametrize(("question", "query"), [
    ("How much did Apex Materials' stock move over the last 10 trading days, and what was its lowest close in that stretch?",
     "P_RETURN(D-10, D0), P_LOW(D-10, D0) FOR APXM"),
    ("How much did Apex Materials' stock move over the last 10 trading days, and what was its highest close over the same "
     "period?", "P_RETURN(D-10, D0), P_HIGH(D-10, D0) FOR APXM"),
    ("What were Apex Materials' sales in fiscal 2024, and how much did its stock move in 2024?",
     "FF_SALES(FY2024), P_RETURN(2023-12-31, 2024-12-31) FOR APXM"),
])
def test_stock_moved_beside_another_figure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("How much did Apex Materials' stock move more than 5% in 2024, and what was its P/E?", "more than"),
])
def test_near_misses_of_the_stock_moved(question: str, named: str) -> None:
    assert named in refused(question)


# --- 10. "from" said before each period of a list ---------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "query"), [
    ("Show Apex Materials' revenue from five years ago and from last year.", "FF_SALES(FY2020), FF_SALES(FY2024) FOR APXM"),
    ("Show Apex Materials' revenue from fiscal 2020 and from fiscal 2024.", "FF_SALES(FY2020), FF_SALES(FY2024) FOR APXM"),
    ("Apex Materials' EPS from the quarter before last and from last quarter", "FF_EPS(FQ-1), FF_EPS(FQ0) FOR APXM"),
])
def test_from_before_each_period(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_from_two_bases() -> None:
    assert "from fiscal 2020" in refused("What was Apex Materials' sales growth from fiscal 2020 and from fiscal 2022 to "
                                         "fiscal 2024?")

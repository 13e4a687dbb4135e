"""Round 22 (f22a): a compliance officer's formal requests, a texter's phone shorthand and a PM's multi-measure asks
(tune22a). Own wording, not the tuning questions; each positive case fails on main 118b15f, the near misses stay
refused (or keep their reading)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- wrong answers ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What is Falcon Software's market cap as a multiple of Northwind Systems' market cap?",
        "Falcon Software's P/E divided by Northwind Systems' P/E",
        "Falcon Software's sales as a percentage of Northwind Systems' sales in FY2024",
        "Falcon Software's market cap minus Northwind Systems' market cap",
    ],
)
def test_a_figure_over_another_companys_figure_is_refused(question: str) -> None:
    # each company's figure over itself (1 in every row) was answered
    assert "another company's figure" in refused(question)


def test_a_ratio_of_each_companys_own_figures_still_reads() -> None:
    # (pinned) the companies named before the figures: each row's own ratio
    assert q("Falcon Software's and Northwind Systems' market cap as a multiple of their sales") == \
        "FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR FALC, NWSY"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the companies themselves as the subject of "how have ... done" beside another measure: their return (it was
        # dropped, the highs and lows alone answered)
        ("How have Falcon Software, Northwind Systems and Apex Medical done over the last 30 trading days, and what "
         "were their lowest closes in that stretch?",
         "P_RETURN(D-30, D0), P_LOW(D-30, D0) FOR FALC, NWSY, APXD"),
        ("how have falc and nwsy done over the past 3 months and their highs?",
         "P_RETURN(2024-10-15, D0), P_HIGH(2024-10-15, D0) FOR FALC, NWSY"),
        # a growth with its own range of reported years beside a consensus of the same measure: the growth over its
        # range (it ran from the range's start to the consensus)
        ("Falcon Software's sales growth from FY2021 to FY2024 and its consensus sales for FY2025",
         "GROWTH(FF_SALES, FY2021, FY2024), FE_SALES(FY1) FOR FALC"),
        ("Falcon Software: growth in EPS from FY2022 to FY2024, and consensus EPS for FY2025",
         "GROWTH(FF_EPS, FY2022, FY2024), FE_EPS(FY1) FOR FALC"),
    ],
)
def test_wrong_answers_now_right(question: str, query: str) -> None:
    assert q(question) == query


def test_an_expected_growth_still_runs_to_the_consensus() -> None:
    # (pinned) the estimate word said of the growth itself
    assert q("Falcon Software: consensus EPS growth from FY2024 to FY2025") == \
        "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR FALC"


def test_the_companies_doing_with_no_period_is_refused() -> None:
    # beside another measure the verb was dropped (the P/E alone answered)
    assert "do" in refused("How did Falcon Software do, and what is its P/E?")


@pytest.mark.parametrize(
    "question",
    [
        "What were Apex Medical's actual fiscal 2025 sales?",
        "Please give Northwind Systems' actual, reported fiscal 2025 EPS.",
        "what were the realised fiscal year 2025 sales of Falcon Software",
    ],
)
def test_a_reported_figure_of_a_future_year_is_refused(question: str) -> None:
    # the consensus was answered for the reported figure asked
    assert "not yet reported" in refused(question)


def test_a_future_year_alone_is_still_the_consensus() -> None:
    # (pinned)
    assert q("Falcon Software's fiscal 2025 sales") == "FE_SALES(FY1) FOR FALC"


# -- the compliance officer's request words and the texter's letters (refused before) -------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "confirm" as the request's verb; "State, for the record, the ..."; "I require"; a purpose of a filing or a
        # complaint; "each of the following:"
        ("Kindly confirm Falcon Software's total debt at the end of fiscal 2023.", "FF_DEBT(FY2023) FOR FALC"),
        ("Please confirm the highest close of Apex Medical for the period from 1 March 2024 to 31 May 2024.",
         "P_HIGH(2024-03-01, 2024-05-31) FOR APXD"),
        ("State, for the record, the market capitalisation of Northwind Systems as at 30 June 2024.",
         "FG_MKT_CAP(2024-06-30) FOR NWSY"),
        ("In connection with a regulatory filing, we require the sales of Apex Medical for fiscal 2023.",
         "FF_SALES(FY2023) FOR APXD"),
        ("For the complaint under review, confirm the lowest close of Falcon Software in July 2024.",
         "P_LOW(2024-07-01, 2024-07-31) FOR FALC"),
        ("Please confirm the P/E of each of the following: Falcon Software, Northwind Systems and Apex Medical.",
         "FG_PE(D0) FOR FALC, NWSY, APXD"),
        # the texter: "n" (and), "atm" (now), "grwth", "b/w" (between), "% chg"
        ("nwsy n falc pe atm", "FG_PE(D0) FOR NWSY, FALC"),
        ("eps grwth fy22 to fy24 falc", "GROWTH(FF_EPS, FY2022, FY2024) FOR FALC"),
        ("lowest close falc b/w 1 mar n 31 may 2024", "P_LOW(2024-03-01, 2024-05-31) FOR FALC"),
        ("nwsy % chg since march", "P_RETURN(2024-02-29, D0) FOR NWSY"),
    ],
)
def test_request_words_and_shorthand_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Which state-owned banks trade below 10x earnings?", "state-owned"),  # "state" only as the request's verb
        ("I require beta of Falcon Software", "beta"),
        ("Please confirm the EBITDA of Falcon Software for fiscal 2024.", "ebitda"),
    ],
)
def test_near_misses_still_refused(question: str, word: str) -> None:
    assert word in refused(question)


# -- a point counted back in trading days as a range's end (the lead's class; refused before) -------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("return of Northwind Systems from 10 trading days ago to today", "P_RETURN(D-10, D0) FOR NWSY"),
        ("highest close of Falcon Software from 20 trading days ago until now", "P_HIGH(D-20, D0) FOR FALC"),
        ("Falcon Software return since 5 trading days ago", "P_RETURN(D-5, D0) FOR FALC"),
        ("Falcon Software's return between 30 trading days ago and 10 trading days ago",
         "P_RETURN(D-30, D-10) FOR FALC"),
        ("lowest close of Falcon Software from 15 trading days ago to the latest close", "P_LOW(D-15, D0) FOR FALC"),
        ("Falcon Software's share price change from 10 sessions ago to now", "P_RETURN(D-10, D0) FOR FALC"),
        # "as at" before the point, counted back from the latest day named before it
        ("Falcon Software's close as at the latest trading day and as at 20 trading days earlier",
         "P_PRICE(D0), P_PRICE(D-20) FOR FALC"),
    ],
)
def test_trading_days_back_as_a_range_end(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    "question",
    [
        # counted back from a day other than D0: FinQL has no count of trading days from it (it was D-20 from D0)
        "Falcon Software's close on 1 March 2024 and 20 trading days earlier",
        "Falcon Software's close at the end of 2023 and 5 trading days before that",
        # a range that runs backwards, and a fundamental over days
        "Falcon Software's return from 5 trading days ago to 10 trading days ago",
        "Falcon Software's sales from 10 trading days ago to today",
    ],
)
def test_trading_days_back_near_misses_refused(question: str) -> None:
    assert refused(question)


# -- the PM's forms ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "over" between two measures with the second one's period after it divides them (the period's preposition
        # took the word: both figures were given, a wrong answer)
        ("Falcon Software's market cap over LTM sales", "FG_MKT_CAP(D0) / FF_SALES(LTM) FOR FALC"),
        ("Falcon Software's market cap over FY2024 sales", "FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR FALC"),
        ("REITs: market cap over LTM sales, highest first.",
         "NAME, FG_MKT_CAP(D0) / FF_SALES(LTM) FOR SCREEN(INDUSTRY(\"REITs\")) SORT FG_MKT_CAP(D0) / FF_SALES(LTM) DESC"),
        # a return from a day's close said with "since the close on (of)" (refused before)
        ("Falcon Software's return since the close of 28 June 2024", "P_RETURN(2024-06-28, D0) FOR FALC"),
        # the asker's own holdings of a set, named as a label, the set said again after it (refused before)
        ("My bank holdings: P/E for every bank, lowest first.",
         "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) ASC"),
    ],
)
def test_pm_forms(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # (pinned) "over" a span with no measure after it stays the period's preposition
        ("Falcon Software's sales growth over the last 3 years and its P/E",
         "GROWTH(FF_SALES, FY2021, FY2024), FG_PE(D0) FOR FALC"),
        ("Falcon Software's sales over the last three years", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"),
    ],
)
def test_pm_forms_pinned(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Our bank holdings: P/E, lowest first.", "holdings"),  # the label's set said nowhere else: it would be lost
        ("Our airline exposure: P/E for every bank.", "exposure"),
    ],
)
def test_own_label_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a change said with no percent after figures listed at two periods: the later minus the earlier (it was
        # refused before the request words were read; the percent change stays the growth)
        ("Orbital Aerospace's headcount in FY2020 and FY2024 and the change between them",
         "FF_EMPLOYEES(FY2020), FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2024) - FF_EMPLOYEES(FY2020) FOR ORBA"),
        ("Falcon Software's EPS for FY2022 and FY2024 plus the change",
         "FF_EPS(FY2022), FF_EPS(FY2024), FF_EPS(FY2024) - FF_EPS(FY2022) FOR FALC"),
        # "between those two quarters": the two just named
        ("Falcon Software: Q2 FY2024 sales, Q2 FY2023 sales, and the growth between those two quarters.",
         "FF_SALES(FQ2024Q2), FF_SALES(FQ2023Q2), GROWTH(FF_SALES, FQ2023Q2, FQ2024Q2) FOR FALC"),
        # "Between the banks, which ...": among them
        ("Between the insurers, which three have the highest FY2024 net income?",
         "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT FF_NET_INC(FY2024) DESC TOP 3 IN USD"),
        # "the highest 2024 close": the highest close in that year ("highest" was left over)
        ("Falcon Software's latest close as a percentage of its highest 2024 close",
         "P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) * 100 FOR FALC"),
    ],
)
def test_pm_forms_more(question: str, query: str) -> None:
    assert q(question) == query


def test_percent_change_after_listed_figures_stays_the_growth() -> None:
    # (pinned)
    assert q("Orbital Aerospace's headcount in FY2020 and FY2024 and the percentage change between them") == \
        "FF_EMPLOYEES(FY2020), FF_EMPLOYEES(FY2024), GROWTH(FF_EMPLOYEES, FY2020, FY2024) FOR ORBA"


def test_doing_in_terms_of_a_measure_is_no_return() -> None:
    # (pinned: the companies' "do" with the measure named in its own clause is that measure)
    assert q("How did Falcon Software do last quarter in terms of net income?") == "FF_NET_INC(FQ0) FOR FALC"

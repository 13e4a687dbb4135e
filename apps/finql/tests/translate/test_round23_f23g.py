"""Round 23 (f23g): compositional coverage of SPEC. Questions were built from slots (company, metric, period,
function, arithmetic, screen, condition, sort, top, currency; phrasings from SPEC.md and plain English) and the
classes that failed in composition were fixed: a postfix comparison ("or more") followed by "than"; a move whose
subject is the stock said after another condition; "the sum of A and B" of two measures; "total" before a measure
asked for each period. Own wordings; the near misses pin what stays read."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1: "A or more than N B": "or" joins a second comparison, not the postfix "or more" --------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which banks have a P/E under 12 or more than 5,000 employees?",
         'NAME, FG_PE(D0), FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 12 OR FF_EMPLOYEES(FY2024) > 5000)'),
        ("utilities with a dividend yield above 4% or less than 2,000 employees",
         'NAME, FG_DIV_YIELD(D0), FF_EMPLOYEES(FY2024) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4 OR '
         'FF_EMPLOYEES(FY2024) < 2000)'),
        ("List German companies with net income below 100 million last year or fewer than 800 employees",
         'NAME, FF_NET_INC(FY2024), FF_EMPLOYEES(FY2024) FOR SCREEN(COUNTRY("Germany"), FF_NET_INC(FY2024) < 100 OR '
         'FF_EMPLOYEES(FY2024) < 800)'),
    ],
)
def test_or_before_a_comparison_with_than(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: the postfix itself, and a postfix followed by a number of its own, read as before
        ("Which banks have 10,000 employees or more?",
         'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_EMPLOYEES(FY2024) >= 10000)'),
        ("airlines with a P/E of 8 or less",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) <= 8)'),
    ],
)
def test_postfix_comparisons_unchanged(question: str, query: str) -> None:
    assert q(question) == query


def test_postfix_then_than_with_nothing_after_refused() -> None:
    assert "higher than" in refused("Which utilities have a dividend yield of 3% or higher than that?")


# -- 2: the stock's move as the second condition --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which insurers have a P/B under 1.5 and whose shares gained more than 10% in 2023?",
         'NAME, FG_PB(D0), P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Insurance"), FG_PB(D0) < 1.5 AND '
         'P_RETURN(2022-12-31, 2023-12-31) > 10)'),
        ("banks yielding above 5% or where the stock dropped in the first half of 2024",
         'NAME, FG_DIV_YIELD(D0), P_RETURN(2023-12-31, 2024-06-30) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 5 OR '
         'P_RETURN(2023-12-31, 2024-06-30) < 0)'),
        # the period of the stock's clause is the move's; the P/E before it stays current
        ("Japanese companies with a P/E below 15 whose shares rose in 2023",
         'NAME, FG_PE(D0), P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(COUNTRY("Japan"), FG_PE(D0) < 15 AND '
         'P_RETURN(2022-12-31, 2023-12-31) > 0)'),
    ],
)
def test_stock_move_after_another_condition(question: str, query: str) -> None:
    assert q(question) == query


def test_bare_move_after_a_measure_stays_refused() -> None:
    # near miss: no stock named as the verb's subject: "that fell" may be the P/E's own move
    assert "fell" in refused("banks with a P/E below 10 that fell in 2023")


def test_own_period_of_the_measure_kept() -> None:
    # near miss: a period said right after the P/E is the P/E's own
    assert q("banks with a P/E below 10 at the end of 2023 whose shares rose in 2023") == (
        'NAME, FG_PE(2023-12-31), P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), FG_PE(2023-12-31) < 10 '
        'AND P_RETURN(2022-12-31, 2023-12-31) > 0)')


# -- 3: "the sum of A and B" of two measures --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What was the sum of Orbital Aerospace's cash and debt in fiscal 2023?",
         "FF_CASH(FY2023) + FF_DEBT(FY2023) FOR ORBA"),
        ("BPE: the total of gross income and operating income for FY2022",
         "FF_GROSS_INC(FY2022) + FF_OPER_INC(FY2022) FOR BPE"),
        ("keystone retail sum of its liabilities and equity last year",
         "FF_LIABS(FY2024) + FF_EQUITY(FY2024) FOR KEYR"),
    ],
)
def test_sum_of_two_measures(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: a sum of one measure over periods stays SUM
        ("What was the sum of Orbital Aerospace's sales from FY2021 to FY2023?", "SUM(FF_SALES, FY2021, FY2023) FOR ORBA"),
        ("the sum of BPE's capex in FY2023 and FY2024", "SUM(FF_CAPEX, FY2023, FY2024) FOR BPE"),
    ],
)
def test_sum_over_periods_unchanged(question: str, query: str) -> None:
    assert q(question) == query


# -- 4: "total" before a measure asked for each period -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Show Bluepeak Energy's total revenue in each of the last two fiscal years",
         "FF_SALES(FY2023), FF_SALES(FY2024) FOR BPE"),
        ("ORBA total sales for each year from FY2021 to FY2023",
         "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023) FOR ORBA"),
        ("Ember Industries: net income and total revenue for FY2022 and FY2023",
         "FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_SALES(FY2022), FF_SALES(FY2023) FOR EMBE"),
    ],
)
def test_total_as_the_items_name(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: a total over a span stays the sum
        ("Bluepeak Energy's total revenue over the last two fiscal years", "SUM(FF_SALES, FY2023, FY2024) FOR BPE"),
        ("ORBA total sales from FY2021 to FY2023", "SUM(FF_SALES, FY2021, FY2023) FOR ORBA"),
    ],
)
def test_total_over_a_span_unchanged(question: str, query: str) -> None:
    assert q(question) == query


# -- 5: "total" before a measure another function word takes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("By how much did Orbital Aerospace's total revenue rise from FY2020 to FY2023?",
         "GROWTH(FF_SALES, FY2020, FY2023) FOR ORBA"),
        ("mean total revenue of BPE from fiscal 2021 to fiscal 2024", "AVG(FF_SALES, FY2021, FY2024) FOR BPE"),
        ("Keystone Retail total sales growth last year", "GROWTH(FF_SALES, FY2023, FY2024) FOR KEYR"),
        ("compound annual growth of APXM's total revenue between FY2019 and FY2024", "CAGR(FF_SALES, FY2019, FY2024) FOR APXM"),
    ],
)
def test_total_named_beside_another_function(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: no other function word: the total is the sum (said once, or twice: "added up", "combined")
        ("Keystone Retail total sales from fiscal 2021 to fiscal 2024", "SUM(FF_SALES, FY2021, FY2024) FOR KEYR"),
        ("Total EPS of ORBA over the last three fiscal years, added up", "SUM(FF_EPS, FY2022, FY2024) FOR ORBA"),
        # an average of another measure before it is not this measure's function
        ("BPE average sales from FY2020 to FY2023 and total capex over the same years",
         "AVG(FF_SALES, FY2020, FY2023), SUM(FF_CAPEX, FY2020, FY2023) FOR BPE"),
    ],
)
def test_total_alone_over_a_span_stays_a_sum(question: str, query: str) -> None:
    assert q(question) == query


# -- 6: a ranking by the growth screened on, said again with a pronoun ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Of the German companies whose EPS increased over 10% in fiscal 2023, which 2 increased it the most?",
         'NAME, GROWTH(FF_EPS, FY2022, FY2023) FOR SCREEN(COUNTRY("Germany"), GROWTH(FF_EPS, FY2022, FY2023) > 10) '
         'SORT GROWTH(FF_EPS, FY2022, FY2023) DESC TOP 2'),
        ("Among airlines whose sales grew by more than 8% last year, which one grew them the fastest?",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Airlines"), GROWTH(FF_SALES, FY2023, FY2024) > 8) '
         'SORT GROWTH(FF_SALES, FY2023, FY2024) DESC TOP 1'),
    ],
)
def test_ranked_by_the_growth_said_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    "question",
    [
        # near misses: no growth screened on, or two of them: which "it" means is not said
        "Among banks with a P/E below 10, which 3 grew it the fastest?",
        "Among banks whose revenue and EPS grew more than 5% last year, which 3 grew them the fastest?",
    ],
)
def test_pronoun_ranking_without_one_growth_refused(question: str) -> None:
    assert "fastest" in refused(question)

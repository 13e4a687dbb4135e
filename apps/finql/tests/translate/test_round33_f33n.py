"""Round 33 (f33n): round 32's noticed list. Own wordings of each class (wrong answers first), near misses that keep
their reading or their refusal; see docs/finql-translation.md, "Round 33 (f33n)"."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

TECH = 'SCREEN(SECTOR("Information Technology"))'
BANKS = 'SCREEN(INDUSTRY("Banks"))'

# ---------------------------------------------------------------- 1. book-to-price, one over a multiple (wrong before)
BOOK_TO_PRICE = [
    ("Which five technology companies have the highest book-to-price ratio (1 divided by the price-to-book ratio)?",
     f"NAME, 1 / FG_PB(D0) FOR {TECH} SORT 1 / FG_PB(D0) DESC TOP 5"),
    ("Which five technology companies have the highest book-to-price ratio?",
     f"NAME, 1 / FG_PB(D0) FOR {TECH} SORT 1 / FG_PB(D0) DESC TOP 5"),
    ("top 3 banks by book-to-market ratio (1 divided by the P/B)?",
     f"NAME, 1 / FG_PB(D0) FOR {BANKS} SORT 1 / FG_PB(D0) DESC TOP 3"),
    ("Rank banks by B/P, top 3", f"NAME, 1 / FG_PB(D0) FOR {BANKS} SORT 1 / FG_PB(D0) DESC TOP 3"),
    ("What is Northwind Systems' book to price ratio?", "1 / FG_PB(D0) FOR NWSY"),
    ("Which banks have a book-to-price ratio above 1?", 'NAME, 1 / FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), 1 / FG_PB(D0) > 1)'),
    # the earnings yield defined as 100 over the P/E is the asker's figure, read once
    ("top 5 banks by earnings yield (100 divided by the P/E)?",
     f"NAME, 100 / FG_PE(D0) FOR {BANKS} SORT 100 / FG_PE(D0) DESC TOP 5"),
    # the light verb "book" still reads
    ("How much revenue did NWSY book in FY2024?", "FF_SALES(FY2024) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), BOOK_TO_PRICE)
def test_book_to_price(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "NWSY's book-to-price (1 divided by the P/E)",
    "What is NWSY's earnings yield (1 divided by the P/B)?",
    "Which banks have the highest book-to-market ratio (1 divided by the P/E)?",
])
def test_inverse_defined_as_another_figure_is_refused(question: str) -> None:
    assert "a definition that is not" in refused(question)


# ---------------------------------------------------------------- 2. "1/ " said first (wrong before: one over the figure)
@pytest.mark.parametrize("question", [
    "1/ Gross margin of Northwind Systems in fiscal 2024",
    "2/ Net margin of APXM last year",
    "3/ P/E of the banks",
])
def test_thread_count_or_inverse_is_refused(question: str) -> None:
    assert "a thread's count or one divided by the figure" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("1/ What is NWSY's gross margin?", "FF_GROSS_INC(FY2024) / FF_SALES(FY2024) * 100 FOR NWSY"),
    ("1 / P/B of NWSY", "1 / FG_PB(D0) FOR NWSY"),
    ("100 / P/E of NWSY", "100 / FG_PE(D0) FOR NWSY"),
    ("rank banks by 1/ P/E", f"NAME, 1 / FG_PE(D0) FOR {BANKS} SORT 1 / FG_PE(D0) DESC"),
])
def test_slash_near_misses_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query


# ---------------------------------------------------------------- 3. the move asked after a relative clause (wrong before)
GREW = 'SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > FF_SALES(FY2023))'
MOVE_ASKED = [
    ("How fast did the banks that grew sales in FY2024 grow their EPS?",
     f"NAME, FF_SALES(FY2024), FF_SALES(FY2023), GROWTH(FF_EPS, FY2023, FY2024) FOR {GREW}"),
    ("How much did the banks that grew sales in FY2024 grow their EPS?",
     f"NAME, FF_SALES(FY2024), FF_SALES(FY2023), GROWTH(FF_EPS, FY2023, FY2024) FOR {GREW}"),
    ("By how much did banks that grew sales in FY2024 grow EPS?",
     f"NAME, FF_SALES(FY2024), FF_SALES(FY2023), GROWTH(FF_EPS, FY2023, FY2024) FOR {GREW}"),
    ("How fast did the banks whose sales grew in FY2024 grow their EPS?",
     f"NAME, FF_SALES(FY2024), FF_SALES(FY2023), GROWTH(FF_EPS, FY2023, FY2024) FOR {GREW}"),
    ("How quickly did the insurers which grew net income in FY2023 grow their sales in FY2023?",
     'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2022), GROWTH(FF_SALES, FY2022, FY2023) FOR '
     'SCREEN(INDUSTRY("Insurance"), FF_NET_INC(FY2023) > FF_NET_INC(FY2022))'),
]


@pytest.mark.parametrize(("question", "query"), MOVE_ASKED)
def test_move_asked_after_relative_clause(question: str, query: str) -> None:
    assert q(question) == query


def test_both_moves_as_conditions_stay_conditions() -> None:
    assert q("Which banks that grew sales in FY2024 also grew EPS?") == (
        "NAME, FF_SALES(FY2024), FF_SALES(FY2023), FF_EPS(FY2024), FF_EPS(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), "
        "FF_SALES(FY2024) > FF_SALES(FY2023) AND FF_EPS(FY2024) > FF_EPS(FY2023))")


# ---------------------------------------------------------------- 4. contradictory conditions (wrong before: empty screen)
@pytest.mark.parametrize("question", [
    "Which banks are profitable (negative net income) in FY2024?",
    "Which banks are loss-making (positive net income) in FY2024?",
    "Which banks are unprofitable (net income above zero) in FY2024?",
    "Which banks were profitable in FY2024 with net income below zero?",
    "Which banks pay no dividend (DPS above zero) in FY2024?",
    "Which banks have a P/E above 20 and below 10?",
])
def test_contradictory_conditions_are_refused(question: str) -> None:
    assert "no value meets" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which banks are profitable (positive net income) in FY2024?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) > 0)'),
    ("Which banks have a P/E above 10 and below 20?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 10 AND FG_PE(D0) < 20)'),
    ("Which banks have a P/E below 10 or above 20?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), (FG_PE(D0) < 10 OR FG_PE(D0) > 20))'),
    ("Which banks had positive net income in FY2023 and negative net income in FY2024?",
     'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2023) > 0 AND '
     'FF_NET_INC(FY2024) < 0)'),
])
def test_conditions_that_can_hold_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query


# ---------------------------------------------------------------- 5. a heading set off by a dash (extra column before)
HEADING = [
    ("Valuation: banks' P/B", f"NAME, FG_PB(D0) FOR {BANKS}"),
    ("Leverage: FHB debt to assets", "FF_DEBT(FY2024) / FF_ASSETS(FY2024) FOR FHB"),
]
DASHES = {
    "dash": lambda s: s.replace(": ", " - ", 1),
    "em dash": lambda s: s.replace(": ", " \u2014 ", 1),
    "check dash": lambda s: s.replace(": ", " check -- ", 1),
}


@pytest.mark.parametrize(("question", "variant", "query"), reworded(HEADING, DASHES))
def test_heading_set_off_by_a_dash(question: str, variant: str, query: str) -> None:
    assert q(question) == query
    assert q(variant) == query


# ---------------------------------------------------------------- 6. "the bank's" said of the one company named
@pytest.mark.parametrize(("question", "query"), [
    ("For FHB, what is the bank's net income?", "FF_NET_INC(FY2024) FOR FHB"),
    ("For First Harbor Bank, what was the bank's P/E today?", "FG_PE(D0) FOR FHB"),
    ("FHB: what is this bank's debt?", "FF_DEBT(FY2024) FOR FHB"),
    ("Regarding Delta Insurance, how much debt does the insurer have?", "FF_DEBT(FY2024) FOR DELT"),
])
def test_member_noun_of_the_one_company_named(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "For NWSY, what is the bank's net income?",  # not a bank
    "For FHB and ICI, what is the bank's net income?",  # which one
    "For FHB, what is the banks' net income?",  # the set
])
def test_member_noun_that_is_not_the_company_stays_refused(question: str) -> None:
    refused(question)


# ---------------------------------------------------------------- 7. a second comparison of two years, elliptic
ELLIPTIC = [
    ("Which banks had net income higher in FY2023 than FY2022 and higher in FY2024 than FY2023?",
     'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2022), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
     'FF_NET_INC(FY2023) > FF_NET_INC(FY2022) AND FF_NET_INC(FY2024) > FF_NET_INC(FY2023))'),
    ("Which banks had higher net income in FY2023 than FY2022 and lower in FY2024 than FY2023?",
     'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2022), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
     'FF_NET_INC(FY2023) > FF_NET_INC(FY2022) AND FF_NET_INC(FY2024) < FF_NET_INC(FY2023))'),
    ("Which insurers had sales lower in FY2023 than in FY2022 and also lower in FY2024 than in FY2023?",
     'NAME, FF_SALES(FY2023), FF_SALES(FY2022), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
     'FF_SALES(FY2023) < FF_SALES(FY2022) AND FF_SALES(FY2024) < FF_SALES(FY2023))'),
]


@pytest.mark.parametrize(("question", "query"), ELLIPTIC)
def test_second_comparison_of_years_reads_the_same_measure(question: str, query: str) -> None:
    assert q(question) == query


def test_second_comparison_without_its_other_year_stays_refused() -> None:
    refused("Which banks had net income higher in FY2023 than FY2022 and higher in FY2024?")


# ---------------------------------------------------------------- 8. a multiple defined by SPEC's own figures
@pytest.mark.parametrize(("question", "query"), [
    ("P/E on trailing numbers: today's price over LTM EPS for NWSY", "FG_PE(D0) FOR NWSY"),
    ("P/E for NWSY, defined as today's price over LTM EPS", "FG_PE(D0) FOR NWSY"),
    ("P/S for NWSY, defined as market cap over sales", "FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR NWSY"),
    ("P/S of NWSY, defined as market cap divided by sales", "FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR NWSY"),
    ("P/B of NWSY, defined as market cap over equity", "FG_PB(D0) FOR NWSY"),
    ("P/E on trailing numbers: today's price over LTM EPS, for the banks", f"NAME, FG_PE(D0) FOR {BANKS}"),
])
def test_multiple_defined_as_its_own_figures(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "P/E for NWSY, defined as the price over FY2023 EPS",  # another period
    "P/S for NWSY, defined as sales over market cap",  # another figure
    "P/B of NWSY, i.e. market cap over debt",
])
def test_multiple_defined_otherwise_is_refused(question: str) -> None:
    assert "a definition that is not" in refused(question)


# ---------------------------------------------------------------- 9. an average annual return: FinQL has none (SPEC 2)
@pytest.mark.parametrize("question", [
    "What was the average annual return of NWSY from 2020 to 2024?",
    "NWSY's average yearly share price return between 2020 and 2024",
    "Which banks had the highest average annual return from 2020 to 2024?",
])
def test_average_annual_return_is_refused_naming_average(question: str) -> None:
    assert "'average'" in refused(question)

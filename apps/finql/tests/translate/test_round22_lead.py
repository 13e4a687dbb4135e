"""Round 22, lead: a data analyst's query-language words (desc/asc, filter ... to a condition, "filter out", "where
sector = X", "limit N" after an order said with its direction) and a request forwarded for someone else ("Jane wants
to know ..."); each was refused before, and the near misses that must stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

BANKS_PE_UNDER_10 = 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'


@pytest.mark.parametrize(("question", "want"), [
    ("banks by P/E asc", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
    ("NX100 sorted by dividend yield desc, top 3",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDEX(NX100)) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
    ("German companies, P/E ASC", 'NAME, FG_PE(D0) FOR SCREEN(COUNTRY("Germany")) SORT FG_PE(D0) ASC'),
])
def test_sort_order_said_as_a_query_language_says_it(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize("question", [
    "filter banks to a P/E under 10",
    "Banks, filtered to P/E below 10",
    "filter the banks for P/E < 10",
    "select banks with P/E < 10",
])
def test_filter_and_select_are_request_verbs_of_a_screen(question: str) -> None:
    assert q(question) == BANKS_PE_UNDER_10


def test_filter_out_leaves_the_set_out() -> None:
    got = q("NX100 stocks with a P/E under 15, filter out the banks")
    assert got is not None and 'INDUSTRY("Banks")' not in got and "INDEX(NX100)" in got and "FG_PE(D0) < 15" in got
    # the complement of Banks among the industries (the set is excluded, never intersected)
    assert 'INDUSTRY("Insurance")' in got


def test_filter_without_a_condition_is_refused() -> None:
    # "filter banks by P/E" names no condition: it is no ranking either (was refused before; stays so)
    assert "filter" in refused("filter banks by P/E")


@pytest.mark.parametrize(("question", "want"), [
    ("P/E where industry = Banks and country = United States",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("United States"))'),
    ("sales FY2024 where sector == 'Energy'", 'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Energy"))'),
])
def test_a_field_equal_to_a_set_name_is_that_set(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "want"), [
    ("NX100 order by market cap desc limit 3",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDEX(NX100)) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD'),
    ("banks order by P/E asc limit 5", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 5'),
])
def test_limit_after_an_order_with_its_direction_keeps_the_first_rows(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize("question", [
    # ascending in a query language, highest first in English: the order is not said, the limit stays unread
    "banks where P/E < 10 order by P/E limit 5",
    # a limit of no order: any five rows
    "NX100 names, limit 5",
])
def test_limit_without_a_said_order_is_refused(question: str) -> None:
    assert "limit" in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    ("Jane wants to know Northwind Systems' sales last year", "FF_SALES(FY2024) FOR NWSY"),
    ("Tom Baker asked me for the P/E of Falcon Software", "FG_PE(D0) FOR FALC"),
    ("The boss needs the market cap of Northwind Systems in euros", "FG_MKT_CAP(D0) FOR NWSY IN EUR"),
    ("Priya would like to see Falcon Software's dividend yield", "FG_DIV_YIELD(D0) FOR FALC"),
    # (the English-word guard of round 21 kept "treasurer" from being read as cash; here it is who asks)
    ("the treasurer would like NWSY's revenue", "FF_SALES(FY2024) FOR NWSY"),
])
def test_a_request_forwarded_for_someone_names_who_asks_and_nothing_else(question: str, want: str) -> None:
    assert q(question) == want


def test_who_asks_is_never_a_company_or_a_measure() -> None:
    # a company said where the one who asks stands is no person: it stays a company of the question
    assert q("Apex Materials wants Northwind Systems' sales") == "FF_SALES(FY2024) FOR APXM, NWSY"
    # a word that could be a company is not swallowed as a name either
    assert "falcon" in refused("Falcon wants to know Northwind Systems' sales last year")


@pytest.mark.parametrize("question", [
    "banks where country != United States and P/E < 10",
    "banks where country <> 'United States' and P/E < 10",
])
def test_a_field_unequal_to_a_set_name_leaves_the_set_out(question: str) -> None:
    assert q(question) == q("banks where country is not United States and P/E < 10") is not None
    assert 'COUNTRY("United States")' not in (q(question) or "")


@pytest.mark.parametrize(("question", "want"), [
    ("As trustees, could you tell us which European utilities yield above 4%?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDEX(EUROPE) & SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
    ("As a pension fund, we hold Northwind Systems. What is its P/E?", "FG_PE(D0) FOR NWSY"),
    ("As long-term investors, what is Falcon Software's dividend yield?", "FG_DIV_YIELD(D0) FOR FALC"),
])
def test_the_askers_role_before_the_request_is_context(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize("question", [
    # what follows "as" reads something: a measure's share, a unit, a place: never a role
    "As a share of sales, what was Northwind Systems' net income in FY2024?",
    "As trustees of a UK scheme, could you give us Northwind Systems' market cap?",
])
def test_an_as_clause_that_reads_something_is_no_role(question: str) -> None:
    assert refused(question)


def test_an_as_clause_naming_the_unit_of_a_growth_reads_it() -> None:
    # round 28 (f28a): the unit said first restates a growth, which is in percent; said of an amount it stays refused
    assert q("As a percentage, how much did Northwind Systems' sales grow last year?") == \
        "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"
    assert refused("As a percentage, what were Northwind Systems' sales last year?")


def test_as_of_a_date_stays_the_period() -> None:
    assert q("As of June 30 2024, what was Northwind Systems' P/E?") == "FG_PE(2024-06-30) FOR NWSY"


@pytest.mark.parametrize("opening", [
    "We are considering our exposure to utilities.", "We're assessing our utilities holdings;",
    "We are weighing the sector's income;",
])
def test_weighing_a_decision_is_framing(opening: str) -> None:
    want = 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDEX(EUROPE) & SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'
    assert q(f"{opening} Which European utilities yield above 4%?") == want


@pytest.mark.parametrize("aside", [
    "In the interest of prudence,", "For prudence's sake,", "To be on the safe side,", "For the record,",
    "For the sake of caution,",
])
def test_a_trustees_caution_asks_nothing(aside: str) -> None:
    assert q(f"{aside} what is Apex Materials' debt at the end of FY2024?") == "FF_DEBT(FY2024) FOR APXM"


@pytest.mark.parametrize(("question", "want"), [
    ("The banks of Germany, which have the P/E more small than 10?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Germany"), FG_PE(D0) < 10)'),
    ("Which utilities have a dividend yield more high than 4%?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
    ("Say me the P/E of Falcon Software", "FG_PE(D0) FOR FALC"),
])
def test_a_second_languages_comparative_and_say_me(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "want"), [
    ("banks with P/E under 10 and their sales growth",
     'NAME, FG_PE(D0), GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("insurers with a dividend yield above 3% and their EPS growth last year",
     'NAME, FG_DIV_YIELD(D0), GROWTH(FF_EPS, FY2023, FY2024) FOR SCREEN(INDUSTRY("Insurance"), FG_DIV_YIELD(D0) > 3)'),
])
def test_their_growth_after_a_screen_is_a_figure_shown_not_a_condition(question: str, want: str) -> None:
    # before: GROWTH(...) > 0 was added to the screen (the companies whose sales fell dropped: a wrong answer)
    assert q(question) == want


def test_growth_said_as_what_the_companies_have_still_screens() -> None:
    assert q("banks with sales growth and a P/E under 10") == (
        'NAME, GROWTH(FF_SALES, FY2023, FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), '
        'GROWTH(FF_SALES, FY2023, FY2024) > 0 AND FG_PE(D0) < 10)')


def test_a_range_of_trading_days_that_runs_backwards_is_refused() -> None:
    # f22a's trading-day range ends read "from 30 ... to 10 trading days ago"; the other way round is no range
    assert q("return of Northwind Systems from 30 trading days ago to 10 trading days ago") == "P_RETURN(D-30, D-10) FOR NWSY"
    assert refused("return of Northwind Systems from 10 trading days ago to 30 trading days ago")

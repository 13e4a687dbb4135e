"""Round 24 (f24n): last round's noticed-not-fixed list. Own wording; each positive case fails on main before the
change, the near misses keep their reading (or stay refused)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1. whom the answer is for, named first and closed by a comma -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("For Jane, NWSY's sales in FY2023", "FF_SALES(FY2023) FOR NWSY"),
        ("For Tom Baker, what was Falcon Software's net income in fiscal 2022?", "FF_NET_INC(FY2022) FOR FALC"),
    ],
)
def test_a_name_said_first_before_a_comma_is_whom_the_answer_is_for(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_for_a_company_or_a_set_said_first_stays_read() -> None:
    assert q("For APXM, sales in FY2023") == "FF_SALES(FY2023) FOR APXM"
    assert q("For my colleague Priya, NWSY's EPS last year") == "FF_EPS(FY2024) FOR NWSY"  # (read before as well)
    assert q("For Northwind Systems, what were sales in FY2023?") == "FF_SALES(FY2023) FOR NWSY"
    assert q("For Banks, sales in FY2023") == 'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks"))'
    # no comma after the name, or a name in lower case: not the framing (refused, naming it)
    assert "jane" in refused("For Jane NWSY's sales in FY2023")
    assert "jane" in refused("For jane, NWSY's sales in FY2023")


# -- 2. a screen's figure, a comma, then "and the growth" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which banks had the highest sales last year, and the growth?",
         'NAME, FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks")) '
         "SORT FF_SALES(FY2024) DESC IN USD"),
        ("Which insurers had the lowest net income in FY2023, and the growth?",
         'NAME, FF_NET_INC(FY2023), GROWTH(FF_NET_INC, FY2022, FY2023) FOR SCREEN(INDUSTRY("Insurance")) '
         "SORT FF_NET_INC(FY2023) ASC IN USD"),
        ("NWSY's sales in FY2024, and the growth", "FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    ],
)
def test_a_growth_after_a_comma_beside_one_figure(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_growth_after_a_comma_beside_two_measures_at_own_periods_stays_refused() -> None:
    assert "growth" in refused("NWSY's sales in FY2024, net income in FY2023, and the growth")
    assert q("NWSY's sales in FY2023 and FY2024, and the growth") == \
        "FF_SALES(FY2023), FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"


# -- 3. "relative to" a period, as "compared to" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY sales in FY2024 relative to FY2023", "FF_SALES(FY2024), FF_SALES(FY2023) FOR NWSY"),
        ("NWSY's net income in fiscal 2024 relative to fiscal 2023", "FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR NWSY"),
        ("NWSY's EPS last year relative to the prior year", "FF_EPS(FY2024), FF_EPS(FY2023) FOR NWSY"),
        ("NWSY's total revenue in FY2024 relative to FY2023", "FF_SALES(FY2024), FF_SALES(FY2023) FOR NWSY"),
        ("NWSY sales in FY2024 relative to FY2023 in percent", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    ],
)
def test_relative_to_a_period_sets_it_against_the_other(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_relative_to_a_measure_stays_a_ratio() -> None:
    assert q("NWSY market cap relative to FY2024 sales") == "FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR NWSY"
    assert q("NWSY debt relative to its equity in FY2024") == "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR NWSY"


# -- 4. a slash between two measures naming no ratio: the plain quotient (pinned, the stated convention) ----------------


def test_pin_an_unnamed_slash_is_the_plain_quotient_and_a_named_ratio_in_percent() -> None:
    assert q("NWSY net income/sales in FY2024") == "FF_NET_INC(FY2024) / FF_SALES(FY2024) FOR NWSY"
    assert q("NWSY net margin in FY2024") == "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR NWSY"


# -- 5. bare "the years between 2021 and 2023" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Apex Medical's revenue for the years between 2021 and 2023",
         "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023) FOR APXD"),
        ("NWSY revenue for the years 2021 to 2023", "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023) FOR NWSY"),
        ("NWSY net income over the years from 2020 to 2022",
         "FF_NET_INC(FY2020), FF_NET_INC(FY2021), FF_NET_INC(FY2022) FOR NWSY"),
        ("NWSY average sales for the years between 2020 and 2023", "AVG(FF_SALES, FY2020, FY2023) FOR NWSY"),
    ],
)
def test_the_years_of_a_range_read_as_the_range(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_years_with_no_article_or_preposition_stays_refused() -> None:
    assert "years" in refused("NWSY revenue years between 2021 and 2023")


# -- 6. a slip in an English word of a company's name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Atlas Miniing sales in FY2023", "FF_SALES(FY2023) FOR ATLM"),
        ("what was atlas miniing's EPS in fiscal 2022", "FF_EPS(FY2022) FOR ATLM"),
        ("Monarch Care Parters sales FY2023", "FF_SALES(FY2023) FOR MCP"),
        ("Monarch Care Partnes's net income in FY2023", "FF_NET_INC(FY2023) FOR MCP"),
    ],
)
def test_a_slip_of_a_name_word_links_the_company(question: str, query: str) -> None:
    assert q(question) == query


# -- 7. "paying a dividend yield of more than 3%": the yield alone ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which banks are paying a dividend yield of more than 3%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 3)'),
        ("banks that pay a dividend yield above 4%",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
    ],
)
def test_a_dividend_yield_paid_is_the_yield_condition_alone(question: str, query: str) -> None:
    assert q(question) == query


def test_near_miss_paying_a_dividend_stays_a_condition() -> None:
    assert q("Which banks pay a dividend?") == 'NAME, FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) > 0)'
    assert q("Which utilities pay a dividend and have a yield above 3%?") == (
        'NAME, FF_DPS(FY2024), FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FF_DPS(FY2024) > 0 AND '
        "FG_DIV_YIELD(D0) > 3)")


# -- 8. guards r23 found that read better broken ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Where did QLC close on the last day of June 2024?", "P_PRICE(2024-06-28) FOR QLC"),
        ("What was NWSY's closing price on the last day of 2023?", "P_PRICE(2023-12-29) FOR NWSY"),
        ("NWSY's sales in FY2023. The same for last year?", "FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
        ("NWSY's sales and net income in FY2022, and the same for last year",
         "FF_SALES(FY2022), FF_SALES(FY2024), FF_NET_INC(FY2022), FF_NET_INC(FY2024) FOR NWSY"),
        ("NWSY's sales in FY2023 and FY2024, two figures", "FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
        ("NWSY's sales and EPS for FY2024, two figures please", "FF_SALES(FY2024), FF_EPS(FY2024) FOR NWSY"),
    ],
)
def test_relaxed_guards_read_right(question: str, query: str) -> None:
    assert q(question) == query


def test_near_misses_of_the_relaxed_guards_stay_refused() -> None:
    # (f24l: "the last day of Q3 2024" now reads as the quarter's last trading day; the quarter with no year stays out)
    assert "last day" in refused("Where did NWSY close on the last day of the quarter?")
    assert "the same" in refused("NWSY's sales growth in FY2023, and the same for last year")
    # a count said last that the items do not match
    assert "three" in refused("NWSY's sales and EPS for FY2024, three figures")


# -- 9. f23l's leftovers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY sales for the 2022 fiscal year-FY2024", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
        ("NWSY sales for the 2021 fiscal year-2023", "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023) FOR NWSY"),
        ("Which banks have sales of more than 300 million in dollar terms?",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > 300) IN USD'),
        ("Top 5 banks by maret capitalisation",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD'),
        ("NWSY makret capitalization", "FG_MKT_CAP(D0) FOR NWSY"),
    ],
)
def test_f23l_leftovers(question: str, query: str) -> None:
    assert q(question) == query


def test_near_misses_of_f23l_leftovers() -> None:
    assert "end" in refused("NWSY cash at the 2023 fiscal year-end")  # a year's end, no range (as before)
    assert "terms" in refused("How much more did NWSY's sales grow in dollar terms in FY2024?")  # a change in money
    assert q("the capitalisation of NWSY") == "FG_MKT_CAP(D0) FOR NWSY"


# -- 10. an estimate compared with a period it has no figure at ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("banks whose FY1 consensus EPS is above FY2024", "above fy2024"),
        # (it was FE_SALES(FY2) < FE_SALES(FY1): the FY2023 said became the FY2025 consensus, a wrong answer)
        ("banks whose FY2026 consensus sales are below FY2023", "below fy2023"),
        ("banks whose FY2026 EPS estimate is above FY2022", "above fy2022"),
    ],
)
def test_an_estimate_against_a_reported_year_names_the_period(question: str, named: str) -> None:
    message = refused(question)
    assert named in message and "compared with itself" not in message and "no measure of its own" in message


def test_near_miss_an_actual_against_an_estimate_year_or_a_measure_said_stays() -> None:
    assert q("banks whose FY2024 EPS is above FY2025") == \
        'NAME, FF_EPS(FY2024), FE_EPS(FY1) FOR SCREEN(INDUSTRY("Banks"), FF_EPS(FY2024) > FE_EPS(FY1))'
    assert q("banks whose FY1 consensus sales are above FY2024 sales") == \
        'NAME, FE_SALES(FY1), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FE_SALES(FY1) > FF_SALES(FY2024))'


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the comparison said by its sign before "FYxx actual(s)": the reported figure of the measure compared (it was
        # refused, "a measure compared with itself")
        ("banks where FY2025 consensus EPS > FY2024 actual",
         'NAME, FE_EPS(FY1), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FE_EPS(FY1) > FF_EPS(FY2024))'),
        ("banks where FY2025 consensus sales < the FY2024 actual",
         'NAME, FE_SALES(FY1), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FE_SALES(FY1) < FF_SALES(FY2024))'),
    ],
)
def test_an_actual_said_after_a_comparison_sign(question: str, query: str) -> None:
    assert q(question) == query


# -- noticed here: a span of years said right before a range of years --------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # (two growths were answered: the last two years' and the range's)
        ("NWSY's revenue growth over two years from FY2021 to FY2023", "GROWTH(FF_SALES, FY2021, FY2023) FOR NWSY"),
        ("NWSY's revenue CAGR over 3 years from FY2020 to FY2023", "CAGR(FF_SALES, FY2020, FY2023) FOR NWSY"),
        ("NWSY sales over two years from FY2021 to FY2023",
         "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023) FOR NWSY"),
    ],
)
def test_a_span_restating_the_range_after_it(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # the count does not match the range's years
        ("NWSY's revenue growth over three years from FY2021 to FY2023", "over three years"),
        # bare years: a growth's two years, or a return's three calendar years? (two answers were given)
        ("NWSY's return over two years from 2022 to 2024", "over two years"),
        ("NWSY's revenue growth over two years from 2021 to 2023", "over two years"),
    ],
)
def test_a_span_that_does_not_restate_the_range_is_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_near_miss_a_span_alone_keeps_its_reading() -> None:
    assert q("NWSY revenue growth over two years") == "GROWTH(FF_SALES, FY2022, FY2024) FOR NWSY"
    assert q("NWSY's 2-year revenue growth from FY2021 to FY2023") == "GROWTH(FF_SALES, FY2021, FY2023) FOR NWSY"

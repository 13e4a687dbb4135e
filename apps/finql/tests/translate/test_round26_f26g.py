"""Round 26 (f26g): compositional coverage of SPEC, round 4 (``apps/finql/benchmarks/spec_compose.py``, the combinations
tagged "r26"). Classes fixed: three or more conditions listed with commas and the last joined by "or" ("a P/E below 10,
a yield above 3% or a return above 10%": any one of them; it was read "(A AND B) OR C", a wrong answer); a measure
"per diluted share" (SPEC 1's shares are diluted: the measure over FF_SHARES, as "per share"; "earnings per diluted
share" is diluted EPS); "the highest (lowest) share price" on one day, of a screen (the companies ranked by that
day's close; it was read as a high or low over a range, refused); "by how much ... higher than ..." with the unit in
percent said in the sentence (the growth; the unit was left unread, refused); "above its (their) FY2025 consensus"
(a period after "its" right after the comparison is the compared measure's, as "above FY2025" reads). Own wordings; the near misses pin what stays read or refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1: "A, B or C": a comma list of conditions closed by "or" ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Show insurers with a dividend yield above 4%, a P/E under 8 or more than 20,000 employees.",
         'NAME, FG_DIV_YIELD(D0), FG_PE(D0), FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
         "FG_DIV_YIELD(D0) > 4 OR FG_PE(D0) < 8 OR FF_EMPLOYEES(FY2024) > 20000)"),
        ("Find airlines that have negative free cash flow last year, a price-to-book ratio above 2, or negative operating income in FY2023",
         'NAME, FF_FCF(FY2024), FG_PB(D0), FF_OPER_INC(FY2023) FOR SCREEN(INDUSTRY("Airlines"), '
         "FF_FCF(FY2024) < 0 OR FG_PB(D0) > 2 OR FF_OPER_INC(FY2023) < 0)"),
        ("Utilities with a P/E above 30, a dividend yield below 1%, a price-to-book ratio above 4 or negative net income "
         "last year",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FG_PB(D0), FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Utilities"), '
         "FG_PE(D0) > 30 OR FG_DIV_YIELD(D0) < 1 OR FG_PB(D0) > 4 OR FF_NET_INC(FY2024) < 0)"),
    ],
)
def test_comma_list_closed_by_or(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: a comma list closed by "and" stays all of them; "either" opening inside the list groups the
        # last two only; "either" before the list groups all three
        ("Show insurers with a dividend yield above 4%, a P/E under 8 and more than 20,000 employees.",
         'NAME, FG_DIV_YIELD(D0), FG_PE(D0), FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
         "FG_DIV_YIELD(D0) > 4 AND FG_PE(D0) < 8 AND FF_EMPLOYEES(FY2024) > 20000)"),
        ("Show insurers with a dividend yield above 4% and either a P/E under 8 or more than 20,000 employees.",
         'NAME, FG_DIV_YIELD(D0), FG_PE(D0), FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
         "FG_DIV_YIELD(D0) > 4 AND (FG_PE(D0) < 8 OR FF_EMPLOYEES(FY2024) > 20000))"),
        ("Show insurers with either a dividend yield above 4%, a P/E under 8 or more than 20,000 employees.",
         'NAME, FG_DIV_YIELD(D0), FG_PE(D0), FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
         "FG_DIV_YIELD(D0) > 4 OR FG_PE(D0) < 8 OR FF_EMPLOYEES(FY2024) > 20000)"),
        ("Show insurers with a dividend yield above 4% or a P/E under 8",
         'NAME, FG_DIV_YIELD(D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_DIV_YIELD(D0) > 4 OR FG_PE(D0) < 8)'),
    ],
)
def test_comma_list_near_misses(question: str, query: str) -> None:
    assert q(question) == query


def test_and_then_comma_list_closed_by_or_is_refused() -> None:
    # "A and B, C or D": whether the "or" joins C alone, or B and C, to D is not said
    assert "or" in refused("Insurers with positive net income and a P/E under 8, a yield above 4% or a return above "
                           "10% in 2024")


# -- 2: "per diluted share" ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What was Northwind Systems' book value per diluted share in fiscal 2021?",
         "FF_EQUITY(FY2021) / FF_SHARES(FY2021) FOR NWSY"),
        ("APXM's operating income per diluted share last year", "FF_OPER_INC(FY2024) / FF_SHARES(FY2024) FOR APXM"),
        ("Which 3 banks had the highest revenue per diluted share in FY2023?",
         'NAME, FF_SALES(FY2023) / FF_SHARES(FY2023) FOR SCREEN(INDUSTRY("Banks")) '
         "SORT FF_SALES(FY2023) / FF_SHARES(FY2023) DESC TOP 3 IN USD"),
        # earnings per diluted share is diluted EPS (not net income over shares, which sums differently)
        ("Show APXM's earnings per diluted share for FY2022", "FF_EPS(FY2022) FOR APXM"),
        ("Northwind Systems' profit per diluted share last year", "FF_EPS(FY2024) FOR NWSY"),
        ("APXM's dividends per diluted share last year", "FF_DPS(FY2024) FOR APXM"),  # the name's own "per share"
    ],
)
def test_per_diluted_share(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # near misses: basic shares are not in the data (SPEC 1: diluted shares only); "diluted" qualifies shares only
        ("APXM's sales per basic share last year", "per basic"),
        ("APXM's capital expenditure per diluted employee in FY2023", "per diluted employee"),
    ],
)
def test_per_share_other_than_diluted_stays_refused(question: str, words: str) -> None:
    assert words in refused(question)


def test_per_share_still_reads() -> None:
    assert q("APXM's cash per share last year") == "FF_CASH(FY2024) / FF_SHARES(FY2024) FOR APXM"


# -- 3: "the highest (lowest) share price" on one day, of a screen ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which 5 Japanese companies had the highest share price today?",
         'NAME, P_PRICE(D0) FOR SCREEN(COUNTRY("Japan")) SORT P_PRICE(D0) DESC TOP 5'),
        ("The 2 German companies with the lowest closing price at the end of 2022",
         'NAME, P_PRICE(2022-12-31) FOR SCREEN(COUNTRY("Germany")) SORT P_PRICE(2022-12-31) ASC TOP 2'),
        # (round 35, f35s) a price is ranked as each company quotes it (SPEC 3: no IN, no conversion)
        ("Which 3 banks had the lowest share price on June 28, 2024?",
         'NAME, P_PRICE(2024-06-28) FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(2024-06-28) ASC TOP 3'),
        ("Name the 3 Canadian companies with the highest closing price 60 trading days ago",
         'NAME, P_PRICE(D-60) FOR SCREEN(COUNTRY("Canada")) SORT P_PRICE(D-60) DESC TOP 3'),
        ("Which airline had the lowest closing price at the end of Q3 2024?",
         'NAME, P_PRICE(2024-09-30) FOR SCREEN(INDUSTRY("Airlines")) SORT P_PRICE(2024-09-30) ASC TOP 1'),
    ],
)
def test_price_superlative_on_a_day(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    "question",
    [
        # near misses: a named company's "highest share price" on a day is no ranking; with no day said, which
        # price (today's, a range's high) is not said
        "APXM's highest share price on June 28, 2024",
        "Which 5 banks have the highest share price?",
        # ((round 40, f40n) "Which 3 banks had the highest share price over the last 20 trading days?" is read: a
        # share price on a day is its close (SPEC 2), the range's highest is P_HIGH; test_round40_f40n.py)
    ],
)
def test_price_superlative_stays_refused(question: str) -> None:
    refused(question)


def test_price_superlative_other_words_read_as_before() -> None:
    # "stock price" was never a name of the high: read this way before the rule, as the rule now reads the others
    assert q("List the 4 insurers with the highest stock price on March 28, 2024") == (
        'NAME, P_PRICE(2024-03-28) FOR SCREEN(INDUSTRY("Insurance")) SORT P_PRICE(2024-03-28) DESC TOP 4')


def test_price_superlative_over_a_range_stays_the_high() -> None:
    assert q("Which banks had a closing price above their highest closing price in 2023?") == (
        'NAME, P_PRICE(D0), P_HIGH(2023-01-01, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), '
        "P_PRICE(D0) > P_HIGH(2023-01-01, 2023-12-31))")


# -- 4: "how much ... higher than ...", in percent ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("By how much was Northwind Systems' operating income in FY2023 higher than in FY2021, in percent?",
         "GROWTH(FF_OPER_INC, FY2021, FY2023) FOR NWSY"),
        ("How much larger was APXM's free cash flow last year than two years ago, as a percentage?",
         "GROWTH(FF_FCF, FY2023, FY2024) FOR APXM"),
        ("By how much, in percent, were APXM's dividends per share in fiscal 2024 above fiscal 2022?",
         "GROWTH(FF_DPS, FY2022, FY2024) FOR APXM"),
        ("How much more did Northwind Systems earn in FY2024 than in FY2020 in percentage terms?",
         "GROWTH(FF_NET_INC, FY2020, FY2024) FOR NWSY"),
    ],
)
def test_how_much_higher_in_percent(question: str, query: str) -> None:
    assert q(question) == query


def test_how_much_higher_near_misses() -> None:
    # without the unit, the difference (as before); "lower ..., in percent" stays refused (its sign reads two ways)
    assert q("By how much was Northwind Systems' operating income in FY2023 higher than in FY2021?") == (
        "FF_OPER_INC(FY2023) - FF_OPER_INC(FY2021) FOR NWSY")
    refused("By how much was Northwind Systems' operating income in FY2023 lower than in FY2021, in percent?")


# -- 5: a period after "its"/"their" right after a comparison --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("By what percentage is Northwind Systems' consensus sales estimate for fiscal 2026 above its fiscal 2025 "
         # (round 27, f27n: an estimate's change in percent is SPEC's GROWTH, as a reported figure's is)
         "consensus?", "GROWTH(FE_SALES, FY1, FY2) FOR NWSY"),
        ("Which insurers have a consensus sales estimate for FY2026 above their FY2025 one?",
         'NAME, FE_SALES(FY2), FE_SALES(FY1) FOR SCREEN(INDUSTRY("Insurance"), FE_SALES(FY2) > FE_SALES(FY1))'),
        ("Which airlines had free cash flow in FY2024 below their FY2022 level?",
         'NAME, FF_FCF(FY2024), FF_FCF(FY2022) FOR SCREEN(INDUSTRY("Airlines"), FF_FCF(FY2024) < FF_FCF(FY2022))'),
    ],
)
def test_its_period_after_comparison(question: str, query: str) -> None:
    assert q(question) == query


def test_its_period_after_comparison_near_misses() -> None:
    # a measure of its own after the period is that measure; an actual against an estimate at a reported year stays
    # refused (the estimate has no figure there)
    assert q("Which airlines had free cash flow in FY2024 below their FY2022 capex?") == (
        'NAME, FF_FCF(FY2024), FF_CAPEX(FY2022) FOR SCREEN(INDUSTRY("Airlines"), FF_FCF(FY2024) < FF_CAPEX(FY2022))')
    refused("Which banks had sales in FY2024 above its FY2023 consensus?")

"""Round 19 (f19e): wrong answers of two classes: a list of three or more quarters before one year ("Q1, Q2 and Q3 of
2023": only the last quarter took the year), and a list of groups of sets whose kinds were crossed ("UK and US banks
and German utilities" answered German banks). Own wording; each fails on the chain before this round unless marked
as pinned."""

from __future__ import annotations

import pytest
from reading_helpers import q

# -- several quarters, then one year: each quarter is of that year -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Polar Apparel net income in Q1, Q2, and Q3 of 2022",
         "FF_NET_INC(FQ2022Q1), FF_NET_INC(FQ2022Q2), FF_NET_INC(FQ2022Q3) FOR POLA"),
        ("Falcon Software revenue for Q2, Q3 and Q4 2023",
         "FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q4) FOR FALC"),
        ("Cobalt Motors EPS in Q1, Q3 & Q4 of fiscal 2022",
         "FF_EPS(FQ2022Q1), FF_EPS(FQ2022Q3), FF_EPS(FQ2022Q4) FOR COBA"),
    ],
)
def test_several_quarters_take_the_year_after_them(question: str, expected: str) -> None:
    assert q(question) == expected


def test_quarter_lists_stay_as_they_were() -> None:  # pinned
    assert q("Polar Apparel sales in Q1 and Q3 of 2023") == "FF_SALES(FQ2023Q1), FF_SALES(FQ2023Q3) FOR POLA"
    assert q("Polar Apparel sales between Q2 and Q4 2023") == \
        "FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q4) FOR POLA"
    assert q("Polar Apparel Q1, Q2 and Q3 sales for FY2022") == \
        "FF_SALES(FQ2022Q1), FF_SALES(FQ2022Q2), FF_SALES(FQ2022Q3) FOR POLA"
    assert q("Lumen Streaming Q1 sales from FY2021 to FY2023") == \
        "FF_SALES(FQ2021Q1), FF_SALES(FQ2022Q1), FF_SALES(FQ2023Q1) FOR LUMS"


# -- groups of sets, each qualified by its own words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("list the UK and French insurers and the US utilities",
         'NAME FOR SCREEN(INDUSTRY("Insurance") & (COUNTRY("United Kingdom") | COUNTRY("France")) | '
         'SECTOR("Utilities") & COUNTRY("United States"))'),
        ("German insurers and US utilities",
         'NAME FOR SCREEN(INDUSTRY("Insurance") & COUNTRY("Germany") | SECTOR("Utilities") & COUNTRY("United States"))'),
        ("US banks and insurers and German utilities",
         'NAME FOR SCREEN((INDUSTRY("Banks") | INDUSTRY("Insurance")) & COUNTRY("United States") | '
         'SECTOR("Utilities") & COUNTRY("Germany"))'),
    ],
)
def test_groups_of_sets_keep_their_own_kinds(question: str, expected: str) -> None:
    assert q(question) == expected


def test_one_group_of_sets_stays_one() -> None:  # pinned: the countries qualify every business said
    assert q("German and French banks and insurers") == \
        'NAME FOR SCREEN((INDUSTRY("Banks") | INDUSTRY("Insurance")) & (COUNTRY("Germany") | COUNTRY("France")))'


# -- "with" between two conditions is a joint: a period said before it is the other condition's --------------------


def test_with_between_conditions_keeps_the_period_in_its_clause() -> None:
    said = q("insurers that gained over 5% in 2022 with a dividend yield above 2%")
    assert said == q("insurers that gained over 5% in 2022, with a dividend yield above 2%")
    assert said == ('NAME, P_RETURN(2021-12-31, 2022-12-31), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Insurance"), '
                    'P_RETURN(2021-12-31, 2022-12-31) > 5 AND FG_DIV_YIELD(D0) > 2)')


def test_with_before_a_period_after_its_measure_stays() -> None:  # pinned: the period after the measure is its own
    assert q("insurers with a dividend yield above 2% in 2022") == \
        'NAME, FG_DIV_YIELD(2022-12-31) FOR SCREEN(INDUSTRY("Insurance"), FG_DIV_YIELD(2022-12-31) > 2)'

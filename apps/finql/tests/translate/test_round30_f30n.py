"""Round 30 (f30n): round 29's noticed list. Own wordings (each failed before the change: a wrong answer or a
refusal), with near misses that keep their readings or refusals."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1. a constant operand (SPEC 2: ``expr := NUMBER | ...``; money in millions, as a threshold is) ----------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What is Apex Materials' cash minus 500 in FY2024?", "FF_CASH(FY2024) - 500 FOR APXM"),
        ("Apex Materials net income plus 100m, FY2024", "FF_NET_INC(FY2024) + 100 FOR APXM"),
        ("Apex Materials sales divided by 1000 for FY2024", "FF_SALES(FY2024) / 1000 FOR APXM"),
        ("NWSY debt less 2bn in FY2023", "FF_DEBT(FY2023) - 2000 FOR NWSY"),
        ("Northwind Systems' EPS multiplied by 4 for fiscal 2024", "FF_EPS(FY2024) * 4 FOR NWSY"),
        # (round 29's f29n test refused it, as compose had no NUMBER operand)
        ("Define cushion as cash minus 500. What was it for NWSY in FY2024?", "FF_CASH(FY2024) - 500 FOR NWSY"),
    ],
)
def test_constant_operand(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # a percentage added to an amount (10% of it, or 10 more?) and a unit on a divisor: not said, named
        ("Apex Materials sales plus 10% in FY2024", "10%"),
        ("NWSY cash divided by 2bn in FY2024", "2bn"),
    ],
)
def test_constant_operand_unit_unsaid_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


def test_constant_after_a_term_defined_in_a_sentence_before_stays_refused() -> None:
    assert "plus" in refused("Leverage is debt over equity. What is Falcon Software's leverage plus 1?")


def test_constant_operand_near_misses_keep_their_readings() -> None:
    # a difference of two measures, and a threshold after one, read as before
    assert q("Apex Materials cash minus debt in FY2024") == "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR APXM"
    assert q("banks with sales above 500 in FY2024") == \
        'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > 500)'


# -- 2. "grew X every year from A to B": each year's growth, not the two ends -------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which banks grew sales every year from FY2021 to FY2024?",
         'NAME, FF_SALES(FY2022), FF_SALES(FY2021), FF_SALES(FY2023), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_SALES(FY2022) > FF_SALES(FY2021) AND FF_SALES(FY2023) > FF_SALES(FY2022) AND "
         "FF_SALES(FY2024) > FF_SALES(FY2023))"),
        ("Which utilities increased net income each year between FY2020 and FY2023?",
         'NAME, FF_NET_INC(FY2021), FF_NET_INC(FY2020), FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR '
         'SCREEN(SECTOR("Utilities"), FF_NET_INC(FY2021) > FF_NET_INC(FY2020) AND FF_NET_INC(FY2022) > '
         "FF_NET_INC(FY2021) AND FF_NET_INC(FY2023) > FF_NET_INC(FY2022))"),
        ("Which banks grew EPS every year over the last three years?",
         'NAME, FF_EPS(FY2022), FF_EPS(FY2021), FF_EPS(FY2023), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_EPS(FY2022) > FF_EPS(FY2021) AND FF_EPS(FY2023) > FF_EPS(FY2022) AND FF_EPS(FY2024) > FF_EPS(FY2023))"),
        ("Which banks grew EPS each year over the last two years?",
         'NAME, FF_EPS(FY2023), FF_EPS(FY2022), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_EPS(FY2023) > FF_EPS(FY2022) AND FF_EPS(FY2024) > FF_EPS(FY2023))"),
    ],
)
def test_grew_every_year_is_each_years_growth(question: str, query: str) -> None:
    assert q(question) == query


def test_grew_over_a_span_without_each_year_keeps_the_ends() -> None:
    assert q("Which banks grew sales from FY2021 to FY2024?") == \
        'NAME, FF_SALES(FY2024), FF_SALES(FY2021) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > FF_SALES(FY2021))'


# -- 3. a period said once after the last of the conditions joined by "and" / "or": every condition's ---------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which utilities had debt above equity and cash above debt in fiscal 2023?",
         'NAME, FF_DEBT(FY2023), FF_EQUITY(FY2023), FF_CASH(FY2023) FOR SCREEN(SECTOR("Utilities"), '
         "FF_DEBT(FY2023) > FF_EQUITY(FY2023) AND FF_CASH(FY2023) > FF_DEBT(FY2023))"),
        ("Which banks had sales above 1bn and net income above 100m in FY2023?",
         'NAME, FF_SALES(FY2023), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2023) > 1000 AND '
         "FF_NET_INC(FY2023) > 100)"),
        ("utilities with capex above 500m or debt below 2bn in FY2022",
         'NAME, FF_CAPEX(FY2022), FF_DEBT(FY2022) FOR SCREEN(SECTOR("Utilities"), FF_CAPEX(FY2022) > 500 OR '
         "FF_DEBT(FY2022) < 2000)"),
    ],
)
def test_period_said_once_at_the_end_is_every_conditions(question: str, query: str) -> None:
    assert q(question) == query


def test_period_after_the_first_condition_stays_its_own() -> None:
    # round 27 (f27w) / 29 (f29n): a period said after the first condition is that one's; the next takes the default
    assert q("Which banks had sales above 1bn in FY2023 and net income above 100m?") == \
        'NAME, FF_SALES(FY2023), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2023) > 1000 AND ' \
        "FF_NET_INC(FY2024) > 100)"


def test_period_at_the_end_that_an_earlier_condition_cannot_take_is_refused() -> None:
    # a P/E has no figure in a fiscal year (a screen's companies end their years on different days): was the period
    # meant for both? Refused, naming it (the P/E was today's)
    assert "fy2023" in refused("Which banks have a P/E below 10 and sales above 1bn in FY2023?")


# -- 4. "at least one of the following two criteria: A; or B", "either of these: A, B" ------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which banks meet at least one of the following two criteria: a P/E below 10; or a dividend yield above 5%?",
        "Which banks meet either of these: a P/E below 10, a dividend yield above 5%?",
        "Which banks satisfy at least one of the following criteria:\n- a P/E below 10\n- or a dividend yield above 5%",
        "Which banks meet one of these two conditions: a P/E below 10. Or a dividend yield above 5%.",
    ],
)
def test_one_of_the_following_criteria(question: str) -> None:
    assert q(question) == \
        'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 OR FG_DIV_YIELD(D0) > 5)'


def test_one_of_the_following_with_a_third_condition_after_and() -> None:
    assert q("Which banks meet at least one of the following two criteria: a P/E below 10; or a dividend yield "
             "above 5%, and have ROE above 10%?") == \
        'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR ' \
        'SCREEN(INDUSTRY("Banks"), (FG_PE(D0) < 10 OR FG_DIV_YIELD(D0) > 5) AND ' \
        "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 10)"


def test_one_of_three_criteria_is_not_read_as_two() -> None:
    refused("Which banks meet at least one of the following three criteria: a P/E below 10; a dividend yield above "
            "5%; or ROE above 10%?")


# -- 5. the price change since (versus) a year's close: the return from that year's end to D0 (SPEC 5) ------------


@pytest.mark.parametrize(
    "question",
    [
        "How did NWSY's share price change versus the 2023 close?",
        "NWSY share price change since the 2023 close?",
        "How much has Northwind Systems' stock moved against its end-2023 close?",
        "NWSY price change vs. the 2023 year-end close",
    ],
)
def test_price_change_since_a_years_close(question: str) -> None:
    assert q(question) == "P_RETURN(2023-12-31, D0) FOR NWSY"


def test_price_versus_a_years_close_without_a_change_lists_both() -> None:
    assert q("What is NWSY's share price versus the 2023 close?") == "P_PRICE(D0), P_PRICE(2023-12-31) FOR NWSY"


# -- 6. a newsletter label naming a set ("Renewables roundup:") ----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Renewables roundup: which companies have a P/E below 10?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Renewable Energy"), FG_PE(D0) < 10)'),
        ("Banks page: which companies have a dividend yield above 5%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 5)'),
    ],
)
def test_label_naming_the_only_set_is_the_set(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Renewables roundup: which utilities have a P/E below 10?", "renewables"),
        ("Renewables roundup: what is NWSY's P/E?", "renewables"),
    ],
)
def test_label_naming_another_set_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


def test_label_restating_the_set_is_context() -> None:
    assert q("Utilities roundup: which utilities have a P/E below 10?") == \
        'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 10)'


# -- 7. "versus 2023" (the return over 2023, or since its end?): refused, as SPEC 5 does not say ---------------------


def test_price_change_versus_a_bare_year_stays_refused() -> None:
    assert "versus 2023" in refused("NWSY share price change versus 2023?")


# -- 8. a calendar period's return ending on 2024-12-31 is written as SPEC 5 writes it ------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What was NWSY's price return in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR NWSY"),
        ("NWSY return in the second half of 2024", "P_RETURN(2024-06-30, 2024-12-31) FOR NWSY"),
        ("NWSY return in Q4 2024", "P_RETURN(2024-09-30, 2024-12-31) FOR NWSY"),
    ],
)
def test_calendar_return_ends_on_its_date(question: str, query: str) -> None:
    assert q(question) == query


def test_year_to_date_return_ends_at_d0() -> None:
    assert q("NWSY return year to date") == "P_RETURN(2023-12-31, D0) FOR NWSY"

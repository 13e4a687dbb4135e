"""Round 27 (f27w): wrong readings the round-27 reviewer found. Classes: a year said by the month it ends in, in a
screen (it was each company's fiscal year of that label, whatever its year end: refused unless every company of the
set ends its year in that month); a span counted back from today ("52-week high") in one figure with a price on
another day (the span to today beside that day's close: refused); a period said after a condition on a measure that
has no figure at it ("a P/E below 10 in FY2023, ROE above 15%": the period went to the next measure; refused); "A, B
and C or D" (read "(A AND B AND C) OR D": refused, as "A and B, C or D" is). Own wordings; the near misses pin what
stays read."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1: a year ended in a month, in a screen --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Banks' revenue in the fiscal year ended June 2024",
        "Which banks had net income above 1bn in the financial year ended March 2024?",
        "Which tech companies had revenue above $10bn in the year ending September 30, 2023?",
        "List insurers by sales for the year ended June 30, 2024",
    ],
)
def test_year_ended_in_a_screen_refused(question: str) -> None:
    assert "fiscal year end of every company in the set" in refused(question)


@pytest.mark.parametrize(
    "question",
    [
        "Banks' revenue in the fiscal year ended December 2023",
        "Which companies had revenue above $10bn in the year ended December 2023?",
    ],
)
def test_year_ended_december_of_a_mixed_set_is_no_fiscal_year(question: str) -> None:
    # (calendar 2023: the fiscal quarters that end in it differ by company, so a fundamentals item stays refused)
    assert q(question) is None


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # every insurer and every REIT ends its year in December: their fiscal year
        ("Insurers' revenue in the fiscal year ended December 2023", 'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Insurance"))'),
        ("List REITs by net income for the year ending December 31, 2023",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("REITs")) SORT FF_NET_INC(FY2023) DESC IN USD'),
        ("Banks' revenue in FY2024", 'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
    ],
)
def test_year_ended_near_misses(question: str, query: str) -> None:
    assert q(question) == query


def test_year_ended_december_of_a_mixed_set_is_the_calendar_year_for_prices() -> None:
    # (it was refused: the fiscal year of banks with three year ends has no one date range)
    assert q("Which banks returned more than 10% in the year ended December 2023?") == (
        'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2022-12-31, 2023-12-31) > 10)')


# -- 2: a span counted back from today beside a price on another day --------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which banks had the lowest share price on June 28, 2024 relative to their 52-week high?",
        "NWSY's price on June 28, 2024 relative to its 52-week high",
        "Banks' price on June 28, 2024 as a percentage of the 52-week high",
        "Rank insurers by their closing price on 2024-03-28 divided by their 6-month low",
        "Banks whose price on June 28, 2024 was within 5% of their 52-week high",
        "Banks whose price on June 28, 2024 was more than 10% below their 52-week high",
        "How far below its 52-week high was NWSY's price on June 28, 2024?",
        "How far was NWSY's share price on June 28, 2024 below its 52-week high?",
    ],
)
def test_span_beside_a_dated_price_refused(question: str) -> None:
    assert "a price on another day" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY's price relative to its 52-week high", "P_PRICE(D0) / P_HIGH(2024-01-15, D0) FOR NWSY"),
        ("NWSY's price today relative to its 52-week high", "P_PRICE(D0) / P_HIGH(2024-01-15, D0) FOR NWSY"),
        ("How far is NWSY's share price below its 52-week high?", "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR NWSY"),
        ("Banks within 5% of their 52-week high",
         'NAME, (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 >= -5)"),
        # a high since a date: that range, to today
        ("NWSY's price on June 28, 2024 relative to its high since January 2024",
         "P_PRICE(2024-06-28) / P_HIGH(2024-01-01, D0) FOR NWSY"),
    ],
)
def test_span_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# -- 3: a period after a condition on a measure with no figure at it --------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "banks with a P/E below 10 in FY2023, ROE above 15% or a yield above 5%",
        "insurers with a P/E below 10 in FY2023 and ROE above 15%",
        "insurers with a P/E below 10 at the end of FY2023 and ROE above 15%",
        "banks with a market cap above 10bn in FY2023 and ROE above 15%",
        "banks with a P/E below 10 in FY2023 and sales growth above 5%",
        "Which banks had a dividend yield over 4% in fiscal 2023 along with net margin above 20%?",
        "Which banks had a P/E under 12 in FY2023 or a dividend yield above 4%?",
        "banks with P/E < 10 in FY2023 and ROE > 15%",
    ],
)
def test_period_of_an_unfit_condition_refused(question: str) -> None:
    assert "no figure at that period" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("banks with ROE above 15% in FY2023 and a P/E below 10",
         'NAME, FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 > 15 AND FG_PE(D0) < 10)"),
        ("banks with a P/E below 10 on June 28, 2024 and ROE above 15%",
         'NAME, FG_PE(2024-06-28), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "FG_PE(2024-06-28) < 10 AND FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 15)"),
        ("banks with sales above 1bn in 2022 and net income above 100m in 2023",
         'NAME, FF_SALES(FY2022), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2022) > 1000 AND '
         "FF_NET_INC(FY2023) > 100)"),
        ("Which stocks had a P/E below 10 at the end of 2023?", "NAME, FG_PE(2023-12-31) FOR SCREEN(ALL, FG_PE(2023-12-31) < 10)"),
    ],
)
def test_period_of_a_condition_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# -- 4: "A, B and C or D" ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("banks with a P/E below 10, ROE above 15% and a yield above 5% or net income above 1bn", "or"),
        ("Which insurers have sales above 1bn, a P/E under 15 and a dividend yield over 3% or a market cap above 50bn?",
         "or"),
        ("banks with a P/E below 10, ROE above 15% or a yield above 5% and net income above 1bn", "and"),
    ],
)
def test_comma_list_then_other_joint_refused(question: str, word: str) -> None:
    message = refused(question)
    assert "which of them it joins is unclear" in message and f"'{word}'" in message


_BANKS = 'NAME, FG_PE(D0), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100, FG_DIV_YIELD(D0)'
_ROE = "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 15"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("banks with a P/E below 10, ROE above 15% and a yield above 5%",
         f'{_BANKS} FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND {_ROE} AND FG_DIV_YIELD(D0) > 5)'),
        ("banks with a P/E below 10, ROE above 15% or a yield above 5%",
         f'{_BANKS} FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 OR {_ROE} OR FG_DIV_YIELD(D0) > 5)'),
        ("banks with a P/E below 10, ROE above 15% and either a yield above 5% or net income above 1bn",
         f'{_BANKS}, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND {_ROE} AND '
         "(FG_DIV_YIELD(D0) > 5 OR FF_NET_INC(FY2024) > 1000))"),
        ("banks with a P/E below 10, ROE above 15% and (a yield above 5% or net income above 1bn)",
         f'{_BANKS}, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND {_ROE} AND '
         "(FG_DIV_YIELD(D0) > 5 OR FF_NET_INC(FY2024) > 1000))"),
    ],
)
def test_comma_list_near_misses(question: str, query: str) -> None:
    assert q(question) == query

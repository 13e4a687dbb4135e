"""Round 26 (f26b): the weakest older tuning sets. A set's condition on a measure said at one period and then "or"
another period ("insurers with negative free cash flow in fiscal 2022, or in fiscal 2023", "banks with a P/E under
10 at the end of 2023 or at the end of 2024") holds in either period: the condition at each period joined by OR
(``compose._time_lists`` with ``_JOINED_OR``, ``_one_by_one``). It was refused, naming the second period. Of named
companies "or" between periods stays as before (a choice, or refused). The same for a condition said by an
adjective or an idiom of a sign ("lost money last year or in the latest quarter", "profitable in fiscal 2021 or in
fiscal 2022", "loss-making in FY2022 and in FY2023"): the periods joined to its own, each with its preposition, in any
(or) or each (and) of them (``compose._conditions``). Own questions, not the golden sets'."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "query"), [
    ("Which insurers had negative free cash flow in fiscal 2022, or in fiscal 2023?",
     'NAME, FF_FCF(FY2022), FF_FCF(FY2023) FOR SCREEN(INDUSTRY("Insurance"), '
     '(FF_FCF(FY2022) < 0 OR FF_FCF(FY2023) < 0))'),
    ("Which banks had a P/E under 10 at the end of 2023 or at the end of 2024?",
     'NAME, FG_PE(2023-12-31), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), '
     '(FG_PE(2023-12-31) < 10 OR FG_PE(D0) < 10))'),
    ("Which banks had net income below zero in FY2024 or in the latest quarter?",
     'NAME, FF_NET_INC(FY2024), FF_NET_INC(FQ0) FOR SCREEN(INDUSTRY("Banks"), '
     '(FF_NET_INC(FY2024) < 0 OR FF_NET_INC(FQ0) < 0))'),
    ("Which companies had net income below zero in FY2024 or in the latest quarter?",
     'NAME, FF_NET_INC(FY2024), FF_NET_INC(FQ0) FOR SCREEN(ALL, (FF_NET_INC(FY2024) < 0 OR FF_NET_INC(FQ0) < 0))'),
    ("Utilities with operating income above 500 in fiscal 2021 or in fiscal 2024",
     'NAME, FF_OPER_INC(FY2021), FF_OPER_INC(FY2024) FOR SCREEN(SECTOR("Utilities"), '
     '(FF_OPER_INC(FY2021) > 500 OR FF_OPER_INC(FY2024) > 500))'),
])
def test_a_sets_condition_in_one_period_or_another(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "word"), [
    # periods joined by both "and" and "or": which of them must hold is unclear (as before)
    ("Which banks had net income below zero in FY2022 and in FY2023 or in FY2024?", "or"),
])
def test_near_miss_and_with_or_stays_refused(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # "and" between a set's periods is in each of them, as before
    ("Which insurers had negative free cash flow in fiscal 2022 and in fiscal 2023?",
     'NAME, FF_FCF(FY2022), FF_FCF(FY2023) FOR SCREEN(INDUSTRY("Insurance"), '
     'FF_FCF(FY2022) < 0 AND FF_FCF(FY2023) < 0)'),
    # "or" between the periods of a named company's figures stays as before
    ("Was Northwind Systems' net income higher in FY2023 or in FY2024?", "FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR NWSY"),
])
def test_near_miss_readings_kept(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "What was Northwind Systems' net income in FY2023 or in FY2024?",
    # a set's figure with no condition: "or" is no condition's "in either" (refused as before)
    "What was the banks' net income in FY2023 or in FY2024?",
])
def test_near_miss_a_figure_in_one_year_or_another_stays_refused(question: str) -> None:
    assert "fy2024" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which airlines lost money last year or in the most recent quarter?",
     'NAME, FF_NET_INC(FY2024), FF_NET_INC(FQ0) FOR SCREEN(INDUSTRY("Airlines"), '
     '(FF_NET_INC(FY2024) < 0 OR FF_NET_INC(FQ0) < 0))'),
    ("Which insurers were profitable in fiscal 2021 or in fiscal 2022?",
     'NAME, FF_NET_INC(FY2021), FF_NET_INC(FY2022) FOR SCREEN(INDUSTRY("Insurance"), '
     '(FF_NET_INC(FY2021) > 0 OR FF_NET_INC(FY2022) > 0))'),
    ("Which utilities were loss-making in FY2022 and in FY2023?",
     'NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR SCREEN(SECTOR("Utilities"), '
     'FF_NET_INC(FY2022) < 0 AND FF_NET_INC(FY2023) < 0)'),
])
def test_an_adjectives_condition_in_periods_joined_to_its_own(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # one period list as before
    ("Which banks lost money in both FY2023 and FY2024?",
     'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
     'FF_NET_INC(FY2023) < 0 AND FF_NET_INC(FY2024) < 0)'),
])
def test_near_miss_adjective_period_lists_kept(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "word"), [
    ("Which banks lost money in FY2022 and in FY2023 or in FY2024?", "or"),
    # another measure's own period after "and had": not the adjective's (refused as before)
    ("Which banks lost money in FY2023 and had sales above 1000 in FY2024?", "fy2024"),
])
def test_near_miss_adjective_periods_stay_refused(question: str, word: str) -> None:
    assert word in refused(question)

"""Round 29 (lead): a label or framing clause that restricts the companies is never dropped as the asker's context.

f29a's newsletter labels ("Price-action box:") and round 27's purpose clauses ("For our ... box:") dropped what they
held; where that was a condition the chain reads ("loss makers", "dividend payers") or a size class FinQL has no
measure for ("large caps"), the answer covered every company: a silent drop, refused now, naming the words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "words"), [
    ("For our loss makers box: which banks have the highest P/E?", "loss makers"),
    ("For our dividend payers page: top 3 banks by P/E", "dividend payers"),
    ("For the unprofitable-names column, rank the insurers by P/E.", "unprofitable"),
    ("Large caps: which banks have the highest P/E?", "large caps"),
    ("Large caps box: which banks have the highest P/E?", "large caps"),
    ("For our small-cap column: top 3 banks by P/E", "small-cap"),
    ("Mid caps page: top 5 utilities by dividend yield", "mid caps"),
])
def test_a_restricting_label_is_named_not_dropped(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # said again after the label: read there, the label context
    ("For our loss makers box: which loss-making banks have the highest P/E?",
     'NAME, FF_NET_INC(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) < 0) SORT FG_PE(D0) DESC'),
    # a label that restricts nothing stays context
    ("For our dividend column: top 3 banks by dividend yield",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
    ("Hi team, small question: which banks have the highest P/E?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    # the condition asked outright is read as before
    ("Which loss makers among banks have the highest P/E?",
     'NAME, FF_NET_INC(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) < 0) SORT FG_PE(D0) DESC'),
])
def test_near_misses_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # a size class named by the size measure asked beside it is that condition's name
    ("Scouting small caps. Show companies with a market cap below $9bn.",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(ALL, FG_MKT_CAP(D0) < 9000) IN USD"),
    # a condition in the asker's clause where the rest has a condition of its own, or names the company
    ("I'm writing about the most profitable lenders: which banks had a net margin above 20 percent in fiscal 2024?",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
     'FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > 20)'),
    ("I think Ember Industries pays no dividend; give me its DPS for FY2024 so I can check.",
     "FF_DPS(FY2024) FOR EMBE"),
])
def test_a_size_or_condition_the_rest_says_keeps_the_reading(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [
    # a spaced dash right between the question's two measures: a minus sign or a list's dash, not said which (both
    # figures were listed: a wrong answer where the difference was meant)
    ("debt - cash, FY2024, Apex Materials", "debt - cash"),
    ("Ember Industries net income – dividends FY2023", "net income – dividends"),
    ("Northwind Systems sales - capex in fiscal 2022?", "sales - capex"),
])
def test_a_dash_between_two_measures_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials debt minus cash FY2024", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR APXM"),
    ("Apex Materials sales - FY2024", "FF_SALES(FY2024) FOR APXM"),
    ("Apex Materials - sales and net income - FY2024", "FF_SALES(FY2024), FF_NET_INC(FY2024) FOR APXM"),
])
def test_a_dash_near_misses(question: str, query: str) -> None:
    assert q(question) == query


def test_a_size_class_said_after_the_question_is_named() -> None:
    # (the asker's remark after the question mark is context only when it restricts nothing)
    assert "large caps" in refused("Which banks have the highest P/E? Large caps.")

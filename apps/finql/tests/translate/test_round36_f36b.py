"""Round 36 (f36b): tune36b's classes (five careful SPEC readers: relative periods, FinQL period labels, amounts in
words, comparisons asked as a distance or a ratio), each in the set's words and in rewordings of our own, with near
misses that stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# a digit of a period label is no count of the companies listed after it ("EPS FY-2, Kingsbridge Telecom" named '2')
@pytest.mark.parametrize("question,query", [
    ("EPS FY-2, Kingsbridge Telecom.", "FF_EPS(FY-2) FOR KINT"),
    ("Sales FY-3 Kingsbridge Telecom", "FF_SALES(FY-3) FOR KINT"),
    ("EPS FQ-2, Kingsbridge Telecom.", "FF_EPS(FQ-2) FOR KINT"),
    ("net income FY-4: Apex Materials", "FF_NET_INC(FY-4) FOR APXM"),
])
def test_a_relative_period_label_before_the_company(question: str, query: str) -> None:
    assert q(question) == query


def test_a_count_of_companies_that_is_wrong_stays_refused() -> None:
    assert "two names" in refused("the two names, Kingsbridge Telecom, Apex Materials and Falcon Software: EPS FY-2")


# "its (their) fiscal year N years ago" is N fiscal years ago (SPEC 5: FY(2025-N)), as "the fiscal year N years ago"
@pytest.mark.parametrize("question,query", [
    ("What was Falcon Software's diluted EPS for its fiscal year two years ago?", "FF_EPS(FY2023) FOR FALC"),
    ("Show Apex Materials' sales in its financial year three years ago.", "FF_SALES(FY2022) FOR APXM"),
    ("Net income of Northwind Systems in its fiscal year four years ago", "FF_NET_INC(FY2021) FOR NWSY"),
])
def test_its_fiscal_year_n_years_ago(question: str, query: str) -> None:
    assert q(question) == query


def test_its_fiscal_year_with_no_year_stays_refused() -> None:
    assert "fiscal year" in refused("What was Falcon Software's EPS in its fiscal year?")


# "a billion US dollars": the article is one, the currency's words in any case
@pytest.mark.parametrize("question,query", [
    ("Which Japanese companies are worth more than a billion US dollars right now?",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("Japan"), FG_MKT_CAP(D0) > 1000) IN USD'),
    ("Which banks had sales above a billion U.S. dollars in fiscal 2024?",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > 1000) IN USD'),
])
def test_a_billion_us_dollars(question: str, query: str) -> None:
    assert q(question) == query


# "how far is A from B" of two figures: A - B
@pytest.mark.parametrize("question,query", [
    ("How far was Solstice Foods' consensus EPS for next year from its EPS last year?", "FE_EPS(FY1) - FF_EPS(FY2024) FOR SOLF"),
    ("How far are Falcon Software's sales in fiscal 2024 from its sales in fiscal 2020?",
     "FF_SALES(FY2024) - FF_SALES(FY2020) FOR FALC"),
    # a high or a low stays the distance in percent (round 25)
    ("How far is Solstice Foods' price from its 2024 high?", "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR SOLF"),
])
def test_how_far_is_a_from_b(question: str, query: str) -> None:
    assert q(question) == query


# a distance no reading takes is never dropped (tune36b: the EPS forecast and net income side by side, a wrong answer)
@pytest.mark.parametrize("question", [
    "How far is the analysts' EPS forecast for next year for Solstice Foods from what it actually earned last year?",
    "How far is Solstice Foods' P/E from the sector average?",
    "How far is Solstice Foods' share price today from where it was a year ago?",
])
def test_a_distance_not_read_is_refused(question: str) -> None:
    assert "far" in refused(question)


# a comparison asked as a ratio: A / B
@pytest.mark.parametrize("question,query", [
    ("How does Apex Medical's consensus EPS for fiscal 2026 compare with its EPS over the last twelve months, as a ratio?",
     "FE_EPS(FY2) / FF_EPS(LTM) FOR APXD"),
    ("Apex Medical's consensus EPS for fiscal 2026 versus its EPS over the last twelve months, as a ratio",
     "FE_EPS(FY2) / FF_EPS(LTM) FOR APXD"),
    ("How does Falcon Software's market cap today stack up against its fiscal 2024 sales, expressed as a ratio?",
     "FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR FALC"),
])
def test_a_comparison_as_a_ratio(question: str, query: str) -> None:
    assert q(question) == query


def test_a_comparison_across_companies_as_a_ratio_keeps_both_figures() -> None:
    # a ratio across rows FinQL cannot compute: the figures of both, as before (never a ratio of one company's own)
    assert q("How does Falcon Software's P/E compare with Apex Materials', as a ratio?") == "FG_PE(D0) FOR FALC, APXM"


def test_a_comparison_with_no_ratio_stays_side_by_side() -> None:
    assert q("How does Falcon Software's EPS compare with its DPS last year?") == "FF_EPS(FY2024), FF_DPS(FY2024) FOR FALC"

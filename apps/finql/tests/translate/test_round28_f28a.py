"""Round 28 (f28a, tuning set tune28a): three period forms a SPEC reader writes. A second period said with the
company's possessive after a joint ("free cash flow over the last twelve months versus its latest fiscal year", "and
for its fiscal 2024") is one more period of the same measure (it was left over: refused). "Two fiscal years out",
"two financial years ahead", "one fiscal year out" name the estimate year (FY2, FY1; only "two years out" was read).
The unit said first ("In percent, how much did X's operating income grow ...") restates a growth, in percent already."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Kingsbridge Mining's free cash flow over the last twelve months versus its latest fiscal year",
         "FF_FCF(LTM), FF_FCF(FY2024) FOR KING"),
        ("Northwind Systems' net income in fiscal 2022 and its fiscal 2024", "FF_NET_INC(FY2022), FF_NET_INC(FY2024) FOR NWSY"),
        ("Falcon Software EPS for the last quarter and for its latest fiscal year", "FF_EPS(FQ0), FF_EPS(FY2024) FOR FALC"),
        ("Falcon Software and Lumen Streaming sales last year versus their fiscal 2020",
         "FF_SALES(FY2024), FF_SALES(FY2020) FOR FALC, LUMS"),
        # near misses: the possessive before another measure keeps its own period; "the" read as before
        ("Falcon Software sales last year and its EPS in fiscal 2020", "FF_SALES(FY2024), FF_EPS(FY2020) FOR FALC"),
        ("Kingsbridge Mining's free cash flow over the last twelve months versus the latest fiscal year",
         "FF_FCF(LTM), FF_FCF(FY2024) FOR KING"),
    ],
)
def test_a_second_period_said_with_its_possessive(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What sales does the consensus expect from Lumen Streaming two fiscal years out?", "FE_SALES(FY2) FOR LUMS"),
        ("What EPS do analysts expect for Northwind Systems two financial years ahead?", "FE_EPS(FY2) FOR NWSY"),
        ("Consensus EPS for Falcon Software one fiscal year out", "FE_EPS(FY1) FOR FALC"),
        ("Consensus sales for Falcon Software two years forward", "FE_SALES(FY2) FOR FALC"),
        # near miss: as before
        ("What sales does the consensus expect from Lumen Streaming two years out?", "FE_SALES(FY2) FOR LUMS"),
    ],
)
def test_fiscal_years_out_name_the_estimate_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # no estimate beyond FY2, and "ahead of" compares
        ("Consensus sales for Falcon Software three fiscal years out", "three fiscal years"),
        ("Which banks are two years ahead of plan on sales?", "plan"),
    ],
)
def test_years_out_near_misses_stay_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("In percent, how much did Goldcrest Chemicals' operating income grow between fiscal 2019 and fiscal 2023?",
         "GROWTH(FF_OPER_INC, FY2019, FY2023) FOR GOLC"),
        ("In percent, by how much did Northwind Systems' sales grow from fiscal 2020 to fiscal 2024?",
         "GROWTH(FF_SALES, FY2020, FY2024) FOR NWSY"),
        ("As a percentage, how much did Falcon Software's EPS grow from FY2021 to FY2023?",
         "GROWTH(FF_EPS, FY2021, FY2023) FOR FALC"),
    ],
)
def test_the_unit_said_first_restates_a_growth(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    "question",
    [
        # near misses: an amount is no percent; the unit stays unread
        "In percent, what were Falcon Software's sales in fiscal 2023?",
        "In percent, how much debt did Falcon Software have in fiscal 2023?",
    ],
)
def test_the_unit_said_first_of_an_amount_stays_refused(question: str) -> None:
    assert "in percent" in refused(question)

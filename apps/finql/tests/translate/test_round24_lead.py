"""Round 24, lead: "the previous (prior) fiscal year" and "the previous quarter" with no period before them. SPEC
section 5 counts from the current, unreported period (fiscal 2025): "last year" is FY2024, "last quarter" FQ0. The
year before the current one is therefore FY2024 and the quarter before it FQ0; the chain read them as the year and
quarter before the latest (FY2023, FQ-1: a wrong answer that looks right, as tune14a's "prev fy" and tune15a's
"previous term" golds had already said). After a period they count back from it ("fiscal 2022 and the prior fiscal
year": FY2021; "Q3 fiscal 2024 and the prior quarter": Q2, which was FQ-1, Q3 again); before the latest period
named later ("from the previous year to last year") they are the one before that."""

from __future__ import annotations

import pytest
from reading_helpers import q


@pytest.mark.parametrize(("question", "want"), [
    ("What were Apex Materials' sales in the previous fiscal year?", "FF_SALES(FY2024) FOR APXM"),
    ("apex materials net income for the prior fiscal year", "FF_NET_INC(FY2024) FOR APXM"),
    ("Apex Materials' operating income for the previous financial year", "FF_OPER_INC(FY2024) FOR APXM"),
    ("What was Apex Materials' debt at the end of the previous fiscal year?", "FF_DEBT(FY2024) FOR APXM"),
    ("Which companies had sales above 5 billion in the previous fiscal year?",
     "NAME, FF_SALES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) > 5000)"),
])
def test_the_previous_fiscal_year_alone_is_the_latest_reported(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "want"), [
    ("What were Apex Materials' sales in the previous quarter?", "FF_SALES(FQ0) FOR APXM"),
    ("Apex Materials' prior quarter EPS", "FF_EPS(FQ0) FOR APXM"),
])
def test_the_previous_quarter_alone_is_the_latest_reported(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "want"), [
    # after a period: counted back from it
    ("Apex Materials' sales in fiscal 2022 and the previous fiscal year", "FF_SALES(FY2022), FF_SALES(FY2021) FOR APXM"),
    ("Apex Materials' sales in Q3 fiscal 2024 and the prior quarter",
     "FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q2) FOR APXM"),
    ("Apex Materials' sales last quarter and the previous quarter", "FF_SALES(FQ0), FF_SALES(FQ-1) FOR APXM"),
    # before the latest period named later: the one before it
    ("How did Apex Materials' sales change from the previous year to last year?", "GROWTH(FF_SALES, FY2023, FY2024) FOR APXM"),
    ("How did Apex Materials' sales change from the previous quarter to the latest quarter?",
     "GROWTH(FF_SALES, FQ2024Q3, FQ2024Q4) FOR APXM"),
    # set against the latest figure asked without a period: the one before it
    ("What were Apex Materials' sales compared with the previous year?", "FF_SALES(FY2024), FF_SALES(FY2023) FOR APXM"),
    ("Apex Materials' debt versus the prior year's debt", "FF_DEBT(FY2024), FF_DEBT(FY2023) FOR APXM"),
    # the year before last and the growth over the previous year keep their readings
    ("What were Apex Materials' sales the year before last?", "FF_SALES(FY2023) FOR APXM"),
    ("What was Apex Materials' sales growth over the previous year?", "GROWTH(FF_SALES, FY2023, FY2024) FOR APXM"),
    ("Apex Materials' sales in the previous fiscal year and the year before", "FF_SALES(FY2024), FF_SALES(FY2023) FOR APXM"),
])
def test_a_previous_period_beside_another_counts_from_it(question: str, want: str) -> None:
    assert q(question) == want


# "On average," / "In total," said first, before a comma, of the one measure the question asks (it was left over
# before the comma: refused); with two measures, or one period, it stays refused
@pytest.mark.parametrize(("question", "want"), [
    ("On average, how much did Monarch Brewing sell per quarter in fiscal 2023?", "AVG(FF_SALES, FQ2023Q1, FQ2023Q4) FOR MONB"),
    ("On average, what was Falcon Software's net income over the last three years?", "AVG(FF_NET_INC, FY2022, FY2024) FOR FALC"),
    ("In total, how much did Falcon Software earn over the last three years?", "SUM(FF_NET_INC, FY2022, FY2024) FOR FALC"),
])
def test_an_average_said_first_before_a_comma_is_the_measures(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize("question", [
    "On average, what were Falcon Software's sales and net income over the last three years?",
    "On average, what was Falcon Software's net income in fiscal 2023?",
    "On average, which banks had the highest P/E in 2024?",
])
def test_an_average_said_first_stays_refused_where_it_takes_no_one_measure(question: str) -> None:
    from reading_helpers import refused
    assert refused(question)


# "sorted by growth", "ranked by the growth": the one growth screened on (it was a ranking with no measure: refused);
# two growths screened on, or none, stay refused; "by growth in net income" names its own measure
@pytest.mark.parametrize(("question", "want"), [
    ("Which tech companies had revenue growth above 10% last year, sorted by growth?",
     'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR("Information Technology"), GROWTH(FF_SALES, FY2023, FY2024) > 10) '
     "SORT GROWTH(FF_SALES, FY2023, FY2024) DESC"),
    ("Banks with EPS growth above 5% in fiscal 2024, ranked by the growth, highest first",
     'NAME, GROWTH(FF_EPS, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_EPS, FY2023, FY2024) > 5) '
     "SORT GROWTH(FF_EPS, FY2023, FY2024) DESC"),
])
def test_sorted_by_growth_is_the_one_growth_screened_on(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize("question", [
    "Which banks had sales growth above 5% and net income growth above 5% last year, sorted by growth?",
    "Which banks have a P/E below 10, sorted by growth?",
])
def test_sorted_by_growth_stays_refused_without_one_growth(question: str) -> None:
    from reading_helpers import refused
    assert refused(question)


@pytest.mark.parametrize(("question", "want"), [
    ("What was Apex Materials' debt at the end of the previous quarter?", "FF_DEBT(FQ0) FOR APXM"),
    ("Apex Materials' cash at the end of last quarter compared with the end of the previous quarter",
     "FF_CASH(FQ0), FF_CASH(FQ-1) FOR APXM"),
    ("Apex Materials' share price at the end of last quarter and at the end of the previous quarter",
     "P_PRICE(D0), P_PRICE(2024-09-30) FOR APXM"),
])
def test_the_end_of_the_previous_quarter_alone_is_the_latest(question: str, want: str) -> None:
    assert q(question) == want

"""Round 29 (f29g): the classes `spec_compose.py --check --part r29` showed, in wordings of our own (other companies,
measures and years than the generator's), with near misses that keep their reading or refusal."""

from __future__ import annotations

import pytest
from reading_helpers import q

# an expected growth beside a reported growth with a reported year of its own: the second is that year's reported
# growth (both were the growth from last year's actual to the consensus, one column: a wrong answer)
EXPECTED_AND_REPORTED = [
    ("What is Westbrook's expected sales growth next year, and what was its sales growth last year?",
     "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100, GROWTH(FF_SALES, FY2023, FY2024) FOR WEST"),
    ("How does NWSY's forecast EPS growth for fiscal 2025 compare with its actual EPS growth in fiscal 2024?",
     "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100, GROWTH(FF_EPS, FY2023, FY2024) FOR NWSY"),
    ("Northwind Systems: EPS growth in FY2024 and expected EPS growth next year",
     "GROWTH(FF_EPS, FY2023, FY2024), (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR NWSY"),
    ("What is Westbrook's expected EPS growth next year and its revenue growth last year?",
     "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100, GROWTH(FF_SALES, FY2023, FY2024) FOR WEST"),
    # the expected growth of the later estimate year runs from the year before (the reported year is the other's)
    ("What is Westbrook's expected EPS growth for FY2026 and its EPS growth in FY2023?",
     "GROWTH(FE_EPS, FY1, FY2), GROWTH(FF_EPS, FY2022, FY2023) FOR WEST"),
    ("What is NWSY's consensus sales estimate for next year and its sales growth last year?",
     "FE_SALES(FY1), GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), EXPECTED_AND_REPORTED)
def test_expected_growth_beside_a_reported_growth_of_its_own_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # near misses: one growth set against last year stays the expected growth; a growth "from" last year too
    ("What is NWSY's expected EPS growth next year versus last year?", "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR NWSY"),
    ("What is Westbrook's expected sales growth for next year?", "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 FOR WEST"),
    ("What was Westbrook's sales growth last year?", "GROWTH(FF_SALES, FY2023, FY2024) FOR WEST"),
    ("What is NWSY's EPS growth from last year to next year?", "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR NWSY"),
    ("What is Westbrook's consensus EPS for FY2025 and the growth from last year?",
     "FE_EPS(FY1), (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR WEST"),
])
def test_expected_growth_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# "A companies + B companies": a plus sign between two groups closed by their noun is "plus" (a business and an index
# may add to each other or narrow each other: refused, as "plus" is); it crossed them (the companies in both answered)
@pytest.mark.parametrize("question", [
    "airline stocks + NX100 stocks with a P/E below 15",
    "real estate companies + EUROPE index companies, pe < 15",
    "Insurance firms + TECHX firms sorted by dividend yield",
])
def test_plus_sign_between_groups_is_plus(question: str) -> None:
    assert q(question) is None
    assert q(question.replace(" + ", " plus ")) is None


@pytest.mark.parametrize(("question", "query"), [
    # near misses: the same kind on both sides is their union; a "+" inside one group's list is that list
    ("energy companies + utilities companies with a dividend yield above 3%",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Energy") | SECTOR("Utilities"), FG_DIV_YIELD(D0) > 3)'),
    ("banks + insurers, pe < 10", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") | INDUSTRY("Insurance"), FG_PE(D0) < 10)'),
    ("German + French banks with a P/E below 10",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & (COUNTRY("Germany") | COUNTRY("France")), FG_PE(D0) < 10)'),
])
def test_plus_sign_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# an auditor's request: "Please document X" asks for X (as "Please confirm X" does), and "for the audit file" at the
# end is the writer's outlet (as "for our file" was); both were refused, naming them
@pytest.mark.parametrize(("question", "query"), [
    ("Please document Westbrook's net income for fiscal 2022.", "FF_NET_INC(FY2022) FOR WEST"),
    ("For the working papers, please document NWSY's closing price on June 28, 2024.", "P_PRICE(2024-06-28) FOR NWSY"),
    ("Kindly document the dividend yield of Westbrook today for the audit file.", "FG_DIV_YIELD(D0) FOR WEST"),
    ("Please confirm NWSY's total debt at the end of fiscal 2023 for the engagement file.", "FF_DEBT(FY2023) FOR NWSY"),
])
def test_audit_request_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # near misses: another company inside the outlet's clause, a period that is no outlet, "document" as a business
    "What were NWSY's sales in FY2023 for the credit file on Westbrook?",
    "What is NWSY's revenue for the quarter?",
    "Which document management companies have a P/E below 20?",
])
def test_audit_request_near_misses(question: str) -> None:
    assert q(question) is None


# "the N <companies> with the largest increase in <a margin>": the size of a change that no function word took ranks
# by that change; it ranked by market cap with the change read as a condition (a wrong answer): refused, naming it.
# (round 29, f29h: the change ranked is no condition now; it ranks by the margin's change in points, as "the biggest
# margin expansion" and "the largest change in net margin" did)
def _margin_change(item: str, sector: str, p1: str, p2: str, order: str, n: int) -> str:
    diff = f"FF_{item}({p2}) / FF_SALES({p2}) * 100 - (FF_{item}({p1}) / FF_SALES({p1}) * 100)"
    return f"NAME, {diff} FOR SCREEN({sector}) SORT {diff} {order} TOP {n}"


@pytest.mark.parametrize(("question", "query"), [
    ("Which three banks had the largest increase in net margin last year?",
     _margin_change("NET_INC", 'INDUSTRY("Banks")', "FY2023", "FY2024", "DESC", 3)),
    ("Name the five utilities with the biggest increase in operating margin from FY2021 to FY2024.",
     _margin_change("OPER_INC", 'SECTOR("Utilities")', "FY2021", "FY2024", "DESC", 5)),
    ("Which 3 insurers had the largest drop in net margin between fiscal 2022 and fiscal 2024?",
     _margin_change("NET_INC", 'INDUSTRY("Insurance")', "FY2022", "FY2024", "ASC", 3)),
    ("Which two airlines posted the biggest rise in gross margin last year?",
     _margin_change("GROSS_INC", 'INDUSTRY("Airlines")', "FY2023", "FY2024", "DESC", 2)),
])
def test_largest_change_of_a_margin_is_no_size(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # near misses: a change of an item with a growth, the companies' own size, a margin's expansion said after it
    ("Which three banks had the largest increase in net income from two years ago to last year?",
     'NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT GROWTH(FF_NET_INC, FY2023, FY2024) '
     "DESC TOP 3"),
    ("Which are the three largest banks?",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD'),
    ("Which three banks had the biggest share-price falls in 2024?",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2023-12-31, 2024-12-31) ASC TOP 3'),
    ("Which five utilities saw the biggest gross margin expansion over the last two years?",
     'NAME, FF_GROSS_INC(FY2024) / FF_SALES(FY2024) * 100 - (FF_GROSS_INC(FY2022) / FF_SALES(FY2022) * 100) FOR '
     'SCREEN(SECTOR("Utilities")) SORT FF_GROSS_INC(FY2024) / FF_SALES(FY2024) * 100 - (FF_GROSS_INC(FY2022) / '
     "FF_SALES(FY2022) * 100) DESC TOP 5"),
])
def test_largest_change_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# "..., or else C", "..., or otherwise have C": the word after "or" restates it, as "or, failing that," does (round
# 26); it was refused, naming "else" / "otherwise"
@pytest.mark.parametrize("question", [
    "Which insurers have both a P/E below 15 and a dividend yield above 3%, or else a price-to-book ratio below 2?",
    "Which airlines have a P/E under 12 together with positive net income last year, or otherwise have a dividend "
    "yield above 2%?",
    "Which semiconductor companies had sales growth above 10% last year, or else a dividend yield above 1%?",
])
def test_or_else_is_or(question: str) -> None:
    plain = question.replace("or else ", "or ").replace("or otherwise ", "or ")
    assert q(plain) is not None
    assert q(question) == q(plain)

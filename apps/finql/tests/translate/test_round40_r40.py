"""Round 40 (r40): review of round 39's rules with near misses: the wrong answers their neighbours gave (a noun the
words qualify, a count from the other end, a total over companies, a second measure or company, a day for a span),
each mend with the class's wordings and the neighbours it keeps."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

_CUT = "NAME, FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2023) FOR SCREEN({set}, FF_EMPLOYEES(FY2024) < FF_EMPLOYEES(FY2023))"


# 1. f39b's workforce cut: a noun the workforce qualifies, or a possessive, is another figure (it was the headcount's
#    fall, a wrong answer)
@pytest.mark.parametrize("question", [
    "Which companies cut their workforce's pay in 2024?",
    "Which companies cut their headcount growth in 2024?",
    "Which companies reduced staff bonuses in 2024?",
    "Which companies trimmed their headcount's hours last year?",
    "Which companies slashed their workforce training in 2024?",
])
def test_a_cut_of_what_the_workforce_qualifies_is_no_headcount(question: str) -> None:
    assert "FF_EMPLOYEES" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which companies cut their workforce in 2024?", _CUT.format(set="ALL")),
    ("Which companies trimmed headcount in Germany in 2024?", _CUT.format(set='COUNTRY("Germany")')),
    ("Which banks slashed their workforce last year?", _CUT.format(set='INDUSTRY("Banks")')),
    ("Which companies reduced their workforce?", _CUT.format(set="ALL")),
    ("Which companies cut their workforce by more than 10% in 2024?",
     "NAME, GROWTH(FF_EMPLOYEES, FY2023, FY2024) FOR SCREEN(ALL, GROWTH(FF_EMPLOYEES, FY2023, FY2024) < -10)"),
])
def test_a_workforce_cut_stays_read(question: str, query: str) -> None:
    assert q(question) == query


# 2. f39b's rows shown: rows counted from the other end of the order are the last ones (it was TOP N, wrong)
@pytest.mark.parametrize("question", [
    "Banks by P/E sorted descending, show 8 rows from the bottom",
    "Banks by P/E sorted descending, display 5 rows at the bottom",
    "Banks by P/E sorted descending, limit to 5 rows from the end",
    "Utilities by sales, highest first, show 3 rows from the bottom",
])
def test_rows_from_the_bottom_are_no_top(question: str) -> None:
    assert "TOP" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Banks by P/E sorted descending, show 8 rows",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 8'),
    ("Banks by P/E sorted ascending, limit to 5 rows",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 5'),
    ("Banks by P/E sorted descending, show 8 rows with a P/E above 10",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 10) SORT FG_PE(D0) DESC TOP 8'),
])
def test_rows_shown_stay_top(question: str, query: str) -> None:
    assert q(question) == query


# 3. f39a's "worth altogether on the stock market": of several companies it is their sum (they were listed each, a
#    wrong answer); "X's shares worth altogether" is all of them, the market value (it was a share's price, wrong)
@pytest.mark.parametrize("question", [
    "What are Falcon Software and Apex Materials worth altogether on the stock market?",
    "What are Falcon Software and Apex Materials worth in total on the stock market?",
    "Falcon Software and Apex Materials: what are they worth altogether on the stock market?",
    "What are Northwind Systems, Falcon Software and Apex Materials worth all together on the market?",
])
def test_several_companies_worth_altogether_is_a_total(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("What is Falcon Software worth altogether on the stock market?", "FG_MKT_CAP(D0) FOR FALC"),
    ("What are Falcon Software's shares worth altogether on the stock market?", "FG_MKT_CAP(D0) FOR FALC"),
    ("What are Falcon Software's shares worth in total on the market?", "FG_MKT_CAP(D0) FOR FALC"),
    ("What are Falcon Software and Apex Materials worth on the stock market?", "FG_MKT_CAP(D0) FOR FALC, APXM"),
    ("What are Falcon Software's shares worth?", "P_PRICE(D0) FOR FALC"),
    ("What is one Falcon Software share worth?", "P_PRICE(D0) FOR FALC"),
])
def test_worth_stays_read(question: str, query: str) -> None:
    assert q(question) == query

"""Round 28 (f28c): a year (quarter) end written day first, "the year ended 30 June 2023", and "the twelve months to
31 March 2024" as the year that ends then."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# "the year ended 30 June 2023": the day before the month, as "the year ended June 30, 2023" (refused: 'year ended')
DAY_FIRST = [
    ("Revenue of Aurora Pharma for the year ended 30 June 2023?", "FF_SALES(FY2023) FOR AURP"),
    ("What was AURP's revenue in the fiscal year ended 30 June 2022?", "FF_SALES(FY2022) FOR AURP"),
    ("Capital expenditure of Quarry Power for the year ended 30th of June 2024.", "FF_CAPEX(FY2024) FOR QUPO"),
    ("Net income of Lakeside Bancorp for the year ending 31 March 2023", "FF_NET_INC(FY2023) FOR LAKE"),
    ("Operating income of Valley Payments for the financial year ended 31 March 2021", "FF_OPER_INC(FY2021) FOR VALL"),
    ("Gross income of Oakridge Brewing for the three months ended 31 December 2024", "FF_GROSS_INC(FQ2024Q4) FOR OAKR"),
    ("EPS of Westbrook Consulting for the quarter ended 30 June 2023", "FF_EPS(FQ2024Q1) FOR WEST"),
]

# "the twelve months to 31 March 2024": the year that ends then, for a company whose year ends in that month
TWELVE_TO = [
    ("Net income of Brightwater Aerospace for the twelve months to 31 March 2024.", "FF_NET_INC(FY2024) FOR BRIA"),
    ("Sales of Keystone Materials for the 12 months to 30 June 2022", "FF_SALES(FY2022) FOR KEYM"),
    ("Free cash flow of Tidewater Pharma in the twelve months to 31 March 2021", "FF_FCF(FY2021) FOR TIDE"),
    # prices read the same dates as before
    ("Return of BRIA for the twelve months to 31 March 2024", "P_RETURN(2023-03-31, 2024-03-31) FOR BRIA"),
    # a December end stays the calendar year (near miss)
    ("Net income of BRIA for the twelve months to 31 December 2023", "SUM(FF_NET_INC, FQ2023Q4, FQ2024Q3) FOR BRIA"),
]


@pytest.mark.parametrize(("question", "query"), DAY_FIRST + TWELVE_TO)
def test_year_ended_day_first(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [
    # a year that ends in no month of the company's year end is no fiscal year of theirs
    ("Net income of Brightwater Aerospace for the year ended 30 June 2023", ""),
    ("Sales of Aurora Pharma for the twelve months to 31 March 2024", ""),
    # not a whole number of months, or not twelve of them: kept named
    ("Net income of Brightwater Aerospace for the twelve months to 15 March 2024.", "twelve months to 15 march 2024"),
    ("Net income of Brightwater Aerospace for the eleven months to 31 March 2024.", "eleven months to 31 march 2024"),
])
def test_year_ended_day_first_refused(question: str, words: str) -> None:
    assert words in refused(question)

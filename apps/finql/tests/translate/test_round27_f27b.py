"""Round 27 (f27b): classes from the weakest older tuning sets (tune20b, tune26b, tune21a)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a span of N years with the one year after "from": that year is where the span starts (it was read as the end, a
# growth N years back from it: a wrong answer); a range restating it after "i.e." is read once
SPAN_FROM = [
    ("Three-year CAGR of sales from fiscal 2021 for Nimbus Freight?", "CAGR(FF_SALES, FY2021, FY2024) FOR NIMB"),
    ("What was Helix Biotherapeutics' two-year EPS CAGR from FY2020?", "CAGR(FF_EPS, FY2020, FY2022) FOR HLXB"),
    ("For Falcon Software, the 4-year compound annual growth rate of net income from 2019?",
     "CAGR(FF_NET_INC, FY2019, FY2023) FOR FALC"),
    ("Three-year compound annual growth of sales from three years before last year, i.e. FY2021 to FY2024, for Nimbus "
     "Freight and Yellowstone Logistics?", "CAGR(FF_SALES, FY2021, FY2024) FOR NIMB, YELL"),
    ("Five-year revenue CAGR from 2019 for Helix Biotherapeutics, that is FY2019 to FY2024?",
     "CAGR(FF_SALES, FY2019, FY2024) FOR HLXB"),
]

SPAN_FROM_NEAR = [
    # the year after "through" / "to" ends the span, as before
    ("Three-year CAGR of sales through fiscal 2023 for Nimbus Freight?", "CAGR(FF_SALES, FY2020, FY2023) FOR NIMB"),
    ("Three-year CAGR of sales for Nimbus Freight from fiscal 2021 to fiscal 2024?", "CAGR(FF_SALES, FY2021, FY2024) FOR NIMB"),
    ("Five-year sales CAGR, FY2019 to FY2024, for Helix Biotherapeutics?", "CAGR(FF_SALES, FY2019, FY2024) FOR HLXB"),
]


@pytest.mark.parametrize("question, query", SPAN_FROM)
def test_span_from_a_year_starts_there(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, query", SPAN_FROM_NEAR)
def test_span_to_a_year_ends_there(question: str, query: str) -> None:
    assert q(question) == query


def test_span_from_a_year_past_the_data_is_refused() -> None:
    # FY2023 + 3 is past the last reported year: refused, naming the year (not read as FY2020 to FY2023)
    assert "fiscal 2023" in refused("Three-year CAGR of sales from fiscal 2023 for Nimbus Freight?")


def test_restating_range_that_disagrees_is_refused() -> None:
    assert "fy2020 to fy2023" in refused("Three-year compound annual growth of sales from three years before last year, "
                                         "i.e. FY2020 to FY2023, for Nimbus Freight?")


# a quarter-on-quarter change asked beside one measure at two quarters in a row is the growth between them (the
# modifier was left unread: refused, naming "change"); beside anything else it is refused
QOQ_BESIDE = [
    ("Juniper Investments: equity at the end of each of the last two fiscal quarters and the quarter-on-quarter change "
     "in percent.", "FF_EQUITY(FQ-1), FF_EQUITY(FQ0), GROWTH(FF_EQUITY, FQ-1, FQ0) FOR JUNI"),
    ("Net income of Zenith Brands in FQ2024Q2 and FQ2024Q3 and the quarter-over-quarter change in percent.",
     "FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2024Q3), GROWTH(FF_NET_INC, FQ2024Q2, FQ2024Q3) FOR ZENI"),
    ("Sales of Zenith Brands in the quarter before last and last quarter, plus the sequential growth.",
     "FF_SALES(FQ-1), FF_SALES(FQ0), GROWTH(FF_SALES, FQ-1, FQ0) FOR ZENI"),
    ("Ashford Brands' debt in each of the last two quarters, together with the QoQ change.",
     "FF_DEBT(FQ-1), FF_DEBT(FQ0), GROWTH(FF_DEBT, FQ-1, FQ0) FOR ASHF"),
]


@pytest.mark.parametrize("question, query", QOQ_BESIDE)
def test_qoq_change_beside_two_quarters(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Net income of Zenith Brands in FQ2024Q1 and FQ2024Q3 and the quarter-over-quarter change in percent.",
    "Net income of Zenith Brands in FY2023 and FY2024 and the quarter-over-quarter change in percent.",
    "Net income of Zenith Brands in FQ2023Q3 and FQ2024Q3 and the quarter-over-quarter change.",
])
def test_qoq_change_beside_other_periods_is_refused(question: str) -> None:
    assert "quarter-o" in refused(question)


def test_yoy_change_beside_same_quarter_unchanged() -> None:
    assert q("Net income of Zenith Brands in FQ2023Q3 and FQ2024Q3 and the year-over-year change.") == \
        "FF_NET_INC(FQ2023Q3), FF_NET_INC(FQ2024Q3), GROWTH(FF_NET_INC, FQ2023Q3, FQ2024Q3) FOR ZENI"


# a span of periods restated right after it (a parenthesis, a dash, a colon, "i.e.") by the list of the periods it
# holds is the span said twice: read once (the list was left unread: refused, naming it)
SPAN_LISTED = [
    ("Gross margin in percent (gross income / sales x 100) for Brightwater Beverages in each of the last two fiscal "
     "quarters (the quarter before last and the last quarter).",
     "FF_GROSS_INC(FQ-1) / FF_SALES(FQ-1) * 100, FF_GROSS_INC(FQ0) / FF_SALES(FQ0) * 100 FOR BRIG"),
    ("Net income of Thornbury Assurance in each of the last two quarters - the quarter before last, and last quarter.",
     "FF_NET_INC(FQ-1), FF_NET_INC(FQ0) FOR THOR"),
    ("Net income of Thornbury Assurance over the last two quarters, i.e. the quarter before last and last quarter?",
     "FF_NET_INC(FQ-1), FF_NET_INC(FQ0) FOR THOR"),
    ("Sales of Brightwater Beverages in each of the last two fiscal years (the year before last and last year).",
     "FF_SALES(FY2023), FF_SALES(FY2024) FOR BRIG"),
    ("Net income of Thornbury Assurance in each of the last two quarters: the quarter before last and last quarter.",
     "FF_NET_INC(FQ-1), FF_NET_INC(FQ0) FOR THOR"),
]


@pytest.mark.parametrize("question, query", SPAN_LISTED)
def test_span_restated_by_its_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # the list names other periods than the span holds: unread, refused
    "Sales of Brightwater Beverages in each of the last three fiscal quarters (the quarter before last and the last "
    "quarter).",
    "Sales of Brightwater Beverages in each of the last two fiscal years (the year before last and two years ago).",
])
def test_span_with_another_list_is_refused(question: str) -> None:
    refused(question)

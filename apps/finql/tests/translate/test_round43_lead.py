"""Round 43 (lead): "a year ago" set against one fiscal quarter with the measure's words between, or after a
"compare", is the same quarter a year back (FQ-4), as f43n's rule reads it with the comparison word alone between;
millions said with a currency count only money amounts."""

from __future__ import annotations

import pytest

from finql.translate import pipeline


def q(question: str) -> str | None:
    a = pipeline.translate(question)
    return a.reading.query() if a.reading is not None and not a.refusal else None


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials' last quarter's net income vs a year ago", "FF_NET_INC(FQ0), FF_NET_INC(FQ-4) FOR APXM"),
    ("Compare Apex Materials' net income for the last quarter with a year ago",
     "FF_NET_INC(FQ0), FF_NET_INC(FQ-4) FOR APXM"),
    ("Compare Apex Materials' Q2 2024 EPS to a year ago", "FF_EPS(FQ2024Q2), FF_EPS(FQ2023Q2) FOR APXM"),
    ("Compare Apex Materials' last quarter and a year ago: net income", "FF_NET_INC(FQ0), FF_NET_INC(FQ-4) FOR APXM"),
])
def test_a_year_ago_against_a_quarter(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # a list, no comparison: ((round 44, f44w) the quarter a year back, as the lead's noticed list asked; f43n had
    # left a year's figure beside the quarter's)
    ("Apex Materials' net income last quarter and a year ago", "FF_NET_INC(FQ0), FF_NET_INC(FQ-4) FOR APXM"),
])
def test_a_year_ago_near_misses(question: str, query: str) -> None:
    assert q(question) in (query, None)


def test_a_year_ago_against_a_year_reads_no_quarter() -> None:
    assert "FQ" not in (q("Compare Apex Materials' net income in fiscal 2024 with a year ago") or "")


@pytest.mark.parametrize("question", [
    "Ashford Resorts' diluted shares in fiscal 2023 in millions of pounds",
    "Ashford Resorts' net margin in fiscal 2023 in millions of pounds",
])
def test_millions_of_a_currency_are_money(question: str) -> None:
    assert q(question) is None


def test_millions_said_bare_of_a_part_still_read() -> None:
    assert q("Falcon Software net income in millions divided by diluted shares, FY2024") == \
        "FF_NET_INC(FY2024) / FF_SHARES(FY2024) FOR FALC"

"""Round 36 (lead): wrong answers the helpers noticed and left (docs/finql-translation.md, "Round 36 (lead)").

- A ratio's basis said in a clause that names the ratio again ("ROE above 10%, ROE being net income over equity"):
  "over" was a comparison (net income above equity) and "=" a condition, each nobody asked for (f36a noticed).
- A metric's name written with hyphens ("dividend-yield") read "dividend" as the dividend per share beside it (f36a).
- "the Sterling names": a currency word that is also a family's first word, read as the UK's companies (f36w).
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

ROE_SCREEN = ('NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
              'FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 10)')

BASIS_IN_A_CLAUSE = [
    "Which banks have an ROE above 10%, ROE being net income over equity?",
    "Which banks have an ROE above 10%, with ROE defined as net income divided by equity?",
    "Which banks have an ROE above 10% (ROE being net income over equity)?",
    "Which banks have an ROE above 10%, where ROE is net income over equity?",
    "Which banks have an ROE above 10%, ROE = net income / equity?",
    "Banks with ROE above 10%; ROE being net income over equity",
    "Which banks have a return on equity above 10%, ROE being net income over shareholders equity?",
    "Which banks have an ROE above 10%, the ROE calculated as net income over equity?",
]


@pytest.mark.parametrize("question", BASIS_IN_A_CLAUSE)
def test_a_ratios_basis_said_in_a_clause_restates_it(question: str) -> None:
    assert q(question) == ROE_SCREEN


def test_the_basis_of_a_ratio_looked_up_adds_no_column() -> None:
    assert q("What was the ROE of Ivory Bancorp in 2024, ROE being net income over equity?") == \
        "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR IVOR"


@pytest.mark.parametrize("question", [
    # a basis that does not restate the ratio, or of a ratio the rest does not name: refused, never a comparison
    "Which banks have an ROE above 10%, ROE being net income over total assets?",
    "Which banks have an ROE above 10%, P/E being price over EPS?",
])
def test_a_basis_that_restates_nothing_is_refused(question: str) -> None:
    assert refused(question)


@pytest.mark.parametrize("question,query", [
    ("Which banks have a dividend-yield above 3%?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 3)'),
    ("What is the dividend-yield of Ivory Bancorp?", "FG_DIV_YIELD(D0) FOR IVOR"),
    ("What was the net-income of Ivory Bancorp in 2023?", "FF_NET_INC(FY2023) FOR IVOR"),
    ("Ivory Bancorp total-assets 2023", "FF_ASSETS(FY2023) FOR IVOR"),
    ("What is the dividend yield of Ivory Bancorp?", "FG_DIV_YIELD(D0) FOR IVOR"),
])
def test_a_metrics_name_written_with_hyphens_is_the_metric(question: str, query: str) -> None:
    assert q(question) == query


def test_a_family_named_like_a_currency_is_not_the_currencys_companies() -> None:
    assert q("Performance of the Sterling names over the past six months") == \
        "P_RETURN(2024-07-15, D0) FOR STEB, STEP, STER"
    assert "sterling" in refused("sterling stocks with sales above 1000 in 2024")
    # a currency no family starts with still names its companies; a verb of reporting still does for sterling
    assert q("Which yen names had a P/E below 15?") == 'NAME, FG_PE(D0) FOR SCREEN(COUNTRY("Japan"), FG_PE(D0) < 15)'
    assert q("Which companies report in sterling?") == 'NAME FOR SCREEN(COUNTRY("United Kingdom"))'


def test_another_name_of_the_currency_tells_the_currencys_companies() -> None:
    # t20a-134's wording: the bracket names the currency again, so "Sterling names" are the GBP reporters
    read = q("Sterling names (GBP reporters) with mkt cap over 50bn GBP") or ""
    assert read.startswith('NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("United Kingdom")'), read

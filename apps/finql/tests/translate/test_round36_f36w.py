"""Round 36 (f36w): the remaining wrong answers on the tuning golds (not v:spec*).

Two wording classes were read wrong: "..., and where is it now" after a measure that is no level of the stock (read
as the price, while "it" is the measure), and "M at X P1 vs P2 and the % change" (the company between the measure and
its periods: the two figures were dropped, only the growth kept)."""

from __future__ import annotations

import pytest
from reading_helpers import q

# "where is it now" after a measure other than the stock's levels: "it" is the measure, never the price
WHERE_IT_NOW = [
    ("What was Keystone Properties' dividend yield at the end of June 2024, and where is it today?",
     "FG_DIV_YIELD(2024-06-30), FG_DIV_YIELD(D0) FOR KEYS"),
    ("Keystone Properties: dividend yield at end-June 2024, and where is it now?",
     "FG_DIV_YIELD(2024-06-30), FG_DIV_YIELD(D0) FOR KEYS"),
    ("What was Lakeside Bancorp's P/B at the end of March 2024, and where is it currently?",
     "FG_PB(2024-03-31), FG_PB(D0) FOR LAKE"),
    ("What was Keystone Properties' P/E at the end of June 2024, and where is it now?",
     "FG_PE(2024-06-30), FG_PE(D0) FOR KEYS"),
    ("Lakeside Bancorp's market value at the end of 2023, and where is it right now?",
     "FG_MKT_CAP(2023-12-31), FG_MKT_CAP(D0) FOR LAKE"),
]

# the stock's own levels, or a verb / subject of trading, keep the price now
WHERE_STOCK_NOW = [
    ("What was Keystone Properties' share price at the end of June 2024, and where is it today?",
     "P_PRICE(2024-06-30), P_PRICE(D0) FOR KEYS"),
    ("What was Keystone Properties' 52-week high, and where is it now?",
     "P_HIGH(2024-01-15, D0), P_PRICE(D0) FOR KEYS"),
    ("What was Keystone Properties' P/E at the end of June 2024, and where is the stock trading now?",
     "FG_PE(2024-06-30), P_PRICE(D0) FOR KEYS"),
    ("What was Keystone Properties' dividend yield at the end of June 2024, and where are the shares trading now?",
     "FG_DIV_YIELD(2024-06-30), P_PRICE(D0) FOR KEYS"),
]

# "M at / of / for X, P1 vs P2 and the % change": the figures at both periods and the growth
FIGURES_AND_CHANGE = [
    ("Employment trend: headcount at Nimbus Freight FY2019 vs FY2024 and the % change.",
     "FF_EMPLOYEES(FY2019), FF_EMPLOYEES(FY2024), GROWTH(FF_EMPLOYEES, FY2019, FY2024) FOR NIMB"),
    ("Sales at Nimbus Freight FY2019 vs FY2024 and the % change.",
     "FF_SALES(FY2019), FF_SALES(FY2024), GROWTH(FF_SALES, FY2019, FY2024) FOR NIMB"),
    ("Revenue at Apex Medical FY2020 vs FY2024 and the % change",
     "FF_SALES(FY2020), FF_SALES(FY2024), GROWTH(FF_SALES, FY2020, FY2024) FOR APXD"),
    ("Net income for Lakeside Bancorp FY2021 vs FY2024 plus the growth",
     "FF_NET_INC(FY2021), FF_NET_INC(FY2024), GROWTH(FF_NET_INC, FY2021, FY2024) FOR LAKE"),
    ("Free cash flow of Nimbus Freight: FY2022 vs FY2024 and the % change",
     "FF_FCF(FY2022), FF_FCF(FY2024), GROWTH(FF_FCF, FY2022, FY2024) FOR NIMB"),
    ("EPS at Aurora Pharma FY2019 vs FY2024 and the CAGR",
     "FF_EPS(FY2019), FF_EPS(FY2024), CAGR(FF_EPS, FY2019, FY2024) FOR AURP"),
]


@pytest.mark.parametrize(("question", "query"), WHERE_IT_NOW + WHERE_STOCK_NOW + FIGURES_AND_CHANGE)
def test_reading(question: str, query: str) -> None:
    assert q(question) == query

"""Round 12 (f12c), composition: a growth asked per year over a span, a singular superlative over a set, a number
word after a superlative, a set denied by a relative clause, the count of analysts ranked, and a growth verb in a
screen as the later figure against the earlier one.

Rules alone (no model, no embedder). Each case failed before this round (a wrong answer or a refusal) unless marked
as a guard of a reading that already held.
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

OM = "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100"
FPE = "P_PRICE(D0) / FE_EPS(FY1)"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "per year" / "a year" after a growth over a span of fiscal years: the CAGR (tune12a t12a-139 was the growth
        # over the whole span: a wrong answer)
        ("How fast has Umbra Beverages grown its dividend per share since fiscal 2019, per year?",
         "CAGR(FF_DPS, FY2019, FY2024) FOR UMBR"),
        ("How much did Umbra Beverages sales grow a year from FY2019 to FY2024?", "CAGR(FF_SALES, FY2019, FY2024) FOR UMBR"),
        ("rank banks by how fast EPS grew per year since 2019",
         'NAME, CAGR(FF_EPS, FY2019, FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT CAGR(FF_EPS, FY2019, FY2024) DESC'),
        # a superlative opening the question on one measure, over a set named after it: the one company (t12a-143 and
        # dev0330 listed every company)
        ("Highest forward P/E among the semiconductor names",
         f'NAME, {FPE} FOR SCREEN(INDUSTRY("Semiconductors")) SORT {FPE} DESC TOP 1'),
        ("Lowest P/E among the Canadian banks",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Canada")) SORT FG_PE(D0) ASC TOP 1'),
        ("Highest FY2024 sales growth among the banks",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT GROWTH(FF_SALES, FY2023, FY2024) '
         "DESC TOP 1"),
        # guards: a plural measure, a plural before the superlative, a count, an order of all the rows
        ("Highest dividend yields among the utilities",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
        ("Banks with the lowest P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
        ("Highest P/E among the banks, top 3", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 3'),
        ("highest P/E among the banks, highest first", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
        # a number word right after a superlative counts the rows (t12a-068 refused "three")
        ("Worst three industrials in 2024?",
         'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(SECTOR("Industrials")) SORT P_RETURN(2023-12-31, 2024-12-31) ASC TOP 3'),
        ("largest ten banks by market cap",  # guard: a number word before the companies' noun held
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 10 IN USD'),
        # a set denied by a relative clause: the complement within the other sets, from the registry (t12a-125
        # refused "not")
        ("Materials companies that aren't miners, with last year's operating margin",
         f'NAME, {OM} FOR SCREEN(SECTOR("Materials") & (INDUSTRY("Chemicals") | INDUSTRY("Packaging")))'),
        ("industrials which are not airlines, by P/E",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Industrials") & (INDUSTRY("Aerospace & Defense") | INDUSTRY("Logistics") | '
         'INDUSTRY("Machinery"))) SORT FG_PE(D0) DESC'),
        # the most (fewest) analysts: their number, ranked (t12b-107 refused "most")
        ("Which 2 Japanese companies have the most analysts for the 2025 estimate?",
         'NAME, FE_NUM(FY1) FOR SCREEN(COUNTRY("Japan")) SORT FE_NUM(FY1) DESC TOP 2'),
        ("which bank has the fewest analysts for FY2025",
         'NAME, FE_NUM(FY1) FOR SCREEN(INDUSTRY("Banks")) SORT FE_NUM(FY1) ASC TOP 1'),
        # a growth verb without a threshold in a screen: the later figure above the earlier (GROWTH is null from a
        # base at or below zero, so "GROWTH > 0" dropped an EPS that rose from a loss; t12b-089)
        ("American insurance companies where the EPS grew and also the dividend per share grew in FY2024",
         'NAME, FF_EPS(FY2024), FF_EPS(FY2023), FF_DPS(FY2024), FF_DPS(FY2023) FOR SCREEN(INDUSTRY("Insurance") & '
         'COUNTRY("United States"), FF_EPS(FY2024) > FF_EPS(FY2023) AND FF_DPS(FY2024) > FF_DPS(FY2023))'),
        ("banks whose EPS rose and whose DPS fell in FY2024",
         'NAME, FF_EPS(FY2024), FF_EPS(FY2023), FF_DPS(FY2024), FF_DPS(FY2023) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_EPS(FY2024) > FF_EPS(FY2023) AND FF_DPS(FY2024) < FF_DPS(FY2023))"),
        # guards: a growth said as a noun stays its percentage; "each year" stays each year's growth
        ("which reits had dps growth yoy last yr",
         'NAME, GROWTH(FF_DPS, FY2023, FY2024) FOR SCREEN(INDUSTRY("REITs"), GROWTH(FF_DPS, FY2023, FY2024) > 0)'),
        ("Umbra Beverages sales growth each year since 2021",
         "GROWTH(FF_SALES, FY2020, FY2021), GROWTH(FF_SALES, FY2021, FY2022), GROWTH(FF_SALES, FY2022, FY2023), "
         "GROWTH(FF_SALES, FY2023, FY2024) FOR UMBR"),
    ],
)
def test_round12_f12c(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # analysts who expect are the estimate's makers, not a count to rank (guard)
        ("nx100 companies where most analysts expect EPS above 5 in 2025", ["most"]),
        # a negation with no set after it stays refused (guard)
        ("materials companies not miners", ["not"]),
    ],
)
def test_round12_f12c_refusals(question: str, words: list[str]) -> None:
    message = refused(question)
    for w in words:
        assert repr(w) in message, message

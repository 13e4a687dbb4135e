"""Round 20 (f20b): buy/sell-side jargon for metrics, periods and number formats (bps ranges, bare multiples, FY+1,
the print, currency units), a ratio restated after a comma, and set names of the trade. Own wording, not the tuning
questions; the near misses stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- wrong answers ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the unit said once after a range is both ends' (the first end was 200 percent)
        ("utilities yielding between 250 and 400 bps",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) >= 2.5 AND FG_DIV_YIELD(D0) <= 4)'),
        ("banks with a div yield of 300-450bps",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) >= 3 AND FG_DIV_YIELD(D0) <= 4.5)'),
        # a ratio restated after a comma is the ratio, not a condition between its operands
        ("return on assets LTM for the banks, net income over assets",
         'NAME, FF_NET_INC(LTM) / FF_ASSETS(LTM) * 100 FOR SCREEN(INDUSTRY("Banks"))'),
        # "chem" was read as a slip of "them": the screen lost its set
        ("chem names with FY24 op margin above 12%",
         'NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Chemicals"), '
         'FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 12)'),
        # "the last print" was read as the last fiscal year
        ("NWSY revenue on the last print", "FF_SALES(FQ0) FOR NWSY"),
    ],
)
def test_wrong_answers_now_right(question: str, query: str) -> None:
    assert q(question) == query


def test_a_restated_ratio_that_computes_another_is_refused() -> None:
    assert "sales over equity" in refused("ROE FY24 for the insurers, sales over equity")


def test_a_change_in_bps_over_a_hyphen_range_stays_refused() -> None:
    assert "bps" in refused("insurers whose op margin improved by 50-150 bps")


# -- jargon read ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a bare multiple after the trade's verb or noun is the P/E
        ("which utes trade under 14x?", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 14)'),
        ("German names trading on > 25x",
         'NAME, FG_PE(D0) FOR SCREEN(COUNTRY("Germany"), FG_PE(D0) > 25)'),
        ("Japanese insurers on a sub-9x multiple",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance") & COUNTRY("Japan"), FG_PE(D0) < 9)'),
        ("software names with a forward multiple below 30x",
         'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY("Software"), P_PRICE(D0) / FE_EPS(FY1) < 30)'),
        # FY+1 / FY+2: the estimate years
        ("FY+2 consensus EPS for FALC and NWSY", "FE_EPS(FY2) FOR FALC, NWSY"),
        ("FY+1 sales consensus in USD for the Swiss names",
         'NAME, FE_SALES(FY1) FOR SCREEN(COUNTRY("Switzerland")) IN USD'),
        # a period in brackets between a measure and its comparison
        ("insurers with ROE (FY23) > 12%",
         'NAME, FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR SCREEN(INDUSTRY("Insurance"), '
         'FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 > 12)'),
        # the print: the latest reported quarter
        ("top line for the last print at NWSY vs the print before", "FF_SALES(FQ0), FF_SALES(FQ-1) FOR NWSY"),
        ("net income on the last 3 prints for FALC", "FF_NET_INC(FQ-2), FF_NET_INC(FQ-1), FF_NET_INC(FQ0) FOR FALC"),
        ("sales growth last print yoy for the software names",
         'NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR SCREEN(INDUSTRY("Software"))'),
        # the threshold said after the set
        ("FY24 sales growth for the banks, only those above 8%",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2023, FY2024) > 8)'),
        ("FY24 sales growth for the banks, above 8% only",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2023, FY2024) > 8)'),
        # money ranges and the currency's units
        ("insurers with mkt cap $10-40bn",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_MKT_CAP(D0) >= 10000 AND FG_MKT_CAP(D0) <= 40000) IN USD'),
        ("FY24 net income (EUR m) for NWSY, FALC", "FF_NET_INC(FY2024) FOR NWSY, FALC IN EUR"),
        ("top 4 Japanese names by LTM sales, USD terms",
         'NAME, FF_SALES(LTM) FOR SCREEN(COUNTRY("Japan")) SORT FF_SALES(LTM) DESC TOP 4 IN USD'),
        ("GBP-converted FY24 capex for NWSY, FALC", "FF_CAPEX(FY2024) FOR NWSY, FALC IN GBP"),
        # an order said as a direction
        ("P/E for NWSY, FALC, INDI - sort big to small", "FG_PE(D0) FOR NWSY, FALC, INDI SORT FG_PE(D0) DESC"),
        ("the water utes by P/B, small to big", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Water Utilities")) SORT FG_PB(D0) ASC'),
    ],
)
def test_jargon_read(question: str, query: str) -> None:
    assert q(question) == query


def test_a_bare_multiple_without_verb_or_noun_stays_refused() -> None:
    assert "14x" in refused("utilities under 14x")


def test_fy_plus_three_stays_refused() -> None:
    refused("FY+3 consensus EPS for NWSY")


def test_print_as_a_verb_is_no_quarter() -> None:
    refused("what did NWSY print")


# -- differences of ratios, amounts said in words, the universe -----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the difference of two ratios in percent is in percentage points: the unit said of it restates it
        ("spread between FY23 gross margin and op margin (pp) for NWSY, FALC",
         "FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 - (FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100) FOR NWSY, FALC"),
        ("op margin spread vs net margin (FY23, pp) for the software names",
         'NAME, FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 - (FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100) '
         'FOR SCREEN(INDUSTRY("Software"))'),
        # amounts said as a fraction of a billion, in millions of the local currency, a threshold after a comma
        ("banks with FY24 net income of at least three quarters of a billion dollars",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) >= 750) IN USD'),
        ("insurers with FY24 sales > 2.5k (local ccy m)",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Insurance"), FF_SALES(FY2024) > 2500)'),
        ("Japanese names: mkt cap in USD, above $30bn",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("Japan"), FG_MKT_CAP(D0) > 30000) IN USD'),
        # every company
        ("top 3 by dividend yield across everything",
         "NAME, FG_DIV_YIELD(D0) FOR SCREEN(ALL) SORT FG_DIV_YIELD(D0) DESC TOP 3"),
        ("lowest 4 P/B across the whole book", "NAME, FG_PB(D0) FOR SCREEN(ALL) SORT FG_PB(D0) ASC TOP 4"),
    ],
)
def test_differences_amounts_and_universe(question: str, query: str) -> None:
    assert q(question) == query


def test_points_of_a_difference_of_amounts_stay_refused() -> None:
    assert "pp" in refused("FY24 sales minus capex in pp for NWSY")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a threshold taken back and said again
        ("which Swiss names have mkt cap > 5bn... scratch that, > 50bn",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("Switzerland"), FG_MKT_CAP(D0) > 50000)'),
        ("insurers with P/E < 15... sorry, < 11", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PE(D0) < 11)'),
        # the forward multiple, restated in brackets
        ("highest 3 forward multiples in TECHX (px / FY+1 EPS)",
         "NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDEX(TECHX)) SORT P_PRICE(D0) / FE_EPS(FY1) DESC TOP 3"),
        ("net margin FY23 vs FY22 for NWSY, both cols",
         "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100, FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 FOR NWSY"),
    ],
)
def test_corrections_and_forward_multiples(question: str, query: str) -> None:
    assert q(question) == query


def test_balance_sheet_period_in_brackets_and_sitting_on_net_cash() -> None:
    assert q("which software names sit on net cash (FY23 balance sheet)?") == (
        'NAME, FF_CASH(FY2023) - FF_DEBT(FY2023) FOR SCREEN(INDUSTRY("Software"), FF_CASH(FY2023) - FF_DEBT(FY2023) > 0)')
    assert q("net debt (LTM bs) for NWSY, FALC") == "FF_DEBT(LTM) - FF_CASH(LTM) FOR NWSY, FALC"


def test_excl_with_its_point_is_excluding() -> None:
    # the point was read as a sentence's end and the set before it dropped (it answered the machinery names)
    assert q("industrials excl. machinery by FY24 sales") == (
        'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Industrials") & (INDUSTRY("Aerospace & Defense") | INDUSTRY("Airlines") '
        '| INDUSTRY("Logistics"))) SORT FF_SALES(FY2024) DESC IN USD')

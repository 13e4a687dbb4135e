"""Round 18 (f18d): trading-floor chat shorthand - periods (q/q and y/y together, 1H FY24, FY24A, "the prior 4",
"both yrs", "last session"), the trade's abbreviations of measures (GM, opm, yld, capex/sales, TTM P/E, "12x fwd"),
several asks in one message joined by "+", "/" or "and", and the chat's lower case. Own wording, not the tuning
questions; the near misses stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # both grains said: each growth its own, a grain said alone is the growth before it again at that grain
        ("NWSY revenue 2Q24 q/q and y/y",
         "GROWTH(FF_SALES, FQ2024Q1, FQ2024Q2), GROWTH(FF_SALES, FQ2023Q2, FQ2024Q2) FOR NWSY"),
        ("nwsy 2Q24 rev qoq growth and yoy growth",
         "GROWTH(FF_SALES, FQ2024Q1, FQ2024Q2), GROWTH(FF_SALES, FQ2023Q2, FQ2024Q2) FOR NWSY"),
        ("NWSY latest quarter EPS growth quarter over quarter and year over year",
         "GROWTH(FF_EPS, FQ-1, FQ0), GROWTH(FF_EPS, FQ-4, FQ0) FOR NWSY"),
        # each measure its own grain, the growth word the one before it ("sales q/q, EPS y/y")
        ("NWSY 2Q24 sales q/q, EPS y/y",
         "GROWTH(FF_SALES, FQ2024Q1, FQ2024Q2), GROWTH(FF_EPS, FQ2023Q2, FQ2024Q2) FOR NWSY"),
        ("NWSY sales and EPS growth q/q and y/y, 2Q24",
         "GROWTH(FF_SALES, FQ2024Q1, FQ2024Q2), GROWTH(FF_SALES, FQ2023Q2, FQ2024Q2), "
         "GROWTH(FF_EPS, FQ2024Q1, FQ2024Q2), GROWTH(FF_EPS, FQ2023Q2, FQ2024Q2) FOR NWSY"),
        # one grain: as before
        ("NWSY 2Q24 sales y/y", "GROWTH(FF_SALES, FQ2023Q2, FQ2024Q2) FOR NWSY"),
    ],
)
def test_both_grains_said(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the currency said after another measure of the list is that measure's: the return stays the stock's own
        ("MONB ytd return + mkt cap in $", "P_RETURN(2023-12-31, D0), FG_MKT_CAP(D0) FOR MONB IN USD"),
        ("MONB market cap in USD and its return this year so far",
         "FG_MKT_CAP(D0), P_RETURN(2023-12-31, D0) FOR MONB IN USD"),
        # said of the return, it converts the closes (as before)
        ("MONB ytd return in $", "(P_PRICE(D0) / P_PRICE(2023-12-31) - 1) * 100 FOR MONB IN USD"),
        # "in $" with words after it
        ("MONB net debt latest q, in $ please", "FF_DEBT(FQ0) - FF_CASH(FQ0) FOR MONB IN USD"),
        ("MONB mkt cap in $ and P/E", "FG_MKT_CAP(D0), FG_PE(D0) FOR MONB IN USD"),
        ("biggest 3 FY24 revenues across the whole universe, converted to $",
         "NAME, FF_SALES(FY2024) FOR SCREEN(ALL) SORT FF_SALES(FY2024) DESC TOP 3 IN USD"),
    ],
)
def test_currency_in_a_list_and_in_dollars(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY 52-wk high, and where it's trading now", "P_HIGH(2024-01-15, D0), P_PRICE(D0) FOR NWSY"),
        ("BRIP/STEP/QUPO dividend yield", "FG_DIV_YIELD(D0) FOR BRIP, STEP, QUPO"),
        ("1y return MHP / MONB", "P_RETURN(2024-01-15, D0) FOR MHP, MONB"),
        # "the prior N" after "the last N quarters (years)": the N before them
        ("ORBA total FCF last 2 qtrs vs the prior 2", "SUM(FF_FCF, FQ-1, FQ0), SUM(FF_FCF, FQ-3, FQ-2) FOR ORBA"),
        ("ORBA avg sales over the last 2 years against the previous 2 years",
         "AVG(FF_SALES, FY2023, FY2024), AVG(FF_SALES, FY2021, FY2022) FOR ORBA"),
        ("ORBA EPS for the prior two quarters", "FF_EPS(FQ-1), FF_EPS(FQ0) FOR ORBA"),
        # "both yrs": the two years named
        ("ORBA sales for FY23 and FY22, and EPS both yrs",
         "FF_SALES(FY2023), FF_SALES(FY2022), FF_EPS(FY2023), FF_EPS(FY2022) FOR ORBA"),
    ],
)
def test_several_asks_and_relative_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY GM FY23", "FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 FOR NWSY"),
        ("opm fy22 for ORBA", "FF_OPER_INC(FY2022) / FF_SALES(FY2022) * 100 FOR ORBA"),
        ("ORBA capex/sales FY23", "FF_CAPEX(FY2023) / FF_SALES(FY2023) * 100 FOR ORBA"),
        ("ORBA liabs and equity on the b/s last q", "FF_LIABS(FQ0), FF_EQUITY(FQ0) FOR ORBA"),
        ("ORBA book value / shr FY23", "FF_EQUITY(FY2023) / FF_SHARES(FY2023) FOR ORBA"),
        ("staples w/ neg FCF TTM", 'NAME, FF_FCF(LTM) FOR SCREEN(SECTOR("Consumer Staples"), FF_FCF(LTM) < 0)'),
        ("utes yld, highest first",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
        ("MHP volume last session", "P_VOLUME(D0) FOR MHP"),
        ("max close for MHP in 3Q24", "P_HIGH(2024-07-01, 2024-09-30) FOR MHP"),
        ("MHP sales FY23 + operating margin same yr",
         "FF_SALES(FY2023), FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR MHP"),
        # the P/E is trailing: "TTM P/E", "P/E on a TTM basis", "Nx TTM"; "Nx fwd" is the forward one
        ("ltm p/e for MHP", "FG_PE(D0) FOR MHP"),
        ("chems on less than 14x TTM", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Chemicals"), FG_PE(D0) < 14)'),
        ("chems under 14x fwd",
         'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY("Chemicals"), P_PRICE(D0) / FE_EPS(FY1) < 14)'),
        # fiscal labels
        ("MHP EPS FY23A vs FY25E cons", "FF_EPS(FY2023), FE_EPS(FY1) FOR MHP"),
        ("MHP net income FY22 + FY21", "FF_NET_INC(FY2022), FF_NET_INC(FY2021) FOR MHP"),
        ("MHP consensus sales FY25/FY26", "FE_SALES(FY1), FE_SALES(FY2) FOR MHP"),
        ("KEYM 1H FY23 net income", "SUM(FF_NET_INC, FQ2023Q1, FQ2023Q2) FOR KEYM"),
        ("MHP FY2 EPS cons", "FE_EPS(FY2) FOR MHP"),
        # a margin's change in basis points
        ("MHP opm chg FY22 to FY23 in bps",
         "(FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 - (FF_OPER_INC(FY2022) / FF_SALES(FY2022) * 100)) * 100 FOR MHP"),
        # the chat's words
        ("hey can u pull MHP rev FY23 while ur at it", "FF_SALES(FY2023) FOR MHP"),
        ("which utes r net cash rn",
         'NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 0)'),
        ("NX100 names up >40% in calendar 2024",
         'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDEX(NX100), P_RETURN(2023-12-31, 2024-12-31) > 40)'),
        # "ytd" with no measure, and a calendar period ranked best/worst: the return
        ("ytd for MHP and MONB?", "P_RETURN(2023-12-31, D0) FOR MHP, MONB"),
        ("chems in calendar 2023, best first",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Chemicals")) SORT P_RETURN(2022-12-31, 2023-12-31) DESC'),
        ("MONB mkt cap in loonies", "FG_MKT_CAP(D0) FOR MONB IN CAD"),
        # two groups of sets said with the same kinds, or holding no company as one
        ("UK banks and US insurers, P/E",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("United Kingdom") | INDUSTRY("Insurance") & '
         'COUNTRY("United States"))'),
        ("US staples plus european beverages, FY23 GM for the lot",
         'NAME, FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(SECTOR("Consumer Staples") & '
         'COUNTRY("United States") | INDEX(EUROPE) & INDUSTRY("Beverages"))'),
    ],
)
def test_trade_shorthand(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("MHP sales chg FY22 to FY23 in bps", "bps"),  # a growth in percent is no number of basis points
        ("R&D spend for MHP FY23", "r&d"),  # the "r" of R&D is no chat "are"
        ("MHP bond yld", "bond"),  # a bond's yield is no dividend yield
        ("MHP EPS last 4 years vs the prior 2 quarters", "prior 2 quarters"),  # quarters before a span of years
    ],
)
def test_near_misses_stay_refused(question: str, word: str) -> None:
    assert word in refused(question).lower()


def test_neighbours_keep_their_readings() -> None:
    assert q("gm, MHP sales FY23") == "FF_SALES(FY2023) FOR MHP"  # the chat's greeting is no gross margin
    assert q("cons staples P/E under 15") == \
        'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Consumer Staples"), FG_PE(D0) < 15)'  # "cons" of a sector stays
    assert q("U.S. banks P/E") == 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("United States"))'
    assert q("german and french banks P/E") == \
        'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & (COUNTRY("Germany") | COUNTRY("France")))'
    assert q("banks in the financials sector, P/E") == 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"))'

"""Round 29 (f29n): round 28's noticed list. Own wordings (each reading failed before the change), with near misses
that keep their readings or refusals."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- wrong answers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # one flow over the last four quarters, no word for each quarter: their sum (SPEC 2's LTM); it was the four
        # quarters listed
        ("What was NWSY's operating income over the last four quarters?", "SUM(FF_OPER_INC, FQ-3, FQ0) FOR NWSY"),
        ("How much free cash flow did APXM generate over the past 4 quarters?", "SUM(FF_FCF, FQ-3, FQ0) FOR APXM"),
        ("Sales of Cobalt Power over the last four quarters", "SUM(FF_SALES, FQ-3, FQ0) FOR COBP"),
        # a sign written as code between two figures (both were listed)
        ("Compute cash(FY2024) - cash(FY2023) for NWSY", "FF_CASH(FY2024) - FF_CASH(FY2023) FOR NWSY"),
        ("APXM net income(FY2024) - net income(FY2022)", "FF_NET_INC(FY2024) - FF_NET_INC(FY2022) FOR APXM"),
        ("NWSY debt(FY2024) - cash(FY2024) in USD", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR NWSY IN USD"),
        # "N pct.+" and "by N%+": at least N
        ("stocks where fy25 cons eps > fy24 actual by 20 pct.+, staples",
         'NAME, FE_EPS(FY1), FF_EPS(FY2024) FOR SCREEN(SECTOR("Consumer Staples"), FE_EPS(FY1) >= FF_EPS(FY2024) * 1.2)'),
        ("utilities with a dividend yield of 4 pct.+",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) >= 4)'),
        ("Which banks grew net income by 10%+ last year?",
         'NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_NET_INC, FY2023, FY2024) >= 10)'),
        ("utilities with sales growth of 20%+ in 2024",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR("Utilities"), GROWTH(FF_SALES, FY2023, FY2024) >= 20)'),
        # two years joined before another measure: each condition its own year (both were given to both)
        ("Which banks had sales above 1bn in FY2023 or FY2024 net income above 100m?",
         'NAME, FF_SALES(FY2023), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2023) > 1000 OR '
         "FF_NET_INC(FY2024) > 100)"),
        ("Which utilities had debt below 5bn in 2022 or 2024 capex above 1bn?",
         'NAME, FF_DEBT(FY2022), FF_CAPEX(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2022) < 5000 OR '
         "FF_CAPEX(FY2024) > 1000)"),
        ("Which banks had sales above 1bn in FY2023 and FY2024 net income above 100m?",
         'NAME, FF_SALES(FY2023), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2023) > 1000 AND '
         "FF_NET_INC(FY2024) > 100)"),
        ("NWSY sales in FY2023 and FY2024 net income", "FF_SALES(FY2023), FF_NET_INC(FY2024) FOR NWSY"),
        # the prices' own date said as context adds no price column
        ("Given that prices are as of the end of 2024, what is NWSY's P/E?", "FG_PE(D0) FOR NWSY"),
        ("Given that prices are as of 2024-12-31, what is APXM's market cap?", "FG_MKT_CAP(D0) FOR APXM"),
        ("Prices as of the end of 2024: what is the dividend yield of NWSY?", "FG_DIV_YIELD(D0) FOR NWSY"),
    ],
)
def test_wrong_answers_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # arithmetic across two companies: refused (SPEC 3: one company per row); both read one item for both, or two
        ("compute NWSY.sales(FY2024) - APXM.revenue(FY2024)", "apxm"),
        ("Net income of NWSY / APXM's sales", "apxm's sales"),
        ("NWSY net income / APXM sales in 2024", "apxm sales"),
        ("Debt of NWSY / equity of APXM in 2023", "equity"),
        # another date for the prices is not D0: refused, named
        ("Assuming prices are as of June 30, 2024, what is NWSY's P/E?", "june 30, 2024"),
    ],
)
def test_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: a word for each quarter, a grain, a balance-sheet item, a condition, two quarters
        ("What was NWSY's quarterly operating income over the last four quarters?",
         "FF_OPER_INC(FQ-3), FF_OPER_INC(FQ-2), FF_OPER_INC(FQ-1), FF_OPER_INC(FQ0) FOR NWSY"),
        ("NWSY's EPS in each of the last four quarters",
         "FF_EPS(FQ-3), FF_EPS(FQ-2), FF_EPS(FQ-1), FF_EPS(FQ0) FOR NWSY"),
        ("NWSY's cash over the last four quarters", "FF_CASH(FQ-3), FF_CASH(FQ-2), FF_CASH(FQ-1), FF_CASH(FQ0) FOR NWSY"),
        ("Cobalt Power's sales in the last two quarters", "FF_SALES(FQ-1), FF_SALES(FQ0) FOR COBP"),
        ("Which banks had net income above 100m over the last four quarters?",
         'NAME, FF_NET_INC(FQ-3), FF_NET_INC(FQ-2), FF_NET_INC(FQ-1), FF_NET_INC(FQ0) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_NET_INC(FQ-3) > 100 AND FF_NET_INC(FQ-2) > 100 AND FF_NET_INC(FQ-1) > 100 AND FF_NET_INC(FQ0) > 100)"),
        # a dash in prose is no sign; the same expression for two companies stays read
        ("NWSY - sales in 2024", "FF_SALES(FY2024) FOR NWSY"),
        ("debt/equity < 0.5 (FY23) - utilities",
         'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2023) / FF_EQUITY(FY2023) < 0.5)'),
        ("What was debt minus cash last year for NWSY and APXM?", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR NWSY, APXM"),
        ("Net income of NWSY / its sales in FY2023", "FF_NET_INC(FY2023) / FF_SALES(FY2023) FOR NWSY"),
        ("sales of NWSY / APXM in 2024", "FF_SALES(FY2024) FOR NWSY, APXM"),
        # a list of years for one measure stays a list; "or" of one condition's years stays
        ("What were NWSY's sales in FY2023 and FY2024?", "FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
        ("Which banks had sales above 1bn in FY2023 or FY2024?",
         'NAME, FF_SALES(FY2023), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), (FF_SALES(FY2023) > 1000 OR '
         "FF_SALES(FY2024) > 1000))"),
        # the second condition with no period of its own: SPEC's default (the latest year), not the first's
        ("Which banks had a yield above 5% in 2023 and ROE above 15%?",
         'NAME, FG_DIV_YIELD(2023-12-31), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "FG_DIV_YIELD(2023-12-31) > 5 AND FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 15)"),
        ("Which utilities had ROE above 15% in FY2023 and a P/E below 12?",
         'NAME, FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), '
         "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 > 15 AND FG_PE(D0) < 12)"),
        # prices asked with their date stay asked
        ("NWSY. Prices as of the end of 2024?", "P_PRICE(D0) FOR NWSY"),
        ("Share prices as of 2024-12-31: NWSY, APXM", "P_PRICE(D0) FOR NWSY, APXM"),
    ],
)
def test_near_misses_keep(question: str, query: str) -> None:
    assert q(question) == query


# -- letters, remarks and a defined quotient in percent --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Dear FinQL support, what was Northwind Systems' free cash flow last year? Thanks in advance!",
         "FF_FCF(FY2024) FOR NWSY"),
        ("Dear FinQL team, could you tell me APXM's sales for fiscal 2023? Kind regards, Jim",
         "FF_SALES(FY2023) FOR APXM"),
        ("Dear FinQL, please send the number of employees of NWSY at the end of fiscal 2021.",
         "FF_EMPLOYEES(FY2021) FOR NWSY"),
        ("Dear Sir or Madam, what was APXM's net income in fiscal 2022? With best wishes, R. Patel",
         "FF_NET_INC(FY2022) FOR APXM"),
        ("Hello, our finance team is reviewing supplier risk. Could you send the debt of NWSY at the end of fiscal "
         "2024? With thanks, Maria", "FF_DEBT(FY2024) FOR NWSY"),
        ("Good afternoon, our treasury desk needs the P/E of APXM today. Yours faithfully, J. Brown",
         "FG_PE(D0) FOR APXM"),
        ("What was NWSY's net income last year? my brother keeps asking me lol", "FF_NET_INC(FY2024) FOR NWSY"),
        ("How many analysts cover APXM for next year? no idea why I care tbh", "FE_NUM(FY1) FOR APXM"),
        # a defined quotient in percent compared with a threshold (the unit stopped the comparison)
        ("define margin as net income / revenue * 100. which banks had margin above 20 in 2023?",
         'NAME, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 > 20)"),
        ("which banks had net income divided by revenue times 100 above 20 in 2023?",
         'NAME, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 > 20)"),
    ],
)
def test_frames_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a context sentence or remark with a content word is never dropped: a constraint, a measure, a move, a set
        ("Dear FinQL team, I only care about US companies. Which banks have a P/E below 10?", "care"),
        ("Our audit committee is reviewing Apex Media's leverage. What was its debt in FY2024?", "reviewing"),
        ("What was NWSY's net income last year? feels like it's been dropping", "feels"),
        ("What is APXM's P/E today? utilities love leverage", "love"),
        ("What was NWSY's net income last year? only the US ones please", "us"),
        # a name of a person greeted is not read (a company's could stand there)
        ("Dear Margaret, what was NWSY's net income in 2023?", "margaret"),
        # a constant operand before its measure: not composed (refused, named); after it, read since round 30
        # (test_round30_f30n.py: "Define cushion as cash minus 500. ..." is FF_CASH(FY2024) - 500)
        ("What was 100 divided by NWSY's P/E today?", "100"),
        # a price's change set against a bare year: from its end or its average is not said
        ("NWSY share price change versus 2023?", "versus 2023"),
    ],
)
def test_still_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()

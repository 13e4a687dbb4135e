"""Round 26 (f26s): tune26b's SPEC readers. A price multiple explained in parentheses by the two figures SPEC computes
it from ("dividend yield (trailing DPS over today's close)": in a screen the "over" was a condition, DPS above the
price), and "the tech index" (read as the IT sector, not TECHX). Own wordings, never the tuning questions; near
misses keep their reading or are refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "over": was a condition (DPS above the price, market cap above equity)
        ("Which insurers have a dividend yield (trailing DPS over today's close) above 3%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_DIV_YIELD(D0) > 3)'),
        ("Banks ranked by P/E (today's price over trailing EPS), top 3",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 3'),
        ("Price to book (market cap over equity) for the banks, highest first, top 4",
         'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PB(D0) DESC TOP 4'),
        ("Which banks have a price to book (market cap over equity) above 1.5?",
         'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) > 1.5)'),
        ("Energy dividend yield in percent (trailing dividends per share over the latest close), three highest",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Energy")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
        # its companies or its set between the multiple and the parentheses (was a condition too)
        ("Price to book of the banks (market cap over equity), highest first",
         'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PB(D0) DESC'),
        # the P/B's equity is the latest quarter's (SPEC section 2)
        ("Which insurers have a price to book (market cap over the latest quarter's equity) below 1.2?",
         'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PB(D0) < 1.2)'),
        # "divided by": the same, read once (was an extra column beside the multiple)
        ("Insurers with a P/E (today's price divided by trailing EPS) below 12, lowest first",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PE(D0) < 12) SORT FG_PE(D0) ASC'),
    ],
)
def test_a_multiple_restated_in_parentheses(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # two figures that compute another figure, or at another period: never a condition, never one of two figures
        ("Dividend yield (sales over price) for the banks", "sales over price"),
        ("P/E (price over FY2023 EPS) for the banks, top 3", "price over fy2023 eps"),
        ("Which utilities have a price to book (equity over market cap) below 2?", "equity over market cap"),
        ("Dividend yield of the insurers (DPS over sales)", "dps over sales"),
        # the latest quarter's EPS is no trailing EPS (a P/E's is the four latest quarters')
        ("Banks ranked by P/E (today's price over the latest quarter's EPS), top 3",
         "today's price over the latest quarter's eps"),
    ],
)
def test_a_multiple_defined_otherwise_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: a multiple with a unit of its own, or a ratio defined in parentheses, read as before
        ("Which banks have a net margin (net income over sales) above 10% last year?",
         'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         'FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > 10)'),
        ("Which banks have a P/E above 12?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 12)'),
    ],
)
def test_near_misses_of_a_restated_multiple(question: str, query: str) -> None:
    assert q(question) == query


def test_a_multiple_with_a_unit_it_lacks_stays_refused() -> None:
    assert "in percent" in refused("P/E in percent (price over trailing EPS) for the banks")


def test_a_multiple_restated_at_today_with_another_date_is_refused() -> None:
    assert "on 2024-06-28" in refused("P/E of the banks (today's price over trailing EPS) on 2024-06-28")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which tech index members had sales above 1000 last year?",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDEX(TECHX), FF_SALES(FY2024) > 1000)'),
        ("Members of the technology index with a P/E below 20", 'NAME, FG_PE(D0) FOR SCREEN(INDEX(TECHX), FG_PE(D0) < 20)'),
        ("List the tech-index names with net income below zero in fiscal 2023",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDEX(TECHX), FF_NET_INC(FY2023) < 0)'),
        # near misses: the sector
        ("tech stocks with sales above 1000 last year",
         'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Information Technology"), FF_SALES(FY2024) > 1000)'),
        ("Which tech sector companies had sales above 1000 last year?",
         'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Information Technology"), FF_SALES(FY2024) > 1000)'),
        ("tech companies in the NX100 index with a P/E below 20",
         'NAME, FG_PE(D0) FOR SCREEN(INDEX(NX100) & SECTOR("Information Technology"), FG_PE(D0) < 20)'),
    ],
)
def test_the_tech_index(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "(i.e. <period>)": the marker inside the parenthesis (was refused, naming "i.e.")
        ("Gross income of Falcon Software for the year before last (i.e. fiscal 2023)?", "FF_GROSS_INC(FY2023) FOR FALC"),
        ("Net income of Bluepeak Energy last year (that is, fiscal 2024)", "FF_NET_INC(FY2024) FOR BPE"),
        # a quarter counted back from the latest, restated as the quarter it is (FQ0 is FQ2024Q4, SPEC section 2)
        ("Cash of Northwind Systems at the end of the quarter before last, i.e. the third fiscal quarter of 2024",
         "FF_CASH(FQ-1) FOR NWSY"),
        ("What was Falcon Software's EPS in the last quarter (i.e. Q4 of fiscal 2024)?", "FF_EPS(FQ0) FOR FALC"),
        ("Sales growth of Falcon Software from the quarter before last to the last quarter (i.e. fiscal Q3 to Q4 of "
         "2024)", "GROWTH(FF_SALES, FQ2024Q3, FQ2024Q4) FOR FALC"),
    ],
)
def test_a_period_restated_after_ie(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # near misses: the restatement names another period (SPEC section 5: two years ago is FY2023)
        ("EPS of Falcon Software two years ago (that is, fiscal 2022)", "fiscal 2022"),
        ("Sales of Falcon Software last year (i.e. fiscal 2023)", "fiscal 2023"),
        ("Debt of Northwind Systems in the quarter before last, i.e. the second fiscal quarter of 2024",
         "the second fiscal quarter of 2024"),
    ],
)
def test_a_period_restated_otherwise_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "times 100" closing a quotient spelt out: the percent unit (was refused, naming "times" or "100")
        ("Falcon Software's debt divided by equity, times 100, last year", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR FALC"),
        ("Bluepeak Energy's net income / sales x 100 for fiscal 2023",
         "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR BPE"),
        ("Cash to assets of Northwind Systems last year (cash over total assets multiplied by 100)",
         "FF_CASH(FY2024) / FF_ASSETS(FY2024) * 100 FOR NWSY"),
        ("Liabilities-to-assets ratio in percent (liabilities divided by assets, times 100) of Falcon Software in fiscal "
         "2022", "FF_LIABS(FY2022) / FF_ASSETS(FY2022) * 100 FOR FALC"),
    ],
)
def test_times_100_after_a_quotient_is_percent(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # near misses: no quotient spelt out, or another factor: unread, named
        ("Falcon Software's sales times 100 last year", "times"),
        ("P/E of Falcon Software times 100", "times"),
        ("Falcon Software's net income divided by sales times 1000 last year", "times"),
    ],
)
def test_times_100_without_a_quotient_stays_refused(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the rate SPEC converts at, said in words (was refused, naming "converted" or the rate's words)
        ("Market cap of Oakridge Brewing today in US dollars (converted at the price date)", "FG_MKT_CAP(D0) FOR OAKR IN USD"),
        ("Net income of Monarch Brewing for fiscal 2023 in euros, converted at each fiscal year-end rate",
         "FF_NET_INC(FY2023) FOR MONB IN EUR"),
        ("Next year's EPS estimate for Oakridge Brewing in US dollars at the latest exchange rate",
         "FE_EPS(FY1) FOR OAKR IN USD"),
        # "converted to millions of <currency>": the unit with the target, as "in millions of" is
        ("Oakridge Brewing's sales last year, converted to millions of US dollars", "FF_SALES(FY2024) FOR OAKR IN USD"),
    ],
)
def test_the_rate_of_a_conversion_said_in_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # near misses: a rate SPEC does not convert that figure at (fundamentals at the period's end, prices at the
        # price date): unread, named
        ("Oakridge Brewing's sales last year in US dollars at the latest exchange rate", "exchange rate"),
        ("Market cap of Oakridge Brewing today in US dollars, converted at the fiscal year-end rate", "converted"),
    ],
)
def test_a_rate_spec_does_not_use_stays_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # an estimate year restated ("next year" is FY1, FY2025: SPEC section 5)
        ("Consensus EPS of Falcon Software for the next fiscal year (fiscal 2025)", "FE_EPS(FY1) FOR FALC"),
        ("Number of analysts covering Northwind Systems for the year after next, i.e. fiscal 2026", "FE_NUM(FY2) FOR NWSY"),
        # a multiple's own figures: the EPS of the four latest quarters (LTM), the unit in percent said inside
        ("Which banks have a P/E (price over EPS of the last four quarters) below 10?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
        ("Which insurers have a dividend yield (trailing DPS over today's close, in percent) above 3?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_DIV_YIELD(D0) > 3)'),
        ("Trailing price/earnings ratio of Falcon Software today", "FG_PE(D0) FOR FALC"),
        # "daily" between the extreme and the close
        ("Highest daily close of Falcon Software in 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR FALC"),
        ("Lowest daily closing price of Northwind Systems in 2022", "P_LOW(2022-01-01, 2022-12-31) FOR NWSY"),
    ],
)
def test_more_restatements(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Consensus EPS of Falcon Software for next year (i.e. fiscal 2026)", "fiscal 2026"),
        ("Which banks have a P/E (price over EPS of the last two quarters) below 10?", "the last two quarters"),
        ("Which insurers have a P/E (today's price over trailing EPS, in percent) above 3?", "in percent"),
        ("Average daily volume of Falcon Software in 2024", "daily"),
        ("Daily return of Falcon Software today", "daily"),
    ],
)
def test_more_restatements_near_misses(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "per diluted share": FinQL's shares are the diluted ones (was refused, naming "per diluted")
        ("Free cash flow per diluted share of Falcon Software in fiscal 2023", "FF_FCF(FY2023) / FF_SHARES(FY2023) FOR FALC"),
        ("Cash per diluted share of Northwind Systems last year", "FF_CASH(FY2024) / FF_SHARES(FY2024) FOR NWSY"),
        # near miss: earnings per diluted share is the diluted EPS itself, no quotient
        ("Earnings per diluted share of Falcon Software last year", "FF_EPS(FY2024) FOR FALC"),
    ],
)
def test_per_diluted_share(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "at its (their) latest quarter end": the companies' own latest quarter, as "at the latest quarter end"
        ("Cash of Falcon Software at its latest quarter-end", "FF_CASH(FQ0) FOR FALC"),
        ("Total assets of Falcon Software and Northwind Systems at their most recent fiscal quarter end",
         "FF_ASSETS(FQ0) FOR FALC, NWSY"),
        ("Debt of Northwind Systems as of its last quarter end", "FF_DEBT(FQ0) FOR NWSY"),
    ],
)
def test_its_latest_quarter_end(question: str, query: str) -> None:
    assert q(question) == query


def test_its_quarter_end_without_latest_stays_refused() -> None:
    assert "quarter end" in refused("Cash of Falcon Software at its quarter end")

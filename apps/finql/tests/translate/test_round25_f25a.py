"""Round 25 (f25a): a researcher's framing said first (tune25a's academic voice), "at the close of <period>" said of a
stock item (a wrong P_PRICE(D0) column), a balance-sheet item "X had on its balance sheet", and "from close
<ISO date> to close <ISO date>". Own wordings, never the tuning questions. Near misses keep their reading or stay
refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a researcher's work as the purpose (was refused, naming "purposes", "sample" or the topic's words)
        ("For a study of capital structure, what was Falcon Software's debt in fiscal 2023?", "FF_DEBT(FY2023) FOR FALC"),
        ("For the purposes of a valuation comparison, what is Northwind Systems' P/E today?", "FG_PE(D0) FOR NWSY"),
        ("For a cross-country sample, what was Bluepeak Energy's net income in fiscal 2022?",
         "FF_NET_INC(FY2022) FOR BPE"),
        # the aim said first ("To gauge ...", "In order to compare ...", "In examining whether ...")
        ("To gauge balance-sheet strength, what was Falcon Software's cash at the end of fiscal 2024?",
         "FF_CASH(FY2024) FOR FALC"),
        ("In order to compare profitability, what were the net incomes of Falcon Software and Northwind Systems in "
         "fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC, NWSY"),
        ("In examining whether leverage has risen, could you show Bluepeak Energy's debt for fiscal 2022 and fiscal 2024?",
         "FF_DEBT(FY2022), FF_DEBT(FY2024) FOR BPE"),
        # the topic said first
        ("Regarding valuation, what is Falcon Software's price-to-book ratio today?", "FG_PB(D0) FOR FALC"),
        ("Where dividends are concerned, what was Northwind Systems' dividend per share in fiscal 2023?",
         "FF_DPS(FY2023) FOR NWSY"),
        ("With regard to Falcon Software, what were its sales in fiscal 2022?", "FF_SALES(FY2022) FOR FALC"),
    ],
)
def test_a_researchers_framing(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # what the framing says that would change the query, said nowhere else, is named (refused on the base too,
        # naming "regarding" or "study"; the adjective was named there as well)
        ("Regarding the banks, which had a P/E below 10?", "banks"),
        # (round 34: a period said as the topic first is the question's own period where it names no other, f34m's
        # "Regarding fiscal 2023, what was X's revenue?" -> FF_SALES(FY2023); beside another period it is named)
        ("Regarding fiscal 2023, what was Falcon Software's revenue in fiscal 2024?", "fiscal 2023"),
        ("Regarding fiscal 2023, what is Falcon Software's P/E today?", "fiscal 2023"),
        ("To compare adjusted margins, what was Falcon Software's net margin in fiscal 2024?", "adjusted"),
        ("To study the banks, what was Falcon Software's revenue in fiscal 2024?", "banks"),
    ],
)
def test_a_researchers_framing_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "at the close of <period>": the period's end (a stock item was read with an extra P_PRICE(D0) column)
        ("What was Lakeside Bancorp's debt at the close of the last quarter?", "FF_DEBT(FQ0) FOR LAKE"),
        ("Lakeside Bancorp cash at the close of Q3 2024", "FF_CASH(FQ2024Q3) FOR LAKE"),
        ("Falcon Software's total assets at the close of the previous quarter and the quarter before last",
         "FF_ASSETS(FQ0), FF_ASSETS(FQ-1) FOR FALC"),
        # near misses: a day's close stays the price on that day; a fiscal year's close stays its end
        ("Lakeside Bancorp price at the close of 28 June 2024", "P_PRICE(2024-06-28) FOR LAKE"),
        ("What was Lakeside Bancorp's debt as of the close of fiscal 2023?", "FF_DEBT(FY2023) FOR LAKE"),
    ],
)
def test_at_the_close_of_a_period(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a balance-sheet item held "on its balance sheet" after the company and a verb of holding
        ("How much debt did Ember Industries carry on its balance sheet in fiscal 2023?", "FF_DEBT(FY2023) FOR EMBE"),
        ("How much cash did Falcon Software and Ember Industries hold on their balance sheets in 2023?",
         "FF_CASH(FY2023) FOR FALC, EMBE"),
        # "close <ISO date>": the close of that day
        ("Price return for NWSY from close 2024-02-01 to close 2024-05-31.", "P_RETURN(2024-02-01, 2024-05-31) FOR NWSY"),
        ("NWSY return between close 2024-01-02 and close 2024-06-28", "P_RETURN(2024-01-02, 2024-06-28) FOR NWSY"),
    ],
)
def test_balance_sheet_and_iso_closes(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # not a balance-sheet item, or a word between the company and the verb
        ("How much revenue did Ember Industries have on its balance sheet in 2023?", "balance sheet"),
        ("How much cash did Ember Industries really hold on its balance sheet in 2023?", "balance sheet"),
    ],
)
def test_balance_sheet_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the asker's statement of the companies' reporting currency, checked against the master (was refused)
        ("First Harbor Bank reports in GBP - what was its net income for fiscal 2023?", "FF_NET_INC(FY2023) FOR FHB"),
        ("What were the fiscal 2023 sales of Keystone Retail, which reports in yen?", "FF_SALES(FY2023) FOR KEYR"),
        ("Keystone Retail's P/E today, in its own reporting currency (JPY)", "FG_PE(D0) FOR KEYR"),
        # "and again" before a period with its preposition; a ratio with a period before ", in percent"
        ("Falcon Software's sales for fiscal 2021 and again for fiscal 2023", "FF_SALES(FY2021), FF_SALES(FY2023) FOR FALC"),
        ("Northwind Systems: net income over equity for fiscal 2022, in percent",
         "FF_NET_INC(FY2022) / FF_EQUITY(FY2022) * 100 FOR NWSY"),
        # an operations desk's shorthand: a heading's "check", "the net change between", "the Q3 2024 quarter end"
        ("Cash check: NWSY cash at end of FY2022, at end of FY2023, and the net change between the two.",
         "FF_CASH(FY2022), FF_CASH(FY2023), FF_CASH(FY2023) - FF_CASH(FY2022) FOR NWSY"),
        ("NWSY total assets at the Q3 2024 quarter end", "FF_ASSETS(FQ2024Q3) FOR NWSY"),
        # a headline's year after a dash; the four quarters said again after "each quarter of"
        ("Northwind Systems Q2 vs Q1 net income - fiscal 2023", "FF_NET_INC(FQ2023Q2), FF_NET_INC(FQ2023Q1) FOR NWSY"),
        ("Northwind Systems Q3 sales vs Q2 - fiscal 2023", "FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q2) FOR NWSY"),
        ("NWSY debt at the end of each quarter of fiscal 2023 (Q1-Q4)",
         "FF_DEBT(FQ2023Q1), FF_DEBT(FQ2023Q2), FF_DEBT(FQ2023Q3), FF_DEBT(FQ2023Q4) FOR NWSY"),
        # quarters set against each other share the year said after them (the first was the latest such quarter)
        ("Northwind Systems Q2 versus Q1 net income in fiscal 2023",
         "FF_NET_INC(FQ2023Q2), FF_NET_INC(FQ2023Q1) FOR NWSY"),
        ("Falcon Software Q3 vs Q2 sales, fiscal 2022", "FF_SALES(FQ2022Q3), FF_SALES(FQ2022Q2) FOR FALC"),
        # near miss: a dash between two periods stays a range
        ("NWSY revenue FY2021 - FY2023", "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023) FOR NWSY"),
        # a client not yet named as the asker's own, who asks
        ("A client asked how Falcon Software's shares did in 2023.", "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"),
    ],
)
def test_stated_currency_and_shorthand(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # a reporting currency the master does not give the company is never taken as context
        ("Keystone Retail's P/E today, in its own reporting currency (USD)", "usd"),
        ("Falcon Software and First Harbor Bank, which report in GBP: revenue for fiscal 2023", "gbp"),
        # a client's yes/no question stays one
        ("A client asked whether Falcon Software's P/E is below 20.", "whether"),
    ],
)
def test_stated_currency_near_misses(question: str, word: str) -> None:
    assert word in refused(question)

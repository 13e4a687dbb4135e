"""Round 41 (f41p): periods said another way, units said again, a measure's plain verbs. Rules alone; every phrasing
here is this file's own (none taken from a golden set). Each class has its near misses: words that would change the
figures, or that do not hold for the companies read, stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- A. a day, a year or a fiscal year's end named again by what it is (``named_again``) ----------------------------


@pytest.mark.parametrize(("question", "query"), [
    # General Widget's and Kingsbridge Telecom's fiscal years end in March, Falcon Software's in September
    ("What was General Widget's closing price on 31 March 2023, the last day of its fiscal year?",
     "P_PRICE(2023-03-31) FOR GWC"),
    ("Kingsbridge Telecom market cap on March 31, 2022 - the last day of its fiscal year", "FG_MKT_CAP(2022-03-31) FOR KINT"),
    ("Close of Falcon Software on 30 September 2024, which was the last day of its fiscal year",
     "P_PRICE(2024-09-30) FOR FALC"),
    ("Eastgate Motors' close on 31 December 2023, the last day of the fourth calendar quarter",
     "P_PRICE(2023-12-31) FOR EASM"),
    ("Eastgate Motors' close on 30 June 2023, the last day of the second calendar quarter of 2023",
     "P_PRICE(2023-06-30) FOR EASM"),
    ("Eastgate Motors' close on 31 December 2022, the last day of the year", "P_PRICE(2022-12-31) FOR EASM"),
    # the first year with fundamentals: 2015, or the year after a later IPO (Atlas Mining listed in 2016)
    ("What was Eastgate Motors' net income in fiscal 2015, the first year of the data?", "FF_NET_INC(FY2015) FOR EASM"),
    ("Atlas Mining's sales in fiscal 2017 - the first year of the data", "FF_SALES(FY2017) FOR ATLM"),
    ("Eastgate Motors' highest close from 2 January 2015 (the first day of the price history) to the end of 2016?",
     "P_HIGH(2015-01-02, 2016-12-31) FOR EASM"),
    # the fiscal year's end said before its day, and the month the fiscal years said end in
    ("What was General Widget's market cap at its fiscal year end, 31 March 2024?", "FG_MKT_CAP(2024-03-31) FOR GWC"),
    ("General Widget's total debt as at its fiscal year end of 31 March 2023", "FF_DEBT(FY2023) FOR GWC"),
    ("Net income of Eastgate Motors for fiscal 2022 and 2023 (years end September)",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR EASM"),
    ("Eastgate Motors' sales, fiscal 2021, year ended 30 September", "FF_SALES(FY2021) FOR EASM"),
    ("Which utilities had a dividend yield above 3% at end-2022 (calendar year end)?",
     "NAME, FG_DIV_YIELD(2022-12-31) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(2022-12-31) > 3)"),
    ("Fiscal 2023 sales for Atlas Mining (Dec year-end, so fiscal = calendar)", "FF_SALES(FY2023) FOR ATLM"),
])
def test_a_period_named_again_where_it_holds(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # the words do not hold for the day or the company said: which is meant is unknown
    ("General Widget's closing price on 28 February 2023, the last day of its fiscal year?", "last day"),
    ("Falcon Software's market cap on 31 March 2024, the last day of its fiscal year", "last day"),  # September
    ("Close of General Widget and Falcon Software on 31 March 2024, the last day of their fiscal year", "last day"),
    ("Eastgate Motors' close on 30 June 2023, the last day of the third calendar quarter", "last day"),
    ("Eastgate Motors' close on 30 June 2023, the last day of the second calendar quarter of 2022", "last day"),
    ("Eastgate Motors' close on 30 December 2022, the last day of the year", "last day"),
    ("Eastgate Motors' close on 31 March 2023, the last day of its fiscal quarter", "last day"),  # not read
    ("What was Atlas Mining's net income in fiscal 2015, the first year of the data?", "first year"),
    ("What was Eastgate Motors' net income in fiscal 2016, the first year of the data?", "first year"),
    ("Atlas Mining's highest close from 2 January 2015 (the first day of the price history) to the end of 2016?",
     "first day"),
    ("Eastgate Motors' highest close from 5 January 2015 (the first day of the price history) to the end of 2016?",
     "first day"),
    ("Falcon Software's total debt as at its fiscal year end of 31 March 2023", "fiscal"),
    ("Eastgate Motors' sales, fiscal 2021, year ended 30 June", "year ended"),
    ("Eastgate Motors' sales, fiscal 2021, year ended 31 September", "year ended"),  # no such day
    ("Eastgate Motors' sales in 2021 (years end September)", "years end september"),  # no fiscal year said
    ("Which utilities had a dividend yield above 3% on 30 June 2022 (calendar year end)?", "calendar year end"),
    ("Calendar 2022 net income for Eastgate Motors (Dec year-end, so fiscal = calendar)", "dec year-end"),
])
def test_a_period_named_again_where_it_does_not_hold_stays_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- B. the unit of the figures said again (``units_said``) --------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's sales per employee in fiscal 2023, in actual dollars, not millions",
     "FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023) FOR FALC IN USD"),
    ("Net income per employee for Eastgate Motors last year in dollars rather than millions",
     "FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024) FOR EASM IN USD"),
    ("Profit per head at Cobalt Retail for fiscal 2022 (real dollars, not millions)",
     "FF_NET_INC(FY2022) * 1000000 / FF_EMPLOYEES(FY2022) FOR COBR IN USD"),
    ("Falcon Software and Eastgate Motors: sales divided by headcount for fiscal 2023. Millions per head is fine.",
     "FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) FOR FALC, EASM"),
    ("Revenue per employee for the Chemicals companies in fiscal 2022 - millions of local currency per head is fine, "
     "we'll rescale", "NAME, FF_SALES(FY2022) / FF_EMPLOYEES(FY2022) FOR SCREEN(INDUSTRY(\"Chemicals\"))"),
    ("Dividend per share for Eastgate Motors in fiscal 2021 and 2022 (in units of the reporting currency per share, not "
     "millions)", "FF_DPS(FY2021), FF_DPS(FY2022) FOR EASM"),
    ("Falcon Software net income per employee FY2023 in k$",
     "FF_NET_INC(FY2023) * 1000 / FF_EMPLOYEES(FY2023) FOR FALC IN USD"),
    ("Falcon Software revenue per employee FY2022, in $k (revenue in M$ -> x1000)",
     "FF_SALES(FY2022) * 1000 / FF_EMPLOYEES(FY2022) FOR FALC IN USD"),
    # "k" after a count is a number, no unit
    ("Which software companies have more than 10k employees?",
     "NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY(\"Software\"), FF_EMPLOYEES(FY2024) > 10000)"),
])
def test_a_unit_said_again_where_the_figures_are_in_it(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # the unit would change a figure the reading gives in millions: refused
    ("Falcon Software's net income in fiscal 2023, in actual dollars, not millions", "millions"),
    ("Falcon Software's sales per employee and its net income in fiscal 2023, in dollars not millions", "millions"),
    ("Which software companies had sales per employee above 0.5 in fiscal 2024, in actual dollars not millions?",
     "millions"),
    ("Falcon Software's sales for fiscal 2023; millions per head is fine", "millions"),
    ("Falcon Software's sales per employee in fiscal 2023, thousands per head is fine", "thousands"),
    ("Eastgate Motors' sales in fiscal 2022 (in units of the reporting currency per share, not millions)", "units"),
    ("Falcon Software net income FY2023 in k$", "k"),
])
def test_a_unit_that_would_change_the_figures_stays_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- C. a measure's plain verbs (``text._plain_verbs``) -------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    # sitting on cash: the cash held
    ("Who is sitting on the most cash in the Software industry? Top 3 by cash at the end of fiscal 2023",
     "NAME, FF_CASH(FY2023) FOR SCREEN(INDUSTRY(\"Software\")) SORT FF_CASH(FY2023) DESC TOP 3"),
    ("Which bank sat on the least cash at the end of 2022?",
     "NAME, FF_CASH(FY2022) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_CASH(FY2022) ASC TOP 1 IN USD"),
    ("Which banks are sitting on more cash than debt at the end of fiscal 2023?",
     "NAME, FF_CASH(FY2023), FF_DEBT(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_CASH(FY2023) > FF_DEBT(FY2023))"),
    ("How much cash does Eastgate Motors have lying idle on its balance sheet at the end of fiscal 2022?",
     "FF_CASH(FY2022) FOR EASM"),
    # threw off a flow: generated it
    ("Which two utilities threw off the most free cash flow in fiscal 2023?",
     "NAME, FF_FCF(FY2023) FOR SCREEN(SECTOR(\"Utilities\")) SORT FF_FCF(FY2023) DESC TOP 2 IN USD"),
    # burning cash, said again as negative free cash flow right after it
    ("Which chemicals companies were burning cash (negative FCF) in fiscal 2023?",
     "NAME, FF_FCF(FY2023) FOR SCREEN(INDUSTRY(\"Chemicals\"), FF_FCF(FY2023) < 0)"),
    ("Are any utilities burning through cash - negative free cash flow over the last twelve months?",
     "NAME, FF_FCF(LTM) FOR SCREEN(SECTOR(\"Utilities\"), FF_FCF(LTM) < 0)"),
    # the share of sales kept as profit: the margin
    ("How much of its sales did Eastgate Motors keep as net income in fiscal 2022?",
     "FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 FOR EASM"),
    ("How much of their revenue do Falcon Software and Eastgate Motors keep as profit? fiscal 2023",
     "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC, EASM"),
    ("How many pence of profit did Copperfield Air keep from every pound of revenue in fiscal 2023?",
     "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR COPP"),
    ("Out of every hundred it takes in, how much does Eastgate Motors keep as profit? fiscal 2022",
     "FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 FOR EASM"),
    ("Which chemicals companies kept less than 8 out of every 100 as net profit in fiscal 2022?",
     "NAME, FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 FOR SCREEN(INDUSTRY(\"Chemicals\"), "
     "FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 < 8)"),
    # a surplus made: a profit; what was left over after the costs: the net income
    ("Which utilities made a surplus in fiscal 2023?",
     "NAME, FF_NET_INC(FY2023) FOR SCREEN(SECTOR(\"Utilities\"), FF_NET_INC(FY2023) > 0)"),
    ("Which airlines posted a surplus in 2022?",
     "NAME, FF_NET_INC(FY2022) FOR SCREEN(INDUSTRY(\"Airlines\"), FF_NET_INC(FY2022) > 0)"),
    ("What were Eastgate Motors' sales in fiscal 2023, and what was left over after all the costs?",
     "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR EASM"),
    # each company's own last fiscal year, said in the plural
    ("How much debt did Eastgate Motors and Falcon Software carry at the end of their last financial years?",
     "FF_DEBT(FY2024) FOR EASM, FALC"),
    ("What was the cash of Falcon Software and Eastgate Motors at the end of their latest fiscal years?",
     "FF_CASH(FY2024) FOR FALC, EASM"),
    # (a second case of each of the smaller rules)
    ("Which airline throws off the least free cash flow in fiscal 2022?",
     "NAME, FF_FCF(FY2022) FOR SCREEN(INDUSTRY(\"Airlines\")) SORT FF_FCF(FY2022) ASC TOP 1 IN USD"),
    ("What were Falcon Software's sales in fiscal 2022 and what was left over after its expenses?",
     "FF_SALES(FY2022), FF_NET_INC(FY2022) FOR FALC"),
    ("Which banks kept more than 20 cents of each revenue dollar as net profit in fiscal 2023?",
     "NAME, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(INDUSTRY(\"Banks\"), "
     "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 > 20)"),
    ("how much cash has Falcon Software got parked in the bank at the end of fiscal 2023?", "FF_CASH(FY2023) FOR FALC"),
])
def test_a_measures_plain_verb_said_with_it(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks are sitting on the most debt at the end of 2023?", "sitting"),  # only cash
    ("How much cash did Falcon Software throw off in 2022?", "throw off"),  # cash made is no balance
    ("Which airlines burned cash in 2022?", "burned"),  # what the burn is, not said
    ("Which airlines burned cash in 2022, i.e. a net loss?", "burned"),
    ("How much of its cash did Eastgate Motors keep in fiscal 2022?", "keep"),
    ("How much profit did Eastgate Motors keep in fiscal 2022?", "keep"),  # no share of sales said
    ("Which chemicals companies kept less than 8 out of every 100 as cash in fiscal 2022?", "kept"),
    ("Which utilities ran a trade surplus in 2023?", "surplus"),
    ("Which utilities had surplus cash in 2023?", "surplus"),
    ("Which utilities made a surplus in trade in 2023?", "surplus"),
    ("What was left over for Eastgate Motors in fiscal 2022?", "left"),  # the equity left? cash after debt?
])
def test_a_plain_verb_without_its_measure_stays_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- D. "ended that year with": the year said before, and the balances after "with" at its end ----------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which utilities made a profit in fiscal 2022 and ended that year with more cash than debt?",
     "NAME, FF_NET_INC(FY2022), FF_CASH(FY2022), FF_DEBT(FY2022) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_NET_INC(FY2022) > 0 AND FF_CASH(FY2022) > FF_DEBT(FY2022))"),
    ("Which utilities grew net income in fiscal 2023 and ended the same year with more cash than debt?",
     "NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2022), FF_CASH(FY2023), FF_DEBT(FY2023) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_NET_INC(FY2023) > FF_NET_INC(FY2022) AND FF_CASH(FY2023) > FF_DEBT(FY2023))"),
    # the comparison's other side takes the ended period too (it was read at the latest year: a wrong answer)
    ("Which utilities had sales above 5 billion in fiscal 2022 and ended fiscal 2022 with more cash than debt?",
     "NAME, FF_SALES(FY2022), FF_CASH(FY2022), FF_DEBT(FY2022) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_SALES(FY2022) > 5000 AND FF_CASH(FY2022) > FF_DEBT(FY2022))"),
    ("Which utilities had positive net income in fiscal 2022 and ended that year with cash above debt?",
     "NAME, FF_NET_INC(FY2022), FF_CASH(FY2022), FF_DEBT(FY2022) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_NET_INC(FY2022) > 0 AND FF_CASH(FY2022) > FF_DEBT(FY2022))"),
])
def test_ended_that_year_with_a_balance(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks ended that year with net cash?", "that year"),  # no year said before
    ("Which banks grew sales from 2021 to 2022 and ended that year with net cash?", "that year"),  # two years before
])
def test_ended_that_year_with_no_one_year_before_stays_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()

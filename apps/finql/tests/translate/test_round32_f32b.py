"""Round 32 (f32b): tune32b's classes (a SPEC reader, a data scientist, a banking supervisor, an endowment's officer),
each read with own wordings. Wrong answers first: a snake_case column name ("debt_to_equity", "sales_per_employee",
"fcf_ltm") was one word to the chain, read by meaning as its first part (ranked by debt, listed sales beside employees,
FY2024's free cash flow); a price's range asked year by year ("the returns in each year from 2020 to 2024") was one
range over the whole span. Then a data scientist's pandas/SQL forms (a period glued to a column as its argument,
head(N), max(close), "filter sector ==", "where fiscal_year = 2022", "where ticker = 'X'", "; return name + yield"),
and a supervisor's words ("institution(s)", "The supervisory team requires ...", "For market-stress monitoring, ...",
"cash holdings", "With thanks in advance:"). Near misses stay refused (or keep their reading)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# snake_case column names: the words they join (wrong answers by meaning before; refused by the rules alone)
SNAKE = [
    ("debt_to_equity for the Banks, fy2023, top 3 highest",
     "NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY(\"Banks\")) "
     "SORT FF_DEBT(FY2023) / FF_EQUITY(FY2023) DESC TOP 3"),
    ("sales_per_employee fy2023 for FALC, NWSY", "FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) FOR FALC, NWSY"),
    ("which Utilities have fcf_ltm < 0?", "NAME, FF_FCF(LTM) FOR SCREEN(SECTOR(\"Utilities\"), FF_FCF(LTM) < 0)"),
    ("net_income for FALC in fy2022", "FF_NET_INC(FY2022) FOR FALC"),
    ("gross_margin fy2023 for FALC", "FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"),
    ("Banks with pe_ratio_today < 9", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 9)"),
    ("REITs sorted by p_b asc", "NAME, FG_PB(D0) FOR SCREEN(INDUSTRY(\"REITs\")) SORT FG_PB(D0) ASC"),
    # a FinQL code stays the one name it is
    ("ff_sales for FALC in fy2022", "FF_SALES(FY2022) FOR FALC"),
    ("fg_pe of the Banks", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"))"),
]


@pytest.mark.parametrize(("question", "query"), SNAKE)
def test_snake_case_columns_read_as_their_words(question: str, query: str) -> None:
    assert q(question) == query


def test_snake_case_ratio_is_never_ranked_by_its_first_part() -> None:
    # the wrong answer: "debt_to_equity" ranked by debt, "sales_per_employee" ranked by sales
    got = q("debt_to_equity = ff_debt / ff_equity, fy2023 - top 4 highest among the Insurance industry")
    assert got is not None and "SORT FF_DEBT(FY2023) / FF_EQUITY(FY2023) DESC TOP 4" in got
    got = q("sales_per_employee (fy2023) for the Banks, sorted desc")
    assert got is not None and "SORT FF_SALES(FY2023) / FF_EMPLOYEES(FY2023) DESC" in got


@pytest.mark.parametrize("question", [
    "fcf_quarterly_avg for FALC",  # words no measure reads
    "sales_by_region for FALC in fy2023",  # a breakdown FinQL cannot express
])
def test_snake_case_unknown_words_refused(question: str) -> None:
    refused(question)


# a price's range asked year by year: one range per calendar year
EACH_YEAR = [
    ("What were Falcon Software's share price returns in each calendar year from 2021 to 2023?",
     "P_RETURN(2020-12-31, 2021-12-31), P_RETURN(2021-12-31, 2022-12-31), P_RETURN(2022-12-31, 2023-12-31) FOR FALC"),
    ("Falcon Software stock return for every year from 2022 to 2024",
     "P_RETURN(2021-12-31, 2022-12-31), P_RETURN(2022-12-31, 2023-12-31), P_RETURN(2023-12-31, 2024-12-31) FOR FALC"),
    ("What was Falcon Software's lowest close in each of the years 2022 to 2023?",
     "P_LOW(2022-01-01, 2022-12-31), P_LOW(2023-01-01, 2023-12-31) FOR FALC"),
    # the span said without "each" stays one range
    ("What was Falcon Software's share price return from 2021 to 2023?", "P_RETURN(2020-12-31, 2023-12-31) FOR FALC"),
    # a fundamental's years in each calendar year are its fiscal years, as before
    ("What was Falcon Software's net income in each calendar year from 2022 to 2024?",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), EACH_YEAR)
def test_price_range_each_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("What were Falcon Software's share price returns in each fiscal year from 2021 to 2023?", "each fiscal year"),
    ("What was Falcon Software's share price return in each of the last three years?", "each of the last three years"),
    ("What was Falcon Software's highest close in every year of the last four years?", "every year"),
])
def test_price_range_each_year_unsaid_dates_refused(question: str, named: str) -> None:
    # the wrong answer was one range over the whole span
    assert named in refused(question)


# a data scientist's pandas and SQL forms
DATAFRAME = [
    ("Energy where div_yield(today) > 3", "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Energy\"), FG_DIV_YIELD(D0) > 3)"),
    ("Software where sales_growth(fy2020->fy2023) > 40",
     "NAME, GROWTH(FF_SALES, FY2020, FY2023) FOR SCREEN(INDUSTRY(\"Software\"), GROWTH(FF_SALES, FY2020, FY2023) > 40)"),
    ("Banks: sort by pe asc, head(4)", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) ASC TOP 4"),
    ("min(close) over the last 20 trading days for FALC", "P_LOW(D-20, D0) FOR FALC"),
    ("top 3 by sales (fy2023), filter industry == 'Banks'",
     "NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FF_SALES(FY2023) DESC TOP 3 IN USD"),
    ("select ff_net_inc for FALC where fiscal_year = 2021", "FF_NET_INC(FY2021) FOR FALC"),
    ("get eps_diluted for FALC where period = latest FY", "FF_EPS(FY2024) FOR FALC"),
    ("select ff_cash where ticker = 'FALC' and fiscal_year = 2022", "FF_CASH(FY2022) FOR FALC"),
    ("filter sector == 'Energy' where pe(today) < 10; return name + pe",
     "NAME, FG_PE(D0) FOR SCREEN(SECTOR(\"Energy\"), FG_PE(D0) < 10)"),
]


@pytest.mark.parametrize(("question", "query"), DATAFRAME)
def test_dataframe_forms(question: str, query: str) -> None:
    assert q(question) == query


def test_return_keeps_its_reading_outside_the_columns_form() -> None:
    # "return" said of the columns only after a mark and before a column's word; a share price return stays one
    assert q("FALC: return over 2023") == "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"
    assert q("What was the return of FALC in 2023; return names too") == "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"
    assert q("Return on equity for FALC in fiscal 2023") == "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR FALC"


@pytest.mark.parametrize("question", [
    "select pe where ticker = 'ZZZQ'",  # no such ticker
    "filter by region == 'Asia', sales fy2023",  # a column FinQL lacks
])
def test_dataframe_near_misses_refused(question: str) -> None:
    refused(question)


# a banking supervisor's words
SUPERVISOR = [
    ("Please state the total equity of the institution Lakeside Bancorp at fiscal year-end 2023.",
     "FF_EQUITY(FY2023) FOR LAKE"),
    ("Identify the institutions in the Insurance industry with a P/E below 12 today.",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Insurance\"), FG_PE(D0) < 12)"),
    ("List the four largest financial institutions by total equity in fiscal 2023.",
     "NAME, FF_EQUITY(FY2023) FOR SCREEN(SECTOR(\"Financials\")) SORT FF_EQUITY(FY2023) DESC TOP 4 IN USD"),
    ("The supervisory team requires the total debt of Lakeside Bancorp for fiscal 2022.", "FF_DEBT(FY2022) FOR LAKE"),
    ("Our prudential desk requires the cash holdings of Ivory Bancorp at fiscal year-end 2023.",
     "FF_CASH(FY2023) FOR IVOR"),
    ("For market-stress monitoring, report the highest closing price of Lakeside Bancorp in calendar 2023.",
     "P_HIGH(2023-01-01, 2023-12-31) FOR LAKE"),
    ("For supervisory benchmarking, provide the P/B of Ivory Bancorp and Lakeside Bancorp today.",
     "FG_PB(D0) FOR IVOR, LAKE"),
    ("With thanks in advance: what is Lakeside Bancorp's share price today?", "P_PRICE(D0) FOR LAKE"),
]


@pytest.mark.parametrize(("question", "query"), SUPERVISOR)
def test_supervisor_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which institutional investors hold Lakeside Bancorp?", "institutional investors"),
    ("List the banks and other lending institutions with net income above 1000 in fiscal 2023.", "other lending"),
    ("For EUR monitoring, what was Ivory Bancorp's net income in fiscal 2023?", "eur"),
    ("For monitoring in 2022, what was Ivory Bancorp's net income?", "2022"),
    ("The supervisory team requires Lakeside Bancorp's holdings for fiscal 2023.", ""),
])
def test_supervisor_near_misses_refused(question: str, named: str) -> None:
    assert named in refused(question)

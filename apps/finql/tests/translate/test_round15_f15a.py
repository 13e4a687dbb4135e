"""Round 15 (f15a): English written as a second language — number marks, calques and false friends (own wording, not
the tuning questions). A false friend is read only where the words around it settle it; otherwise it is named."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a comma before one or two digits is a decimal comma ("1,5 billion" was read as 15 billion: a wrong answer)
        ("Which Canadian companies had sales above 2,5 billion dollars in 2023?",
         'NAME, FF_SALES(FY2023) FOR SCREEN(COUNTRY("Canada"), FF_SALES(FY2023) > 2500) IN USD'),
        ("banks with a P/E under 8,5", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 8.5)'),
        # dots grouping thousands before a plural scale, and the Indian grouping of a lakh
        ("Which French companies had sales above 20.000 millions of euros in 2023?",
         'NAME, FF_SALES(FY2023) FOR SCREEN(COUNTRY("France"), FF_SALES(FY2023) > 20000) IN EUR'),
        ("Which companies have more than 2,00,000 employees?",
         "NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_EMPLOYEES(FY2024) > 200000)"),
        ("Which German companies had net income above 3 billions of euros in 2022?",
         'NAME, FF_NET_INC(FY2022) FOR SCREEN(COUNTRY("Germany"), FF_NET_INC(FY2022) > 3000) IN EUR'),
    ],
)
def test_number_marks(question: str, query: str) -> None:
    assert q(question) == query


def test_a_dot_before_three_digits_reads_two_ways() -> None:
    # 2.500 is 2.5 (a decimal point) or 2500 (a dot grouping thousands): it was read as 2.5, silently
    assert "2.500" in refused("Which German companies had net income over 2.500 million euros in 2023?")
    assert "11.750" in refused("banks with a P/E below 11.750")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "how high was" (German "wie hoch") of a fundamental is how much: it added the year's highest close
        ("How high was the free cash flow of Northwind Systems in fiscal 2022?", "FF_FCF(FY2022) FOR NWSY"),
        ("How high are the total assets of Northwind Systems in the business year 2023?", "FF_ASSETS(FY2023) FOR NWSY"),
        # names of measures in French, Spanish, Portuguese, German and Indian English
        ("the figure of affairs of Northwind Systems in fiscal 2022", "FF_SALES(FY2022) FOR NWSY"),
        ("the facturation of Northwind Systems in fiscal 2021", "FF_SALES(FY2021) FOR NWSY"),
        ("the liquid profit of Northwind Systems in fiscal 2021", "FF_NET_INC(FY2021) FOR NWSY"),
        ("PAT of Northwind Systems for fiscal 2022", "FF_NET_INC(FY2022) FOR NWSY"),
        ("the annual surplus of Northwind Systems in fiscal 2020", "FF_NET_INC(FY2020) FOR NWSY"),
        ("the benefit per action of Northwind Systems in fiscal 2020", "FF_EPS(FY2020) FOR NWSY"),
        ("the dividend per action of Northwind Systems in fiscal 2020", "FF_DPS(FY2020) FOR NWSY"),
        ("the own funds of Northwind Systems at the end of fiscal 2022", "FF_EQUITY(FY2022) FOR NWSY"),
        ("the balance sum of Northwind Systems at the end of fiscal 2022", "FF_ASSETS(FY2022) FOR NWSY"),
        ("the liquid debt of Northwind Systems in fiscal 2022", "FF_DEBT(FY2022) - FF_CASH(FY2022) FOR NWSY"),
        ("the treasury of Northwind Systems in fiscal 2022", "FF_CASH(FY2022) FOR NWSY"),
        ("the co-workers of Northwind Systems in fiscal 2021", "FF_EMPLOYEES(FY2021) FOR NWSY"),
        ("the stock exchange value of Northwind Systems today", "FG_MKT_CAP(D0) FOR NWSY"),
        ("the cotation of Northwind Systems on 2024-05-02", "P_PRICE(2024-05-02) FOR NWSY"),
        ("the rendement of the dividend of Northwind Systems today", "FG_DIV_YIELD(D0) FOR NWSY"),
        ("the KGV of Northwind Systems per 03.05.2024", "FG_PE(2024-05-03) FOR NWSY"),
        ("the distribution quota of Northwind Systems in fiscal 2023", "FF_DPS(FY2023) / FF_EPS(FY2023) * 100 FOR NWSY"),
        # periods: business year, previous term, semester, since begin of year, till
        ("the sales of Northwind Systems in the business year 2021", "FF_SALES(FY2021) FOR NWSY"),
        ("the sales of Northwind Systems of the previous term", "FF_SALES(FY2024) FOR NWSY"),
        ("the highest cotation of Northwind Systems in the second semester of 2023",
         "P_HIGH(2023-07-01, 2023-12-31) FOR NWSY"),
        ("how much did the action of Northwind Systems valorize since begin of year?", "P_RETURN(2023-12-31, D0) FOR NWSY"),
        ("the evolution of the quotation of Northwind Systems in 2023", "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"),
        ("the CAGR of sales of Northwind Systems from 2018 till 2023", "CAGR(FF_SALES, FY2018, FY2023) FOR NWSY"),
        ("the rentability of Northwind Systems in the last 10 trading days", "P_RETURN(D-10, D0) FOR NWSY"),
        ("the net income of Northwind Systems in the third quarter of the exercise 2023", "FF_NET_INC(FQ2023Q3) FOR NWSY"),
        ("the sales of Northwind Systems of the 4 quarters of fiscal 2023 together",
         "SUM(FF_SALES, FQ2023Q1, FQ2023Q4) FOR NWSY"),
        # a change asked in millions is the difference (it was the growth in percent, "in millions" dropped)
        ("How much did the net income of Northwind Systems change from fiscal 2022 to fiscal 2023, in millions?",
         "FF_NET_INC(FY2023) - FF_NET_INC(FY2022) FOR NWSY"),
        ("the price-earnings relation of Northwind Systems today", "FG_PE(D0) FOR NWSY"),
        # ("together" after no periods counted in the plural sets figures side by side)
        ("Show sales and net income together for Northwind Systems in fiscal 2023",
         "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR NWSY"),
        # sets and rankings: "enterprises", "the most low", "from big one", a count before the companies' noun
        ("Which 2 enterprises of the sector Utilities have the most low P/E?",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_PE(D0) ASC TOP 2'),
        ("utilities, please rank by dividend yield, from big one",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
        ("the 4 companies in the Utilities sector with the highest dividend yield",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 4'),
        ("Which enterprises of the sector Utilities had losses in fiscal 2023?",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_NET_INC(FY2023) < 0)'),
        ("Please teach me the net margin in percent of Northwind Systems for fiscal 2022",
         "FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 FOR NWSY"),
    ],
)
def test_second_language_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # false friends left unread where nothing settles them: named, never guessed
        ("the rentability of Northwind Systems in fiscal 2022", "rentability"),
        ("the treasury shares of Northwind Systems in fiscal 2022", "treasury"),
        ("the foreign capital of Northwind Systems in fiscal 2022", "foreign capital"),
        ("the billings of Northwind Systems in fiscal 2022", "billings"),
        # one-word calques are written out, never fuzzy targets ("effective" was read as "effectives", the employees)
        ("Northwind Systems effective yield", "effective"),
        ("rotation into Northwind Systems in 2024", "rotation"),
    ],
)
def test_false_friends_unsettled_are_named(question: str, word: str) -> None:
    assert word in refused(question)

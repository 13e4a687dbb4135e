"""Round 28 review (r28) of round 27's rules: tests for rules no round-27 test caught when broken, and the near misses
of round 27's rules that read wrong (fixed by class, or refused)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# -- near miss 1: "at year end" that names its own year ------------------------------------------------------------
# (round 27's "at year end" after one calendar year put that year in even where the year end said its own: "the
# closing price at year end 2024" read the close at the end of 2023 and 2024's as a second column, a wrong answer)
@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY: 2023 return and the closing price at year end 2024", "P_RETURN(2022-12-31, 2023-12-31), P_PRICE(D0) FOR NWSY"),
        ("What was APXM's return in 2022 and where did it close by year end 2023?",
         "P_RETURN(2021-12-31, 2022-12-31), P_PRICE(2023-12-31) FOR APXM"),
        ("What was NWSY's return in 2023 and its price at year-end 2024?",
         "P_RETURN(2022-12-31, 2023-12-31), P_PRICE(D0) FOR NWSY"),
        ("What was FALC's 2022 return and its market cap at year-end '23?",
         "P_RETURN(2021-12-31, 2022-12-31), FG_MKT_CAP(2023-12-31) FOR FALC"),
    ],
)
def test_year_end_with_its_own_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [  # the year end with no year of its own is still the one calendar year said before (round 27)
        ("How did NWSY do in 2023 and what was its market cap at year end?",
         "P_RETURN(2022-12-31, 2023-12-31), FG_MKT_CAP(2023-12-31) FOR NWSY"),
        ("How did the stock of APXM do in 2022, and what was it worth at year-end?",
         "P_RETURN(2021-12-31, 2022-12-31), FG_MKT_CAP(2022-12-31) FOR APXM"),
    ],
)
def test_year_end_of_the_year_said_kept(question: str, query: str) -> None:
    assert q(question) == query


# -- near miss 2: ", respectively" with a third list (the companies) -------------------------------------------------
# (round 27 paired two measures with two periods where the companies were listed too, "revenue and EPS for A and B in
# 2022 and 2023 respectively": sales in 2022 and EPS in 2023 for both, though "respectively" may pair the companies)
@pytest.mark.parametrize(
    "question",
    [
        "Revenue and EPS for NWSY and APXM in 2022 and 2023 respectively",
        "What were the sales and net income of Northwind Systems and Apex Materials for FY2022 and FY2023, respectively?",
        "For NWSY and APXM, sales and net income in FY2023 and FY2024, respectively",
        "Give me capex and free cash flow of Falcon Software and Apex Materials for fiscal 2020 and fiscal 2021 respectively.",
    ],
)
def test_respectively_with_a_third_list_refused(question: str) -> None:
    assert "respectively" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [  # two lists only: still paired in order (round 27)
        ("NWSY's revenue and net income in FY2022 and FY2023, respectively", "FF_SALES(FY2022), FF_NET_INC(FY2023) FOR NWSY"),
        ("Give me Falcon Software's capex and free cash flow for fiscal 2020 and fiscal 2021 respectively.",
         "FF_CAPEX(FY2020), FF_FCF(FY2021) FOR FALC"),
        ("Which banks had a P/E and a dividend yield below 15 and above 3%, respectively?",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 15 AND FG_DIV_YIELD(D0) > 3)'),
    ],
)
def test_respectively_two_lists_kept(question: str, query: str) -> None:
    assert q(question) == query


# -- near miss 3: ", respectively" after the periods of one figure, the companies listed otherwise than by "and" ------
# (round 27 kept the word only after an "and": "the net incomes of NWSY & APXM in FY2023 and FY2024, respectively"
# dropped it and read both years for both companies, though it pairs NWSY with FY2023 and APXM with FY2024)
@pytest.mark.parametrize(
    "question",
    [
        "What were the net incomes of NWSY & APXM in FY2023 and FY2024, respectively?",
        "What was the operating margin of NWSY, APXM in fiscal 2023 and fiscal 2024 respectively?",
        "What were the sales of Falcon Software & Northwind Systems in FY2022 and FY2023 respectively?",
        "Net income of NWSY plus APXM for fiscal 2022 and fiscal 2023, respectively",
    ],
)
def test_respectively_after_companies_listed_refused(question: str) -> None:
    assert "respectively" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [  # one company (or a set): each period's column (round 27)
        ("What was NWSY's net income in FY2023 and FY2024 respectively?", "FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR NWSY"),
        ("What was Apex Materials' net margin, in percent, for fiscal 2022 and for fiscal 2023 respectively?",
         "FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR APXM"),
        ("Banks' net income in FY2023 and FY2024 respectively",
         'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
    ],
)
def test_respectively_after_one_companys_periods_kept(question: str, query: str) -> None:
    assert q(question) == query


# -- round-27 rules no round-27 test caught when broken ---------------------------------------------------------------
# compose._fronted: a fiscal period said first as a label, set off by a colon, is for the conditions with none of their
# own, a later period the measure's own after it (with only the comma read, the loss took FY2023 and the sales FY2024)
@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("FY2024: which airlines lost money and had sales above 1bn in FY2023?",
         'NAME, FF_NET_INC(FY2024), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Airlines"), FF_NET_INC(FY2024) < 0 AND '
         "FF_SALES(FY2023) > 1000)"),
        ("FY2023: which banks lost money and had revenue above 500m in FY2022?",
         'NAME, FF_NET_INC(FY2023), FF_SALES(FY2022) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2023) < 0 AND '
         "FF_SALES(FY2022) > 500)"),
        ("Fiscal 2024: which utilities had net income below zero and sales above 2bn in fiscal 2023?",
         'NAME, FF_NET_INC(FY2024), FF_SALES(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_NET_INC(FY2024) < 0 AND '
         "FF_SALES(FY2023) > 2000)"),
    ],
)
def test_fronted_label_with_a_colon_and_a_later_period(question: str, query: str) -> None:
    assert q(question) == query


# framing._OUTLET's notes and tables (round 27, f27s): a note or a table the figures go into is the asker's purpose,
# never a word of the query (with the nouns broken, "rate sensitivity" and "table" were refused)
@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("For a note on rate sensitivity, what was NWSY's debt in FY2023?", "FF_DEBT(FY2023) FOR NWSY"),
        ("For a valuation table on APXM, what is its P/E?", "FG_PE(D0) FOR APXM"),
        ("For our dashboard, what was FALC's net income in FY2024?", "FF_NET_INC(FY2024) FOR FALC"),
    ],
)
def test_a_note_or_table_as_the_purpose(question: str, query: str) -> None:
    assert q(question) == query

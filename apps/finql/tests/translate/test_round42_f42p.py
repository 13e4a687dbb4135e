"""Round 42 (f42p): words in parentheses that say again what the reading gives (``translate/parens_said.py``, the
second look in ``pipeline.restated``). Rules alone; every phrasing here is this file's own (none taken from a golden
set). Each class has near misses: a parenthesis that contradicts the reading, or adds to it, stays refused, named.

Currencies (companies.csv): Keystone Retail JPY, Ashford Resorts GBP, Apex Materials EUR, Aurora Computing CAD,
Falcon Software USD (fiscal year ends September), Kingsbridge Telecom (March)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate.parens_said import aside


def _no_words(words: str) -> bool:
    return False


@pytest.mark.parametrize(("question", "query"), [
    # A. the unit of money said again: millions, of the company's own currency
    ("Keystone Retail: operating income for fiscal 2022 (in millions of the reporting currency, that is yen).",
     "FF_OPER_INC(FY2022) FOR KEYR"),
    ("Diluted share count (in millions) of Aurora Computing at the end of fiscal 2021 and fiscal 2024, and the change "
     "(2024 minus 2021).", "FF_SHARES(FY2021), FF_SHARES(FY2024), FF_SHARES(FY2024) - FF_SHARES(FY2021) FOR AURC"),
    # B. a difference's order said again
    ("Aurora Computing's free cash flow for fiscal 2024 and fiscal 2021, and the change (2024 minus 2021).",
     "FF_FCF(FY2024), FF_FCF(FY2021), FF_FCF(FY2024) - FF_FCF(FY2021) FOR AURC"),
    # C. the fiscal quarter a period is
    ("What were Falcon Software's sales in the quarter ended June 2024 (its fiscal Q3)?", "FF_SALES(FQ2024Q3) FOR FALC"),
    ("What were Falcon Software's sales in the quarter ended June 2024 (third quarter of fiscal 2024)?",
     "FF_SALES(FQ2024Q3) FOR FALC"),
    ("Falcon Software's EPS for fiscal 2023, one figure per quarter (Q1 to Q4)",
     "FF_EPS(FQ2023Q1), FF_EPS(FQ2023Q2), FF_EPS(FQ2023Q3), FF_EPS(FQ2023Q4) FOR FALC"),
    # D. the latest period and those before it
    ("Falcon Software's capex over the last four quarters (the latest quarter and the three before it)",
     "SUM(FF_CAPEX, FQ-3, FQ0) FOR FALC"),
    ("Falcon Software's net income for each of the last three fiscal years (the latest one and the two before it)",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR FALC"),
    # E. SPEC's diluted figures, plain ratios, numbers said again
    ("Aurora Computing's shares outstanding in fiscal 2024 (diluted)", "FF_SHARES(FY2024) FOR AURC"),
    ("How many diluted shares did Aurora Computing have in fiscal 2024 (fully diluted)?", "FF_SHARES(FY2024) FOR AURC"),
    ("Aurora Computing's net income over sales for fiscal 2024 (ratio, not percent)",
     "FF_NET_INC(FY2024) / FF_SALES(FY2024) FOR AURC"),
    ("Aurora Computing's debt to assets for fiscal 2024 (x)", "FF_DEBT(FY2024) / FF_ASSETS(FY2024) FOR AURC"),
    ("Which Materials companies had more than 20,000 employees (twenty thousand) in fiscal 2024?",
     'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(SECTOR("Materials"), FF_EMPLOYEES(FY2024) > 20000)'),
    ("Which Materials companies had more than 200,000 employees (2 lakh) in fiscal 2024?",
     'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(SECTOR("Materials"), FF_EMPLOYEES(FY2024) > 200000)'),
    ("Which Energy companies had more than 5,000 staff (5k) at the latest year-end?",
     'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(SECTOR("Energy"), FF_EMPLOYEES(FY2024) > 5000)'),
    # F. SPEC's trading days and days said again
    ("Kingsbridge Telecom's close on 2024-06-15 (or the previous trading day if closed)", "P_PRICE(2024-06-15) FOR KINT"),
    ("Kingsbridge Telecom's market cap on 2024-06-15 (or the previous trading day if closed)",
     "FG_MKT_CAP(2024-06-15) FOR KINT"),
    ("Which Utilities closed above 30 (in their own currency) on the latest day?",
     'NAME, P_PRICE(D0) FOR SCREEN(SECTOR("Utilities"), P_PRICE(D0) > 30)'),
    ("Ashford Resorts' close price, 2024-03-28 (pounds per share)", "P_PRICE(2024-03-28) FOR ASHR"),
    ("Ashford Resorts' close price, 2024-03-28 (per share)", "P_PRICE(2024-03-28) FOR ASHR"),
    ("Aurora Computing: highest close in the last 20 trading days? (trading days only, obviously)",
     "P_HIGH(D-20, D0) FOR AURC"),
    ("Aurora Computing price return, second half of 2022 (cal.)", "P_RETURN(2022-06-30, 2022-12-31) FOR AURC"),
    ("Q3'23 return (cal) for Aurora Computing", "P_RETURN(2023-06-30, 2023-09-30) FOR AURC"),
    # G. the asker's aside
    ("What was Falcon Software's net income (for my sister) in fiscal 2024?", "FF_NET_INC(FY2024) FOR FALC"),
    ("Could you (perhaps somewhat unconventionally) give me Falcon Software's sales for fiscal 2024?",
     "FF_SALES(FY2024) FOR FALC"),
    ("Falcon Software's sales for fiscal 2024 (sorry for the bother, my boss is impatient)", "FF_SALES(FY2024) FOR FALC"),
])
def test_a_parenthesis_said_again_where_it_holds(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # A. another currency than the company's, millions of a per-share figure
    ("Keystone Retail: operating income for fiscal 2022 (in millions of the reporting currency, that is euros).", "euros"),
    ("Ashford Resorts' EPS (in millions) for fiscal 2023, please.", "millions"),
    # B. the other order
    ("Aurora Computing's free cash flow for fiscal 2024 and fiscal 2021, and the change (2021 minus 2024).", "minus"),
    # C. another quarter, another year
    ("What were Falcon Software's sales in the quarter ended June 2024 (its fiscal Q2)?", "q2"),
    ("What were Falcon Software's sales in the quarter ended June 2024 (third quarter of fiscal 2023)?", "2023"),
    ("Falcon Software's EPS for fiscal 2023, one figure per quarter (Q1, Q2 and Q3)", "q1"),
    # D. a count that does not agree
    ("Falcon Software's capex over the last four quarters (the latest quarter and the two before it)", "two before"),
    ("Falcon Software's net income for each of the last three fiscal years (the latest year and the three before it)",
     "three before"),
    ("Falcon Software's net income for each of the last three fiscal years (the latest quarter and the two before it)",
     "two before"),
    # E. another figure than SPEC's, a ratio FinQL's reading scales, a number that differs
    ("Aurora Computing's shares outstanding in fiscal 2024 (basic)", "basic"),
    ("Aurora Computing's sales in fiscal 2024 (diluted)", "diluted"),
    ("Aurora Computing's net margin for fiscal 2024 (as a plain ratio)", "plain ratio"),
    ("Which Materials companies had more than 20,000 employees (2 lakh) in fiscal 2024?", "lakh"),
    ("Which Industrials have more than 50,000 staff (forty thousand)?", "forty thousand"),
    ("Which Industrials have more than 5,000 staff (50k)?", "50k"),
    # F. a day's rule beside no price, a conversion asked beside "own currency"
    ("Kingsbridge Telecom's sales for fiscal 2024 (or the previous trading day if closed)", "previous"),
    ("Which Utilities closed above 30 (in their own currency) on the latest day, in US dollars?", "dollars"),
    ("Which Utilities closed above 30 (currency) on the latest day?", "currency"),  # the CURRENCY column? not said
    ("Ashford Resorts' close price, 2024-03-28 (yen per share)", "yen"),
    ("Ashford Resorts' sales for fiscal 2023 (per share)", "per share"),
    ("Aurora Computing: highest close in the last 20 days? (trading days only, obviously)", "obviously"),
    ("Q3'23 sales (cal) for Aurora Computing", "cal"),
    # G. an aside that holds content: a set, a period word, negation, a restriction, an unknown word, a third person
    ("Falcon Software's sales (for my sister, who works in banking) for fiscal 2024", "sister"),
    ("Falcon Software's sales (my frobnicated view) for fiscal 2024", "frobnicated"),
    ("Falcon Software net income fiscal 2024 (don't judge)", "judge"),
    ("Falcon Software net income fiscal 2024 (my guess is low)", "guess"),
    ("My sister (she is redoing her kitchen) wants Falcon Software's net income for fiscal 2024.", "kitchen"),
])
def test_a_parenthesis_that_disagrees_stays_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("body", "is_aside"), [
    ("for my sister", True), ("perhaps somewhat unconventionally", True), ("I'm painting the kitchen", True),
    ("sorry for the bother", True),
    ("the tractor people", False),  # no asker: a gloss of something said
    ("for my sister, who only likes banks", False), ("I hold the big ones", False), ("my view from 2020", False),
    ("I prefer Tesla", False), ("not my favourite", False), ("I want it quarterly", False),
    ("my accountant, a former banker", True),  # who asks: "banker" is read as nothing
    ("my accountant, who likes banks", False), ("I'm 2 weeks late", False), ("we've got lots of them", False),
])
def test_the_aside_form(body: str, is_aside: bool) -> None:
    assert aside(body, _no_words) is is_aside


def test_an_aside_the_translator_reads_is_no_aside() -> None:
    assert not aside("for my sister", lambda words: True)

"""Round 46 (f46w): wrong answers first. "it" said as a company's subject after a sentence naming several companies
(answered for all of them), a comparison word left unread inside a formula ("cash for FY24 vs. plus debt", "FY2024
cash plus debt vs FY2023"), and a return's end said as today's price (a price column added beside the return). Rules
alone; every phrasing here is this file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. "it" as the subject of a company's doing, after a sentence naming several companies -----------------------


@pytest.mark.parametrize("question", [
    "I own Apex Materials and Falcon Software. How did it do last year?",
    "I own Apex Materials and Falcon Software. What did it earn last year?",
    "We hold Granite Water and Redwood Foods. How much revenue did it make in FY2024?",
    "Apex Materials and Falcon Software: has it grown sales since FY2022?",
    "My brother works at Apex Materials and Falcon Software. Tell me what it earned in FY2024.",
    "I own Apex Materials and Falcon Software. Did it grow sales in FY2024?",
    "Northwind Systems and Falcon Software - how did it perform in 2024?",
    "I looked at Apex Materials and Falcon Software. What's it worth now?",
])
def test_it_after_several_named(question: str) -> None:
    assert "'it' names one company" in refused(question)


@pytest.mark.parametrize(("question", "named"), [
    # ("the company", "the stock" said so after several named: as "it")
    ("I own Apex Materials and Falcon Software. How has the stock done this year?", "the stock"),
    ("I own Apex Materials and Falcon Software. How has the company done this year?", "the company"),
    ("We hold Apex Materials and Falcon Software. What is the company's P/E?", "the company's"),
    ("Granite Water and Redwood Foods: did the firm grow sales in FY2024?", "the firm"),
])
def test_the_company_after_several_named(question: str, named: str) -> None:
    assert f"{named}' names one company" in refused(question).replace('"', "'")


def test_the_company_picked_among_them() -> None:
    # (near misses: a relative clause picks one of those named; one company named before)
    assert q("Apex Materials and Falcon Software: which is the company with the higher P/E?") is not None
    assert q("I own Falcon Software. What's the company's P/E?") == "FG_PE(D0) FOR FALC"


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: one company named, "they"/"both" said, "it" as an object or a dummy, or said before the names)
    ("I own Apex Materials. How did it do last year?", "P_RETURN(2023-12-31, 2024-12-31) FOR APXM"),
    ("I own Apex Materials and Falcon Software. How did they do last year?",
     "P_RETURN(2023-12-31, 2024-12-31) FOR APXM, FALC"),
    ("I own Apex Materials and Falcon Software. How did both do last year?",
     "P_RETURN(2023-12-31, 2024-12-31) FOR APXM, FALC"),
    ("What was the net income of Apex Materials and Falcon Software last year, if it matters?",
     "FF_NET_INC(FY2024) FOR APXM, FALC"),
    ("Show the FY2024 sales of Apex Materials and Falcon Software. Put it in euros.",
     "FF_SALES(FY2024) FOR APXM, FALC IN EUR"),
    ("Apex Materials and Falcon Software: what was their net income in FY2024? Is it in USD?",
     "FF_NET_INC(FY2024) FOR APXM, FALC IN USD"),
])
def test_it_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. a comparison word inside a formula ------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "word"), [
    ("cash for FY24 vs. plus debt for Apex Materials", "vs."),
    ("Apex Materials FY24 cash vs. minus debt", "vs."),
    ("Apex Materials: FY2024 debt, compared with plus cash", "compared with"),
    ("Apex Materials FY24 sales against minus net income", "against"),
    ("Apex Materials FY2024 sales minus net income versus FY2023", "versus"),
    ("Apex Materials FY2024 cash plus debt vs FY2023", "vs"),
    ("FY2024 cash for Apex Materials, plus debt compared with FY2023", "compared with"),
])
def test_comparison_inside_formula(question: str, word: str) -> None:
    assert f"'{word}'" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: the comparison between whole formulas, or between periods said after the formula)
    ("Apex Materials FY24 cash vs debt", "FF_CASH(FY2024), FF_DEBT(FY2024) FOR APXM"),
    ("Apex Materials FY24 cash plus debt vs. debt", "FF_CASH(FY2024) + FF_DEBT(FY2024), FF_DEBT(FY2024) FOR APXM"),
    ("Apex Materials cash for FY24 versus cash plus debt",
     "FF_CASH(FY2024), FF_CASH(FY2024) + FF_DEBT(FY2024) FOR APXM"),
    ("Apex Materials cash plus debt, FY2024 vs FY2023",
     "FF_CASH(FY2024) + FF_DEBT(FY2024), FF_CASH(FY2023) + FF_DEBT(FY2023) FOR APXM"),
    ("Apex Materials debt over equity FY2024 vs FY2023",
     "FF_DEBT(FY2024) / FF_EQUITY(FY2024), FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR APXM"),
    ("Apex Materials sales in FY2024 minus sales in FY2023", "FF_SALES(FY2024) - FF_SALES(FY2023) FOR APXM"),
])
def test_comparison_formula_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. two growths set against each other: both columns (as t34b-074 reads "headcount growth against sales growth") -


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials: FY2024 sales growth versus their net income growth",
     "GROWTH(FF_SALES, FY2023, FY2024), GROWTH(FF_NET_INC, FY2023, FY2024) FOR APXM"),
    ("Falcon Software's revenue growth last year versus its earnings growth",
     "GROWTH(FF_SALES, FY2023, FY2024), GROWTH(FF_NET_INC, FY2023, FY2024) FOR FALC"),
    ("For Falcon Software, compare sales growth vs EPS growth in FY2024",
     "GROWTH(FF_SALES, FY2023, FY2024), GROWTH(FF_EPS, FY2023, FY2024) FOR FALC"),
    ("How does Falcon Software's sales growth over the last three years stack up versus its net income growth?",
     "GROWTH(FF_SALES, FY2021, FY2024), GROWTH(FF_NET_INC, FY2021, FY2024) FOR FALC"),
])
def test_two_growths_compared(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. a return's end said as today's price -----------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials: return from its 2023 close to today's price", "P_RETURN(2023-12-31, D0) FOR APXM"),
    ("Apex Materials: return from its 2023 close to the current price", "P_RETURN(2023-12-31, D0) FOR APXM"),
    ("What's the return on Apex Materials from the end of 2023 to today's price?", "P_RETURN(2023-12-31, D0) FOR APXM"),
    ("Apex Materials share price performance from 2024-03-28 to its latest close", "P_RETURN(2024-03-28, D0) FOR APXM"),
    ("How much has Apex Materials stock risen from the end of 2023 to the current share price?",
     "P_RETURN(2023-12-31, D0) FOR APXM"),
    ("Apex Materials: return from its 2023 close to today's price in euros", "P_RETURN(2023-12-31, D0) FOR APXM IN EUR"),
    # (reordered: the range first, the change word after it; "between ... and")
    ("From its 2023 close to today's price, what's Apex Materials' return?", "P_RETURN(2023-12-31, D0) FOR APXM"),
    ("From the end of 2023 to the current price, how has Apex Materials performed?", "P_RETURN(2023-12-31, D0) FOR APXM"),
    ("Apex Materials: between the 2023 close and today's price, what was the return?",
     "P_RETURN(2023-12-31, D0) FOR APXM"),
])
def test_return_to_todays_price(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: today's price asked as a column of its own; a distance from a high keeps its reading)
    ("Apex Materials: return from its 2023 close to today's price, and today's price",
     "P_RETURN(2023-12-31, D0), P_PRICE(D0) FOR APXM"),
    ("Apex Materials: return from its 2023 close to today, and the current price",
     "P_RETURN(2023-12-31, D0), P_PRICE(D0) FOR APXM"),
    ("Apex Materials: return from its 2023 close to its latest close in March 2024", None),
    ("Apex Materials: distance from its 2024 high to today's price",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR APXM"),
])
def test_return_to_todays_price_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# --- 5. a comparison whose other side is the figure in a currency (hunted near class 2) -----------------------------


@pytest.mark.parametrize(("question", "word"), [
    ("Apex Materials FY2024 sales vs. in euros", "vs."),
    ("Apex Materials FY2024 net income against in US dollars", "against"),
    ("Falcon Software: FY2024 revenue compared with converted to USD", "compared with"),
])
def test_compared_with_a_currency(question: str, word: str) -> None:
    assert f"'{word}'" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: the currency of the whole question, periods or companies compared)
    ("Apex Materials FY2024 sales in euros", "FF_SALES(FY2024) FOR APXM IN EUR"),
    ("Apex Materials FY2024 sales vs FY2023, in euros", "FF_SALES(FY2024), FF_SALES(FY2023) FOR APXM IN EUR"),
    ("Apex Materials vs Falcon Software FY2024 sales in USD", "FF_SALES(FY2024) FOR APXM, FALC IN USD"),
])
def test_compared_with_a_currency_near_misses(question: str, query: str) -> None:
    assert q(question) == query

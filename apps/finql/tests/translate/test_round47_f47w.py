"""Round 47 (f47w): wrong answers mended by class: companies kept with "only" said again after several were named;
an order by another measure said after the ranking's frame word or a comma; a range of fiscal years said from its
later end; a multiple "based on" a bare period; a possessive's own noun read as companies in general; a move from a price's extreme to another measure. Rules alone;
every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. companies kept: "A and B. ... B only." ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software and Apex Medical. What is the P/E? Falcon Software only.", "FG_PE(D0) FOR FALC"),
    ("Show me Atlas Mining, Cobalt Motors and Delta Capital. I want the P/E for Delta Capital only.",
     "FG_PE(D0) FOR DELC"),
    ("Falcon Software, Apex Medical: net income. Apex Medical only please.", "FF_NET_INC(FY2024) FOR APXD"),
    ("Atlas Mining, Cobalt Motors and Delta Capital: sales in 2023, for just Atlas Mining and Delta Capital.",
     "FF_SALES(FY2023) FOR ATLM, DELC"),
])
def test_companies_kept_with_only(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: "only" said of every company named once; one company only; the others kept for what is said
    # before in the same sentence; "only" followed by another company added)
    ("P/E of Falcon Software and Apex Medical only", "FG_PE(D0) FOR FALC, APXD"),
    ("Falcon Software P/E. Falcon Software only.", "FG_PE(D0) FOR FALC"),
    ("Falcon Software and Apex Medical P/E. Falcon Software only and Apex Medical.", "FG_PE(D0) FOR FALC, APXD"),
])
def test_companies_only_near_misses(question: str, query: str) -> None:
    assert q(question) == query


def test_company_only_never_named_before() -> None:
    assert "cobalt motors only" in refused("Falcon Software and Apex Medical. What is the P/E? Cobalt Motors only.")


@pytest.mark.parametrize(("question", "named"), [
    # (a figure of some of the companies only, in the sentence that asks another of all: no one query)
    ("P/E of Falcon Software and Apex Medical, and sales of Apex Medical only", "apex medical only"),
    ("Net income for Falcon Software, Apex Medical and Atlas Mining, plus the P/E of just Atlas Mining",
     "just atlas mining"),
])
def test_company_only_for_one_figure(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. an order by another measure after a ranking ---------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Top 3 banks by market value. Sort them by P/E, lowest first.",
    "Give me the top 3 banks by market value, sorted by P/E.",
    "The five largest insurers by sales; order them by P/E, highest first",
    "Top 4 utilities by market cap, ranked on dividend yield.",
])
def test_ordered_by_another_after_a_ranking(question: str) -> None:
    assert "ordered by another measure" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Top 3 banks by market value, with their P/E, lowest first",
     "NAME, FG_MKT_CAP(D0), FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_MKT_CAP(D0) ASC TOP 3 IN USD"),
    ("Top 3 banks by market value, sorted by market value, lowest first",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_MKT_CAP(D0) ASC TOP 3 IN USD"),
    ("top 3 banks by lowest P/E", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) ASC TOP 3"),
])
def test_ordered_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. a range of fiscal years said from its later end -----------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software sales from FY0 to FY-2", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"),
    ("Falcon Software sales from FY2024 to FY2022", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"),
    ("Falcon Software net income from fiscal 2024 to fiscal 2021",
     "FF_NET_INC(FY2021), FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR FALC"),
    ("Atlas Mining capex, FY-1 to FY-3", "FF_CAPEX(FY2021), FF_CAPEX(FY2022), FF_CAPEX(FY2023) FOR ATLM"),
    # (near misses: said the usual way; two periods listed)
    ("Falcon Software sales from FY-2 to FY0", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"),
    ("Falcon Software sales in FY2024 and FY2022", "FF_SALES(FY2024), FF_SALES(FY2022) FOR FALC"),
    ("Falcon Software sales growth from FY-2 to FY0", "GROWTH(FF_SALES, FY2022, FY2024) FOR FALC"),
])
def test_range_said_from_its_later_end(question: str, query: str) -> None:
    assert q(question) == query


def test_change_over_a_reversed_range() -> None:
    assert "later end" in refused("Falcon Software sales growth from FY0 to FY-2")


# --- 4. a multiple based on a bare period ---------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Falcon Software P/E today, based on fiscal 2023, and its net income",
    "Atlas Mining price to book using fiscal 2022, plus its sales",
    "Atlas Mining dividend yield going by FY2023 and its net income",
])
def test_multiple_based_on_a_bare_period(question: str) -> None:
    assert "based on a period" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software P/E based on FY2023 EPS", "P_PRICE(D0) / FF_EPS(FY2023) FOR FALC"),
    ("Falcon Software P/E today, based on fiscal 2023 earnings", "P_PRICE(D0) / FF_EPS(FY2023) FOR FALC"),
    ("Falcon Software P/E on fiscal 2023 EPS", "P_PRICE(D0) / FF_EPS(FY2023) FOR FALC"),
])
def test_multiple_based_on_a_figure(question: str, query: str) -> None:
    assert q(question) == query


# --- 5. a possessive with no company --------------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "How their shares have done year to date",
    "How have their stocks performed this year?",
    "Show me the return on their shares since January",
    "Which of them has the highest P/E?",
])
def test_pronoun_of_no_company(question: str) -> None:
    assert "names no company" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which banks have seen their shares fall this year?",
     "NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(INDUSTRY(\"Banks\"), P_RETURN(2023-12-31, D0) < 0)"),
    ("Companies whose shares rose more than 20% this year",
     "NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(ALL, P_RETURN(2023-12-31, D0) > 20)"),
    ("Which of the banks has the highest P/E?",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) DESC TOP 1"),
])
def test_pronoun_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# --- 6. a move from a price's extreme to another measure --------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "How much has Falcon Software fallen from its 2024 high to its current P/E",
    "How far has Atlas Mining dropped from its 52-week high to today's market cap?",
    "Atlas Mining's move from its 2024 low to its dividend yield now",
    "Falcon Software's rise from the 2023 low to its current EPS",
])
def test_from_extreme_to_another_measure(question: str) -> None:
    assert "another measure than the price" in refused(question)


@pytest.mark.parametrize("question", [
    "How much has Falcon Software fallen from its 2024 high to today?",
    "How far has Falcon Software fallen from its 2024 high to its current share price?",
    "How far has Falcon Software fallen from its 2024 high to the latest close?",
])
def test_from_extreme_to_the_price(question: str) -> None:
    assert q(question) == "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR FALC"

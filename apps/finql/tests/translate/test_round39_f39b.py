"""Round 39 (f39b): business voices outside finance (tune39b) — a relation noun before the companies listed, a workforce
cut, a dashboard's row count and scope, a press release. Rules alone."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a relation noun before the companies listed right after it only describes them ---------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software's sales last year vs its rivals Northwind Systems and Cascade Semiconductor",
     "FF_SALES(FY2024) FOR FALC, NWSY, CSMI"),
    ("Total liabilities at fiscal 2023 year end for our suppliers Quarry Packaging and Fairhaven Containers",
     "FF_LIABS(FY2023) FOR QUAP, FAIR"),
    ("Debt at fiscal 2024 year end for our customers Keystone Retail, Lakeside Automotive and Cobalt Motors",
     "FF_DEBT(FY2024) FOR KEYR, LAKA, COBA"),
    ("Operating income last year for our Japanese partners Keystone Retail and Lakeside Automotive",
     "FF_OPER_INC(FY2024) FOR KEYR, LAKA"),
    ("How did the share prices of our competitors Cobalt Motors & Eastgate Motors do in 2024?",
     "P_RETURN(2023-12-31, 2024-12-31) FOR COBA, EASM"),
    ("Net income last year for our supplier Quarry Packaging", "FF_NET_INC(FY2024) FOR QUAP"),
])
def test_a_relation_noun_describes_the_companies_listed(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # no company after the noun: who they are is not said
    ("Which of our suppliers outside the US made a loss last year?", "suppliers"),
    ("Net income last year of our customers", "customers"),
    # a word that says more than the relation (a size, a set that does not hold them)
    ("Cash at fiscal 2024 year end for our biggest customers Keystone Retail and Lakeside Automotive", "customers"),
    ("Cash at fiscal 2024 year end for our German customers Keystone Retail and Lakeside Automotive", "customers"),
    ("Sales last year compared with its main rivals Northwind Systems and Cascade Semiconductor", "main rivals"),
])
def test_a_relation_noun_that_says_more_stays_refused(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. a workforce cut (past tense) is the headcount's net fall ------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which utilities reduced staff last year?",
     "NAME, FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2023) FOR SCREEN(SECTOR(\"Utilities\"), "
     "FF_EMPLOYEES(FY2024) < FF_EMPLOYEES(FY2023))"),
    ("Which banks trimmed their headcount in fiscal 2023?",
     "NAME, FF_EMPLOYEES(FY2023), FF_EMPLOYEES(FY2022) FOR SCREEN(INDUSTRY(\"Banks\"), "
     "FF_EMPLOYEES(FY2023) < FF_EMPLOYEES(FY2022))"),
    ("Which automakers slashed their workforce by more than 10% last year?",
     "NAME, GROWTH(FF_EMPLOYEES, FY2023, FY2024) FOR SCREEN(INDUSTRY(\"Automobiles\"), "
     "GROWTH(FF_EMPLOYEES, FY2023, FY2024) < -10)"),
    ("Which companies shrank their workforce and grew net income in 2023?",
     "NAME, FF_EMPLOYEES(FY2023), FF_EMPLOYEES(FY2022), FF_NET_INC(FY2023), FF_NET_INC(FY2022) FOR SCREEN(ALL, "
     "FF_EMPLOYEES(FY2023) < FF_EMPLOYEES(FY2022) AND FF_NET_INC(FY2023) > FF_NET_INC(FY2022))"),
])
def test_a_workforce_cut_is_the_headcount_falling(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which consumer staples companies cut jobs last year?", "cut jobs"),  # gross layoffs: not the headcount
    ("Which banks cut staff costs last year?", "cut"),  # a cost, not the staff
    ("Which IT companies have cut their workforce since 2020?", "cut"),  # after an auxiliary: left as said
])
def test_other_cuts_stay_refused(question: str, named: str) -> None:
    assert named in refused(question)


# --- 3. a dashboard's row count after an order, and its scope -------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Net income last year for the Utilities, highest first, limit to 5 rows",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR(\"Utilities\")) SORT FF_NET_INC(FY2024) DESC TOP 5 IN USD"),
    ("Banks ranked by P/E, lowest first, display 4 rows",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT FG_PE(D0) ASC TOP 4"),
    ("Market cap for the NX100 software companies, sorted descending, show 3 rows",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDEX(NX100) & INDUSTRY(\"Software\")) SORT FG_MKT_CAP(D0) DESC TOP 3"),
])
def test_rows_shown_after_an_order_are_the_first_rows(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Net income last year for the Utilities, show 8 rows",  # no order said: which 8 is not said
    "Show 3 rows of bank P/E",
])
def test_rows_shown_without_an_order_stay_refused(question: str) -> None:
    assert "rows" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Top 5 net margin last fiscal year, scope = Utilities",
     "NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(SECTOR(\"Utilities\")) "
     "SORT FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 DESC TOP 5"),
    ("Scope = banks; P/E below 8", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 8)"),
])
def test_a_scope_set_to_a_set_is_that_set(question: str, query: str) -> None:
    assert q(question) == query


def test_a_scope_that_is_no_set_stays_refused() -> None:
    assert "scope" in refused("Net income last year for Cobalt Motors, scope = closing prices")
    assert q("Which banks have P/E = 8?") == "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) = 8)"


# --- 4. a press release is a document the figures are for -----------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Top 3 software companies by net income last year for the press release",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY(\"Software\")) SORT FF_NET_INC(FY2024) DESC TOP 3"),
    ("For our media briefing: the 5 largest utilities by sales last year",
     "NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR(\"Utilities\")) SORT FF_SALES(FY2024) DESC TOP 5 IN USD"),
    ("Which banks have a P/E below 8? It's for a press release.",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 8)"),
])
def test_a_press_release_is_context(question: str, query: str) -> None:
    assert q(question) == query


def test_a_release_date_stays_refused() -> None:
    assert "release date" in refused("What was the release date of Cobalt Motors' results?")

"""Round 27 (f27d): a term the asker defines in a bare sentence before the question, "TERM is DEFINITION.",
"TERM = DEFINITION.", "TERM: DEFINITION." (a measure FinQL names or a word of the asker's), is the asker's definition
where the question says it again (as written, as its plural, after "its"); FinQL's own meaning never stands in for it
(it screened on FinQL's gearing with the definition as a comparison or a column beside it: wrong answers). A
definition not arithmetic on FinQL's figures, a term never said again, or one that is an operand of more arithmetic,
stays refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

NET_GEARING = ('NAME, (FF_DEBT(FY2024) - FF_CASH(FY2024)) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities"), '
               "(FF_DEBT(FY2024) - FF_CASH(FY2024)) / FF_EQUITY(FY2024) > 1.5)")
DEBT_PLUS_CASH = "FF_DEBT(FY2023) + FF_CASH(FY2023) FOR FALC"
BANKS_NET_LEVERAGE = ('NAME, (FF_DEBT(FY2024) - FF_CASH(FY2024)) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
                      "(FF_DEBT(FY2024) - FF_CASH(FY2024)) / FF_EQUITY(FY2024) > 2)")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Gearing is net debt over equity. Which utilities had gearing over 1.5 last year?", NET_GEARING),
        ("Gearing = net debt / equity. Which utilities had gearing over 1.5 last year?", NET_GEARING),
        ("Gearing: net debt over equity. Which utilities had gearing above 1.5 last year?", NET_GEARING),
        ("Gearing: net debt / equity. Which utilities had gearings above 1.5 last year?", NET_GEARING),
        ("Leverage is net debt over equity. Which banks had leverage above 2 last year?", BANKS_NET_LEVERAGE),
        ("Net debt is debt plus cash. What was Falcon Software's net debt in FY2023?", DEBT_PLUS_CASH),
        ("Net debt = debt + cash. What was Falcon Software's net debt in FY2023?", DEBT_PLUS_CASH),
        ("Net debt: debt plus cash. What was Falcon Software's net debt in FY2023?", DEBT_PLUS_CASH),
        ("Net margin is operating income over sales. What was Falcon Software's net margin in FY2023?",
         "FF_OPER_INC(FY2023) / FF_SALES(FY2023) FOR FALC"),
        ("Leverage is net debt over equity. Show Falcon Software and its leverage in FY2023.",
         "(FF_DEBT(FY2023) - FF_CASH(FY2023)) / FF_EQUITY(FY2023) FOR FALC"),
        ("Cash burn = capex - free cash flow. What was Falcon Software's cash burn last year?",
         "FF_CAPEX(FY2024) - FF_FCF(FY2024) FOR FALC"),
        # "the ratio of A to B" (an extra column of leverage over itself before)
        ("Leverage is the ratio of net debt to equity. Which banks had leverage above 2 last year?", BANKS_NET_LEVERAGE),
        ("Take leverage to mean the ratio of net debt to equity. Which banks had leverage above 2 last year?",
         BANKS_NET_LEVERAGE),
        # a word FinQL does not name, defined bare
        ("Stretch = debt / equity. Which utilities had stretch above 1.5 last year?",
         'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 1.5)'),
        # the definition's own period, where the question asks no other
        ("Leverage is net debt over equity in fiscal 2023. Which banks had leverage above 2?",
         'NAME, (FF_DEBT(FY2023) - FF_CASH(FY2023)) / FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Banks"), '
         "(FF_DEBT(FY2023) - FF_CASH(FY2023)) / FF_EQUITY(FY2023) > 2)"),
    ],
)
def test_a_bare_definition_is_the_askers(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the plural of a term defined with "Define" (it was not said again: "over" compared debt with equity)
        ("Define leverage as debt over equity. Which banks have leverages above 2?",
         'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 2)'),
        # near misses: the same definition as FinQL's reads as before
        ("Net debt is debt minus cash. What was Falcon Software's net debt in FY2023?",
         "FF_DEBT(FY2023) - FF_CASH(FY2023) FOR FALC"),
        ("Net debt = debt - cash. What was Falcon Software's net debt in FY2023?",
         "FF_DEBT(FY2023) - FF_CASH(FY2023) FOR FALC"),
    ],
)
def test_the_term_said_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # never said again: the definition is not read as a condition
        ("Gearing is net debt over equity. Which utilities had leverage over 1.5 last year?", "'is'"),
        ("Define gearing as net debt over equity. Which utilities had leverage over 1.5 last year?", "'as'"),
        ("Leverage is debt over equity. What is Falcon Software's sales?", "'is'"),
        ("Leverage is the ratio of net debt to equity. Which banks had gearing above 2 last year?", "'the ratio of'"),
        # an operand of more arithmetic
        ("Leverage is debt over equity. What is Falcon Software's leverage plus 1?", "'plus'"),
        # another period in the question than the definition's
        ("Leverage is net debt over equity in fiscal 2023. Which banks had leverage above 2 in fiscal 2024?", "'fiscal 2024'"),
    ],
)
def test_still_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    "question",
    [
        # not arithmetic on FinQL's figures: no definition (read as before)
        "Screen: debt over equity above 2. Which utilities qualify?",
        "Take stretch to mean the CEO's age. What was Falcon Software's stretch?",
        "Stretch is the CEO's age over 50. Which utilities had stretch above 1.5 last year?",
    ],
)
def test_not_a_definition_of_figures(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a label that names the company asked of, not a term
        ("Falcon Software: debt over equity in FY2023. And for Apex Materials?",
         "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR FALC, APXM"),
        ("FALC: debt over equity. What was it in FY2023?", "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR FALC"),
    ],
)
def test_a_company_label_is_not_a_term(question: str, query: str) -> None:
    assert q(question) == query

"""Round 36 (f36a): the chain's wrong answers on tune36a (SPEC readers), each a wording class, with rewordings."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a multiple said in words after the trade's verb ("twice book value"): the market value over the figure, as "2 times"
_PB_2 = 'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < 2)'


@pytest.mark.parametrize("question", [
    "Banks trading at less than twice book value today - which ones?",
    "Banks trading at less than 2 times book value today - which ones?",
    "Which banks trade at under twice their book value?",
    "Banks that traded below two times book",
])
def test_word_multiple_after_trade_verb(question: str) -> None:
    assert q(question) == _PB_2


def test_word_multiple_of_sales() -> None:
    assert q("Software names trading at more than three times sales") == (
        'NAME, FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"), FG_MKT_CAP(D0) / FF_SALES(FY2024) > 3)')


@pytest.mark.parametrize("question", [
    "Banks whose price is less than twice book value",
    "Stocks whose share price is above 20 times net income",
])
def test_per_share_figure_against_whole_amount_refused(question: str) -> None:
    assert "per share" in refused(question)


def test_two_whole_amounts_still_compared() -> None:
    assert q("Companies whose debt is more than twice their equity") == (
        "NAME, FF_DEBT(FY2024), FF_EQUITY(FY2024) FOR SCREEN(ALL, FF_DEBT(FY2024) > FF_EQUITY(FY2024) * 2)")


# the asker's basis for the ratio named, a sentence of its own after the question: no comparison of its operands
_ROE = ('NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
        'FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 10)')


@pytest.mark.parametrize("question", [
    "Which banks had ROE above 10% in 2024? Take net income over equity.",
    "Which banks had ROE above 10% in 2024? Please take net income over year-end equity.",
    "Which banks had a return on equity above 10% in 2024? Use net income divided by equity.",
    "Which banks earned an ROE above 10% in 2024? Compute it as net income over equity.",
])
def test_basis_after_question(question: str) -> None:
    assert q(question) == _ROE


def test_basis_after_question_the_set_question() -> None:
    assert q("Which German or French companies earned a return on equity above 15% last fiscal year? Please take net "
             "income over year-end equity.") == (
        'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(COUNTRY("Germany") | COUNTRY("France"), '
        'FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 15)')


@pytest.mark.parametrize("question", [
    "Which banks had ROE above 10% in 2024? Take net income over sales.",  # restates another ratio
    "Which banks had net income above 10 billion in 2024? Take net income over equity.",  # no ratio named
    "Which banks had ROE and net margin above 10% in 2024? Use net income over equity.",  # which ratio?
])
def test_basis_after_question_not_restating_refused(question: str) -> None:
    refused(question)


# a change verb after a perception's object ("saw FCF decline"): the later figure against the earlier, never the
# growth's sign (null from a base at or below zero)
@pytest.mark.parametrize("question,query", [
    ("Which Oil & Gas or Energy Equipment companies saw free cash flow decline from fiscal 2023 to fiscal 2024?",
     'NAME, FF_FCF(FY2024), FF_FCF(FY2023) FOR SCREEN(INDUSTRY("Oil & Gas") | INDUSTRY("Energy Equipment"), '
     'FF_FCF(FY2024) < FF_FCF(FY2023))'),
    ("Which banks had their net income drop between 2023 and 2024?",
     'NAME, FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) < FF_NET_INC(FY2023))'),
    ("Which Airlines companies saw their sales fall between fiscal 2022 and fiscal 2024?",
     'NAME, FF_SALES(FY2024), FF_SALES(FY2022) FOR SCREEN(INDUSTRY("Airlines"), FF_SALES(FY2024) < FF_SALES(FY2022))'),
    ("Which utilities saw their EPS rise from FY2022 to FY2023?",
     'NAME, FF_EPS(FY2023), FF_EPS(FY2022) FOR SCREEN(SECTOR("Utilities"), FF_EPS(FY2023) > FF_EPS(FY2022))'),
])
def test_change_verb_after_object(question: str, query: str) -> None:
    assert q(question) == query


def test_growth_noun_after_had_keeps_its_sign() -> None:
    assert q("Which banks had net income growth from 2023 to 2024?") == (
        'NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_NET_INC, FY2023, FY2024) > 0)')


# the refusals a SPEC reader's wording caused, each with rewordings
@pytest.mark.parametrize("question,query", [
    # a wish about the rows' shape said with no comma
    ("Which hotel and leisure companies pay a dividend yield over 2% right now? Just the names would be great.",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Hotels & Leisure"), FG_DIV_YIELD(D0) > 2)'),
    ("Which banks have a P/E under 10 today? Names only would be fine.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    # every company: "screen everything", "companies available to me"
    ("Screen everything for a P/E under 15 today and a dividend yield above 3% today.",
     "NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(ALL, FG_PE(D0) < 15 AND FG_DIV_YIELD(D0) > 3)"),
    ("Which companies available to me returned more than 30% over calendar 2024?",
     "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(ALL, P_RETURN(2023-12-31, 2024-12-31) > 30)"),
    ("Which stocks I can see have a P/E under 10 today?", "NAME, FG_PE(D0) FOR SCREEN(ALL, FG_PE(D0) < 10)"),
    # the latest period said with "going by", "based on", "after its"; a "now" before it is that period's
    ("How many people work at Sky High Airlines these days, going by the latest quarter?", "FF_EMPLOYEES(FQ0) FOR SKY"),
    ("What is Falcon Software's cash today, as of the latest quarter?", "FF_CASH(FQ0) FOR FALC"),
    ("What is Falcon Software's debt, based on the last fiscal year?", "FF_DEBT(FY2024) FOR FALC"),
    ("How much cash is Aurora Computing sitting on after its latest quarter, and how much debt does it carry?",
     "FF_CASH(FQ0), FF_DEBT(FQ0) FOR AURC"),
    # "on a <measure> basis": on that measure
    ("Is Keystone Retail cheaper than Cobalt Retail on a P/E basis today? Show me both.",
     "FG_PE(D0) FOR KEYR, COBR SORT FG_PE(D0) ASC"),
    ("Compare Falcon Software and Northwind Systems on a dividend-yield basis today.", "FG_DIV_YIELD(D0) FOR FALC, NWSY"),
    # a period's words joined by a hyphen
    ("Semis ranked by calendar-2024 share price return, best first.",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Semiconductors")) '
     'SORT P_RETURN(2023-12-31, 2024-12-31) DESC'),
    ("Falcon Software's fiscal-2023 sales?", "FF_SALES(FY2023) FOR FALC"),
    ("Which utilities have latest-quarter total debt above five times their last-twelve-month operating income?",
     'NAME, FF_DEBT(FQ0), FF_OPER_INC(LTM) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FQ0) > FF_OPER_INC(LTM) * 5)'),
    # membership said with "belong to both (either)"
    ("Which companies belong to both the NX100 and the EUROPE index and traded at a P/E above 25 on 31 December 2024?",
     "NAME, FG_PE(D0) FOR SCREEN(INDEX(NX100) & INDEX(EUROPE), FG_PE(D0) > 25)"),
    ("Which companies belong to either the Banks industry or the Insurance industry?",
     'NAME FOR SCREEN(INDUSTRY("Banks") | INDUSTRY("Insurance"))'),
])
def test_spec_reader_wordings(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Compare Falcon Software and Northwind Systems on a per-share basis today.",  # no one measure named
])
def test_spec_reader_wordings_still_refused(question: str) -> None:
    refused(question)

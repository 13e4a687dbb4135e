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

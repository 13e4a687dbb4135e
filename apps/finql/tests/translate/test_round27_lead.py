"""Round 27 (lead's merge mends). A term FinQL names, defined otherwise by the asker ("For this purpose, gearing means
net debt divided by equity"), is the asker's definition where the question says it again: it screened on FinQL's own
gearing (debt over equity) with the definition as a column beside it, a wrong answer. "Over" before a threshold after
such a term compares. Cash held beside a flow's verb ("banks with cash above 500 million made a profit") is the
balance: the cash-generated rule (f27n's, the one kept) does not cross a comparison or a number."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

GEARING_NET = ('NAME, (FF_DEBT(FY2024) - FF_CASH(FY2024)) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities"), '
               "(FF_DEBT(FY2024) - FF_CASH(FY2024)) / FF_EQUITY(FY2024) > 1.5)")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("For this purpose, gearing means net debt divided by equity. Which utilities had gearing over 1.5 last year?",
         GEARING_NET),
        ("Take gearing to mean net debt over equity. Which utilities had gearing above 1.5 in fiscal 2024?", GEARING_NET),
        ("Take net debt to mean debt plus cash. What was Falcon Software's net debt in FY2023?",
         "FF_DEBT(FY2023) + FF_CASH(FY2023) FOR FALC"),
        # near miss: the definition FinQL has already
        ("Take net debt to mean debt minus cash. What was Falcon Software's net debt in FY2023?",
         "FF_DEBT(FY2023) - FF_CASH(FY2023) FOR FALC"),
    ],
)
def test_a_named_measure_defined_otherwise_is_the_askers(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which banks with cash above 500 million made a profit last year?",
         'NAME, FF_CASH(FY2024), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_CASH(FY2024) > 500 AND '
         "FF_NET_INC(FY2024) > 0)"),
        ("Which banks with cash above 500 million generated positive free cash flow last year?",
         'NAME, FF_CASH(FY2024), FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_CASH(FY2024) > 500 AND '
         "FF_FCF(FY2024) > 0)"),
    ],
)
def test_cash_held_beside_a_flow_verb_is_the_balance(question: str, query: str) -> None:
    assert q(question) == query


def test_cash_generated_still_refused() -> None:
    message = refused("How much cash did Falcon Software make last year?")
    assert "'cash'" in message and "'make'" in message


@pytest.mark.parametrize("question", [
    "Define headroom as cash minus debt. What was headroom divided by equity for Falcon Software in fiscal 2024?",
    "Define spread as sales minus net income. Show spread over equity for Falcon Software in fiscal 2023.",
])
def test_a_defined_term_used_as_an_operand_is_refused(question: str) -> None:
    # (put in place, "cash minus debt divided by equity" would divide the debt only: a wrong answer)
    assert q(question) is None


def test_a_defined_term_in_any_words_is_put_in_place() -> None:
    # (f27g's "Define T as D." with a definition in words, not arithmetic: one reading, the definition's)
    assert q("Define scale as fiscal 2024 sales measured in US dollars. Which five consumer staples companies are "
             "largest by scale?") == ('NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Consumer Staples")) SORT '
                                      "FF_SALES(FY2024) DESC TOP 5 IN USD")


@pytest.mark.parametrize("question", [
    "eps est + analysts for WEST",
    "EPS estimate and analysts for Westbrook",
    "What's the FY2025 EPS consensus and analysts for Falcon Software?",
    "Consensus sales plus analysts, Falcon Software",
])
def test_analysts_listed_as_an_item_is_not_dropped(question: str) -> None:
    # (a bare "analysts" after a joint was read as who makes the estimate: FE_EPS alone, a silent drop)
    assert "'analysts'" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("consensus EPS and number of analysts for WEST", "FE_EPS(FY1), FE_NUM(FY1) FOR WEST"),
    ("What EPS and sales do analysts expect for Falcon Software next year?", "FE_EPS(FY1), FE_SALES(FY1) FOR FALC"),
    ("eps est + analyst count for WEST", "FE_EPS(FY1), FE_NUM(FY1) FOR WEST"),
])
def test_analysts_as_who_estimates_or_counted_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query

"""Round 21 (f21d): treasurers, IR teams, board assistants and credit analysts (tune20b's voices) - the occasion of a
request said right before it with no mark ("Prior to our lender meeting I need ..."), the company's own documents as
a purpose with a topic ("For our credit file on X:"), a bracketed aside after the asker's activity, a count of the
figures asked ("three numbers on X: ...") checked against the items composed. Own wording, not the tuning
questions; the near misses stay refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the occasion, then the request with no mark between them
        ("Ahead of our lender call we need the P/E of Ivory Bancorp.", "FG_PE(D0) FOR IVOR"),
        ("Prior to the lender meeting I want Eastgate Motors' cash at the end of the last two fiscal quarters.",
         "FF_CASH(FQ-1), FF_CASH(FQ0) FOR EASM"),
        # the company's own documents, with their topic
        ("For the credit file on Ivory Bancorp, its debt at the end of last fiscal year.",
         "FF_DEBT(FY2024) FOR IVOR"),
        ("For the IR benchmark slide: Aurora Computing's P/E.", "FG_PE(D0) FOR AURC"),
        # a count of the figures asked, said before them
        ("For the board memo I need two numbers on Ivory Bancorp: its P/E and its dividend yield.",
         "FG_PE(D0), FG_DIV_YIELD(D0) FOR IVOR"),
        ("For the board pack I need three figures on Eastgate Motors: its return year to date and its highest and "
         "lowest close over the past three months.",
         "P_RETURN(2023-12-31, D0), P_HIGH(2024-10-15, D0), P_LOW(2024-10-15, D0) FOR EASM"),
        # the asker's activity ends at a bracketed aside
        ("I'm refreshing the risk memo on Eastgate Motors before the committee (formatting can wait). Its debt last "
         "year?", "FF_DEBT(FY2024) FOR EASM"),
    ],
)
def test_context_and_counts_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a count of the figures that is not the number of items composed: answered with three items on main
        ("I need two numbers on Ivory Bancorp: sales, net income and debt last year.", "two numbers"),
        # a count of the figures that is not the number of items composed (four was read as "for" on main, and the
        # count dropped: a wrong answer)
        ("I need four figures for Keystone Retail: sales and net income last year.", "four figures"),
        ("Three figures on Ivory Bancorp, please: its P/E and its dividend yield.", "three figures"),
    ],
)
def test_count_of_figures_not_composed(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # pinned (read on main too): a count of the figures that is the number of items composed
        ("I need three numbers on Ivory Bancorp: sales, net income and debt last year.",
         "FF_SALES(FY2024), FF_NET_INC(FY2024), FF_DEBT(FY2024) FOR IVOR"),
        ("I need four figures for Keystone Retail: sales, net income, debt and cash last year.",
         "FF_SALES(FY2024), FF_NET_INC(FY2024), FF_DEBT(FY2024), FF_CASH(FY2024) FOR KEYR"),
    ],
)
def test_count_of_figures_composed(question: str, query: str) -> None:
    assert q(question) == query


def test_occasion_of_a_price_stays_refused() -> None:
    # pinned: an occasion before a price may be a date ("before the earnings call"), as before
    assert "before" in refused("Before the earnings call I need Ivory Bancorp's share price.")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # wrong answers on main: a period listed after a period restated in apposition was dropped
        ("P/E of Indigo Semiconductor at the end of 2023 (Dec 31) and now",
         "FG_PE(2023-12-31), FG_PE(D0) FOR INDI"),
        # a point counted back from today restated as its day (refused on main, naming the apposition)
        ("Share price of Indigo Semiconductor six months ago, that is on 2024-07-15, and today?",
         "P_PRICE(2024-07-15), P_PRICE(D0) FOR INDI"),
        ("Sterling Microdevices' market cap a year ago, i.e. on 2024-01-15?", "FG_MKT_CAP(2024-01-15) FOR STER"),
        ("P/E of Indigo Semiconductor two years ago (2023-01-15) and now", "FG_PE(2023-01-15), FG_PE(D0) FOR INDI"),
    ],
)
def test_day_in_apposition(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a day that is not the point counted back stays refused, naming it
        ("Share price of Indigo Semiconductor a year ago, i.e. on 2024-01-16?", "2024-01-16"),
        # a fundamental reads no day
        ("Sales of Indigo Semiconductor a year ago, i.e. on 2024-01-15?", "a year ago"),
    ],
)
def test_day_in_apposition_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_purpose_topic_stops_at_the_request() -> None:
    # pinned (refused on main too): the document's topic ends where the request starts ("I need ..."), so the
    # measure asked is never read as the topic
    assert "interest coverage" in refused(
        "For the credit memo on Copperfield Air I need interest coverage over the last twelve months. Thanks.")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the forward P/E's basis said after "taking": a definition, as "defined as" (the price was read as said
        # again and "over" as a comparison: refused on main)
        ("Nimbus Freight's forward P/E, taking today's share price over next year's consensus EPS",
         "P_PRICE(D0) / FE_EPS(FY1) FOR NIMB"),
        ("Which of Nimbus Freight and Yellowstone Logistics has the lowest forward P/E, taking today's price over the "
         "FY2 consensus EPS?",
         "P_PRICE(D0) / FE_EPS(FY2) FOR NIMB, YELL SORT P_PRICE(D0) / FE_EPS(FY2) ASC TOP 1"),
    ],
)
def test_forward_pe_basis_after_taking(question: str, query: str) -> None:
    assert q(question) == query


def test_forward_pe_basis_of_another_kind_refused() -> None:
    # pinned (refused on main too): a basis that is not the forward P/E's is named, never one of the two picked
    assert "taking" in refused("Nimbus Freight's forward P/E, taking today's price over this year's EPS")


def test_todays_price_said_again_still_read() -> None:
    # pinned (read on main too): "taking today's price" after the multiple's basis says the price again
    assert q("Nimbus Freight's forward P/E on FY2026 consensus EPS, taking today's price") == \
        "P_PRICE(D0) / FE_EPS(FY2) FOR NIMB"


def test_taking_an_operands_period_is_no_definition() -> None:
    # pinned (read on main too): "taking debt at fiscal year-end 2024" says an operand's period, not a definition
    assert q("Rank the utilities by market cap over total debt at the latest close, taking debt at fiscal year-end "
             "2024, highest first.") == ('NAME, FG_MKT_CAP(D0) / FF_DEBT(FY2024), FF_DEBT(FY2024) FOR '
                                         'SCREEN(SECTOR("Utilities")) SORT FG_MKT_CAP(D0) / FF_DEBT(FY2024) DESC')

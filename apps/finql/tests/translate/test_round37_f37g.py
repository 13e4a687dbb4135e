"""Round 37 (f37g): the readings the generator's part r37 (SPEC's least-drawn sections, said as a question, a request
and a terse note) showed wrong, each asserted in the generator's wording and in own wordings, with near misses that
keep their reading or refusal."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- "N or more times their equity": the comparison is the multiple's ------------------------------------------------


@pytest.mark.parametrize(("question", "want"), [
    ("List the companies in the EUROPE index whose fiscal 2024 total liabilities were 4 or more times their equity.",
     'FOR SCREEN(INDEX(EUROPE), FF_LIABS(FY2024) >= FF_EQUITY(FY2024) * 4)'),
    ("List the banks whose total liabilities were 4 times or more their equity last year.",
     'FOR SCREEN(INDUSTRY("Banks"), FF_LIABS(FY2024) >= FF_EQUITY(FY2024) * 4)'),
    ("Which banks had debt 2 or more times their cash last year?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) >= FF_CASH(FY2024) * 2)'),
    ("banks: debt 2x or more cash, FY2024", 'FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) >= FF_CASH(FY2024) * 2)'),
    ("Which banks had debt of 2 or fewer times cash last year?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) <= FF_CASH(FY2024) * 2)'),
    ("Which companies had volume today 3 or more times their volume 20 trading days ago?",
     "FOR SCREEN(ALL, P_VOLUME(D0) >= P_VOLUME(D-20) * 3)"),
    # a valuation multiple said so (was a price >= 10 AND a P/E >= 10; net income >= 10; a price times equity <= 2)
    ("Which banks trade at 10 or more times earnings?", 'FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) >= 10)'),
    ("Which banks trade at 10 times or more earnings?", 'FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) >= 10)'),
    ("Which utilities trade at 2 or less times book value?",
     'FOR SCREEN(SECTOR("Utilities"), FG_MKT_CAP(D0) / FF_EQUITY(FY2024) <= 2)'),
])
def test_or_more_times_is_at_least_the_multiple(question: str, want: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(want), got


@pytest.mark.parametrize(("question", "want"), [
    # near misses: the multiple said with "at least" first, and a count "or more" with no "times", keep their readings
    ("List the banks whose fiscal 2024 total liabilities were at least 4 times their equity.",
     'FOR SCREEN(INDUSTRY("Banks"), FF_LIABS(FY2024) >= FF_EQUITY(FY2024) * 4)'),
    ("Which banks have 10 or more analysts?", 'FOR SCREEN(INDUSTRY("Banks"), FE_NUM(FY1) >= 10)'),
])
def test_multiple_and_count_near_misses(question: str, want: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(want), got


def test_times_or_more_before_a_period_is_left() -> None:
    # "3 times or more in 2023" is no multiple of a figure that follows: not rewritten (stays refused, naming words)
    assert "not understood" in refused("Which companies' volume rose 3 times or more in 2023?")


# --- "from a net loss in FY A to a net profit in FY B": both states ---------------------------------------------------


@pytest.mark.parametrize(("question", "want"), [
    ("Which companies went from a net loss in fiscal 2022 to a net profit in fiscal 2023?",
     "FOR SCREEN(ALL, FF_NET_INC(FY2022) < 0 AND FF_NET_INC(FY2023) > 0)"),
    ("Which banks had a net loss in fiscal 2022 and a net profit in fiscal 2023?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2022) < 0 AND FF_NET_INC(FY2023) > 0)'),
    ("Which NX100 members went from an operating loss in fiscal 2023 to an operating profit in fiscal 2024?",
     "FOR SCREEN(INDEX(NX100), FF_OPER_INC(FY2023) < 0 AND FF_OPER_INC(FY2024) > 0)"),
    ("Which banks went from a net profit in fiscal 2022 to a net loss in fiscal 2023?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2022) > 0 AND FF_NET_INC(FY2023) < 0)'),
])
def test_loss_then_profit_both_apply(question: str, want: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(want), got


@pytest.mark.parametrize(("question", "want"), [
    # an amount or a margin after "a net profit" / "an operating profit" is the measure's, no state
    ("Which banks had a net profit of more than 500 million last year?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) > 500)'),
    ("Which banks had a net profit margin above 20% last year?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > 20)'),
    ("Which banks had an operating profit margin above 20% last year?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 20)'),
    ("Which banks had an operating profit above 300 million last year?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_OPER_INC(FY2024) > 300)'),
])
def test_profit_amount_or_margin_is_the_measure(question: str, want: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(want), got


@pytest.mark.parametrize(("question", "want"), [
    # a loss and a profit of the same income side by side, each with its own year: two states (the profit was a column)
    ("NX100 members: operating loss in FY2023, operating profit in FY2024",
     "FOR SCREEN(INDEX(NX100), FF_OPER_INC(FY2023) < 0 AND FF_OPER_INC(FY2024) > 0)"),
    ("companies: net loss in FY2022, net profit in FY2023",
     "FOR SCREEN(ALL, FF_NET_INC(FY2022) < 0 AND FF_NET_INC(FY2023) > 0)"),
    ("banks: net profit in FY2022, net loss in FY2023",
     'FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2022) > 0 AND FF_NET_INC(FY2023) < 0)'),
    ("Which banks had net loss in 2022 -> net profit in 2023?",
     'FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2022) < 0 AND FF_NET_INC(FY2023) > 0)'),
])
def test_loss_profit_pair_in_a_note(question: str, want: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(want), got


def test_profit_twice_is_no_pair() -> None:
    # the same word twice is two figures, no states
    assert q("banks: net profit in FY2022, net profit in FY2023") == (
        'NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"))')


def test_profit_with_an_amount_after_the_pair_is_not_made_a_state() -> None:
    assert "not understood" in refused("Which banks had an operating loss in FY2023, operating profit in FY2024 "
                                       "above 100?")


# --- "with the lowest share price divided by <figure>": a ranking of the quotient --------------------------------------


@pytest.mark.parametrize(("question", "want"), [
    ("Show the three banks with the lowest share price divided by the consensus EPS estimate for next year.",
     'FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(D0) / FE_EPS(FY1) ASC TOP 3'),
    ("Which three banks have the lowest share price relative to the consensus EPS estimate for next year?",
     'FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(D0) / FE_EPS(FY1) ASC TOP 3'),
    ("Which three banks covered by at least 5 analysts for the year after next have the lowest share price divided "
     "by the consensus EPS estimate for the year after next?",
     'FOR SCREEN(INDUSTRY("Banks"), FE_NUM(FY2) >= 5) SORT P_PRICE(D0) / FE_EPS(FY2) ASC TOP 3'),
    ("Which three TECHX companies have the highest share price divided by last year's EPS?",
     "FOR SCREEN(INDEX(TECHX)) SORT P_PRICE(D0) / FF_EPS(FY2024) DESC TOP 3"),
])
def test_ranked_price_quotient(question: str, want: str) -> None:
    got = q(question)
    assert got is not None and got.endswith(want), got


def test_lowest_price_with_its_period_stays_the_low() -> None:
    # a period right after the price: the low of that period, not rewritten into a quotient of today's price
    got = q("What was Aurora Computing's lowest share price in 2023 divided by its fiscal 2023 EPS?")
    assert got is not None and got.startswith("P_LOW(2023-01-01, 2023-12-31) / FF_EPS(FY2023)"), got


# --- "returned to profit", "moved into profit": a change of state no reading takes is refused, named ----------------


@pytest.mark.parametrize(("question", "named"), [
    ("Which companies returned to profit in fiscal 2024?", "returned to profit"),
    ("Which banks moved into profit last year?", "moved into profit"),
])
def test_move_into_a_state_is_refused_naming_it(question: str, named: str) -> None:
    assert named in refused(question)


def test_a_return_with_a_threshold_keeps_its_reading() -> None:
    assert q("Which banks returned more than 10% in 2023?") == (
        'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2022-12-31, 2023-12-31) > 10)')

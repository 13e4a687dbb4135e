"""Round 39 (r39): review of round 38's rules with near misses: the wrong answers their neighbours gave (other word
orders, a second period, a second order, a valuation's basis), each mend with the class's wordings and the neighbours
it keeps."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# 1. f38b's "what they own" (the assets): "how much of X does Y own" is a stake, never the assets of both
@pytest.mark.parametrize("question", [
    "how much of Falcon Software does Apex Materials own",
    "How much of Falcon Software does Apex Materials own?",
    "how much of Keystone Properties does Falcon Software own?",
])
def test_how_much_of_is_no_assets(question: str) -> None:
    assert "FF_ASSETS" not in (q(question) or "") and "FF_DEBT" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("how much does Driftwood Automotive owe, in US money", "FF_DEBT(FY2024) FOR DRIF IN USD"),
    ("how much do the banks own", 'NAME, FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
])
def test_what_they_own_stays_read(question: str, query: str) -> None:
    assert q(question) == query


# 2. f38a's "from the highest down to the lowest": after a verb of a move it is the move's two ends, no order
@pytest.mark.parametrize("question", [
    "Which banks went from the highest P/E down to the lowest in 2024?",
    "Which banks moved from the highest P/E down to the lowest in 2024?",
    "Which banks fell from the highest P/E down to the lowest in 2024?",
])
def test_a_move_from_the_highest_is_no_order(question: str) -> None:
    assert "SORT" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Rank the banks by P/E from the highest down to the lowest",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ("Show the banks, from the highest dividend yield down, with their P/E",
     'NAME, FG_DIV_YIELD(D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_DIV_YIELD(D0) DESC'),
    ("List the banks from the lowest P/E up to the highest",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
])
def test_an_order_from_the_highest_stays(question: str, query: str) -> None:
    assert q(question) == query


# 3. two orders of the rows said: one was kept and the other dropped; and the rows one end picks shown from the other
#    end (SORT ASC TOP 5 of "the 5 largest": the 5 smallest)
@pytest.mark.parametrize("question", [
    "List banks by sales from the highest down, with net income from the lowest up",
    "Rank the banks by sales, from highest to lowest, and by P/E from lowest to highest",
    "Rank the banks by P/E, from highest to lowest, lowest first",
    "Sort the banks by sales descending and by P/E ascending",
])
def test_two_orders_are_refused(question: str) -> None:
    assert "two orders" in refused(question)


@pytest.mark.parametrize("question", [
    "The 5 largest banks by sales, smallest first",
    "Which 3 banks have the highest P/E? Lowest first please.",
    "Top 3 banks by lowest P/E, highest first",
    "the ten cheapest banks on P/E, highest first",
])
def test_rows_of_one_end_shown_from_the_other(question: str) -> None:
    assert "disagree" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Top 3 banks by P/E, lowest first", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 3'),
    ("Top 3 banks by lowest P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 3'),
    ("The 3 banks with the lowest P/E, lowest first",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 3'),
    ("Rank the banks by P/E, lowest first", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
])
def test_one_order_stays(question: str, query: str) -> None:
    assert q(question) == query


def test_an_orders_to_is_never_two() -> None:
    # the refusal names "lowest to highest": the homophone step read "lowest two highest" (TOP 2) before
    assert "TOP 2" not in (q("List banks by sales from highest to lowest, with net income from lowest to highest") or "")


# 4. f38a's negations without their apostrophe: the modals' too ("wont" was dropped as a slip: the opposite screened)
@pytest.mark.parametrize(("question", "named"), [
    ("Which banks wont grow sales in 2025?", "wont"),
    ("Which banks cant pay a dividend?", "cant"),
    ("Which banks couldnt grow sales in 2024?", "couldnt"),
])
def test_modal_negations_without_apostrophe_are_named(question: str, named: str) -> None:
    assert named in refused(question)


def test_apostrophe_less_negation_still_reads() -> None:
    assert q("Which banks dont pay a dividend?") == \
        'NAME, FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) = 0)'


# 5. f38b's "how cheap did X stock get": with a valuation's basis it asks the multiple's low, not the price's
@pytest.mark.parametrize("question", [
    "how cheap did Falcon Software's stock get on a P/E basis in 2023",
    "how cheap did Falcon Software stock get relative to earnings last year",
    "how expensive did Falcon Software shares get in 2023 in terms of book value",
])
def test_how_cheap_on_a_basis_is_no_price_low(question: str) -> None:
    assert "P_LOW" not in (q(question) or "") and "P_HIGH" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("how cheap did Falcon Software stock get last year", "P_LOW(2024-01-01, 2024-12-31) FOR FALC"),
    ("how expensive did Falcon Software shares get in 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR FALC"),
])
def test_how_cheap_of_the_price_stays(question: str, query: str) -> None:
    assert q(question) == query


# 6. f38m's move "from its 2023 close": with a period of its own after it, no since-to-today return beside it
@pytest.mark.parametrize("question", [
    "how much did Falcon Software fall from its 2023 close in 2024",
    "how much did Falcon Software rise from its 2023 close as of June 2024",
    "how much did Falcon Software rise from its 2023 close in the first half of 2024",
    "how much did Falcon Software fall from its 2023 close by the end of 2024",
])
def test_a_move_from_a_close_with_its_own_end(question: str) -> None:
    assert "D0)" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize("question", [
    "how far has Falcon Software's price moved from its 2023 close",
    "how much has Falcon Software risen from the 2023 year-end close",
])
def test_a_move_from_a_close_runs_to_today(question: str) -> None:
    assert q(question) == "P_RETURN(2023-12-31, D0) FOR FALC"


# 7. r38's "a net profit in 2023" before "per": only an amount per head (per share) is the figure's
def test_a_profit_per_our_screen_is_the_state() -> None:
    assert q("Which banks had a net profit in 2023 per our screen?") == \
        'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2023) > 0)'


def test_an_operating_profit_per_employee_stays_the_amount() -> None:
    assert q("Which banks had an operating profit per employee above 0.1?") == (
        'NAME, FF_OPER_INC(FY2024) / FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_OPER_INC(FY2024) / '
        'FF_EMPLOYEES(FY2024) > 0.1)')


# 8. f38a's "make per share" (EPS) left "money" of "how much money does X make per share" as a word not understood
@pytest.mark.parametrize(("question", "query"), [
    ("How much money did Falcon Software make per share in 2023?", "FF_EPS(FY2023) FOR FALC"),
    ("How much money does Falcon Software earn per share?", "FF_EPS(FY2024) FOR FALC"),
    ("How much money did Falcon Software make in 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("How much money did Falcon Software make per employee in 2023?",
     "FF_NET_INC(FY2023) / FF_EMPLOYEES(FY2023) FOR FALC"),
])
def test_money_made_per_share(question: str, query: str) -> None:
    assert q(question) == query


# 9. f38m's yes/no move beside a figure: a participle of motion ("trading up", "going up") and "today" after it
@pytest.mark.parametrize(("question", "named"), [
    ("Is Falcon Software trading up? Show the net income", "up"),
    ("Is Falcon Software going up? Show the net income", "up"),
    ("Are the banks trading down today? Show their P/E", "down"),
    ("Is Falcon Software up today? Show the net income", "up"),
])
def test_a_yes_no_move_in_motion_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


def test_a_figure_held_up_stays_read() -> None:
    assert q("Has Falcon Software's operating margin held up? Give me fiscal 2022 and fiscal 2024") == (
        "FF_OPER_INC(FY2022) / FF_SALES(FY2022) * 100, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR FALC")


# 10. f38b's second up/down of no period: beside another measure it was dropped (the first move's screen answered);
#     one with a period of its own is named by the other rules (the message said it had none)
@pytest.mark.parametrize("question", [
    "which tech names were up in 2023 and down, and have a P/E below 10?",
    "which tech names were up in 2023 but down, with a P/E below 10?",
    "which tech names rose in 2023 and were down, with a P/E below 10?",
])
def test_a_second_move_beside_a_measure_is_named(question: str) -> None:
    assert "'down'" in refused(question)


@pytest.mark.parametrize("question", [
    "which tech names were up in 2023 or down in 2024",
    "which tech names were up more than 10% in 2023 and down in 2024",
])
def test_a_second_move_with_a_period_is_not_said_to_have_none(question: str) -> None:
    assert "without a period" not in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("how much did northwind systems cash go up or down from 2022 to 2024 in usd?",  # either way: one change
     "FF_CASH(FY2024) - FF_CASH(FY2022) FOR NWSY IN USD"),
    ("which banks were up in 2024 and have a P/E below 10?",
     'NAME, P_RETURN(2023-12-31, 2024-12-31), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, 2024-12-31) > 0 '
     'AND FG_PE(D0) < 10)'),
    ("which tech names were up in the first half of 2024 but down in the second half",
     'NAME, P_RETURN(2023-12-31, 2024-06-30), P_RETURN(2024-06-30, 2024-12-31) FOR SCREEN(SECTOR("Information '
     'Technology"), P_RETURN(2023-12-31, 2024-06-30) > 0 AND P_RETURN(2024-06-30, 2024-12-31) < 0)'),
])
def test_moves_with_their_periods_stay(question: str, query: str) -> None:
    assert q(question) == query


# 11. a total or average said right before a measure that takes none went to the measure before it (f38a's neighbour:
#     "capex for FY2021 to FY2024 and the average P/E" was the average capex beside today's P/E)
@pytest.mark.parametrize("question", [
    "Falcon Software capex for FY2021 to FY2024 and the average P/E",
    "Falcon Software capex for FY2021 to FY2024 and the average dividend yield",
    "Falcon Software sales for FY2021 to FY2024 and the average net margin",
])
def test_a_function_said_of_a_measure_that_takes_none(question: str) -> None:
    assert "'average'" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software capex for FY2021 to FY2024 and the average.",
     "FF_CAPEX(FY2021), FF_CAPEX(FY2022), FF_CAPEX(FY2023), FF_CAPEX(FY2024), AVG(FF_CAPEX, FY2021, FY2024) FOR FALC"),
    ("Falcon Software's average sales and net income from FY2021 to FY2024",
     "AVG(FF_SALES, FY2021, FY2024), AVG(FF_NET_INC, FY2021, FY2024) FOR FALC"),
    ("Falcon Software sales for FY2021 to FY2024 and the total employees",
     "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024), SUM(FF_EMPLOYEES, FY2021, FY2024) FOR FALC"),
])
def test_functions_of_measures_that_take_them_stay(question: str, query: str) -> None:
    assert q(question) == query


# 12. f38a's total or average beside the one measure over several periods: the quarters of one fiscal year listed too
#     (t38a-053, the rule's own example, was refused: one fiscal year is one period)
@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Retail's sales for each quarter of fiscal 2024, and the full-year total as well.",
     "FF_SALES(FQ2024Q1), FF_SALES(FQ2024Q2), FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q4), SUM(FF_SALES, FQ2024Q1, FQ2024Q4) "
     "FOR COBR"),
    ("Cobalt Retail's quarterly sales in fiscal 2024 and the average",
     "FF_SALES(FQ2024Q1), FF_SALES(FQ2024Q2), FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q4), AVG(FF_SALES, FQ2024Q1, FQ2024Q4) "
     "FOR COBR"),
])
def test_quarters_of_a_year_and_their_total(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Cobalt Retail's sales in fiscal 2024 and the total",  # one period: no total of it
    "Cobalt Retail's P/E for each quarter of fiscal 2024 and the average",  # a multiple: no average
])
def test_one_period_or_a_multiple_has_no_total(question: str) -> None:
    refused(question)


# 13. code health: f38n's "_same_logic" ran the joined conditions with ``eval`` (a word it did not replace, "NOT (...)",
#     was a NameError out of the reading); read now as a tree of "and" / "or", a join it cannot read counts as the same
def test_same_logic_reads_and_or_only() -> None:
    from finql.translate.compose import _same_logic

    a, b, c = "FG_PE(D0) < 10", "FG_DIV_YIELD(D0) > 3", "FF_NET_INC(FY2024) > 100"
    assert _same_logic(f"{a} OR {b} AND {c}", f"{a} OR ({b} AND {c})", [a, b, c])
    assert not _same_logic(f"({a} OR {b}) AND {c}", f"{a} OR ({b} AND {c})", [a, b, c])
    assert _same_logic(f"NOT ({a}) AND {b}", f"{a} AND {b}", [a, b])  # unreadable: the words' text kept, no error
    assert _same_logic(f"{a} AND {b}", "__import__('os')", [a, b])


# 14. f38n's brackets among conditions, inside "neither ... nor": a bracket that groups a member (the run of "nor"
#     ended inside it: NOT (A OR B) AND C), or opens right after "neither" (the word dropped: A AND B OR C)
@pytest.mark.parametrize("question", [
    "Which banks have neither a P/E below 10 nor (a yield above 3% and net income above 100)?",
    "Which banks have neither (a P/E below 10 and a yield above 3%) nor net income above 100?",
])
def test_neither_with_a_bracketed_group_is_refused(question: str) -> None:
    assert "neither" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which banks have neither a P/E below 10 nor a yield above 3%?",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), NOT (FG_PE(D0) < 10 OR FG_DIV_YIELD(D0) > 3))'),
    ("Which banks are neither profitable nor paying a dividend, and have a P/E below 10?",
     'NAME, FF_NET_INC(FY2024), FF_DPS(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), NOT (FF_NET_INC(FY2024) > 0 OR '
     'FF_DPS(FY2024) > 0) AND FG_PE(D0) < 10)'),
])
def test_neither_nor_stays(question: str, query: str) -> None:
    assert q(question) == query

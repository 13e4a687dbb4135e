"""Round 40 (f40c): the commonest refusals of answerable golds, by cause — a measure's own verb said beside that
measure ("net income X earned", "employ more than 150,000 people", "declared"), and the money made asked in a clause
of its own beside another measure ("..., and what did it earn last year?"). Rules alone; every phrasing here is this
file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a measure's own verb, said in a clause that names that measure, only says it again ---------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which insurers employ fewer than 20,000 people?",
     "NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY(\"Insurance\"), FF_EMPLOYEES(FY2024) < 20000)"),
    ("How many staff did Cobalt Motors and Eastgate Motors employ in fiscal 2023?", "FF_EMPLOYEES(FY2023) FOR COBA, EASM"),
    ("Which banks employed over 100,000 staff at the end of 2023?",
     "NAME, FF_EMPLOYEES(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_EMPLOYEES(FY2023) > 100000)"),
    ("What was the total free cash flow Falcon Software earned over FY2021 to FY2023?", "SUM(FF_FCF, FY2021, FY2023) FOR FALC"),
    ("Net income Cobalt Motors earned in 2023?", "FF_NET_INC(FY2023) FOR COBA"),
    ("What did Falcon Software earn in operating income last year?", "FF_OPER_INC(FY2024) FOR FALC"),
    ("What dividend per share did Umbra Beverages declare for fiscal 2022?", "FF_DPS(FY2022) FOR UMBR"),
    ("Which banks employ more than 100,000 people and earn a P/E below 10?",
     "NAME, FF_EMPLOYEES(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FF_EMPLOYEES(FY2024) > 100000 AND "
     "FG_PE(D0) < 10)"),
])
def test_a_measures_own_verb_beside_it_says_it_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # the verb beside a measure outside its family: not a restatement (money earned is no cash, debt is not employed)
    ("How much cash did Falcon Software earn in 2023?", "earn"),
    ("How much debt did Cobalt Motors employ in 2023?", "employ"),
    ("Which companies employ more capital than their sales?", "employ"),
    # the verb with no measure of its family named
    ("What did Cobalt Motors declare in 2023?", "declare"),
    ("How much did Cobalt Motors' shares earn in 2024?", "earn"),  # the stock's, never the company's income
])
def test_the_verb_beside_another_measure_stays_refused(question: str, named: str) -> None:
    assert named in refused(question)


# --- 2. the money made asked in a clause of its own, beside another measure, is the net income ------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("How many people does Cobalt Motors employ, and how much did it earn in 2023?",
     "FF_EMPLOYEES(FY2023), FF_NET_INC(FY2023) FOR COBA"),
    ("What was Northwind Systems' P/E today, and what did it make last year?", "FG_PE(D0), FF_NET_INC(FY2024) FOR NWSY"),
    ("Show Falcon Software's debt at the end of 2024; what did it earn that year?",
     "FF_DEBT(FY2024), FF_NET_INC(FY2024) FOR FALC"),
    # the per-share verb keeps its own reading
    ("What were Falcon Software's sales in 2023, and what did it earn per share?", "FF_SALES(FY2023), FF_EPS(FY2023) FOR FALC"),
])
def test_money_made_in_a_clause_of_its_own_is_the_net_income(question: str, query: str) -> None:
    assert q(question) == query


def test_a_stock_gain_in_a_clause_of_its_own_is_no_income() -> None:
    # (round 41, f41n: the stock's gain over the period said is its return, never the income; it was refused, naming
    # "gain")
    assert q("What were Falcon Software's sales and how much did its shares gain in 2024?") == \
        "FF_SALES(FY2024), P_RETURN(2023-12-31, 2024-12-31) FOR FALC"


# --- 3. a measure's state or course asked by a verb that says no change: its value (at each period said) -------------


@pytest.mark.parametrize(("question", "query"), [
    ("How has Falcon Software's operating income evolved over fiscal 2021, 2022 and 2023?",
     "FF_OPER_INC(FY2021), FF_OPER_INC(FY2022), FF_OPER_INC(FY2023) FOR FALC"),
    ("How did Falcon Software's EPS develop over fiscal 2021, 2022 and 2023?",
     "FF_EPS(FY2021), FF_EPS(FY2022), FF_EPS(FY2023) FOR FALC"),
    ("How have Falcon Software's sales progressed over the last three fiscal years?",
     "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"),
    ("Where does Falcon Software's debt stand at the end of fiscal 2024?", "FF_DEBT(FY2024) FOR FALC"),
    ("Where do the banks stand on P/E today?", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"))"),
    ("How does Falcon Software's P/E stand today?", "FG_PE(D0) FOR FALC"),
])
def test_a_measures_state_or_course_is_its_value(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("How has Falcon Software's net income developed from 2020 to 2024?", "developed"),  # two ends: a change maybe
    ("How has Falcon Software's share price developed over the last three months?", "developed"),  # a return
    ("Where does Falcon Software's share price stand today?", "stand"),
    ("Which banks stand out on P/E today?", "stand"),  # "stand out": no value asked
    ("Where does Falcon Software stand?", "stand"),  # no measure said
])
def test_a_course_that_may_be_a_change_stays_refused(question: str, named: str) -> None:
    assert named in refused(question)


# --- 4. a balance said as the state a period ended with: the balance at that period ------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which utilities ended fiscal 2023 with more cash than debt?",
     "NAME, FF_CASH(FY2023), FF_DEBT(FY2023) FOR SCREEN(SECTOR(\"Utilities\"), FF_CASH(FY2023) > FF_DEBT(FY2023))"),
    ("Which banks finished 2023 with equity above 50 billion?",
     "NAME, FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_EQUITY(FY2023) > 50000)"),
    # "closed" was the share's close beside it (a price column)
    ("Which banks closed fiscal 2023 with debt below 10 billion?",
     "NAME, FF_DEBT(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_DEBT(FY2023) < 10000)"),
    ("Which airlines ended 2023 with net debt above 5 billion?",
     "NAME, FF_DEBT(FY2023) - FF_CASH(FY2023) FOR SCREEN(INDUSTRY(\"Airlines\"), FF_DEBT(FY2023) - FF_CASH(FY2023) > 5000)"),
])
def test_a_balance_a_period_ended_with(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # "that year" after a range: which year is not read here (the latest year was answered when it was dropped)
    # (round 41, f41p: "ended that year with" now reads the year said before; after a range it is no one year, and
    # the refusal names "that year", the words that say no year, rather than the verb)
    ("Which airlines grew sales from 2021 to 2022 and ended that year with net cash?", "that year"),
    ("Which airlines grew sales in 2022 and ended that year with a profit?", "ended"),  # a flow, no balance
    ("Which utilities ended fiscal 2023 with sales above 10 billion?", "ended"),
])
def test_an_end_that_is_no_balance_stays_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_a_stock_closing_a_year_with_a_gain_is_its_return() -> None:
    assert q("Which stocks closed 2023 with a gain?") == \
        "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(ALL, P_RETURN(2022-12-31, 2023-12-31) > 0)"


# (lead, merging round 40: two of round 27's and 31's cases the rules above reached; the clean-clone CI found them)
@pytest.mark.parametrize(("question", "named"), [
    # whether a dividend (a profit) was declared (earned) is a condition, not its amount: all companies were listed
    ("Which companies declared a dividend in fiscal 2023?", "declared"),
    ("Which banks declared any dividend in 2024?", "declared"),
    ("Did Ashford Metals declare a dividend in 2022?", "declare"),
    # beside a per-share measure "what did it earn" may be the earnings per share
    ("What dividend did Ashford Metals pay in 2022, and what did it earn last year?", "earn"),
    ("What was Ashford Metals' EPS in 2022, and what did it earn last year?", "earn"),
])
def test_a_verb_of_whether_or_beside_a_per_share_measure_stays_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("What dividend per share did Ashford Metals declare for fiscal 2022?", "FF_DPS(FY2022) FOR ASHM"),
    ("How many people does Ashford Metals employ, and what did it earn last year?",
     "FF_EMPLOYEES(FY2024), FF_NET_INC(FY2024) FOR ASHM"),
])
def test_the_amount_asked_still_reads(question: str, query: str) -> None:
    assert q(question) == query

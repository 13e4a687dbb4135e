"""Round 36 (r36): the review of round 35. Each mend is a reading round 35 answered wrongly, now refused naming the
words (or read as before where it was right), asserted in a few registers.

- a set narrowed by the asker's own choice said as a relative clause with no comma ("Which banks that I own ...",
  "which insurers we hold ..."), or between commas opening with "which" or "ones" ("..., which I own, ...", "...,
  ones I own, ..."), or with a word of FILLER in it ("the ones you listed"): the set had been answered whole;
- "earned more than 500 million dollars in cash" (in dividends): the verb a light one only before an income (a flow),
  never before a balance or a per-share figure (the cash balance, the DPS above 500,000,000 had been answered);
- an "i.e." restatement keeps the direction of its bound ("above 2 (i.e. below 2)" had been answered as above 2);
- minutes' action line: who answers is a name, initials or a team ("Action: net income too, due Friday." had dropped
  the net income).
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

BANKS_PE = 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'


# ----------------------------------------------------------------------------- a set the asker chose
@pytest.mark.parametrize(("question", "words"), [
    ("Which banks that I own have a P/E below 10?", "that i own"),
    ("which banks i hold have a p/e under 10", "i hold"),
    ("Which insurers we hold trade on a P/E below 10?", "we hold"),
    ("Which banks, which I own, have a P/E below 10?", "which i own"),
    ("Which banks, ones I own, have a P/E below 10?", "ones i own"),
    ("Which banks, the ones you listed, have a P/E below 10?", "the ones you listed"),
    ("Could you tell me which banks that we own have a P/E below 10?", "that we own"),
])
def test_a_set_the_asker_chose_is_refused_naming_it(question: str, words: str) -> None:
    assert f"'{words}'" in refused(question)


@pytest.mark.parametrize("question", [
    "Which banks have a P/E below 10?",
    "Which banks, as I said, have a P/E below 10?",
    "Which banks have a P/E below 10, as I said?",
])
def test_a_set_with_no_choice_said_is_read(question: str) -> None:
    assert q(question) == BANKS_PE


def test_the_companies_the_asker_can_see_are_the_data() -> None:
    # (t14b-109: "that I can see" is what the asker may see, no choice: read whole)
    assert q("Which banks that I can see have a P/E below 10?") == BANKS_PE


# ----------------------------------------------------------------------------- "earned" before a measure
@pytest.mark.parametrize("question", [
    "Which airlines earned more than 500 million dollars in cash last year?",
    "which airlines earned over 500m in dividends in 2024",
    "Kindly identify the airlines that earned in excess of 500 million dollars in equity in fiscal 2024.",
])
def test_earned_before_a_balance_or_per_share_figure_is_refused(question: str) -> None:
    assert "'earned'" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which airlines earned more than 500 million in revenue in 2023?",
     'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Airlines"), FF_SALES(FY2023) > 500)'),
    ("Which airlines earned more than 4600 million dollars of net income in 2023?",
     'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Airlines"), FF_NET_INC(FY2023) > 4600) IN USD'),
    ("which airlines earned more than 500 million dollars in free cash flow last year",
     'NAME, FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Airlines"), FF_FCF(FY2024) > 500) IN USD'),
])
def test_earned_before_an_income_is_a_light_verb(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- a restated bound keeps its direction
@pytest.mark.parametrize("question", [
    "Which banks have a debt to equity ratio above 2 (i.e. below 2)?",
    "Banks whose debt to equity ratio is over 2, that is, under 2.",
    "which banks have debt to equity above 2 (i.e. less than 2)",
])
def test_a_restatement_that_turns_the_bound_is_refused(question: str) -> None:
    refused(question)


def test_a_restatement_with_the_same_bound_is_read() -> None:
    assert q("Which banks have a debt to equity ratio below 2 (i.e. under 2)?") == (
        'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
        "FF_DEBT(FY2024) / FF_EQUITY(FY2024) < 2)")


# ----------------------------------------------------------------------------- minutes' action line
@pytest.mark.parametrize("question", [
    "What is Cobalt Motors' P/E today? Action: net income too, due Friday.",
    "Minutes, risk committee, item 2: Cobalt Motors' P/E today. Follow-up: revenue growth, by next week.",
    "what's cobalt motors' p/e today? action: dividend yield, due next meeting.",
])
def test_an_action_line_that_names_a_figure_is_not_dropped(question: str) -> None:
    refused(question)


@pytest.mark.parametrize("question", [
    "What is Cobalt Motors' P/E today? Action: JL, due Friday.",
    "What is Cobalt Motors' P/E today? Owner: Dana Cole, due next week.",
    "What is Cobalt Motors' P/E today? Action: data team to report back by Friday.",
])
def test_an_action_line_of_a_person_or_team_is_dropped(question: str) -> None:
    assert q(question) == "FG_PE(D0) FOR COBA"


# ----------------------------------------------------------------------------- a period taken back for one company
@pytest.mark.parametrize("question", [
    "Net income of Cobalt Motors and Ivory Bancorp in 2023, make that 2024 for Ivory Bancorp",
    "Could you send me the net income of Cobalt Motors and Ivory Bancorp for fiscal 2023 - sorry, 2024 for Ivory "
    "Bancorp.",
    "cobalt motors and ivory bancorp net income 2023 i mean 2024 for ivory bancorp",
])
def test_a_period_taken_back_for_one_of_the_companies_is_refused(question: str) -> None:
    assert "2024 for ivory bancorp" in refused(question).lower()


@pytest.mark.parametrize("question", [
    "Net income of Cobalt Motors and Ivory Bancorp in 2023, sorry, 2024",
    "Net income of Cobalt Motors and Ivory Bancorp in 2023 - I mean 2024 for both",
])
def test_a_period_taken_back_for_all_is_read(question: str) -> None:
    assert q(question) == "FF_NET_INC(FY2024) FOR COBA, IVOR"

"""Round 35 (r35): the review of round 34 (b830415d..1dc4bd06). Wrong readings found by questions written against
round 34's rules, each now refused (naming the words) or read right, in the set's register and two others:

- a comma-set noun phrase or remark that says which companies are meant is no aside (``framing._ASIDE_CHOOSES``,
  ``_LEAD_RESTRICTS``): "Which banks, the ones that we rate as cheap, ..." dropped the restriction;
- a sentence set aside as context that asks a cause ("What caused it?", "... - what drove that?", "And how come?")
  asks why (``pipeline._asks_why``): the move's figure was answered;
- "under 0.8x book and under 20% debt to equity": a percentage after a multiple's bound is no second bound of it
  (text.normalize; the P/B was compared with 20, the debt to equity only shown)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# ---------------------------------------------------------------------------------------- an aside that chooses
ASIDE_CHOOSES = [
    ("Which banks, the ones that we rate as cheap, have a P/E below 10?", "rate"),
    ("which banks, the ones we rate as cheap, have a p/e under 10", "rate"),
    ("Could you list the banks, the ones that we rate as cheap, whose P/E is below 10?", "rate"),
    ("Which banks, as we exclude any with losses, have a P/E below 10?", "exclude"),
    ("banks, as we exclude any with losses, with p/e < 10 pls", "exclude"),
    ("Kindly identify those banks, as we exclude any with losses, whose P/E is below 10.", "exclude"),
    ("Which banks, the ones in my euro portfolio, returned more than 10% in 2023?", "portfolio"),
    ("which banks, the ones in my portfolio, were up more than 10% in 2023", "portfolio"),
    ("Which banks, the lenders our fund holds, returned more than 10% in 2023?", "fund"),
]


@pytest.mark.parametrize(("question", "word"), ASIDE_CHOOSES, ids=[x[0][:40] for x in ASIDE_CHOOSES])
def test_an_aside_that_chooses_the_companies_is_refused(question: str, word: str) -> None:
    assert word in refused(question).lower()


ASIDE_READ = [
    ("Which banks, and I do mean all of them, returned more than 10% in 2023?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2022-12-31, 2023-12-31) > 10)'),
    ("Which banks, a short window I admit, returned more than 10% in 2023?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2022-12-31, 2023-12-31) > 10)'),
    ("Which utilities, and I admit the list is short, have a P/E below 15?",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'),
]


@pytest.mark.parametrize(("question", "query"), ASIDE_READ, ids=[x[0][:40] for x in ASIDE_READ])
def test_an_aside_that_chooses_nothing_still_reads(question: str, query: str) -> None:
    assert q(question) == query


# ---------------------------------------------------------------------------------------- a cause asked as context
ASKS_A_CAUSE = [
    ("Falcon Software's revenue fell in fiscal 2023. What caused it?", "caused"),
    ("falcon software revenue fell in FY2023. what caused that", "caused"),
    ("Falcon Software's revenue fell in fiscal 2023 - what drove that?", "drove"),
    ("What was Falcon Software's revenue growth in fiscal 2023? What was behind it?", "behind"),
    ("What was Falcon Software's revenue growth in fiscal 2023? The reasons for it?", "reasons"),
    ("What was Falcon Software's revenue in fiscal 2023? And how come?", "how come"),
    ("Kindly state Falcon Software's revenue for fiscal 2023. And how come?", "how come"),
]


@pytest.mark.parametrize(("question", "word"), ASKS_A_CAUSE, ids=[x[0][:40] for x in ASKS_A_CAUSE])
def test_a_context_sentence_asking_a_cause_is_refused(question: str, word: str) -> None:
    message = refused(question)
    assert "why" in message and word in message.lower()


@pytest.mark.parametrize("question", [
    "What was Falcon Software's revenue in fiscal 2023? no idea why they missed",
    "What was Falcon Software's revenue in fiscal 2023? no clue why I care tbh",
])
def test_a_remark_saying_why_still_reads(question: str) -> None:
    assert q(question) == "FF_SALES(FY2023) FOR FALC"


# ---------------------------------------------------------------------------------------- a percentage after a multiple
SECOND_BOUND = [
    ("Which banks trade under 0.8x book and under 20% debt to equity?",
     'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024), FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
     'FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < 0.8 AND FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 < 20)'),
    ("banks trading under 0.8x book and under 20% debt to equity",
     'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024), FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
     'FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < 0.8 AND FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 < 20)'),
    ("Please list the banks that trade at less than 0.8 times book and less than 20% debt to equity.",
     'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024), FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
     'FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < 0.8 AND FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 < 20)'),
    # the second bound of the same multiple is still read
    ("Which banks trade above 8 times earnings but below 12?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 8 AND FG_PE(D0) < 12)'),
]


@pytest.mark.parametrize(("question", "query"), SECOND_BOUND, ids=[x[0][:40] for x in SECOND_BOUND])
def test_a_percentage_after_a_multiple_is_its_own_measure(question: str, query: str) -> None:
    assert q(question) == query


# ---------------------------------------------------------------------------------------- one list of a count's moves
PEOPLE_OF_ANOTHER = [
    "By how many people did Falcon Software's sales grew in fiscal 2023?",
    "by how many people did falcon software's sales rose in FY2023",
    "Please state by how many employees did Falcon Software's revenue fell in fiscal 2023.",
    "By how many shares did Falcon Software's net income shrank in fiscal 2023?",
]


@pytest.mark.parametrize("question", PEOPLE_OF_ANOTHER, ids=[x[:40] for x in PEOPLE_OF_ANOTHER])
def test_a_count_as_the_unit_of_another_measure_is_refused_in_every_tense(question: str) -> None:
    assert "by how many" in refused(question).lower()


def test_the_count_of_its_own_measure_still_reads() -> None:
    assert q("By how many employees did Falcon Software's headcount grow in fiscal 2023?") == \
        "FF_EMPLOYEES(FY2023) - FF_EMPLOYEES(FY2022) FOR FALC"


# ---------------------------------------------------------------------------------------- a round 34 rule no test held
# (f34g's "I should be glad if you could ..." in text.COURTESY: breaking it failed no test; the asking frame does not
# take "should be glad if", so the request was refused naming "should", "glad if")
@pytest.mark.parametrize("question", [
    "I should be glad if you could list the banks with a P/E below 10.",
    "we'd be so pleased if you could list banks with p/e under 10",
    "We should be most pleased if you would kindly list the banks whose P/E is below 10.",
])
def test_a_letter_glad_if_you_could_reads_the_request(question: str) -> None:
    assert q(question) == 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'

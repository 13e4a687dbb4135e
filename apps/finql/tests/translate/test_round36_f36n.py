"""Round 36 (f36n): round 35's noticed list. A topic said first that names a company the rest does not ask is named;
the share moves' verbs built from the change verbs' home; a headline's "up?" the request does not show is named."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate import compose, structure, text

# ----------------------------------------------------------------------------- 2. a topic naming another company


@pytest.mark.parametrize("question, named", [
    ("Regarding Northwind Systems, what was Falcon Software's revenue in 2024?", "northwind systems"),
    ("As for Northwind Systems, what was Falcon Software's revenue in 2024?", "northwind systems"),
    ("With respect to Falcon Software, what was Northwind Systems' net income in FY2024?", "falcon software"),
    ("Concerning FALC: what was NWSY's net income in FY2024?", "falc"),
])
def test_topic_of_another_company_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


@pytest.mark.parametrize("question, query", [
    # the rest speaks of the topic's company again: read as before
    ("With respect to Northwind Systems, what was its revenue and Falcon Software's in 2024?",
     "FF_SALES(FY2024) FOR NWSY, FALC"),
    ("Regarding Northwind Systems, what was Northwind Systems' revenue in 2024 and Falcon Software's?",
     "FF_SALES(FY2024) FOR NWSY, FALC"),
    ('Regarding Valley Payments ("Valley"), please provide Valley\'s cash balance at the end of the most recent '
     "fiscal quarter.", "FF_CASH(FQ0) FOR VALL"),
    ("Regarding Northwind Systems, what was the revenue in 2024?", "FF_SALES(FY2024) FOR NWSY"),
])
def test_topic_named_again_is_read(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- 3. the move verbs' home


def test_move_verbs_built_from_the_change_verbs_home() -> None:
    assert structure._MOVE_UP is text.MOVE_UP and structure._MOVE_DOWN is text.MOVE_DOWN
    assert compose.MOVE_UP is text.MOVE_UP and compose.MOVE_DOWN is text.MOVE_DOWN
    for verbs, moves in ((text.ROSE, text.MOVE_UP), (text.FELL, text.MOVE_DOWN)):
        for form in verbs.split("|"):
            assert text.re.fullmatch(f"(?:{text.CHANGE_VERBS})", form), form
            assert form in moves.split("|"), form
    # the same words as before the move (round 35's lists): no form added or lost
    assert text.MOVE_UP.split("|")[:8] == ["rose", "gained", "gain", "gains", "gaining", "climbed", "climb", "climbs"]
    assert text.MOVE_DOWN.split("|")[:5] == ["fell", "dropped", "declined", "lost", "lose"]
    for form in ("rise", "risen", "falling", "declines", "dropping", "decreased"):
        assert text.re.fullmatch(f"(?:{text.CHANGE_VERBS})", form), form
        assert form not in text.MOVE_UP.split("|") + text.MOVE_DOWN.split("|"), form


@pytest.mark.parametrize("question, query", [
    ("Which airline rose the most in 2024?", 'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Airlines")) '
     "SORT P_RETURN(2023-12-31, 2024-12-31) DESC TOP 1"),
    ("Which airline fell the most in 2024?", 'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Airlines")) '
     "SORT P_RETURN(2023-12-31, 2024-12-31) ASC TOP 1"),
    ("Which banks dropped more than 10% in 2024?", 'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks"), '
     "P_RETURN(2023-12-31, 2024-12-31) < -10)"),
])
def test_moves_read_as_before(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- 5. a headline's direction not shown


@pytest.mark.parametrize("question, word", [
    ("Falcon Software up? net income FY2024", "up"),
    ("Falcon Software down? revenue FY2024", "down"),
    ("FALC down?? dividend per share FY2024", "down"),
])
def test_claimed_direction_not_shown_is_named(question: str, word: str) -> None:
    assert f"'{word}'" in refused(question)


def test_claimed_direction_answered_by_a_return_is_read() -> None:
    assert q("Falcon Software up? share price return in 2024") == "P_RETURN(2023-12-31, 2024-12-31) FOR FALC"


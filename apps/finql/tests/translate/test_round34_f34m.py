"""Round 34 (f34m): metamorphic robustness, round 13. A reading must not change under rewordings of the question's
inside that rounds 22 to 33 did not try: the asker's hedge on a word set off by commas, dashes or brackets ("X's, say,
net income", "net income - if that is the right term - of X", "(or thereabouts)"), a topic said first with a
preposition of its own ("Regarding fiscal 2023, ...", "When it comes to X, ..."), the level said as a noun ("the size
of X's sales"), the passive's verbs of reporting ("disclosed by X", "booked", "as published") and the multiplication
sign after a multiple ("11\u00d7 earnings"). Own questions, not the golden sets' (the round measured 368 kinds over the
golds with a script outside the repository, see docs/finql-translation.md, "Round 34 (f34m)")."""

from __future__ import annotations

import re

import pytest
from reading_helpers import q, refused, reworded

BASE = [
    ("What was Cobalt Power's operating income in fiscal 2023?", "FF_OPER_INC(FY2023) FOR COBP"),
    ("What were Falcon Software's sales in fiscal 2022?", "FF_SALES(FY2022) FOR FALC"),
]

_PARTS = re.compile(r"^What (?P<v>was|were) (?P<own>.+?'s) (?P<m>[a-z ]+?) (?P<per>in fiscal \d{4})\?$")


def _parts(fmt: str):
    """A rewording built from the parts of "What was X's M in P?" (``fmt`` names them); other questions are left."""
    def f(s: str) -> str:
        m = _PARTS.match(s)
        if not m:
            return s
        per = m.group("per")
        bare = per.removeprefix("in ")
        return fmt.format(v=m.group("v"), own=m.group("own"), name=m.group("own")[:-2], m=m.group("m"), per=per,
                          bare=bare, Bare=bare[0].upper() + bare[1:])
    return f


REWORDINGS = {
    # the asker's hedge on a word, set off by a pair of marks
    "say after owner": _parts("What {v} {own}, say, {m} {per}?"),
    "let's say": _parts("What {v} {own}, let's say, {m} {per}?"),
    "right term dashes": _parts("What {v} {own} {m} \u2014 if that is the right term \u2014 {per}?"),
    "correct term brackets": _parts("What {v} the {m} (if that is the correct term) of {name} {per}?"),
    "whatever the term": _parts("What {v} the {m}, or whatever the right term is, of {name} {per}?"),
    "thereabouts": _parts("What {v} {own} {m} (or thereabouts) {per}?"),
    "so to speak": _parts("What {v} {own} {m}, so to speak, {per}?"),
    "broadly speaking": _parts("What {v} {own}, broadly speaking, {m} {per}?"),
    "loosely speaking": _parts("What {v} the {m} (loosely speaking) of {name} {per}?"),
    "in effect": _parts("What {v} {own} {m}, in effect, {per}?"),
    "essentially": _parts("What {v} {own}, essentially, {m} {per}?"),
    "manner of speaking": _parts("What {v} the {m}, in a manner of speaking, of {name} {per}?"),
    "so to speak last": _parts("What {v} {own} {m} {per}, so to speak?"),
    # a topic said first
    "regarding period": _parts("Regarding {bare}, what {v} {own} {m}?"),
    "looking at period": _parts("Looking at {bare}, what {v} {own} {m}?"),
    "turning to period": _parts("Turning to {bare}: what {v} {own} {m}?"),
    "speaking of period": _parts("Speaking of {bare}, what {v} {own} {m}?"),
    "with respect to period": _parts("With respect to {bare}, what {v} {own} {m}?"),
    "focusing on period": _parts("Focusing on {bare}, what {v} {own} {m}?"),
    "when it comes to": _parts("When it comes to {name}, what {v} the {m} {per}?"),
    "in the case of": _parts("In the case of {name}, what {v} the {m} {per}?"),
    "switching to": _parts("Switching to {name}, what {v} its {m} {per}?"),
    "concerning dash": _parts("Concerning {name} - what {v} the {m} {per}?"),
    # the level as a noun, the passive's verbs
    "size of": _parts("What {v} the size of {own} {m} {per}?"),
    "magnitude of": _parts("What {v} the magnitude of {own} {m} {per}?"),
    "extent of": _parts("The extent of {own} {m} {per}?"),
    "disclosed by": _parts("What {m} {v} disclosed by {name} {per}?"),
    "as published": _parts("What {v} {own} {m} (as published) {per}?"),
    "published by": _parts("What {v} the {m} published by {name} {per}?"),
    # combinations
    "fronted and hedged": _parts("Regarding {bare}, what {v} {own}, say, {m}?"),
    "size and thereabouts": _parts("When it comes to {name}, what {v} the size of its {m} (or thereabouts) {per}?"),
}


@pytest.mark.parametrize(("question", "reworded_question", "query"), reworded(BASE, REWORDINGS))
def test_reworded_inside_reads_the_same(question: str, reworded_question: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_question) == query


@pytest.mark.parametrize(("question", "query"), [
    # the multiplication sign after a multiple's number (was a P/E made of the price and the latest EPS)
    ("energy names trading under 11\u00d7 earnings", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Energy"), FG_PE(D0) < 11)'),
    ("Which banks trade below 9 \u00d7 earnings?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 9)'),
    ("utilities on less than 14\u00d7 earnings", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 14)'),
    # a passive's verb of reporting before a return (an income's "booked by" was read already)
    ("What was the share price return booked by Cobalt Power during calendar 2023?",
     "P_RETURN(2022-12-31, 2023-12-31) FOR COBP"),
    # a hedge set off before a threshold
    ("Which banks have a P/E above, say, 12?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 12)'),
])
def test_class_cases(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Which banks have a P/E of more or less than 12?",  # no hedge: a comparison nobody can read
    "What is the size of Cobalt Power?",  # "size" alone is no measure FinQL has
    "Say what Cobalt Power's sales were in fiscal 2023, and whether they grew.",  # "say" not set off
    "Considering only banks, which have a P/E above 12?",  # "considering" before no period or name: left
])
def test_near_misses_stay_refused(question: str) -> None:
    refused(question)


"""Round 34 (f34s): the question's own clause inside hedged, polite, academic prose. The asking frame is read by its
grammar (``text.ASKING_FRAME``: who asks, an auxiliary, adverbs of degree and politeness, a verb of wanting with its
verb of knowing, a wish or a wonder with a second person's request, an impersonal "it would be <helpful> to know",
hedges said before and politeness asides between commas), so that combinations nobody listed read as the question
inside them; a frame word that carries meaning ("not", "only", "whether", "if", a doubt) is in no class, and stays
refused. Own wordings (the round's bench of 260 generated frames is described in docs/finql-translation.md, "Round 34
(f34s)")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reading_helpers import q, refused, reworded

BASE = [
    ("What was Northwind Systems's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR NWSY"),
    ("What is Falcon Software's market cap?", "FG_MKT_CAP(D0) FOR FALC"),
    ("Which banks had a P/E below 10?", "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 10)"),
]


def embedded(fmt: str) -> Callable[[str], str]:
    """The question said as the frame's clause: "What was NP?" -> "what NP was", "Which ...?" -> "which ..."."""
    def put(s: str) -> str:
        for lead, verb in (("What was ", "was"), ("What is ", "is")):
            if s.startswith(lead):
                return fmt.format(wh=f"what {s[len(lead):].rstrip('?')} {verb}")
        return fmt.format(wh=s[0].lower() + s[1:].rstrip("?"))
    return put


# each class with three wordings or more (the words of a class combined as no round listed them)
REWORDINGS = {
    # who asks, an auxiliary, adverbs, a verb of wanting and one of knowing
    "welcome the opportunity": embedded("We would welcome the opportunity to understand {wh}."),
    "should be most interested": embedded("We should be most interested to learn {wh}."),
    "one naturally wish": embedded("One would naturally wish to ascertain {wh}."),
    "team and I keen": embedded("My team and I are keen to establish {wh}."),
    "curious if I may": embedded("I am rather curious, if I may, to understand {wh}."),
    # a wish or a wonder, then a second person's request
    "wondering whether you": embedded("I was wondering whether you might be able to tell me {wh}."),
    "obliged if you could": embedded("I'd be most obliged if you could possibly indicate {wh}."),
    "hope you might clarify": embedded("I hope you might be able to clarify {wh}."),
    "perhaps you could set out": embedded("Perhaps you could kindly set out {wh}."),
    "enlighten as to": embedded("I'd be grateful if you would enlighten me as to {wh}."),
    # the impersonal frame
    "enormously helpful": embedded("It would be enormously helpful to know {wh}."),
    "illuminating for our purposes": embedded("It would be most illuminating, for our purposes, to learn {wh}."),
    "useful for me": embedded("It would be useful for me to understand {wh}."),
    # a hedge or a discourse word said before the frame
    "incidentally I suspect": embedded("Incidentally, I suspect it would be valuable to know {wh}."),
    "frankly one would welcome": embedded("Frankly, one would genuinely welcome the chance to understand {wh}."),
    "must confess": embedded("I must confess I would like to understand {wh}."),
    # a politeness aside inside the frame, between commas
    "aside if at all possible": embedded("I would, if at all possible, be keen to ascertain {wh}."),
    "aside out of interest": embedded("Could you, out of interest, tell me {wh}?"),
    "aside in short": embedded("In short, it would be good to see {wh}."),
    "purposes of a note": embedded("It would be instructive, for the purposes of our sector note, to establish {wh}."),
    # "worth knowing", and the request said by inversion
    "worth establishing": embedded("It would be well worth establishing {wh}."),
    "may I ask out of interest": embedded("May I ask, out of interest, {wh}?"),
    "trouble you to": embedded("Might I trouble you to find out {wh}?"),
    "prevail upon you": embedded("Could we perhaps prevail upon you to indicate {wh}?"),
}


@pytest.mark.parametrize(("question", "reworded_", "query"), reworded(BASE, REWORDINGS))
def test_the_question_inside_its_frame_reads_as_said_plainly(question: str, reworded_: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_) == query


# near misses: a frame word that changes what is asked is in no class, and the question stays refused (or keeps its
# restriction)
@pytest.mark.parametrize("question", [
    "I doubt that Northwind Systems's P/E is below 10.",  # a doubt: no question asked
    "I suspect that Northwind Systems's P/E is below 10.",  # a hedge with no frame after it
    "I imagine Falcon Software's market cap is above 1,000.",
    "I would not like to know which banks had a P/E below 10.",  # the negation is no adverb of the frame
    "I would like to know whether Northwind Systems's P/E is below 10.",  # a yes/no question stays one
    "Perhaps you could tell me what Northwind Systems's P/E would be if it was above 10.",  # a condition
    "It would be helpful to know what Northwind Systems's net income would be if sales doubled.",
    "I was wondering whether Northwind Systems's net income was above 100 in fiscal 2023.",
    "May I ask whether Northwind Systems's P/E is below 10?",
    "It may be worth asking whether any banks had a P/E below 10.",
])
def test_a_frame_that_changes_the_question_stays_refused(question: str) -> None:
    refused(question)


@pytest.mark.parametrize("question", [
    "I would like to know, excluding banks, which Financials companies had a P/E below 10.",
    "It would be most helpful to learn which Financials companies, excluding banks, had a P/E below 10.",
    "I was hoping you could tell me, if possible, which Financials companies other than banks had a P/E below 10.",
])
def test_a_restriction_inside_the_frame_is_kept(question: str) -> None:
    got = q(question)
    assert got is None or "Banks" not in got and "Financials" in got and "FG_PE(D0) < 10" in got, got

"""Round 20 (q20): the claim gate's statement names the thing the question asks about.

A passage the citation gate passes names the thing asked about somewhere (text, heading or title); the claim gate then
found one statement (two adjacent sentences) naming enough of the question's terms. The two could be different
sentences: the thing named in passing, on another topic, and the other terms stated together about a neighbouring
feature. Since round 20 the claim gate counts only a statement that names the thing itself (``Answerer._asked``)."""

from __future__ import annotations

from types import SimpleNamespace

from questionnaire.answer import CLAIM_MIN, Answerer, Candidate, Draft, claim_share
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage, best_statement
from questionnaire.support import Features
from questionnaire.types import Chunk, Question

ASKED = Question("1", "Does the scheduler keep its job queue in Valkey between restarts?")
# The scheduler's own statement about its queue, and the store asked about named two sentences later, elsewhere.
APART = ("The scheduler keeps its job queue in the metadata database, so queued jobs survive restarts. Operators "
         "read the morning report at nine. Rate limits are counted per token, and a Valkey instance may hold the "
         "counters.")
TOGETHER = "The scheduler can keep its job queue in Valkey, so queued jobs survive restarts."
# How many: the counted thing named in the statement that gives the number, or only in another one.
# (Round 39: "many" of the "how many" frame is no concept, so the question names one more topic word, "production",
# to keep the counted thing under the claim gate's share on its own.)
COUNTED = Question("2", "How many replicas does the tracing collector run in production?")
COUNT_APART = ("The tracing collector runs as three processes behind the load balancer. The weather was fine. Every "
               "replica writes its own log file.")
COUNT_TOGETHER = "The tracing collector runs three replicas behind the load balancer."


def _answerer() -> Answerer:
    a = object.__new__(Answerer)
    a.retriever = SimpleNamespace(absent=lambda c: False)  # type: ignore[attr-defined]
    a.answer_threshold = 0.5
    return a


def _draft(passage: str) -> Draft:
    chunk = Chunk("p#1", "docs/p.md", "X", "X > Y", passage, "public")  # type: ignore[arg-type]
    cand = Candidate(passage.split(". ")[0], Passage(chunk, 3.0, 1, 1, 0.8, 1.0), 0.6, frozenset())
    return Draft("extraction", [cand], Features(1.0, 1.0, 0.0, 0.8), 0.9, frozenset())


def _claim(q: Question, passage: str, rarest: str = "") -> float:
    concepts = Expander().concepts(q.text)
    weights = {c.term: 1.5 if c.term == rarest else 1.0 for c in concepts}   # ``rarest``: the highest IDF
    return _answerer()._claim(q, concepts, weights, _draft(passage))


def test_a_statement_about_a_neighbouring_feature_does_not_carry_a_thing_named_elsewhere_in_the_passage() -> None:
    a = _answerer()
    concepts = Expander().concepts(ASKED.text)
    weights = {c.term: 1.0 for c in concepts}
    assert a._uncited(ASKED, concepts, weights, _draft(APART)) == []   # the passage names Valkey: the citation gate passes
    assert claim_share(concepts, weights, [APART]) >= CLAIM_MIN        # and its first statement names the rest
    assert _claim(ASKED, APART) < CLAIM_MIN                            # but no statement names Valkey with them


def test_a_statement_naming_the_thing_asked_about_passes_as_before() -> None:
    assert _claim(ASKED, TOGETHER) >= CLAIM_MIN


def test_a_quantity_question_needs_the_counted_thing_in_the_statement() -> None:
    assert _claim(COUNTED, COUNT_APART, rarest="replica") < CLAIM_MIN
    assert _claim(COUNTED, COUNT_TOGETHER, rarest="replica") >= CLAIM_MIN


def test_a_question_the_citation_gate_does_not_read_keeps_the_plain_claim_check() -> None:
    # "How is ..." asks for no yes/no, quantity or date: there is no one thing to look for, the share alone decides.
    q = Question("3", "How is the job queue of the scheduler kept across restarts?")
    assert _answerer()._asked(q, Expander().concepts(q.text), {}) == []
    assert _claim(q, APART) >= CLAIM_MIN


def test_best_statement_counts_only_statements_naming_what_is_needed() -> None:
    owns = [{"a", "b"}, set(), {"c"}]
    weights = {"a": 1.0, "b": 1.0, "c": 1.0}
    assert best_statement(owns, weights) == 2.0
    assert best_statement(owns, weights, need={"c"}) == 1.0
    assert best_statement(owns, weights, need={"d"}) == 0.0
    assert best_statement(owns, weights, head={"c"}, need={"c"}) == 3.0   # a heading names it for every statement

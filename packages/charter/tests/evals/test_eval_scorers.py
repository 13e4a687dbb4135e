"""Scorers: the built-ins, the registry (entry points), errors recorded per scorer, judges, kappa."""

from __future__ import annotations

import pytest

from charter.errors import NotFound
from charter.evals import Score, ScorerRegistry, calibrate, cohen_kappa
from charter.evals.judges import RUBRICS, Judge, guidelines
from charter.evals.scorers import normalise, parse_spec
from charter.models import Gateway
from charter.settings import ModelSettings


def _score(spec, **kw):
    sc = ScorerRegistry().build(spec)
    base = {"inputs": {}, "outputs": {}, "expectations": {}, "trace": None}
    return sc.score(**{**base, **kw})


def test_builtins_are_entry_points():
    names = ScorerRegistry().names()
    assert {"exact", "numeric", "regex", "json_schema", "python", "latency", "tokens", "cost", "step",
            "correctness", "groundedness", "relevance", "safety", "guidelines"} <= set(names)
    with pytest.raises(NotFound, match="did you mean 'exact'"):
        ScorerRegistry().factory("exakt")


def test_exact_numeric_regex_schema():
    assert _score("exact:field=answer", outputs={"answer": "Paris"}, expectations={"answer": "Paris"})["exact"].passed
    assert not _score("exact", outputs={"answer": "paris"}, expectations={"answer": "Paris"})["exact"].passed
    assert _score("exact:normalise=true", outputs={"answer": " paris"}, expectations={"answer": "Paris"})["exact"].passed
    assert _score("numeric:rel_tol=0.01", outputs={"v": 100.5}, expectations={"v": 100})["numeric"].passed
    assert not _score("numeric:rel_tol=0.001", outputs={"v": 100.5}, expectations={"v": 100})["numeric"].passed
    assert _score("regex:pattern=^FF_,field=q", outputs={"q": "FF_SALES(FY2023)"})["regex"].passed
    schema = '{"type": "object", "required": ["q"]}'
    assert _score(f"json_schema:schema={schema}", outputs={"q": 1})["json_schema"].passed
    bad = _score(f"json_schema:schema={schema}", outputs={"x": 1})["json_schema"]
    assert not bad.passed and "'q' is a required property" in bad.rationale


def test_missing_field_and_scorer_bugs_become_item_errors():
    res = _score("exact:field=answer", outputs={"other": 1}, expectations={"answer": 1})
    assert res["exact"].error == "the output has no field 'answer'"
    res = _score("latency", outputs={})
    assert "needs the item's trace" in res["latency"].error

    def broken(*, outputs):
        raise ZeroDivisionError("oops")

    sc = ScorerRegistry().build(broken)
    assert sc.score(inputs={}, outputs={}, expectations={})["broken"].error == "ZeroDivisionError: oops"


def test_custom_python_scorer_and_normalise():
    res = _score("python:path=eval_doubles:exact_scorer_double", outputs={"x": 1}, expectations={"x": 1})
    assert res["python"].passed
    res = _score("python:path=eval_doubles:tolerance_factory_double,tol=2", outputs={"x": 3}, expectations={"x": 1})
    assert res["python"].passed
    res = _score("python:path=eval_doubles:tolerance_factory_double", outputs={"x": 3}, expectations={"x": 1})
    assert res["python"].passed is False
    assert normalise("m", {"a": True, "b": 0.5}) == {"m.a": Score(value=1.0, passed=True), "m.b": Score(value=0.5)}
    assert parse_spec("numeric:rel_tol=0.01,field=v") == ("numeric", {"rel_tol": 0.01, "field": "v"})


def _gateway(settings, responses):
    settings.models["judge"] = ModelSettings(provider="scripted", options={"responses": responses})
    return Gateway(settings, None)


def test_judge_structured_score_and_unparseable_answer(settings):
    gw = _gateway(settings, [{"json": {"score": "yes", "rationale": "same city"}},
                             {"json": {"score": "maybe", "rationale": "?"}}, "not json at all"])
    judge = ScorerRegistry().build("correctness:model=judge,output_field=answer", gateway=gw)
    kw = {"inputs": {"q": "Capital?"}, "outputs": {"answer": "Paris"}, "expectations": {"answer": "Paris"}}
    ok = judge.score(**kw)["judge:correctness"]
    assert ok.passed and f"correctness@{RUBRICS['correctness'].version}" in ok.rationale and "same city" in ok.rationale
    outside = judge.score(**kw)["judge:correctness"].error  # a label outside the rubric
    assert "maybe" in outside or "does not parse" in outside
    text = judge.score(**kw)["judge:correctness"].error
    assert "judge 'correctness'" in text and ("does not parse" in text or "not JSON" in text)


def test_guidelines_judge_needs_text(settings):
    gw = _gateway(settings, [{"json": {"score": "no", "rationale": "too long"}}])
    with pytest.raises(Exception, match="needs text"):
        guidelines(gateway=gw, model="judge")
    j = guidelines(gateway=gw, model="judge", text="Answer in one sentence.")
    assert "Answer in one sentence." in j.prompt({"q": 1}, {"a": 2}, {})
    assert j(inputs={"q": 1}, outputs={"a": 2}, expectations={}).passed is False


def test_cohen_kappa_and_calibration(settings):
    kappa, conf = cohen_kappa(["yes", "yes", "no", "no"], ["yes", "no", "no", "no"], ["yes", "no"])
    assert conf == [[1, 1], [0, 2]] and kappa == pytest.approx(0.5)
    assert cohen_kappa(["a", "b"], ["a", "b"])[0] == 1.0
    gw = _gateway(settings, [{"json": {"score": s, "rationale": ""}} for s in ("yes", "no", "no", "yes")] + ["junk"])
    judge = Judge(RUBRICS["relevance"], gw, model="judge")
    examples = [{"inputs": {"q": i}, "outputs": {"a": i}, "label": lab}
                for i, lab in enumerate(["yes", "no", "yes", "yes", "no"])]
    cal = calibrate(judge, examples)
    assert cal.n == 4 and cal.errors == 1 and cal.confusion == [[2, 1], [0, 1]]
    assert cal.agreement == 0.75 and cal.kappa == pytest.approx(0.5)
    assert "human\\judge" in cal.table()

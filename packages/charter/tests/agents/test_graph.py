"""Build-time validation of graphs and the composition forms: sequence, graph, parallel, loop."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from charter.agents import (
    Agent,
    Graph,
    GraphError,
    Loop,
    Parallel,
    PythonStep,
    RuleRouter,
    RunContext,
    Sequence,
)
from charter.errors import ExecutionError


class Num(BaseModel):
    n: int


class Text(BaseModel):
    text: str


class Both(BaseModel):
    n: int
    text: str


def inc(x: Num) -> Num:
    return Num(n=x.n + 1)


def double(x: Num) -> Num:
    return Num(n=x.n * 2)


def show(x: Num) -> Text:
    return Text(text=str(x.n))


def shout(x: Text) -> Text:
    return Text(text=x.text.upper() + "!")


class NumAsText(BaseModel):
    n: str


CTX = RunContext(principal="ann")


def test_a_sequence_feeds_each_output_to_the_next_input() -> None:
    seq = Sequence("s", [PythonStep("inc", inc), PythonStep("double", double), PythonStep("show", show)])
    assert seq.input_model is Num and seq.output_model is Text
    assert Agent("a", seq).run({"n": 2}, CTX).output == Text(text="6")


def test_an_output_that_does_not_fit_the_next_input_is_refused_at_build_time() -> None:
    with pytest.raises(GraphError, match=r"edge show -> inc: step 'inc' needs field 'n' \(Num\), which the output of 'show' \(Text\) does not have"):
        Sequence("s", [PythonStep("show", show), PythonStep("inc", inc)])

    def wrong_type(x: Text) -> Both:
        return Both(n=1, text=x.text)

    def takes_text_n(x: NumAsText) -> Text:
        return Text(text=x.n)

    with pytest.raises(GraphError, match="step 'b' takes 'n' as str, but 'a' gives int"):
        Sequence("s", [PythonStep("a", wrong_type), PythonStep("b", takes_text_n)])
    # a wider output fits a narrower input
    ok = Sequence("s", [PythonStep("a", wrong_type), PythonStep("b", shout)])
    assert Agent("x", ok).run({"text": "hi"}, CTX).output == Text(text="HI!")


def test_unreachable_steps_and_unknown_names_are_refused() -> None:
    steps = [PythonStep("inc", inc), PythonStep("double", double), PythonStep("orphan", show)]
    with pytest.raises(GraphError, match=r"step\(s\) \['orphan'\] cannot be reached from entry 'inc'"):
        Graph("g", steps, [("inc", "double")])
    with pytest.raises(GraphError, match="names no step 'dubble'; did you mean 'double'"):
        Graph("g", steps[:2], [("inc", "dubble")])


def test_a_cycle_needs_a_bound_and_the_bound_holds_at_run_time() -> None:
    steps = [PythonStep("inc", inc), PythonStep("double", double), PythonStep("show", show)]
    edges = [("inc", "double"), ("double", "inc", lambda x: x.n < 100), ("double", "show")]
    with pytest.raises(GraphError, match="cycle inc -> double -> inc has no bound; set max_visits"):
        Graph("g", steps, edges)
    bounded = Graph("g", steps, edges, max_visits={"inc": 10})
    assert Agent("a", bounded).run({"n": 1}, CTX).output == Text(text="190")  # ((1+1)*2+1)*2 ... until >= 100
    tight = Graph("g", steps, edges, max_visits={"inc": 2})
    with pytest.raises(ExecutionError, match="step 'inc' would run more than its bound of 2"):
        Agent("a", tight).run({"n": 1}, CTX)
    with pytest.raises(GraphError, match="cycle inc -> inc has no bound"):
        Graph("g", [PythonStep("inc", inc), PythonStep("show", show)], [("inc", "inc", lambda x: x.n < 3), ("inc", "show")])


def test_router_branches_must_each_lead_somewhere() -> None:
    router = RuleRouter("r", Num, {"rules": [{"branch": "big", "pattern": "[0-9]{3}"}], "default": "small", "field": "n"})
    with pytest.raises(GraphError, match=r"router 'r' branch\(es\) \['small'\] lead nowhere"):
        Graph("g", [router, PythonStep("inc", inc)], [("r", "inc", "big")])
    with pytest.raises(GraphError, match="'inc' is not a router; use a predicate"):
        Graph("g", [PythonStep("inc", inc), PythonStep("double", double)], [("inc", "double", "big")])
    g = Graph("g", [router, PythonStep("inc", inc), PythonStep("double", double)],
              [("r", "inc", "small"), ("r", "double", "big")])
    assert Agent("a", g).run({"n": 5}, CTX).output.n == 6
    assert Agent("a", g).run({"n": 500}, CTX).output.n == 1000


def test_final_steps_must_agree_on_the_output_type() -> None:
    router = RuleRouter("r", Num, {"rules": [{"branch": "a", "pattern": "1"}], "default": "b", "field": "n"})
    with pytest.raises(GraphError, match="final steps give different outputs"):
        Graph("g", [router, PythonStep("inc", inc), PythonStep("show", show)], [("r", "inc", "a"), ("r", "show", "b")])


def test_parallel_branches_run_on_one_input_and_merge_by_name() -> None:
    par = Parallel("fan", [PythonStep("inc", inc), PythonStep("double", double), PythonStep("show", show)])
    out = Agent("a", par).run({"n": 7}, CTX).output
    assert (out.inc.n, out.double.n, out.show.text) == (8, 14, "7")
    with pytest.raises(GraphError, match="branches take different inputs"):
        Parallel("fan", [PythonStep("inc", inc), PythonStep("shout", shout)])


def test_a_loop_stops_on_its_condition_or_its_bound() -> None:
    loop = Loop("grow", PythonStep("double", double), until=lambda x: x.n > 20, config={"max_iterations": 10})
    assert Agent("a", loop).run({"n": 3}, CTX).output.n == 24
    capped = Loop("grow", PythonStep("double", double), until=lambda x: False, config={"max_iterations": 3})
    assert Agent("a", capped).run({"n": 1}, CTX).output.n == 8
    strict = capped.with_config({"on_exhausted": "error"})
    with pytest.raises(ExecutionError, match="did not finish within 3 iterations"):
        Agent("a", strict).run({"n": 1}, CTX)
    with pytest.raises(GraphError, match="the body's output must feed its input"):
        Loop("bad", PythonStep("show", show), until=lambda x: True)


def test_step_names_are_unique_within_an_agent() -> None:
    with pytest.raises(GraphError, match=r"\['inc'\] repeat"):
        Agent("a", Sequence("s", [PythonStep("inc", inc), Parallel("p", [PythonStep("inc", inc), PythonStep("d", double)])]))

"""Test doubles for the evals tests, named as such: toy agents whose behaviour is set by config."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from charter.agents import Agent, Step, StepConfig


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def arithmetic_rows(n: int = 40) -> list[dict[str, Any]]:
    """Golden cases 'a+b' with the sum expected; even ids dev, odd test; tags by size."""
    return [{"id": f"q{i:03d}", "a": i, "b": i % 7, "expected": i + i % 7,
             "split": "dev" if i % 2 == 0 else "test", "tags": ["small" if i < n // 2 else "large"]}
            for i in range(n)]


def adder_double(inputs: dict[str, Any]) -> dict[str, Any]:
    """A deterministic 'agent' double: right except when a+b is a multiple of 10; raises on b == 6."""
    if inputs["b"] == 6:
        raise ValueError("double refuses b=6")
    total = inputs["a"] + inputs["b"]
    return {"expected": total + (1 if total % 10 == 0 else 0)}


class Numbers(BaseModel):
    a: int
    b: int


class Answer(BaseModel):
    expected: int


class ThresholdConfig(StepConfig):
    threshold: float = 0.0
    style: str = "plain"


class ThresholdStepDouble(Step):
    """A toy step double: answers a+b right only for items with a below ``threshold * 100``."""

    kind = "python"
    Config = ThresholdConfig

    def __init__(self, name: str = "add", config: Any = None) -> None:
        super().__init__(name, Numbers, Answer, config)

    def run(self, inputs: BaseModel, ctx: Any) -> BaseModel:
        right = inputs.a + inputs.b
        ok = inputs.a < self.config.threshold * 100 and self.config.style == "careful"
        return Answer(expected=right if ok else right + 1)


def toy_agent_double(threshold: float = 0.1, style: str = "plain") -> Agent:
    """An Agent whose accuracy rises with its step's threshold (for optimizer tests)."""
    return Agent("toy", ThresholdStepDouble("add", {"threshold": threshold, "style": style}))


def exact_scorer_double(*, outputs: dict[str, Any], expectations: dict[str, Any]) -> bool:
    """A custom scorer double: output x equals expected x."""
    return outputs["x"] == expectations["x"]


def tolerance_factory_double(tol: float = 0.0) -> Any:
    """A custom scorer factory double (as FinQL's execution_match is a factory)."""

    def within(*, outputs: dict[str, Any], expectations: dict[str, Any]) -> bool:
        return abs(outputs["x"] - expectations["x"]) <= tol

    return within


class FewShotGatewayDouble:
    """A gateway double: answers a+b right when a < 10, or whenever the request carries an example."""

    def chat(self, request: Any, model: Any = None, principal: str = "admin", agent: Any = None) -> Any:
        from charter.models.types import ChatResponse

        text = request.messages[-1].content  # "Add 3 and 4"
        a, b = (int(x) for x in text.removeprefix("Add ").split(" and "))
        with_examples = len(request.messages) > 1
        value = a + b if (a < 10 or with_examples) else a + b + 1
        return ChatResponse(text=json.dumps({"expected": value}), parsed={"expected": value}, model="double")

    def structured(self, request: Any, output: Any, model: Any = None, principal: str = "admin", agent: Any = None) -> Any:
        from charter.models.gateway import Gateway

        return Gateway.structured(self, request, output, model, principal=principal, agent=agent)  # type: ignore[arg-type]


def llm_agent_double() -> Agent:
    """An Agent with one real LLMStep (over the gateway double) and no examples yet."""
    from charter.agents import LLMStep

    return Agent("llm-toy", LLMStep("add", Numbers, Answer, {"prompt": "Add {a} and {b}"}))


def logged_adder_double(inputs: dict[str, Any]) -> dict[str, Any]:
    """The adder double, slowed by ``EVAL_DOUBLE_SLEEP_S`` and logging each call's ``a`` to
    ``EVAL_DOUBLE_CALLS`` (one line per call), so a test can see which items really ran."""
    import os
    import time

    time.sleep(float(os.environ.get("EVAL_DOUBLE_SLEEP_S", "0")))
    log = os.environ.get("EVAL_DOUBLE_CALLS")
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{inputs['a']}\n")
    return adder_double(inputs)

"""Built-in agents (registered under the ``charter.agents`` entry-point group like any app's)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from charter.agents.agent import Agent
from charter.agents.context import RunContext
from charter.agents.steps import Step, StepConfig


class Question(BaseModel):
    question: str


class Answer(BaseModel):
    answer: str


class ToolLoopConfig(StepConfig):
    system: str = "Answer the question. Call a tool when it helps; answer in plain text when done."
    prompt: str = "{question}"
    tools: list[str] | None = Field(None, description="tool names offered; None offers every registered tool")
    model: str | None = None
    max_steps: int = Field(5, ge=1, le=20)
    max_tokens: int = 256


class ToolLoopStep(Step):
    """The tool-calling loop as a step: the model picks tools from ``ctx.tools`` until it answers."""

    kind = "llm"
    Config = ToolLoopConfig

    def __init__(self, name: str, config: ToolLoopConfig | dict[str, Any] | None = None) -> None:
        super().__init__(name, Question, Answer, config)

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        from charter.models.types import ChatRequest
        from charter.tools import run_tool_loop

        c = self.config
        req = ChatRequest.of(c.prompt.format(**inputs.model_dump()), system=c.system, max_tokens=c.max_tokens)
        out = run_tool_loop(ctx.need("gateway", self.name), ctx.need("tools", self.name), req, tools=c.tools,
                            principal=ctx.principal, agent=ctx.agent, model=c.model, max_steps=c.max_steps)
        return Answer(answer=out.text)


def assistant() -> Agent:
    """A general assistant: one tool-calling loop over the registered tools."""
    return Agent("assistant", ToolLoopStep("answer"), description="Answers a question, calling governed tools.")

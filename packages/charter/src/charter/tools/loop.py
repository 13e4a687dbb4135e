"""The tool-calling loop: the model picks a tool, the registry runs it, the model observes; bounded."""

from __future__ import annotations

import json
from typing import Any, Protocol

from pydantic import BaseModel, Field

from charter.errors import CharterError, ExecutionError, InvalidInput, PermissionDenied
from charter.models.types import ChatRequest, ChatResponse, Message, ToolCall
from charter.tools.registry import ToolRegistry
from charter.tracing import span


class ChatGateway(Protocol):
    """What the loop needs of ``charter.models.Gateway``."""

    def chat(self, request: ChatRequest, model: str | None = None, *, principal: str = "admin",
             agent: str | None = None) -> ChatResponse: ...


class ToolStep(BaseModel):
    """One tool call the model made and what it observed."""

    call: ToolCall
    result: Any = None
    error: str | None = None


class ToolLoopResult(BaseModel):
    """The final answer, the tool steps that led to it, and the whole conversation."""

    text: str
    steps: list[ToolStep] = Field(default_factory=list)
    messages: list[Message] = Field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0


def _observation(value: Any) -> str:
    from charter.tracing import to_jsonable

    return value if isinstance(value, str) else json.dumps(to_jsonable(value), ensure_ascii=False)


def run_tool_loop(
    gateway: ChatGateway,
    registry: ToolRegistry,
    request: ChatRequest | str,
    *,
    tools: list[str] | None = None,
    principal: str,
    agent: str | None = None,
    model: str | None = None,
    max_steps: int = 5,
) -> ToolLoopResult:
    """Chat with tools until the model answers without one, at most ``max_steps`` model turns.

    A tool the caller may not execute stops the loop with PermissionDenied; other tool errors
    are shown to the model as the observation so it can correct its call.
    """
    if max_steps < 1:
        raise InvalidInput("max_steps must be at least 1")
    base = ChatRequest.of(request) if isinstance(request, str) else request
    definitions = registry.definitions(tools) if tools is not None else base.tools or registry.definitions()
    messages = list(base.messages)
    out = ToolLoopResult(text="")
    with span("tool_loop", kind="chain", inputs={"messages": [m.content for m in messages]}, max_steps=max_steps) as s:
        for turn in range(max_steps):
            req = base.model_copy(update={"messages": messages, "tools": definitions,
                                          "tool_choice": base.tool_choice or "auto"})
            response = gateway.chat(req, model, principal=principal, agent=agent)
            out.input_tokens += response.usage.input_tokens
            out.output_tokens += response.usage.output_tokens
            out.cost_usd += response.cost_usd
            if not response.tool_calls:
                out.text = response.text
                out.messages = [*messages, Message(role="assistant", content=response.text)]
                s.set_outputs({"text": out.text, "tool_calls": len(out.steps), "turns": turn + 1})
                return out
            messages.append(Message(role="assistant", content=response.text, tool_calls=response.tool_calls))
            for i, call in enumerate(response.tool_calls):
                call_id = call.id or f"call_{turn}_{i}"
                step = ToolStep(call=call)
                try:
                    step.result = registry.invoke(call.name, call.arguments, principal=principal, agent=agent)
                    content = _observation(step.result)
                except PermissionDenied:
                    raise
                except CharterError as exc:  # unknown tool, bad arguments, a failing tool: let the model see it
                    step.error = exc.message
                    content = f"error: {exc.message}"
                out.steps.append(step)
                messages.append(Message(role="tool", content=content, tool_call_id=call_id, name=call.name))
        raise ExecutionError(
            f"the tool loop reached its bound of {max_steps} model turns without a final answer; "
            f"last tools called: {', '.join(st.call.name for st in out.steps[-3:]) or 'none'}"
        )

"""``anthropic``: Claude through the official SDK (Messages API, tool use)."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from charter.models.errors import BadProviderOutput
from charter.models.providers.base import TokenSink
from charter.models.providers.sdk import SdkProvider
from charter.models.types import ChatRequest, Message, ProviderResult, ToolCall, Usage

# Structured output rides on forced tool use: the answer is the input of this one tool.
RESPOND_TOOL = "respond"


class AnthropicOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    top_k: int | None = None


def _message(m: Message) -> dict[str, Any]:
    if m.role == "tool":
        block = {"type": "tool_result", "tool_use_id": m.tool_call_id or "", "content": m.content}
        return {"role": "user", "content": [block]}
    if m.role == "assistant" and m.tool_calls:
        blocks: list[dict[str, Any]] = [{"type": "text", "text": m.content}] if m.content else []
        blocks += [{"type": "tool_use", "id": c.id, "name": c.name, "input": c.arguments} for c in m.tool_calls]
        return {"role": "assistant", "content": blocks}
    return {"role": m.role, "content": m.content}


def build_params(model: str, request: ChatRequest) -> dict[str, Any]:
    """The Messages API parameters for a request."""
    params: dict[str, Any] = {
        "model": model, "max_tokens": request.max_tokens, "temperature": request.temperature,
        "messages": [_message(m) for m in request.messages],
    }
    if request.system:
        params["system"] = request.system
    if request.stop:
        params["stop_sequences"] = request.stop
    tools = [{"name": t.name, "description": t.description, "input_schema": t.parameters} for t in request.tools]
    if request.response_schema is not None:
        tools.append({"name": RESPOND_TOOL, "description": "Give the final answer.", "input_schema": request.response_schema})
        params["tool_choice"] = {"type": "tool", "name": RESPOND_TOOL}
    elif request.tools:
        choice = request.tool_choice or "auto"
        params["tool_choice"] = {
            "auto": {"type": "auto"}, "required": {"type": "any"}, "none": {"type": "none"},
        }.get(choice, {"type": "tool", "name": choice})
    if tools:
        params["tools"] = tools
    return params


class AnthropicProvider(SdkProvider):
    """Claude models over the Messages API."""

    name = "anthropic"
    supports_tools = True
    supports_schema = True
    can_stream = True
    Options: ClassVar[type[BaseModel]] = AnthropicOptions
    sdk = "anthropic"
    key_env = "ANTHROPIC_API_KEY"

    def make_client(self, sdk: Any, api_key: str) -> Any:
        return sdk.Anthropic(api_key=api_key, base_url=self.settings.base_url, timeout=self.settings.timeout_s,
                             max_retries=0)

    def execute(self, request: ChatRequest, *, timeout_s: float, on_token: TokenSink | None = None) -> ProviderResult:
        params = build_params(self.settings.model, request)
        if self.options.top_k is not None:
            params["top_k"] = self.options.top_k
        client = self.client().with_options(timeout=timeout_s)
        try:
            if on_token is not None and "tools" not in params:
                with client.messages.stream(**params) as stream:
                    for piece in stream.text_stream:
                        on_token(piece)
                    out = stream.get_final_message()
            else:
                out = client.messages.create(**params)
        except Exception as exc:
            raise self._translate(exc) from exc
        texts, calls = [], []
        for block in out.content or []:
            if block.type == "text":
                texts.append(block.text)
            elif block.type == "tool_use":
                calls.append(ToolCall(id=block.id, name=block.name, arguments=dict(block.input or {})))
        text = "".join(texts)
        if request.response_schema is not None:
            answer = next((c for c in calls if c.name == RESPOND_TOOL), None)
            if answer is None:
                raise BadProviderOutput(f"model '{self.model_name}' (anthropic) gave no structured answer")
            text, calls = json.dumps(answer.arguments), [c for c in calls if c.name != RESPOND_TOOL]
        usage = Usage(input_tokens=out.usage.input_tokens or 0, output_tokens=out.usage.output_tokens or 0)
        return ProviderResult(
            text=text, tool_calls=calls, usage=usage, finish_reason=out.stop_reason, raw_model=out.model
        )

"""``openai``: any OpenAI-compatible chat endpoint by base URL (OpenAI, vLLM, Ollama, llama.cpp)."""

from __future__ import annotations

import json
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from charter.models.errors import BadProviderOutput
from charter.models.providers.base import TokenSink
from charter.models.providers.sdk import SdkProvider
from charter.models.types import ChatRequest, Message, ProviderResult, ToolCall, Usage
from charter.settings import ModelSettings


class OpenAIOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # How structured output is asked for: OpenAI's "json_schema", or the "json_object" + schema
    # form that llama.cpp's server and several others enforce with a grammar.
    schema_mode: Literal["json_schema", "json_object"] = "json_schema"
    organization: str | None = None


def _message(m: Message) -> dict[str, Any]:
    if m.role == "tool":
        return {"role": "tool", "tool_call_id": m.tool_call_id or "", "content": m.content}
    out: dict[str, Any] = {"role": m.role, "content": m.content}
    if m.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": json.dumps(c.arguments)}}
            for c in m.tool_calls
        ]
    return out


def build_params(model: str, request: ChatRequest, schema_mode: str) -> dict[str, Any]:
    """The Chat Completions parameters for a request."""
    messages = ([{"role": "system", "content": request.system}] if request.system else []) + [
        _message(m) for m in request.messages
    ]
    params: dict[str, Any] = {
        "model": model, "messages": messages, "temperature": request.temperature, "max_tokens": request.max_tokens,
    }
    if request.stop:
        params["stop"] = request.stop
    if request.seed is not None:
        params["seed"] = request.seed
    if request.tools:
        params["tools"] = [
            {"type": "function", "function": {"name": t.name, "description": t.description, "parameters": t.parameters}}
            for t in request.tools
        ]
        choice = request.tool_choice or "auto"
        params["tool_choice"] = (
            choice if choice in ("auto", "none", "required") else {"type": "function", "function": {"name": choice}}
        )
    if request.response_schema is not None:
        if schema_mode == "json_schema":
            params["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "response", "schema": request.response_schema, "strict": True},
            }
        else:
            params["response_format"] = {"type": "json_object", "schema": request.response_schema}
    return params


class OpenAIProvider(SdkProvider):
    """Chat Completions over the official ``openai`` SDK, pointed at any base URL."""

    name = "openai"
    supports_tools = True
    supports_schema = True
    can_stream = True
    Options: ClassVar[type[BaseModel]] = OpenAIOptions
    sdk = "openai"
    key_env = "OPENAI_API_KEY"

    @classmethod
    def keyless(cls, settings: ModelSettings) -> str | None:
        # A self-hosted OpenAI-compatible server (vLLM, Ollama, llama.cpp) takes any key.
        return f"OpenAI-compatible server at {settings.base_url}" if settings.base_url else None

    def make_client(self, sdk: Any, api_key: str) -> Any:
        return sdk.OpenAI(api_key=api_key, base_url=self.settings.base_url, timeout=self.settings.timeout_s,
                          max_retries=0, organization=self.options.organization)

    def where(self) -> str:
        return f"model '{self.model_name}' (openai at {self.settings.base_url or 'api.openai.com'})"

    def execute(self, request: ChatRequest, *, timeout_s: float, on_token: TokenSink | None = None) -> ProviderResult:
        params = build_params(self.settings.model, request, self.options.schema_mode)
        client = self.client().with_options(timeout=timeout_s)
        try:
            if on_token is not None and not request.tools:
                return self._stream(client, params, on_token)
            out = client.chat.completions.create(**params)
        except Exception as exc:
            raise self._translate(exc) from exc
        if not getattr(out, "choices", None):
            raise BadProviderOutput(f"model '{self.model_name}' (openai) answered with no choices")
        choice = out.choices[0]
        calls = []
        for call in choice.message.tool_calls or []:
            try:
                args = json.loads(call.function.arguments or "{}")
            except json.JSONDecodeError:
                raise BadProviderOutput(
                    f"model '{self.model_name}' (openai) called tool '{call.function.name}' with arguments that are not JSON"
                ) from None
            calls.append(ToolCall(id=call.id or "", name=call.function.name, arguments=args))
        usage = Usage(
            input_tokens=getattr(out.usage, "prompt_tokens", 0) or 0,
            output_tokens=getattr(out.usage, "completion_tokens", 0) or 0,
        )
        return ProviderResult(
            text=choice.message.content or "", tool_calls=calls, usage=usage,
            finish_reason=choice.finish_reason, raw_model=getattr(out, "model", None),
        )

    def _stream(self, client: Any, params: dict[str, Any], on_token: TokenSink) -> ProviderResult:
        pieces: list[str] = []
        finish = None
        usage = Usage()
        for chunk in client.chat.completions.create(stream=True, **params):
            if getattr(chunk, "usage", None):
                usage = Usage(input_tokens=chunk.usage.prompt_tokens or 0, output_tokens=chunk.usage.completion_tokens or 0)
            if not chunk.choices:
                continue
            piece = chunk.choices[0].delta.content
            if piece:
                pieces.append(piece)
                on_token(piece)
            finish = chunk.choices[0].finish_reason or finish
        if not usage.output_tokens:
            usage = Usage(input_tokens=usage.input_tokens, output_tokens=len(pieces))
        return ProviderResult(text="".join(pieces), usage=usage, finish_reason=finish)

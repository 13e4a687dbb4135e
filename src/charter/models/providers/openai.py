"""``openai``: any OpenAI-compatible chat endpoint by base URL (OpenAI, vLLM, Ollama, llama.cpp)."""

from __future__ import annotations

import json
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from charter.errors import ConfigError, ProviderError, Timeout
from charter.models.errors import BadProviderOutput, ProviderRejected
from charter.models.providers.base import Provider, TokenSink, import_sdk
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


class OpenAIProvider(Provider):
    """Chat Completions over the official ``openai`` SDK, pointed at any base URL."""

    name = "openai"
    supports_tools = True
    supports_schema = True
    can_stream = True
    Options: ClassVar[type[BaseModel]] = OpenAIOptions

    def __init__(self, model_name: str, settings: ModelSettings) -> None:
        super().__init__(model_name, settings)
        self._client: Any = None

    @classmethod
    def status(cls, settings: ModelSettings) -> tuple[bool, str]:
        import importlib.util
        import os

        if importlib.util.find_spec("openai") is None:
            return False, "openai SDK not installed: pip install 'charter[openai]'"
        if settings.base_url:
            return True, f"OpenAI-compatible server at {settings.base_url}"
        env = settings.api_key_env or "OPENAI_API_KEY"
        return (True, f"key in {env}") if os.environ.get(env) else (False, f"missing API key: set {env}")

    def client(self) -> Any:
        if self._client is None:
            openai = import_sdk("openai", "openai")
            key = self.api_key("OPENAI_API_KEY")
            if not key:
                if not self.settings.base_url:
                    env = self.settings.api_key_env or "OPENAI_API_KEY"
                    raise ConfigError(f"model '{self.model_name}': missing API key: set {env}")
                key = "not-needed"  # local OpenAI-compatible servers accept any key
            # Retries are the gateway's job (jittered, on retryable errors only), not the SDK's.
            self._client = openai.OpenAI(
                api_key=key, base_url=self.settings.base_url, timeout=self.settings.timeout_s,
                max_retries=0, organization=self.options.organization,
            )
        return self._client

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

    def _translate(self, exc: Exception) -> Exception:
        """SDK errors become Charter errors at the edge; only transient ones are retryable."""
        openai = import_sdk("openai", "openai")
        where = f"model '{self.model_name}' (openai at {self.settings.base_url or 'api.openai.com'})"
        if isinstance(exc, openai.APITimeoutError):
            return Timeout(f"{where} timed out")
        if isinstance(exc, openai.APIConnectionError):
            return ProviderError(f"{where}: cannot connect: {exc}")
        if isinstance(exc, openai.APIStatusError):
            msg = f"{where}: HTTP {exc.status_code}: {_short(exc)}"
            if exc.status_code in (408, 409, 429) or exc.status_code >= 500:
                return ProviderError(msg)
            return ProviderRejected(msg)
        return ProviderError(f"{where}: {type(exc).__name__}: {exc}")


def _short(exc: Exception) -> str:
    text = str(getattr(exc, "message", "") or exc)
    return text if len(text) < 300 else text[:297] + "..."

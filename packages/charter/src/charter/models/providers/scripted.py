"""``scripted``: a test double that replays responses given in the model's options.

It is a real provider class (registered like the others) because apps' tests and the server
benchmark need a deterministic, instant model; it never pretends to be a language model.

    [models.fake]
    provider = "scripted"
    options = { responses = ["hello", { tool = "lookup", arguments = { q = "x" } }, { error = "provider_error" }] }

An *echo* double (``options = { when_done = "echo" }`` and no responses) answers every call with
the last user message — inside the response schema's first text field when the call asks for a
schema — so a test can tell whether a message reached the model intact.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from charter.errors import ProviderError, Timeout
from charter.models.errors import ProviderRejected
from charter.models.providers.base import Provider, TokenSink
from charter.models.types import ChatRequest, ProviderResult, ToolCall, Usage

if TYPE_CHECKING:
    from charter.settings import ModelSettings

ErrorKind = Literal["provider_error", "rejected", "timeout"]


class ScriptedStep(BaseModel):
    """One scripted turn: text, a tool call, a JSON value, or an error."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    json_value: Any = Field(None, alias="json")
    tool: str | None = None
    arguments: dict[str, Any] = Field(default_factory=dict)
    error: ErrorKind | None = None
    delay_s: float = 0.0


class ScriptedOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    responses: list[str | ScriptedStep] = Field(default_factory=list)
    # After the last response: start again (cycle), or echo the last user message.
    when_done: Literal["cycle", "echo", "error"] = "cycle"


class ScriptedProvider(Provider):
    """Replays the scripted responses in order; counts tokens as whitespace-separated words."""

    name = "scripted"
    supports_tools = True
    supports_schema = True
    supports_grammar = True
    can_stream = True
    Options: ClassVar[type[BaseModel]] = ScriptedOptions

    def __init__(self, model_name: str, settings: ModelSettings) -> None:
        super().__init__(model_name, settings)
        self._lock = threading.Lock()
        self._steps = iter(self.options.responses)
        self.calls: list[ChatRequest] = []  # what it was asked, for tests to inspect

    @classmethod
    def status(cls, settings: ModelSettings) -> tuple[bool, str]:
        return True, "scripted test double (replays configured responses)"

    def _next(self, request: ChatRequest) -> str | ScriptedStep:
        with self._lock:
            self.calls.append(request)
            step = next(self._steps, None)
            if step is None and self.options.responses and self.options.when_done == "cycle":
                self._steps = itertools.cycle(self.options.responses)
                step = next(self._steps)
        if step is not None:
            return step
        if self.options.when_done == "error":
            raise ProviderError(f"scripted model '{self.model_name}' has no responses left")
        last = next((m.content for m in reversed(request.messages) if m.role == "user"), "")
        schema = request.response_schema or {}
        props = schema.get("properties") or {}
        field = next((k for k in (schema.get("required") or props) if (props.get(k) or {}).get("type") == "string"),
                     None)
        return ScriptedStep.model_validate({"json": {field: last}}) if field else last

    def execute(self, request: ChatRequest, *, timeout_s: float, on_token: TokenSink | None = None) -> ProviderResult:
        step = self._next(request)
        if isinstance(step, str):
            step = ScriptedStep(text=step)
        if step.delay_s:
            if step.delay_s > timeout_s:
                time.sleep(timeout_s)
                raise Timeout(f"model '{self.model_name}' (scripted) did not answer within {timeout_s:g}s")
            time.sleep(step.delay_s)
        if step.error == "provider_error":
            raise ProviderError(f"model '{self.model_name}' (scripted): scripted provider error")
        if step.error == "rejected":
            raise ProviderRejected(f"model '{self.model_name}' (scripted): scripted rejection")
        if step.error == "timeout":
            raise Timeout(f"model '{self.model_name}' (scripted) did not answer within {timeout_s:g}s")
        tool_calls = []
        text = step.text or ""
        if step.tool:
            tool_calls = [ToolCall(id=f"call_{len(self.calls)}", name=step.tool, arguments=step.arguments)]
        elif step.json_value is not None:
            text = json.dumps(step.json_value)
        if on_token is not None:
            for piece in re.findall(r"\S+\s*|\s+", text):
                on_token(piece)
        words = lambda s: len(s.split())  # noqa: E731
        usage = Usage(input_tokens=words(request.all_text()), output_tokens=words(text) + len(tool_calls))
        return ProviderResult(
            text=text, tool_calls=tool_calls, usage=usage,
            finish_reason="tool_calls" if tool_calls else "stop", raw_model="scripted",
        )

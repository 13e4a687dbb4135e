"""The one request/response shape every provider speaks."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ToolCall(_Strict):
    """A tool the model asks to run, with its parsed JSON arguments."""

    id: str = ""
    name: str
    arguments: dict[str, Any] = Field(default_factory=dict)


class Message(_Strict):
    """One chat turn. ``tool`` turns answer the call named by ``tool_call_id``."""

    role: Literal["user", "assistant", "tool"]
    content: str = ""
    tool_calls: list[ToolCall] = Field(default_factory=list)
    tool_call_id: str | None = None
    name: str | None = None


class Tool(_Strict):
    """A function the model may call; ``parameters`` is a JSON Schema object."""

    name: str
    description: str = ""
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})


class ChatRequest(_Strict):
    """A chat call: system + messages, optional tools, structured output or a raw grammar."""

    system: str | None = None
    messages: list[Message] = Field(default_factory=list)
    tools: list[Tool] = Field(default_factory=list)
    # "auto" (model decides), "none", "required" (some tool), or a tool's name (that tool).
    tool_choice: str | None = None
    response_schema: dict[str, Any] | None = None
    grammar: str | None = None  # raw GBNF; only the local provider can enforce it
    temperature: float = 0.0
    max_tokens: int = 256
    stop: list[str] = Field(default_factory=list)
    seed: int | None = None

    @classmethod
    def of(cls, prompt: str, **kwargs: Any) -> ChatRequest:
        """A one-user-message request."""
        return cls(messages=[Message(role="user", content=prompt)], **kwargs)

    def fingerprint(self, model: str) -> str:
        """A stable hash of the normalised request (cache key)."""
        payload = {"model": model, **self.model_dump(mode="json")}
        blob = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()

    def all_text(self) -> str:
        """Every piece of text a guardrail should look at."""
        parts = [self.system or ""] + [m.content for m in self.messages]
        return "\n".join(p for p in parts if p)


class Usage(_Strict):
    input_tokens: int = 0
    output_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


class ProviderResult(_Strict):
    """What a provider's ``execute`` returns; the gateway adds cost, latency and parsing."""

    text: str = ""
    tool_calls: list[ToolCall] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    finish_reason: str | None = None
    raw_model: str | None = None


class ChatResponse(_Strict):
    """A finished call as the caller sees it."""

    text: str = ""
    tool_calls: list[ToolCall] = Field(default_factory=list)
    parsed: Any = None
    usage: Usage = Field(default_factory=Usage)
    latency_s: float = 0.0
    cost_usd: float = 0.0
    model: str = ""
    cached: bool = False
    finish_reason: str | None = None
    flags: list[str] = Field(default_factory=list)  # guardrail flags raised but not blocking

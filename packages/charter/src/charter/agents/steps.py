"""Typed steps whose configuration is data: an optimizer changes ``config``, never the code.

Every step has a name, an input and an output pydantic model, a ``config`` (a pydantic model with
``extra="forbid"``), and ``run(inputs, ctx)``. ``execute`` wraps ``run`` in a span.
"""

from __future__ import annotations

import copy
import inspect
import json
import string
from collections.abc import Callable
from typing import Any, ClassVar, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from charter.agents.context import RunContext
from charter.errors import CharterError, ExecutionError, InvalidInput
from charter.tracing import span


class StepConfig(BaseModel):
    """Base of every step's configuration (data an optimizer may change)."""

    model_config = ConfigDict(extra="forbid")


class Step:
    """One unit of an agent. Subclasses set ``kind`` and implement ``run``."""

    kind: ClassVar[str] = "python"
    Config: ClassVar[type[StepConfig]] = StepConfig

    def __init__(self, name: str, input_model: type[BaseModel], output_model: type[BaseModel],
                 config: StepConfig | dict[str, Any] | None = None) -> None:
        if not name or "/" in name:
            raise InvalidInput(f"step name '{name}' must be non-empty and contain no '/'")
        self.name = name
        self.input_model = input_model
        self.output_model = output_model
        self.config = self._coerce_config(config)

    def _coerce_config(self, config: StepConfig | dict[str, Any] | None) -> StepConfig:
        if isinstance(config, self.Config):
            return config
        try:
            return self.Config.model_validate(config.model_dump() if isinstance(config, BaseModel) else (config or {}))
        except ValidationError as exc:
            first = exc.errors()[0]
            key = ".".join(str(p) for p in first["loc"]) or "(config)"
            msg = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
            raise InvalidInput(f"step '{self.name}': config key '{key}': {msg}") from None

    def children(self) -> list[Step]:
        """Steps nested inside this one (composites)."""
        return []

    def with_config(self, config: StepConfig | dict[str, Any]) -> Step:
        """A copy with a new config (a dict is merged over the current one)."""
        clone = copy.copy(self)
        if isinstance(config, dict):
            config = {**self.config.model_dump(), **config}
        clone.config = clone._coerce_config(config)
        clone.validate()
        return clone

    def validate(self) -> None:
        """Build-time checks of the config against the types (override to add some)."""

    def coerce_input(self, value: Any) -> BaseModel:
        """The step's input model from a model or dict, keeping only the fields it declares."""
        if isinstance(value, self.input_model):
            return value
        raw = value.model_dump() if isinstance(value, BaseModel) else value
        if not isinstance(raw, dict):
            raise InvalidInput(f"step '{self.name}' takes {self.input_model.__name__}, got {type(value).__name__}")
        wanted = {k: v for k, v in raw.items() if k in self.input_model.model_fields}
        try:
            return self.input_model.model_validate(wanted)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InvalidInput(f"step '{self.name}': input field '{where}': {first['msg']}") from None

    def execute(self, inputs: Any, ctx: RunContext) -> BaseModel:
        """Run inside a span; the output is checked against the output model. A cancelled run stops here,
        before the step starts."""
        ctx.check_cancelled(self.name)
        with span(f"step:{self.name}", kind=self.kind, inputs=inputs) as s:
            value = self.coerce_input(inputs)
            out = self.run(value, ctx)
            if not isinstance(out, self.output_model):
                try:
                    out = self.output_model.model_validate(out.model_dump() if isinstance(out, BaseModel) else out)
                except ValidationError as exc:
                    raise ExecutionError(
                        f"step '{self.name}' returned a value that is not {self.output_model.__name__}: "
                        f"{exc.errors()[0]['msg']}"
                    ) from None
            s.set_outputs(out)
            return out

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        """The step as data: kind, types and config (part of an agent's versioned config)."""
        return {"name": self.name, "kind": self.kind, "input": self.input_model.__name__, "output": self.output_model.__name__,
                "config": self.config.model_dump(mode="json")}


class PythonStep(Step):
    """A Python function ``fn(inputs[, ctx]) -> output``; types come from its annotations."""

    kind = "python"

    def __init__(self, name: str, fn: Callable[..., Any], input_model: type[BaseModel] | None = None,
                 output_model: type[BaseModel] | None = None) -> None:
        try:
            hints = get_type_hints(fn)
        except NameError as exc:  # an annotation names a class the function's module cannot see
            raise InvalidInput(f"python step '{name}': cannot resolve the function's annotations ({exc}); "
                               "pass input_model and output_model") from None
        params = list(inspect.signature(fn).parameters)
        input_model = input_model or (hints.get(params[0]) if params else None)
        output_model = output_model or hints.get("return")
        if not (isinstance(input_model, type) and issubclass(input_model, BaseModel)
                and isinstance(output_model, type) and issubclass(output_model, BaseModel)):
            raise InvalidInput(f"python step '{name}': annotate the function's first parameter and return "
                               "with pydantic models, or pass input_model and output_model")
        super().__init__(name, input_model, output_model)
        self.fn = fn
        self._takes_ctx = len(params) > 1

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        return self.fn(inputs, ctx) if self._takes_ctx else self.fn(inputs)


class Example(BaseModel):
    """A few-shot example: an input and the output the step should give for it."""

    model_config = ConfigDict(extra="forbid")
    input: dict[str, Any]
    output: dict[str, Any]


class LLMConfig(StepConfig):
    prompt: str = Field(description="Template over the input fields, e.g. 'Classify: {question}'.")
    system: str | None = None
    model: str | None = None
    temperature: float = 0.0
    max_tokens: int = 256
    examples: list[Example] = Field(default_factory=list)


def template_fields(template: str) -> set[str]:
    """Names a str.format template refers to."""
    return {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(template) if f}


class LLMStep(Step):
    """Ask a model for a structured output: the output model's JSON Schema is the response schema."""

    kind = "llm"
    Config = LLMConfig

    def validate(self) -> None:
        missing = template_fields(self.config.prompt) - set(self.input_model.model_fields)
        if missing:
            raise InvalidInput(f"step '{self.name}': prompt refers to {sorted(missing)}, which "
                               f"{self.input_model.__name__} does not have")

    def messages(self, inputs: BaseModel, feedback: str | None = None) -> list[Any]:
        from charter.models.types import Message

        msgs = []
        for ex in self.config.examples:
            msgs.append(Message(role="user", content=self.config.prompt.format(**ex.input)))
            msgs.append(Message(role="assistant", content=json.dumps(ex.output, ensure_ascii=False)))
        content = self.config.prompt.format(**inputs.model_dump())
        if feedback:
            content += f"\n\nYour previous answer was rejected: {feedback}\nAnswer again, fixing that."
        msgs.append(Message(role="user", content=content))
        return msgs

    def run(self, inputs: BaseModel, ctx: RunContext, feedback: str | None = None) -> BaseModel:
        from charter.models.errors import BadProviderOutput
        from charter.models.types import ChatRequest

        gw = ctx.need("gateway", self.name)
        c = self.config
        req = ChatRequest(system=c.system, messages=self.messages(inputs, feedback), temperature=c.temperature,
                          max_tokens=c.max_tokens)
        try:
            return gw.structured(req, self.output_model, c.model, principal=ctx.principal, agent=ctx.agent)
        except BadProviderOutput as exc:
            raise ExecutionError(f"step '{self.name}': {exc.message}") from None


class Hit(BaseModel):
    id: str | int | None = None
    text: str = ""
    score: float = 0.0
    metadata: dict[str, Any] = Field(default_factory=dict)


class Hits(BaseModel):
    hits: list[Hit]


class RetrievalConfig(StepConfig):
    index: str
    query_field: str = "question"
    k: int = 5


class RetrievalStep(Step):
    """Search a governed vector index with one input field as the query."""

    kind = "retrieval"
    Config = RetrievalConfig

    def __init__(self, name: str, input_model: type[BaseModel], config: RetrievalConfig | dict[str, Any]) -> None:
        super().__init__(name, input_model, Hits, config)

    def validate(self) -> None:
        if self.config.query_field not in self.input_model.model_fields:
            raise InvalidInput(f"step '{self.name}': query_field '{self.config.query_field}' is not a field of "
                               f"{self.input_model.__name__}")

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        indexes = ctx.need("indexes", self.name)
        text = str(getattr(inputs, self.config.query_field))
        found = indexes.search(self.config.index, text, self.config.k, principal=ctx.principal, agent=ctx.agent)
        hits = [Hit(id=h.key, text=h.text, score=h.score, metadata=h.row) for h in found]
        with span("retrieval:hits", kind="retrieval", hits=len(hits)) as s:
            s.set_outputs([h.model_dump() for h in hits])
        return Hits(hits=hits)


class Rows(BaseModel):
    columns: list[str]
    rows: list[list[Any]]


class SqlConfig(StepConfig):
    sql: str | None = Field(None, description="A fixed statement with :named parameters from the input")
    sql_field: str | None = Field(None, description="Or: the input field that holds the statement")


class SqlStep(Step):
    """Run governed SQL as the run's principal and agent (masks and row filters apply)."""

    kind = "sql"
    Config = SqlConfig

    def __init__(self, name: str, input_model: type[BaseModel], config: SqlConfig | dict[str, Any]) -> None:
        super().__init__(name, input_model, Rows, config)

    def validate(self) -> None:
        if (self.config.sql is None) == (self.config.sql_field is None):
            raise InvalidInput(f"step '{self.name}': give exactly one of config 'sql' or 'sql_field'")
        if self.config.sql_field and self.config.sql_field not in self.input_model.model_fields:
            raise InvalidInput(f"step '{self.name}': sql_field '{self.config.sql_field}' is not a field of "
                               f"{self.input_model.__name__}")

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        data = ctx.need("data", self.name)
        if self.config.sql_field:
            sql, params = str(getattr(inputs, self.config.sql_field)), None
        else:
            sql, params = self.config.sql or "", inputs.model_dump()
        result = data.query(sql, principal=ctx.principal, agent=ctx.agent, params=params)
        return Rows(columns=list(result.columns), rows=[list(r) for r in result.rows])


class ToolConfig(StepConfig):
    tool: str
    arguments: dict[str, str] = Field(default_factory=dict, description="tool argument -> input field")


class ToolResult(BaseModel):
    result: Any = None


class ToolStep(Step):
    """Invoke a registered tool (EXECUTE checked for the principal and the agent)."""

    kind = "tool"
    Config = ToolConfig

    def __init__(self, name: str, input_model: type[BaseModel], config: ToolConfig | dict[str, Any],
                 output_model: type[BaseModel] = ToolResult) -> None:
        super().__init__(name, input_model, output_model, config)

    def validate(self) -> None:
        bad = set(self.config.arguments.values()) - set(self.input_model.model_fields)
        if bad:
            raise InvalidInput(f"step '{self.name}': arguments map from {sorted(bad)}, not fields of "
                               f"{self.input_model.__name__}")

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        tools = ctx.need("tools", self.name)
        raw = inputs.model_dump()
        args = {a: raw[f] for a, f in self.config.arguments.items()} if self.config.arguments else raw
        result = tools.invoke(self.config.tool, args, principal=ctx.principal, agent=ctx.agent,
                              request_id=ctx.request_id, cancellation=ctx.cancellation)
        if self.output_model is ToolResult:
            return ToolResult(result=result)
        return self.output_model.model_validate(result)


class RepairConfig(StepConfig):
    max_attempts: int = Field(3, ge=1, le=10)


class ValidateAndRepair(Step):
    """Run a step, check its output, and on a problem run it again with the problem as feedback.

    ``check(output) -> str | None`` returns the problem. LLM steps see the feedback in their
    prompt; the attempt count is bounded.
    """

    kind = "repair"
    Config = RepairConfig

    def __init__(self, name: str, inner: Step, check: Callable[[BaseModel], str | None],
                 config: RepairConfig | dict[str, Any] | None = None) -> None:
        super().__init__(name, inner.input_model, inner.output_model, config)
        self.inner = inner
        self.check = check

    def children(self) -> list[Step]:
        return [self.inner]

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "inner": self.inner.describe()}

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        feedback: str | None = None
        for attempt in range(1, self.config.max_attempts + 1):
            with span(f"attempt:{attempt}", kind="step", inputs={"feedback": feedback}) as s:
                try:
                    if isinstance(self.inner, LLMStep):
                        with span(f"step:{self.inner.name}", kind="llm", inputs=inputs) as inner_span:
                            out = self.inner.run(inputs, ctx, feedback=feedback)
                            inner_span.set_outputs(out)
                    else:
                        out = self.inner.execute(inputs, ctx)
                    problem = self.check(out)
                except ExecutionError as exc:  # an unparseable answer is a problem to repair too
                    out, problem = None, exc.message
                except CharterError:
                    raise
                s.set_outputs({"problem": problem})
            if problem is None and out is not None:
                return out
            feedback = problem
        raise ExecutionError(f"step '{self.name}': no valid output after {self.config.max_attempts} attempts; "
                             f"last problem: {feedback}")


def merge_model(name: str, parts: dict[str, type[BaseModel]]) -> type[BaseModel]:
    """A model with one field per part (the output of parallel branches)."""
    return create_model(name, **{k: (v, ...) for k, v in parts.items()})

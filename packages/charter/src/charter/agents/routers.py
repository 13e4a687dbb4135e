"""Routers: pick one of N branches. Three kinds behind one interface, interchangeable in a graph:
an LLM classifier (tool calling: one tool per branch), an embedding nearest-example router, and a
rule router. A router passes its input through unchanged; the graph follows the chosen branch.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, Field

from charter.agents.context import RunContext
from charter.agents.steps import Step, StepConfig, template_fields
from charter.errors import ExecutionError, InvalidInput
from charter.tracing import span

if TYPE_CHECKING:
    from charter.data.embeddings import Embedder


class Router(Step):
    """A step that chooses a branch; its output is its input."""

    kind = "router"

    def __init__(self, name: str, input_model: type[BaseModel], config: StepConfig | dict[str, Any]) -> None:
        super().__init__(name, input_model, input_model, config)
        self.validate()

    @property
    def branches(self) -> list[str]:
        raise NotImplementedError

    def choose(self, inputs: BaseModel, ctx: RunContext) -> str:
        raise NotImplementedError

    def route(self, inputs: Any, ctx: RunContext) -> tuple[str, BaseModel]:
        """The chosen branch and the (unchanged) input, inside a router span."""
        with span(f"step:{self.name}", kind="router", inputs=inputs) as s:
            value = self.coerce_input(inputs)
            branch = self.choose(value, ctx)
            if branch not in self.branches:
                raise ExecutionError(f"router '{self.name}' chose '{branch}', which is not one of {self.branches}")
            s.set_attribute("branch", branch)
            s.set_outputs({"branch": branch})
            return branch, value

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        return inputs

    def _text(self, inputs: BaseModel) -> str:
        return str(getattr(inputs, self.config.field))

    def _check_field(self) -> None:
        if self.config.field not in self.input_model.model_fields:
            raise InvalidInput(f"router '{self.name}': field '{self.config.field}' is not a field of "
                               f"{self.input_model.__name__}")


class LLMRouterConfig(StepConfig):
    branches: dict[str, str] = Field(description="branch -> description the model reads")
    prompt: str = "Pick the branch that fits best:\n{question}"
    field: str = "question"
    system: str | None = None
    model: str | None = None


class LLMRouter(Router):
    """An LLM classifier: each branch is offered as a tool and the model must call one."""

    Config = LLMRouterConfig

    @property
    def branches(self) -> list[str]:
        return list(self.config.branches)

    def validate(self) -> None:
        self._check_field()
        missing = template_fields(self.config.prompt) - set(self.input_model.model_fields)
        if missing:
            raise InvalidInput(f"router '{self.name}': prompt refers to {sorted(missing)}, not fields of "
                               f"{self.input_model.__name__}")

    def choose(self, inputs: BaseModel, ctx: RunContext) -> str:
        from charter.models.types import ChatRequest, Tool

        gw = ctx.need("gateway", self.name)
        tools = [Tool(name=b, description=d) for b, d in self.config.branches.items()]
        req = ChatRequest.of(self.config.prompt.format(**inputs.model_dump()), system=self.config.system,
                             tools=tools, tool_choice="required", max_tokens=64)
        resp = gw.chat(req, self.config.model, principal=ctx.principal, agent=ctx.agent)
        if resp.tool_calls:
            return resp.tool_calls[0].name
        text = resp.text.strip().lower()  # a model without tool calling may still name the branch
        named = [b for b in self.branches if b.lower() == text or re.search(rf"\b{re.escape(b.lower())}\b", text)]
        if len(named) == 1:
            return named[0]
        raise ExecutionError(f"router '{self.name}': the model picked no branch (answered {resp.text[:80]!r})")


class EmbeddingRouterConfig(StepConfig):
    examples: dict[str, list[str]] = Field(description="branch -> example inputs of that branch")
    field: str = "question"
    min_similarity: float | None = None
    default: str | None = None


class EmbeddingRouter(Router):
    """Nearest example by cosine similarity of embeddings (``embedder.embed(list[str])``)."""

    Config = EmbeddingRouterConfig

    def __init__(self, name: str, input_model: type[BaseModel], config: EmbeddingRouterConfig | dict[str, Any],
                 embedder: Embedder | None = None) -> None:
        super().__init__(name, input_model, config)
        self.embedder = embedder
        self._lock = threading.Lock()
        self._matrix: tuple[int, Any, np.ndarray, list[str]] | None = None

    @property
    def branches(self) -> list[str]:
        out = list(self.config.examples)
        if self.config.default and self.config.default not in out:
            out.append(self.config.default)
        return out

    def validate(self) -> None:
        self._check_field()
        empty = [b for b, ex in self.config.examples.items() if not ex]
        if not self.config.examples or empty:
            raise InvalidInput(f"router '{self.name}': every branch needs at least one example ({empty or 'none given'})")

    def with_config(self, config: StepConfig | dict[str, Any]) -> Step:
        clone = super().with_config(config)
        clone._matrix = None  # type: ignore[attr-defined]
        clone._lock = threading.Lock()  # type: ignore[attr-defined]
        return clone

    def _examples(self, embedder: Embedder) -> tuple[np.ndarray, list[str]]:
        with self._lock:
            if self._matrix is None or self._matrix[1] is not embedder:
                labels = [b for b, exs in self.config.examples.items() for _ in exs]
                texts = [e for exs in self.config.examples.values() for e in exs]
                m = _normalise(np.asarray(embedder.embed(texts), dtype=np.float32))
                self._matrix = (0, embedder, m, labels)
            return self._matrix[2], self._matrix[3]

    def choose(self, inputs: BaseModel, ctx: RunContext) -> str:
        embedder = self.embedder or ctx.need("embedder", self.name)
        matrix, labels = self._examples(embedder)
        q = _normalise(np.asarray(embedder.embed([self._text(inputs)]), dtype=np.float32))[0]
        sims = matrix @ q
        best = int(np.argmax(sims))
        floor = self.config.min_similarity
        if floor is not None and float(sims[best]) < floor and self.config.default:
            return self.config.default
        return labels[best]


def _normalise(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


class Rule(BaseModel):
    branch: str
    any_of: list[str] = Field(default_factory=list, description="case-insensitive words or phrases")
    pattern: str | None = Field(None, description="a regular expression (case-insensitive)")


class RuleRouterConfig(StepConfig):
    rules: list[Rule]
    default: str
    field: str = "question"


class RuleRouter(Router):
    """The first rule whose words or pattern match wins; else the default branch."""

    Config = RuleRouterConfig

    @property
    def branches(self) -> list[str]:
        return list(dict.fromkeys([r.branch for r in self.config.rules] + [self.config.default]))

    def validate(self) -> None:
        self._check_field()
        for r in self.config.rules:
            if r.pattern:
                try:
                    re.compile(r.pattern)
                except re.error as exc:
                    raise InvalidInput(f"router '{self.name}': rule for '{r.branch}' has a bad pattern: {exc}") from None
            elif not r.any_of:
                raise InvalidInput(f"router '{self.name}': rule for '{r.branch}' needs any_of or pattern")

    def choose(self, inputs: BaseModel, ctx: RunContext) -> str:
        text = self._text(inputs).lower()
        for r in self.config.rules:
            if r.pattern and re.search(r.pattern, text, re.IGNORECASE):
                return r.branch
            if any(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in r.any_of):
                return r.branch
        return self.config.default

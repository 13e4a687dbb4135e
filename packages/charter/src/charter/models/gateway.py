"""The model gateway: every model call goes through ``Gateway.chat`` / ``Gateway.stream``.

Cross-cutting concerns are wrappers composed by ``build_stack`` (as starlette composes its
middleware), so the provider call itself stays plain. Per call, outermost first:

    guardrails -> cache -> fallback -> [per model: usage -> governance -> limits -> breaker -> retry -> provider]
"""

from __future__ import annotations

import contextvars
import json
import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import jsonschema
from pydantic import BaseModel, ValidationError

from charter.errors import CharterError, GuardrailBlocked, NotFound, did_you_mean
from charter.models.errors import BadProviderOutput, CircuitOpen, is_retryable
from charter.models.guardrails import Guardrail, default_guardrails
from charter.models.limits import Limiter, make_limiter, rules_for
from charter.models.meter import count as count_tokens
from charter.models.providers.base import Provider, TokenSink
from charter.models.registry import provider_class, register_models
from charter.models.types import ChatRequest, ChatResponse
from charter.models.usage import cache_get, cache_put, store_usage
from charter.settings import ModelSettings, Settings
from charter.store import BatchWriter, Store, utcnow
from charter.tracing import current_trace_id, span

if TYPE_CHECKING:
    from charter.catalog import Catalog

M = TypeVar("M", bound=BaseModel)

log = logging.getLogger(__name__)


@dataclass
class Call:
    """One gateway call as it moves through the wrappers."""

    request: ChatRequest
    model: str
    principal: str
    agent: str | None
    on_token: TokenSink | None = None
    flags: list[str] = field(default_factory=list)


Handler = Callable[[Call], ChatResponse]
Wrapper = Callable[[Call, Handler], ChatResponse]


def build_stack(wrappers: list[Wrapper], core: Handler) -> Handler:
    """Compose wrappers around a core handler; the first wrapper is the outermost."""
    handler = core
    for wrapper in reversed(wrappers):
        handler = (lambda w, nxt: lambda call: w(call, nxt))(wrapper, handler)
    return handler


class CircuitBreaker:
    """Opens after ``threshold`` consecutive failures; lets one trial through after ``cooldown_s``."""

    def __init__(self, threshold: int = 5, cooldown_s: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold, self.cooldown_s, self._clock = threshold, cooldown_s, clock
        self.failures = 0
        self.opened_at: float | None = None
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half-open" if self._clock() - self.opened_at >= self.cooldown_s else "open"

    def before(self, what: str) -> None:
        with self._lock:
            if self.state == "open":
                left = self.cooldown_s - (self._clock() - self.opened_at)  # type: ignore[operator]
                raise CircuitOpen(f"{what} is failing; its circuit breaker is open for another {left:.0f}s")

    def success(self) -> None:
        with self._lock:
            self.failures, self.opened_at = 0, None

    def failure(self) -> None:
        with self._lock:
            self.failures += 1
            if self.failures >= self.threshold or self.opened_at is not None:
                self.opened_at = self._clock()  # (re)open: a failed half-open trial restarts the wait


class Gateway:
    """One front door to every model: governance, limits, reliability, guardrails, usage."""

    def __init__(
        self,
        settings: Settings,
        store: Store | None,
        catalog: Catalog | None = None,
        *,
        limiter: Limiter | None = None,
        guardrails: list[Guardrail] | None = None,
        backoff_s: float = 0.5,
        breaker_threshold: int = 5,
        breaker_cooldown_s: float = 30.0,
        record_usage: bool = True,
        background_writes: bool = True,
    ) -> None:
        self.settings = settings
        self.store = store
        self.catalog = catalog
        self.limiter = limiter if limiter is not None else make_limiter(settings)
        self.guardrails = default_guardrails() if guardrails is None else guardrails
        self.backoff_s = backoff_s
        self.record_usage = record_usage and store is not None
        # Usage rows are stored in batches, off the caller's path (a commit per call would cost more
        # than the rest of the gateway).
        self.usage_writer: BatchWriter[dict[str, Any]] | None = (
            BatchWriter("model usage", partial(store_usage, store), batch_size=500, background=background_writes)
            if store is not None else None)
        self._breaker_args = (breaker_threshold, breaker_cooldown_s)
        self._providers: dict[str, Provider] = {}
        self._breakers: dict[str, CircuitBreaker] = {}
        self._lock = threading.Lock()
        self._outer = build_stack([self._guard, self._cache, self._fallback], self._unreachable)
        self._inner = build_stack(
            [self._usage, self._governance, self._limits, self._breaker, self._retry], self._execute
        )

    # ---------------------------------------------------------------- public API

    def chat(
        self, request: ChatRequest, model: str | None = None, principal: str = "admin", agent: str | None = None
    ) -> ChatResponse:
        """Run one chat call through the whole stack."""
        return self._outer(Call(request, self._resolve_recorded(model, principal, agent), principal, agent))

    def structured(
        self, request: ChatRequest, output: type[M], model: str | None = None, principal: str = "admin",
        agent: str | None = None,
    ) -> M:
        """The one way to get structured output from a model: ``output``'s JSON Schema becomes the
        request's ``response_schema`` (enforced by the provider where it can, checked here where it
        cannot), and the answer comes back validated as an ``output``. ``BadProviderOutput`` says
        which field is wrong when the model's JSON does not fit."""
        resp = self.chat(request.model_copy(update={"response_schema": output.model_json_schema()}), model,
                         principal=principal, agent=agent)
        try:
            return output.model_validate(resp.parsed)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"])) or "(the answer)"
            raise BadProviderOutput(f"model '{resp.model}' answered JSON that is not a valid {output.__name__}: "
                                    f"field '{where}': {first['msg']}") from None

    def stream(
        self, request: ChatRequest, model: str | None = None, principal: str = "admin", agent: str | None = None
    ) -> Iterator[str]:
        """Yield the answer's text as it is produced (the same checks and records as ``chat``)."""
        pieces: queue.Queue[Any] = queue.Queue()
        done = object()
        call = Call(request, self._resolve_recorded(model, principal, agent), principal, agent, on_token=pieces.put)
        outcome: dict[str, Any] = {}

        def work() -> None:
            try:
                outcome["response"] = self._outer(call)
            except BaseException as exc:  # handed to the consumer's thread below
                outcome["error"] = exc
            finally:
                pieces.put(done)

        # The worker runs in this context (a copy): its spans join the caller's trace, its tokens its meter.
        threading.Thread(target=contextvars.copy_context().run, args=(work,), name="charter-stream",
                         daemon=True).start()
        streamed = False
        while (item := pieces.get()) is not done:
            streamed = True
            yield item
        if "error" in outcome:
            raise outcome["error"]
        if not streamed and outcome["response"].text:  # a provider that cannot stream, or a cache hit
            yield outcome["response"].text

    def flush(self) -> None:
        """Wait until every usage row and audit record queued so far is stored."""
        if self.usage_writer is not None:
            self.usage_writer.flush()
        if self.catalog is not None:
            self.catalog.flush_audit()

    def usage(self, by: str = "model", since: Any = None) -> list[Any]:
        """Usage summed by principal, agent or model (after flushing pending rows)."""
        from charter.models.usage import summarize

        if self.store is None:
            return []
        self.flush()
        return summarize(self.store, by=by, since=since)

    def resolve(self, model: str | None) -> str:
        """The declared model a call names (the default model when it names none)."""
        name = model or self.settings.default_model
        if name not in self.settings.models:
            raise NotFound(
                f"unknown model '{name}'{did_you_mean(name, self.settings.models)}; models are declared in charter.toml"
            )
        return name

    def _resolve_recorded(self, model: str | None, principal: str, agent: str | None) -> str:
        try:
            return self.resolve(model)
        except NotFound as exc:  # a call to an unknown model is still a call: record it
            call = Call(ChatRequest(), model or "", principal, agent)
            self._write_usage(call, model or "", ChatResponse(), exc.code, exc.message)
            raise

    def provider(self, model: str) -> Provider:
        """The provider instance serving a declared model (one per model per gateway)."""
        with self._lock:
            if model not in self._providers:
                ms = self.settings.models[model]
                self._providers[model] = provider_class(ms.provider)(model, ms)
            return self._providers[model]

    def register_models(self, actor: str = "admin") -> list[str]:
        """Create a ``model:<name>`` securable for every declared model; returns their names."""
        if self.catalog is None:
            return []
        return register_models(self.settings, self.catalog, actor=actor)

    # ---------------------------------------------------------------- outer wrappers

    def _guard(self, call: Call, nxt: Handler) -> ChatResponse:
        request = call.request
        for g in self.guardrails:
            if not g.on_input:
                continue
            kinds: set[str] = set()
            system, messages = request.system, list(request.messages)
            if system and (found := g.find(system)):
                kinds |= {f.kind for f in found}
                system = g.redact(system, found) if g.mode == "redact" else system
            for i, m in enumerate(messages):
                if m.content and (found := g.find(m.content)):
                    kinds |= {f.kind for f in found}
                    if g.mode == "redact":
                        messages[i] = m.model_copy(update={"content": g.redact(m.content, found)})
            if not kinds:
                continue
            if g.mode == "block":
                message = f"input blocked by guardrail '{g.name}' ({', '.join(sorted(kinds))})"
                self._write_usage(call, call.model, ChatResponse(model=call.model), GuardrailBlocked.code, message)
                raise GuardrailBlocked(message, guardrail=g.name)
            call.flags.append(f"{g.name}:input:{','.join(sorted(kinds))}")
            if g.mode == "redact":
                request = request.model_copy(update={"system": system, "messages": messages})
        call.request = request
        response = nxt(call)
        for g in self.guardrails:
            if not g.on_output or not response.text:
                continue
            findings = g.find(response.text)
            if not findings:
                continue
            kinds = sorted({f.kind for f in findings})
            if g.mode == "block":
                raise GuardrailBlocked(f"output blocked by guardrail '{g.name}' ({', '.join(kinds)})", guardrail=g.name)
            call.flags.append(f"{g.name}:output:{','.join(kinds)}")
            if g.mode == "redact":
                response = response.model_copy(update={"text": g.redact(response.text, findings)})
        return response.model_copy(update={"flags": list(call.flags)}) if call.flags else response

    def _cache(self, call: Call, nxt: Handler) -> ChatResponse:
        ms = self.settings.models[call.model]
        if not ms.cache or self.store is None:
            return nxt(call)
        key = call.request.fingerprint(call.model)
        hit = cache_get(self.store, key)
        if hit is not None:
            self._check_access(call, call.model)  # a cached answer is still the model's answer
            response = hit.model_copy(update={"cached": True, "latency_s": 0.0, "cost_usd": 0.0})
            self._write_usage(call, call.model, response, "cached", None)
            if call.on_token is not None:
                call.on_token(response.text)
            return response
        response = nxt(call)
        if response.model == call.model:  # not an answer a fallback gave after this model failed
            cache_put(self.store, key, call.model, response)
        return response

    def _fallback(self, call: Call, _nxt: Handler) -> ChatResponse:
        chain = [call.model] + [m for m in self.settings.models[call.model].fallback if m != call.model]
        last: CharterError | None = None
        for i, name in enumerate(chain):
            if name not in self.settings.models:
                raise NotFound(f"model '{call.model}' falls back to '{name}', which is not declared in charter.toml")
            try:
                return self._inner(Call(call.request, name, call.principal, call.agent, call.on_token, call.flags))
            except CharterError as exc:
                # Only failures of the provider move on down the chain; a denial, a limit or a bad
                # request would fail the same way (or should not be dodged) on the next model.
                if not (is_retryable(exc) or isinstance(exc, CircuitOpen | BadProviderOutput)) or i == len(chain) - 1:
                    raise
                log.warning("model %s failed (%s); falling back to %s", name, exc.code, chain[i + 1])
                last = exc
        raise last or NotFound("empty fallback chain")  # pragma: no cover

    def _unreachable(self, call: Call) -> ChatResponse:  # pragma: no cover - fallback never calls on
        raise AssertionError("the fallback wrapper ends the outer stack")

    # ---------------------------------------------------------------- per-model wrappers

    def _usage(self, call: Call, nxt: Handler) -> ChatResponse:
        started = time.perf_counter()
        ms = self.settings.models[call.model]
        with span(f"llm:{call.model}", kind="llm", model=call.model, provider=ms.provider) as sp:
            try:
                response = nxt(call)
            except CharterError as exc:
                latency = time.perf_counter() - started
                self._write_usage(call, call.model, ChatResponse(latency_s=latency, model=call.model), exc.code, exc.message)
                raise
            if sp is not None:
                sp.set_attributes({
                    "input_tokens": response.usage.input_tokens, "output_tokens": response.usage.output_tokens,
                    "cost_usd": response.cost_usd, "latency_s": response.latency_s,
                })
        self._write_usage(call, call.model, response, "ok", None)
        count_tokens(response.usage)  # what the open meters (an agent's run) spent
        return response

    def _governance(self, call: Call, nxt: Handler) -> ChatResponse:
        self._check_access(call, call.model)
        return nxt(call)

    def _limits(self, call: Call, nxt: Handler) -> ChatResponse:
        rules = rules_for(self.settings, call.model, self.settings.models[call.model], call.principal)
        self.limiter.admit(rules)
        response = nxt(call)
        if rules:
            self.limiter.add(rules, response.usage.total_tokens, response.cost_usd)
        return response

    def _breaker(self, call: Call, nxt: Handler) -> ChatResponse:
        provider = self.provider(call.model)
        if not provider.remote:
            return nxt(call)
        ms = self.settings.models[call.model]
        key = f"{ms.provider}:{ms.base_url or ''}"
        with self._lock:
            breaker = self._breakers.setdefault(key, CircuitBreaker(*self._breaker_args))
        breaker.before(f"provider '{ms.provider}'" + (f" at {ms.base_url}" if ms.base_url else ""))
        try:
            response = nxt(call)
        except CharterError as exc:
            if is_retryable(exc) or isinstance(exc, BadProviderOutput):
                breaker.failure()
            raise
        breaker.success()
        return response

    def _retry(self, call: Call, nxt: Handler) -> ChatResponse:
        retries = self.settings.models[call.model].max_retries
        for attempt in range(retries + 1):
            try:
                return nxt(call)
            except CharterError as exc:
                if not is_retryable(exc) or attempt == retries:
                    raise
                # Full jitter keeps many clients from retrying in lock-step.
                time.sleep(self.backoff_s * (2**attempt) * random.uniform(0.5, 1.5))
        raise AssertionError("unreachable")  # pragma: no cover

    def _execute(self, call: Call) -> ChatResponse:
        ms = self.settings.models[call.model]
        provider = self.provider(call.model)
        provider.check_request(call.request)
        started = time.perf_counter()
        on_token = call.on_token if provider.can_stream else None
        result = provider.execute(call.request, timeout_s=ms.timeout_s, on_token=on_token)
        latency = time.perf_counter() - started
        parsed = None
        if call.request.response_schema is not None:
            parsed = _parse(result.text, call.request.response_schema, call.model)
        cost = (result.usage.input_tokens * ms.price_input_per_mtok + result.usage.output_tokens * ms.price_output_per_mtok) / 1e6
        return ChatResponse(
            text=result.text, tool_calls=result.tool_calls, parsed=parsed, usage=result.usage, latency_s=latency,
            cost_usd=cost, model=call.model, finish_reason=result.finish_reason,
        )

    # ---------------------------------------------------------------- helpers

    def _check_access(self, call: Call, model: str) -> None:
        if self.catalog is None:
            return
        securable = f"model:{model}"
        who, for_whom = (call.agent, call.principal) if call.agent else (call.principal, None)
        decision = self.catalog.check(who, "QUERY", securable, on_behalf_of=for_whom)
        if not decision.allowed:
            # A refusal is authorized (and audited) synchronously: it raises PermissionDenied.
            self.catalog.authorize(who, "QUERY", securable, on_behalf_of=for_whom, action="model call")
            return
        # An allowed call is audited off the hot path (an audit commit costs milliseconds).
        self.catalog.queue_audit(actor=who, on_behalf_of=for_whom, action="model call", securable=securable,
                                 allowed=True, reason=decision.reason)

    def _write_usage(self, call: Call, model: str, response: ChatResponse, outcome: str, error: str | None) -> None:
        if not self.record_usage or self.usage_writer is None:
            return
        ms = self.settings.models.get(model)
        self.usage_writer.put(dict(
            principal=call.principal, agent=call.agent, model=model, provider=ms.provider if ms else "(unknown)",
            input_tokens=response.usage.input_tokens, output_tokens=response.usage.output_tokens,
            latency_s=response.latency_s, cost_usd=response.cost_usd, outcome=outcome,
            error=(error or "")[:2000] or None, cached=response.cached, trace_id=current_trace_id(), at=utcnow(),
        ))


def _parse(text: str, schema: dict[str, Any], model: str) -> Any:
    # strict=False: llama.cpp's JSON grammars let raw control characters (a newline) into strings.
    try:
        value = json.loads(text, strict=False)
    except json.JSONDecodeError:
        raise BadProviderOutput(f"model '{model}' answered text that is not JSON where a schema was required") from None
    try:
        jsonschema.validate(value, schema)
    except jsonschema.ValidationError as exc:
        raise BadProviderOutput(f"model '{model}' answered JSON that does not match the schema: {exc.message}") from None
    return value


def chat(gateway: Gateway, prompt: str, **kwargs: Any) -> ChatResponse:
    """Shorthand: one user message through a gateway."""
    return gateway.chat(ChatRequest.of(prompt), **kwargs)


__all__ = ["Call", "CircuitBreaker", "Gateway", "Wrapper", "build_stack", "chat", "ModelSettings"]

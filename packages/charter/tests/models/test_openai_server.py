"""The ``openai`` provider against a real OpenAI-compatible server: llama.cpp's, on loopback."""

from __future__ import annotations

import json

import jsonschema
import pytest

from charter.errors import ProviderError
from charter.models import ChatRequest, Gateway
from charter.settings import ModelSettings, load_settings
from charter.testing import free_port

pytestmark = [pytest.mark.local_model, pytest.mark.slow]





@pytest.fixture
def gw(llama_server_url: str, tmp_path) -> Gateway:
    settings = load_settings(tmp_path, environ={})
    settings.models["srv"] = ModelSettings(
        provider="openai", base_url=llama_server_url, model="smollm2", price_input_per_mtok=1.0, price_output_per_mtok=2.0,
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

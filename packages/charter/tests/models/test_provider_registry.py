"""The provider registry: any name under the `charter.providers` entry-point group is a provider
charter.toml may name; the SDK-backed providers share key, status and error handling."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import httpx
import pytest

from charter import plugins
from charter.errors import ConfigError, NotFound, ProviderError, Timeout
from charter.models.errors import ProviderRejected
from charter.models.providers.anthropic import AnthropicProvider
from charter.models.providers.openai import OpenAIProvider
from charter.models.registry import provider_class, provider_status
from charter.settings import ModelSettings, load_settings


@pytest.fixture
def acme_plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A third-party provider 'acme' registered through the entry-point group (not installed)."""
    real = plugins.entry_points

    def fake(group: str) -> list[EntryPoint]:
        extra = [EntryPoint("acme", "acme_charter:AcmeProvider", group)] if group == plugins.PROVIDERS else []
        return [*real(group=group), *extra]

    plugins._entry_points.cache_clear()
    monkeypatch.setattr(plugins, "entry_points", fake)
    yield
    plugins._entry_points.cache_clear()


def test_charter_toml_may_name_a_plugin_provider(home: Path, acme_plugin: None) -> None:
    (home / "charter.toml").write_text('default_model = "big"\n[models.big]\nprovider = "acme"\nmodel = "acme-1"\n')
    assert load_settings(home).models["big"].provider == "acme"
    # Loading it is the registry's job, and it names the module it could not import.
    ok, detail = provider_status(load_settings(home).models["big"])
    assert not ok and "acme_charter" in detail


def test_an_unknown_provider_is_one_line_listing_the_registered_ones(home: Path) -> None:
    (home / "charter.toml").write_text('[models.x]\nprovider = "antropic"\n')
    with pytest.raises(ConfigError) as err:
        load_settings(home)
    message = err.value.message
    assert "key 'models.x.provider': unknown model provider 'antropic'; did you mean 'anthropic'?" in message
    assert "(registered: anthropic, local, openai, scripted;" in message
    assert "\n" not in message and "Value error" not in message
    with pytest.raises(NotFound, match=r"\(registered: anthropic, local, openai, scripted; plugins add more"):
        provider_class("antropic")


def test_sdk_providers_share_status_and_key_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("MY_KEY", "k")
    assert OpenAIProvider.status(ModelSettings(provider="openai", model="m")) == (False, "missing API key: set OPENAI_API_KEY")
    assert OpenAIProvider.status(ModelSettings(provider="openai", model="m", base_url="http://h/v1"))[0]
    assert AnthropicProvider.status(ModelSettings(provider="anthropic", api_key_env="MY_KEY")) == (True, "key in MY_KEY")
    # A self-hosted server needs no key; the SDK still gets one.
    local = OpenAIProvider("vllm", ModelSettings(provider="openai", model="m", base_url="http://127.0.0.1:9/v1"))
    assert local.client().api_key == "not-needed"
    with pytest.raises(ConfigError, match="model 'gpt': missing API key: set OPENAI_API_KEY"):
        OpenAIProvider("gpt", ModelSettings(provider="openai", model="m")).client()


def _status_error(sdk, code: int) -> Exception:  # type: ignore[no-untyped-def]
    request = httpx.Request("POST", "http://h/v1")
    return sdk.APIStatusError("boom", response=httpx.Response(code, request=request), body=None)


@pytest.mark.parametrize(("code", "kind"), [
    (529, ProviderError),  # Anthropic's "overloaded": transient, as every 5xx
    (429, ProviderError),
    (409, ProviderError),
    (400, ProviderRejected),
    (401, ProviderRejected),
])
def test_sdk_errors_are_translated_at_the_edge(code: int, kind: type) -> None:
    import anthropic
    import openai

    claude = AnthropicProvider("claude", ModelSettings(provider="anthropic", model="c"))
    gpt = OpenAIProvider("gpt", ModelSettings(provider="openai", model="g"))
    a, o = claude._translate(_status_error(anthropic, code)), gpt._translate(_status_error(openai, code))
    assert type(a) is kind and a.message == f"model 'claude' (anthropic): HTTP {code}: boom"
    assert type(o) is kind and o.message == f"model 'gpt' (openai at api.openai.com): HTTP {code}: boom"
    assert a.retryable == o.retryable == (kind is ProviderError)
    timeout = gpt._translate(openai.APITimeoutError(request=httpx.Request("POST", "http://h")))
    assert isinstance(timeout, Timeout) and timeout.retryable

"""The decomposed chain, unchanged, on a real OpenAI-compatible server: llama.cpp's own, on loopback,
serving the bundled SmolLM2 GGUF. The model is asked only on a close call, and only among the candidates."""

from __future__ import annotations

from typing import Any

import pytest

from charter.agents import RunContext
from charter.agents.context import Extensions
from charter.models import Gateway
from charter.settings import ModelSettings, load_settings
from finql.translate.agents import decomposed

pytestmark = [pytest.mark.local_model, pytest.mark.slow]


class Recording:
    """Wraps the real gateway and records what the chain asked (the test double is only the recorder)."""

    def __init__(self, inner: Gateway) -> None:
        self.inner, self.requests = inner, []

    def chat(self, request: Any, model: str | None = None, **kwargs: Any) -> Any:
        self.requests.append(request)
        return self.inner.chat(request, model, **kwargs)


def test_the_chain_asks_a_real_openai_compatible_server_only_among_candidates(llama_server_url: str, env: Any,
                                                                               tmp_path: Any) -> None:
    settings = load_settings(tmp_path, environ={})
    settings.models["srv"] = ModelSettings(provider="openai", base_url=llama_server_url, model="smollm2")
    gw = Recording(Gateway(settings, None, None))
    agent = decomposed().with_step_config("disambiguate", {"model": "srv"}).with_step_config("choose_sense", {"model": "srv"})
    ctx = RunContext(principal="analyst", gateway=gw, catalog=env.charter.catalog, data=env.charter.data,
                     extensions=Extensions(env))

    plain = agent.run({"question": "What were Northwind Systems' sales in fiscal 2023?"}, ctx).output
    assert plain.query == "FF_SALES(FY2023) FOR NWSY" and gw.requests == []  # sure: no model call

    out = agent.run({"question": "Monarch's consumer lager business net income last year"}, ctx).output
    assert out.model_calls == {"disambiguate": 1} and 1 <= len(gw.requests) <= 2  # once, or again without a grammar
    family = {"MHP", "MONA", "MONB"}
    assert all(f'"{t}"' in gw.requests[0].grammar for t in family)
    # the server cannot enforce a GBNF grammar, so the chain asked again without one or took the answer
    # only if it named a candidate: either one of the family, or a refusal naming the word
    if out.query is not None:
        assert out.tickers and out.tickers[0] in family and out.query.endswith(f"FOR {out.tickers[0]}")
    else:
        assert out.refusal == "unsupported" and "monarch" in out.message

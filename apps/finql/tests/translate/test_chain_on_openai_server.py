"""The decomposed chain, unchanged, on a real OpenAI-compatible server: llama.cpp's own, on loopback,
serving the bundled SmolLM2 GGUF. The model is asked only on a close call, and only among the candidates."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from charter.agents import RunContext
from charter.agents.context import Extensions
from charter.models import Gateway
from charter.models.providers.local import resolve_gguf
from charter.settings import ModelSettings, load_settings
from charter.testing import free_port, require_module
from finql.translate.agents import decomposed

pytestmark = [pytest.mark.local_model, pytest.mark.slow]


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    require_module("starlette_context", "server-test")  # llama_cpp.server's own dependency
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(resolve_gguf("")), "--host", "127.0.0.1",
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


class Recording:
    """Wraps the real gateway and records what the chain asked (the test double is only the recorder)."""

    def __init__(self, inner: Gateway) -> None:
        self.inner, self.requests = inner, []

    def chat(self, request: Any, model: str | None = None, **kwargs: Any) -> Any:
        self.requests.append(request)
        return self.inner.chat(request, model, **kwargs)


def test_the_chain_asks_a_real_openai_compatible_server_only_among_candidates(server_url: str, env: Any,
                                                                               tmp_path: Any) -> None:
    settings = load_settings(tmp_path, environ={})
    settings.models["srv"] = ModelSettings(provider="openai", base_url=server_url, model="smollm2")
    gw = Recording(Gateway(settings, None, None))
    agent = decomposed().with_step_config("disambiguate", {"model": "srv"}).with_step_config("choose_sense", {"model": "srv"})
    ctx = RunContext(principal="analyst", gateway=gw, catalog=env.charter.catalog, data=env.charter.data,
                     extensions=Extensions(env))

    plain = agent.run({"question": "What were Northwind Systems' sales in fiscal 2023?"}, ctx).output
    assert plain.query == "FF_SALES(FY2023) FOR NWSY" and gw.requests == []  # sure: no model call

    out = agent.run({"question": "Aurora's card business net income last year"}, ctx).output
    assert out.model_calls == {"disambiguate": 1} and 1 <= len(gw.requests) <= 2  # once, or again without a grammar
    family = {"AUOU", "AURC", "AURO", "AURP"}
    assert all(f'"{t}"' in gw.requests[0].grammar for t in family)
    # the server cannot enforce a GBNF grammar, so the chain asked again without one or took the answer
    # only if it named a candidate: either one of the family, or a refusal naming the word
    if out.query is not None:
        assert out.tickers and out.tickers[0] in family and out.query.endswith(f"FOR {out.tickers[0]}")
    else:
        assert out.refusal == "unsupported" and "aurora" in out.message

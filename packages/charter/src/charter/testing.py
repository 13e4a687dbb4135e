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

import contextlib
import importlib
import os
import shutil
import socket
import subprocess
import sys
import time
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


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now, for a server a test starts."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# llama.cpp's own OpenAI-compatible server, run as Charter loads the model: llama.cpp's defaults repack weights
# for AMX, which crashes the first decode on CPUs with AMX (issue 15).
_LLAMA_SERVER = (
    "import runpy\n"
    "from charter.models.providers.local import extra_buffer_types\n"
    "with extra_buffer_types(False):\n"
    "    runpy.run_module('llama_cpp.server', run_name='__main__', alter_sys=True)\n"
)


@contextlib.contextmanager
def llama_cpp_server(n_ctx: int = 2048, start_timeout: float = 120) -> Iterator[str]:
    """A real OpenAI-compatible server on loopback: ``llama_cpp.server`` serving the bundled SmolLM2 GGUF. Yields
    its base URL (``http://127.0.0.1:PORT/v1``) once ``/models`` answers; stops it on exit. Skips (fails under
    CI=true) without the ``server-test`` extra; fails with the server's last words when it exits early."""
    import httpx

    from charter.models.providers.local import resolve_gguf

    require_module("starlette_context", "server-test")  # llama_cpp.server's own dependency
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", _LLAMA_SERVER, "--model", str(resolve_gguf("")), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", str(n_ctx), "--verbose", "false"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + start_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {proc.stderr.read()[-500:] if proc.stderr else ''}")
            try:
                if httpx.get(f"{url}/models", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail(f"llama_cpp.server did not start within {start_timeout:g}s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def llama_server_url() -> Iterator[str]:
    """The base URL of a ``llama_cpp_server`` shared by a module's tests."""
    with llama_cpp_server() as url:
        yield url


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


# The PostgreSQL store's shape: every column, constraint, index, view and trigger of `public`, and the
# revisions applied. Equal shapes mean the same schema, so emptying the tables is a fresh migration.
_PG_SHAPE = """
SELECT string_agg(x, E'\n' ORDER BY x) FROM (
  SELECT concat_ws(' ', table_name, column_name, data_type, column_default, is_nullable) AS x
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT concat_ws(' ', conrelid::regclass::text, conname, pg_get_constraintdef(oid))
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 'view ' || viewname FROM pg_views WHERE schemaname = 'public'
  UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
  UNION ALL SELECT 'revision ' || version_num FROM public.alembic_version
) shape
"""


def _pg_sequences(conn: object) -> list[tuple[str, int, bool]]:
    import sqlalchemy as sa

    names = conn.execute(sa.text(  # type: ignore[attr-defined]
        "SELECT quote_ident(sequencename) FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")).scalars()
    return [(n, *conn.execute(sa.text(f"SELECT last_value, is_called FROM public.{n}")).one())  # type: ignore[attr-defined]
            for n in names]


def _pg_tables(conn: object) -> list[str]:
    import sqlalchemy as sa

    return list(conn.execute(sa.text(  # type: ignore[attr-defined]
        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version' "
        "ORDER BY 1")).scalars())


@pytest.fixture(scope="session")
def _pg_migrated(pg_url: str) -> dict[str, object]:
    """Migrate `public` of the session's PostgreSQL database once and keep what a fresh store holds:
    its shape, the rows the migrations wrote (as JSON, per table) and each sequence's position."""
    import sqlalchemy as sa

    _reset_pg_schema(pg_url)
    store = Store(pg_url)
    upgrade(store)
    store.dispose()
    engine = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        tables = _pg_tables(conn)
        seeds = {t: conn.execute(sa.text(f"SELECT json_agg(r)::text FROM public.{t} r")).scalar() for t in tables}
        state = {"shape": conn.execute(sa.text(_PG_SHAPE)).scalar(), "tables": tables,
                 "seeds": {t: rows for t, rows in seeds.items() if rows}, "sequences": _pg_sequences(conn)}
    engine.dispose()
    return state


def _fresh_pg_store(url: str, migrated: dict[str, object]) -> None:
    """Put `public` back to a freshly migrated store: when its shape is the migrated one, empty every
    table and restore the seeded rows and the sequences (a tenth of the time of migrating); when a
    test changed the schema, drop it and migrate again."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:  # one transaction: the store is either reset whole or left as it was
            current = conn.execute(sa.text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar()
            if current and conn.execute(sa.text(_PG_SHAPE)).scalar() == migrated["shape"] \
                    and _pg_tables(conn) == migrated["tables"]:
                tables: list[str] = migrated["tables"]  # type: ignore[assignment]
                # DELETE, not TRUNCATE: TRUNCATE makes new files for all the tables (a second or more), most
                # of which are empty; the foreign keys are not checked while the rows go and come back.
                conn.execute(sa.text("SET LOCAL session_replication_role = replica"))
                for t in tables:
                    conn.execute(sa.text(f"DELETE FROM public.{t}"))
                for t, rows in migrated["seeds"].items():  # type: ignore[attr-defined]
                    conn.execute(sa.text(f"INSERT INTO public.{t} SELECT * FROM "
                                         f"json_populate_recordset(NULL::public.{t}, CAST(:rows AS json))"),
                                 {"rows": rows})
                for seq, last, called in migrated["sequences"]:  # type: ignore[attr-defined]
                    conn.execute(sa.text(f"SELECT setval('public.{seq}', :v, :c)"), {"v": last, "c": called})
                return
    finally:
        engine.dispose()
    _reset_pg_schema(url)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite metadata store file migrated once per session, to be copied (``copy_migrated``),
    never opened in place: a copy takes a millisecond, running every migration a few tenths of a
    second, and hundreds of tests start from a migrated store. No connection is left open on it,
    so the file (with any WAL beside it) is a complete, consistent database."""
    path = tmp_path_factory.mktemp("migrated-store") / "charter.db"
    template = Store(f"sqlite:///{path}")
    upgrade(template)
    template.dispose()
    return path


def copy_migrated(template: Path, db: Path) -> Path:
    """Copy the migrated store ``template`` (``migrated_sqlite``) to ``db``, unless a store is there
    already (another of the test's fixtures put it there, as `mcp`'s ``synced`` does: then it is
    opened as it is, as before the copy existed)."""
    if db.exists():
        return db
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{template}{suffix}").exists():
            shutil.copyfile(f"{template}{suffix}", f"{db}{suffix}")
    return db


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def _store_backend(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def store_url(_store_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated-ready empty metadata store URL, on SQLite and on PostgreSQL."""
    if _store_backend == "sqlite":
        return f"sqlite:///{tmp_path / 'charter.db'}"
    url = request.getfixturevalue("pg_url")
    _reset_pg_schema(url)
    return url


@pytest.fixture
def store(_store_backend: str, migrated_sqlite: Path, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A migrated metadata store, on SQLite (a copy of ``migrated_sqlite``) and on PostgreSQL (the
    session's database emptied back to its freshly migrated rows, see ``_fresh_pg_store``)."""
    if _store_backend == "sqlite":
        store_url = f"sqlite:///{copy_migrated(migrated_sqlite, tmp_path / 'charter.db')}"
    else:
        store_url = request.getfixturevalue("pg_url")
        _fresh_pg_store(store_url, request.getfixturevalue("_pg_migrated"))
    s = Store(store_url)
    upgrade(s)  # on a fresh copy, only the check that the schema is current; after a reset, the migration


    yield s
    s.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path, migrated_sqlite: Path) -> Iterator[Store]:
    """A migrated SQLite metadata store (for tests that need no PostgreSQL variant): a copy of
    ``migrated_sqlite``, this test's own."""
    s = Store(f"sqlite:///{copy_migrated(migrated_sqlite, tmp_path / 'charter.db')}")
    upgrade(s)  # only the check that the schema is current
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

"""The one Registry (entry points + explicit registration, clear errors) and the runtime that
builds each layer and app extension once, whichever thread asks first."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from charter import plugins
from charter.agents import RunContext
from charter.agents.context import Extensions
from charter.errors import AlreadyExists, ConfigError, NotFound
from charter.plugins import Registry
from charter.runtime import Charter


def _with_entry_points(monkeypatch: pytest.MonkeyPatch, group: str, eps: list[EntryPoint]) -> None:
    real = plugins.entry_points
    monkeypatch.setattr(plugins, "entry_points",
                        lambda group: [*real(group=group), *(eps if group == "test.group" else [])])
    plugins._entry_points.cache_clear()


@pytest.fixture
def fake_group(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    eps = [EntryPoint("good", "json:dumps", "test.group"), EntryPoint("broken", "no_such_module_xyz:f", "test.group"),
           EntryPoint("notfn", "json:__name__", "test.group")]
    _with_entry_points(monkeypatch, "test.group", eps)
    yield
    plugins._entry_points.cache_clear()


def _callable(name: str, loaded: object) -> object:
    if not callable(loaded):
        raise ConfigError(f"thing '{name}' is not callable")
    return loaded


def test_names_import_nothing_and_a_plugin_loads_when_asked(fake_group: None) -> None:
    import json

    reg: Registry[object] = Registry("test.group", "thing", check=_callable)
    assert reg.names() == ["broken", "good", "notfn"] and "good" in reg and len(reg) == 3
    assert reg.source("good") == "json:dumps" and reg.source("nope") == ""
    assert reg.get("good") is json.dumps and reg["good"] is json.dumps


def test_a_broken_plugin_is_named_never_dropped(fake_group: None) -> None:
    reg: Registry[object] = Registry("test.group", "thing", check=_callable)
    with pytest.raises(ConfigError, match=r"cannot load thing 'broken' from no_such_module_xyz:f: ModuleNotFoundError"):
        reg.get("broken")
    with pytest.raises(ConfigError, match="thing 'notfn' is not callable"):
        reg.get("notfn")
    assert reg.get("good") is not None  # the others still load


def test_an_unknown_name_lists_the_registered_ones(fake_group: None) -> None:
    reg: Registry[object] = Registry("test.group", "thing")
    with pytest.raises(NotFound) as err:
        reg.get("godo")
    assert err.value.message == ("unknown thing 'godo'; did you mean 'good'? (registered: broken, good, notfn; "
                                 "plugins add more under the entry-point group 'test.group')")


def test_registrations_stay_on_their_instance(fake_group: None) -> None:
    one: Registry[object] = Registry("test.group", "thing")
    one.register("mine", len)
    with pytest.raises(AlreadyExists, match="a thing named 'good' is already registered \\(from json:dumps\\)"):
        one.register("good", len)
    one.register("good", len, replace=True)
    assert one.get("good") is len and one.get("mine") is len
    other: Registry[object] = Registry("test.group", "thing")
    assert "mine" not in other and other.get("good") is not len
    assert Registry("test.group", "thing", load_entry_points=False).names() == []


def test_concurrent_first_uses_publish_one_plugin(fake_group: None) -> None:
    calls = []

    def slow_check(name: str, loaded: object) -> object:
        calls.append(name)
        time.sleep(0.01)
        return object()  # a fresh object per check: only one may win

    reg: Registry[object] = Registry("test.group", "thing", check=slow_check)
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda _: reg.get("good"), range(8)))
    assert len({id(g) for g in got}) == 1 and calls


def test_extensions_are_built_once_and_found_by_type() -> None:
    class Base:
        pass

    class Env(Base):
        pass

    built = []
    gate = threading.Barrier(8)

    def provider(cls: type) -> object | None:
        if not issubclass(Env, cls):
            return None
        built.append(cls)
        time.sleep(0.01)
        return Env()

    ext = Extensions(provider=provider)

    def ask(_: int) -> object:
        gate.wait()
        return ext.get(Env)

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(ask, range(8)))
    assert len({id(g) for g in got}) == 1 and len(built) == 1
    assert ext.get(Base) is got[0]  # found by its base class too
    assert ext.get(int) is None
    ctx = RunContext(principal="p", extensions=ext)
    assert ctx.extension(Env) is got[0]
    with pytest.raises(ConfigError, match="step 'fill' needs the app extension int"):
        ctx.extension(int, "fill")
    given = Env()
    assert RunContext(principal="p", extensions=Extensions(given)).extension(Base) is given


def test_the_runtime_builds_each_layer_once_whichever_thread_asks_first(tmp_path: Path) -> None:
    charter = Charter.open(tmp_path / "home")
    gate = threading.Barrier(8)

    def layers(_: int) -> tuple[int, ...]:
        gate.wait()
        return (id(charter.data), id(charter.catalog), id(charter.tracer), id(charter.tools), id(charter.extensions),
                id(charter.indexes), id(charter.features))

    with ThreadPoolExecutor(8) as pool:
        seen = set(pool.map(layers, range(8)))
    assert len(seen) == 1
    ctx = charter.run_context("analyst", request_id="r1")
    assert (ctx.principal, ctx.request_id, ctx.catalog, ctx.data) == ("analyst", "r1", charter.catalog, charter.data)
    assert ctx.indexes is charter.indexes and charter.indexes.data is charter.data
    assert ctx.extensions is charter.extensions
    assert set(charter.handles()) == {"gateway", "catalog", "data", "indexes", "tools", "tracer", "extensions"}
    charter.store.dispose()


def test_an_optional_dependency_names_its_extra_and_a_broken_one_is_not_hidden(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from charter.plugins import missing_extra, optional_import

    assert optional_import("json", "dev").dumps is not None and missing_extra("json", "dev") is None
    with pytest.raises(ConfigError) as err:
        optional_import("no_such_sdk_xyz.sub", "acme", purpose="the acme provider")
    assert err.value.message == ("the acme provider needs the 'no_such_sdk_xyz' package, from the 'acme' extra: "
                                 "pip install 'charter[acme]'")
    # A package that is there but fails inside is a real error, not a missing extra.
    (tmp_path / "half_broken_pkg.py").write_text("import no_such_dependency_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError, match="no_such_dependency_xyz"):
        optional_import("half_broken_pkg", "acme")

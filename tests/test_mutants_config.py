"""`make mutants` covers the modules that guard data and users, each judged by tests that exist,
and lays out a scratch tree in which mutmut mutates that module only (docs/testing.md)."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GUARDS = {
    "packages/charter/src/charter/data/governed.py",
    "packages/charter/src/charter/data/verify.py",
    "packages/charter/src/charter/catalog/sqlpolicy.py",
    "packages/charter/src/charter/catalog/decide.py",
    "packages/charter/src/charter/server/app.py",
    "packages/charter/src/charter/mcp/tokens.py",
}


def _runner():  # tools/ is no package: load the script by path
    spec = importlib.util.spec_from_file_location("mutants_run", REPO / "tools" / "mutants" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_guarding_module_is_mutated_against_existing_tests() -> None:
    modules = _runner().load()
    assert {m.path for m in modules} >= GUARDS
    for m in modules:
        assert m.tests, m.name
        assert all((REPO / t).is_file() for t in m.tests), m.name


def test_a_bad_config_names_the_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "modules.toml"
    bad.write_text('[modules.x]\npath = "packages/charter/src/charter/nope.py"\ntests = []\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="x names packages/charter/src/charter/nope.py, which does not exist"):
        _runner().load(bad)


def test_the_scratch_tree_mutates_one_module_and_selects_its_tests(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    run = _runner()
    monkeypatch.setattr(run, "WORK", tmp_path)
    module = next(m for m in run.load() if m.name == "catalog/decide")
    work = run.prepare(module)
    assert (work / "src" / "charter" / "catalog" / "decide.py").is_file()
    assert (work / "tests" / "catalog" / "test_decide.py").is_file() and (work / "conftest.py").is_file()
    config = tomllib.loads((work / "pyproject.toml").read_text(encoding="utf-8"))
    mutmut = config["tool"]["mutmut"]
    assert mutmut["only_mutate"] == ["src/charter/catalog/decide.py"]
    assert mutmut["pytest_add_cli_args_test_selection"] == [
        "tests/" + t.removeprefix("packages/charter/tests/") for t in module.tests]
    assert "--strict-markers" in config["tool"]["pytest"]["ini_options"]["addopts"]

"""The test tree's own rule: pytest imports test modules outside packages by their file name."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEST_TREES = [REPO / "tests", REPO / "packages" / "charter" / "tests", REPO / "apps" / "finql" / "tests",
              REPO / "apps" / "questionnaire" / "tests"]


def test_every_test_tree_is_collected() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    paths = {REPO / p for p in config["tool"]["pytest"]["ini_options"]["testpaths"]}
    trees = {p.parent for p in REPO.glob("*/*/tests/conftest.py")} | {REPO / "tests"}
    assert {t for t in TEST_TREES if t.is_dir()} == paths
    assert trees <= paths


def test_test_modules_outside_packages_have_unique_names() -> None:
    by_name: dict[str, list[str]] = defaultdict(list)
    for tree in TEST_TREES:
        for path in tree.rglob("*.py"):
            if path.name != "conftest.py" and not (path.parent / "__init__.py").exists():
                by_name[path.name].append(str(path.relative_to(REPO)))
    clashes = {name: paths for name, paths in by_name.items() if len(paths) > 1}
    assert not clashes, f"rename these (pytest cannot collect two modules of one name): {clashes}"


def test_no_test_skips_silently_for_a_missing_dependency() -> None:
    """Under CI=true every extra is installed, so a missing one must fail: tests use
    charter.testing.require_module / unavailable, never pytest.importorskip."""
    offenders = [str(p.relative_to(REPO)) for tree in TEST_TREES for p in tree.rglob("*.py")
                 if "importorskip" in p.read_text(encoding="utf-8") and p.name != "test_layout.py"]
    assert offenders == []


def test_no_test_module_imports_a_conftest_by_name() -> None:
    """Every test folder's conftest.py is imported as the module `conftest`: when pytest is given several
    folders in one call another folder's wins, so shared helpers live in a uniquely named module."""
    import re

    pattern = re.compile(r"^\s*(from\s+conftest\s+import|import\s+conftest\b)", re.MULTILINE)
    offenders = [str(p.relative_to(REPO)) for tree in TEST_TREES for p in tree.rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == [], f"import these helpers from a uniquely named module, not conftest: {offenders}"

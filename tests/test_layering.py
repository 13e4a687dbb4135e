"""Dependencies point one way: each layer imports only itself and the layers below it, and each
distribution only the distributions it declares.

Checked on the source's AST, so imports inside functions (lazy imports) count too.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "packages" / "charter" / "src"
# Each distribution: its folder, its top-level package, and the packages it may import.
DISTRIBUTIONS = {
    "charter": (REPO / "packages" / "charter", "charter", {"charter"}),
    "charter-finql": (REPO / "apps" / "finql", "finql", {"finql", "charter"}),
    "charter-questionnaire": (REPO / "apps" / "questionnaire", "questionnaire", {"questionnaire", "charter"}),
}

# Lower number = lower layer. Modules at the package root that are foundations sit at 0.
RANK = {
    "errors": 0,
    "settings": 0,
    "plugins": 0,
    "store": 0,
    "tracing": 1,
    "catalog": 2,
    "data": 3,
    "models": 4,
    "tools": 5,
    "agents": 6,
    "evals": 7,
    "monitor": 7.5,  # runs evals' scorers on live traces; the server and the runtime start it
    "server": 8,
    "mcp": 8,
    "doctor": 9,
    "runtime": 8,  # wires the layers below the server; the server and MCP layers build one
    "cli": 10,
    "testing": 10,  # the pytest plugin: fixtures over every layer
}
APPS = {"finql", "questionnaire"}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _violations() -> list[str]:
    problems = []
    for path in sorted((SRC / "charter").rglob("*.py")):
        rel = path.relative_to(SRC).with_suffix("")
        module = ".".join(rel.parts)
        own = _layer(module)
        if own == "__init__" or own not in RANK:
            own_rank = None if own == "__init__" else RANK.get(own)
        else:
            own_rank = RANK[own]
        for line, target in _imports(path):
            top = target.split(".")[0]
            if top in APPS:
                problems.append(f"{path.relative_to(SRC)}:{line} imports the app '{target}'")
            if top != "charter" or own_rank is None:
                continue
            dep = _layer(target)
            if dep in RANK and RANK[dep] > own_rank:
                problems.append(f"{path.relative_to(SRC)}:{line} ({own}) imports {target} ({dep}), a higher layer")
    return problems


def test_every_charter_module_has_a_known_layer() -> None:
    unknown = {
        _layer(".".join(p.relative_to(SRC).with_suffix("").parts))
        for p in (SRC / "charter").rglob("*.py")
    } - set(RANK) - {"__init__", "__main__"}
    assert not unknown, f"add these to RANK in {__file__}: {sorted(unknown)}"


def test_imports_point_down_the_layers() -> None:
    assert _violations() == []


def test_the_checker_catches_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "m.py"
    bad.write_text("def f():\n    from charter.evals import x\n")
    assert _imports(bad) == [(2, "charter.evals")]


def test_each_distribution_imports_only_what_it_declares() -> None:
    packages = {pkg for _d, pkg, _a in DISTRIBUTIONS.values()}
    problems = []
    for dist, (folder, pkg, allowed) in DISTRIBUTIONS.items():
        for path in sorted((folder / "src" / pkg).rglob("*.py")):
            for line, target in _imports(path):
                top = target.split(".")[0]
                if top in packages and top not in allowed:
                    problems.append(f"{path.relative_to(REPO)}:{line} ({dist}) imports {target}")
    assert problems == []


def test_each_distribution_declares_its_own_entry_points_and_requirements() -> None:
    for dist, (folder, pkg, allowed) in DISTRIBUTIONS.items():
        project = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        assert project["name"] == dist
        requires = {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0] for r in project.get("dependencies", [])}
        for other, (_f, other_pkg, _a) in DISTRIBUTIONS.items():
            if other != dist:
                assert (other in requires) == (other_pkg in allowed), f"{dist} and {other}"
        targets = [v for group in project.get("entry-points", {}).values() for v in group.values()]
        targets += list(project.get("scripts", {}).values())
        assert targets, f"{dist} registers nothing"
        for target in targets:
            assert target.split(":")[0].split(".")[0] == pkg, f"{dist} registers {target}, not its own code"


def _requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _strings(path: Path) -> list[tuple[int, str]]:
    """Every string literal of a module (implicit concatenation joined, f-string fields as '{}')."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            found.append((node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}"
                                               for v in node.values)))
    return found


def _install_hint_problems(text: str, required: set[str], extras: set[str]) -> list[str]:
    """What an install hint gets wrong: an extra charter lacks, or a package already required."""
    problems = []
    for hint in re.findall(r"pip install ([^)\n]*)", text):
        for word in hint.split():
            word = word.strip("'\"`,.;")
            if not word or word.startswith("-"):
                continue
            extra = re.fullmatch(r"(?:-e )?(?:charter|packages/charter)\[([^\]]*)\]", word)
            if extra:
                if extra.group(1) not in ("{}", "<extra>") and extra.group(1) not in extras:
                    problems.append(f"names the extra '{extra.group(1)}', which charter does not have")
            elif _requirement_name(word) in required:
                problems.append(f"asks to install '{word}', which is already required")
    return problems


def test_no_message_asks_to_install_what_is_already_required() -> None:
    """Import or explain: a missing optional dependency names a real extra of charter
    (charter.plugins.missing_extra); a dependency every install has is imported, never explained."""
    charter_project = tomllib.loads((REPO / "packages" / "charter" / "pyproject.toml").read_text())["project"]
    extras = set(charter_project.get("optional-dependencies", {}))
    charter_requires = {_requirement_name(r) for r in charter_project["dependencies"]}
    problems = []
    for folder, pkg, _allowed in DISTRIBUTIONS.values():
        project = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        required = {_requirement_name(r) for r in project.get("dependencies", [])} | charter_requires
        for path in sorted((folder / "src" / pkg).rglob("*.py")):
            for line, text in _strings(path):
                problems += [f"{path.relative_to(REPO)}:{line} {p}"
                             for p in _install_hint_problems(text, required, extras)]
    assert problems == []


def test_the_install_hint_checker_catches_both_mistakes() -> None:
    required, extras = {"bm25s", "charter"}, {"local"}
    assert _install_hint_problems("needs bm25s: pip install 'charter[docs]'", required, extras) == [
        "names the extra 'docs', which charter does not have"]
    assert _install_hint_problems("(pip install bm25s)", required, extras) == [
        "asks to install 'bm25s', which is already required"]
    assert _install_hint_problems("pip install 'charter[local]' or pip install --force-reinstall llama-cpp-python",
                                  required, extras) == []

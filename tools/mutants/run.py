"""`make mutants`: mutation testing of the modules that guard data and users, with mutmut.

Each module in ``modules.toml`` is mutated on its own, in a scratch copy under ``.mutants/work/NAME``
laid out the way mutmut expects (``src/charter`` and ``tests``), and judged by ITS tests only
(mutmut then runs, for each mutant, only those tests that call the mutated function). The
working tree is never touched. Prints, per module, killed / total and every surviving mutant as a
diff; writes the figures to ``.mutants/summary.json``.

    python tools/mutants/run.py                  # every module, one after another
    python tools/mutants/run.py catalog/decide   # one module (names as in modules.toml)
    python tools/mutants/run.py --list           # the modules and their tests
    python tools/mutants/run.py data/governed --only apply_filters_and_masks --only _wrapper
                                                 # only the mutants of these functions (globs)

Run it niced on a shared machine (``make mutants`` does): one mutant at a time by default.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE_SRC = REPO / "packages" / "charter" / "src"
PACKAGE_TESTS = REPO / "packages" / "charter" / "tests"
CONFIG = Path(__file__).with_name("modules.toml")
WORK = REPO / ".mutants"
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".hypothesis")
_RESULT = re.compile(r"^\s+(\S+__mutmut_\d+): (.+)$")


@dataclass(frozen=True)
class Module:
    name: str
    path: str  # repository-relative path of the module mutated
    tests: tuple[str, ...]  # repository-relative test files that judge it
    markers: str


def load(config: Path = CONFIG) -> list[Module]:
    """The modules of ``modules.toml``; a missing file in it is an error naming the file."""
    data = tomllib.loads(config.read_text(encoding="utf-8"))
    markers = data.get("defaults", {}).get("markers", "")
    out = []
    for name, entry in data["modules"].items():
        module = Module(name, entry["path"], tuple(entry["tests"]), entry.get("markers", markers))
        for p in (module.path, *module.tests):
            if not (REPO / p).is_file():
                raise SystemExit(f"modules.toml: {name} names {p}, which does not exist")
        if not (REPO / module.path).is_relative_to(PACKAGE_SRC):
            raise SystemExit(f"modules.toml: {name}: {module.path} is not under {PACKAGE_SRC.relative_to(REPO)}")
        for t in module.tests:
            if not (REPO / t).is_relative_to(PACKAGE_TESTS):
                raise SystemExit(f"modules.toml: {name}: {t} is not under {PACKAGE_TESTS.relative_to(REPO)}")
        out.append(module)
    return out


def _pytest_options() -> str:
    """The repository's pytest settings (markers, warnings filters) for the scratch copy."""
    root = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    lines = ["[tool.pytest.ini_options]", 'testpaths = ["tests"]', f"addopts = {json.dumps(root.get('addopts', ''))}"]
    for key in ("markers", "filterwarnings"):
        if key in root:
            lines.append(f"{key} = {json.dumps(root[key])}")
    return "\n".join(lines) + "\n"


def prepare(module: Module) -> Path:
    """A fresh scratch tree for one module: the package, its tests, the root conftest, a pyproject
    whose [tool.mutmut] mutates that module only and selects its tests only."""
    # Two levels down, so no `*/*/tests` pattern of the repository's own checks finds this copy.
    work = WORK / "work" / module.name.replace("/", "-")
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    shutil.copytree(PACKAGE_SRC / "charter", work / "src" / "charter", ignore=_IGNORE)
    shutil.copytree(PACKAGE_TESTS, work / "tests", ignore=_IGNORE)
    shutil.copy2(REPO / "conftest.py", work / "conftest.py")
    mutated = "src/" + str((REPO / module.path).relative_to(PACKAGE_SRC))
    tests = ["tests/" + str((REPO / t).relative_to(PACKAGE_TESTS)) for t in module.tests]
    extra = ["-p", "no:cacheprovider", "--hypothesis-seed=0"]  # the same examples for every mutant
    if module.markers:
        extra += ["-m", module.markers]
    mutmut = {
        "source_paths": ["src"],
        "only_mutate": [mutated],
        "also_copy": ["conftest.py"],
        "pytest_add_cli_args": extra,
        "pytest_add_cli_args_test_selection": tests,
        "use_git_change_detection": False,
    }
    body = _pytest_options() + "\n[tool.mutmut]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in mutmut.items())
    (work / "pyproject.toml").write_text(body, encoding="utf-8")
    return work


def _mutmut(work: Path, *args: str, capture: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("CI", None)  # a missing service deselects here, it does not fail the baseline run
    return subprocess.run([sys.executable, "-m", "mutmut", *args], cwd=work, env=env, text=True,
                          capture_output=capture, check=False)


_DIFFS = """
import json, sys
from mutmut.mutation.diff_apply import get_diff_for_mutant
print(json.dumps({name: get_diff_for_mutant(name) for name in sys.argv[1:]}))
"""


def _diffs(work: Path, names: list[str]) -> dict[str, str]:
    """Each mutant's diff, in one process (``mutmut show`` starts one per mutant)."""
    if not names:
        return {}
    done = subprocess.run([sys.executable, "-c", _DIFFS, *names], cwd=work, text=True, capture_output=True,
                          check=True)
    return {k: f"# {k}: survived\n{v}" for k, v in json.loads(done.stdout).items()}


def _patterns(only: list[str]) -> list[str]:
    """mutmut's mutant-name globs for these function (or Class.method) names, or mutant names."""
    out = []
    for name in only:
        if "__mutmut_" in name:  # one mutant by its full name, as the survivors are printed
            out.append(name)
            continue
        cls, _, method = name.rpartition(".")
        out.append(f"*.x\u01c1{cls}\u01c1{method}__mutmut_*" if cls else f"*.x_{name}__mutmut_*")
    return out


def run(module: Module, max_children: int, only: list[str] | None = None) -> dict[str, object]:
    """Mutate and judge one module (or only the mutants of the functions named); figures, survivors."""
    work = prepare(module)
    print(f"== {module.name}: {module.path}, judged by {len(module.tests)} test file(s)", flush=True)
    done = _mutmut(work, "run", "--max-children", str(max_children), *_patterns(only or []))
    if done.returncode != 0:
        raise SystemExit(f"mutmut failed on {module.name} (exit {done.returncode}); see the output above")
    listed = _mutmut(work, "results", "--all", "true", capture=True)
    statuses: dict[str, str] = {}
    for line in listed.stdout.splitlines():
        m = _RESULT.match(line)
        if m:
            statuses[m.group(1)] = m.group(2)
    if only:
        statuses = {k: s for k, s in statuses.items() if s != "not checked"}
    counts: dict[str, int] = {}
    for status in statuses.values():
        counts[status] = counts.get(status, 0) + 1
    survivors = sorted(k for k, s in statuses.items() if s not in ("killed", "timeout", "segfault"))
    diffs = _diffs(work, survivors)
    return {"module": module.name, "path": module.path, "only": only or [], "total": len(statuses),
            "killed": counts.get("killed", 0) + counts.get("timeout", 0) + counts.get("segfault", 0),
            "counts": counts, "survivors": survivors, "diffs": diffs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="names from modules.toml (default: all)")
    parser.add_argument("--list", action="store_true", help="print the modules and their tests, run nothing")
    parser.add_argument("--max-children", type=int, default=1, help="mutants judged at once (default 1)")
    parser.add_argument("--only", action="append", metavar="FUNCTION",
                        help="judge only the mutants of this function or Class.method (a glob), or this one "
                             "mutant by its full name; repeatable")
    args = parser.parse_args(argv)
    modules = load()
    known = {m.name: m for m in modules}
    unknown = [n for n in args.modules if n not in known]
    if unknown:
        raise SystemExit(f"unknown module {unknown[0]!r}; modules.toml has {', '.join(known)}")
    chosen = [known[n] for n in args.modules] or modules
    if args.list:
        for m in chosen:
            print(f"{m.name}: {m.path}\n  " + "\n  ".join(m.tests))
        return 0
    summary_path = WORK / "summary.json"
    summary = json.loads(summary_path.read_text(encoding="utf-8")) if summary_path.exists() else {}
    any_survivor = False
    for m in chosen:
        result = run(m, args.max_children, args.only)
        summary[m.name] = result
        WORK.mkdir(exist_ok=True)
        summary_path.write_text(json.dumps(summary, indent=2, sort_keys=True), encoding="utf-8")
        for k in result["survivors"]:
            print(result["diffs"][k].rstrip())
        any_survivor |= bool(result["survivors"])
    print("\nmodule                killed / total   survivors")
    for m in chosen:
        r = summary[m.name]
        part = f"   (only {', '.join(r['only'])})" if r.get("only") else ""
        print(f"{m.name:<22}{r['killed']:>6} / {r['total']:<8}{len(r['survivors']):>6}{part}")
    return 1 if any_survivor else 0


if __name__ == "__main__":
    sys.exit(main())

"""`charter --help` and `--version` start fast: they load no layer, store engine or model runtime.

Each command module imports what it needs inside its commands; this holds them to it. It runs in
a fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ["numpy", "sqlalchemy", "llama_cpp", "duckdb", "alembic", "jsonschema", "sqlglot",
         "charter.runtime", "charter.store", "charter.catalog", "charter.data", "charter.models",
         "charter.agents", "charter.evals", "charter.tracing", "charter.mcp", "charter.server"]
ARGVS = [["--version"], ["--help"], ["eval", "--help"], ["agent", "--help"], ["models", "--help"],
         ["trace", "--help"], ["dataset", "--help"], ["audit", "--help"], ["source", "--help"], ["mcp", "--help"]]

# For each command line in turn: what it printed, and which heavy modules were loaded after it.
PROBE = """
import contextlib, io, json, sys
heavy, argvs = json.loads(sys.argv[1])
from charter.cli import main
report = []
for argv in argvs:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            main(argv)
        except SystemExit:
            pass
    loaded = [h for h in heavy if any(m == h or m.startswith(h + ".") for m in sys.modules)]
    report.append([argv, out.getvalue(), loaded])
print(json.dumps(report))
"""


def test_help_and_version_load_no_heavy_module() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE, json.dumps([HEAVY, ARGVS])], capture_output=True,
                         text=True, timeout=120, env={**os.environ, "COLUMNS": "120"})
    assert out.returncode == 0, out.stderr
    for argv, printed, loaded in json.loads(out.stdout):
        assert "charter" in printed.lower() or "Usage" in printed, (argv, printed)
        assert loaded == [], f"`charter {' '.join(argv)}` imported {loaded}"


def test_the_probe_sees_a_heavy_import() -> None:
    # The check above must be able to fail: the same probe, after a command that opens the store.
    code = PROBE.replace("from charter.cli import main", "from charter.cli import main\nimport charter.runtime")
    out = subprocess.run([sys.executable, "-c", code, json.dumps([HEAVY, [["--version"]]])], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    [[_, _, loaded]] = json.loads(out.stdout)
    assert "charter.runtime" in loaded and "sqlalchemy" in loaded

"""The rules' reading of every golden question outside the held-out sets, by id, and the ids two such dumps differ on.

    python readings_by_id.py dump OUT.json    # dev, test, the probes and every tune*.jsonl through pipeline.translate
    python readings_by_id.py dump OUT.json 'REGEX'   # only the questions the regex finds (case-insensitive): a quick check
    python readings_by_id.py compare A.json B.json

Run ``dump`` once on the base code and once on the changed code (each with its own PYTHONPATH) and ``compare`` the two:
a refactor that must not change behaviour changes no id. Held-out sets are never read (only the files named here).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "src" / "finql" / "golden"
# the probes live beside the checkout (``../shared/finql/probes.jsonl``), or where FINQL_PROBES says
PROBES = Path(os.environ.get("FINQL_PROBES", Path(__file__).resolve().parents[3].parent / "shared" / "finql" / "probes.jsonl"))


def files() -> list[Path]:
    named = [GOLDEN / "dev.jsonl", GOLDEN / "test.jsonl"] + sorted(GOLDEN.glob("tune*.jsonl"))
    return named + ([PROBES] if PROBES.exists() else [])


def dump(out: str, match: str | None = None) -> None:
    from finql.translate.pipeline import translate

    wanted = re.compile(match, re.IGNORECASE) if match else None

    readings = {}
    for f in files():
        for line in f.read_text().splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if wanted and not wanted.search(item["question"]):
                continue
            try:
                a = translate(item["question"])
                r = a.reading.query() if a.reading else f"REFUSE: {a.message}"
            except Exception as e:  # noqa: BLE001 (a crash is a reading too)
                r = f"EXC: {e!r}"
            readings[f"{f.name}:{item['id']}"] = r
    Path(out).write_text(json.dumps(readings, indent=0, sort_keys=True))
    print(len(readings), "readings")


def compare(a_path: str, b_path: str) -> int:
    a, b = json.loads(Path(a_path).read_text()), json.loads(Path(b_path).read_text())
    changed = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
    for k in changed:
        print(k, "\n  -", a.get(k), "\n  +", b.get(k))
    print("changed", len(changed), "of", len(a))
    return 1 if changed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"] and len(sys.argv) in (3, 4):
        dump(*sys.argv[2:])
    elif sys.argv[1:2] == ["compare"] and len(sys.argv) == 4:
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)

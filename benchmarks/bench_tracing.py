"""Benchmark tracing overhead: a 20-step chain of cheap Python steps, run untraced, with Charter
tracing, and with MLflow tracing (the `bench` extra), all in the same run.

Per-span overhead = (traced time - untraced time) / spans per trace (21: a root and 20 steps).
Charter's cost is split into recording spans (in memory, on the caller's path) and storing the
finished trace (one metadata-store transaction at the root's close). MLflow is given a local
SQLite tracking store, its own recommended local setup.

    .venv/bin/python benchmarks/bench_tracing.py [--traces 200] [--steps 20]
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel
from rich.console import Console
from rich.progress import track
from rich.table import Table

from charter.agents import Agent, PythonStep, RunContext, Sequence
from charter.settings import load_settings
from charter.store import Store, upgrade
from charter.tracing import Tracer, span
from charter.tracing.spans import ActiveTrace

console = Console()


def work(x: int) -> int:
    """A cheap step: a little arithmetic, as a Python step of an agent would do."""
    return (x * 31 + 7) % 1_000_003


def untraced(steps: int) -> int:
    x = 1
    for _ in range(steps):
        x = work(x)
    return x


def charter_traced(tracer: Tracer, steps: int) -> int:
    with tracer.trace("agent:bench", principal="bench", inputs={"x": 1}):
        x = 1
        for i in range(steps):
            with span(f"step:{i}", inputs=x) as s:
                x = work(x)
                s.set_outputs(x)
    return x


def mlflow_traced(mlflow, steps: int) -> int:  # type: ignore[no-untyped-def]
    with mlflow.start_span(name="agent:bench") as root:
        root.set_inputs({"x": 1})
        x = 1
        for i in range(steps):
            with mlflow.start_span(name=f"step:{i}") as s:
                s.set_inputs(x)
                x = work(x)
                s.set_outputs(x)
    return x


def timed(fn: Callable[[], object], n: int, label: str) -> list[float]:
    out = []
    for _ in track(range(n), description=label, console=console, transient=True):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


class N(BaseModel):
    n: int


def bump(x: N) -> N:
    return N(n=work(x.n))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--traces", type=int, default=200, help="traces per configuration")
    ap.add_argument("--steps", type=int, default=20)
    args = ap.parse_args()
    n, steps, spans = args.traces, args.steps, args.steps + 1
    tmp = Path(tempfile.mkdtemp(prefix="charter-bench-tracing-"))
    store = Store(f"sqlite:///{tmp / 'charter.db'}")
    upgrade(store)
    settings = load_settings(tmp, environ={})
    tracer = Tracer(settings, store)

    for _ in range(20):  # warm both paths
        untraced(steps)
        charter_traced(tracer, steps)
    base = timed(lambda: untraced(steps), n, "untraced")
    charter_total = timed(lambda: charter_traced(tracer, steps), n, "charter")
    t0 = time.perf_counter()  # end to end: n traces, then wait until the writer stored them all
    for _ in range(n):
        charter_traced(tracer, steps)
    tracer.flush(120)
    charter_e2e = (time.perf_counter() - t0) / n

    # recording only: the same spans with the store write left out
    class RecordOnly(Tracer):
        def _record(self, active: ActiveTrace) -> None:
            pass

    record_only = RecordOnly(settings, store)
    charter_record = timed(lambda: charter_traced(record_only, steps), n, "charter (record only)")

    # the agent runtime: 20 typed Python steps, untraced and traced
    agent = Agent("bench", Sequence("chain", [PythonStep(f"s{i}", bump) for i in range(steps)]))
    ctx_off = RunContext(principal="bench")
    ctx_on = RunContext(principal="bench", tracer=tracer)
    agent_off = timed(lambda: agent.run({"n": 1}, ctx_off), n, "agent untraced")
    agent_on = timed(lambda: agent.run({"n": 1}, ctx_on), n, "agent traced")

    mlflow_times: list[float] | None = None
    mlflow_e2e = 0.0
    mlflow_note = ""
    try:
        os.environ.setdefault("MLFLOW_ENABLE_ASYNC_TRACE_LOGGING", "true")
        logging.getLogger("mlflow").setLevel(logging.ERROR)
        import mlflow

        mlflow.set_tracking_uri(f"sqlite:///{tmp / 'mlflow.db'}")
        mlflow.set_experiment("charter-bench")
        for _ in range(5):
            mlflow_traced(mlflow, steps)
        mlflow_times = timed(lambda: mlflow_traced(mlflow, steps), n, "mlflow")
        flush = getattr(mlflow, "flush_trace_async_logging", lambda: None)
        flush()
        t0 = time.perf_counter()
        for _ in range(n):
            mlflow_traced(mlflow, steps)
        flush()
        mlflow_e2e = (time.perf_counter() - t0) / n
        mlflow_note = f"mlflow {mlflow.__version__}, SQLite tracking store, async trace logging"
    except ImportError:
        mlflow_note = "mlflow not installed (pip install -e '.[bench]'): skipped"

    def med(xs: list[float]) -> float:
        return statistics.median(xs)

    def per_span_us(xs: list[float], ref: list[float]) -> float:
        return (med(xs) - med(ref)) / spans * 1e6

    table = Table(title=f"{steps}-step chain, {n} traces each, {spans} spans per trace (median)")
    for col in ("configuration", "per trace (ms)", "per-span overhead (µs)", "vs untraced"):
        table.add_column(col, justify="right" if col != "configuration" else "left")
    b = med(base)
    rows = [("untraced", base, base), ("charter: record spans", charter_record, base),
            ("charter: record, store in background", charter_total, base)]
    if mlflow_times:
        rows.append(("mlflow tracing", mlflow_times, base))
    rows += [("agent runtime, untraced", agent_off, agent_off), ("agent runtime, charter traced", agent_on, agent_off)]
    for label, xs, ref in rows:
        table.add_row(label, f"{med(xs) * 1e3:.3f}", "-" if xs is ref else f"{per_span_us(xs, ref):.1f}",
                      f"{med(xs) / med(ref):.1f}x")
    console.print(table)
    console.print(f"charter per-span overhead on the caller's path: {per_span_us(charter_total, base):.1f} µs "
                  f"(target < 50 µs); end to end incl. the background store write: {charter_e2e * 1e3:.2f} ms/trace")
    if mlflow_times:
        console.print(f"mlflow / charter on the caller's path: {med(mlflow_times) / med(charter_total):.1f}x per trace, "
                      f"{per_span_us(mlflow_times, base) / per_span_us(charter_total, base):.1f}x per span; "
                      f"end to end incl. storage: mlflow {mlflow_e2e * 1e3:.2f} ms/trace, "
                      f"{mlflow_e2e / charter_e2e:.1f}x charter")
    console.print(f"[dim]{mlflow_note}; untraced chain {b * 1e6:.1f} µs[/]")


if __name__ == "__main__":
    main()

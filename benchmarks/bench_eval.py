"""Evaluation throughput: items/s for N items, a cheap agent and two deterministic scorers.

Charter's run engine (stored per item, resumable, with and without tracing) against
``mlflow.genai.evaluate`` on the same items with equivalent scorers, measured in the same run.

    .venv/bin/python benchmarks/bench_eval.py [--items 1000] [--concurrency 4]

Needs the ``bench`` extra (mlflow); without it only Charter's figures are printed.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from charter.evals import CallableTarget, Dataset, Item, Runs, ScorerRegistry
from charter.settings import load_settings
from charter.store import Store, upgrade
from charter.tracing import Tracer


def cheap_agent(inputs: dict[str, Any]) -> dict[str, Any]:
    """A cheap deterministic agent: sums two numbers, wrong on multiples of 10."""
    total = inputs["a"] + inputs["b"]
    return {"answer": total + (1 if total % 10 == 0 else 0)}


def items(n: int) -> list[Item]:
    return [Item(id=f"i{i:05d}", inputs={"a": i, "b": i % 7}, expectations={"answer": i + i % 7},
                 tags=["even" if i % 2 == 0 else "odd"]) for i in range(n)]


def bench_charter(n: int, concurrency: int, workdir: Path, traced: bool) -> tuple[float, float]:
    store = Store(f"sqlite:///{workdir / ('charter-traced.db' if traced else 'charter.db')}")
    upgrade(store)
    tracer = Tracer(load_settings(workdir / "home"), store) if traced else None
    ds = Dataset(name="bench", items=items(n))
    reg = ScorerRegistry()
    scorers = [reg.build("exact:field=answer"), reg.build("numeric:field=answer,rel_tol=0.000001")]
    target = CallableTarget(cheap_agent, name="cheap", version="bench", tracer=tracer)
    t0 = time.perf_counter()
    run = Runs(store, tracer=tracer).run(target, ds, scorers, concurrency=concurrency, use_cache=False)
    secs = time.perf_counter() - t0
    store.dispose()
    return n / secs, run.metrics()["accuracy"]


def bench_mlflow(n: int, workdir: Path) -> tuple[float, float] | None:
    try:
        import mlflow
        from mlflow.genai.scorers import scorer
    except ImportError:
        print("mlflow is not installed (pip install 'charter[bench]'); skipping the baseline")
        return None
    logging.getLogger("mlflow").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore")
    mlflow.set_tracking_uri(f"sqlite:///{workdir / 'mlflow.db'}")
    mlflow.set_experiment("bench")

    @scorer
    def exact(outputs, expectations) -> bool:
        return outputs["answer"] == expectations["answer"]

    @scorer
    def numeric(outputs, expectations) -> bool:
        g, w = float(outputs["answer"]), float(expectations["answer"])
        return abs(g - w) <= 1e-6 * max(abs(g), abs(w))

    def predict_fn(a: int, b: int) -> dict[str, Any]:
        return cheap_agent({"a": a, "b": b})

    data = [{"inputs": i.inputs, "expectations": i.expectations} for i in items(n)]
    t0 = time.perf_counter()
    result = mlflow.genai.evaluate(data=data, predict_fn=predict_fn, scorers=[exact, numeric])
    secs = time.perf_counter() - t0
    acc = result.metrics.get("exact/mean", float("nan"))
    return n / secs, acc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=4)
    # MLflow runs at a few items/s on a small shared machine; its rate is measured on fewer items
    # so the benchmark ends in minutes (pass --mlflow-items 1000 for the full comparison)
    ap.add_argument("--mlflow-items", type=int, default=200)
    args = ap.parse_args()
    os.environ.setdefault("MLFLOW_GENAI_EVAL_MAX_WORKERS", str(args.concurrency))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "home").mkdir()
        plain, acc = bench_charter(args.items, args.concurrency, work, traced=False)
        traced, acc_t = bench_charter(args.items, args.concurrency, work, traced=True)
        base = bench_mlflow(args.mlflow_items, work)
    print(f"items: {args.items}, concurrency: {args.concurrency}")
    print(f"charter (stored items, no tracing):   {plain:8.1f} items/s   accuracy {acc:.3f}")
    print(f"charter (stored items and traces):    {traced:8.1f} items/s   accuracy {acc_t:.3f}")
    if base is not None:
        print(f"mlflow.genai.evaluate (traced):       {base[0]:8.1f} items/s   accuracy {base[1]:.3f}"
              f"   ({args.mlflow_items} items)")
        print(f"ratio charter/mlflow: {plain / base[0]:.1f}x untraced, {traced / base[0]:.1f}x traced")


if __name__ == "__main__":
    main()

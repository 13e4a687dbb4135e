"""The review queue page under a full store: server time of GET /review (p50), large vs small.

Two stores are filled directly in SQL (PostgreSQL when it answers, else SQLite): a small one with
100 traces and 1 evaluation run, and a large one with 10,000 traces and 100 evaluation runs of 100
items each (a tenth of the items failed their scorer, a tenth of the live traces failed). Each page
load is timed by the app's own ``Server-Timing`` header (``app``: the server's time for the
request), over ``--requests`` loads of the default queue page and of a searched, filtered one.
Prints p50 for each store and the large/small ratio (target: p50 under 100 ms on PostgreSQL, and a
ratio near 1 — the page must not grow with the number of stored runs or traces).

  .venv/bin/python benchmarks/bench_review.py [--requests 40] [--sqlite]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from charter.doctor import reachable

PG_ADMIN = os.environ.get("CHARTER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
WORDS = ("capital", "population", "currency", "river", "mountain", "language", "anthem", "flag", "border")


class Question(BaseModel):
    question: str


class Answer(BaseModel):
    answer: str


def pg_database() -> tuple[str, Callable[[], None]]:
    """A fresh PostgreSQL database and the function that drops it."""
    import sqlalchemy as sa

    name = f"bench_review_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}", drop


def fill(charter: Any, traces: int, runs: int, items_per_run: int = 100) -> None:
    """``traces`` live traces (root span each) and ``runs`` runs of ``items_per_run`` traced items."""
    from sqlalchemy import insert

    from charter.evals.tables import RunItemRow, RunRow
    from charter.tracing.tables import SpanRow, TraceRow

    now = datetime.now(UTC)
    trace_rows, span_rows = [], []
    for n in range(traces):
        tid = uuid.uuid4().hex
        question = f"What is the {WORDS[n % len(WORDS)]} of country {n}?"
        failed = n % 10 == 0
        start = now - timedelta(seconds=n * 7)
        trace_rows.append({"trace_id": tid, "name": "agent:capital", "principal": f"user{n % 50}", "agent": "capital",
                           "status": "error" if failed else "ok", "start_time": start,
                           "end_time": start + timedelta(milliseconds=40), "duration_ms": 40.0, "span_count": 1,
                           "inputs": json.dumps({"question": question}),
                           "outputs": "null" if failed else json.dumps({"answer": f"Answer {n}"}),
                           "error": json.dumps({"type": "Error", "message": "boom"}) if failed else None})
        span_rows.append({"trace_id": tid, "span_id": tid[:16], "parent_id": None, "seq": 0, "name": "agent:capital",
                          "path": "agent:capital", "kind": "agent", "status": trace_rows[-1]["status"], "start_ns": 0,
                          "end_ns": 40_000_000, "duration_ms": 40.0, "inputs": trace_rows[-1]["inputs"],
                          "outputs": trace_rows[-1]["outputs"], "attributes": json.dumps({"version": "abc123"}),
                          "error": trace_rows[-1]["error"]})
    run_rows, item_rows = [], []
    for r in range(runs):
        rid = uuid.uuid4().hex
        run_rows.append({"run_id": rid, "agent": "capital", "agent_version": "abc123", "dataset": "capital-golden",
                         "dataset_version": "v1", "split": None, "scorers": json.dumps(["exact"]),
                         "status": "finished", "item_count": items_per_run, "created_by": "admin",
                         "created_at": now - timedelta(minutes=r), "finished_at": now - timedelta(minutes=r)})
        for i in range(items_per_run):
            tid = uuid.uuid4().hex
            passed = i % 10 != 0
            body = {"item_id": f"i{i}", "position": i, "output": {"answer": f"A{i}"}, "trace_id": tid,
                    "scores": {"exact": {"value": 1.0 if passed else 0.0, "passed": passed}}, "latency_s": 0.04}
            item_rows.append({"run_id": rid, "item_id": f"i{i}", "body": json.dumps(body), "trace_id": tid,
                              "error": None, "latency_s": 0.04})
    with charter.store.session() as s:
        for table, rows in ((TraceRow, trace_rows), (SpanRow, span_rows), (RunRow, run_rows),
                            (RunItemRow, item_rows)):
            for k in range(0, len(rows), 2000):
                if rows[k:k + 2000]:
                    s.execute(insert(table), rows[k:k + 2000])


def measure(url: str | None, home: Path, traces: int, runs: int, requests: int) -> dict[str, float]:
    """Server time p50/p95 (ms) of the queue page and of a searched, filtered page on one filled store."""
    from fastapi.testclient import TestClient

    from charter.agents import Agent
    from charter.agents.registry import AgentRegistry
    from charter.agents.steps import LLMStep
    from charter.mcp.tokens import TokenStore
    from charter.runtime import Charter
    from charter.server import create_app
    from charter.server.web import COOKIE
    from charter.settings import load_settings
    from charter.store import upgrade

    home.mkdir(parents=True, exist_ok=True)
    env = {"CHARTER_HOME": str(home)} | ({"CHARTER_DATABASE_URL": url} if url else {})
    settings = load_settings(home, environ=env)
    charter = Charter(settings)
    upgrade(charter.store)
    fill(charter, traces, runs)
    registry = AgentRegistry(load_entry_points=False)
    registry.register("capital", lambda: Agent("capital", LLMStep("answer", Question, Answer,
                                                                  {"prompt": "{question}", "model": "fake"})))
    token = TokenStore(charter.store, charter.catalog).issue("admin")
    out: dict[str, float] = {}
    try:
        with TestClient(create_app(charter, registry)) as client:
            client.cookies.set(COOKIE, token)
            for name, params in (("queue", {}), ("searched", {"q": "capital country", "source": "failed",
                                                              "since": "7d", "page": 2, "per_page": 10})):
                times = []
                for n in range(requests + 3):
                    r = client.get("/review", params=params)
                    assert r.status_code == 200, r.text[:300]
                    app_ms = float(r.headers["server-timing"].split("app;dur=")[1].split(",")[0])
                    if n >= 3:  # the first loads warm caches (templates, connections)
                        times.append(app_ms)
                times.sort()
                out[f"{name} p50"] = statistics.median(times)
                out[f"{name} p95"] = times[int(len(times) * 0.95) - 1]
    finally:
        charter.monitor.stop()
        charter.tracer.shutdown()
        charter.store.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--sqlite", action="store_true", help="use SQLite even when PostgreSQL answers")
    args = parser.parse_args()
    use_pg = not args.sqlite and reachable("127.0.0.1", 5432)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, traces, runs in (("small", 100, 1), ("large", 10_000, 100)):
            url, drop = pg_database() if use_pg else (None, lambda: None)
            try:
                results[label] = measure(url, Path(tmp) / label, traces, runs, args.requests)
            finally:
                drop()
    print(f"review queue page, server time (Server-Timing app), {'PostgreSQL' if use_pg else 'SQLite'}, "
          f"{args.requests} loads each")
    print(f"{'':12}{'small (100 traces, 1 run)':>28}{'large (10,000 traces, 100 runs)':>34}{'large/small':>14}")
    for key in results["small"]:
        small, large = results["small"][key], results["large"][key]
        print(f"{key:12}{small:>25.1f} ms{large:>31.1f} ms{large / small:>14.2f}")


if __name__ == "__main__":
    main()

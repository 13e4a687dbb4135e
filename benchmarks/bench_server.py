"""Server under load: concurrent clients against POST /v1/agents/{name}/invoke with the scripted model.

One run (default 200 clients for 60 s; uvicorn workers as `charter serve --workers N` runs them, on
one metadata store, PostgreSQL when it answers, and one Redis). Prints:
  * errors: transport failures and responses other than 200, except 429s the limit accounts for
    (below); target 0;
  * throughput of answered invocations, and client-side latency p50/p99;
  * the server's own overhead per request, p50/p99: the `Server-Timing` header's app time minus its
    agent time (auth, limits, validation, serialisation, queueing for a worker thread), and the same
    without the wait for a thread, next to a direct in-process `Agent.run` of the same agent in the
    same run (the baseline);
  * whether the edge rate limit holds exactly under that load: every principal is limited to
    `--rpm` requests/minute (`[server] requests_per_minute`); `--greedy` clients share one
    principal so that it goes over. For every principal and minute window the Redis counter
    never passes the limit, equals it in each window where that principal got a 429, and the
    admitted total equals the 200s it received.

  .venv/bin/python benchmarks/bench_server.py [--duration 60] [--clients 200] [--workers 2] [--rpm 60]

With ``--monitor compare`` the same load runs with online evaluation off and on, alternating
(``--rounds`` of each, a fresh server every time, the same store): on means the deterministic checks
and a regex scorer on every trace and a judge (the scripted model `judge`, so the figure is the
monitor's own cost, not a judge model's) on 10%, with an alert rule evaluated every 5 s. It prints
the on/off ratios of throughput and client latency p50/p99 (target within 5%), and the monitor's
backlog (stored agent traces not yet observed, polled from the store every second) during and after
the load: bounded, and back to 0.

  .venv/bin/python benchmarks/bench_server.py --monitor compare --duration 15 --rounds 2 --clients 50
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from calendar import timegm
from pathlib import Path
from typing import Any

import httpx
from pydantic import BaseModel

from charter.doctor import reachable

PG_ADMIN = os.environ.get("CHARTER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS = os.environ.get("CHARTER_BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
AGENT = "capital"


class Question(BaseModel):
    question: str


class Answer(BaseModel):
    answer: str


def bench_agent() -> Any:
    """One LLM step on the scripted model `fake` (an instant, deterministic test double)."""
    from charter.agents import Agent
    from charter.agents.steps import LLMStep

    return Agent(AGENT, LLMStep("answer", Question, Answer, {"prompt": "Answer briefly: {question}", "model": "fake"}))


def make_app() -> Any:
    """The uvicorn factory each worker runs: Charter from CHARTER_HOME, the bench agent, the real app."""
    from charter.agents.registry import AgentRegistry
    from charter.runtime import Charter
    from charter.server import create_app

    registry = AgentRegistry(load_entry_points=False)
    registry.register(AGENT, bench_agent)
    return create_app(Charter.open(), registry)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def _timing(header: str | None) -> dict[str, float]:
    out = {}
    for part in (header or "").split(","):
        name, _, dur = part.strip().partition(";dur=")
        if dur:
            out[name] = float(dur)
    return out


def _store_url(kind: str) -> tuple[str | None, Any]:
    """(URL or None for SQLite, cleanup) for the metadata store."""
    if kind == "sqlite" or (kind == "auto" and not reachable("127.0.0.1", 5432)):
        return None, lambda: None
    import sqlalchemy as sa

    name = f"charter_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}", drop


def setup(home: Path, args: argparse.Namespace, store_url: str | None) -> tuple[list[tuple[str, str]], Any]:
    """charter.toml, principals, grants and tokens: ([(principal, token)] one per client, charter)."""
    from charter.mcp.tokens import TokenStore
    from charter.runtime import Charter

    write_toml(home, args, store_url, monitor=args.monitor != "off")
    charter = Charter.open(home)
    cat = charter.catalog
    cat.create_securable("agent", AGENT)
    cat.create_securable("model", "fake")
    cat.create_securable("model", "judge")
    cat.create_principal(AGENT, "agent")
    cat.grant("QUERY", "model:fake", AGENT)
    run = f"{os.getpid()}x{int(time.time()) % 100000}"  # names of this run: Redis counters of its own
    greedy = f"greedy{run}"
    mains = [f"load{run}_{n:03d}" for n in range(args.clients - args.greedy)]
    tokens = TokenStore(charter.store, cat)
    issued = {}
    for who in [*mains, greedy]:
        cat.create_principal(who)
        cat.grant("EXECUTE", f"agent:{AGENT}", who)
        cat.grant("QUERY", "model:fake", who)
        issued[who] = tokens.issue(who, label="bench")
    return [(m, issued[m]) for m in mains] + [(greedy, issued[greedy])] * args.greedy, charter


def write_toml(home: Path, args: argparse.Namespace, store_url: str | None, *, monitor: bool) -> None:
    """charter.toml of the run: the scripted models, the shared limits and online evaluation on or off."""
    toml = ['default_model = "fake"', "", "[models.fake]", 'provider = "scripted"',
            'options = { responses = [{ json = { answer = "Paris" } }] }', "",
            "[models.judge]", 'provider = "scripted"',
            'options = { responses = [{ json = { score = "yes", rationale = "on topic" } }] }', "",
            "[limits]", f'redis_url = "{args.redis_url}"', "", "[server]", f"requests_per_minute = {args.rpm}",
            f"token_requests_per_minute = {args.rpm}", "",  # the default (600) would cap a client first
            "[monitor]", f"enabled = {'true' if monitor else 'false'}", "evaluate_every_s = 5", "",
            f"[monitor.agents.{AGENT}]",
            'scorers = ["regex:pattern=Paris,field=answer", { scorer = "relevance:model=judge", sample = 0.1 }]', "",
            "[[monitor.alerts]]", 'name = "bench quality"', f'agent = "{AGENT}"', 'metric = "quality"', 'op = "<"',
            "threshold = 0.5", 'window = "5m"']
    if store_url:
        toml += ["", "[store]", f'url = "{store_url}"']
    (home / "charter.toml").write_text("\n".join(toml) + "\n")


def direct_baseline(charter: Any, principal: str, n: int) -> list[float]:
    """Seconds per in-process Agent.run of the same agent (same store, tracer, catalog, gateway)."""
    agent = bench_agent()
    handles = {"gateway": charter.gateway, "catalog": charter.catalog, "tracer": charter.tracer}
    out = []
    for i in range(n):
        start = time.perf_counter()
        agent.run({"question": f"direct {i}"}, principal=principal, **handles)
        out.append(time.perf_counter() - start)
    return out


async def load(base: str, clients: list[tuple[str, str]], duration: float) -> list[dict[str, Any]]:
    """Every client sends one request after another until the deadline; one record per response."""
    records: list[dict[str, Any]] = []
    deadline = time.monotonic() + duration
    pool = httpx.Limits(max_connections=len(clients) + 16, max_keepalive_connections=len(clients) + 16)

    async def client(http: httpx.AsyncClient, principal: str, token: str, n: int) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        i = 0
        while time.monotonic() < deadline:
            i += 1
            sent = time.perf_counter()
            rec: dict[str, Any] = {"principal": principal}
            try:
                r = await http.post(f"/v1/agents/{AGENT}/invoke", json={"inputs": {"question": f"q {n}-{i}"}},
                                    headers=headers)
                rec.update(status=r.status_code, timing=_timing(r.headers.get("server-timing")))
                if r.status_code == 429:
                    rec["window"] = _window_of(r.json()["error"]["message"])
                elif r.status_code != 200:
                    rec["message"] = r.text[:200]
            except httpx.HTTPError as exc:
                rec.update(status=0, message=f"{type(exc).__name__}: {exc}")
            rec["latency_s"] = time.perf_counter() - sent
            records.append(rec)

    async with httpx.AsyncClient(base_url=base, limits=pool, timeout=120.0) as http:
        await asyncio.gather(*(client(http, who, token, n) for n, (who, token) in enumerate(clients)))
    return records


def _window_of(message: str) -> int | None:
    m = re.search(r"resets at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC", message)
    return timegm(time.strptime(m.group(1), "%Y-%m-%d %H:%M:%S")) - 60 if m else None


def redis_counts(url: str, principals: set[str]) -> dict[str, dict[int, int]]:
    """principal -> window start -> requests the server admitted (the shared counters), then cleared."""
    import redis

    r = redis.Redis.from_url(url)
    out: dict[str, dict[int, int]] = {}
    for who in principals:
        for key in r.scan_iter(f"charter:limit:srv:p:{who}:rpm:*"):
            out.setdefault(who, {})[int(key.decode().rsplit(":", 1)[1])] = int(r.get(key) or 0)
            r.delete(key)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    ap.add_argument("--clients", type=int, default=200, help="concurrent clients (greedy ones included)")
    ap.add_argument("--greedy", type=int, default=40, help="clients sharing the one rate-limited principal")
    ap.add_argument("--rpm", type=int, default=60, help="server requests/minute per principal")
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument("--store", choices=("auto", "sqlite", "postgres"), default="auto",
                    help="metadata store (auto: PostgreSQL when 127.0.0.1:5432 answers)")
    ap.add_argument("--redis-url", default=REDIS, help="Redis for the shared limits")
    ap.add_argument("--direct", type=int, default=200, help="in-process Agent.run calls for the baseline")
    ap.add_argument("--monitor", choices=("on", "off", "compare"), default="on",
                    help="online evaluation in the server ([monitor] enabled); compare: off and on, alternating")
    ap.add_argument("--rounds", type=int, default=1, help="with --monitor compare: runs of each")
    args = ap.parse_args()
    if not 0 < args.greedy < args.clients:
        ap.error("--greedy must be between 1 and --clients - 1")
    if not reachable("127.0.0.1", 6379):
        print("skipped: Redis is not reachable at 127.0.0.1:6379 (the shared limits under test live there)")
        return
    home = Path(tempfile.mkdtemp(prefix="charter-bench-server-"))
    store_url, drop = _store_url(args.store)
    if store_url is None and args.workers > 1:
        print("note: SQLite store; running 1 worker (several processes writing one SQLite file contend)")
        args.workers = 1
    clients, charter = setup(home, args, store_url)
    greedy = clients[-1][0]
    direct = direct_baseline(charter, clients[0][0], args.direct)
    charter.tracer.shutdown()
    charter.store.dispose()
    print(f"store: {'PostgreSQL' if store_url else 'SQLite'}; {args.workers} worker(s); {args.clients} clients "
          f"({args.greedy} sharing principal {greedy} limited to {args.rpm}/min); {args.duration:g} s; "
          f"{os.cpu_count()} CPUs shared by clients and server")
    if args.monitor == "compare":
        compare_monitor(home, args, store_url, clients)
    else:
        records, elapsed, restarts = run_server(home, args, clients)
        report(records, elapsed, direct, args, restarts)
    drop()


def run_server(home: Path, args: argparse.Namespace, clients: list[tuple[str, str]],
               poll: Any = None) -> tuple[list[dict[str, Any]], float, int]:
    """A fresh server on charter.toml as it stands, the load for ``--duration`` seconds, the server stopped.
    ``poll()`` runs every second during the load (on a thread)."""
    port = _free_port()
    log = (home / "server.log").open("w")
    env = {**os.environ, "CHARTER_HOME": str(home)}
    env.pop("CHARTER_DATABASE_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "bench_server:make_app", "--factory", "--app-dir",
                               str(Path(__file__).parent), "--host", "127.0.0.1", "--port", str(port), "--workers",
                               str(args.workers), "--log-level", "info", "--no-access-log",
                               "--timeout-keep-alive", "30", "--timeout-worker-healthcheck", "60"], env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    stop = threading.Event()
    poller = threading.Thread(target=lambda: [poll() for _ in iter(lambda: stop.wait(1.0), True)], daemon=True) \
        if poll is not None else None
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            sys.exit("the server did not start")
        if poller is not None:
            poller.start()
        started = time.monotonic()
        records = asyncio.run(load(base, clients, args.duration))
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        server.terminate()  # uvicorn's shutdown lets the monitor finish what is queued (its atexit hook)
        server.wait(timeout=60)
    log.close()
    return records, elapsed, (home / "server.log").read_text().count("died")


def compare_monitor(home: Path, args: argparse.Namespace, store_url: str | None,
                    clients: list[tuple[str, str]]) -> None:
    """The same load with online evaluation off and on, alternating; ratios on/off and the backlog."""
    from sqlalchemy import func, select

    from charter.monitor.tables import ObservationRow
    from charter.store import Store
    from charter.tracing.tables import TraceRow

    store = Store(store_url or f"sqlite:///{home / 'charter.db'}")

    def backlog() -> int:
        with store.session() as s:
            traces = s.execute(select(func.count()).select_from(TraceRow).where(TraceRow.agent == AGENT)).scalar_one()
            seen = s.execute(select(func.count()).select_from(ObservationRow)).scalar_one()
        return int(traces) - int(seen)

    results: dict[str, list[tuple[list[dict[str, Any]], float]]] = {"off": [], "on": []}
    backlogs: list[int] = []
    observed_before = 0
    for _ in range(args.rounds):
        for mode in ("off", "on"):
            write_toml(home, args, store_url, monitor=mode == "on")
            if mode == "on":  # traces of the off phases are never observed: count from here
                observed_before = backlog()
            samples: list[int] = []

            def poll(samples: list[int] = samples, before: int = observed_before) -> None:
                samples.append(backlog() - before)

            records, elapsed, restarts = run_server(home, args, clients, poll=poll if mode == "on" else None)
            results[mode].append((records, elapsed))
            ok = [r for r in records if r["status"] == 200]
            lat = [r["latency_s"] * 1000 for r in ok]
            extra = ""
            if mode == "on":
                after = backlog() - observed_before
                backlogs += samples
                extra = (f"; monitor backlog during load max {max(samples, default=0)}, after shutdown {after} "
                         f"(traces stored but not observed)")
            print(f"  monitor {mode:>3}: {len(ok) / elapsed:6.1f} answered/s, p50 {_pct(lat, 50):6.1f} ms, "
                  f"p99 {_pct(lat, 99):6.1f} ms, errors {sum(r['status'] not in (200, 429) for r in records)}, "
                  f"restarts {restarts}{extra}")
    summary = {}
    for mode, runs in results.items():
        ok = [r for recs, _ in runs for r in recs if r["status"] == 200]
        seconds = sum(e for _, e in runs)
        lat = [r["latency_s"] * 1000 for r in ok]
        summary[mode] = (len(ok) / seconds, _pct(lat, 50), _pct(lat, 99))
    (t_off, p50_off, p99_off), (t_on, p50_on, p99_on) = summary["off"], summary["on"]
    print(f"online evaluation on/off ({args.rounds} round(s) of each, {args.duration:g} s each): throughput "
          f"{t_on / t_off:.3f}, latency p50 {p50_on / p50_off:.3f}, p99 {p99_on / p99_off:.3f} (target within 5%: "
          f"{'MET' if t_on / t_off >= 0.95 and p50_on / p50_off <= 1.05 and p99_on / p99_off <= 1.05 else 'NOT MET'}; "
          "ratios past 1 either way within the run-to-run noise of a shared machine say nothing)")
    print(f"monitor backlog while on: max {max(backlogs, default=0)} traces; "
          f"after the last shutdown {backlog() - observed_before}")
    store.dispose()


def report(records: list[dict[str, Any]], elapsed: float, direct: list[float], args: argparse.Namespace,
           restarts: int) -> None:
    ok = [r for r in records if r["status"] == 200]
    counts = redis_counts(args.redis_url, {r["principal"] for r in records})
    # a 429 is accounted for when that principal's counter for its window stands at the limit
    refused = [r for r in records if r["status"] == 429]
    unjustified = [r for r in refused if counts.get(r["principal"], {}).get(r.get("window"), -1) != args.rpm]
    errors = [r for r in records if r["status"] not in (200, 429)] + unjustified
    overhead = [r["timing"]["app"] - r["timing"]["agent"] for r in ok if "agent" in r["timing"]]
    work = [r["timing"]["app"] - r["timing"]["agent"] - r["timing"].get("wait", 0.0) for r in ok
            if "agent" in r["timing"]]
    agent_ms = [r["timing"]["agent"] for r in ok if "agent" in r["timing"]]
    lat = [r["latency_s"] * 1000 for r in ok]
    print(f"responses: {len(records)} in {elapsed:.1f} s ({len(records) / elapsed:.0f}/s); answered (200): {len(ok)} "
          f"({len(ok) / elapsed:.0f}/s); refused by the limit (429): {len(refused)}")
    print(f"errors: {len(errors)} (target 0); worker restarts: {restarts}"
          + (f"; first: {errors[0].get('status')} {errors[0].get('message', 'unjustified 429')}" if errors else ""))
    print(f"client latency of answered requests: p50 {_pct(lat, 50):.1f} ms, p99 {_pct(lat, 99):.1f} ms")
    print(f"server overhead (Server-Timing app - agent): p50 {_pct(overhead, 50):.2f} ms, "
          f"p99 {_pct(overhead, 99):.2f} ms, mean {statistics.fmean(overhead) if overhead else float('nan'):.2f} ms")
    print(f"  of which not waiting for a worker thread: p50 {_pct(work, 50):.2f} ms, p99 {_pct(work, 99):.2f} ms")
    print(f"agent time inside the server: p50 {_pct(agent_ms, 50):.2f} ms, p99 {_pct(agent_ms, 99):.2f} ms; "
          f"direct in-process Agent.run (no load): p50 {_pct(direct, 50) * 1000:.2f} ms, "
          f"p99 {_pct(direct, 99) * 1000:.2f} ms")
    over = {(who, w): c for who, ws in counts.items() for w, c in ws.items() if c > args.rpm}
    mismatch = {}
    for who in {r["principal"] for r in records}:
        got = sum(1 for r in records if r["principal"] == who and r["status"] == 200)
        failed_after_admit = sum(1 for r in records if r["principal"] == who and r["status"] not in (200, 429))
        admitted = sum(counts.get(who, {}).values())
        if not got <= admitted <= got + failed_after_admit:
            mismatch[who] = (admitted, got)
    limited = sorted({r["principal"] for r in refused}, key=lambda w: -sum(r["principal"] == w for r in refused))
    full = {(r["principal"], r["window"]) for r in refused} - {(r["principal"], r.get("window")) for r in unjustified}
    exact = not over and not mismatch and not unjustified
    print(f"rate limit {args.rpm}/min per principal: {len(limited)} principal(s) refused in {len(full)} "
          f"principal-window(s), each with exactly {args.rpm} admitted; most refused principal admitted per window "
          f"{dict(sorted(counts.get(limited[0], {}).items())) if limited else '-'}; "
          + ("HOLDS EXACTLY" if exact and full else "NOT EXERCISED (no principal went over)" if exact else
             f"DOES NOT HOLD (over: {over}, counter vs 200s: {mismatch}, unjustified 429s: {len(unjustified)})"))


if __name__ == "__main__":
    main()

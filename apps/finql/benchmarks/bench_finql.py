"""FinQL latency: parse + execute p50/p95 over a mixed set of queries, governed and ungoverned.

Builds the data into a temporary CHARTER_HOME (DuckDB) and, when reachable, into PostgreSQL, then
runs the same deterministic mix of queries (lookups, ratios, screens, sorts, functions, currency
conversion) through the governed path as `analyst`, and through a direct connection to the same
database as the baseline measured in the same run. Target: governed DuckDB p50 under 20 ms.

    .venv/bin/python benchmarks/bench_finql.py [--queries 500] [--pg postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from charter.doctor import reachable
from charter.runtime import Charter
from charter.settings import load_settings
from charter.store import upgrade
from finql.data.generator import generate
from finql.executor import DirectBackend, run
from finql.language.parser import parse
from finql.language.registry import companies, set_values
from finql.runtime import build_and_register, open_env

console = Console()


def mix(n: int, seed: int = 7) -> list[str]:
    """A deterministic mix of FinQL queries of every shape."""
    rng = random.Random(seed)
    tickers = [c.ticker for c in companies()]
    sets = set_values()
    fy = ["FY2023", "FY0", "FY-1", "FY2020", "LTM"]
    ff = ["FF_SALES", "FF_NET_INC", "FF_EPS", "FF_OPER_INC", "FF_FCF", "FF_CASH", "FF_DEBT"]
    shapes = [
        lambda: f"{rng.choice(ff)}({rng.choice(fy)}) FOR {', '.join(rng.sample(tickers, rng.randint(1, 4)))}",
        lambda: f"FF_NET_INC(FY0) / FF_SALES(FY0) * 100 FOR {', '.join(rng.sample(tickers, 3))}",
        lambda: (f'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("{rng.choice(sets["SECTOR"])}")) '
                 f"SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD"),
        lambda: f'NAME FOR SCREEN(INDEX({rng.choice(sets["INDEX"])}), FG_PE(2024-06-30) < {rng.randint(8, 30)})',
        lambda: f'GROWTH(FF_SALES, FY2020, FY2024) FOR SCREEN(INDUSTRY("{rng.choice(sets["INDUSTRY"])}"))',
        lambda: f"P_RETURN(2024-01-01, D0) FOR {', '.join(rng.sample(tickers, 2))}",
        lambda: f"P_HIGH(2024-01-01, D0), P_LOW(2024-01-01, D0) FOR {rng.choice(tickers)} IN EUR",
        lambda: f"FE_EPS(FY1), FE_SALES(FY2) FOR SCREEN(ALL) SORT FE_EPS(FY1) DESC TOP {rng.randint(3, 20)}",
        lambda: f"CAGR(FF_SALES, FY2019, FY0), AVG(FF_EPS, FQ-7, FQ0) FOR {rng.choice(tickers)}",
        lambda: (f'NAME, FG_DIV_YIELD(D0) FOR SCREEN(COUNTRY("{rng.choice(sets["COUNTRY"])}") | SECTOR("Utilities"), '
                 f"FG_DIV_YIELD(D0) > 2 AND NOT FG_PB(D0) > 5) SORT FG_DIV_YIELD(D0) DESC"),
    ]
    return [rng.choice(shapes)() for _ in range(n)]


def measure(fn, queries: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    for q in queries[:20]:  # warm caches and connections
        fn(q)
    out = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - t) * 1000)
    return out


def pct(xs: list[float], p: float) -> float:
    return statistics.quantiles(xs, n=100)[int(p) - 1] if len(xs) > 1 else xs[0]


def pg_reachable(url: str) -> bool:
    host = url.split("@")[-1].split("/")[0]
    name, _, port = host.partition(":")
    return reachable(name, int(port or 5432))


def bench_database(admin_url: str, name: str = "finql_bench") -> str:
    """A database of its own for the benchmark (created once), so no other data is touched."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = ap.parse_args()
    queries = mix(args.queries)
    rows: list[tuple[str, list[float]]] = []
    rows.append(("parse only", measure(parse, queries)))
    tables = generate()
    with tempfile.TemporaryDirectory() as tmp:
        charter = Charter(load_settings(Path(tmp) / "home", environ={}))
        upgrade(charter.store)
        with console.status("building DuckDB ..."):
            url, _ = build_and_register(charter, None, tables)
        env = open_env(charter=charter, build_if_missing=False)
        direct = DirectBackend(url)
        rows.append(("DuckDB direct (baseline)", measure(lambda q: run(q, direct), queries)))
        rows.append(("DuckDB governed", measure(lambda q: env.execute(q), queries)))
        charter.data.close()
        if pg_reachable(args.pg):
            pg_url = bench_database(args.pg)
            pg_charter = Charter(load_settings(Path(tmp) / "pg_home", environ={}))
            upgrade(pg_charter.store)
            with console.status("building PostgreSQL ..."):
                build_and_register(pg_charter, pg_url, tables)
            pg_env = open_env(charter=pg_charter, build_if_missing=False)
            pg_direct = DirectBackend(pg_url)
            rows.append(("PostgreSQL direct (baseline)", measure(lambda q: run(q, pg_direct), queries)))
            rows.append(("PostgreSQL governed", measure(lambda q: pg_env.execute(q), queries)))
            pg_charter.data.close()
        else:
            console.print(f"PostgreSQL not reachable at {args.pg}; skipped")
    table = Table("path", "p50 ms", "p95 ms", "p50 / direct")
    base = {}
    for name, xs in rows:
        p50 = pct(xs, 50)
        if "direct" in name:
            base[name.split()[0]] = p50
        ratio = p50 / base[name.split()[0]] if name.split()[0] in base and "direct" not in name else None
        table.add_row(name, f"{p50:.2f}", f"{pct(xs, 95):.2f}", f"{ratio:.2f}x" if ratio else "")
    console.print(f"{len(queries)} queries, {len({q.split(' FOR ')[0][:12] for q in queries})} shapes")
    console.print(table)


if __name__ == "__main__":
    main()

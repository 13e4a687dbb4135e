"""Data-layer benchmark: governed vs raw SQL over 1M rows in DuckDB; ANN vs exact vector search.

Run: .venv/bin/python benchmarks/bench_data.py [--rows 1000000] [--vectors 100000] [--dims 384]
Prints ratios against baselines measured in the same run (raw SQL, exact numpy search).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np


def _median_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench_sql(rows: int, repeat: int) -> None:
    import duckdb

    from charter.catalog import Catalog
    from charter.data import DataService
    from charter.settings import load_settings
    from charter.store import Store, upgrade

    tmp = Path(tempfile.mkdtemp(prefix="charter-bench-"))
    con = duckdb.connect(str(tmp / "b.duckdb"))
    con.execute(f"CREATE TABLE sales AS SELECT i AS id, ['EU','US','APAC','LATAM'][i % 4 + 1] AS region, "
                f"(i * 7919 % 1000) / 10.0 AS amount, 'customer ' || (i % 5000) AS customer FROM range({rows}) t(i)")
    con.close()
    settings = load_settings(tmp, environ={})
    store = Store(f"sqlite:///{tmp / 'charter.db'}")
    upgrade(store)
    catalog = Catalog(store)
    data = DataService(settings, store, catalog)
    data.add_source("b", f"duckdb:///{tmp / 'b.duckdb'}")
    data.sync("b")
    catalog.create_principal("analyst")
    catalog.grant(["USE_CATALOG", "USE_SCHEMA"], "catalog:b", "analyst")
    catalog.grant("SELECT", "table:b.main.sales", "analyst")
    catalog.set_column_mask("b.main.sales", "customer", "'***'")

    governed_sql = "SELECT region, count(*) AS n, sum(amount) AS total, avg(amount) AS mean FROM b.main.sales GROUP BY region"
    raw_sql = 'SELECT region, count(*) AS n, sum(amount) AS total, avg(amount) AS mean FROM "main"."sales" GROUP BY region'
    conn = data.connector("b")
    conn.execute(raw_sql)
    data.query(governed_sql, principal="analyst")
    raw = _median_ms(lambda: conn.execute(raw_sql), repeat)
    gov = _median_ms(lambda: data.query(governed_sql, principal="analyst"), repeat)

    def cold_plan() -> None:
        data._plans.clear()  # noqa: SLF001 - measure parse + check + rewrite without the plan cache
        data.plan(governed_sql, principal="analyst")

    cold = _median_ms(cold_plan, 200)
    from charter.data.governed import govern
    from charter.data.verify import verify

    ctx = data.governance_context("analyst")
    govern(governed_sql, ctx)
    verify_only = _median_ms(lambda: verify(ctx.sql, ctx), 200)  # the second check on the final SQL
    import sqlglot

    parse_only = _median_ms(lambda: sqlglot.parse_one(governed_sql), 200)

    def unaudited() -> None:
        plan = data.plan(governed_sql, principal="analyst")
        conn.execute(plan.sql)

    plan_exec = _median_ms(unaudited, repeat)
    audit = _median_ms(lambda: catalog.audit(actor="analyst", action="query", securable="table:b.main.sales",
                                             allowed=True, reason="bench", details={"sql": raw_sql}), repeat)
    warm = _median_ms(lambda: data.plan(governed_sql, principal="analyst"), 2000)
    print(f"SQL over {rows:,} rows in DuckDB (median of {repeat}):")
    print(f"  raw aggregate                    {raw:8.2f} ms")
    print(f"  governed aggregate (audited)     {gov:8.2f} ms   overhead {100 * (gov / raw - 1):+.1f}% (target < 10%)")
    print(f"  governed, audit write left out   {plan_exec:8.2f} ms   overhead {100 * (plan_exec / raw - 1):+.1f}%")
    print(f"  one audit record (catalog.audit) {audit:8.2f} ms")
    print(f"  parse + check + rewrite (cold)   {cold:8.3f} ms   (target < 1 ms; sqlglot parse alone {parse_only:.3f} ms)")
    print(f"    of which verification          {verify_only:8.3f} ms   (parse and check the final SQL again)")
    print(f"  plan from cache                  {warm:8.4f} ms")
    data.close()


def _embedding_like(n: int, dims: int, rng: np.random.Generator, basis: np.ndarray) -> np.ndarray:
    # Text embeddings live near a low-dimensional manifold; i.i.d. noise in 384 dims would make every
    # point nearly equidistant and the "nearest ten" meaningless for exact and approximate search alike.
    latent = rng.standard_normal((n, basis.shape[0])).astype(np.float32)
    x = latent @ basis + 0.05 * rng.standard_normal((n, dims)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def bench_vectors(n: int, dims: int, queries: int) -> None:
    from charter.data.indexes import usearch_index_class

    Index = usearch_index_class()

    rng = np.random.default_rng(7)
    basis = rng.standard_normal((32, dims)).astype(np.float32) / np.sqrt(dims)
    base = _embedding_like(n, dims, rng, basis)
    q = _embedding_like(queries, dims, rng, basis)
    t = time.perf_counter()
    exact_ids = []
    for v in q:
        s = base @ v
        top = np.argpartition(-s, 10)[:10]
        exact_ids.append(set(top[np.argsort(-s[top])].tolist()))
    exact_s = time.perf_counter() - t
    print(f"Vector search, {n:,} x {dims} (cosine), {queries} queries:")
    print(f"  exact numpy                      {queries / exact_s:10.0f} QPS   recall@10 1.000")
    t = time.perf_counter()
    index = Index(ndim=dims, metric="cos", dtype="f32", connectivity=16, expansion_add=64, expansion_search=64)
    index.add(np.arange(n, dtype=np.uint64), base)
    build = time.perf_counter() - t
    for ef in (32, 64, 128):
        index.expansion_search = ef
        t = time.perf_counter()
        found = [index.search(v, 10).keys for v in q]
        ann_s = time.perf_counter() - t
        recall = np.mean([len(exact_ids[i] & set(int(k) for k in found[i])) / 10 for i in range(queries)])
        print(f"  usearch HNSW ef={ef:<3}              {queries / ann_s:10.0f} QPS   recall@10 {recall:.3f}   "
              f"x{exact_s / ann_s:.1f} vs exact")
    print(f"  usearch build                    {build:8.1f} s")
    try:
        import faiss  # type: ignore[import-not-found]
    except ImportError:
        print("  faiss-cpu not installed: skipped (pip install faiss-cpu to compare)")
        return
    t = time.perf_counter()
    fi = faiss.IndexHNSWFlat(dims, 16, faiss.METRIC_INNER_PRODUCT)
    fi.hnsw.efConstruction = 64
    fi.add(base)
    fbuild = time.perf_counter() - t
    fi.hnsw.efSearch = 64
    t = time.perf_counter()
    fres = [fi.search(v[None, :], 10)[1][0] for v in q]
    f_s = time.perf_counter() - t
    recall = np.mean([len(exact_ids[i] & set(fres[i].tolist())) / 10 for i in range(queries)])
    print(f"  faiss HNSW ef=64                 {queries / f_s:10.0f} QPS   recall@10 {recall:.3f}   build {fbuild:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--vectors", type=int, default=100_000)
    parser.add_argument("--dims", type=int, default=384)
    parser.add_argument("--queries", type=int, default=500)
    args = parser.parse_args()
    bench_sql(args.rows, args.repeat)
    bench_vectors(args.vectors, args.dims, args.queries)


if __name__ == "__main__":
    main()

"""The run engine: every item through the target, then the scorers; stored per item, resumable.

Items run with bounded concurrency (threads by default, Ray tasks with ``executor="ray"``). A
finished item is written as soon as its batch is flushed, so a run killed halfway resumes with
``resume=RUN_ID`` and redoes only the items not stored. Outputs are cached by (agent version,
input): a second run of the same version over the same inputs re-scores without re-running.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import nullcontext
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select

from charter.errors import InvalidInput, NotFound
from charter.evals.datasets import Dataset, Item
from charter.evals.scorers import Score, Scorer
from charter.evals.targets import Target, TargetResult
from charter.store import Store, utcnow

DEFAULT_PRINCIPAL = "admin"


class ItemResult(BaseModel):
    """One item of a run: what the target gave, every score, and why it failed if it did."""

    item_id: str
    position: int = 0  # the item's place in the dataset (results come back in that order)
    tags: list[str] = Field(default_factory=list)
    output: Any = None
    trace_id: str | None = None
    error: dict[str, Any] | None = None  # the target failed
    scores: dict[str, Score] = Field(default_factory=dict)
    latency_s: float = 0.0
    cached: bool = False

    @property
    def errors(self) -> list[str]:
        """Every reason this item is not cleanly scored (the target's, then each scorer's)."""
        out = [f"agent: {self.error.get('message', self.error)}"] if self.error else []
        out += [f"{k}: {s.error}" for k, s in self.scores.items() if s.error]
        return out

    @property
    def passed(self) -> bool:
        """The item passed every pass/fail score (a failed or unscored item does not)."""
        verdicts = [s.passed for s in self.scores.values() if s.passed is not None]
        return not self.errors and bool(verdicts) and all(verdicts)


class RunInfo(BaseModel):
    run_id: str
    agent: str
    agent_version: str
    dataset: str
    dataset_version: str
    split: str | None
    scorers: list[str]
    status: str
    item_count: int
    created_at: Any = None
    finished_at: Any = None


class RunResult(BaseModel):
    """A run with all its items (in dataset order)."""

    info: RunInfo
    items: list[ItemResult]

    @property
    def run_id(self) -> str:
        return self.info.run_id

    def metrics(self) -> dict[str, float]:
        """Summary numbers: accuracy, error counts, per-scorer means, latency percentiles."""
        from charter.evals.compare import summarize

        return summarize(self.items)


def cache_key(agent_version: str, item: Item) -> str:
    return hashlib.sha256(f"{agent_version}\n{item.input_key()}".encode()).hexdigest()


def score_item(item: Item, res: TargetResult, scorers: Sequence[Scorer], trace_loader: Callable[[str], Any] | None,
               cached: bool = False, position: int = 0) -> ItemResult:
    """Apply every scorer to one item's result (a failed target is recorded, and not scored)."""
    out = ItemResult(item_id=item.id, position=position, tags=item.tags, output=res.output, trace_id=res.trace_id, error=res.error,
                     latency_s=res.latency_s, cached=cached)
    if res.error:
        return out
    trace = None
    if trace_loader is not None and res.trace_id and any(s.needs_trace for s in scorers):
        try:
            trace = trace_loader(res.trace_id)
        except Exception:  # a missing trace fails only the scorers that need it (they say so)
            trace = None
    # scorers see who asked (an execution-based scorer runs the gold query as that principal)
    inputs = {**item.inputs, "principal": item.principal} if item.principal and "principal" not in item.inputs \
        else item.inputs
    for sc in scorers:
        out.scores.update(sc.score(inputs=inputs, outputs=res.output, expectations=item.expectations, trace=trace))
    return out


class Runs:
    """Runs in the metadata store: start, resume, read back."""

    def __init__(self, store: Store, *, tracer: Any = None) -> None:
        self.store = store
        self.tracer = tracer

    # -- running ---------------------------------------------------------------------------

    def run(self, target: Target, dataset: Dataset, scorers: Sequence[Scorer], *, split: str | None = None,
            concurrency: int = 4, resume: str | None = None, use_cache: bool = True, executor: str = "local",
            principal: str = DEFAULT_PRINCIPAL, actor: str = "admin", progress: bool = False,
            limiter: Callable[[], Any] | None = None, flush_every: int = 32, retries: int = 3) -> RunResult:
        """Evaluate ``target`` on the dataset (or one split); ``resume`` continues a stored run."""
        from charter.evals.tables import RunRow

        if concurrency < 1:
            raise InvalidInput("concurrency must be at least 1")
        data = dataset.split(split) if split else dataset
        specs = [s.spec for s in scorers]
        if resume:
            info = self.info(resume)
            if info.agent_version != target.version or info.dataset_version != dataset.version:
                raise InvalidInput(f"run {resume} was of {info.agent}@{info.agent_version[:12]} on "
                                   f"{info.dataset}@{info.dataset_version[:12]}; resume it with the same agent and dataset")
            run_id = resume
        else:
            run_id = uuid.uuid4().hex
            with self.store.session() as s:
                s.add(RunRow(run_id=run_id, agent=target.name, agent_version=target.version, dataset=dataset.name,
                             dataset_version=dataset.version, split=split, scorers=json.dumps(specs),
                             status="running", item_count=len(data.items), created_by=actor))
        done = self._done_ids(run_id)
        todo = [it for it in data.items if it.id not in done]
        positions = {it.id: n for n, it in enumerate(data.items)}
        loader = self.tracer.get if self.tracer is not None else None
        bar = _progress(progress, len(data.items), len(done), f"eval {target.name}")
        with bar as advance:
            if executor == "ray":
                from charter.evals.ray_executor import run_items

                results = run_items(target, todo, scorers, principal=principal, concurrency=concurrency)
                for r in results:
                    r.position = positions[r.item_id]
                self._write(run_id, results, target if use_cache else None, data)
                advance(len(results))
            elif executor == "local":
                self._run_local(run_id, target, todo, scorers, loader, principal, concurrency, use_cache,
                                advance, limiter, flush_every, positions, retries)
            else:
                raise InvalidInput(f"unknown executor '{executor}'; use 'local' or 'ray'")
        with self.store.session() as s:
            row = s.get(RunRow, run_id)
            row.status, row.finished_at = "finished", utcnow()
        return self.get(run_id)

    def _run_local(self, run_id: str, target: Target, todo: list[Item], scorers: Sequence[Scorer],
                   loader: Any, principal: str, concurrency: int, use_cache: bool, advance: Callable[[int], None],
                   limiter: Callable[[], Any] | None, flush_every: int, positions: dict[str, int],
                   retries: int) -> None:
        cached = self._cached(target, todo) if use_cache else {}

        def one(item: Item) -> tuple[ItemResult, TargetResult | None, str]:
            key, pos = cache_key(target.version, item), positions[item.id]
            hit = cached.get(item.id)
            if hit is not None:
                return score_item(item, hit, scorers, loader, cached=True, position=pos), None, key
            res = _attempt(target, item, principal, limiter, retries)
            return score_item(item, res, scorers, loader, position=pos), (res if use_cache else None), key

        pending: list[tuple[ItemResult, TargetResult | None, str]] = []
        last = time.monotonic()
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="charter-eval") as pool:
            # submit at most 2x concurrency ahead, so a crash leaves little work in flight
            items = iter(todo)
            futures: set[Future[tuple[ItemResult, TargetResult | None, str]]] = set()
            for it in _take(items, concurrency * 2):
                futures.add(pool.submit(one, it))
            while futures:
                finished, futures = wait(futures, return_when=FIRST_COMPLETED)
                for f in finished:
                    pending.append(f.result())
                    nxt = next(items, None)
                    if nxt is not None:
                        futures.add(pool.submit(one, nxt))
                if len(pending) >= flush_every or time.monotonic() - last > 0.5:
                    self._flush(run_id, pending, target)
                    advance(len(pending))
                    pending, last = [], time.monotonic()
        self._flush(run_id, pending, target)
        advance(len(pending))

    def _write(self, run_id: str, results: list[ItemResult], target: Target | None, data: Dataset) -> None:
        by_id = {it.id: it for it in data.items}
        self._flush(run_id, [(r, _as_target_result(r) if target is not None else None,
                              cache_key(target.version, by_id[r.item_id]) if target is not None else "")
                             for r in results], target)

    def _flush(self, run_id: str, pending: list[tuple[ItemResult, TargetResult | None, str]],
               target: Target | None) -> None:
        """Write finished items (and their cache entries) in one transaction."""
        from charter.evals.tables import ItemCacheRow, RunItemRow

        if not pending:
            return
        seen: set[str] = set()
        with self.store.session() as s:
            for res, fresh, key in pending:
                s.add(RunItemRow(run_id=run_id, item_id=res.item_id, trace_id=res.trace_id,
                                 error="; ".join(res.errors) or None, latency_s=res.latency_s,
                                 body=res.model_dump_json()))
                # failures are not cached: a flaky provider should get another chance
                if fresh is not None and fresh.error is None and target is not None and key not in seen:
                    seen.add(key)
                    if s.get(ItemCacheRow, key) is None:
                        s.add(ItemCacheRow(key=key, agent=target.name, agent_version=target.version,
                                           body=fresh.model_dump_json()))

    def _cached(self, target: Target, items: list[Item]) -> dict[str, TargetResult]:
        from charter.evals.tables import ItemCacheRow

        keys = {cache_key(target.version, it): it.id for it in items}
        found: dict[str, TargetResult] = {}
        with self.store.session() as s:
            for chunk in _chunks(list(keys), 500):
                for row in s.scalars(select(ItemCacheRow).where(ItemCacheRow.key.in_(chunk))):
                    found[keys[row.key]] = TargetResult.model_validate_json(row.body)
        return found

    def _done_ids(self, run_id: str) -> set[str]:
        from charter.evals.tables import RunItemRow

        with self.store.session() as s:
            return set(s.scalars(select(RunItemRow.item_id).where(RunItemRow.run_id == run_id)))

    # -- reading ---------------------------------------------------------------------------

    def info(self, run_id: str) -> RunInfo:
        from charter.evals.tables import RunRow

        with self.store.session() as s:
            row = s.get(RunRow, run_id)
            if row is None and len(run_id) >= 6:
                rows = s.scalars(select(RunRow).where(RunRow.run_id.startswith(run_id)).limit(2)).all()
                row = rows[0] if len(rows) == 1 else None
            if row is None:
                raise NotFound(f"no evaluation run '{run_id}'; `charter eval list` shows recent runs")
            return _info(row)

    def get(self, run_id: str) -> RunResult:
        """A stored run with its items (dataset order is kept by insertion)."""
        from charter.evals.tables import RunItemRow

        info = self.info(run_id)
        with self.store.session() as s:
            bodies = s.scalars(select(RunItemRow.body).where(RunItemRow.run_id == info.run_id).order_by(RunItemRow.id)).all()
        items = sorted((ItemResult.model_validate_json(b) for b in bodies), key=lambda i: i.position)
        return RunResult(info=info, items=items)

    def list(self, *, limit: int = 20, agent: str | None = None) -> list[RunInfo]:
        from charter.evals.tables import RunRow

        q = select(RunRow).order_by(RunRow.created_at.desc()).limit(limit)
        if agent:
            q = q.where(RunRow.agent == agent)
        with self.store.session() as s:
            return [_info(r) for r in s.scalars(q)]


def _attempt(target: Target, item: Item, principal: str, limiter: Callable[[], Any] | None,
             retries: int) -> TargetResult:
    """Run one item; a retryable failure (rate limit, provider hiccup) waits and tries again.

    This is how a run respects the gateway's limits: the gateway refuses what is over the
    limit, and the item backs off instead of being recorded as failed.
    """
    for attempt in range(retries + 1):
        with (limiter() if limiter is not None else nullcontext()):
            res = target.run(item.inputs, principal=item.principal or principal)
        if not (res.error and res.error.get("retryable")) or attempt == retries:
            return res
        time.sleep(min(8.0, 0.5 * 2**attempt))
    return res


def _as_target_result(r: ItemResult) -> TargetResult:
    return TargetResult(output=r.output, trace_id=r.trace_id, error=r.error, latency_s=r.latency_s)


def _info(r: Any) -> RunInfo:
    return RunInfo(run_id=r.run_id, agent=r.agent, agent_version=r.agent_version, dataset=r.dataset,
                   dataset_version=r.dataset_version, split=r.split, scorers=json.loads(r.scorers), status=r.status,
                   item_count=r.item_count, created_at=r.created_at, finished_at=r.finished_at)


def _take(it: Iterator[Item], n: int) -> list[Item]:
    out = []
    for _ in range(n):
        nxt = next(it, None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _chunks(seq: list[str], n: int) -> Iterator[list[str]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


class _Bar:
    def __init__(self, enabled: bool, total: int, done: int, label: str) -> None:
        self.enabled, self.total, self.done, self.label = enabled, total, done, label
        self._lock = threading.Lock()

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda n: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._p = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                           console=Console(stderr=True), transient=False)
        self._p.__enter__()
        task = self._p.add_task(self.label, total=self.total, completed=self.done)
        return lambda n: self._p.advance(task, n)

    def __exit__(self, *exc: Any) -> None:
        if self.enabled:
            self._p.__exit__(*exc)


def _progress(enabled: bool, total: int, done: int, label: str) -> _Bar:
    return _Bar(enabled, total, done, label)

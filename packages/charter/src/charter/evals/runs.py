"""The run engine: every item through the target, then the scorers; stored per item, resumable.

One pipeline for every executor (``charter.evals.executors``): cached outputs are read first;
the rest go out as ``ItemJob``s (the target with its retries and limiter) to threads or Ray tasks;
results come back to this process, are scored here and written in batches. A finished item is
written as soon as its batch is flushed, so a run killed halfway resumes with ``resume=RUN_ID``
(or any unambiguous prefix of 6 or more characters) and redoes only the items not stored; an item
stored twice (two resumers at once) is kept once, never a constraint error.

Outputs are cached by (agent version, the agent's code, input, the principal the item runs as): a
second run of the same version over the same inputs, as the same principal, re-scores without re-running. A failed item, an output that carries an error,
and an output that a later run of the same version and input does not reproduce are not kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from charter.errors import Cancelled, InvalidInput, NotFound
from charter.evals.datasets import Dataset, Item
from charter.evals.executors import Executor, ItemJob, LocalExecutor
from charter.evals.scorers import Score, Scorer
from charter.evals.targets import Target, TargetResult
from charter.store import Store, utcnow

if TYPE_CHECKING:
    from charter.agents.context import Cancellation
    from charter.tracing import Tracer

DEFAULT_PRINCIPAL = "admin"
MIN_PREFIX = 6  # a run id may be given by any unambiguous prefix this long or longer
log = logging.getLogger("charter.evals")


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


def cache_key(agent_version: str, item: Item, code_version: str, principal: str) -> str:
    """The cache entry of one item: the agent's config version, its code's version, the item's input
    and the principal it actually runs as (``principal`` is the run's, used when the item names none).

    The effective principal is always part of the key, so what one principal's run cached is never
    shown to a run as another (an item without a principal runs as whoever runs it).
    """
    runs_as = item.principal or principal
    return hashlib.sha256(f"{agent_version}\n{code_version}\n{item.input_key()}\n{runs_as}".encode()).hexdigest()


def _cacheable(res: TargetResult) -> bool:
    """Only a clean output is kept: not a failed item, not an output that carries its own error."""
    if res.error is not None:
        return False
    out = res.output
    return not (isinstance(out, dict) and out.get("error"))


def score_item(item: Item, res: TargetResult, scorers: Sequence[Scorer], trace_loader: Callable[[str], Any] | None,
               cached: bool = False, position: int = 0, principal: str | None = None) -> ItemResult:
    """Apply every scorer to one item's result (a failed target is recorded, and not scored).

    Scorers see, as ``inputs['principal']``, the principal the item ran as: its own, else the run's
    (``principal``), whatever the inputs' data says, so a scorer that acts for the asker (runs a
    gold query, checks what a citation may show) acts as the one the target ran as."""
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
    runs_as = item.principal or principal
    inputs = {**item.inputs, "principal": runs_as} if runs_as else item.inputs
    for sc in scorers:
        out.scores.update(sc.score(inputs=inputs, outputs=res.output, expectations=item.expectations, trace=trace))
    return out


class Runs:
    """Runs in the metadata store: start, resume, read back."""

    def __init__(self, store: Store, *, tracer: Tracer | None = None) -> None:
        self.store = store
        self.tracer = tracer

    # -- running ---------------------------------------------------------------------------

    def run(self, target: Target, dataset: Dataset, scorers: Sequence[Scorer], *, split: str | None = None,
            concurrency: int = 4, resume: str | None = None, use_cache: bool = True, executor: Executor | None = None,
            principal: str = DEFAULT_PRINCIPAL, actor: str = "admin", progress: bool = False,
            limiter: Callable[[], Any] | None = None, flush_every: int = 32, retries: int = 3,
            on_start: Callable[[RunInfo], None] | None = None, run_as: str | None = None,
            cancellation: Cancellation | None = None) -> RunResult:
        """Evaluate ``target`` on the dataset (or one split); ``resume`` continues a stored run.

        ``executor`` runs the items (default: ``LocalExecutor(concurrency)``); ``on_start`` is
        called with the run's info once it is stored, before any item runs (the CLI prints the id
        there, so a run killed at any point can be resumed). ``use_cache=False`` runs every item,
        and still checks what it gets against the cache.

        ``run_as`` runs every item (and its scorers, and its cache key) as that principal, whatever
        principal an item names: for runs started on someone's behalf (the review app), which must
        never act as a principal named in the data.

        ``cancellation`` (the server's, when the request running this passes its timeout) stops the run
        between items: the item whose run it stopped is not stored, the run's status becomes
        ``cancelled`` (it can be resumed) and ``Cancelled`` is raised. Give the same cancellation to the
        target (``AgentTarget(..., cancellation=...)``) to stop the agent run in flight before its next step.
        """
        from charter.evals.tables import RunRow

        if executor is None:
            executor = LocalExecutor(concurrency)
        elif isinstance(executor, str) or not isinstance(executor, Executor):
            raise InvalidInput(f"executor must be an Executor (LocalExecutor, RayExecutor), not {executor!r}")
        data = dataset.split(split) if split else dataset
        specs = [s.spec for s in scorers]
        if resume:
            info = self.info(resume)
            if info.agent_version != target.version or info.dataset_version != dataset.version:
                raise InvalidInput(f"run {info.run_id[:12]} was of {info.agent}@{info.agent_version[:12]} on "
                                   f"{info.dataset}@{info.dataset_version[:12]}; resume it with the same agent and dataset")
            if info.split != split or info.scorers != specs:
                raise InvalidInput(f"run {info.run_id[:12]} was on split {info.split or '(all)'} with scorers "
                                   f"{', '.join(info.scorers)}; resume it with the same split and scorers")
            run_id = info.run_id
        else:
            run_id = uuid.uuid4().hex
            with self.store.session() as s:
                s.add(RunRow(run_id=run_id, agent=target.name, agent_version=target.version, dataset=dataset.name,
                             dataset_version=dataset.version, split=split, scorers=json.dumps(specs),
                             status="running", item_count=len(data.items), created_by=actor))
            info = self.info(run_id)
        if on_start is not None:
            on_start(info)
        done = self._done_ids(run_id)
        todo = [it for it in data.items if it.id not in done]
        if run_as is not None:
            todo = [it.model_copy(update={"principal": run_as}) for it in todo]
            principal = run_as
        bar = _progress(progress, len(data.items), len(done), f"eval {target.name}")
        try:
            with bar as advance:
                self._execute(run_id, target, todo, {it.id: n for n, it in enumerate(data.items)}, scorers,
                              executor, ItemJob(target, principal, retries, limiter), use_cache, advance,
                              flush_every, cancellation)
        except Cancelled:
            with self.store.session() as s:
                s.get(RunRow, run_id).status = "cancelled"
            raise
        with self.store.session() as s:
            row = s.get(RunRow, run_id)
            row.status, row.finished_at = "finished", utcnow()
        return self.get(run_id)

    def _execute(self, run_id: str, target: Target, todo: list[Item], positions: dict[str, int],
                 scorers: Sequence[Scorer], executor: Executor, job: ItemJob, use_cache: bool,
                 advance: Callable[[int], None], flush_every: int, cancellation: Cancellation | None = None) -> None:
        """Cache reads, dispatch, scoring and batched writes: the same for every executor."""
        code = getattr(target, "code_version", "")
        keys = {it.id: cache_key(target.version, it, code, job.principal) for it in todo}
        hits = self._cached(keys) if use_cache else {}
        loader = self.tracer.get if self.tracer is not None else None

        def finish(item: Item, res: TargetResult, cached: bool) -> tuple[ItemResult, TargetResult | None, str]:
            scored = score_item(item, res, scorers, loader, cached=cached, position=positions[item.id],
                                principal=job.principal)
            return scored, None if cached else res, keys[item.id]

        pending: list[tuple[ItemResult, TargetResult | None, str]] = []
        last = time.monotonic()

        def stop_if_cancelled() -> None:  # between items; a result the cancellation cut short is dropped
            if cancellation is not None and cancellation.cancelled:
                done([], True)  # what finished before is kept, so the run can be resumed
                raise Cancelled(f"the evaluation run {run_id[:12]} was cancelled: {cancellation.reason}")

        def done(finished: list[tuple[ItemResult, TargetResult | None, str]], block: bool) -> None:
            nonlocal pending, last
            pending += finished
            if pending and (block or len(pending) >= flush_every or time.monotonic() - last > 0.5):
                self._flush(run_id, pending, target, code)
                advance(len(pending))
                pending, last = [], time.monotonic()

        if getattr(executor, "in_process", False):
            # Threads here: each item is run (or taken from the cache) and scored on its own thread.
            def whole(item: Item) -> tuple[ItemResult, TargetResult | None, str] | None:
                hit = hits.get(item.id)
                if hit is not None:
                    return finish(item, hit, True)
                if cancellation is not None and cancellation.cancelled:
                    return None
                res = job(item)
                return None if cancellation is not None and cancellation.cancelled else finish(item, res, False)

            for _item, result in executor.map(whole, todo):  # type: ignore[arg-type]
                if result is None:
                    stop_if_cancelled()
                done([result], False)  # type: ignore[list-item]
            done([], True)
            return
        # Elsewhere (Ray): results come back here and are scored here, where the store and the
        # traces are (a judge calls a model): as many scorers at once as items in flight.
        scoring: list[Future[tuple[ItemResult, TargetResult | None, str]]] = []
        with ThreadPoolExecutor(max_workers=executor.concurrency, thread_name_prefix="charter-score") as pool:
            def collect(block: bool) -> None:
                nonlocal scoring
                ready = [f for f in scoring if block or f.done()]
                scoring = [f for f in scoring if not (block or f.done())]
                done([f.result() for f in ready], block)

            for it in todo:
                if it.id in hits:
                    scoring.append(pool.submit(finish, it, hits[it.id], True))
            for item, res in executor.map(job, [it for it in todo if it.id not in hits]):
                stop_if_cancelled()
                scoring.append(pool.submit(finish, item, res, False))
                collect(False)
            collect(True)

    def _flush(self, run_id: str, pending: list[tuple[ItemResult, TargetResult | None, str]],
               target: Target, code: str) -> None:
        """Write finished items (and their cache entries) in one transaction.

        An item already stored for this run (another process resumed the same run) is skipped,
        not a constraint error. A fresh clean output goes to the cache unless the cache holds a
        different output for the same key: then this agent version does not give the same answer
        to the same input (a race, a nondeterministic step) and neither output is kept.
        """
        from charter.evals.tables import ItemCacheRow, RunItemRow

        if not pending:
            return
        items = [{"run_id": run_id, "item_id": res.item_id, "trace_id": res.trace_id,
                  "error": "; ".join(res.errors) or None, "latency_s": res.latency_s, "body": res.model_dump_json()}
                 for res, _fresh, _key in pending]
        fresh = {key: res for _r, res, key in pending if res is not None and _cacheable(res)}
        with self.store.session() as s:
            _insert_new(s, RunItemRow, items, ("run_id", "item_id"))
            if not fresh:
                return
            found = {row.key: row.body for row in s.scalars(select(ItemCacheRow).where(ItemCacheRow.key.in_(list(fresh))))}
            disagree = [k for k, body in found.items()
                        if TargetResult.model_validate_json(body).output != fresh[k].output]
            if disagree:
                log.warning("agent %s@%s gave %d output(s) that differ from its cached ones for the same input; "
                            "those cache entries are dropped", target.name, target.version[:12], len(disagree))
                s.execute(delete(ItemCacheRow).where(ItemCacheRow.key.in_(disagree)))
            rows = [{"key": k, "agent": target.name, "agent_version": target.version, "body": r.model_dump_json()}
                    for k, r in fresh.items() if k not in found]
            _insert_new(s, ItemCacheRow, rows, ("key",))

    def _cached(self, keys: dict[str, str]) -> dict[str, TargetResult]:
        """item id -> its cached result, for the items whose key is in the cache."""
        from charter.evals.tables import ItemCacheRow

        by_key = {k: item_id for item_id, k in keys.items()}
        found: dict[str, TargetResult] = {}
        with self.store.session() as s:
            for chunk in _chunks(list(by_key), 500):
                for row in s.scalars(select(ItemCacheRow).where(ItemCacheRow.key.in_(chunk))):
                    found[by_key[row.key]] = TargetResult.model_validate_json(row.body)
        return found

    def _done_ids(self, run_id: str) -> set[str]:
        from charter.evals.tables import RunItemRow

        with self.store.session() as s:
            return set(s.scalars(select(RunItemRow.item_id).where(RunItemRow.run_id == run_id)))

    # -- reading ---------------------------------------------------------------------------

    def resolve(self, run_id: str) -> str:
        """The full id of a stored run given its id or any unambiguous prefix of 6+ characters."""
        from charter.evals.tables import RunRow

        ref = run_id.strip().lower()
        with self.store.session() as s:
            if s.get(RunRow, ref) is not None:
                return ref
            if len(ref) < MIN_PREFIX:
                raise InvalidInput(f"run id '{run_id}' is too short: give at least {MIN_PREFIX} characters of it "
                                   "(`charter eval list` shows recent runs)")
            found = s.scalars(select(RunRow.run_id).where(RunRow.run_id.startswith(ref, autoescape=True))
                              .order_by(RunRow.run_id).limit(6)).all()
        if not found:
            raise NotFound(f"no evaluation run '{run_id}'; `charter eval list` shows recent runs")
        if len(found) > 1:
            shown = ", ".join(f[:12] for f in found[:5]) + (", ..." if len(found) > 5 else "")
            raise InvalidInput(f"run id '{run_id}' is ambiguous: it starts {'more than 5' if len(found) > 5 else len(found)} "
                               f"runs ({shown}); give more characters")
        return found[0]

    def info(self, run_id: str) -> RunInfo:
        """A stored run's description, by id or unambiguous prefix."""
        from charter.evals.tables import RunRow

        full = self.resolve(run_id)
        with self.store.session() as s:
            return _info(s.get(RunRow, full))

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


def _info(r: Any) -> RunInfo:
    return RunInfo(run_id=r.run_id, agent=r.agent, agent_version=r.agent_version, dataset=r.dataset,
                   dataset_version=r.dataset_version, split=r.split, scorers=json.loads(r.scorers), status=r.status,
                   item_count=r.item_count, created_at=r.created_at, finished_at=r.finished_at)


def _insert_new(session: Session, table: Any, rows: list[dict[str, Any]], unique: tuple[str, ...]) -> None:
    """Insert rows, skipping any whose unique key is already there (another writer got there first)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        from sqlalchemy.dialects import postgresql, sqlite

        mod = sqlite if dialect == "sqlite" else postgresql
        session.execute(mod.insert(table).on_conflict_do_nothing(index_elements=list(unique)), rows)
    elif dialect in ("mysql", "mariadb"):
        session.execute(insert(table).prefix_with("IGNORE"), rows)
    else:  # any other store: look first (a concurrent writer may still collide; the transaction then fails whole)
        cols = [getattr(table, c) for c in unique]
        for row in rows:
            if session.scalar(select(cols[0]).where(*(c == row[c.key] for c in cols))) is None:
                session.execute(insert(table), [row])


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

"""Where a run's items execute: threads in this process, or tasks on a Ray cluster.

An executor only decides *where* one item's work runs. Everything else a run does is the run
engine's (``charter.evals.runs``) and so the same on every executor: the cache is read before any
item is dispatched, the work per item is one ``ItemJob`` (the target with its retries and limiter),
the same scoring function scores each result and the batched writes to the store happen in the
process that started the run. An in-process executor scores on the thread that ran the item; a
remote one (Ray) sends results back and they are scored there. A run on Ray therefore stores
exactly what the same run on threads stores, item by item.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from charter.errors import InvalidInput

if TYPE_CHECKING:
    from charter.evals.datasets import Item
    from charter.evals.targets import Target, TargetResult

Job = Callable[["Item"], "TargetResult"]


@runtime_checkable
class Executor(Protocol):
    """Runs one job over many items with at most ``concurrency`` in flight."""

    name: str
    concurrency: int
    in_process: bool  # jobs run on this process's threads (so they may close over anything)

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[tuple[Item, TargetResult]]:
        """Yield ``(item, job(item))`` for every item as each finishes (in any order)."""
        ...


@dataclass(frozen=True)
class ItemJob:
    """One item's work, the same on every executor: run the target as the item's principal.

    A retryable failure (a rate limit, a provider hiccup) waits and tries again, at most
    ``retries`` times; ``limiter`` (a context-manager factory) is held around each attempt. The job
    is a plain picklable value, so Ray ships it to its workers as it is.
    """

    target: Target
    principal: str
    retries: int = 3
    limiter: Callable[[], Any] | None = None
    backoff_s: float = 0.5

    def __call__(self, item: Item) -> TargetResult:
        import time

        res = None
        for attempt in range(self.retries + 1):
            with (self.limiter() if self.limiter is not None else nullcontext()):
                res = self.target.run(item.inputs, principal=item.principal or self.principal)
            if not (res.error and res.error.get("retryable")) or attempt == self.retries:
                return res
            time.sleep(min(8.0, self.backoff_s * 2**attempt))
        return res  # type: ignore[return-value]  # unreachable: the loop returns on its last attempt


class LocalExecutor:
    """Items on a pool of threads in this process (the default)."""

    name = "local"
    in_process = True

    def __init__(self, concurrency: int = 4) -> None:
        if concurrency < 1:
            raise InvalidInput("concurrency must be at least 1")
        self.concurrency = concurrency

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[tuple[Item, TargetResult]]:
        todo = iter(items)
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="charter-eval") as pool:
            # at most 2x concurrency submitted ahead, so a crash leaves little work in flight
            running: dict[Future[TargetResult], Item] = {}
            for it in _take(todo, self.concurrency * 2):
                running[pool.submit(job, it)] = it
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for f in finished:
                    item = running.pop(f)
                    nxt = next(todo, None)
                    if nxt is not None:
                        running[pool.submit(job, nxt)] = nxt
                    yield item, f.result()


class RayExecutor:
    """Items as Ray tasks: on the cluster ``address`` names (or RAY_ADDRESS), else a local one.

    At most ``concurrency`` tasks are in flight. A local cluster this executor starts is shut down
    when the run ends; one that was already running (``ray.init`` by the caller) is left alone.
    The target and its handles must pickle (``AgentTarget`` rebuilds its handles on the worker
    when it was given a ``handles_factory``).
    """

    name = "ray"
    in_process = False

    def __init__(self, concurrency: int = 4, *, address: str | None = None, num_cpus: int | None = None) -> None:
        if concurrency < 1:
            raise InvalidInput("concurrency must be at least 1")
        self.concurrency = concurrency
        self.address = address
        self.num_cpus = num_cpus

    def map(self, job: Job, items: Iterable[Item]) -> Iterator[tuple[Item, TargetResult]]:
        ray = _ray()
        todo = iter(items)
        first = next(todo, None)
        if first is None:
            return
        started = self._start(ray)
        try:
            task = ray.remote(_call)
            job_ref = ray.put(job)
            running: dict[Any, Item] = {}
            for it in [first, *_take(todo, self.concurrency - 1)]:
                running[task.remote(job_ref, it)] = it
            while running:
                done, _ = ray.wait(list(running), num_returns=1)
                for ref in done:
                    item = running.pop(ref)
                    nxt = next(todo, None)
                    if nxt is not None:
                        running[task.remote(job_ref, nxt)] = nxt
                    yield item, ray.get(ref)
        finally:
            if started:
                ray.shutdown()

    def _start(self, ray: Any) -> bool:
        if ray.is_initialized():
            return False
        address = self.address or os.environ.get("RAY_ADDRESS")
        if address:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
            return True
        # a local cluster's workers import what the driver can: the driver's path goes with them
        path = os.pathsep.join(p for p in sys.path if p)
        ray.init(num_cpus=self.num_cpus or self.concurrency, include_dashboard=False, log_to_driver=False,
                 configure_logging=False, runtime_env={"env_vars": {"PYTHONPATH": path}})
        return True


def _call(job: Job, item: Item) -> TargetResult:
    return job(item)


def _ray() -> Any:
    from charter.plugins import optional_import

    return optional_import("ray", "ray", purpose="the ray executor")


_NAMES = {"local": LocalExecutor, "ray": RayExecutor}


def executor_named(name: str, concurrency: int = 4) -> Executor:
    """The executor a command line names (``local`` or ``ray``) with its concurrency."""
    cls = _NAMES.get(name)
    if cls is None:
        from charter.errors import did_you_mean

        raise InvalidInput(f"unknown executor '{name}'{did_you_mean(name, _NAMES)}; use 'local' or 'ray'")
    return cls(concurrency)


def _take(it: Iterator[Item], n: int) -> list[Item]:
    out = []
    for _ in range(n):
        nxt = next(it, None)
        if nxt is None:
            break
        out.append(nxt)
    return out


__all__ = ["Executor", "ItemJob", "LocalExecutor", "RayExecutor", "executor_named"]

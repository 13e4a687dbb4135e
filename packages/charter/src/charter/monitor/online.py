"""Online evaluation: checks, scorers and judges on live traces, off the request path.

The tracer hands each stored batch of traces to ``OnlineEvaluator.submit`` on its writer thread;
``submit`` only puts them in a bounded queue (never blocking: a full queue leaves the trace to the
catch-up pass, counted in ``dropped``). One worker thread runs the deterministic checks and the
deterministic scorers on every trace and writes one observation and its feedback per trace, a batch
per transaction; judges (LLM calls, slow) run on their sample on a second thread with a bounded
queue of their own, so a slow judge never holds back the checks. Nothing here can change what a
caller got: the trace is already stored and answered when it arrives.

A scorer that cannot score (a judge whose model fails or answers nonsense, a missing field, a bug
in a custom scorer) leaves a feedback row marked not measurable with the reason; it never counts as
a fail and never stops the other scorers.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import case, insert, update

from charter.evals.judges import Judge
from charter.evals.scorers import Score, Scorer, ScorerRegistry
from charter.monitor import checks
from charter.monitor.config import RELOAD_S, MonitorConfig
from charter.monitor.tables import FeedbackRow, ObservationRow
from charter.settings import Settings
from charter.store import Store
from charter.tracing import Trace, in_sample, to_trace

log = logging.getLogger("charter.monitor")


@dataclass
class Bound:
    """An attached scorer, built, with its sample rate and whether it is a judge."""

    scorer: Scorer
    sample: float
    judge: bool


@dataclass
class Stats:
    """Counters of one evaluator (``GET /v1/monitor/status``)."""

    submitted: int = 0
    observed: int = 0
    dropped: int = 0
    judged: int = 0
    judge_dropped: int = 0
    not_measurable: int = 0
    max_backlog: int = 0
    missed_since: datetime | None = None
    errors: list[str] = field(default_factory=list)


def _is_judge(scorer: Scorer) -> bool:
    return isinstance(scorer.fn, Judge) or scorer.name.startswith("judge:")


def quality_of(score: Score) -> float | None:
    """A quality score as 0..1 (passed counts 1 or 0; otherwise a value already in 0..1), or None."""
    if score.error is not None:
        return None
    if score.passed is not None:
        return 1.0 if score.passed else 0.0
    if score.value is not None and 0.0 <= score.value <= 1.0:
        return float(score.value)
    return None


class OnlineEvaluator:
    """The bounded queue and the two threads of online evaluation (see the module doc)."""

    def __init__(self, settings: Settings, store: Store, config: MonitorConfig, *,
                 gateway: Callable[[], Any] | None = None, output_model: Callable[[str], Any] | None = None,
                 scorers: ScorerRegistry | None = None, on_batch: Callable[[], None] | None = None,
                 catch_up: Callable[[datetime], int] | None = None, judge_queue_size: int = 1000) -> None:
        self.settings = settings
        self.store = store
        self.config = config
        self._gateway = gateway or (lambda: None)
        self._output_model = output_model or (lambda name: None)
        self._registry = scorers
        self._on_batch = on_batch
        self._catch_up = catch_up
        self.stats = Stats()
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=settings.monitor.queue_size)
        self._judges: queue.Queue[tuple[Trace, list[Bound]]] = queue.Queue(maxsize=judge_queue_size)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0  # traces queued or in work, judges included
        self._threads: dict[str, threading.Thread | None] = {}
        self._stop = threading.Event()
        self._bound: dict[str, tuple[float, list[Bound]]] = {}
        self._models: dict[str, Any] = {}

    # -- the caller's side (the tracer's writer thread) ------------------------------------------

    def submit(self, batch: Sequence[Any]) -> None:
        """Queue finished traces (``ActiveTrace`` or ``Trace``) without ever blocking; see the module doc."""
        for active in batch:
            if getattr(active, "agent", None) is None:
                continue  # only agent runs are monitored
            with self._lock:
                self._pending += 1
                self.stats.submitted += 1
            try:
                self._queue.put_nowait(active)
            except queue.Full:
                self._missed(active)
                continue
            backlog = self._queue.qsize()
            if backlog > self.stats.max_backlog:
                self.stats.max_backlog = backlog
        self._ensure_threads()

    def _missed(self, active: Any) -> None:
        spans = getattr(active, "spans", None)
        when = datetime.fromtimestamp(spans[0].start_ns / 1e9, UTC) if spans else datetime.now(UTC)
        with self._lock:
            self._pending -= 1
            self.stats.dropped += 1
            if self.stats.missed_since is None or when < self.stats.missed_since:
                self.stats.missed_since = when
            self._idle.notify_all()
        if self.stats.dropped in (1, 10, 100) or self.stats.dropped % 1000 == 0:
            log.warning("monitor queue full (%d traces): %d trace(s) left to the catch-up pass so far",
                        self.settings.monitor.queue_size, self.stats.dropped)

    IDLE_S = 30.0  # a thread with nothing to do for this long ends; the next trace starts it again

    def _ensure_threads(self) -> None:
        with self._lock:
            self._stop.clear()
            for role, target in (("checks", self._run), ("judges", self._run_judges)):
                if self._threads.get(role) is None:
                    t = threading.Thread(target=target, name=f"charter-monitor-{role}", daemon=True)
                    self._threads[role] = t
                    t.start()

    def _retire(self, role: str, work: queue.Queue[Any]) -> bool:
        """Whether an idle thread may end: decided under the lock, so a trace queued just before is
        seen here, and one queued just after finds no thread and starts one."""
        with self._lock:
            if not work.empty() or (role == "checks" and self.stats.missed_since is not None):
                return False
            self._threads[role] = None
            return True

    def threads(self) -> list[str]:
        """Names of this evaluator's running threads."""
        with self._lock:
            return sorted(t.name for t in self._threads.values() if t is not None and t.is_alive())

    def backlog(self) -> int:
        """Traces waiting for checks plus traces waiting for a judge."""
        return self._queue.qsize() + self._judges.qsize()

    def drain(self, timeout_s: float = 30.0) -> bool:
        """Wait until every trace submitted so far is checked, scored and judged; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending <= 0, timeout_s)

    def stop(self, timeout_s: float = 5.0) -> None:
        """Finish what is queued (at most ``timeout_s``), then stop the threads."""
        self.drain(timeout_s)
        self._stop.set()
        with self._lock:
            threads, self._threads = [t for t in self._threads.values() if t is not None], {}
        for t in threads:
            t.join(timeout_s)

    def _done(self, n: int) -> None:
        with self._lock:
            self._pending -= n
            self._idle.notify_all()

    # -- the worker --------------------------------------------------------------------------------

    def _run(self) -> None:
        idle_since = time.monotonic()
        while not self._stop.is_set():
            try:
                first = self._queue.get(timeout=0.5)
            except queue.Empty:
                self._catch_up_missed()
                if time.monotonic() - idle_since > self.IDLE_S and self._retire("checks", self._queue):
                    return
                continue
            idle_since = time.monotonic()
            batch = [first]
            while len(batch) < 64:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            judged = 0
            try:
                try:
                    traces = [t if isinstance(t, Trace) else to_trace(t) for t in batch]
                    judged = self.process(traces, counted=True)
                except Exception as exc:  # the store down, a bug: logged, the next batch goes on
                    log.warning("monitor could not process %d trace(s): %s", len(batch), exc)
                    self.note(f"{type(exc).__name__}: {exc}")
                if self._on_batch is not None:
                    try:
                        self._on_batch()
                    except Exception as exc:
                        log.warning("monitor alert evaluation failed: %s", exc)
                        self.note(f"alert evaluation: {type(exc).__name__}: {exc}")
            finally:
                # done only after the batch's alert evaluation: drain() returning means the rules saw the batch
                # (it was counted done first, and a drained monitor could still have no firing alert)
                self._done(len(batch) - judged)

    def _catch_up_missed(self) -> None:
        """With the queue empty, observe from the store the traces a full queue left out."""
        with self._lock:
            since, self.stats.missed_since = self.stats.missed_since, None
        if since is None or self._catch_up is None:
            return
        try:
            if self._catch_up(since) >= 500:  # more to do: the next idle moment goes on
                with self._lock:
                    self.stats.missed_since = min(since, self.stats.missed_since or since)
        except Exception as exc:
            with self._lock:
                self.stats.missed_since = min(since, self.stats.missed_since or since)
            log.warning("monitor catch-up failed (retrying when idle): %s", exc)
            self.note(f"catch-up: {type(exc).__name__}: {exc}")

    def note(self, error: str) -> None:
        """Keep one of the last ten problems (``GET /v1/monitor/status`` shows them)."""
        with self._lock:
            self.stats.errors = [*self.stats.errors[-9:], error[:300]]

    def set_output_model(self, output_model: Callable[[str], Any]) -> None:
        """Where the schema check finds an agent's output model (the server's agent registry)."""
        self._output_model = output_model
        self._models = {}

    def build(self, spec: str) -> Scorer:
        """A scorer from its spec; judges get the model gateway and call it as [monitor] judge_principal."""
        scorer = (self._registry or ScorerRegistry()).build(spec, gateway=self._gateway())
        if isinstance(scorer.fn, Judge):
            scorer.fn.principal = self.settings.monitor.judge_principal
        return scorer

    def scorers(self, agent: str) -> list[Bound]:
        """The agent's attached scorers, built (re-read from charter.toml and the store every RELOAD_S)."""
        now = time.monotonic()
        cached = self._bound.get(agent)
        if cached is not None and now - cached[0] < RELOAD_S:
            return cached[1]
        bound = []
        for attached in self.config.scorers(agent):
            try:
                scorer = self.build(attached.spec)
            except Exception as exc:  # checked when attached; a plugin removed since is named, not fatal
                msg = exc.message if hasattr(exc, "message") else f"{type(exc).__name__}: {exc}"
                self.note(f"scorer '{attached.spec}' of agent '{agent}': {msg}")
                continue
            judge = _is_judge(scorer)
            default = self.settings.monitor.judge_sample if judge else 1.0
            bound.append(Bound(scorer, default if attached.sample is None else attached.sample, judge))
        self._bound[agent] = (now, bound)  # one dict assignment: readers see the old list or the new
        return bound

    def _model(self, agent: str) -> Any:
        if agent not in self._models:
            try:
                self._models[agent] = self._output_model(agent)
            except Exception:
                self._models[agent] = None
        return self._models[agent]

    def process(self, traces: Sequence[Trace], *, counted: bool = False) -> int:
        """Check and score traces, write their observations and feedback; judges are queued.

        Returns how many traces went on to the judge thread. ``counted``: the traces were counted as
        pending when submitted (the worker's), and those handed on stay pending until judged.
        """
        observations, feedback, to_judge = [], [], []
        for t in traces:
            if not t.agent:
                continue
            obs, rows, judges = self._evaluate(t)
            observations.append(obs)
            feedback += rows
            if judges:
                to_judge.append((t, judges))
        written = self._write(observations, feedback)
        with self._lock:
            self.stats.observed += len(written)
        handed = 0
        for t, judges in to_judge:
            if t.trace_id not in written:
                continue  # observed already (a catch-up pass raced the worker): judged once, there
            if not counted:
                with self._lock:
                    self._pending += 1
            try:
                self._judges.put_nowait((t, judges))
                handed += 1
            except queue.Full:
                with self._lock:
                    self.stats.judge_dropped += 1
                    if not counted:
                        self._pending -= 1
        if to_judge:
            self._ensure_threads()
        return handed if counted else 0

    def _evaluate(self, t: Trace) -> tuple[dict[str, Any], list[dict[str, Any]], list[Bound]]:
        cfg = self.config.agent(t.agent or "")
        f = checks.facts(t, cfg.refusal_field)
        version = str(t.spans[0].attributes.get("version") or "") if t.spans else ""
        common = {"trace_id": t.trace_id, "agent": t.agent, "version": version, "at": t.start_time}
        rows: list[dict[str, Any]] = []
        qualities: list[float] = []

        def add(name: str, source: str, score: Score, quality: bool) -> None:
            measurable = score.error is None and (score.value is not None or score.passed is not None)
            if not measurable:
                with self._lock:
                    self.stats.not_measurable += 1
            rows.append({**common, "name": name, "source": source, "value": score.value, "passed": score.passed,
                         "measurable": measurable,
                         "rationale": (score.rationale if measurable else f"not measurable: {score.error}")[:2000]})
            q = quality_of(score) if quality and measurable else None
            if q is not None:
                qualities.append(q)

        for name, result, quality in (
            ("schema", checks.schema(t, self._model(t.agent or "")), True),
            ("groundedness", checks.groundedness(t, cfg.groundedness_min, cfg.refusal_field), True),
            ("latency", checks.latency(t, cfg.max_latency_s) if cfg.max_latency_s else None, False),
            ("cost", checks.cost(t, cfg.max_cost_usd) if cfg.max_cost_usd is not None else None, False),
        ):
            if result is not None:
                add(name, "check", result, quality)
        judges = []
        answered = not t.failed
        for b in self.scorers(t.agent or ""):
            if not in_sample(t.trace_id, b.sample) or (not answered and b.scorer.kind == "quality"):
                continue  # a trace that ended in an error has no answer to judge: error_rate counts it
            if b.judge:
                judges.append(b)
                continue
            for name, score in self._score(b.scorer, t).items():
                add(name, "scorer", score, b.scorer.kind == "quality")
        obs = {**common, "principal": t.principal or "", "hour": int(t.start_time.timestamp() // 3600),
               "latency_ms": f.latency_ms, "error": f.error, "refused": f.refused, "tokens": f.tokens,
               "cost_usd": f.cost_usd, "quality": min(qualities) if qualities else None,
               "quality_n": len(qualities), "question": f.question,
               "arm": str(t.spans[0].attributes.get("arm") or "") if t.spans else ""}
        return obs, rows, judges

    @staticmethod
    def _score(scorer: Scorer, t: Trace) -> dict[str, Score]:
        # Online there is no golden answer: expectations are empty, so a scorer that needs one says
        # it is not measurable here (MissingField), which is true, rather than failing the trace.
        # As in an eval run, inputs['principal'] is who the agent ran as (the trace's principal).
        inputs = {**t.inputs, "principal": t.principal} if isinstance(t.inputs, dict) and t.principal else t.inputs
        return scorer.score(inputs=inputs, outputs=t.outputs, expectations={}, trace=t)

    def _write(self, observations: list[dict[str, Any]], feedback: list[dict[str, Any]]) -> set[str]:
        """Insert observations (ignoring traces observed already) and the feedback of those written."""
        if not observations:
            return set()
        with self.store.session() as s:
            dialect = s.get_bind().dialect.name
            if dialect in ("sqlite", "postgresql"):
                mod = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"])
                stmt = mod.insert(ObservationRow).on_conflict_do_nothing(index_elements=["trace_id"])
                written = {r[0] for r in s.execute(stmt.returning(ObservationRow.trace_id), observations)}
            else:
                s.execute(insert(ObservationRow), observations)
                written = {o["trace_id"] for o in observations}
            rows = [r for r in feedback if r["trace_id"] in written]
            if rows:
                s.execute(insert(FeedbackRow), rows)
        return written

    # -- the judges' thread ----------------------------------------------------------------------

    def _run_judges(self) -> None:
        idle_since = time.monotonic()
        while not self._stop.is_set():
            try:
                t, judges = self._judges.get(timeout=0.5)
            except queue.Empty:
                if time.monotonic() - idle_since > self.IDLE_S and self._retire("judges", self._judges):
                    return
                continue
            idle_since = time.monotonic()
            try:
                self._judge(t, judges)
            except Exception as exc:
                log.warning("monitor could not store the judges' feedback on trace %s: %s", t.trace_id, exc)
                self.note(f"judges: {type(exc).__name__}: {exc}")
            finally:
                self._done(1)

    def _judge(self, t: Trace, judges: list[Bound]) -> None:
        version = str(t.spans[0].attributes.get("version") or "") if t.spans else ""
        rows, qualities = [], []
        for b in judges:
            for name, score in self._score(b.scorer, t).items():
                measurable = score.error is None and (score.value is not None or score.passed is not None)
                with self._lock:
                    self.stats.judged += 1
                    self.stats.not_measurable += not measurable
                rows.append({"trace_id": t.trace_id, "agent": t.agent, "version": version, "at": t.start_time,
                             "name": name, "source": "judge", "value": score.value, "passed": score.passed,
                             "measurable": measurable,
                             "rationale": (score.rationale if measurable else f"not measurable: {score.error}")[:2000]})
                q = quality_of(score) if measurable else None
                if q is not None:
                    qualities.append(q)
        with self.store.session() as s:
            s.execute(insert(FeedbackRow), rows)
            if qualities:  # a trace's quality is its weakest measured score
                low = min(qualities)
                Obs = ObservationRow
                s.execute(update(Obs).where(Obs.trace_id == t.trace_id).values(
                    quality=case((Obs.quality.is_(None) | (Obs.quality > low), low), else_=Obs.quality),
                    quality_n=Obs.quality_n + len(qualities)))


class Feedback(BaseModel):
    """One result on a trace, as `charter monitor feedback` and the review page show it."""

    name: str
    source: str
    value: float | None
    passed: bool | None
    measurable: bool
    rationale: str

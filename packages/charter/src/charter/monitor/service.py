"""``Monitor``: online evaluation, metrics, alerts, drift and cost of one Charter process.

The runtime builds one per process (``charter.monitor``); `charter serve` starts it (the online
evaluator subscribes to the tracer, the webhook sender starts when a webhook is configured); the
CLI reads through it without starting anything. Alert rules are evaluated on the evaluator's thread
after a batch of traces, at most every ``[monitor] evaluate_every_s`` seconds, and on demand
(``evaluate``, `charter monitor evaluate`).
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import func, select

from charter.errors import ConfigError, InvalidInput, NotFound
from charter.monitor import alerts as alerting
from charter.monitor import cost as costing
from charter.monitor import metrics
from charter.monitor.config import DRIFT_METRICS, MonitorConfig, check_rule, parse_duration
from charter.monitor.drift import DriftMeter, DriftReport, offer
from charter.monitor.online import Feedback, OnlineEvaluator
from charter.monitor.tables import SHADOW, FeedbackRow, ObservationRow, ReviewRow
from charter.settings import AlertRuleSettings, Settings
from charter.store import Store

if TYPE_CHECKING:
    from charter.agents.registry import AgentRegistry
    from charter.data.embeddings import Embedder
    from charter.models import Gateway
    from charter.tracing import Tracer

log = logging.getLogger("charter.monitor")


class MonitorStatus(BaseModel):
    """Where this process's monitor stands (``GET /v1/monitor/status``, per worker)."""

    running: bool
    submitted: int
    observed: int
    dropped: int
    backlog: int
    max_backlog: int
    judged: int
    judge_dropped: int
    not_measurable: int
    missed_since: datetime | None
    errors: list[str]


class ReviewOffer(BaseModel):
    """A trace the monitor put in the review queue."""

    trace_id: str
    agent: str
    source: str
    reason: str
    dataset: str | None
    created_at: datetime


class Monitor:
    """Online evaluation, metrics, alerts, drift and cost over one metadata store."""

    def __init__(self, settings: Settings, store: Store, *, tracer: Tracer | None = None,
                 gateway: Callable[[], Gateway | None] | None = None, embedder: Callable[[], Embedder] | None = None,
                 agents: Callable[[], list[str]] | None = None, output_model: Callable[[str], Any] | None = None,
                 transport: Any = None) -> None:
        self.settings = settings
        self.store = store
        self.tracer = tracer
        self.config = MonitorConfig(settings, store)
        self.alerts = alerting.AlertStore(store)
        self._agents = agents
        self._embedder = embedder
        self._drift: DriftMeter | None = None
        self._drift_reports: dict[str, tuple[float, DriftReport | None]] = {}
        self._drifting: set[str] = set()
        self.evaluator = OnlineEvaluator(settings, store, self.config, gateway=gateway, output_model=output_model,
                                         on_batch=self._after_batch, catch_up=self._catch_up)
        m = settings.monitor
        self.deliverer = alerting.Deliverer(store, secret=self.webhook_secret, timeout_s=m.webhook_timeout_s,
                                            max_attempts=m.webhook_max_attempts, backoff_s=m.webhook_backoff_s,
                                            transport=transport)
        self._running = False
        self._last_eval = 0.0
        self._eval_lock = threading.Lock()
        self._start_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------------

    def use_registry(self, registry: AgentRegistry) -> None:
        """Check alert rules against this agent registry, and answers against its agents' output models."""
        self._agents = registry.names
        self.evaluator.set_output_model(lambda name: registry.create(name).output_model
                                        if name in registry.names() else None)

    def webhook_secret(self) -> str | None:
        """The webhook's HMAC key, from the environment variable ``[monitor] webhook_secret_env`` names."""
        return os.environ.get(self.settings.monitor.webhook_secret_env) or None

    def agent_names(self) -> list[str] | None:
        """Registered agents (None when this process has no registry to ask)."""
        return self._agents() if self._agents is not None else None

    def attach(self, agent: str, spec: str, sample: float | None, *, actor: str) -> None:
        """Attach a scorer to an agent after checking all three (an unknown agent or scorer, a bad
        option, a sample rate outside 0..1: InvalidInput, and nothing stored)."""
        from charter.monitor.config import check_agent, check_sample

        check_sample(sample, "--sample")
        check_agent(agent, self.agent_names())
        self.evaluator.build(spec)
        self.config.attach(agent, spec, sample, actor=actor)

    def check(self) -> None:
        """Every problem of the configuration as one ConfigError line (at `charter serve` start)."""
        known = self.agent_names()
        try:
            for rule in self.config.rules():
                check_rule(rule, known)
            from charter.evals.scorers import ScorerRegistry

            registry = ScorerRegistry()
            for attached in self.config.scorers():
                try:
                    registry.factory(attached.spec.partition(":")[0])
                except Exception as exc:
                    msg = exc.message if hasattr(exc, "message") else str(exc)
                    raise InvalidInput(f"scorer '{attached.spec}' of agent '{attached.agent}': {msg}") from None
        except InvalidInput as exc:
            raise ConfigError(f"monitor: {exc.message}") from None
        m = self.settings.monitor
        if m.webhook_url and not self.webhook_secret():
            raise ConfigError(f"monitor: webhook_url is set but {m.webhook_secret_env} is empty; set it to the key "
                              "the receiver verifies the signature header with")

    def start(self) -> None:
        """Watch the tracer's traces and send webhooks (idempotent; a no-op when [monitor] is disabled)."""
        with self._start_lock:
            if self._running or not self.settings.monitor.enabled or self.tracer is None:
                return
            self.tracer.subscribe(self.evaluator.submit)
            if self.settings.monitor.webhook_url:
                self.deliverer.start()
            self._running = True
            ref = weakref.ref(self)
            atexit.register(lambda: (m := ref()) is not None and m.stop(5.0))

    def stop(self, timeout_s: float = 10.0) -> None:
        """Finish queued checks and judges (at most ``timeout_s``), then stop the threads."""
        with self._start_lock:
            if not self._running:
                return
            self._running = False
            self.tracer.unsubscribe(self.evaluator.submit)
        self.evaluator.stop(timeout_s)
        self.deliverer.stop(timeout_s)

    def drain(self, timeout_s: float = 30.0) -> bool:
        """Wait until every trace finished so far is stored, checked, scored and judged."""
        deadline = time.monotonic() + timeout_s
        if self.tracer is not None and not self.tracer.flush(timeout_s):
            return False
        return self.evaluator.drain(max(0.0, deadline - time.monotonic()))

    def status(self) -> MonitorStatus:
        """Counters of this process's online evaluator."""
        s = self.evaluator.stats
        return MonitorStatus(running=self._running, submitted=s.submitted, observed=s.observed, dropped=s.dropped,
                             backlog=self.evaluator.backlog(), max_backlog=s.max_backlog, judged=s.judged,
                             judge_dropped=s.judge_dropped, not_measurable=s.not_measurable,
                             missed_since=s.missed_since, errors=list(s.errors))

    # -- catching up -------------------------------------------------------------------------------

    def _catch_up(self, since: datetime) -> int:
        # on the evaluator's own thread, when its queue is empty: no waiting for itself
        return self.backfill(since=since - timedelta(seconds=1), limit=500, wait=False)

    def backfill(self, *, agent: str | None = None, since: datetime | None = None, limit: int = 5000,
                 wait: bool = True) -> int:
        """Check and score stored traces the monitor has not observed (a full queue, traffic served
        while it was off, CLI runs); how many were observed now (``wait``: and judged)."""
        from charter.tracing.tables import TraceRow

        since = since or (datetime.now(UTC) - timedelta(days=1))
        if self.tracer is None:
            raise ConfigError("backfill needs the tracer")
        self.tracer.flush()
        q = (select(TraceRow.trace_id).outerjoin(ObservationRow, ObservationRow.trace_id == TraceRow.trace_id)
             .where(ObservationRow.trace_id.is_(None), TraceRow.agent.is_not(None), TraceRow.start_time >= since)
             .order_by(TraceRow.start_time).limit(limit))
        if agent:
            q = q.where(TraceRow.agent == agent)
        with self.store.session() as s:
            ids = list(s.scalars(q))
        done = 0
        for i in range(0, len(ids), 64):
            traces = [self.tracer.get(t) for t in ids[i:i + 64]]
            before = self.evaluator.stats.observed
            self.evaluator.process(traces)
            done += self.evaluator.stats.observed - before
        if wait:
            self.evaluator.drain(60.0)
        return done

    # -- metrics -----------------------------------------------------------------------------------

    def series(self, agent: str, *, since: datetime, until: datetime | None = None, bucket: str = "hour",
               by_version: bool = False, version: str | None = None) -> list[metrics.SeriesPoint]:
        """The agent's metrics per hour or day (see ``charter.monitor.metrics.series``)."""
        return metrics.series(self.store, agent, since=since, until=until, bucket=bucket,  # type: ignore[arg-type]
                              by_version=by_version, version=version)

    def measure(self, agent: str, metric: str, window: metrics.Window, *, version: str | None = None,
                baseline: timedelta = timedelta(days=7)) -> metrics.Measurement:
        """One metric over a window, drift metrics included."""
        if metric in DRIFT_METRICS:
            return _drift_measurement(metric, self.drift(agent, window=window, baseline=baseline))
        return metrics.measure(self.store, agent, metric, window, version=version)

    def version_metrics(self, agent: str, metric: str, *, since: datetime, until: datetime | None = None,
                        versions: list[str] | None = None, level: float = 0.95) -> list[metrics.VersionMetric]:
        """The metric per agent version with bootstrap confidence intervals (the API promotion reads)."""
        return metrics.version_metrics(self.store, agent, metric, since=since, until=until, versions=versions,
                                       level=level)

    def compare_versions(self, agent: str, metric: str, a: str, b: str, *, since: datetime,
                         until: datetime | None = None, level: float = 0.95) -> metrics.VersionComparison:
        """Version b minus version a on a metric of live traffic, with a bootstrap interval."""
        return metrics.compare_versions(self.store, agent, metric, a, b, since=since, until=until, level=level)

    def feedback(self, trace_id: str) -> list[Feedback]:
        """Every check's, scorer's and judge's result on a trace."""
        with self.store.session() as s:
            rows = s.scalars(select(FeedbackRow).where(FeedbackRow.trace_id == trace_id).order_by(FeedbackRow.id))
            return [Feedback(name=r.name, source=r.source, value=r.value, passed=r.passed, measurable=r.measurable,
                             rationale=r.rationale) for r in rows]

    def agents_seen(self, since: datetime) -> list[str]:
        """Agents with live traces observed since a time."""
        with self.store.session() as s:
            return sorted(s.scalars(select(ObservationRow.agent).where(ObservationRow.at >= since).distinct()))

    def observed(self, agent: str | None = None) -> int:
        """How many traces (of an agent) the monitor has observed."""
        q = select(func.count()).select_from(ObservationRow)
        if agent:
            q = q.where(ObservationRow.agent == agent)
        with self.store.session() as s:
            return int(s.execute(q).scalar_one())

    # -- drift -------------------------------------------------------------------------------------

    def golden_name(self, agent: str) -> str:
        """The golden set drift compares the agent's live questions to."""
        return self.config.agent(agent).golden or f"{agent}-golden"

    def drift(self, agent: str, *, window: metrics.Window, baseline: timedelta = timedelta(days=7)) -> DriftReport:
        """Live questions of the window against the agent's golden set."""
        from charter.evals.datasets import Datasets

        name = self.golden_name(agent)
        try:
            golden = Datasets(self.store).get(name)
        except NotFound:
            raise NotFound(f"agent '{agent}' has no golden set '{name}' to measure drift against; add one "
                           f"(`charter dataset add`) or name it with [monitor.agents.{agent}] golden = '...'") from None
        if self._drift is None:
            if self._embedder is None:
                raise ConfigError("drift needs an embedder")
            self._drift = DriftMeter(self.store, self._embedder())
        return self._drift.measure(agent, golden, window, baseline=baseline)

    # -- alerts ------------------------------------------------------------------------------------

    def _after_batch(self) -> None:
        every = self.settings.monitor.evaluate_every_s
        if time.monotonic() - self._last_eval >= every:
            self.evaluate(background=True)

    def evaluate(self, now: datetime | None = None, *, background: bool = False) -> list[tuple[str, str]]:
        """Judge every rule (and declared budget) now: the (rule, 'firing'|'resolved') changes made.

        ``background``: drift (embedding live questions) is measured on a thread of its own and
        read from its last report, so the evaluator's thread never waits for it (the server's way).
        """
        with self._eval_lock:
            self._last_eval = time.monotonic()
            now = now or datetime.now(UTC)
            changes = []
            for rule in self.config.rules():
                try:
                    event = self._evaluate_rule(rule, now, background)
                except (InvalidInput, NotFound, ConfigError) as exc:
                    log.warning("alert rule '%s' cannot be evaluated: %s", rule.name, exc.message)
                    self.evaluator.note(f"alert rule '{rule.name}': {exc.message}")
                    continue
                if event:
                    changes.append((rule.name, event))
            if self.settings.monitor.budget_alerts:
                changes += self._evaluate_budgets(now)
        if changes and self.settings.monitor.webhook_url:
            self.deliverer.wake()
        return changes

    def _evaluate_rule(self, rule: AlertRuleSettings, now: datetime, background: bool) -> str | None:
        length = parse_duration(rule.window, "window")
        window = metrics.Window(now - length, now + timedelta(microseconds=1), rule.last)
        baseline = parse_duration(rule.baseline, "baseline")
        if rule.metric in DRIFT_METRICS:  # a threshold only (check_rule): drift is against the golden set
            report = self._drift_for_rule(rule, window, baseline, background)
            if report is None:  # the first measurement is still running
                return None
            current = _drift_measurement(rule.metric, report)
        else:
            current = metrics.measure(self.store, rule.agent, rule.metric, window, version=rule.version)
        before = None
        if rule.threshold is None:
            before = metrics.measure(self.store, rule.agent, rule.metric,
                                     metrics.Window(window.since - baseline, window.since), version=rule.version)
        verdict = alerting.judge(rule, current, before)
        return self.alerts.transition(f"rule:{rule.name}", rule.agent, rule.metric, verdict,
                                      webhook_url=self.settings.monitor.webhook_url,
                                      examples=lambda: self._examples(rule, window), now=now)

    def _evaluate_budgets(self, now: datetime) -> list[tuple[str, str]]:
        changes = []
        seen = set()
        for f in costing.forecasts(self.settings, self.store, now=now):
            key = f"budget:{f.scope}:{f.name}"
            seen.add(key)
            verdict = alerting.Verdict(holds=f.state != "ok", value=f.forecast_usd, n=1, message=f.message())
            event = self.alerts.transition(key, "", "cost_usd", verdict, webhook_url=self.settings.monitor.webhook_url,
                                           now=now)
            if event:
                changes.append((key, event))
        for open_alert in self.alerts.alerts(state="firing"):  # a new day: budgets with no spend yet recover
            if open_alert.rule.startswith("budget:") and open_alert.rule not in seen:
                verdict = alerting.Verdict(holds=False, value=0.0, n=1,
                                           message=f"{open_alert.rule}: no spend against it today")
                if self.alerts.transition(open_alert.rule, "", "cost_usd", verdict,
                                          webhook_url=self.settings.monitor.webhook_url, now=now):
                    changes.append((open_alert.rule, "resolved"))
        return changes

    def _examples(self, rule: AlertRuleSettings, window: metrics.Window) -> list[tuple[str, str]]:
        """Traces that show what an alert is about: the worst ones of its window, by its metric."""
        if rule.metric in DRIFT_METRICS:
            cached = self._drift_reports.get(rule.agent)
            if cached is None or cached[1] is None:
                return []
            # the drifted questions go to reviewers as golden-set candidates (with the golden set to add them to)
            offer(self.store, cached[1], self.golden_name(rule.agent))
            return []
        Obs, Fb = ObservationRow, FeedbackRow
        if rule.metric.startswith("score:"):
            q = (select(Fb.trace_id, Fb.value, Fb.rationale).where(
                Fb.agent == rule.agent, Fb.name == rule.metric.removeprefix("score:"), Fb.measurable.is_(True),
                Fb.at >= window.since, Fb.at < window.until, Fb.trace_id.not_in(select(Obs.trace_id).where(
                    Obs.agent == rule.agent, Obs.arm == SHADOW))).order_by(Fb.value.asc(), Fb.at.desc()).limit(5))
            with self.store.session() as s:
                return [(t, f"{rule.metric} = {v:.3g}" + (f" ({why[:160]})" if why else "")) for t, v, why in s.execute(q)]
        picks: dict[str, tuple[Any, list[Any], Any]] = {
            "quality": (Obs.quality, [Obs.quality < 1.0], Obs.quality.asc()),
            "error_rate": (Obs.latency_ms, [Obs.error.is_(True)], Obs.at.desc()),
            "refusal_rate": (Obs.latency_ms, [Obs.refused.is_(True)], Obs.at.desc()),
            "cost_usd": (Obs.cost_usd, [], Obs.cost_usd.desc()),
            "cost_per_trace_usd": (Obs.cost_usd, [], Obs.cost_usd.desc()),
            "tokens_per_trace": (Obs.tokens, [], Obs.tokens.desc()),
        }
        column, where, order = picks.get(rule.metric, (Obs.latency_ms, [], Obs.latency_ms.desc()))
        where += [Obs.agent == rule.agent, Obs.at >= window.since, Obs.at < window.until]
        if rule.version:
            where.append(Obs.version.startswith(rule.version))
        else:
            where.append(Obs.arm != SHADOW)
        with self.store.session() as s:
            rows = s.execute(select(Obs.trace_id, column).where(*where).order_by(order).limit(5)).all()
            failed: dict[str, list[str]] = {}
            if rule.metric == "quality" and rows:  # name the checks and scorers each trace failed
                for t, name in s.execute(select(Fb.trace_id, Fb.name).where(
                        Fb.trace_id.in_([r[0] for r in rows]), Fb.passed.is_(False)).order_by(Fb.id)):
                    failed.setdefault(t, []).append(name)
        label = {"error_rate": "ended in an error", "refusal_rate": "declined to answer"}.get(rule.metric)
        return [(t, label or f"{column.key} = {v:.4g}" + (f", failed {', '.join(failed[t])}" if t in failed else ""))
                for t, v in rows]

    def _drift_for_rule(self, rule: AlertRuleSettings, window: metrics.Window, baseline: timedelta,
                        background: bool) -> DriftReport | None:
        """The drift report a rule reads: re-measured when older than [monitor] drift_every_s, on a
        thread of its own when ``background`` (None until the first one is done)."""
        agent = rule.agent
        cached = self._drift_reports.get(agent)
        if cached is not None and time.monotonic() - cached[0] < self.settings.monitor.drift_every_s:
            return cached[1]

        def refresh() -> DriftReport | None:
            try:
                report = self.drift(agent, window=window, baseline=baseline)
            except Exception as exc:  # no golden set, no embedder: said once per refresh, never fatal
                msg = exc.message if hasattr(exc, "message") else f"{type(exc).__name__}: {exc}"
                self.evaluator.note(f"drift of '{agent}': {msg}")
                report = None
            self._drift_reports[agent] = (time.monotonic(), report)
            with self._start_lock:
                self._drifting.discard(agent)
            return report

        if not background:
            return refresh()
        with self._start_lock:
            if agent in self._drifting:
                return cached[1] if cached else None
            self._drifting.add(agent)
        threading.Thread(target=refresh, name=f"charter-monitor-drift-{agent}", daemon=True).start()
        return cached[1] if cached else None

    def review_offers(self, *, agent: str | None = None, limit: int = 200) -> list[ReviewOffer]:
        """Traces the monitor offered reviewers (alert examples, drifted questions), newest first."""
        q = select(ReviewRow).order_by(ReviewRow.id.desc()).limit(limit)
        if agent:
            q = q.where(ReviewRow.agent == agent)
        with self.store.session() as s:
            return [ReviewOffer(trace_id=r.trace_id, agent=r.agent, source=r.source, reason=r.reason,
                                dataset=r.dataset, created_at=r.created_at if r.created_at.tzinfo
                                else r.created_at.replace(tzinfo=UTC)) for r in s.scalars(q)]

    # -- cost --------------------------------------------------------------------------------------

    def cost(self, by: str = "agent", *, since: datetime, until: datetime | None = None) -> list[costing.CostRow]:
        """Spend per day and agent, principal or model."""
        return costing.cost_by_day(self.store, by, since=since, until=until)  # type: ignore[arg-type]

    def forecasts(self, now: datetime | None = None) -> list[costing.BudgetForecast]:
        """Today's spend against every declared daily budget."""
        return costing.forecasts(self.settings, self.store, now=now)


def _drift_measurement(metric: str, report: DriftReport) -> metrics.Measurement:
    value = report.metric(metric)
    return metrics.Measurement(metric=metric, value=value, n=report.live if value is not None else 0)

"""Alerts: rules judged on measurements, state in the store, signed webhook deliveries with retries.

- ``judge(rule, current, baseline)`` is pure: does the rule's condition hold (None: too few samples
  to say either way, so an alert neither fires nor resolves on thin evidence).
- ``transition`` moves the stored state: an alert opens once when the condition starts to hold (a
  unique ``open_key`` makes that true across processes evaluating the same rules), stays open
  (deduplicated) while it holds, and resolves when a measurement with enough samples no longer
  holds. Opening and resolving each queue one webhook delivery and put example traces in the
  review queue, in the same transaction.
- ``Deliverer`` POSTs queued deliveries as JSON with an HMAC-SHA256 signature header, off the
  request path, retrying with exponential backoff; a delivery that keeps failing is marked failed
  and the alert is kept either way.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import operator
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from charter.monitor.metrics import Measurement
from charter.monitor.tables import AlertRow, DeliveryRow, ReviewRow
from charter.settings import AlertRuleSettings
from charter.store import Store

log = logging.getLogger("charter.monitor")

OPS: dict[str, Callable[[float, float], bool]] = {"<": operator.lt, "<=": operator.le, ">": operator.gt,
                                                   ">=": operator.ge}
SIGNATURE_HEADER = "X-Charter-Signature"
TIMESTAMP_HEADER = "X-Charter-Timestamp"


class Verdict(BaseModel):
    """What one evaluation of a rule found."""

    holds: bool | None  # None: not enough samples to decide
    value: float | None
    n: int
    message: str


class Alert(BaseModel):
    """A stored alert."""

    id: int
    rule: str
    agent: str
    metric: str
    state: str
    value: float | None
    last_value: float | None
    n: int
    message: str
    fired_at: datetime
    resolved_at: datetime | None = None


class Delivery(BaseModel):
    """A webhook delivery of an alert event."""

    id: int
    alert_id: int
    event: str
    url: str
    status: str
    attempts: int
    last_error: str
    next_at: datetime
    sent_at: datetime | None = None


def _fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.4g}"


def condition(rule: AlertRuleSettings) -> str:
    """The rule's condition in words, e.g. ``quality < 0.8`` or ``change of quality < -0.1 vs the previous 7d``."""
    if rule.threshold is not None:
        return f"{rule.metric} {rule.op} {rule.threshold:g}"
    if rule.change is not None:
        return f"change of {rule.metric} {rule.op} {rule.change:+g} vs the previous {rule.baseline}"
    return f"change of {rule.metric} {rule.op} {rule.change_pct:+.0%} vs the previous {rule.baseline}"


def scope(rule: AlertRuleSettings) -> str:
    """Which traces a rule looks at, in words."""
    where = f"the last {rule.last} traces within {rule.window}" if rule.last else f"the last {rule.window}"
    return f"agent {rule.agent}" + (f"@{rule.version}" if rule.version else "") + f", {where}"


def judge(rule: AlertRuleSettings, current: Measurement, baseline: Measurement | None = None) -> Verdict:
    """Whether the rule's condition holds for this measurement (and baseline, for change rules)."""
    op = OPS[rule.op]
    if current.value is None or current.n < rule.min_samples:
        return Verdict(holds=None, value=current.value, n=current.n,
                       message=f"{rule.metric}: {current.n} samples, fewer than the {rule.min_samples} needed")
    if rule.threshold is not None:
        holds = op(current.value, rule.threshold)
        return Verdict(holds=holds, value=current.value, n=current.n,
                       message=f"{rule.metric} = {_fmt(current.value)} over {scope(rule)} (n={current.n}); "
                               f"alert when {condition(rule)}")
    if baseline is None or baseline.value is None or baseline.n < rule.min_samples:
        return Verdict(holds=None, value=current.value, n=current.n,
                       message=f"{rule.metric}: baseline has {baseline.n if baseline else 0} samples, fewer than "
                               f"the {rule.min_samples} needed")
    delta = current.value - baseline.value
    if rule.change is not None:
        holds, shown = op(delta, rule.change), f"{delta:+.4g}"
    else:
        rel = delta / abs(baseline.value) if baseline.value else (0.0 if delta == 0 else float("inf") * delta)
        holds, shown = op(rel, rule.change_pct), f"{rel:+.1%}"
    return Verdict(holds=holds, value=current.value, n=current.n,
                   message=f"{rule.metric} = {_fmt(current.value)} over {scope(rule)} (n={current.n}) against "
                           f"{_fmt(baseline.value)} in the previous {rule.baseline} (n={baseline.n}): {shown}; "
                           f"alert when {condition(rule)}")


def _alert(row: AlertRow) -> Alert:
    def aware(d: datetime | None) -> datetime | None:
        return None if d is None else d if d.tzinfo else d.replace(tzinfo=UTC)

    return Alert(id=row.id, rule=row.rule, agent=row.agent, metric=row.metric, state=row.state, value=row.value,
                 last_value=row.last_value, n=row.n, message=row.message, fired_at=aware(row.fired_at),
                 resolved_at=aware(row.resolved_at))


def payload(event: str, alert: Alert, review_url: str | None = None) -> str:
    """The webhook body of an alert event (JSON)."""
    return json.dumps({"event": event, "source": "charter.monitor", "alert": alert.model_dump(mode="json"),
                       "review": review_url}, sort_keys=True)


def sign(secret: str, timestamp: str, body: str) -> str:
    """The signature header's value: ``sha256=`` HMAC of ``"<timestamp>.<body>"`` under the shared secret."""
    mac = hmac.new(secret.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return f"sha256={mac}"


def verify(secret: str, timestamp: str, body: str, signature: str) -> bool:
    """Whether a received webhook carries a valid signature (what a receiver does)."""
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


class AlertStore:
    """Alert state, deliveries and the traces offered to reviewers, in the metadata store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def transition(self, rule_key: str, agent: str, metric: str, verdict: Verdict, *, webhook_url: str | None,
                   examples: Callable[[], list[tuple[str, str]]] = list, now: datetime | None = None) -> str | None:
        """Apply one evaluation: 'firing' or 'resolved' when the state changed (by this call), else None.

        ``examples()`` gives (trace_id, reason) pairs offered to reviewers when an alert fires.
        """
        now = now or datetime.now(UTC)
        with self.store.session() as s:
            row = s.scalars(select(AlertRow).where(AlertRow.open_key == rule_key)).first()
            if row is not None:
                if verdict.holds is False:
                    done = s.execute(update(AlertRow).where(AlertRow.id == row.id, AlertRow.state == "firing")
                                     .values(state="resolved", open_key=None, resolved_at=now,
                                             last_value=verdict.value, message=verdict.message)).rowcount
                    if done:
                        s.flush()
                        s.refresh(row)
                        self._deliver(s, "resolved", row, webhook_url, now)
                        return "resolved"
                    return None
                row.last_value = verdict.value
                return None
        if not verdict.holds:
            return None
        shown = examples()  # read before the write transaction (a nested one would wait on its lock)
        try:
            with self.store.session() as s:
                row = AlertRow(rule=rule_key.removeprefix("rule:"), agent=agent, metric=metric, state="firing",
                               open_key=rule_key, value=verdict.value, last_value=verdict.value, n=verdict.n,
                               message=verdict.message, fired_at=now)
                s.add(row)
                s.flush()
                self._deliver(s, "firing", row, webhook_url, now)
                for trace_id, reason in shown[:5]:
                    if s.scalars(select(ReviewRow.id).where(ReviewRow.trace_id == trace_id,
                                                            ReviewRow.source == "alert")).first() is None:
                        s.add(ReviewRow(trace_id=trace_id, agent=agent, source="alert", created_at=now,
                                        reason=f"alert '{row.rule}': {reason}"[:1000]))
        except IntegrityError:  # another process opened this alert first: it delivers it
            return None
        return "firing"

    def _deliver(self, s: Any, event: str, row: AlertRow, url: str | None, now: datetime) -> None:
        if url:
            s.add(DeliveryRow(alert_id=row.id, event=event, url=url, payload=payload(event, _alert(row)),
                              status="pending", attempts=0, next_at=now, last_error="", created_at=now))

    def alerts(self, *, state: str | None = None, agent: str | None = None, limit: int = 100) -> list[Alert]:
        """Alerts, newest first."""
        q = select(AlertRow).order_by(AlertRow.id.desc()).limit(limit)
        if state:
            q = q.where(AlertRow.state == state)
        if agent:
            q = q.where(AlertRow.agent == agent)
        with self.store.session() as s:
            return [_alert(r) for r in s.scalars(q)]

    def deliveries(self, alert_id: int | None = None) -> list[Delivery]:
        """Webhook deliveries (of one alert), oldest first."""
        q = select(DeliveryRow).order_by(DeliveryRow.id)
        if alert_id is not None:
            q = q.where(DeliveryRow.alert_id == alert_id)
        with self.store.session() as s:
            return [Delivery(id=r.id, alert_id=r.alert_id, event=r.event, url=r.url, status=r.status,
                             attempts=r.attempts, last_error=r.last_error, next_at=r.next_at, sent_at=r.sent_at)
                    for r in s.scalars(q)]


class Deliverer:
    """Sends due webhook deliveries from the store on its own thread; several processes may run one.

    A delivery is claimed by moving its ``next_at`` past a lease (only the process whose update
    matched sends it); a 2xx answer marks it sent; a timeout, a refused connection or any other
    status schedules a retry after ``backoff_s * 2**(attempts-1)`` seconds, until ``max_attempts``,
    when it is marked failed with its last error. The alert is never touched.
    """

    LEASE_S = 60.0

    def __init__(self, store: Store, *, secret: Callable[[], str | None], timeout_s: float = 5.0,
                 max_attempts: int = 6, backoff_s: float = 2.0, poll_s: float = 1.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.store = store
        self.secret = secret
        self.timeout_s, self.max_attempts, self.backoff_s, self.poll_s = timeout_s, max_attempts, backoff_s, poll_s
        self._transport = transport
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the sending thread (once)."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(target=self._run, name="charter-monitor-webhook", daemon=True)
                self._thread.start()

    def wake(self) -> None:
        """Look for due deliveries now (after an alert fired or resolved)."""
        self._wake.set()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _run(self) -> None:
        with httpx.Client(timeout=self.timeout_s, transport=self._transport) as http:
            while not self._stop.is_set():
                try:
                    self.send_due(http)
                except Exception as exc:  # the store may be briefly unreachable: try again next poll
                    log.warning("monitor webhook deliveries: %s", exc)
                self._wake.wait(self.poll_s)
                self._wake.clear()

    def send_due(self, http: httpx.Client, now: datetime | None = None) -> int:
        """Send every delivery due now; the number sent or failed for good."""
        now = now or datetime.now(UTC)
        with self.store.session() as s:
            due = s.execute(select(DeliveryRow.id, DeliveryRow.next_at).where(
                DeliveryRow.status == "pending", DeliveryRow.next_at <= now).order_by(DeliveryRow.id).limit(50)).all()
        settled = 0
        for delivery_id, next_at in due:
            with self.store.session() as s:
                claimed = s.execute(update(DeliveryRow).where(
                    DeliveryRow.id == delivery_id, DeliveryRow.status == "pending", DeliveryRow.next_at == next_at)
                    .values(next_at=now + timedelta(seconds=self.LEASE_S))).rowcount
                row = s.get(DeliveryRow, delivery_id) if claimed else None
                job = (row.url, row.payload, row.event, row.attempts) if row is not None else None
            if job is None:
                continue
            error = self._post(http, delivery_id, *job[:3])
            attempts = job[3] + 1
            values: dict[str, Any] = {"attempts": attempts, "last_error": error or ""}
            if error is None:
                values.update(status="sent", sent_at=datetime.now(UTC))
            elif attempts >= self.max_attempts:
                values.update(status="failed")
                log.warning("monitor webhook delivery %d failed %d times, giving up (the alert is kept): %s",
                            delivery_id, attempts, error)
            else:
                values.update(next_at=now + timedelta(seconds=self.backoff_s * 2 ** (attempts - 1)))
                log.warning("monitor webhook delivery %d failed (attempt %d of %d; retrying): %s", delivery_id,
                            attempts, self.max_attempts, error)
            with self.store.session() as s:
                s.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id).values(**values))
            settled += error is None or attempts >= self.max_attempts
        return settled

    def _post(self, http: httpx.Client, delivery_id: int, url: str, body: str, event: str) -> str | None:
        """POST one delivery; None when the receiver took it, else the reason in one line."""
        secret = self.secret()
        if not secret:
            return "no webhook secret to sign with (set the variable [monitor] webhook_secret_env names)"
        ts = str(int(time.time()))
        headers = {"Content-Type": "application/json", "User-Agent": "charter-monitor",
                   "X-Charter-Event": event, "X-Charter-Delivery": str(delivery_id), TIMESTAMP_HEADER: ts,
                   SIGNATURE_HEADER: sign(secret, ts, body)}
        try:
            resp = http.post(url, content=body.encode(), headers=headers)
        except httpx.TimeoutException:
            return f"no answer from {url} within {self.timeout_s:g} s"
        except httpx.HTTPError as exc:
            return f"cannot reach {url}: {type(exc).__name__}: {exc}"
        if 200 <= resp.status_code < 300:
            return None
        return f"{url} answered HTTP {resp.status_code}"

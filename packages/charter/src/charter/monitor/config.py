"""What the monitor watches: scorers attached to agents and alert rules, from charter.toml and the store.

``[monitor.agents.NAME]`` and ``[[monitor.alerts]]`` in charter.toml are read with the settings;
`charter monitor add` and `charter monitor alert add` keep theirs in the store, so a running server
picks them up without a restart (it re-reads them every ``RELOAD_S`` seconds). Both are validated
here with one-line messages: an unknown metric or agent, a sample rate outside 0..1, a window that
does not parse.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from charter.errors import AlreadyExists, InvalidInput, NotFound, did_you_mean
from charter.monitor.tables import RuleRow, ScorerRow
from charter.settings import AgentMonitorSettings, AlertRuleSettings, Settings, sample_rate
from charter.store import Store

# Metrics of live traffic an alert rule may name ("score:NAME" names one scorer's mean, e.g.
# "score:judge:relevance"). Drift metrics are measured against the agent's golden set.
TRAFFIC_METRICS = {
    "traces": "live traces in the window",
    "quality": "mean quality of the traces online scorers could measure (0..1)",
    "refusal_rate": "share of traces the agent declined",
    "error_rate": "share of traces that ended in an error",
    "latency_p50_ms": "median end-to-end latency (ms)",
    "latency_p95_ms": "95th percentile end-to-end latency (ms)",
    "tokens_per_trace": "mean model tokens per trace",
    "cost_usd": "model cost of the window's traces (USD)",
    "cost_per_trace_usd": "mean model cost per trace (USD)",
}
DRIFT_METRICS = {
    "drift_share": "share of live questions farther from the golden set than its own questions are from each other",
    "drift_distance": "mean cosine distance of live questions to their nearest golden question",
    "unknown_words": "share of live question words the golden set never uses",
    "unknown_entities": "share of live names, tickers and numbers the golden set never uses",
    "refusal_shift": "refusal rate of the window minus that of the baseline before it",
}
METRICS = {**TRAFFIC_METRICS, **DRIFT_METRICS}
RELOAD_S = 10.0

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str, what: str = "duration") -> timedelta:
    """``30s``, ``15m``, ``1h``, ``7d``, ``2w`` (a bare number is seconds) as a timedelta."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*", str(text))
    if not m or float(m.group(1)) <= 0:
        raise InvalidInput(f"{what} '{text}' is not a duration like 30s, 15m, 1h or 7d")
    return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2) or "s"])


def check_sample(rate: float | None, where: str = "sample rate") -> float | None:
    """A sample rate in 0..1 (None: the default), or InvalidInput naming ``where``."""
    try:
        return sample_rate(rate)
    except ValueError as exc:
        raise InvalidInput(f"{where}: {exc}") from None


def check_metric(metric: str) -> str:
    """A metric name an alert can use (``score:NAME`` for one scorer's mean)."""
    if metric.startswith("score:") and len(metric) > len("score:"):
        return metric
    if metric not in METRICS:
        raise InvalidInput(f"unknown metric '{metric}'{did_you_mean(metric, METRICS)} (metrics: "
                           f"{', '.join(METRICS)}, or score:SCORER for one scorer's mean)")
    return metric


def check_agent(agent: str, known: list[str] | None) -> str:
    """An agent name the registry knows (``known`` None: not checked here)."""
    if known is not None and agent not in known:
        raise InvalidInput(f"unknown agent '{agent}'{did_you_mean(agent, known)} (agents: "
                           f"{', '.join(known) or 'none registered'})")
    return agent


def check_rule(rule: AlertRuleSettings, agents: list[str] | None = None) -> AlertRuleSettings:
    """Every problem of a rule as one InvalidInput naming the rule."""
    try:
        check_metric(rule.metric)
        check_agent(rule.agent, agents)
        parse_duration(rule.window, "window")
        kinds = [k for k in ("threshold", "change", "change_pct") if getattr(rule, k) is not None]
        if len(kinds) != 1:
            raise InvalidInput("give exactly one of threshold, change or change_pct")
        if kinds[0] != "threshold":
            if rule.metric in DRIFT_METRICS:
                raise InvalidInput(f"{rule.metric} already compares live traffic with the golden set (or the "
                                   "baseline); give it a threshold")
            parse_duration(rule.baseline, "baseline")
    except InvalidInput as exc:
        raise InvalidInput(f"alert rule '{rule.name}': {exc.message}") from None
    return rule


def rule_from(data: dict[str, Any]) -> AlertRuleSettings:
    """An AlertRuleSettings from a dict, or InvalidInput naming the bad key."""
    try:
        return AlertRuleSettings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(rule)"
        msg = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        raise InvalidInput(f"alert rule '{data.get('name', '?')}': {key}: {msg}") from None


@dataclass(frozen=True)
class Attached:
    """One scorer attached to an agent, with where it was declared."""

    agent: str
    spec: str
    sample: float | None
    origin: str  # "charter.toml" or "store"


class MonitorConfig:
    """The scorers and rules in force: charter.toml's plus the store's."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store

    def agent(self, name: str) -> AgentMonitorSettings:
        """The agent's monitor settings (defaults when charter.toml names it not)."""
        return self.settings.monitor.agents.get(name) or AgentMonitorSettings()

    # -- scorers -----------------------------------------------------------------------------

    def scorers(self, agent: str | None = None) -> list[Attached]:
        """Attached scorers (of one agent, or all)."""
        out = []
        for name, cfg in sorted(self.settings.monitor.agents.items()):
            if agent in (None, name):
                out += [Attached(name, s.scorer, s.sample, "charter.toml") for s in cfg.scorers]
        q = select(ScorerRow).order_by(ScorerRow.agent, ScorerRow.id)
        if agent is not None:
            q = q.where(ScorerRow.agent == agent)
        with self.store.session() as s:
            out += [Attached(r.agent, r.spec, r.sample, "store") for r in s.scalars(q)]
        return out

    def attach(self, agent: str, spec: str, sample: float | None, *, actor: str) -> Attached:
        """Attach a scorer to an agent (stored; the server picks it up within RELOAD_S)."""
        check_sample(sample)
        if any(a.agent == agent and a.spec == spec for a in self.scorers(agent)):
            raise AlreadyExists(f"scorer '{spec}' is already attached to agent '{agent}'; "
                                "`charter monitor remove` it first to change its sample")
        try:
            with self.store.session() as s:
                s.add(ScorerRow(agent=agent, spec=spec, sample=sample, created_by=actor))
        except IntegrityError:
            raise AlreadyExists(f"scorer '{spec}' is already attached to agent '{agent}'") from None
        return Attached(agent, spec, sample, "store")

    def detach(self, agent: str, spec: str) -> None:
        """Remove a scorer `charter monitor add` attached."""
        with self.store.session() as s:
            gone = s.execute(delete(ScorerRow).where(ScorerRow.agent == agent, ScorerRow.spec == spec)).rowcount
        if not gone:
            toml = any(a.spec == spec for a in self.scorers(agent) if a.origin == "charter.toml")
            raise NotFound(f"scorer '{spec}' is not attached to agent '{agent}'"
                           + (" by `charter monitor add` (it is declared in charter.toml; edit it there)" if toml else ""))

    # -- rules -------------------------------------------------------------------------------

    def rules(self) -> list[AlertRuleSettings]:
        """Every alert rule: charter.toml's, then the store's (a stored rule may not reuse a name)."""
        out = list(self.settings.monitor.alerts)
        with self.store.session() as s:
            rows = s.scalars(select(RuleRow).order_by(RuleRow.created_at)).all()
            out += [AlertRuleSettings.model_validate(json.loads(r.body)) for r in rows]
        return out

    def add_rule(self, rule: AlertRuleSettings, *, actor: str, agents: list[str] | None = None) -> AlertRuleSettings:
        """Store a rule after checking it (unknown metric or agent, bad window: InvalidInput)."""
        check_rule(rule, agents)
        if any(r.name == rule.name for r in self.rules()):
            raise AlreadyExists(f"an alert rule named '{rule.name}' exists; remove it first or pick another name")
        try:
            with self.store.session() as s:
                s.add(RuleRow(name=rule.name, body=rule.model_dump_json(exclude_none=True), created_by=actor))
        except IntegrityError:
            raise AlreadyExists(f"an alert rule named '{rule.name}' exists") from None
        return rule

    def remove_rule(self, name: str) -> None:
        """Remove a stored rule (charter.toml's are edited there)."""
        with self.store.session() as s:
            gone = s.execute(delete(RuleRow).where(RuleRow.name == name)).rowcount
        if not gone:
            names = [r.name for r in self.rules()]
            where = " (it is declared in charter.toml; edit it there)" if name in names else did_you_mean(name, names)
            raise NotFound(f"no stored alert rule '{name}'{where}")

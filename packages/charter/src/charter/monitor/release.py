"""Safe updates: an agent version reaches users only with evidence.

- **Gate suites** (``[gates.AGENT]`` in charter.toml): a golden set, scorers and bounds a version must
  pass. ``Release.gate`` runs one (never from the eval cache: the evidence is fresh) and audits it.
- **Sign-off**: a reviewer (an admin or a member of the ``reviewers`` group) signs a version off; never
  the version's own author (``created_by``), and a promoter's own sign-off does not count (four eyes).
- **Promotion** to ``champion`` needs both: a finished run of that exact version on the suite's
  current golden set whose metrics pass the bounds, and a sign-off. Every attempt is audited, the
  refused ones too; each move of the champion is kept (``agents_promotions``) so that ``rollback``
  is one command.
- **Rollouts**: the challenger takes a share of live traffic or runs in shadow (``charter.agents.rollout``);
  ``compare`` puts champion and challenger side by side on the live metrics, with intervals.
- **Pinned models**: ``check_models`` finds models that changed since they were pinned and runs the
  gate suite of every agent that uses one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from charter.agents.rollout import Rollout, Rollouts
from charter.agents.versions import AgentVersion, AgentVersions
from charter.errors import ConfigError, InvalidInput, NotFound, PermissionDenied, did_you_mean
from charter.settings import GateSettings

REVIEWERS = "reviewers"  # the group whose members review traces and sign agent versions off
CHAMPION, CHALLENGER = "champion", "challenger"
COMPARE_METRICS = ("quality", "error_rate", "refusal_rate", "latency_p95_ms", "cost_per_trace_usd")


@dataclass(frozen=True)
class GateOutcome:
    """A gate suite's verdict on one version, from one eval run."""

    agent: str
    version: str
    run_id: str
    dataset: str
    passed: bool
    checks: list[dict[str, Any]]

    def describe(self) -> str:
        """One line per bound: ok or FAIL, the value and the bound."""
        parts = []
        for c in self.checks:
            value = "missing" if c["value"] is None else f"{c['value']:.4g}"
            parts.append(f"{'ok' if c['ok'] else 'FAIL'} {c['metric']} = {value} "
                         f"({'>=' if c['bound'] == 'min' else '<='} {c['limit']:g})")
        return "; ".join(parts)


@dataclass(frozen=True)
class Signoff:
    agent: str
    version: str
    reviewer: str
    note: str
    at: datetime


@dataclass
class Evidence:
    """What promoting one version would rest on, and what is missing."""

    agent: str
    version: str
    gate: GateOutcome | None
    signoffs: list[Signoff] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def sufficient(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ModelCheck:
    """``charter models check``: each pin against the model now, and the gates run for changed ones."""

    pins: list[Any]
    gates: dict[str, list[tuple[str, GateOutcome | None, str]]]  # model -> [(agent, outcome, problem)]

    @property
    def changed(self) -> list[str]:
        return [p.model for p in self.pins if p.changed]

    @property
    def failed(self) -> bool:
        """A changed model one of whose agents has no passing gate (or no gate suite at all)."""
        return any(outcome is None or not outcome.passed for runs in self.gates.values() for _, outcome, _ in runs)


def agent_models(agent: Any, settings: Any, suite: GateSettings | None = None) -> set[str]:
    """The models an agent's steps call (a step whose config names none uses the default model), plus
    those its gate suite lists."""
    used = set(suite.models) if suite else set()
    for config in agent.step_configs().values():
        if "model" in config:
            used.add(config["model"] or settings.default_model)
    return used


class Release:
    """Gates, sign-offs, promotion, rollback and rollouts of the agents of one Charter process."""

    def __init__(self, charter: Any, registry: Any = None) -> None:
        if registry is None:
            from charter.agents.registry import AgentRegistry

            registry = AgentRegistry()
        self.charter = charter
        self.registry = registry
        self.versions = AgentVersions(charter.store)
        self.rollouts = Rollouts(charter.store)

    # -- what the gate is ------------------------------------------------------------------

    def suite(self, agent: str) -> GateSettings:
        """The agent's gate suite (ConfigError when charter.toml declares none)."""
        self.registry.create(agent)  # NotFound (with a suggestion) for an unknown agent
        suite = self.charter.settings.gates.get(agent)
        if suite is None:
            raise ConfigError(f"agent '{agent}' has no gate suite; declare [gates.{agent}] in charter.toml with "
                              "dataset, scorers and min or max bounds")
        return suite

    def version(self, agent: str, ref: str, *, actor: str = "admin") -> AgentVersion:
        """A stored version by hash prefix or alias; ``current`` saves the code's config first."""
        base = self.registry.create(agent)
        if ref == "current":
            return self.versions.save(base, actor=actor, note="saved for release")
        return self.versions.get(agent, ref)

    def _scorers(self, suite: GateSettings) -> list[Any]:
        from charter.evals.scorers import ScorerRegistry

        try:
            gateway = self.charter.gateway  # judges need it; exact, regex and the like do not
        except (ImportError, ConfigError):
            gateway = None
        reg = ScorerRegistry()
        return [reg.build(spec, gateway=gateway, extensions=self.charter.extensions) for spec in suite.scorers]

    # -- evidence ----------------------------------------------------------------------------

    def gate(self, agent: str, ref: str = "current", *, actor: str = "admin") -> GateOutcome:
        """Run the agent version's gate suite now (no eval cache) and audit the verdict."""
        from charter.evals.compare import gate as check_bounds
        from charter.evals.datasets import Datasets
        from charter.evals.runs import Runs
        from charter.evals.targets import AgentTarget

        suite = self.suite(agent)
        version = self.version(agent, ref, actor=actor)
        dataset = Datasets(self.charter.store).get(suite.dataset)
        target = AgentTarget(self.versions.load(self.registry.create(agent), version.content_hash),
                             **self.charter.handles())
        result = Runs(self.charter.store, tracer=self.charter.tracer).run(
            target, dataset, self._scorers(suite), concurrency=suite.concurrency, use_cache=False,
            principal=suite.principal, actor=actor)
        minimum, maximum = suite.bounds()
        verdict = check_bounds(result.metrics(), minimum=minimum, maximum=maximum)
        outcome = GateOutcome(agent, version.content_hash, result.run_id, f"{dataset.name}@{dataset.version[:12]}",
                              verdict.passed, verdict.checks)
        self.charter.catalog.audit(actor=actor, action="gate agent", securable=f"agent:{agent}",
                                   allowed=outcome.passed, reason=outcome.describe(),
                                   details={"version": version.content_hash, "run": result.run_id,
                                            "dataset": outcome.dataset})
        return outcome

    def last_gate(self, agent: str, version: str) -> GateOutcome | None:
        """The gate verdict of the newest finished run of this version on the suite's current golden set
        with the suite's scorers and no answer from the eval cache (None when there is none)."""
        from charter.evals.compare import gate as check_bounds
        from charter.evals.datasets import Datasets
        from charter.evals.runs import Runs

        suite = self.suite(agent)
        dataset = Datasets(self.charter.store).get(suite.dataset)
        specs = sorted(s.spec for s in self._scorers(suite))
        runs = Runs(self.charter.store)
        for info in runs.list(limit=1000, agent=agent):  # newest first
            if (info.agent_version == version and info.status == "finished" and info.dataset == dataset.name
                    and info.dataset_version == dataset.version and info.item_count == len(dataset.items)
                    and sorted(info.scorers) == specs):
                metrics = runs.get(info.run_id).metrics()
                if metrics.get("cached"):  # answers replayed from the eval cache are not fresh evidence
                    continue
                minimum, maximum = suite.bounds()
                verdict = check_bounds(metrics, minimum=minimum, maximum=maximum)
                return GateOutcome(agent, version, info.run_id, f"{dataset.name}@{dataset.version[:12]}",
                                   verdict.passed, verdict.checks)
        return None

    def is_reviewer(self, who: str) -> bool:
        cat = self.charter.catalog
        return cat.principal(who).is_admin or cat.is_member(who, REVIEWERS)

    def signoff(self, agent: str, ref: str, *, reviewer: str, note: str = "") -> Signoff:
        """A reviewer signs a version off (PermissionDenied, audited, for anyone else)."""
        from charter.agents.tables import AgentSignoffRow

        version = self.version(agent, ref, actor=reviewer)
        cat = self.charter.catalog
        try:
            allowed = self.is_reviewer(reviewer)
        except NotFound:
            allowed = False
        reason = "reviewer" if allowed else f"not an admin nor a member of '{REVIEWERS}'"
        own = allowed and version.created_by == reviewer  # four eyes: an author never signs their own version
        if own:
            allowed, reason = False, f"{reviewer} registered this version; another reviewer must sign it off"
        cat.audit(actor=reviewer, action="sign off agent", securable=f"agent:{agent}", allowed=allowed,
                  reason=reason, details={"version": version.content_hash, "note": note})
        if own:
            raise PermissionDenied(f"permission denied: {reviewer} registered {agent}@{version.short}, so another "
                                   "reviewer must sign it off (four eyes)")
        if not allowed:
            raise PermissionDenied(f"permission denied: signing off {agent}@{version.short} needs an admin or a "
                                   f"member of the '{REVIEWERS}' group")
        with self.charter.store.session() as s:
            s.add(AgentSignoffRow(agent=agent, content_hash=version.content_hash, reviewer=reviewer, note=note))
        return Signoff(agent, version.content_hash, reviewer, note, datetime.now(UTC))

    def signoffs(self, agent: str, version: str) -> list[Signoff]:
        from charter.agents.tables import AgentSignoffRow

        with self.charter.store.session() as s:
            rows = s.scalars(select(AgentSignoffRow).where(AgentSignoffRow.agent == agent,
                                                           AgentSignoffRow.content_hash == version)
                             .order_by(AgentSignoffRow.id)).all()
            return [Signoff(r.agent, r.content_hash, r.reviewer, r.note,
                            r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=UTC)) for r in rows]

    def evidence(self, agent: str, ref: str, *, promoter: str | None = None) -> Evidence:
        """What a promotion of this version (by ``promoter``, when known) would rest on; ``problems`` says
        what is missing. Four eyes: only sign-offs by reviewers other than the version's author and the
        promoter count."""
        version = self.version(agent, ref)
        ev = Evidence(agent, version.content_hash, None)
        try:
            ev.gate = self.last_gate(agent, version.content_hash)
        except (ConfigError, NotFound) as exc:
            ev.problems.append(exc.message)
        else:
            if ev.gate is None:
                ev.problems.append(f"no gate run of {version.short} on the gate suite's current golden set "
                                   f"(`charter agent gate {agent} {version.short}` runs it)")
            elif not ev.gate.passed:
                ev.problems.append(f"its gate failed (run {ev.gate.run_id[:12]}: {ev.gate.describe()})")
        # a sign-off counts while its reviewer still is one, and only when someone else promotes and wrote it
        signed = [s for s in self.signoffs(agent, version.content_hash) if self._still_reviewer(s.reviewer)]
        interested = {version.created_by} | ({promoter} if promoter else set())
        ev.signoffs = [s for s in signed if s.reviewer not in interested]
        if not signed:
            ev.problems.append(f"no reviewer has signed it off (`charter agent signoff {agent} {version.short} "
                               "--as REVIEWER`)")
        elif not ev.signoffs:
            own = ", ".join(sorted({s.reviewer for s in signed}))
            roles = f"the promoter '{promoter}' and " if promoter else ""
            ev.problems.append(f"no reviewer other than {roles}its author '{version.created_by}' has signed it off "
                               f"(signed by {own}; four eyes: another reviewer runs `charter agent signoff {agent} "
                               f"{version.short} --as REVIEWER`)")
        return ev

    def _still_reviewer(self, who: str) -> bool:
        try:
            return self.is_reviewer(who)
        except NotFound:
            return False

    # -- moving the champion -------------------------------------------------------------------

    def _require_manage(self, actor: str, agent: str, what: str) -> None:
        cat = self.charter.catalog
        try:
            if cat.principal(actor).is_admin:  # also for an agent no one made a securable of yet
                return
        except NotFound:
            pass
        decision = cat.can_manage(actor, f"agent:{agent}")
        if not decision.allowed:
            cat.audit(actor=actor, action=what, securable=f"agent:{agent}", allowed=False, reason=decision.reason)
            raise PermissionDenied(f"permission denied: {what} needs MANAGE on agent:{agent}")

    def promote(self, agent: str, ref: str = CHALLENGER, *, actor: str = "admin") -> AgentVersion:
        """Point ``champion`` at a version that passed its gate and was signed off; refused (and
        audited) otherwise. A rollout of that version ends: it now takes all traffic."""
        from charter.agents.tables import AgentPromotionRow

        self.registry.create(agent)  # NotFound (with a suggestion) for an unknown agent
        self._require_manage(actor, agent, "promote agent")
        ev = self.evidence(agent, ref, promoter=actor)
        short = ev.version[:12]
        cat = self.charter.catalog
        if not ev.sufficient:
            cat.audit(actor=actor, action="set champion", securable=f"agent:{agent}", allowed=False,
                      reason="; ".join(ev.problems), details={"to": ev.version})
            raise PermissionDenied(f"promotion of {agent}@{short} to champion refused: " + "; ".join(ev.problems))
        assert ev.gate is not None
        before = self.versions.aliases(agent).get(CHAMPION)
        if before == ev.version:
            return self.versions.get(agent, ev.version)  # already champion: nothing moves, nothing to undo
        moved = self.versions.set_alias(agent, CHAMPION, ev.version, actor=actor)
        evidence = {"gate_run": ev.gate.run_id, "dataset": ev.gate.dataset, "checks": ev.gate.checks,
                    "signed_off_by": sorted({s.reviewer for s in ev.signoffs})}
        with self.charter.store.session() as s:
            s.add(AgentPromotionRow(agent=agent, action="promote", from_hash=before, to_hash=ev.version, actor=actor,
                                    evidence=json.dumps(evidence, default=str)))
        cat.audit(actor=actor, action="set champion", securable=f"agent:{agent}", allowed=True,
                  reason=f"promoted {short}: gate passed (run {ev.gate.run_id[:12]}), signed off by "
                         f"{', '.join(evidence['signed_off_by'])}",
                  details={"from": before, "to": ev.version, **evidence})
        if self.versions.aliases(agent).get(CHALLENGER) == ev.version and self.rollouts.clear(agent) is not None:
            cat.audit(actor=actor, action="stop rollout", securable=f"agent:{agent}", allowed=True,
                      reason="the challenger became champion")
        return moved

    def history(self, agent: str) -> list[dict[str, Any]]:
        """Every move of the agent's champion, oldest first."""
        from charter.agents.tables import AgentPromotionRow

        with self.charter.store.session() as s:
            rows = s.scalars(select(AgentPromotionRow).where(AgentPromotionRow.agent == agent)
                             .order_by(AgentPromotionRow.id)).all()
            return [{"action": r.action, "from": r.from_hash, "to": r.to_hash, "actor": r.actor,
                     "evidence": json.loads(r.evidence or "{}"), "at": r.created_at} for r in rows]

    def rollback(self, agent: str, *, actor: str = "admin") -> tuple[AgentVersion | None, Rollout | None]:
        """Undo the last change users saw: stop the challenger's rollout, and point ``champion`` back at
        the version it was before its last promotion. Returns (the champion now or None when it did not
        move, the rollout stopped or None)."""
        from charter.agents.tables import AgentPromotionRow

        self.registry.create(agent)
        self._require_manage(actor, agent, "roll back agent")
        cat = self.charter.catalog
        stopped = self.rollouts.clear(agent)
        current = self.versions.aliases(agent).get(CHAMPION)
        previous = None
        for step in reversed(self.history(agent)):
            if step["to"] == current and step["action"] == "promote":
                previous = step["from"]
                break
        if previous is None:
            if stopped is None:
                why = ("its champion was never promoted here" if current else "it has no champion")
                cat.audit(actor=actor, action="roll back agent", securable=f"agent:{agent}", allowed=False,
                          reason=f"nothing to roll back: {why}")
                raise InvalidInput(f"nothing to roll back for agent '{agent}': {why} and no challenger takes traffic")
            cat.audit(actor=actor, action="roll back agent", securable=f"agent:{agent}", allowed=True,
                      reason=f"stopped the challenger's rollout ({stopped.mode})")
            return None, stopped
        moved = self.versions.set_alias(agent, CHAMPION, previous, actor=actor)
        with self.charter.store.session() as s:
            s.add(AgentPromotionRow(agent=agent, action="rollback", from_hash=current, to_hash=previous, actor=actor,
                                    evidence=json.dumps({"undoes": current})))
        cat.audit(actor=actor, action="roll back agent", securable=f"agent:{agent}", allowed=True,
                  reason=f"champion back to {previous[:12]} from {str(current)[:12]}"
                         + (f"; stopped the challenger's rollout ({stopped.mode})" if stopped else ""),
                  details={"from": current, "to": previous})
        return moved, stopped

    # -- the challenger on live traffic ---------------------------------------------------------

    def set_rollout(self, agent: str, *, share: float | None = None, shadow: bool = False,
                    actor: str = "admin") -> Rollout | None:
        """Give the challenger ``share`` (0..1) of live traffic, or run it in shadow; a share of 0 stops it."""
        self.registry.create(agent)
        if (share is None) == (not shadow):
            raise InvalidInput("give exactly one of --traffic PERCENT or --shadow")
        if share is not None and not 0.0 <= share <= 1.0:
            raise InvalidInput(f"--traffic: {share * 100:g}% is outside 0..100%")
        self._require_manage(actor, agent, "set rollout")
        aliases = self.versions.aliases(agent)
        if CHALLENGER not in aliases:
            raise NotFound(f"agent '{agent}' has no challenger; `charter agent promote {agent} VERSION --alias "
                           "challenger` sets one")
        cat = self.charter.catalog
        if share == 0.0:
            self.rollouts.clear(agent)
            cat.audit(actor=actor, action="stop rollout", securable=f"agent:{agent}", allowed=True,
                      reason="traffic 0%")
            return None
        rollout = self.rollouts.set(agent, "shadow" if shadow else "split", share or 0.0, actor=actor)
        cat.audit(actor=actor, action="set rollout", securable=f"agent:{agent}", allowed=True,
                  reason=rollout.describe(), details={"challenger": aliases[CHALLENGER], "mode": rollout.mode,
                                                      "share": rollout.share})
        return rollout

    def compare(self, agent: str, *, since: datetime, until: datetime | None = None,
                metrics: tuple[str, ...] = COMPARE_METRICS) -> list[Any]:
        """Challenger minus champion (the alias, else the code's config) on live metrics, each with a 95%
        bootstrap interval."""
        from charter.monitor.config import TRAFFIC_METRICS
        from charter.monitor.metrics import compare_versions

        base = self.registry.create(agent)
        for m in metrics:
            if m not in TRAFFIC_METRICS:
                raise InvalidInput(f"unknown metric '{m}'{did_you_mean(m, TRAFFIC_METRICS)} "
                                   f"(metrics: {', '.join(COMPARE_METRICS)})")
        aliases = self.versions.aliases(agent)
        if CHALLENGER not in aliases:
            raise NotFound(f"agent '{agent}' has no challenger to compare with its champion; `charter agent promote "
                           f"{agent} VERSION --alias challenger` sets one")
        # with no champion alias the code's config is what is served
        a, b = aliases.get(CHAMPION, base.content_hash())[:12], aliases[CHALLENGER][:12]
        return [compare_versions(self.charter.store, agent, m, a, b, since=since, until=until) for m in metrics]

    # -- pinned models --------------------------------------------------------------------------

    def check_models(self, names: list[str] | None = None, *, actor: str = "admin",
                     run_gates: bool = True) -> ModelCheck:
        """Compare every pin with its model now; for each changed model run the gate suite of every agent
        that uses it (as served: its champion, else the code's config)."""
        from charter.models import pins

        settings = self.charter.settings
        checked = pins.check(settings, names)
        gates: dict[str, list[tuple[str, GateOutcome | None, str]]] = {}
        for p in checked:
            if not p.changed:
                continue
            self.charter.catalog.audit(actor=actor, action="check model", securable=f"model:{p.model}",
                                       allowed=False, reason=p.describe())
            gates[p.model] = []
            for agent in self.registry.names():
                try:
                    base = self.registry.create(agent)
                except Exception:  # a broken plugin is reported by `charter agent list`, not here
                    continue
                champion = self.versions.aliases(agent).get(CHAMPION)
                served = self.versions.load(base, champion) if champion else base
                if p.model not in agent_models(served, settings, settings.gates.get(agent)):
                    continue
                if agent not in settings.gates:
                    gates[p.model].append((agent, None, f"no gate suite: declare [gates.{agent}] in charter.toml"))
                    continue
                if not run_gates:
                    gates[p.model].append((agent, None, "gate not run (--no-gates)"))
                    continue
                saved = self.versions.save(served, actor=actor, note="served version, gated after a model change")
                gates[p.model].append((agent, self.gate(agent, saved.content_hash, actor=actor), ""))
        return ModelCheck(checked, gates)

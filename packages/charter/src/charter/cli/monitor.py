"""`charter monitor`: online evaluation of served agents, metrics over time, alerts, drift and cost."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console, open_charter
from charter.errors import InvalidInput

if TYPE_CHECKING:
    from charter.monitor import Monitor

alert_app = typer.Typer(help="Alert rules on live metrics (the alerts charter.toml declares under monitor.alerts "
                        "are read too).",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Watch served agents: online scorers, metrics, alerts, drift and cost.",
                        no_args_is_help=True)
    for name, fn in (("add", add), ("remove", remove), ("list", list_monitors), ("show", show),
                     ("versions", versions), ("compare", compare), ("alerts", list_alerts), ("evaluate", evaluate), ("drift", drift),
                     ("cost", cost), ("feedback", feedback), ("backfill", backfill)):
        group.command(name)(fn)
    group.add_typer(alert_app, name="alert")
    app.add_typer(group, name="monitor")


def _monitor() -> Monitor:
    from charter.agents import AgentRegistry

    monitor = open_charter().monitor
    monitor.use_registry(AgentRegistry())
    return monitor


def _since(text: str) -> datetime:
    from charter.monitor import parse_duration

    return datetime.now(UTC) - parse_duration(text, "--since")


def _f(value: float | None, fmt: str = ".3f") -> str:
    return "-" if value is None else format(value, fmt)


def add(
    agent: str = typer.Argument(..., help="A registered agent."),
    scorer: str = typer.Option(..., "--scorer", "-s", help="A scorer spec, as `charter eval run` takes it."),
    sample: float | None = typer.Option(None, "--sample", help="Share of live traces it scores, 0..1 (default: "
                                        "every trace; monitor.judge_sample for a judge)."),
    actor: str = typer.Option("admin", "--as", help="Who attaches it."),
) -> None:
    """Attach a scorer or judge to a served agent's live traces (a running server picks it up)."""
    _monitor().attach(agent, scorer, sample, actor=actor)
    console.print(f"attached {escape(scorer)} to {escape(agent)}"
                  + (f" on {sample:.0%} of its traces" if sample is not None else ""))


def remove(agent: str = typer.Argument(...), scorer: str = typer.Option(..., "--scorer", "-s")) -> None:
    """Detach a scorer `charter monitor add` attached."""
    _monitor().config.detach(agent, scorer)
    console.print(f"detached {escape(scorer)} from {escape(agent)}")


def list_monitors(agent: str | None = typer.Argument(None, help="Only this agent.")) -> None:
    """Attached scorers and alert rules."""
    from charter.monitor.alerts import condition, scope

    monitor = _monitor()
    table = Table("agent", "scorer", "sample", "from", title="online scorers", title_justify="left")
    for a in monitor.config.scorers(agent):
        table.add_row(escape(a.agent), escape(a.spec), "default" if a.sample is None else f"{a.sample:g}", a.origin)
    console.print(table)
    rules = Table("rule", "condition", "over", "min samples", title="alert rules", title_justify="left")
    for r in monitor.config.rules():
        if agent in (None, r.agent):
            rules.add_row(escape(r.name), escape(condition(r)), escape(scope(r)), str(r.min_samples))
    console.print(rules)


def show(
    agent: str = typer.Argument(...),
    since: str = typer.Option("7d", "--since", help="How far back: 30m, 24h, 7d, ..."),
    by: str = typer.Option("hour", "--by", help="hour or day."),
    by_version: bool = typer.Option(False, "--by-version", help="One row per version and bucket."),
    version: str | None = typer.Option(None, "--version", help="Only this version (a content-hash prefix)."),
) -> None:
    """Live metrics of an agent per hour or day: quality, refusal and error rates, latency, tokens, cost."""
    monitor = _monitor()
    points = monitor.series(agent, since=_since(since), bucket=by, by_version=by_version, version=version)
    table = Table(by, *(["version"] if by_version else []), "traces", "quality", "scored", "refusals", "errors",
                  "p50 ms", "p95 ms", "tokens", "cost $", title=f"{agent}, last {since}", title_justify="left")
    for p in points:
        table.add_row(p.start.strftime("%Y-%m-%d %H:00" if by == "hour" else "%Y-%m-%d"),
                      *([escape(p.version or "-")] if by_version else []), str(p.traces), _f(p.quality),
                      str(p.quality_n), f"{p.refusal_rate:.1%}", f"{p.error_rate:.1%}", _f(p.latency_p50_ms, ".1f"),
                      _f(p.latency_p95_ms, ".1f"), str(p.tokens), f"{p.cost_usd:.4f}")
    console.print(table)
    if not points:
        console.print(f"no live traces of '{escape(agent)}' observed in the last {since} (`charter serve` observes "
                      "them; `charter monitor backfill` catches up on stored ones)")


def versions(
    agent: str = typer.Argument(...),
    metric: str = typer.Option("quality", "--metric", "-m", help="quality, error_rate, refusal_rate, "
                               "latency_p50_ms, latency_p95_ms, tokens_per_trace or cost_per_trace_usd."),
    since: str = typer.Option("7d", "--since"),
) -> None:
    """One metric per agent version with a 95% bootstrap confidence interval."""
    rows = _monitor().version_metrics(agent, metric, since=_since(since))
    table = Table("version", metric, "95% CI", "n", title=f"{agent}, last {since}", title_justify="left")
    for v in rows:
        table.add_row(escape(v.version[:12]), _f(v.value, ".4g"),
                      f"[{_f(v.low, '.4g')}, {_f(v.high, '.4g')}]", str(v.n))
    console.print(table)


def compare(
    agent: str = typer.Argument(..., help="An agent with a champion and a challenger."),
    metric: list[str] = typer.Option([], "--metric", "-m", help="A live metric (default: quality, error_rate, "
                                     "refusal_rate, latency_p95_ms, cost_per_trace_usd); repeatable."),
    since: str = typer.Option("7d", "--since"),
) -> None:
    """Challenger vs champion on live traffic: each metric, the difference and its 95% bootstrap interval."""
    from charter.agents import AgentRegistry
    from charter.monitor.release import COMPARE_METRICS, Release

    release = Release(open_charter(), AgentRegistry())
    rows = release.compare(agent, since=_since(since), metrics=tuple(metric) or COMPARE_METRICS)
    table = Table("metric", "champion", "n", "challenger", "n", "challenger - champion", "95% CI",
                  title=f"{agent}: champion {rows[0].a.version[:12]} vs challenger {rows[0].b.version[:12]}, "
                        f"last {since}", title_justify="left")
    for c in rows:
        style = "bold" if c.significant else "dim"  # the interval excludes zero, or not
        table.add_row(escape(c.metric), _f(c.a.value, ".4g"), str(c.a.n), _f(c.b.value, ".4g"), str(c.b.n),
                      f"[{style}]{_f(c.delta, '+.4g')}[/]", f"[{_f(c.low, '+.4g')}, {_f(c.high, '+.4g')}]")
    console.print(table)
    if all(c.a.n == 0 or c.b.n == 0 for c in rows):
        console.print("no live traces of both versions in the window yet (`charter agent rollout` sends the "
                      "challenger traffic)")


@alert_app.command("add")
def alert_add(
    name: str = typer.Argument(..., help="The rule's name."),
    agent: str = typer.Option(..., "--agent", "-a"),
    metric: str = typer.Option(..., "--metric", "-m", help="quality, error_rate, ..., score:SCORER, drift_share, ..."),
    op: str = typer.Option(..., "--op", help="<, <=, > or >="),
    threshold: float | None = typer.Option(None, "--threshold", help="Fire when METRIC OP THRESHOLD."),
    change: float | None = typer.Option(None, "--change", help="Fire when (window - baseline) OP CHANGE."),
    change_pct: float | None = typer.Option(None, "--change-pct", help="Fire when the relative change OP this "
                                            "(0.5 = +50%)."),
    window: str = typer.Option("1h", "--window", help="How far back the metric looks."),
    last: int | None = typer.Option(None, "--last", help="Only the last N traces inside the window."),
    baseline: str = typer.Option("7d", "--baseline", help="For --change: the span before the window."),
    min_samples: int = typer.Option(20, "--min-samples", help="Fewer samples neither fire nor resolve."),
    version: str | None = typer.Option(None, "--version", help="Only this agent version."),
    actor: str = typer.Option("admin", "--as"),
) -> None:
    """Add an alert rule (checked: the metric, the agent, the window)."""
    from charter.monitor.config import rule_from

    data = {"name": name, "agent": agent, "metric": metric, "op": op, "threshold": threshold, "change": change,
            "change_pct": change_pct, "window": window, "last": last, "baseline": baseline,
            "min_samples": min_samples, "version": version}
    monitor = _monitor()
    rule = monitor.config.add_rule(rule_from({k: v for k, v in data.items() if v is not None}), actor=actor,
                                   agents=monitor.agent_names())
    from charter.monitor.alerts import condition, scope

    console.print(f"alert rule {escape(rule.name)}: {escape(condition(rule))} over {escape(scope(rule))}")


@alert_app.command("remove")
def alert_remove(name: str = typer.Argument(...)) -> None:
    """Remove a stored alert rule (its past alerts are kept)."""
    _monitor().config.remove_rule(name)
    console.print(f"removed alert rule {escape(name)}")


def list_alerts(
    all_: bool = typer.Option(False, "--all", help="Resolved alerts too."),
    agent: str | None = typer.Option(None, "--agent", "-a"),
    limit: int = typer.Option(50, "--limit", "-n"),
) -> None:
    """Alerts, newest first, with their webhook deliveries."""
    monitor = _monitor()
    table = Table("id", "rule", "state", "fired", "resolved", "value", "webhook", "message")
    for a in monitor.alerts.alerts(state=None if all_ else "firing", agent=agent, limit=limit):
        sent = ", ".join(f"{d.event} {d.status}" + (f" ({d.last_error})" if d.status != "sent" and d.last_error
                                                     else "") for d in monitor.alerts.deliveries(a.id))
        table.add_row(str(a.id), escape(a.rule), "[red]firing[/]" if a.state == "firing" else "resolved",
                      f"{a.fired_at:%Y-%m-%d %H:%M}", f"{a.resolved_at:%Y-%m-%d %H:%M}" if a.resolved_at else "-",
                      _f(a.value, ".4g"), escape(sent or "-"), escape(a.message))
    console.print(table)


def evaluate(send: bool = typer.Option(True, "--send/--no-send", help="Send due webhook deliveries too.")) -> None:
    """Evaluate every alert rule and budget now (what `charter serve` does every monitor.evaluate_every_s)."""
    import httpx

    monitor = _monitor()
    monitor.check()
    changes = monitor.evaluate()
    for rule, event in changes:
        console.print(f"{escape(rule)}: {event}")
    if not changes:
        console.print("no alert changed")
    if send and monitor.settings.monitor.webhook_url:
        d = monitor.deliverer
        with httpx.Client(timeout=d.timeout_s) as http:
            d.send_due(http)


def drift(
    agent: str = typer.Argument(...),
    since: str = typer.Option("7d", "--since"),
    baseline: str = typer.Option("7d", "--baseline", help="The span before the window refusal rates compare with."),
    offer: bool = typer.Option(False, "--offer", help="Offer the drifted questions to reviewers as golden-set "
                               "candidates (in the review queue)."),
) -> None:
    """Live questions against the agent's golden set: embedding distance, unknown words and entities,
    refusal-rate shift, and the farthest questions."""
    from charter.monitor import Window, parse_duration
    from charter.monitor.drift import offer as offer_them

    monitor = _monitor()
    start = _since(since)
    report = monitor.drift(agent, window=Window(start, datetime.now(UTC)), baseline=parse_duration(baseline))
    table = Table("measure", "value", title=f"{agent} vs {report.golden}: {report.live} live questions, last {since}",
                  title_justify="left")
    for label, value, fmt in (
        ("mean distance to the nearest golden question", report.drift_distance, ".3f"),
        (f"drifted (farther than {report.threshold:.3f}, the golden set's own 95th percentile)", report.drift_share,
         ".1%"),
        ("unknown words", report.unknown_words, ".1%"), ("unknown names, tickers and numbers", report.unknown_entities,
                                                         ".1%"),
        ("refusal rate", report.refusal_rate, ".1%"), (f"refusal rate, previous {baseline}",
                                                       report.baseline_refusal_rate, ".1%"),
        ("refusal-rate shift", report.refusal_shift, "+.1%"),
    ):
        table.add_row(escape(label), _f(value, fmt))
    console.print(table)
    far = Table("trace", "similarity", "question", "nearest golden question", title="farthest live questions",
                title_justify="left")
    for d in report.drifted:
        far.add_row(d.trace_id[:12], f"{d.similarity:.2f}", escape(d.question[:80]), escape(d.nearest[:80]))
    console.print(far)
    if offer:
        n = offer_them(monitor.store, report, monitor.golden_name(agent))
        console.print(f"offered {n} new golden-set candidate(s) in the review queue")


def cost(
    since: str = typer.Option("7d", "--since"),
    by: str = typer.Option("agent", "--by", help="agent, principal or model."),
) -> None:
    """Model spend per day and agent, principal or model; today's forecast against the daily budgets."""
    monitor = _monitor()
    table = Table("day", by, "calls", "tokens", "cost $", title=f"cost, last {since}", title_justify="left")
    for r in monitor.cost(by, since=_since(since)):
        table.add_row(str(r.day), escape(r.key), str(r.calls), str(r.tokens), f"{r.cost_usd:.4f}")
    console.print(table)
    budgets = Table("budget", "spent today $", "rate $/h", "forecast $", "runs out", "state", title="daily budgets",
                    title_justify="left")
    for f in monitor.forecasts():
        colour = {"ok": "green", "forecast over": "yellow", "spent": "red"}[f.state]
        budgets.add_row(f"{f.scope} {escape(f.name)} (${f.budget_usd:g})", f"{f.spent_usd:.4f}",
                        f"{f.rate_usd_per_h:.4f}", f"{f.forecast_usd:.4f}",
                        f"{f.runs_out_at:%H:%M} UTC" if f.runs_out_at else "-", f"[{colour}]{f.state}[/]")
    console.print(budgets)


def feedback(trace_id: str = typer.Argument(..., help="A trace id or a unique prefix.")) -> None:
    """What online evaluation found on one trace."""
    charter = open_charter()
    trace = charter.tracer.get(trace_id)
    table = Table("check", "source", "value", "passed", "why", title=f"trace {trace.trace_id}", title_justify="left")
    for f in charter.monitor.feedback(trace.trace_id):
        table.add_row(escape(f.name), f.source, _f(f.value, ".4g"),
                      ("yes" if f.passed else "no" if f.passed is not None else "-") if f.measurable
                      else "not measurable", escape(f.rationale))
    console.print(table)


def backfill(
    agent: str | None = typer.Argument(None, help="Only this agent."),
    since: str = typer.Option("1d", "--since"),
    limit: int = typer.Option(5000, "--limit", "-n"),
) -> None:
    """Check and score stored traces the monitor has not seen (traffic served while it was off or behind)."""
    if limit < 1:
        raise InvalidInput("--limit must be at least 1")
    n = _monitor().backfill(agent=agent, since=_since(since), limit=limit)
    console.print(f"observed {n} trace(s)")

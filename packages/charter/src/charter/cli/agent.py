"""`charter agent list|show|gate|signoff|promote|rollout|rollback`: agents, versions, aliases and releases."""

from __future__ import annotations

import json

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console, open_charter
from charter.errors import InvalidInput


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Agents: versions (content hashes) and aliases.", no_args_is_help=True)
    group.command("list")(list_agents)
    group.command("show")(show)
    group.command("gate")(gate)
    group.command("signoff")(signoff)
    group.command("promote")(promote)
    group.command("rollout")(rollout)
    group.command("rollback")(rollback)
    app.add_typer(group, name="agent")


def list_agents() -> None:
    """Registered agents with their current config hash and aliases."""
    from charter.agents import AgentRegistry, AgentVersions

    versions = AgentVersions(open_charter().store)
    registry = AgentRegistry()
    table = Table("agent", "current", "aliases", "versions", "from")
    for name in registry.names():
        try:
            current = registry.create(name).content_hash()[:12]
        except Exception as exc:  # one broken plugin must not hide the others
            current = f"[red]cannot build: {escape(str(exc))[:80]}[/]"
        stored = versions.list(name)
        aliases = ", ".join(f"{a}={h[:12]}" for a, h in sorted(versions.aliases(name).items()))
        table.add_row(escape(name), current, escape(aliases or "-"), str(len(stored)), escape(registry.source(name)))
    console.print(table)


def show(
    name: str = typer.Argument(..., help="Agent name."),
    version: str | None = typer.Option(None, "--version", "-V", help="A hash prefix or an alias; default: current."),
) -> None:
    """An agent's versions and aliases, and one version's full config as JSON."""
    from charter.agents import AgentRegistry, AgentVersions

    versions = AgentVersions(open_charter().store)
    agent = AgentRegistry().create(name)
    if version is None:
        config, digest = agent.config(), agent.content_hash()
    else:
        v = versions.get(name, version)
        config, digest = v.config, v.content_hash
    console.print(f"[bold]{escape(name)}[/]  {digest}  {escape(agent.description)}")
    table = Table("version", "aliases", "created", "by", "note")
    for v in versions.list(name):
        current = " (current)" if v.content_hash == agent.content_hash() else ""
        table.add_row(v.short + current, ", ".join(v.aliases) or "-", v.created_at.strftime("%Y-%m-%d %H:%M"),
                      escape(v.created_by), escape(v.note))
    console.print(table)
    from charter.agents.rollout import Rollouts

    live = Rollouts(versions.store).get(name)
    if live is not None:
        console.print(f"rollout of the challenger: {escape(live.describe())} (set by {escape(live.set_by)})")
    for step in _release().history(name)[-5:]:  # the champion's last moves: what a rollback undoes
        console.print(f"{step['action']}: champion {str(step['from'] or '-')[:12]} -> {step['to'][:12]} by "
                      f"{escape(step['actor'])} at {str(step['at'])[:19]}", highlight=False)
    console.print_json(json.dumps(config, default=str))


def _release():  # type: ignore[no-untyped-def]
    from charter.agents import AgentRegistry
    from charter.monitor.release import Release

    return Release(open_charter(), AgentRegistry())


def gate(
    name: str = typer.Argument(..., help="Agent name."),
    version: str = typer.Argument("current", help="A hash prefix, an alias, or 'current' (saves it first)."),
    actor: str = typer.Option("admin", "--as", help="Who runs it (recorded)."),
) -> None:
    """Run the version's gate suite ([gates.NAME] in charter.toml) now; exit 1 when a bound fails."""
    release = _release()
    suite = release.suite(name)
    console.print(f"gate of {escape(name)}@{escape(version)} on {escape(suite.dataset)} "
                  f"({escape(', '.join(suite.scorers))})")
    outcome = release.gate(name, version, actor=actor)
    for c in outcome.checks:
        mark = "[green]ok[/]" if c["ok"] else "[red]FAIL[/]"
        value = "missing" if c["value"] is None else f"{c['value']:.4g}"
        console.print(f"{mark} {escape(c['metric'])} = {value} ({'>=' if c['bound'] == 'min' else '<='} "
                      f"{c['limit']:g})")
    verdict = "[green]passed[/]" if outcome.passed else "[red]failed[/]"
    console.print(f"{escape(name)}@{outcome.version[:12]}: gate {verdict} (run {outcome.run_id[:12]})")
    if not outcome.passed:
        raise SystemExit(1)  # a failed check (docs/architecture.md's exit codes)


def signoff(
    name: str = typer.Argument(..., help="Agent name."),
    version: str = typer.Argument(..., help="A hash prefix or an alias."),
    reviewer: str = typer.Option(..., "--as", help="The reviewer signing (an admin or a member of 'reviewers')."),
    note: str = typer.Option("", "--note", help="Why (recorded with the sign-off)."),
) -> None:
    """A reviewer signs a version off: with a passing gate, it may then be promoted to champion."""
    s = _release().signoff(name, version, reviewer=reviewer, note=note)
    console.print(f"{escape(name)}@{s.version[:12]} signed off by {escape(s.reviewer)}")


def promote(
    name: str = typer.Argument(..., help="Agent name."),
    version: str = typer.Argument("current", help="A hash prefix, an alias, or 'current' (saves it first)."),
    alias: str = typer.Option("champion", "--alias", "-a", help="The alias to point at the version."),
    actor: str = typer.Option("admin", "--actor", "--as", help="Who promotes (recorded)."),
    note: str = typer.Option("", help="A note stored with a newly saved version."),
) -> None:
    """Point an alias at a version. `champion` (what callers get) needs a passing gate and a reviewer's
    sign-off of that version; any other alias (challenger, ...) is set as asked."""
    from charter.agents import AgentRegistry, AgentVersions

    charter = open_charter()
    versions = AgentVersions(charter.store)
    if version == "current":
        version = versions.save(AgentRegistry().create(name), actor=actor, note=note).content_hash
    if alias == "champion":
        v = _release().promote(name, version, actor=actor)
    else:
        AgentRegistry().create(name)
        v = versions.set_alias(name, alias, version, actor=actor)
        charter.catalog.audit(actor=actor, action=f"set {alias}", securable=f"agent:{name}", allowed=True,
                              reason=f"{alias} -> {v.short}", details={"to": v.content_hash})
    console.print(f"{escape(name)}: {alias} -> {v.short}")


def rollout(
    name: str = typer.Argument(..., help="Agent name (its `challenger` alias is what is rolled out)."),
    traffic: str | None = typer.Option(None, "--traffic", help="The challenger's share of requests, e.g. 10% "
                                       "(0% stops it)."),
    shadow: bool = typer.Option(False, "--shadow", help="Run the challenger beside the champion on every request; "
                                "callers get the champion's answer."),
    off: bool = typer.Option(False, "--off", help="Send all traffic to the champion."),
    actor: str = typer.Option("admin", "--as", help="Who sets it (recorded)."),
) -> None:
    """Let the challenger meet live traffic: a share of requests (by request hash) or shadow runs."""
    from charter.agents.rollout import parse_share

    if off:
        if traffic is not None or shadow:
            raise InvalidInput("give one of --traffic PERCENT, --shadow or --off")
        traffic = "0"
    share = parse_share(traffic) if traffic is not None else None
    r = _release().set_rollout(name, share=share, shadow=shadow, actor=actor)
    console.print(f"{escape(name)}: " + ("the champion takes all traffic" if r is None else escape(r.describe())))


def rollback(
    name: str = typer.Argument(..., help="Agent name."),
    actor: str = typer.Option("admin", "--as", help="Who rolls back (recorded)."),
) -> None:
    """Undo the last release: stop the challenger's traffic and point champion at the version before."""
    moved, stopped = _release().rollback(name, actor=actor)
    if stopped is not None:
        console.print(f"{escape(name)}: stopped the challenger's rollout ({stopped.mode})")
    if moved is not None:
        console.print(f"{escape(name)}: champion -> {moved.short}")

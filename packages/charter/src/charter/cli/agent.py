"""`charter agent list|show|promote`: registered agents, their versions and aliases."""

from __future__ import annotations

import json

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console, open_charter


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Agents: versions (content hashes) and aliases.", no_args_is_help=True)
    group.command("list")(list_agents)
    group.command("show")(show)
    group.command("promote")(promote)
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
    console.print_json(json.dumps(config, default=str))


def promote(
    name: str = typer.Argument(..., help="Agent name."),
    version: str = typer.Argument("current", help="A hash prefix, an alias, or 'current' (saves it first)."),
    alias: str = typer.Option("champion", "--alias", "-a", help="The alias to point at the version."),
    actor: str = typer.Option("admin", help="Who promotes (recorded)."),
    note: str = typer.Option("", help="A note stored with a newly saved version."),
) -> None:
    """Point an alias (champion, challenger, ...) at a version of an agent."""
    from charter.agents import AgentRegistry, AgentVersions

    versions = AgentVersions(open_charter().store)
    if version == "current":
        version = versions.save(AgentRegistry().create(name), actor=actor, note=note).content_hash
    v = versions.set_alias(name, alias, version, actor=actor)
    console.print(f"{escape(name)}: {alias} -> {v.short}")

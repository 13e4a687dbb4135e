"""`charter sql`, `charter check`, `charter audit`, `charter audit verify`: the governance catalog."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console, open_charter
from charter.errors import CharterError, InvalidInput, PermissionDenied

AS_HELP = "Principal the command acts as."
audit_app = typer.Typer(help="The tamper-evident audit log.", invoke_without_command=True, no_args_is_help=False)


def register(app: typer.Typer) -> None:
    app.command("sql")(sql)
    app.command("check")(check)
    app.command("access")(access)
    app.add_typer(audit_app, name="audit")


def _catalog():  # type: ignore[no-untyped-def]
    return open_charter().catalog


def sql(
    statement: str = typer.Argument(..., help="One admin statement, e.g. \"GRANT SELECT ON TABLE c.s.t TO bob\"."),
    as_: str = typer.Option("admin", "--as", help=AS_HELP),
) -> None:
    """Run one admin statement: CREATE, ALTER GROUP, GRANT, REVOKE, SHOW GRANTS, SET ..."""
    result = _catalog().execute(statement, actor=as_)
    if result.columns:
        table = Table(*result.columns, title=result.message, title_justify="left")
        for row in result.rows:
            table.add_row(*(escape(str(v)) for v in row))
        console.print(table)
    else:
        console.print(escape(result.message), highlight=False)


def check(
    privilege: str = typer.Argument(..., help="Privilege, e.g. SELECT, QUERY, EXECUTE."),
    securable: str = typer.Argument(..., help="Securable as TYPE:NAME, e.g. table:main.sales.orders."),
    as_: str = typer.Option("admin", "--as", help="Principal whose access is checked."),
    on_behalf_of: str | None = typer.Option(None, "--on-behalf-of", help="User the principal (an agent) acts for."),
) -> None:
    """Say whether a principal may use a privilege on a securable, and why (exit 3 when denied)."""
    decision = _catalog().check(as_, privilege, securable, on_behalf_of=on_behalf_of)
    if not decision.allowed:
        # A denial is an error line and exit code 3, so scripts can branch on it.
        raise PermissionDenied(f"deny: {decision.reason}")
    console.print(f"[green]allow[/]  {escape(decision.reason)}", highlight=False, soft_wrap=True)


def access(
    agent: str = typer.Argument(..., help="The agent (its principal), e.g. finql-decomposed."),
    for_: str | None = typer.Option(None, "--for", help="The principal it acts for: only what both may reach."),
    json_: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Everything an agent can reach: tables (with row filters and masks), models, tools, MCP tools, agents."""
    import json

    from charter.catalog.access import reach

    items = reach(_catalog(), agent, on_behalf_of=for_)
    if json_:
        console.print_json(json.dumps([i.to_dict() for i in items]))
        return
    who = f"{agent} acting for {for_}" if for_ else agent
    table = Table("type", "name", "privilege", "conditions", title=f"{len(items)} securable(s) {who} can reach",
                  title_justify="left")
    for i in items:
        conditions = [f"row filter: {i.row_filter}"] if i.row_filter else []
        conditions += [f"mask {c}: {e}" for c, e in sorted(i.column_masks.items())]
        conditions += [f"needs approval by {i.approval_group}"] if i.approval_group else []
        table.add_row(i.type, escape(i.name), i.privilege, escape("; ".join(conditions)))
    console.print(table)


_RELATIVE = re.compile(r"^(\d+)\s*([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """An ISO date/time, or a span back from now such as 30m, 12h, 7d."""
    now = now or datetime.now(UTC)
    m = _RELATIVE.match(value.strip().lower())
    if m:
        return now - timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
    try:
        ts = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"--since '{value}' is neither an ISO date/time nor a span like 30m, 12h, 7d") from None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


@audit_app.callback()
def audit(
    ctx: typer.Context,
    principal: str | None = typer.Option(None, "--principal", help="Only records by or on behalf of this principal."),
    since: str | None = typer.Option(None, "--since", help="ISO date/time or a span back from now (30m, 12h, 7d)."),
    limit: int = typer.Option(50, "--limit", min=1, help="Show at most this many (the latest)."),
    as_: str = typer.Option("admin", "--as", help=AS_HELP),
) -> None:
    """List audit records: who, for whom, what, on which securable, allowed or not, and why."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = as_
        return
    catalog = _catalog()
    me = catalog.principal(as_)
    if not me.is_admin:
        # A non-admin sees only the records about itself.
        if principal not in (None, as_):
            reason = f"{as_} may read only its own audit records, not {principal}'s"
            catalog.audit(actor=as_, action="read audit", securable=None, allowed=False, reason=reason)
            raise PermissionDenied(f"permission denied: {reason}")
        principal = as_
    entries = catalog.audit_log(principal=principal, since=parse_since(since) if since else None, limit=limit)
    # One record per line (greppable, and readable in a narrow terminal).
    for e in entries:
        who = e.actor + (f" for {e.on_behalf_of}" if e.on_behalf_of else "")
        verdict = "allow" if e.allowed else "[red]DENY[/]"
        console.print(f"#{e.id} {e.ts:%Y-%m-%d %H:%M:%S} {escape(who)}  {escape(e.action)}  "
                      f"{escape(e.securable or '-')}  {verdict}  {escape(e.reason)}",
                      highlight=False, soft_wrap=True)
    console.print(f"{len(entries)} audit record(s)", style="dim", highlight=False)


@audit_app.command("verify")
def verify(
    ctx: typer.Context,
    as_: str | None = typer.Option(None, "--as", help=AS_HELP),
) -> None:
    """Check every record's signature and link, and the signed head checkpoint; fail naming the first
    edited, forged or deleted record."""
    catalog = _catalog()
    actor = as_ or ctx.obj or "admin"
    if not catalog.principal(actor).is_admin:
        reason = f"only a metastore admin may verify the audit log, not {actor}"
        catalog.audit(actor=actor, action="verify audit", securable=None, allowed=False, reason=reason)
        raise PermissionDenied(f"permission denied: {reason}")
    result = catalog.verify_audit()
    if not result.ok:
        raise CharterError(f"audit log tampered: {result.problem} ({result.checked} record(s) intact before it)")
    console.print(f"[green]ok[/]  audit chain intact: {result.checked} record(s)", highlight=False)
    for note in result.notes:
        console.print(f"    {escape(note)}", highlight=False, soft_wrap=True)

"""`charter models list`, `charter chat`, `charter usage`."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console, open_charter
from charter.errors import InvalidInput


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Declared models and their providers.", no_args_is_help=True)
    group.command("list")(list_models)
    group.command("pin")(pin_models)
    group.command("check")(check_models)
    app.add_typer(group, name="models")
    app.command("chat")(chat)
    app.command("usage")(usage)


def list_models() -> None:
    """Every model declared in charter.toml, its provider, prices, limits and whether it is usable."""
    from charter.models import provider_status
    from charter.settings import load_settings

    settings = load_settings()
    table = Table("name", "provider", "model", "$/Mtok in/out", "limits", "status")
    for name, ms in sorted(settings.models.items()):
        ok, detail = provider_status(ms)
        limits = ", ".join(
            f"{label} {value:g}" for label, value in
            (("rpm", ms.requests_per_minute), ("tpm", ms.tokens_per_minute), ("$/day", ms.daily_budget_usd))
            if value is not None
        )
        mark = "[green]ok[/]" if ok else "[yellow]--[/]"
        default = " (default)" if name == settings.default_model else ""
        table.add_row(
            escape(name + default), ms.provider, escape(ms.model), f"{ms.price_input_per_mtok:g}/{ms.price_output_per_mtok:g}",
            limits or "-", f"{mark} {escape(detail)}",
        )
    console.print(table)


def pin_models(names: list[str] = typer.Argument(None, help="Models to pin (default: every declared model).")) -> None:
    """Write each model's pin into charter.toml: a local GGUF's sha256, a remote model's exact id."""
    from charter.models import pins
    from charter.settings import load_settings

    settings = load_settings()
    for name, value in pins.pin(settings, names or None).items():
        console.print(f"{escape(name)}: pin = {escape(value)}", highlight=False)
    console.print(f"wrote {escape(str(settings.config_path))}", highlight=False)


def check_models(
    names: list[str] = typer.Argument(None, help="Models to check (default: every declared model)."),
    gates: bool = typer.Option(True, "--gates/--no-gates", help="Run the gate suite of each agent that uses a "
                               "changed model."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on any changed or unpinned model, gates or not."),
) -> None:
    """Compare each pinned model with what it is now; for a changed one, run the gate suite of every
    agent that uses it. Exit 1 when a changed model has an agent whose gate fails or that has none."""
    from charter.agents import AgentRegistry
    from charter.monitor.release import Release

    result = Release(open_charter(), AgentRegistry()).check_models(names or None, run_gates=gates)
    for p in result.pins:
        colour = "red" if p.changed else "yellow" if p.pinned is None else "green"
        console.print(f"[{colour}]{escape(p.describe())}[/]", highlight=False)
        for agent, outcome, problem in result.gates.get(p.model, []):
            if outcome is None:
                console.print(f"  [red]{escape(agent)}: {escape(problem)}[/]", highlight=False)
            else:
                verdict = "[green]gate passed[/]" if outcome.passed else "[red]gate failed[/]"
                console.print(f"  {escape(agent)}@{outcome.version[:12]}: {verdict} (run {outcome.run_id[:12]}: "
                              f"{escape(outcome.describe())})", highlight=False)
        if p.changed and p.current is not None and not result.failed:
            console.print(f"  accept it with `charter models pin {escape(p.model)}`", highlight=False)
    unpinned = any(p.pinned is None for p in result.pins)
    if result.failed or (strict and (result.changed or unpinned)):
        raise SystemExit(1)


def chat(
    prompt: str = typer.Argument(..., help="The user message."),
    model: str | None = typer.Option(None, "--model", "-m", help="A model declared in charter.toml."),
    principal: str = typer.Option("admin", "--as", help="Principal the call is made as."),
    agent: str | None = typer.Option(None, "--agent", help="Agent acting for the principal."),
    system: str | None = typer.Option(None, "--system", help="System prompt."),
    schema: str | None = typer.Option(None, "--schema", help="JSON Schema the answer must satisfy."),
    max_tokens: int = typer.Option(256, "--max-tokens"),
    temperature: float = typer.Option(0.0, "--temperature"),
    stream: bool = typer.Option(False, "--stream", help="Print the answer as it is produced."),
) -> None:
    """Send one message to a model through the gateway (governed, limited, recorded)."""
    from charter.models import ChatRequest

    response_schema = None
    if schema:
        try:
            response_schema = json.loads(schema)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"--schema is not JSON: {exc.msg} at column {exc.colno}") from None
    request = ChatRequest.of(
        prompt, system=system, response_schema=response_schema, max_tokens=max_tokens, temperature=temperature
    )
    charter = open_charter()
    gateway = charter.gateway
    gateway.register_models()
    if stream:
        for piece in gateway.stream(request, model=model, principal=principal, agent=agent):
            console.print(piece, end="", markup=False, highlight=False, soft_wrap=True)
        console.print()
        gateway.flush()
        return
    with console.status("thinking", spinner="dots"):
        try:
            response = gateway.chat(request, model=model, principal=principal, agent=agent)
        finally:
            gateway.flush()  # the usage row (and audit record) is written before the process ends
    if response.tool_calls:
        for call in response.tool_calls:
            console.print(f"tool call: {call.name}({json.dumps(call.arguments)})", markup=False, highlight=False)
    console.print(response.text, markup=False, highlight=False, soft_wrap=True)
    console.print(
        f"[dim]{response.model}: {response.usage.input_tokens}+{response.usage.output_tokens} tokens, "
        f"{response.latency_s:.2f}s, ${response.cost_usd:.6f}{', cached' if response.cached else ''}"
        + (f", flags: {escape(' '.join(response.flags))}" if response.flags else "") + "[/]"
    )


def parse_since(text: str) -> datetime:
    """An ISO date/time or a relative span like 30m, 12h, 7d."""
    m = re.fullmatch(r"(\d+)\s*([mhd])", text.strip())
    if m:
        unit = {"m": "minutes", "h": "hours", "d": "days"}[m.group(2)]
        return datetime.now(UTC) - timedelta(**{unit: int(m.group(1))})
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"--since '{text}' is neither an ISO date/time nor a span like 30m, 12h, 7d") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def usage(
    by: str = typer.Option("model", "--by", help="principal, agent or model."),
    since: str | None = typer.Option(None, "--since", help="ISO date/time or a span like 24h, 7d."),
) -> None:
    """Sum model usage (calls, failures, tokens, cost, mean latency) by principal, agent or model."""
    from charter.models.usage import summarize

    rows = summarize(open_charter().store, by=by, since=parse_since(since) if since else None)
    table = Table(by, "calls", "failed", "tokens in", "tokens out", "cost $", "mean s")
    for r in rows:
        table.add_row(
            escape(r.key), str(r.calls), str(r.failures), str(r.input_tokens), str(r.output_tokens),
            f"{r.cost_usd:.6f}", f"{r.latency_s:.3f}",
        )
    console.print(table)

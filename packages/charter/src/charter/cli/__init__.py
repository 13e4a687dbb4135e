"""`charter` command line. One module per command group; this one wires them together."""

from __future__ import annotations

import sys

import typer

from charter import __version__
from charter.cli import core
from charter.cli._app import run_app

app = typer.Typer(
    name="charter",
    help="Charter: govern, trace, evaluate and ship LLM agents on enterprise data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"charter {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
) -> None:
    """Charter command line."""


core.register(app)

# Command groups register themselves here, one line each.
_GROUPS: list[str] = ["catalog", "trace", "models", "mcp", "agent", "data", "eval", "dataset", "optimize", "server", "monitor"]
for _name in _GROUPS:
    __import__(f"charter.cli.{_name}", fromlist=["register"]).register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `charter` script."""
    run_app(app, sys.argv[1:] if argv is None else argv, prog="charter")

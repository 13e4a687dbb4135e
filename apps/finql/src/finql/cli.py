"""`finql` command line: data build, check, query, docs (plus groups other modules register)."""

from __future__ import annotations

import json
import sys

import typer

from charter.cli._app import console, run_app

app = typer.Typer(name="finql", help="FinQL: the reference financial query language on Charter.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
data_app = typer.Typer(help="Build and register the FinQL data.", no_args_is_help=True)
app.add_typer(data_app, name="data")


@app.callback()
def _root(debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors.")) -> None:
    """FinQL command line."""


@data_app.command("build")
def data_build(url: str | None = typer.Option(None, "--url", help="postgresql://... (default: DuckDB under CHARTER_HOME)")) -> None:
    """Generate the data (deterministic), write it, and register it in the catalog as `finql`; then the
    translation reference (dev examples and reference chunks) and its vector index."""
    from charter.runtime import Charter
    from finql.runtime import build_and_register
    from finql.translate import kb

    charter = Charter.open()
    with console.status("generating and writing the FinQL data ..."):
        where, digest = build_and_register(charter, url)
    console.print(f"built {where.split('@')[-1]}\ncontent hash {digest}\nregistered as catalog 'finql' "
                  "with principals analyst, analyst-basic, guest", highlight=False)
    with console.status("embedding the translation reference into a vector index ..."):
        rows = kb.ensure_index(charter)
    console.print(f"vector index {kb.INDEX}: {rows} rows (dev examples and reference chunks)", highlight=False)


@app.command("check")
def check(query: str = typer.Argument(..., help="A FinQL query.")) -> None:
    """Parse and check a query (no data is read); print its canonical form."""
    from finql.language.parser import parse

    console.print(f"ok: {parse(query)}", highlight=False, markup=False)


@app.command("query")
def query(
    text: str = typer.Argument(..., help="A FinQL query."),
    as_: str = typer.Option("analyst", "--as", help="The principal who asks."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Run a query as a principal through Charter's governed data path."""
    from finql.runtime import open_env

    result = open_env().execute(text, principal=as_)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), default=str))
        return
    from rich.table import Table

    table = Table(*result.columns)
    for row in result.rows:
        table.add_row(*(cell(v) for v in row))
    console.print(table)
    console.print(f"{len(result.rows)} row(s)", style="dim")


def cell(value: object) -> str:
    """One value as `finql query` and `finql ask` print it: thousands separators, at most four decimals,
    never an exponent (75,330.1234, not 7.533e+04); null as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return str(value)


@app.command("docs")
def docs() -> None:
    """Print the language reference (generated from the parser's registry)."""
    from finql.language.docs import reference

    typer.echo(reference())


# Other modules add command groups here, one line each (module path, exposing `register(app)`).
_GROUPS: list[str] = ["finql.translate.cli"]
for _name in _GROUPS:
    try:
        __import__(_name, fromlist=["register"]).register(app)
    except ModuleNotFoundError as exc:  # a group whose module is not there yet
        if exc.name != _name:
            raise


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `finql` script."""
    run_app(app, sys.argv[1:] if argv is None else argv, prog="finql")

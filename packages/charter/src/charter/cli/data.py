"""`charter source`, `charter query`, `charter index`, `charter features`: the governed data estate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from charter.cli._app import console, open_charter
from charter.errors import InvalidInput

if TYPE_CHECKING:  # the data layer is imported when a command runs, so `charter --help` stays fast
    from charter.data import DataService, FeatureStore, VectorIndexes

source_app = typer.Typer(help="Data sources: register, sync into the catalog, list, remove.", no_args_is_help=True)
index_app = typer.Typer(help="Vector indexes over a table's text column, searched as a principal.", no_args_is_help=True)
features_app = typer.Typer(help="Feature tables keyed by entity and timestamp.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(source_app, name="source")
    app.command("query")(query)
    app.add_typer(index_app, name="index")
    app.add_typer(features_app, name="features")


def _data() -> DataService:
    return open_charter().data


def _indexes() -> VectorIndexes:
    return open_charter().indexes


def _features() -> FeatureStore:
    return open_charter().features


def _table(columns: list[str], rows: list[tuple[Any, ...]], title: str | None = None) -> Table:
    table = Table(*[escape(c) for c in columns], title=title, title_justify="left")
    for row in rows:
        table.add_row(*(escape("NULL" if v is None else str(v)) for v in row))
    return table


@source_app.command("add")
def source_add(name: str = typer.Argument(..., help="Source name; it becomes the catalog name."),
               url: str = typer.Argument(..., help="duckdb:///path, sqlite:///path, postgresql://..., mysql://..."),
               as_: str = typer.Option("admin", "--as", help="Principal that will own the catalog.")) -> None:
    """Register a source as a catalog (then run `charter source sync NAME`)."""
    _data().add_source(name, url, actor=as_)
    console.print(f"added source [bold]{escape(name)}[/] as catalog:{escape(name)}", highlight=False)


@source_app.command("sync")
def source_sync(name: str = typer.Argument(...), as_: str = typer.Option("admin", "--as")) -> None:
    """Discover schemas, tables, views and columns into the catalog (drops what disappeared)."""
    with console.status(f"syncing {name}..."):
        result = _data().sync(name, actor=as_)
    console.print(f"synced {escape(name)}: {len(result.added)} added, {len(result.dropped)} dropped, "
                  f"{len(result.updated)} updated, {result.unchanged} unchanged", highlight=False)
    for ref in result.added:
        console.print(f"  [green]+[/] {escape(ref)}", highlight=False)
    for ref in result.dropped:
        console.print(f"  [red]-[/] {escape(ref)}", highlight=False)


@source_app.command("list")
def source_list() -> None:
    """Registered sources (passwords hidden)."""
    console.print(_table(["name", "kind", "url"], _data().sources()))


@source_app.command("remove")
def source_remove(name: str = typer.Argument(...), as_: str = typer.Option("admin", "--as")) -> None:
    """Forget a source and drop its catalog."""
    _data().remove_source(name, actor=as_)
    console.print(f"removed source {escape(name)}", highlight=False)


def _params(values: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in values:
        if "=" not in item:
            raise InvalidInput(f"--param '{item}' must be NAME=VALUE")
        k, v = item.split("=", 1)
        out[k.strip()] = int(v) if v.lstrip("-").isdigit() else v
    return out


def query(sql: str = typer.Argument(..., help="One SELECT over catalog.schema.table names."),
          as_: str = typer.Option(..., "--as", help="Principal the query runs as."),
          agent: str | None = typer.Option(None, "--agent", help="Agent acting for the principal."),
          param: list[str] = typer.Option([], "--param", help="Bound parameter NAME=VALUE for :NAME (repeatable)."),
          show_sql: bool = typer.Option(False, "--show-sql", help="Print the rewritten SQL that ran.")) -> None:
    """Run a governed query: privileges, row filters, masks and the query policy all apply."""
    result = _data().query(sql, principal=as_, agent=agent, params=_params(param))
    if show_sql:
        console.print(f"[dim]{escape(result.sql)}[/]", highlight=False)
    console.print(_table(result.columns, result.rows, title=f"{len(result.rows)} rows from {result.source}"))


@index_app.command("create")
def index_create(name: str = typer.Argument(..., help="catalog.schema.name"),
                 table: str = typer.Option(..., "--table", help="catalog.schema.table to index."),
                 text_column: str = typer.Option(..., "--text-column"),
                 key_column: str | None = typer.Option(None, "--key-column", help="Default: the primary key."),
                 as_: str = typer.Option("admin", "--as")) -> None:
    """Create a vector index and embed every row (with a progress bar)."""
    indexes = _indexes()
    with Progress(TextColumn("embedding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("embed", total=None)
        rows = indexes.create(name, table, text_column, key_column, actor=as_,
                              progress=lambda done, total: bar.update(task, completed=done, total=total))
    console.print(f"created vector_index:{escape(name)} with {rows} rows", highlight=False)


@index_app.command("refresh")
def index_refresh(name: str = typer.Argument(...)) -> None:
    """Embed new and changed rows, drop removed ones."""
    console.print(f"{escape(name)}: {_indexes().refresh(name)} rows", highlight=False)


@index_app.command("drop")
def index_drop(name: str = typer.Argument(...), as_: str = typer.Option("admin", "--as")) -> None:
    _indexes().drop(name, actor=as_)
    console.print(f"dropped vector_index:{escape(name)}", highlight=False)


@index_app.command("search")
def index_search(name: str = typer.Argument(...), text: str = typer.Argument(...),
                 as_: str = typer.Option(..., "--as"), agent: str | None = typer.Option(None, "--agent"),
                 k: int = typer.Option(10, "--k", "-k")) -> None:
    """Nearest rows the principal may see (row filters and masks apply)."""
    hits = _indexes().search(name, text, k, principal=as_, agent=agent)
    if not hits:
        console.print("no visible rows")
        return
    columns = ["score", *hits[0].row.keys()]
    console.print(_table(columns, [(f"{h.score:.3f}", *h.row.values()) for h in hits]))


@features_app.command("create")
def features_create(name: str = typer.Argument(..., help="catalog.schema.name of the feature table"),
                    table: str = typer.Option(..., "--table"), entity: str = typer.Option(..., "--entity"),
                    timestamp: str = typer.Option(..., "--timestamp"),
                    feature: list[str] = typer.Option([], "--feature", help="Feature column (default: the rest)."),
                    as_: str = typer.Option("admin", "--as")) -> None:
    """Register a feature table over a synced table."""
    ft = _features().create(name, table, entity=entity, timestamp=timestamp, features=feature or None, actor=as_)
    console.print(f"created feature_table:{escape(ft.name)} ({', '.join(ft.features)})", highlight=False)


@features_app.command("get")
def features_get(name: str = typer.Argument(...), entities: list[str] = typer.Argument(...),
                 as_: str = typer.Option(..., "--as"), agent: str | None = typer.Option(None, "--agent")) -> None:
    """Latest feature values for entities (online lookup)."""
    values: list[Any] = [int(e) if e.lstrip("-").isdigit() else e for e in entities]
    r = _features().online(name, values, principal=as_, agent=agent)
    console.print(_table(r.columns, r.rows))

"""`charter dataset add|list|show|export|correct`."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from charter.cli._app import console, open_charter
from charter.errors import InvalidInput


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Golden sets: versioned by content, with splits, tags and corrections.", no_args_is_help=True)
    for name, fn in (("add", add), ("list", list_sets), ("show", show), ("export", export), ("correct", correct)):
        group.command(name)(fn)
    app.add_typer(group, name="dataset")


def add(name: str = typer.Argument(...), file: Path | None = typer.Argument(None, help="A .jsonl or .csv file."),
        expect: str = typer.Option("", "--expect", help="Comma-separated fields of flat rows that are expectations."),
        split: str | None = typer.Option(None, "--split", help="Split for rows that name none (dev, test)."),
        from_traces: str | None = typer.Option(None, "--from-traces", help="Build from this agent's ok traces instead."),
        limit: int = typer.Option(100, "--limit", help="How many recent traces (with --from-traces)."),
        note: str = typer.Option("", "--note")) -> None:
    """Store a golden set from a file or from traces (a new version when its content changed)."""
    from charter.evals import Datasets, load_file
    from charter.evals import from_traces as build

    charter = open_charter()
    if (file is None) == (from_traces is None):
        raise InvalidInput("give a FILE or --from-traces AGENT")
    if file is not None:
        ds = load_file(file, name=name, expect=[e.strip() for e in expect.split(",") if e.strip()], split=split)
    else:
        tracer = charter.tracer
        found = tracer.list(limit=limit, agent=from_traces, status="ok")
        ds = build([tracer.get(t.trace_id) for t in found], name=name, split=split)
    v = Datasets(charter.store).add(ds, note=note)
    console.print(f"dataset [bold]{escape(name)}[/]@{v.version[:12]}: {v.item_count} items, splits {ds.splits()}")


def list_sets() -> None:
    """Every golden set version, newest first."""
    from charter.evals import Datasets

    table = Table("name", "version", "items", "source", "by", "note", "created")
    for v in Datasets(open_charter().store).versions():
        table.add_row(escape(v.name), v.version[:12], str(v.item_count), escape(v.source), escape(v.created_by),
                      escape(v.note[:40]), str(v.created_at)[:19])
    console.print(table)


def show(ref: str = typer.Argument(..., help="NAME[@version][:split]"), limit: int = typer.Option(10, "-n")) -> None:
    """A golden set's splits, tags and first items."""
    from charter.evals import Datasets

    ds = Datasets(open_charter().store).get(ref)
    console.print(f"[bold]{escape(ds.name)}[/]@{ds.version[:12]} · {len(ds.items)} items · splits {ds.splits()} · "
                  f"tags {escape(str(ds.tags()))}")
    for it in ds.items[:limit]:
        console.print(escape(json.dumps(it.model_dump(exclude_defaults=True), ensure_ascii=False)), highlight=False)


def export(ref: str = typer.Argument(...), output: Path = typer.Option(..., "--output", "-o"),
           fmt: str = typer.Option("jsonl", "--format", help="jsonl or csv")) -> None:
    """Write a golden set to a file."""
    from charter.evals import Datasets, to_csv, to_jsonl

    if fmt not in ("jsonl", "csv"):
        raise InvalidInput(f"unknown format '{fmt}'; use jsonl or csv")
    ds = Datasets(open_charter().store).get(ref)
    output.write_text(to_jsonl(ds) if fmt == "jsonl" else to_csv(ds), encoding="utf-8")
    console.print(f"wrote {len(ds.items)} items to {output}")


def correct(name: str = typer.Argument(...), item: str = typer.Argument(...),
            expectations: str = typer.Option(..., "--expectations", help="The corrected expectations as JSON."),
            author: str = typer.Option(..., "--author"), reason: str = typer.Option("", "--reason"),
            trace: str | None = typer.Option(None, "--trace", help="The trace that showed the problem.")) -> None:
    """Record an expert's correction of one item (a new version, with provenance)."""
    from charter.evals import Datasets

    try:
        value = json.loads(expectations)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--expectations is not JSON: {exc.msg}") from None
    v = Datasets(open_charter().store).correct(name, item, author=author, expectations=value, reason=reason, trace_id=trace)
    console.print(f"dataset [bold]{escape(name)}[/] is now @{v.version[:12]}")

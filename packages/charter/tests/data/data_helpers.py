"""Helpers the data-layer tests share (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from pathlib import Path


def build_duckdb(path: Path, statements: list[str]) -> str:
    """Create (or extend) a DuckDB file with these statements; return its source URL."""
    import duckdb

    con = duckdb.connect(str(path))
    for s in statements:
        con.execute(s)
    con.close()
    return f"duckdb:///{path}"

"""A Charter home with the questionnaire store and a small corpus where each clearance matters.

The corpus is written here, not read from the repository, so the governance checks do not move
when the docs change: ``guide.md`` is public, ``nightjar.md`` (the only text about Project Nightjar)
is confidential, and ``past.csv`` holds internal past answers. The hashing embedder keeps it fast.
"""

from __future__ import annotations

from pathlib import Path

from charter.runtime import Charter

GUIDE = """# Acme Platform Guide

## Access control

Acme enforces row filters in the catalog: every query is rewritten so a user sees only the rows
the filter admits. Column masks hide sensitive values such as salaries.

## Data sources

Acme connects to PostgreSQL, MySQL, DuckDB and SQLite databases as governed data sources.

## Support

Customer support is available by email around the clock.
"""

NIGHTJAR = """# Project Nightjar

## Launch plan

The Nightjar ledger launches in March 2027 with federated settlement across fourteen partner banks.
Nightjar settlement runs on a private consortium network operated by Acme.
"""

PAST = "Question,Answer\nDo you offer single sign-on with SAML?,Yes: Acme supports SAML 2.0 single sign-on.\n"


def write_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "guide.md").write_text(GUIDE)
    (root / "nightjar.md").write_text(NIGHTJAR)
    (root / "past.csv").write_text(PAST)
    return root


def open_charter(home: Path) -> Charter:
    home.mkdir(parents=True, exist_ok=True)
    (home / "charter.toml").write_text('[embeddings]\nprovider = "hashing"\n')
    return Charter.open(home)


def ingest_test_corpus(charter: Charter, root: Path) -> None:
    from questionnaire.ingest import ingest
    from questionnaire.store import add_demo_principals, ensure_setup

    ensure_setup(charter)
    add_demo_principals(charter)
    ingest(charter, [root / "guide.md"], classification="public", root=root)
    ingest(charter, [root / "nightjar.md"], classification="confidential", root=root)
    ingest(charter, [root / "past.csv"], classification="internal", root=root)

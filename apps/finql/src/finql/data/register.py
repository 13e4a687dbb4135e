"""Register the built FinQL data in Charter: source `finql`, principals and SPEC section 6 grants."""

from __future__ import annotations

from typing import Any

from finql.language.registry import companies

SOURCE = "finql"
GUESTS = "finql-guests"  # members see only NX100 companies (a row filter)
PRINCIPALS = ("analyst", "analyst-basic", "guest")
ENTITLEMENTS: dict[str, tuple[str, ...]] = {
    "analyst": ("reference", "fundamentals", "prices", "estimates", "fx"),
    "analyst-basic": ("reference", "fundamentals", "prices", "fx"),
    "guest": ("reference", "prices"),
}
FILTERED_TABLES = ("reference.companies", "prices.daily")


def guest_filter() -> str:
    """The row filter: a member of finql-guests sees only companies in INDEX(NX100)."""
    nx100 = ", ".join(f"'{c.ticker}'" for c in companies() if "NX100" in c.indexes)
    return f"NOT is_member('{GUESTS}') OR ticker IN ({nx100})"


def register(data: Any, catalog: Any, url: str, actor: str = "admin") -> None:
    """Add (or re-point) the source, sync it, and apply principals, grants and row filters."""
    known = {name: u for name, _scheme, u in data.sources()}
    if SOURCE in known:
        data.remove_source(SOURCE, actor=actor)
    data.add_source(SOURCE, url, actor=actor)
    data.sync(SOURCE, actor=actor)
    existing = {p.name for p in catalog.principals()}
    for name in PRINCIPALS:
        if name not in existing:
            catalog.create_principal(name, "user", actor=actor)
    if GUESTS not in existing:
        catalog.create_principal(GUESTS, "group", actor=actor)
    if not catalog.is_member("guest", GUESTS):
        catalog.add_member(GUESTS, "guest", actor=actor)
    for principal, datasets in ENTITLEMENTS.items():
        catalog.grant(["USE_CATALOG"], f"catalog:{SOURCE}", principal, actor=actor)
        for ds in datasets:
            catalog.grant(["USE_SCHEMA", "SELECT"], f"schema:{SOURCE}.{ds}", principal, actor=actor)
    for table in FILTERED_TABLES:
        catalog.set_row_filter(f"{SOURCE}.{table}", guest_filter(), actor=actor)


AGENTS = ("finql-baseline", "finql-decomposed")


def grant_models(catalog: Any, models: list[str], actor: str = "admin") -> None:
    """Register the translation agents as agent principals; the FinQL principals may run them, and
    both the askers and the agents (which act on their behalf) may QUERY the declared models."""
    existing = {p.name for p in catalog.principals()}
    for agent in AGENTS:
        if agent not in existing:
            catalog.create_principal(agent, "agent", actor=actor)
        for principal in PRINCIPALS:
            catalog.grant(["EXECUTE"], f"agent:{agent}", principal, actor=actor)
        # An agent reads FinQL data only on an asker's behalf: the catalog gives it the intersection of
        # its rights and the asker's, so it holds every data set and the asker's grants decide.
        catalog.grant(["USE_CATALOG"], f"catalog:{SOURCE}", agent, actor=actor)
        for ds in ENTITLEMENTS["analyst"]:
            catalog.grant(["USE_SCHEMA", "SELECT"], f"schema:{SOURCE}.{ds}", agent, actor=actor)
    for model in models:
        for who in (*PRINCIPALS, *AGENTS):
            catalog.grant(["QUERY"], f"model:{model}", who, actor=actor)

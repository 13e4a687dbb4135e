"""A small agent for the OTLP tests: a governance check, then one governed SQL query (sql span)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from charter.agents import Agent, RunContext, Step
from charter.tracing import span


class Region(BaseModel):
    region: str


class Total(BaseModel):
    total: float


class AskShopDouble(Step):
    """Checks a (pretend) policy in a governance span, then sums one region's orders through charter.data."""

    kind = "tool"

    def __init__(self) -> None:
        super().__init__("ask_shop", Region, Total)

    def run(self, inputs: BaseModel, ctx: RunContext) -> BaseModel:
        with span("policy:regions", kind="governance", inputs={"region": inputs.region}) as s:
            s.set_outputs({"allowed": True})
        res = ctx.need("data", self.name).query(
            f"SELECT SUM(amount) FROM shop.main.orders WHERE region = '{inputs.region}'",
            principal=ctx.principal, agent=ctx.agent)
        return Total(total=float(res.rows[0][0]))


def shop_agent() -> Agent:
    return Agent("shop", AskShopDouble(), principal="admin")


def build_shop(charter: Any, folder: Path) -> None:
    """A SQLite source `shop` with one orders table, registered and synced; the `shop` agent's securable."""
    path = folder / "shop.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, region TEXT, amount REAL)")
    con.executemany("INSERT INTO orders VALUES (?, ?, ?)", [(1, "EU", 10.0), (2, "US", 20.0), (3, "EU", 30.0)])
    con.commit()
    con.close()
    charter.data.add_source("shop", f"sqlite:///{path}")
    charter.data.sync("shop")
    charter.catalog.create_securable("agent", "shop")

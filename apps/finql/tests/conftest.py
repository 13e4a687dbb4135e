"""One built, registered FinQL environment per test session, and independent reference values.

`Ref` recomputes figures straight from the generated rows with plain Python (quarter sums, as-of
lookups, FX), written separately from the SQL compiler so the two can disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from charter.runtime import Charter
from charter.settings import load_settings
from charter.store import upgrade
from finql.data.generator import COLUMNS, FF_COLUMNS, Tables, generate
from finql.language.registry import by_ticker
from finql.runtime import FinQLEnv, build_and_register, open_env


class Ref:
    """Reference figures computed from the generated rows."""

    def __init__(self, tables: Tables) -> None:
        qcols = COLUMNS["fundamentals.quarterly"]
        self.quarters: dict[str, list[dict]] = defaultdict(list)
        for row in tables.rows["fundamentals.quarterly"]:
            self.quarters[row[0]].append(dict(zip(qcols, row, strict=True)))
        self.close = {(r[0], r[1]): r[2] for r in tables.rows["prices.daily"]}
        self.price_days = {r[1] for r in tables.rows["prices.daily"]}
        self.fx = {r[0]: {"USD": 1.0, "EUR": r[1], "GBP": r[2], "JPY": r[3], "CAD": r[4], "CHF": r[5]}
                   for r in tables.rows["fx.daily"]}
        self.est = {(r[0], r[1]): r for r in tables.rows["estimates.consensus"]}

    def annual(self, ticker: str, year: int, col: str) -> float | None:
        qs = [q for q in self.quarters[ticker] if q["fiscal_year"] == year]
        if len(qs) != 4:
            return None
        flow = col in ("sales", "gross_inc", "oper_inc", "net_inc", "eps", "dps", "capex", "fcf")
        return sum(q[col] for q in qs) if flow else max(qs, key=lambda q: q["fiscal_quarter"])[col]

    def period_end(self, ticker: str, year: int) -> dt.date:
        return next(q["period_end"] for q in self.quarters[ticker] if q["fiscal_year"] == year and q["fiscal_quarter"] == 4)

    def rate(self, currency: str, target: str, day: dt.date) -> float:
        while day not in self.fx:  # the last fx day on or before
            day -= dt.timedelta(days=1)
        return self.fx[day][currency] / self.fx[day][target]

    def last_quarters(self, ticker: str, day: dt.date, n: int) -> list[dict]:
        done = sorted((q for q in self.quarters[ticker] if q["period_end"] <= day), key=lambda q: q["period_end"])
        return done[-n:] if len(done) >= n else []

    def mkt_cap(self, ticker: str, day: dt.date) -> float | None:
        c, last = self.close.get((ticker, day)), self.last_quarters(ticker, day, 1)
        return None if c is None or not last else c * last[0]["shares"]

    def pe(self, ticker: str, price_day: dt.date, asof: dt.date) -> float | None:
        c, last4 = self.close.get((ticker, price_day)), self.last_quarters(ticker, asof, 4)
        if c is None or not last4:
            return None
        eps = sum(q["eps"] for q in last4)
        return c / eps if eps > 0 else None

    def currency(self, ticker: str) -> str:
        return by_ticker()[ticker].currency


@pytest.fixture(scope="session")
def tables() -> Tables:
    return generate()


@pytest.fixture(scope="session")
def ref(tables: Tables) -> Ref:
    return Ref(tables)


@pytest.fixture(scope="session")
def finql_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("finql_home")


@pytest.fixture(scope="session")
def env(finql_home: Path, tables: Tables) -> Iterator[FinQLEnv]:
    """Charter in a temporary home with the FinQL data built into DuckDB and registered."""
    settings = load_settings(finql_home, environ={})
    charter = Charter(settings)
    upgrade(charter.store)
    build_and_register(charter, None, tables)
    yield open_env(charter=charter, build_if_missing=False)
    charter.data.close()
    charter.store.dispose()


@pytest.fixture(scope="session")
def ff_columns() -> tuple[str, ...]:
    return FF_COLUMNS

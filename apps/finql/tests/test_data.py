"""The generated data: deterministic, within SPEC section 1's coverage, plausible."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from finql.data.build import build, database_hash, duckdb_url
from finql.data.generator import COLUMNS, FF_COLUMNS, generate
from finql.language.calendar import trading_days
from finql.language.registry import companies


@pytest.mark.slow
def test_building_twice_gives_identical_data(tables, tmp_path):
    again = generate()
    assert again.content_hash() == tables.content_hash()
    a, b = duckdb_url(tmp_path / "a" / "finql.duckdb"), duckdb_url(tmp_path / "b" / "finql.duckdb")
    assert build(a, tables) == build(b, again)
    assert database_hash(a) == database_hash(b)


def test_fundamentals_start_at_the_first_full_fiscal_year(tables):
    first = defaultdict(lambda: 9999)
    for row in tables.rows["fundamentals.quarterly"]:
        first[row[0]] = min(first[row[0]], row[1])
    for c in companies():
        assert first[c.ticker] == (2015 if c.ipo_year < 2015 else c.ipo_year + 1), c.ticker


def test_annual_flows_are_sums_and_stocks_are_q4(tables):
    cols = COLUMNS["fundamentals.quarterly"]
    q = defaultdict(list)
    for row in tables.rows["fundamentals.quarterly"]:
        q[(row[0], row[1])].append(dict(zip(cols, row, strict=True)))
    acols = COLUMNS["fundamentals.annual"]
    for row in tables.rows["fundamentals.annual"]:
        a = dict(zip(acols, row, strict=True))
        quarters = sorted(q[(a["ticker"], a["fiscal_year"])], key=lambda x: x["fiscal_quarter"])
        assert len(quarters) == 4
        assert a["sales"] == pytest.approx(sum(x["sales"] for x in quarters), rel=1e-9)
        assert a["eps"] == pytest.approx(sum(x["eps"] for x in quarters), rel=1e-6, abs=1e-4)
        assert a["cash"] == quarters[-1]["cash"]


def test_prices_are_weekdays_from_the_ipo_year(tables):
    days = set(trading_days())
    assert all(d.weekday() < 5 for d in days) and min(days) == dt.date(2015, 1, 2)
    first = {}
    for t, d, c, _v in tables.rows["prices.daily"]:
        assert d in days and c > 0
        first[t] = min(first.get(t, d), d)
    for c in companies():
        assert first[c.ticker].year == max(2015, c.ipo_year)


def test_estimates_and_fx_coverage(tables):
    assert {(t, y) for t, y, *_ in tables.rows["estimates.consensus"]} == {
        (c.ticker, y) for c in companies() for y in (2025, 2026)}
    assert [r[0] for r in tables.rows["fx.daily"]] == list(trading_days())
    last = tables.rows["fx.daily"][-1]
    assert 0.8 < last[1] < 1.6 and 0.003 < last[3] < 0.015  # EUR and JPY stay plausible


def test_figures_are_plausible(tables):
    idx = {c: i for i, c in enumerate(COLUMNS["fundamentals.annual"])}
    latest = [r for r in tables.rows["fundamentals.annual"] if r[1] == 2024]
    margins = [r[idx["net_inc"]] / r[idx["sales"]] for r in latest]
    assert sum(m < 0 for m in margins) >= 1  # some (young) companies lose money
    assert 0.03 < sorted(margins)[len(margins) // 2] < 0.3
    assert all(r[idx["employees"]] > 0 and r[idx["shares"]] > 0 for r in latest)
    assert set(FF_COLUMNS) <= set(idx)


@pytest.mark.slow
def test_processes_opening_a_new_home_at_once_build_the_data_once(home, charter_cli):
    """A pool's workers each open the FinQL environment of a home that has no data yet: they take turns at
    the build (one builds and registers, the others find the source), and no build unlinks another's file
    (round 37: two readall workers crashed on one shared `finql.duckdb.building`)."""
    import os
    import subprocess
    import sys

    assert charter_cli("init").returncode == 0
    code = ("from finql.runtime import open_env; "
            "e = open_env(); print(e.charter.data.sources()[0][0])")
    procs = [subprocess.Popen([sys.executable, "-c", code], env=dict(os.environ), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err[-500:] for _out, err in outs]
    assert {out.strip() for out, _err in outs} == {"finql"}
    assert (home / "finql.duckdb").is_file()
    assert not [p.name for p in home.iterdir() if ".building" in p.name]

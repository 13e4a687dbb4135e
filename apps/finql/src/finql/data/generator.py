"""The deterministic synthetic data behind FinQL (SPEC section 1).

Every number comes from numpy's PCG64 seeded with (SEED, company number), so the same seed
gives the same figures on every machine and adding a company never shifts another's series.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass, field

import numpy as np

from finql.language.calendar import quarter_end, trading_day_on_or_before, trading_days
from finql.language.registry import (
    ESTIMATE_YEARS,
    FIRST_FY,
    FX_CURRENCIES,
    LATEST_FY,
    Company,
    companies,
)

SEED = 20240101
FF_COLUMNS = ("sales", "gross_inc", "oper_inc", "net_inc", "eps", "dps", "assets", "liabs", "equity",
              "debt", "cash", "capex", "fcf", "shares", "employees")
FLOW = ("sales", "gross_inc", "oper_inc", "net_inc", "eps", "dps", "capex", "fcf")
_FX_START = {"EUR": 1.21, "GBP": 1.56, "JPY": 0.0083, "CAD": 0.86, "CHF": 1.01}
_FX_DRIFT = {"EUR": -0.012, "GBP": -0.02, "JPY": -0.03, "CAD": -0.01, "CHF": 0.005}  # per year, log

# Sector: (median annual sales in USD millions, gross margin, operating margin, P/E, capex/sales)
_SECTOR = {
    "Information Technology": (9000, 0.58, 0.22, 26, 0.05),
    "Health Care": (12000, 0.62, 0.18, 22, 0.05),
    "Financials": (14000, 0.90, 0.30, 11, 0.02),
    "Consumer Discretionary": (15000, 0.38, 0.09, 20, 0.05),
    "Consumer Staples": (18000, 0.36, 0.12, 21, 0.04),
    "Industrials": (11000, 0.30, 0.11, 19, 0.05),
    "Energy": (30000, 0.30, 0.12, 10, 0.12),
    "Materials": (10000, 0.28, 0.12, 14, 0.08),
    "Utilities": (9000, 0.45, 0.18, 16, 0.20),
    "Real Estate": (2500, 0.65, 0.35, 18, 0.10),
    "Communication Services": (16000, 0.55, 0.19, 17, 0.08),
}
_LOCAL_PER_USD = {"USD": 1.0, "EUR": 0.85, "GBP": 0.72, "JPY": 120.0, "CAD": 1.3, "CHF": 0.95}


@dataclass
class Tables:
    """The generated rows, one list of tuples per table (column names alongside)."""

    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rows: dict[str, list[tuple]] = field(default_factory=dict)

    def content_hash(self) -> str:
        """SHA-256 over every table's columns and rows, in order."""
        h = hashlib.sha256()
        for name in sorted(self.rows):
            h.update(name.encode())
            h.update(repr(self.columns[name]).encode())
            for row in self.rows[name]:
                h.update(repr(row).encode())
        return h.hexdigest()


def _fiscal_quarters(c: Company) -> list[tuple[int, int, dt.date]]:
    return [(y, q, quarter_end(y, q, c.fiscal_year_end_month))
            for y in range(c.first_fiscal_year, LATEST_FY + 1) for q in range(1, 5)]


def _r(x: float, nd: int) -> float | None:
    return None if x is None or not math.isfinite(x) else round(float(x), nd)


def _company(c: Company, number: int, days: tuple[dt.date, ...]) -> dict[str, list[tuple]]:
    rng = np.random.default_rng([SEED, number])
    base_sales, gm, om, pe, capex_ratio = _SECTOR.get(c.sector, (10000, 0.4, 0.12, 18, 0.06))
    size = math.exp(rng.normal(0.0, 0.8))
    fx = _LOCAL_PER_USD[c.currency]
    young = c.ipo_year >= FIRST_FY - 2
    growth = rng.normal(0.05, 0.03) + (0.18 if young else 0.0)  # annual
    gm_c = float(np.clip(gm + rng.normal(0, 0.05), 0.08, 0.95))
    om_c = float(np.clip(om + rng.normal(0, 0.03), 0.02, gm_c - 0.02))
    quarters = _fiscal_quarters(c)
    n = len(quarters)
    # Start small enough that young firms reach a sector-typical size by the end.
    start_sales = base_sales * size * fx / 4 * (1 + growth) ** (-(n / 4)) * (3.0 if not young else 1.5)
    t = np.arange(n)
    season = 1 + 0.04 * np.sin(2 * np.pi * (t % 4) / 4 + rng.uniform(0, 2 * np.pi))
    sales = start_sales * (1 + growth) ** (t / 4) * season * np.exp(rng.normal(0, 0.03, n))
    if c.sector == "Energy":  # commodity cycle: 2015-16 and 2020 troughs
        years = np.array([y for y, _, _ in quarters])
        sales = sales * np.where(np.isin(years, [2016, 2020]), 0.75, 1.0)
    gross = sales * np.clip(gm_c + rng.normal(0, 0.01, n), 0.05, 0.97)
    om_path = np.full(n, om_c) + rng.normal(0, 0.012, n)
    if young and rng.uniform() < 0.7:  # losses early on, turning to profit over ~3 years
        ramp = np.clip(t / 12.0, 0, 1)
        om_path = -0.25 + (om_c + 0.25) * ramp + rng.normal(0, 0.015, n)
    oper = sales * om_path
    net = np.where(oper > 0, oper * 0.76, oper * 1.05) - sales * 0.01
    shares0 = base_sales * size * fx * 0.04 * rng.uniform(0.5, 2.0) / (4 if c.currency == "JPY" else 1)
    shares = shares0 * np.exp(np.cumsum(rng.normal(-0.002 if not young else 0.006, 0.004, n)))
    eps = net / shares
    payout = 0.0 if young else float(rng.uniform(0.2, 0.6))
    dps = np.where(eps > 0, eps * payout, 0.0)
    annual_sales = sales * 4
    assets = annual_sales * rng.uniform(0.8, 2.5) * (4.0 if c.sector in ("Financials", "Real Estate") else 1.0)
    assets = assets * np.exp(rng.normal(0, 0.02, n))
    eq_ratio = rng.uniform(0.12, 0.2) if c.sector == "Financials" else rng.uniform(0.3, 0.6)
    equity = assets * eq_ratio + np.cumsum(net - dps * shares) * 0.3
    liabs = assets - equity
    debt = liabs * rng.uniform(0.3, 0.7)
    cash = assets * rng.uniform(0.04, 0.15) * np.exp(rng.normal(0, 0.05, n))
    capex = sales * capex_ratio * np.exp(rng.normal(0, 0.1, n))
    fcf = oper * 0.85 + sales * 0.03 - capex
    per_employee = {"Financials": 0.45, "Energy": 1.2, "Information Technology": 0.35}.get(c.sector, 0.3)
    employees = np.round(annual_sales / fx / per_employee * np.exp(rng.normal(0, 0.02, n)))

    q_rows: list[tuple] = []
    eps_hist: list[float] = []
    dps_hist: list[float] = []
    period_ends = [e for _, _, e in quarters]
    for i, (y, q, end) in enumerate(quarters):
        vals = [_r(sales[i], 3), _r(gross[i], 3), _r(oper[i], 3), _r(net[i], 3), _r(eps[i], 4),
                _r(dps[i], 4), _r(assets[i], 3), _r(liabs[i], 3), _r(equity[i], 3), _r(debt[i], 3),
                _r(cash[i], 3), _r(capex[i], 3), _r(fcf[i], 3), _r(shares[i], 3), float(employees[i])]
        eps_hist.append(vals[4])
        dps_hist.append(vals[5])
        eps_ltm = _r(sum(eps_hist[-4:]), 4) if len(eps_hist) >= 4 else None
        dps_ltm = _r(sum(dps_hist[-4:]), 4) if len(dps_hist) >= 4 else None
        valid_to = period_ends[i + 1] if i + 1 < n else dt.date(9999, 12, 31)
        q_rows.append((c.ticker, y, q, end, trading_day_on_or_before(end), c.currency, *vals,
                       eps_ltm, dps_ltm, valid_to))
    a_rows: list[tuple] = []
    for k in range(0, n, 4):
        block = q_rows[k:k + 4]
        y, end = block[-1][1], block[-1][3]
        vals = []
        for j, col in enumerate(FF_COLUMNS):
            series = [r[6 + j] for r in block]
            vals.append(_r(sum(series), 4) if col in FLOW else series[-1])
        a_rows.append((c.ticker, y, end, trading_day_on_or_before(end), c.currency, *vals))

    # Prices: a mean-reverting random walk around value = multiple x trailing earnings per share.
    first_day = max(dt.date(c.ipo_year, 1, 1), days[0])
    p_days = [d for d in days if d >= first_day]
    m = len(p_days)
    qi, value = 0, []
    for d in p_days:
        while qi + 1 < n and period_ends[qi + 1] <= d:
            qi += 1
        lo = max(0, qi - 3)
        ltm_net = float(np.sum(net[lo:qi + 1])) * 4 / (qi + 1 - lo)
        ltm_sales = float(np.sum(sales[lo:qi + 1])) * 4 / (qi + 1 - lo)
        earn = max(ltm_net, 0.06 * ltm_sales)  # loss makers trade on sales
        value.append(pe * earn / shares[qi])
    value_a = np.array(value)
    noise = np.zeros(m)
    shocks = rng.normal(0, 0.016, m)
    for i in range(1, m):
        noise[i] = noise[i - 1] * 0.996 + shocks[i]
    close = value_a * np.exp(noise + rng.normal(0, 0.15))
    volume = np.round(shares0 * 1e6 * 0.004 * np.exp(rng.normal(0, 0.35, m)))
    p_rows = [(c.ticker, d, _r(close[i], 2), float(volume[i])) for i, d in enumerate(p_days)]

    e_rows = []
    last_eps, last_sales = a_rows[-1][5 + FF_COLUMNS.index("eps")], a_rows[-1][5]
    n_an = int(3 + rng.poisson(4 + 8 * min(size, 3)))
    for k, year in enumerate(ESTIMATE_YEARS, start=1):
        g = (1 + growth + rng.normal(0, 0.02)) ** k
        e_eps = abs(last_eps) * 0.3 * k if last_eps <= 0 else last_eps * g
        e_rows.append((c.ticker, year, _r(e_eps, 4), _r(last_sales * g, 3), float(max(1, n_an - 2 * (k - 1)))))
    return {"quarterly": q_rows, "annual": a_rows, "prices": p_rows, "estimates": e_rows}


def _fx(days: tuple[dt.date, ...]) -> list[tuple]:
    rng = np.random.default_rng([SEED, 999_999])
    cols = []
    for cur in FX_CURRENCIES:
        shocks = rng.normal(0, 0.005, len(days))
        z = np.zeros(len(days))
        for i in range(1, len(days)):  # mean-reverting around a drifting level
            z[i] = z[i - 1] * 0.998 + shocks[i]
        trend = _FX_DRIFT[cur] * np.arange(len(days)) / 260
        cols.append(_FX_START[cur] * np.exp(trend + z))
    return [(d, *(_r(col[i], 6) for col in cols)) for i, d in enumerate(days)]


COLUMNS: dict[str, tuple[str, ...]] = {
    "reference.companies": ("ticker", "name", "sector", "industry", "country", "currency",
                            "fiscal_year_end_month", "ipo_year", "indexes"),
    "fundamentals.quarterly": ("ticker", "fiscal_year", "fiscal_quarter", "period_end", "fx_date", "currency",
                               *FF_COLUMNS, "eps_ltm", "dps_ltm", "valid_to"),
    "fundamentals.annual": ("ticker", "fiscal_year", "period_end", "fx_date", "currency", *FF_COLUMNS),
    "prices.daily": ("ticker", "date", "close", "volume"),
    "estimates.consensus": ("ticker", "fiscal_year", "eps_mean", "sales_mean", "num_analysts"),
    "fx.daily": ("date", "eur", "gbp", "jpy", "cad", "chf"),
}


def generate() -> Tables:
    """Generate every table (deterministic)."""
    days = trading_days()
    t = Tables(columns=dict(COLUMNS), rows={k: [] for k in COLUMNS})
    for number, c in enumerate(companies()):
        t.rows["reference.companies"].append((c.ticker, c.name, c.sector, c.industry, c.country, c.currency,
                                              c.fiscal_year_end_month, c.ipo_year, ";".join(c.indexes)))
        part = _company(c, number, days)
        t.rows["fundamentals.quarterly"] += part["quarterly"]
        t.rows["fundamentals.annual"] += part["annual"]
        t.rows["prices.daily"] += part["prices"]
        t.rows["estimates.consensus"] += part["estimates"]
    t.rows["fx.daily"] = _fx(days)
    return t

"""The one registry of FinQL's vocabulary: metrics, functions, periods, fields, sets and the
company master. The parser checks against it and `finql docs` prints it, so they cannot drift."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

ArgKind = Literal["fiscal", "estimate", "date"]
Unit = Literal["money", "per_share", "count", "shares", "percent", "ratio"]

LATEST_FY = 2024
FIRST_FY = 2015
ESTIMATE_YEARS = (2025, 2026)
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CAD", "CHF")  # the one list: IN, the fx table, the translator
FX_CURRENCIES = tuple(c for c in CURRENCIES if c != "USD")  # columns of fx.daily: 1 unit in USD
AS_OF = dt.date(2025, 1, 15)  # SPEC section 5: every golden question is asked on this day
FIELDS = {"NAME": "name", "SECTOR": "sector", "INDUSTRY": "industry", "COUNTRY": "country",
          "CURRENCY": "currency"}


@dataclass(frozen=True)
class Metric:
    name: str
    dataset: str          # fundamentals, prices, estimates (FG_ metrics read prices and fundamentals)
    args: tuple[ArgKind, ...]
    unit: Unit
    description: str
    column: str = ""      # the stored column it reads
    flow: bool = False    # fundamentals: annual value is the sum of quarters (else the Q4 value)

    @property
    def converts(self) -> bool:
        """Whether `IN CUR` converts it (money and per-share amounts)."""
        return self.unit in ("money", "per_share")


def _ff(name: str, column: str, unit: Unit, flow: bool, what: str) -> Metric:
    return Metric(name, "fundamentals", ("fiscal",), unit, what, column, flow)


METRICS: dict[str, Metric] = {m.name: m for m in [
    _ff("FF_SALES", "sales", "money", True, "Sales (revenue)"),
    _ff("FF_GROSS_INC", "gross_inc", "money", True, "Gross income"),
    _ff("FF_OPER_INC", "oper_inc", "money", True, "Operating income"),
    _ff("FF_NET_INC", "net_inc", "money", True, "Net income"),
    _ff("FF_EPS", "eps", "per_share", True, "Earnings per share, diluted"),
    _ff("FF_DPS", "dps", "per_share", True, "Dividend per share"),
    _ff("FF_ASSETS", "assets", "money", False, "Total assets"),
    _ff("FF_LIABS", "liabs", "money", False, "Total liabilities"),
    _ff("FF_EQUITY", "equity", "money", False, "Shareholders' equity"),
    _ff("FF_DEBT", "debt", "money", False, "Total debt"),
    _ff("FF_CASH", "cash", "money", False, "Cash and equivalents"),
    _ff("FF_CAPEX", "capex", "money", True, "Capital expenditure"),
    _ff("FF_FCF", "fcf", "money", True, "Free cash flow"),
    _ff("FF_SHARES", "shares", "shares", False, "Diluted shares (millions)"),
    _ff("FF_EMPLOYEES", "employees", "count", False, "Employees (count)"),
    Metric("P_PRICE", "prices", ("date",), "per_share", "Closing price", "close"),
    Metric("P_VOLUME", "prices", ("date",), "count", "Traded volume (shares)", "volume"),
    Metric("P_HIGH", "prices", ("date", "date"), "per_share", "Highest close in the range, both ends included", "close"),
    Metric("P_LOW", "prices", ("date", "date"), "per_share", "Lowest close in the range, both ends included", "close"),
    Metric("P_RETURN", "prices", ("date", "date"), "percent", "(close(d2) / close(d1) - 1) * 100", "close"),
    Metric("FG_MKT_CAP", "prices", ("date",), "money", "close(d) x diluted shares of the latest quarter ended on or before d"),
    Metric("FG_PE", "prices", ("date",), "ratio", "close(d) / EPS of the four latest quarters ended on or before d; null if that EPS <= 0"),
    Metric("FG_DIV_YIELD", "prices", ("date",), "percent", "DPS of the four latest quarters ended on or before d / close(d) x 100"),
    Metric("FG_PB", "prices", ("date",), "ratio", "FG_MKT_CAP(d) / equity of the latest quarter ended on or before d"),
    Metric("FE_EPS", "estimates", ("estimate",), "per_share", "Consensus mean EPS", "eps_mean"),
    Metric("FE_SALES", "estimates", ("estimate",), "money", "Consensus mean sales", "sales_mean"),
    Metric("FE_NUM", "estimates", ("estimate",), "count", "Number of analysts in the consensus", "num_analysts"),
]}


@dataclass(frozen=True)
class Function:
    name: str
    signature: str
    description: str


FUNCTIONS: dict[str, Function] = {f.name: f for f in [
    Function("GROWTH", "GROWTH(metric, p1, p2)", "(m(p2) / m(p1) - 1) * 100; null if m(p1) <= 0. "
             "A fundamentals or estimates metric; not converted by IN."),
    Function("CAGR", "CAGR(metric, p1, p2)", "((m(p2) / m(p1)) ^ (1 / years) - 1) * 100, years = difference "
             "of the fiscal year labels; annual periods only; null if either value <= 0."),
    Function("AVG", "AVG(metric, p1, p2)", "Mean over the consecutive periods p1..p2 (both annual or both "
             "quarterly); null unless every period has a value."),
    Function("SUM", "SUM(metric, p1, p2)", "Sum over the consecutive periods p1..p2 (both annual or both "
             "quarterly); null unless every period has a value."),
]}

PERIODS: list[tuple[str, str]] = [
    ("FY2023", "the company's fiscal year 2023 (FY2015..FY2024)"),
    ("FY0, FY-1, FY-n", "latest fiscal year in the data (FY2024), the one before, n before"),
    ("FQ2023Q3", "third quarter of fiscal 2023"),
    ("FQ0, FQ-n", "latest fiscal quarter (FQ2024Q4), n quarters before"),
    ("LTM", "last twelve months: the four latest quarters (FQ2024Q1..FQ2024Q4)"),
    ("FY1, FY2", "estimates only: FY2025, FY2026 (FY2025 and FY2026 are accepted too)"),
    ("2024-03-15", "a calendar date; a price on a date is the close of the last trading day on or before it"),
    ("D0, D-n", "latest trading day (2024-12-31), n trading days before it"),
]

EXAMPLES: list[tuple[str, str]] = [
    ("FF_SALES(FY2023) FOR NWSY", "Sales of fiscal 2023"),
    ("FF_NET_INC(FY0) / FF_SALES(FY0) * 100 FOR APXM, APXD", "Net margin of the latest fiscal year"),
    ('NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Information Technology")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD',
     "Five largest IT companies by market cap, in USD"),
    ('NAME FOR SCREEN(INDEX(EUROPE) & SECTOR("Financials"), FG_PE(2024-06-30) < 12)',
     "European financials with a P/E below 12 at mid-2024"),
    ('GROWTH(FF_SALES, FY2020, FY2024) FOR SCREEN(INDUSTRY("Banks"))', "Sales growth of banks"),
    ("P_RETURN(2024-01-01, D0) FOR BPE, BPR",
     "Return from the close of 2024-01-01 to D0 (year to date starts a day earlier: P_RETURN(2023-12-31, D0), SPEC 5)"),
]


@dataclass(frozen=True)
class Company:
    ticker: str
    name: str
    sector: str
    industry: str
    country: str
    currency: str
    fiscal_year_end_month: int
    ipo_year: int
    indexes: tuple[str, ...]

    @property
    def first_fiscal_year(self) -> int:
        """First fiscal year with fundamentals: FY2015, or the first one after a later IPO year."""
        return FIRST_FY if self.ipo_year < FIRST_FY else self.ipo_year + 1


COMPANIES_CSV = Path(__file__).resolve().parent.parent / "data" / "companies.csv"


@lru_cache(maxsize=1)
def companies() -> tuple[Company, ...]:
    """The company master, in ticker order."""
    with COMPANIES_CSV.open(newline="", encoding="utf-8") as fh:
        rows = [Company(r["ticker"].strip(), r["name"].strip(), r["sector"].strip(), r["industry"].strip(),
                        r["country"].strip(), r["currency"].strip(), int(r["fiscal_year_end_month"]),
                        int(r["ipo_year"]), tuple(x.strip() for x in (r["indexes"] or "").split(";") if x.strip()))
                for r in csv.DictReader(fh)]
    return tuple(sorted(rows, key=lambda c: c.ticker))


@lru_cache(maxsize=1)
def by_ticker() -> dict[str, Company]:
    return {c.ticker: c for c in companies()}


@lru_cache(maxsize=1)
def set_values() -> dict[str, tuple[str, ...]]:
    """Known values of each set kind (SECTOR, INDUSTRY, COUNTRY, INDEX)."""
    cs = companies()
    return {
        "SECTOR": tuple(sorted({c.sector for c in cs})),
        "INDUSTRY": tuple(sorted({c.industry for c in cs})),
        "COUNTRY": tuple(sorted({c.country for c in cs})),
        "INDEX": tuple(sorted({i for c in cs for i in c.indexes})),
    }

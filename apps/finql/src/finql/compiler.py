"""FinQL AST -> one SQL statement (portable between DuckDB and PostgreSQL).

Every value a query needs is one LEFT JOIN onto the company reference table, keyed by what it
fetches (a fiscal period, a price date, an as-of quarter, a range aggregate, an FX day), so a
query of any width is still a single statement. Semantics follow SPEC sections 2-3:
division by zero and arithmetic with null give null, a comparison with null is false,
SORT puts nulls last, `IN CUR` converts money at the dates the SPEC names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from finql.language import ast
from finql.language.calendar import LAST_DAY
from finql.language.registry import FIELDS, FX_CURRENCIES, LATEST_FY, METRICS

DATASET_TABLES = {
    "reference": ("reference.companies",),
    "fundamentals": ("fundamentals.annual", "fundamentals.quarterly"),
    "prices": ("prices.daily",),
    "estimates": ("estimates.consensus",),
    "fx": ("fx.daily",),
}
_CMP = {"=": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _date(d: dt.date) -> str:
    return f"DATE '{d.isoformat()}'"


def _num(v: float) -> str:
    return f"CAST({float(v)!r} AS DOUBLE PRECISION)"


@dataclass
class Compiled:
    """The SQL of a query, its result column names and the data sets it reads."""

    sql: str
    columns: list[str]
    datasets: list[str]
    tickers: tuple[str, ...] = ()


@dataclass
class _Ctx:
    catalog: str | None
    currency: str | None
    joins: dict[tuple, tuple[str, str]] = field(default_factory=dict)  # key -> (alias, sql)
    datasets: set[str] = field(default_factory=lambda: {"reference"})

    def table(self, name: str) -> str:
        return f"{self.catalog}.{name}" if self.catalog else name

    def join(self, key: tuple, make) -> str:  # type: ignore[no-untyped-def]
        if key not in self.joins:
            alias = f"j{len(self.joins) + 1}"
            self.joins[key] = (alias, make(alias))
        return self.joins[key][0]

    # ------------------------------------------------------------ fetches
    def fiscal_row(self, p: ast.FiscalPeriod | ast.LTM) -> str:
        self.datasets.add("fundamentals")
        if isinstance(p, ast.LTM) or p.kind == "FY":
            # LTM: the four latest quarters of the data are FQ2024Q1..Q4 for every company, whose
            # flow sums and Q4 stock values are exactly the FY2024 row.
            year = LATEST_FY if isinstance(p, ast.LTM) else p.year
            return self.join(("fa", year), lambda a: (
                f"LEFT JOIN {self.table('fundamentals.annual')} {a} ON {a}.ticker = c.ticker "
                f"AND {a}.fiscal_year = {year}"))
        return self.join(("fq", p.year, p.quarter), lambda a: (
            f"LEFT JOIN {self.table('fundamentals.quarterly')} {a} ON {a}.ticker = c.ticker "
            f"AND {a}.fiscal_year = {p.year} AND {a}.fiscal_quarter = {p.quarter}"))

    def price_row(self, d: dt.date) -> str:
        self.datasets.add("prices")
        return self.join(("px", d), lambda a: (
            f"LEFT JOIN {self.table('prices.daily')} {a} ON {a}.ticker = c.ticker AND {a}.date = {_date(d)}"))

    def asof_quarter(self, d: dt.date) -> str:
        self.datasets.add("fundamentals")
        return self.join(("asof", d), lambda a: (
            f"LEFT JOIN {self.table('fundamentals.quarterly')} {a} ON {a}.ticker = c.ticker "
            f"AND {a}.period_end <= {_date(d)} AND {a}.valid_to > {_date(d)}"))

    def price_range(self, d1: dt.date, d2: dt.date) -> str:
        """Highest and lowest close of the trading days d1 <= day <= d2 (SPEC section 2): the dates as
        written, so a close before d1 never counts; d1 after d2 is an empty range (null)."""
        self.datasets.add("prices")
        return self.join(("range", d1, d2), lambda a: (
            f"LEFT JOIN (SELECT ticker, MAX(close) AS hi, MIN(close) AS lo FROM {self.table('prices.daily')} "
            f"WHERE date >= {_date(d1)} AND date <= {_date(d2)} GROUP BY ticker) {a} "
            f"ON {a}.ticker = c.ticker"))

    def estimate_row(self, year: int) -> str:
        self.datasets.add("estimates")
        return self.join(("est", year), lambda a: (
            f"LEFT JOIN {self.table('estimates.consensus')} {a} ON {a}.ticker = c.ticker "
            f"AND {a}.fiscal_year = {year}"))

    def fx_row(self, on: str) -> str:
        self.datasets.add("fx")
        return self.join(("fx", on), lambda a: f"LEFT JOIN {self.table('fx.daily')} {a} ON {a}.date = {on}")

    def rate(self, fx: str, currency_col: str = "c.currency") -> str:
        """Factor from the company's currency to the requested one, from one fx row."""
        usd = ("CASE " + currency_col + " WHEN 'USD' THEN 1.0 "
               + " ".join(f"WHEN '{c}' THEN {fx}.{c.lower()}" for c in FX_CURRENCIES)
               + " END")
        target = "1.0" if self.currency == "USD" else f"{fx}.{(self.currency or 'usd').lower()}"
        return f"({usd} / {target})"

    def convert(self, value: str, unit_converts: bool, on: str) -> str:
        if not self.currency or not unit_converts:
            return value
        return f"({value} * {self.rate(self.fx_row(on))})"


def compile_query(q: ast.Query, catalog: str | None = "finql") -> Compiled:
    """Compile a checked Query into one SELECT over the `catalog`'s tables."""
    ctx = _Ctx(catalog, q.currency)
    cols = ["ticker"]
    select = ["c.ticker AS ticker"]
    for i, item in enumerate(q.items, start=1):
        sql = f"c.{FIELDS[item.name]}" if isinstance(item, ast.Field) else _expr(item, ctx)
        select.append(f"{sql} AS v{i}")
        cols.append(str(item))
    where: list[str] = []
    order: list[str] = []
    tickers: tuple[str, ...] = ()
    if isinstance(q.target, ast.Tickers):
        tickers = q.target.tickers
        where.append(f"c.ticker IN ({', '.join(_lit(t) for t in tickers)})")
        position = "CASE c.ticker " + " ".join(f"WHEN {_lit(t)} THEN {i}" for i, t in enumerate(tickers)) + " END"
    else:
        where.append(_set(q.target.universe))
        if q.target.condition is not None:
            where.append(_cond(q.target.condition, ctx))
        position = "c.ticker"
    if q.sort is not None:
        order.append(f"{_expr(q.sort.expr, ctx)} {'DESC' if q.sort.descending else 'ASC'} NULLS LAST")
    order.append(position)
    if q.sort is not None and isinstance(q.target, ast.Tickers):
        order.append("c.ticker")
    sql = (f"SELECT {', '.join(select)} FROM {ctx.table('reference.companies')} c "
           + "".join(j + " " for _a, j in ctx.joins.values())
           + f"WHERE {' AND '.join(where)} ORDER BY {', '.join(order)}"
           + (f" LIMIT {q.top}" if q.top is not None else ""))
    order_ds = ["reference", "fundamentals", "prices", "estimates", "fx"]
    return Compiled(sql, cols, [d for d in order_ds if d in ctx.datasets], tickers)


def _set(s: ast.SetExpr) -> str:
    if isinstance(s, ast.AllSet):
        return "TRUE"
    if isinstance(s, ast.SetOp):
        return f"({_set(s.left)} {'AND' if s.op == '&' else 'OR'} {_set(s.right)})"
    if s.kind == "INDEX":
        # POSITION, not LIKE '%...%': a literal % would be read as a placeholder by DB-API drivers
        return f"POSITION({_lit(';' + s.value + ';')} IN ';' || c.indexes || ';') > 0"
    return f"c.{s.kind.lower()} = {_lit(s.value)}"


def _cond(c: ast.Cond, ctx: _Ctx) -> str:
    if isinstance(c, ast.Compare):
        # SPEC: a comparison with a null is false (so NOT of it is true): two-valued logic.
        return f"COALESCE({_expr(c.left, ctx)} {_CMP[c.op]} {_expr(c.right, ctx)}, FALSE)"
    if isinstance(c, ast.Not):
        return f"(NOT {_cond(c.operand, ctx)})"
    return f"({_cond(c.left, ctx)} {c.op} {_cond(c.right, ctx)})"


def _expr(e: ast.Expr, ctx: _Ctx) -> str:
    if isinstance(e, ast.Number):
        return _num(e.value)
    if isinstance(e, ast.Neg):
        return f"(-{_expr(e.operand, ctx)})"
    if isinstance(e, ast.BinOp):
        left, right = _expr(e.left, ctx), _expr(e.right, ctx)
        if e.op == "/":
            return f"({left} / NULLIF({right}, 0))"
        return f"({left} {e.op} {right})"
    if isinstance(e, ast.FuncCall):
        return _func(e, ctx)
    return _call(e, ctx)


def _value(metric: str, arg: ast.Arg, ctx: _Ctx, convert: bool) -> str:
    """The value of a one-period metric (fundamentals or estimates)."""
    m = METRICS[metric]
    if isinstance(arg, ast.EstimatePeriod):
        a = ctx.estimate_row(arg.year)
        return ctx.convert(f"{a}.{m.column}", convert and m.converts, _date(LAST_DAY))
    a = ctx.fiscal_row(arg)  # type: ignore[arg-type]
    return ctx.convert(f"{a}.{m.column}", convert and m.converts, f"{a}.fx_date")


def _call(e: ast.Call, ctx: _Ctx) -> str:
    m = METRICS[e.metric]
    if m.dataset in ("fundamentals", "estimates"):
        return _value(e.metric, e.args[0], ctx, True)
    days = [a.day for a in e.args]  # type: ignore[union-attr]
    if e.metric in ("P_PRICE", "P_VOLUME"):
        p = ctx.price_row(days[0])
        return ctx.convert(f"{p}.{m.column}", m.converts, _date(days[0]))
    if e.metric in ("P_HIGH", "P_LOW"):
        # the range is the dates as written (a Saturday d1 does not reach back to Friday's close)
        d1, d2 = (a.asof or a.day for a in e.args)  # type: ignore[union-attr]
        r = ctx.price_range(d1, d2)
        # a range extreme is converted at the range's last trading day (documented in docs/finql.md)
        return ctx.convert(f"{r}.{'hi' if e.metric == 'P_HIGH' else 'lo'}", True, _date(days[1]))
    if e.metric == "P_RETURN":
        p1, p2 = ctx.price_row(days[0]), ctx.price_row(days[1])
        return f"(({p2}.close / NULLIF({p1}.close, 0) - 1) * 100)"
    # the price is the close of the trading day; the quarters are those ended on or before the date
    # as written (a quarter ending on a Sunday counts for a FG_ metric on that Sunday)
    asof = e.args[0].asof or days[0]  # type: ignore[union-attr]
    p, q = ctx.price_row(days[0]), ctx.asof_quarter(asof)
    if e.metric == "FG_MKT_CAP":
        return ctx.convert(f"({p}.close * {q}.shares)", True, _date(days[0]))
    if e.metric == "FG_PE":
        return f"(CASE WHEN {q}.eps_ltm > 0 THEN {p}.close / {q}.eps_ltm END)"
    if e.metric == "FG_DIV_YIELD":
        return f"({q}.dps_ltm / NULLIF({p}.close, 0) * 100)"
    if e.metric == "FG_PB":
        return f"({p}.close * {q}.shares / NULLIF({q}.equity, 0))"
    raise AssertionError(f"no SQL for metric {e.metric}")  # the registry and this table agree


def _func(e: ast.FuncCall, ctx: _Ctx) -> str:
    if e.func in ("GROWTH", "CAGR"):
        # growth and CAGR are ratios of one company's own figures: never converted
        v1, v2 = _value(e.metric, e.start, ctx, False), _value(e.metric, e.end, ctx, False)
        if e.func == "GROWTH":
            return f"(CASE WHEN {v1} > 0 THEN ({v2} / {v1} - 1) * 100 END)"
        years = e.end.year - e.start.year  # type: ignore[union-attr]
        return (f"(CASE WHEN {v1} > 0 AND {v2} > 0 THEN (POWER({v2} / {v1}, {_num(1 / years)}) - 1) * 100 END)")
    m = METRICS[e.metric]
    p1, p2 = e.start, e.end
    assert isinstance(p1, ast.FiscalPeriod) and isinstance(p2, ast.FiscalPeriod)
    n = p2.index - p1.index + 1
    annual = p1.kind == "FY"
    table = ctx.table("fundamentals.annual" if annual else "fundamentals.quarterly")
    span = "f.fiscal_year" if annual else "(f.fiscal_year * 4 + f.fiscal_quarter - 1)"
    value = f"f.{m.column}"
    fx_join = ""
    if ctx.currency and m.converts:
        ctx.datasets.add("fx")
        fx_join = f" LEFT JOIN {ctx.table('fx.daily')} x ON x.date = f.fx_date"
        value = f"(f.{m.column} * {ctx.rate('x', 'f.currency')})"
    ctx.datasets.add("fundamentals")
    a = ctx.join(("agg", annual, p1.index, p2.index, m.column), lambda a: (
        f"LEFT JOIN (SELECT f.ticker, SUM({value}) AS v, COUNT({value}) AS n FROM {table} f{fx_join} "
        f"WHERE {span} BETWEEN {p1.index} AND {p2.index} GROUP BY f.ticker) {a} ON {a}.ticker = c.ticker"))
    total = f"(CASE WHEN {a}.n = {n} THEN {a}.v END)"
    return total if e.func == "SUM" else f"({total} / {n})"

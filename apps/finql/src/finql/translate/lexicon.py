"""Metric linking: English phrases -> FinQL metrics, derived ratios and functions.

Each entry renders with a period placeholder: ``{p}`` for one fiscal period or date,
``{a}``/``{b}`` for a range. ``kind`` says which time slot fills it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class MetricSense:
    key: str
    template: str  # FinQL with {p} (or {a}, {b} for ranges)
    kind: str  # fund | price | range | est
    base: str | None  # the plain metric a function (GROWTH, CAGR, AVG, SUM) can take
    money: bool  # converted by IN CUR
    phrases: tuple[str, ...]


def _m(key: str, template: str, kind: str, base: str | None, money: bool, *phrases: str) -> MetricSense:
    return MetricSense(key, template, kind, base, money, phrases)


# Longer, more specific phrases first within the matcher (it sorts by length), so
# "net income" wins over "income" and "free cash flow" over "cash".
SENSES: tuple[MetricSense, ...] = (
    _m("net_margin", "FF_NET_INC({p}) / FF_SALES({p}) * 100", "fund", None, False,
       "net margin", "net profit margin", "profit margin", "net margins", "profit margins"),
    _m("oper_margin", "FF_OPER_INC({p}) / FF_SALES({p}) * 100", "fund", None, False,
       "operating margin", "operating margins", "ebit margin", "operating profit margin"),
    _m("gross_margin", "FF_GROSS_INC({p}) / FF_SALES({p}) * 100", "fund", None, False,
       "gross margin", "gross margins", "gross profit margin"),
    _m("fcf_margin", "FF_FCF({p}) / FF_SALES({p}) * 100", "fund", None, False, "fcf margin", "free cash flow margin"),
    _m("roe", "FF_NET_INC({p}) / FF_EQUITY({p}) * 100", "fund", None, False,
       "return on equity", "roe"),
    _m("roa", "FF_NET_INC({p}) / FF_ASSETS({p}) * 100", "fund", None, False, "return on assets", "roa"),
    _m("de", "FF_DEBT({p}) / FF_EQUITY({p})", "fund", None, False,
       "debt to equity", "debt-to-equity", "debt/equity", "leverage ratio", "d/e"),
    _m("payout", "FF_DPS({p}) / FF_EPS({p}) * 100", "fund", None, False, "payout ratio", "dividend payout"),
    _m("net_debt", "FF_DEBT({p}) - FF_CASH({p})", "fund", None, True, "net debt"),
    _m("sales_per_emp", "FF_SALES({p}) / FF_EMPLOYEES({p})", "fund", None, True,
       "revenue per employee", "sales per employee"),
    _m("fe_eps", "FE_EPS({p})", "est", "FE_EPS", True,
       "eps estimate", "estimated eps", "consensus eps", "eps forecast", "expected eps",
       "earnings estimate", "forecast eps", "projected eps", "eps consensus"),
    _m("fe_sales", "FE_SALES({p})", "est", "FE_SALES", True,
       "sales estimate", "revenue estimate", "consensus sales", "consensus revenue", "revenue forecast",
       "sales forecast", "expected revenue", "expected sales", "forecast revenue", "projected revenue",
       "estimated revenue", "estimated sales", "revenue consensus", "sales consensus"),
    _m("fe_num", "FE_NUM({p})", "est", "FE_NUM", False,
       "number of analysts", "analyst coverage", "analysts cover", "analysts covering", "how many analysts",
       "analyst count"),
    _m("gross_inc", "FF_GROSS_INC({p})", "fund", "FF_GROSS_INC", True, "gross income", "gross profit"),
    _m("oper_inc", "FF_OPER_INC({p})", "fund", "FF_OPER_INC", True,
       "operating income", "operating profit", "ebit", "operating earnings"),
    _m("fcf", "FF_FCF({p})", "fund", "FF_FCF", True, "free cash flow", "fcf", "free cashflow"),
    _m("eps", "FF_EPS({p})", "fund", "FF_EPS", True, "earnings per share", "eps", "diluted eps", "earn per share", "earned per share", "earnings a share"),
    _m("dps", "FF_DPS({p})", "fund", "FF_DPS", True,
       "dividend per share", "dividends per share", "dps", "dividend payment", "dividends paid per share"),
    _m("net_inc", "FF_NET_INC({p})", "fund", "FF_NET_INC", True,
       "net income", "net profit", "net earnings", "bottom line", "profit", "profits", "earnings", "net result"),
    _m("sales", "FF_SALES({p})", "fund", "FF_SALES", True,
       "sales", "revenue", "revenues", "turnover", "top line", "top-line", "net sales"),
    _m("assets", "FF_ASSETS({p})", "fund", "FF_ASSETS", True, "total assets", "assets", "balance sheet size"),
    _m("liabs", "FF_LIABS({p})", "fund", "FF_LIABS", True, "total liabilities", "liabilities"),
    _m("equity", "FF_EQUITY({p})", "fund", "FF_EQUITY", True,
       "shareholders' equity", "shareholders equity", "stockholders' equity", "book value", "equity"),
    _m("debt", "FF_DEBT({p})", "fund", "FF_DEBT", True, "total debt", "debt", "borrowings"),
    _m("capex", "FF_CAPEX({p})", "fund", "FF_CAPEX", True,
       "capital expenditure", "capital expenditures", "capital spending", "capex"),
    _m("cash", "FF_CASH({p})", "fund", "FF_CASH", True, "cash pile", "cash balance", "cash holdings", "cash"),
    _m("shares", "FF_SHARES({p})", "fund", "FF_SHARES", False,
       "shares outstanding", "how many shares", "share count", "diluted shares", "number of shares", "outstanding shares"),
    _m("employees", "FF_EMPLOYEES({p})", "fund", "FF_EMPLOYEES", False,
       "employees", "headcount", "staff", "workforce", "people work", "employ"),
    _m("pe", "FG_PE({p})", "price", None, False,
       "p/e", "pe ratio", "price to earnings", "price-to-earnings", "price/earnings", "earnings multiple", "p/e ratio", "times earnings", "x earnings", "multiple of earnings"),
    _m("pb", "FG_PB({p})", "price", None, False,
       "p/b", "price to book", "price-to-book", "pb ratio", "price/book"),
    _m("div_yield", "FG_DIV_YIELD({p})", "price", None, False, "dividend yield", "yield", "yielding", "yields"),
    _m("mkt_cap", "FG_MKT_CAP({p})", "price", None, True,
       "market cap", "market capitalization", "market capitalisation", "market value", "valuation", "mcap",
       "worth on the market", "worth"),
    _m("high", "P_HIGH({a}, {b})", "range", None, True,
       "peak closing price", "peak close", "highest price", "high price", "peak price", "highest close", "highest closing price", "52-week high",
       "all-time high", "price high", "high", "peak", "top price"),
    _m("low", "P_LOW({a}, {b})", "range", None, True,
       "lowest price", "low price", "lowest close", "lowest closing price", "52-week low", "trough", "low",
       "bottom price"),
    _m("return", "P_RETURN({a}, {b})", "range", None, False,
       "price return", "stock return", "returned", "share price return", "return", "returns", "performance", "performed", "perform", "performing",
       "gain", "gained", "rose", "fell", "change in share price", "price change", "move", "moved", "did the stock do", "stock do", "shares do", "stock did", "shares did"),
    _m("volume", "P_VOLUME({p})", "price", None, False, "trading volume", "volume", "shares traded"),
    _m("price", "P_PRICE({p})", "price", None, True,
       "share price", "stock price", "closing price", "close price", "price", "trading at", "trade at",
       "quote", "close", "trading today", "trading now", "trading right now", "trading at the moment", "close at", "closed at", "stock worth", "shares worth", "cost a share"),
)


@dataclass
class MetricHit:
    sense: MetricSense
    start: int
    end: int


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], MetricSense], ...]:
    """Every phrase's pattern, longest phrase first.

    Built into a local and published whole (as an immutable tuple, by ``lru_cache``): concurrent
    first callers may each build it, but none ever sees a partly filled table. (It used to fill a
    module-level list in place, and a second thread saw the list non-empty and matched against
    the first few dozen phrases only: a plain lookup lost its metric and became "unsupported".)
    """
    pairs = sorted(((p, s) for s in SENSES for p in s.phrases), key=lambda ps: -len(ps[0]))
    out = []
    for phrase, sense in pairs:
        suffix = "" if phrase.endswith(" do") else r"(?:s|es|'s)?"
        out.append((re.compile(r"(?<![\w/])" + re.escape(phrase) + suffix + r"(?![\w/])"), sense))
    return tuple(out)


def find_metrics(text: str) -> list[MetricHit]:
    """Every metric phrase in ``text`` (lower case), longest first, without overlaps, in order."""
    taken: list[tuple[int, int]] = []
    hits: list[MetricHit] = []
    for rx, sense in _patterns():
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            hits.append(MetricHit(sense, m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    return hits


def sense(key: str) -> MetricSense:
    """The sense with this key."""
    for s in SENSES:
        if s.key == key:
            return s
    raise KeyError(key)

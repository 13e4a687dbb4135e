"""FinQL's typed syntax tree. Every node renders back to canonical FinQL text (`str(node)`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Pos = tuple[int, int]  # (line, column), 1-based


def _fmt_num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))


# ---------------------------------------------------------------- arguments
@dataclass(frozen=True)
class FiscalPeriod:
    """A fiscal period resolved to labels: kind 'FY' (annual) or 'FQ' (quarterly)."""

    kind: str
    year: int
    quarter: int | None = None
    text: str = field(default="", compare=False)
    pos: Pos = field(default=(1, 1), compare=False)

    @property
    def index(self) -> int:
        """A number that counts periods consecutively (years for FY, quarters for FQ)."""
        return self.year if self.kind == "FY" else self.year * 4 + (self.quarter or 1) - 1

    def __str__(self) -> str:
        return self.text or (f"FY{self.year}" if self.kind == "FY" else f"FQ{self.year}Q{self.quarter}")


@dataclass(frozen=True)
class LTM:
    """The last twelve months: the four latest quarters of the data."""

    text: str = field(default="LTM", compare=False)
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return "LTM"


@dataclass(frozen=True)
class EstimatePeriod:
    year: int
    text: str = field(default="", compare=False)
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return self.text or f"FY{self.year}"


@dataclass(frozen=True)
class DateArg:
    """A calendar date or D-n, resolved to its trading day (None: before the data starts)."""

    day: dt.date | None
    text: str = field(default="", compare=False)
    asof: dt.date | None = None  # the date as written (capped at D0): "quarters ended on or before" it
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return self.text or (self.day.isoformat() if self.day else "?")


Arg = FiscalPeriod | LTM | EstimatePeriod | DateArg


# ---------------------------------------------------------------- expressions
@dataclass(frozen=True)
class Number:
    value: float
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return _fmt_num(self.value)


@dataclass(frozen=True)
class Call:
    metric: str
    args: tuple[Arg, ...]
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return f"{self.metric}({', '.join(map(str, self.args))})"


@dataclass(frozen=True)
class FuncCall:
    func: str
    metric: str
    start: Arg
    end: Arg
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return f"{self.func}({self.metric}, {self.start}, {self.end})"


@dataclass(frozen=True)
class BinOp:
    op: str
    left: Expr
    right: Expr
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return f"{_wrap(self.left, self.op, False)} {self.op} {_wrap(self.right, self.op, True)}"


@dataclass(frozen=True)
class Neg:
    operand: Expr
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        inner = str(self.operand)
        return f"-({inner})" if isinstance(self.operand, BinOp) else f"-{inner}"


Expr = Number | Call | FuncCall | BinOp | Neg
_PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def _wrap(e: Expr, op: str, right: bool) -> str:
    if isinstance(e, BinOp) and (_PREC[e.op] < _PREC[op] or (right and _PREC[e.op] == _PREC[op])):
        return f"({e})"
    return str(e)


@dataclass(frozen=True)
class Field:
    name: str  # NAME, SECTOR, INDUSTRY, COUNTRY, CURRENCY
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return self.name


Item = Expr | Field


# ---------------------------------------------------------------- conditions
@dataclass(frozen=True)
class Compare:
    op: str
    left: Expr
    right: Expr
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return f"{self.left} {self.op} {self.right}"


@dataclass(frozen=True)
class BoolOp:
    op: str  # AND, OR
    left: Cond
    right: Cond
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        def w(c: Cond) -> str:
            return f"({c})" if isinstance(c, BoolOp) and c.op != self.op else str(c)

        return f"{w(self.left)} {self.op} {w(self.right)}"


@dataclass(frozen=True)
class Not:
    operand: Cond
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return f"NOT ({self.operand})" if isinstance(self.operand, BoolOp) else f"NOT {self.operand}"


Cond = Compare | BoolOp | Not


# ---------------------------------------------------------------- sets and targets
@dataclass(frozen=True)
class AllSet:
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return "ALL"


@dataclass(frozen=True)
class AttrSet:
    kind: str  # SECTOR, INDUSTRY, COUNTRY, INDEX
    value: str
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return f"INDEX({self.value})" if self.kind == "INDEX" else f'{self.kind}("{self.value}")'


@dataclass(frozen=True)
class SetOp:
    op: str  # & or |
    left: SetExpr
    right: SetExpr
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        def w(s: SetExpr) -> str:
            return f"({s})" if isinstance(s, SetOp) and s.op == "|" and self.op == "&" else str(s)

        return f"{w(self.left)} {self.op} {w(self.right)}"


SetExpr = AllSet | AttrSet | SetOp


@dataclass(frozen=True)
class Tickers:
    tickers: tuple[str, ...]
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return ", ".join(self.tickers)


@dataclass(frozen=True)
class Screen:
    universe: SetExpr
    condition: Cond | None = None
    pos: Pos = field(default=(1, 1), compare=False)

    def __str__(self) -> str:
        return f"SCREEN({self.universe}" + (f", {self.condition})" if self.condition else ")")


Target = Tickers | Screen


@dataclass(frozen=True)
class Sort:
    expr: Expr
    descending: bool

    def __str__(self) -> str:
        return f"SORT {self.expr} {'DESC' if self.descending else 'ASC'}"


@dataclass(frozen=True)
class Query:
    """A whole FinQL request."""

    items: tuple[Item, ...]
    target: Target
    sort: Sort | None = None
    top: int | None = None
    currency: str | None = None

    def __str__(self) -> str:
        parts = [", ".join(map(str, self.items)), "FOR", str(self.target)]
        if self.sort:
            parts.append(str(self.sort))
        if self.top is not None:
            parts.append(f"TOP {self.top}")
        if self.currency:
            parts.append(f"IN {self.currency}")
        return " ".join(parts)

"""FinQL text -> typed AST, with positioned syntax and semantic errors (never another exception)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import (
    LarkError,
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
)

from charter.errors import did_you_mean
from finql.errors import FinQLSemanticError, FinQLSyntaxError
from finql.language import ast
from finql.language.calendar import (
    LAST_DAY,
    trading_day_on_or_before,
    trading_days,
    trading_days_before_d0,
)
from finql.language.registry import (
    CURRENCIES,
    ESTIMATE_YEARS,
    FIRST_FY,
    FUNCTIONS,
    LATEST_FY,
    METRICS,
    by_ticker,
    set_values,
)

MAX_LENGTH = 10_000
MAX_DEPTH = 200

_READABLE = {
    "FOR": "FOR", "SCREEN": "SCREEN", "ALL": "ALL", "INDEX": "INDEX", "SETKIND": "SECTOR/INDUSTRY/COUNTRY",
    "FIELD": "a field (NAME, SECTOR, ...)", "SORT": "SORT", "SORTDIR": "ASC or DESC", "TOP": "TOP",
    "IN": "IN", "OR": "OR", "AND": "AND", "NOT": "NOT", "PERIOD": "a period", "DATE": "a date",
    "NUMBER": "a number", "IDENT": "a name", "STRING": "a quoted string", "CMP": "a comparison",
    "PLUS": "'+'", "MINUS": "'-'", "STAR": "'*'", "SLASH": "'/'", "LPAR": "'('", "RPAR": "')'",
    "COMMA": "','", "VBAR": "'|'", "AMPERSAND": "'&'", "$END": "end of query",
}


@lru_cache(maxsize=1)
def _lark() -> Lark:
    grammar = (Path(__file__).parent / "finql.lark").read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr", lexer="contextual", maybe_placeholders=False)


def _expected(names: set[str] | frozenset[str] | None) -> list[str]:
    return sorted({_READABLE.get(n, n) for n in (names or ()) if not n.startswith("__")})


def parse(text: str) -> ast.Query:
    """Parse FinQL text into a checked Query; raise FinQLSyntaxError or FinQLSemanticError."""
    if not isinstance(text, str):
        raise FinQLSyntaxError(f"a FinQL query is text, not {type(text).__name__}")
    if not text.strip():
        raise FinQLSyntaxError("empty query; expected items FOR a target", token="", line=1, column=1,
                               expected=["a metric", "a field"])
    if len(text) > MAX_LENGTH:
        raise FinQLSyntaxError(f"query too long ({len(text)} characters; at most {MAX_LENGTH})")
    try:
        tree = _lark().parse(text)
    except UnexpectedCharacters as exc:
        ch = text[exc.pos_in_stream] if exc.pos_in_stream is not None and exc.pos_in_stream < len(text) else ""
        raise FinQLSyntaxError(f"unexpected character '{ch}'", token=ch, line=exc.line, column=exc.column,
                               expected=_expected(exc.allowed)) from None
    except UnexpectedEOF as exc:
        line, col = _end_pos(text)
        exp = _expected(exc.expected)
        raise FinQLSyntaxError(f"unexpected end of query; expected {_or(exp)}", token="", line=line,
                               column=col, expected=exp) from None
    except UnexpectedToken as exc:
        tok = exc.token
        exp = _expected(exc.expected)
        if tok.type == "$END":
            line, col = _end_pos(text)
            raise FinQLSyntaxError(f"unexpected end of query; expected {_or(exp)}", token="", line=line,
                                   column=col, expected=exp) from None
        raise FinQLSyntaxError(f"unexpected '{tok}'; expected {_or(exp)}", token=str(tok), line=tok.line,
                               column=tok.column, expected=exp) from None
    except UnexpectedInput as exc:  # any other positioned parse failure
        raise FinQLSyntaxError("cannot parse the query", line=getattr(exc, "line", 1),
                               column=getattr(exc, "column", 1)) from None
    except (LarkError, RecursionError) as exc:
        raise FinQLSyntaxError(f"cannot parse the query: {type(exc).__name__}", line=1, column=1) from None
    try:
        return _Builder().query(tree)
    except RecursionError:
        raise FinQLSyntaxError("query nested too deeply", line=1, column=1) from None


def _or(items: list[str]) -> str:
    if not items:
        return "nothing more"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _end_pos(text: str) -> tuple[int, int]:
    lines = text.rstrip().split("\n")
    return len(lines), len(lines[-1]) + 1


def _pos(tok: Token | Tree) -> ast.Pos:
    if isinstance(tok, Token):
        return (tok.line or 1, tok.column or 1)
    for child in tok.children:
        if isinstance(child, Token | Tree):
            return _pos(child)
    return (1, 1)


def _fail(message: str, tok: Token | Tree, expected: list[str] | None = None) -> FinQLSemanticError:
    line, col = _pos(tok)
    text = str(tok) if isinstance(tok, Token) else None
    return FinQLSemanticError(message, token=text, line=line, column=col, expected=expected)


_FY = re.compile(r"FY(-?\d+)$")
_FQ = re.compile(r"FQ(\d{4})Q(\d+)$")
_FQREL = re.compile(r"FQ(-?\d+)$")
_DREL = re.compile(r"D(-?\d+)$")


class _Builder:
    """Lark tree -> checked AST; every rejection names the token and its position."""

    def __init__(self) -> None:
        self.depth = 0

    # ------------------------------------------------------------ the request
    def query(self, tree: Tree) -> ast.Query:
        kids = tree.children
        items_tree, target_tree = kids[0], kids[2]
        items = tuple(self.item(c) for c in items_tree.children if isinstance(c, Tree | Token))
        target = self.target(target_tree)
        sort = top = currency = None
        for extra in kids[3:]:
            if extra.data == "sort":
                _kw, expr_t, direction = extra.children
                sort = ast.Sort(self.expr(expr_t), str(direction).upper() == "DESC")
            elif extra.data == "top":
                num = extra.children[1]
                if sort is None:
                    raise _fail("TOP needs a SORT before it", extra.children[0], ["SORT"])
                if not re.fullmatch(r"\d+", str(num)) or int(str(num)) < 1:
                    raise _fail(f"TOP takes a positive whole number, not '{num}'", num)
                top = int(str(num))
            elif extra.data == "currency":
                cur = extra.children[1]
                if str(cur).upper() not in CURRENCIES:
                    raise _fail(f"unknown currency '{cur}'{did_you_mean(str(cur).upper(), CURRENCIES)}", cur,
                                list(CURRENCIES))
                currency = str(cur).upper()
        return ast.Query(items, target, sort, top, currency)

    def item(self, node: Tree | Token) -> ast.Item:
        if isinstance(node, Tree) and node.data == "field":
            tok = node.children[0]
            return ast.Field(str(tok).upper(), _pos(tok))
        return self.expr(node)

    # ------------------------------------------------------------ targets
    def target(self, node: Tree) -> ast.Target:
        if node.data == "tickers":
            seen: list[str] = []
            known = by_ticker()
            for tok in node.children:
                name = str(tok)
                if name not in known:
                    hint = did_you_mean(name.upper(), known)
                    if name.upper() in known:
                        hint = f"; tickers are upper case: '{name.upper()}'"
                    raise _fail(f"unknown ticker '{name}'{hint}", tok)
                if name in seen:
                    raise _fail(f"duplicate ticker '{name}' in the list", tok)
                seen.append(name)
            return ast.Tickers(tuple(seen), _pos(node))
        universe = self.set_expr(node.children[1])
        cond = self.cond(node.children[2]) if len(node.children) > 2 else None
        return ast.Screen(universe, cond, _pos(node))

    def set_expr(self, node: Tree) -> ast.SetExpr:
        if node.data == "set_all":
            return ast.AllSet(_pos(node))
        if node.data in ("set_union", "set_inter"):
            left, right = node.children
            return ast.SetOp("|" if node.data == "set_union" else "&", self.set_expr(left), self.set_expr(right),
                             _pos(node))
        if node.data == "set_attr":
            kind_tok, value_tok = node.children
            kind, value = str(kind_tok).upper(), str(value_tok)[1:-1]
            known = set_values()[kind]
            if value not in known:
                ci = {k.lower(): k for k in known}
                if value.lower() in ci:
                    value = ci[value.lower()]  # names are matched case-insensitively
                else:
                    raise _fail(f"unknown {kind.lower()} \"{value}\"{did_you_mean(value, known)}", value_tok)
            return ast.AttrSet(kind, value, _pos(node))
        if node.data == "set_index":
            tok = node.children[1]
            known = set_values()["INDEX"]
            if str(tok).upper() not in known:
                raise _fail(f"unknown index '{tok}'{did_you_mean(str(tok).upper(), known)}", tok, list(known))
            return ast.AttrSet("INDEX", str(tok).upper(), _pos(node))
        raise _fail("not a set of companies", node)

    # ------------------------------------------------------------ conditions and expressions
    def cond(self, node: Tree | Token) -> ast.Cond:
        self._enter()
        try:
            if isinstance(node, Tree) and node.data in ("or_", "and_"):
                left, _op, right = node.children
                return ast.BoolOp("OR" if node.data == "or_" else "AND", self.cond(left), self.cond(right),
                                  _pos(node))
            if isinstance(node, Tree) and node.data == "not_":
                return ast.Not(self.cond(node.children[1]), _pos(node))
            if isinstance(node, Tree) and node.data == "compare":
                left, op, right = node.children
                return ast.Compare(str(op), self.expr(left), self.expr(right), _pos(op))
            raise _fail("a screen condition needs a comparison (<, <=, >, >=, =, !=)", node, ["a comparison"])
        finally:
            self.depth -= 1

    def _enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise FinQLSyntaxError("query nested too deeply", line=1, column=1)

    def expr(self, node: Tree | Token) -> ast.Expr:
        self._enter()
        try:
            return self._expr(node)
        finally:
            self.depth -= 1

    def _expr(self, node: Tree | Token) -> ast.Expr:
        if isinstance(node, Token):
            raise _fail(f"'{node}' is not a value", node)
        kind = node.data
        if kind == "number":
            return ast.Number(float(str(node.children[0])), _pos(node))
        if kind == "binop":
            left, op, right = node.children
            return ast.BinOp(str(op), self.expr(left), self.expr(right), _pos(op))
        if kind == "neg":
            return ast.Neg(self.expr(node.children[1]), _pos(node))
        if kind == "call":
            return self.call(node)
        if kind in ("compare", "or_", "and_", "not_"):
            raise _fail("a condition is not a value; comparisons belong in a SCREEN condition", node)
        raise _fail("not a value", node)

    def call(self, node: Tree) -> ast.Expr:
        name_tok, *args = node.children
        name = str(name_tok).upper()
        if name in FUNCTIONS:
            return self.func(name_tok, name, args)
        if name not in METRICS:
            raise _fail(f"unknown metric or function '{name_tok}'"
                        f"{did_you_mean(name, [*METRICS, *FUNCTIONS])}", name_tok)
        metric = METRICS[name]
        if len(args) != len(metric.args):
            raise _fail(f"{name} takes {len(metric.args)} argument{'s' * (len(metric.args) > 1)}, "
                        f"got {len(args)}", name_tok)
        # a range's first date may lie before the data: the trading days d1 <= day <= d2 are those the data holds
        # (SPEC 2: "a close before d1 never counts"; only a close on or before a single date needs one)
        opens = name in ("P_HIGH", "P_LOW")
        return ast.Call(name, tuple(self.date_arg(a, str(a).upper(), name, range_start=True)
                                    if opens and i == 0 and isinstance(a, Token) and a.type == "DATE"
                                    else self.arg(a, k, name)
                                    for i, (a, k) in enumerate(zip(args, metric.args, strict=True))),
                        _pos(name_tok))

    def func(self, name_tok: Token, name: str, args: list[Token]) -> ast.FuncCall:
        if len(args) != 3:
            raise _fail(f"{name} takes a metric and two periods: {FUNCTIONS[name].signature}", name_tok)
        metric_tok, a, b = args
        metric = str(metric_tok).upper()
        if metric not in METRICS:
            raise _fail(f"{name} needs a metric first, not '{metric_tok}'{did_you_mean(metric, METRICS)}",
                        metric_tok)
        m = METRICS[metric]
        allowed = ("fiscal", "estimate") if name in ("GROWTH", "CAGR") else ("fiscal",)
        if len(m.args) != 1 or m.args[0] not in allowed:
            what = "a fundamentals or estimates metric" if len(allowed) == 2 else "a fundamentals metric"
            raise _fail(f"{name} takes {what}, not {metric}", metric_tok)
        p1, p2 = self.arg(a, m.args[0], metric), self.arg(b, m.args[0], metric)
        if name == "CAGR":
            for p, tok in ((p1, a), (p2, b)):
                if not isinstance(p, ast.FiscalPeriod | ast.EstimatePeriod) or getattr(p, "kind", "FY") != "FY":
                    raise _fail(f"CAGR takes annual periods only, not '{tok}'", tok)
            if p1.year == p2.year:  # type: ignore[union-attr]
                raise _fail("CAGR needs two different fiscal years", b)
        if name in ("AVG", "SUM"):
            if not (isinstance(p1, ast.FiscalPeriod) and isinstance(p2, ast.FiscalPeriod)) or p1.kind != p2.kind:
                raise _fail(f"{name} takes two annual or two quarterly periods", b)
            if p2.index < p1.index:
                raise _fail(f"{name} needs the earlier period first", a)
        return ast.FuncCall(name, metric, p1, p2, _pos(name_tok))

    # ------------------------------------------------------------ arguments
    def arg(self, tok: Token | Tree, kind: str, metric: str) -> ast.Arg:
        if not isinstance(tok, Token):
            raise _fail(f"{metric} takes a {'date' if kind == 'date' else 'period'} here", tok)
        text = str(tok)
        up = text.upper()
        if kind == "date":
            return self.date_arg(tok, up, metric)
        if tok.type == "DATE" or _DREL.match(up):
            raise _fail(f"{metric} takes a fiscal period, not the date '{text}'", tok)
        if tok.type != "PERIOD":
            raise _fail(f"unknown period '{text}'", tok, ["FY2023", "FY0", "FQ2023Q3", "FQ0", "LTM"])
        if kind == "estimate":
            m = _FY.match(up)
            year = None
            if m:
                n = int(m.group(1))
                year = {1: 2025, 2: 2026}.get(n, n if n in ESTIMATE_YEARS else None)
            if year is None:
                raise _fail(f"{metric} is an estimate and takes FY1, FY2, FY2025 or FY2026, not '{text}'", tok,
                            ["FY1", "FY2", "FY2025", "FY2026"])
            return ast.EstimatePeriod(year, up, _pos(tok))
        return self.fiscal(tok, up, metric)

    def fiscal(self, tok: Token, up: str, metric: str) -> ast.Arg:
        pos = _pos(tok)
        if up == "LTM":
            return ast.LTM("LTM", pos)
        if m := _FY.match(up):
            n = int(m.group(1))
            if m.group(1) in ("1", "2") or n in ESTIMATE_YEARS:
                raise _fail(f"'{up}' is an estimate period; {metric} is a fundamentals metric", tok,
                            [f"FY{FIRST_FY}..FY{LATEST_FY}", "FY0", "FY-n"])
            year = LATEST_FY + n if n <= 0 else n
            if not FIRST_FY <= year <= LATEST_FY:
                raise _fail(f"period '{up}' is outside the data (FY{FIRST_FY}..FY{LATEST_FY})", tok)
            return ast.FiscalPeriod("FY", year, None, up, pos)
        if m := _FQ.match(up):
            year, q = int(m.group(1)), int(m.group(2))
            if not 1 <= q <= 4:
                raise _fail(f"unknown period '{up}': quarters are Q1..Q4", tok)
            if not FIRST_FY <= year <= LATEST_FY:
                raise _fail(f"period '{up}' is outside the data (FQ{FIRST_FY}Q1..FQ{LATEST_FY}Q4)", tok)
            return ast.FiscalPeriod("FQ", year, q, up, pos)
        if m := _FQREL.match(up):
            n = int(m.group(1))
            if n > 0:
                raise _fail(f"unknown period '{up}': relative quarters are FQ0 or FQ-n", tok)
            idx = LATEST_FY * 4 + 3 + n
            year, q = divmod(idx, 4)
            if year < FIRST_FY:
                raise _fail(f"period '{up}' is outside the data (FQ{FIRST_FY}Q1..FQ{LATEST_FY}Q4)", tok)
            return ast.FiscalPeriod("FQ", year, q + 1, up, pos)
        raise _fail(f"unknown period '{up}'", tok, ["FY2023", "FY0", "FQ2023Q3", "FQ0", "LTM"])

    def date_arg(self, tok: Token, up: str, metric: str, range_start: bool = False) -> ast.DateArg:
        pos = _pos(tok)
        if tok.type == "DATE":
            try:
                y, mo, d = (int(x) for x in up.split("-"))
                day = dt.date(y, mo, d)
            except ValueError:
                raise _fail(f"invalid date '{up}'", tok) from None
            resolved = trading_day_on_or_before(min(day, LAST_DAY))
            if resolved is None and range_start:
                return ast.DateArg(None, up, asof=day, pos=pos)
            if resolved is None:
                raise _fail(f"date '{up}' is before the data starts ({trading_days()[0]})", tok)
            return ast.DateArg(resolved, up, asof=min(day, LAST_DAY), pos=pos)
        if m := _DREL.match(up):
            n = int(m.group(1))
            if n > 0:
                raise _fail(f"unknown date '{up}': relative days are D0 or D-n", tok)
            resolved = trading_days_before_d0(-n)
            if resolved is None:
                raise _fail(f"date '{up}' is before the data starts ({trading_days()[0]})", tok)
            return ast.DateArg(resolved, up, asof=resolved, pos=pos)
        raise _fail(f"{metric} takes a date (2024-03-15, D0, D-n), not '{tok}'", tok, ["a date", "D0", "D-n"])

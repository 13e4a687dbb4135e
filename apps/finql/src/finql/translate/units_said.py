"""(round 41, f41p) The unit of the figures said again: kept only where the reading's figures are in that unit.

SPEC 1: money in millions of the company's currency, per-share items in units of it, and an amount per employee in
millions per head unless the asker scales it ("in dollars" per head: units, round 11; "in thousands of": thousands).
An asker often says the unit again beside the figure: "in actual dollars, not millions", "in dollars rather than
millions", "millions per head is fine (we'll rescale)", "millions of reporting currency per head is fine", "(in units of
the reporting currency per share, not millions)", "in k$". Those words change no figure where they agree with the
reading; where they do not ("net income in actual dollars, not millions": no per-head amount to scale; "thousands per
head is fine" beside an amount in millions; "in units per share" of the sales) they ask for figures FinQL's reading does
not give, and the question stays refused, naming them (a figure a thousand or a million times off is a wrong answer).

``units_said`` gives the question with the words cut (or written as the reading's own unit words) and the check the
words put on the reading (its figures, read from FinQL's syntax tree); ``pipeline.restated`` reads the rest and keeps
the reading only where it holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from finql.errors import FinQLError
from finql.language import ast
from finql.language.registry import METRICS
from finql.translate import rx as re
from finql.translate.compose import Reading
from finql.translate.text import DOLLARS

Check = Callable[[Reading], bool]

_OPEN = r"(?:\s*[,;:]\s*|\s*\(\s*|\s+-+\s+|(?<=[.?!])\s+|\s+)"
_CLOSE = r"(?:\s*\))?"
# ((round 48, f48r) and set off by a bracket or a dash: "in dollars per person (not millions)", "in US dollars - not
# millions")
_NOT_MILLIONS = (r"(?:\s*,\s*|\s*\(\s*|\s+-+\s+|\s+)(?:and\s+)?(?:not|rather\s+than|instead\s+of|as\s+opposed\s+to)\s+"
                 r"(?:in\s+)?(?:the\s+)?millions")
# (round 48, f48r) the units per head said again after "not millions": "(not millions - whole dollars per head)"
_PER_HEAD_AGAIN = (rf"(?:\s*(?:[-,;:]+\s*|\s)(?:(?:actual|real|full|whole|plain|raw)\s+)?{DOLLARS}\s+per\s+"
                   r"(?:head|employee|person))?")
# "in actual dollars not millions", "(actual dollars, not millions)", "in dollars rather than millions": units per head
_UNITS_NOT_MILLIONS = re.compile(
    rf"(?P<lead>{_OPEN}(?:in\s+)?)(?:(?:actual|real|full|whole|plain|raw)\s+)?(?P<cur>{DOLLARS})(?:\s+per\s+(?:head|employee|"
    rf"person))?{_NOT_MILLIONS}{_PER_HEAD_AGAIN}{_CLOSE}", re.IGNORECASE)
_ACTUAL = re.compile(rf"(?P<lead>{_OPEN}in\s+)(?:actual|real|full|whole|plain|raw)\s+(?P<cur>{DOLLARS})\b(?!\s+(?:of|in)\b)",
                     re.IGNORECASE)
# "millions per head is fine", "millions of reporting currency per head is fine, we'll rescale"
_MILLIONS_FINE = re.compile(
    rf"{_OPEN}(?:(?:in|as)\s+)?millions(?:\s+of\s+(?:the\s+)?(?:reporting|local|own|company's|native)?\s*(?:currency|"
    rf"money))?\s+(?:per|a)\s+(?:head|employee|person|worker)\s+(?:is|are|will\s+be|would\s+be)\s+(?:fine|ok|okay|good|"
    rf"enough|acceptable)(?:\s*[,;-]?\s*(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:rescale|scale|convert)(?:\s+(?:it|them))?)?"
    rf"{_CLOSE}", re.IGNORECASE)
# "(in units of the reporting currency per share, not millions)"
_UNITS_PER_SHARE = re.compile(
    rf"{_OPEN}(?:in\s+)?units\s+of\s+(?:the\s+)?(?:reporting\s+|local\s+|company's\s+)?currency\s+per\s+share"
    rf"{_NOT_MILLIONS}{_CLOSE}", re.IGNORECASE)
# "in k$", "in $k", "in k USD": thousands of dollars (said of an amount per head; "10k employees" is a count: no "in")
_K_DOLLARS = re.compile(r"\bin\s+(?:k\s?\$|\$\s?k|k\s?usd|usd\s?k|thousands?\s+of\s+\$)(?![\w$])", re.IGNORECASE)

# "(sales in M$ -> x1000)": the scaling from millions to thousands said beside "in k$"
_M_TO_K = re.compile(r"\s*\(\s*(?:[a-z/]+\s+){0,3}in\s+(?:m\s?\$|\$\s?m|musd|usd\s?m|millions)\s*(?:->|=>|\u2192|so|then)\s*"
                     r"(?:x|\*|times)\s?1,?000\s*\)", re.IGNORECASE)

# The checks read the reading's structure: its figures (items, fields left out, and its sort key) as FinQL's own syntax
# tree (``finql.language.parser``) and each metric's unit from the registry (SPEC 1's units, one home), never the
# query's text split again by patterns (round 42, r42: ``_items`` split the text by commas and each check searched it)
_PER_HEAD_SCALE = {"units": 1_000_000.0, "thousands": 1_000.0}


def _tree(reading: Reading) -> ast.Query | None:
    """The reading's query as FinQL's syntax tree (None where it does not parse: no unit holds for it)."""
    try:
        from finql.language.parser import parse

        return parse(reading.query())
    except FinQLError:
        return None


def _figures(tree: ast.Query | None) -> list[ast.Expr]:
    """A query's figures: its items (fields left out) and its sort key; none where the reading did not parse."""
    if tree is None:
        return []
    out = [x for x in tree.items if not isinstance(x, ast.Field)]
    return out + ([tree.sort.expr] if tree.sort else [])


# (round 43, r43) the tree's nodes, read by parens_said's checks and pipeline._restates too
def _walk(e: ast.Expr) -> Iterator[ast.Expr]:
    """An expression and every expression inside it."""
    yield e
    if isinstance(e, ast.BinOp):
        yield from _walk(e.left)
        yield from _walk(e.right)
    elif isinstance(e, ast.Neg):
        yield from _walk(e.operand)


def _compares(c: ast.Cond | None) -> Iterator[ast.Compare]:
    if isinstance(c, ast.Compare):
        yield c
    elif isinstance(c, ast.BoolOp):
        yield from _compares(c.left)
        yield from _compares(c.right)
    elif isinstance(c, ast.Not):
        yield from _compares(c.operand)


def _nodes(tree: ast.Query) -> list[ast.Expr]:
    """Every expression of the query: its figures (``units_said._figures``) and its screen condition's sides."""
    cond = tree.target.condition if isinstance(tree.target, ast.Screen) else None
    tops = _figures(tree) + [side for c in _compares(cond) for side in (c.left, c.right)]
    return [n for e in tops for n in _walk(e)]


def _calls(tree: ast.Query) -> list[ast.Call | ast.FuncCall]:
    return [n for n in _nodes(tree) if isinstance(n, ast.Call | ast.FuncCall)]


def _args(tree: ast.Query) -> list[ast.Arg]:
    """Every period the query's calls take (a call's arguments, a function's two ends)."""
    return [a for c in _calls(tree) for a in (c.args if isinstance(c, ast.Call) else (c.start, c.end))]


def _screen_condition(tree: ast.Query | None) -> bool:
    return isinstance(tree, ast.Query) and isinstance(tree.target, ast.Screen) and tree.target.condition is not None


def _unit(e: ast.Expr) -> str | None:
    """The registry's unit of a metric read alone (a call, or its mean or sum over periods), else None."""
    if isinstance(e, ast.Call) or isinstance(e, ast.FuncCall) and e.func in ("AVG", "SUM"):
        return METRICS[e.metric].unit
    return None


def _fundamental_amount(e: ast.Expr) -> bool:
    """A fundamentals amount of money (in millions, SPEC 1): sales, income, cash, ... read alone."""
    return _unit(e) == "money" and e.metric.startswith("FF_")  # type: ignore[union-attr]


def _of(e: ast.Expr, metric: str) -> bool:
    return isinstance(e, ast.Call) and e.metric == metric


def _per_head(e: ast.Expr) -> tuple[ast.Expr, float] | None:
    """(the amount, the scale) of a figure that is an amount per employee: ``amount / FF_EMPLOYEES(p)`` (scale 1),
    ``amount * k / FF_EMPLOYEES(p)`` or ``amount / FF_EMPLOYEES(p) * k`` (scale k); None for any other figure."""
    if isinstance(e, ast.BinOp) and e.op == "/" and _of(e.right, "FF_EMPLOYEES"):
        left = e.left
        if isinstance(left, ast.BinOp) and left.op == "*" and isinstance(left.right, ast.Number):
            return left.left, left.right.value
        return left, 1.0
    if isinstance(e, ast.BinOp) and e.op == "*" and isinstance(e.right, ast.Number) and isinstance(e.left, ast.BinOp) \
            and e.left.op == "/" and _of(e.left.right, "FF_EMPLOYEES"):
        return e.left.left, e.right.value
    return None


def _every_figure_per_head(reading: Reading, scale: float, *, condition_allowed: bool) -> bool:
    tree = _tree(reading)
    figures = _figures(tree)
    if not figures or _screen_condition(tree) and not condition_allowed:
        return False
    return all((h := _per_head(x)) is not None and _fundamental_amount(h[0]) and h[1] == scale for x in figures)


def _per_head_units(reading: Reading) -> bool:
    """Every figure an amount per employee in units of the currency (the millions times a million); no screen
    condition (a bound said beside it would be in millions)."""
    return _every_figure_per_head(reading, _PER_HEAD_SCALE["units"], condition_allowed=False)


def _per_head_thousands(reading: Reading) -> bool:
    """Every figure an amount per employee in thousands of the currency; no screen condition."""
    return _every_figure_per_head(reading, _PER_HEAD_SCALE["thousands"], condition_allowed=False)


def _per_head_millions(reading: Reading) -> bool:
    """Every figure an amount per employee left in millions (no scaling)."""
    return _every_figure_per_head(reading, 1.0, condition_allowed=True)


def _per_share(e: ast.Expr) -> bool:
    """A figure per share, in units of the currency (SPEC 1): a per-share metric (EPS, DPS, a price), or a
    fundamentals amount divided by the diluted shares."""
    if isinstance(e, ast.Call) and METRICS[e.metric].unit == "per_share":
        return True
    return isinstance(e, ast.BinOp) and e.op == "/" and _of(e.right, "FF_SHARES") and isinstance(e.left, ast.Call) \
        and _fundamental_amount(e.left)


def _per_share_units(reading: Reading) -> bool:
    """Every figure per share (in units of the currency, SPEC 1)."""
    figures = _figures(_tree(reading))
    return bool(figures) and all(_per_share(x) for x in figures)


def _holds_amount(e: ast.Expr, money_only: bool = False) -> bool:
    """Whether a figure holds anywhere an amount in millions (SPEC 1): money or a count of shares ("net income in
    millions divided by shares": the millions said of its part). ``money_only`` (millions of a currency said): an
    amount of money, of which a quotient by another amount (a margin, a per-share figure) is none."""
    if isinstance(e, ast.Call | ast.FuncCall):
        return METRICS[e.metric].unit in (("money",) if money_only else ("money", "shares"))
    if isinstance(e, ast.BinOp):
        if money_only and e.op == "/":
            return _holds_amount(e.left, True) and not _holds_amount(e.right)
        return _holds_amount(e.left, money_only) or _holds_amount(e.right, money_only)
    return isinstance(e, ast.Neg) and _holds_amount(e.operand, money_only)


def no_amount(reading: Reading, money_only: bool = False) -> bool:
    """(round 43, f43n) No figure of the reading (nor its screen's condition) holds an amount in millions: every one
    a per-share item (a price, EPS), a return, a count or a ratio of such. Millions said of such a reading ("X's close
    (USD m)", "X's P/E, in EUR m") name a unit FinQL does not give them (SPEC 1): it was dropped."""
    tree = _tree(reading)
    figures = _figures(tree)
    if _screen_condition(tree):  # "Which utilities had EPS above 2 in fiscal 2024, in millions of dollars?" (r43's case)
        assert tree is not None and isinstance(tree.target, ast.Screen)
        figures += [side for c in _compares(tree.target.condition) for side in (c.left, c.right)]
    return bool(figures) and not any(_holds_amount(x, money_only) for x in figures)


def units_said(question: str) -> list[tuple[str, Check]]:
    """The question with its unit said again cut (or written as the reading's unit words), each with the check the
    unit puts on the reading."""
    out: list[tuple[str, Check]] = []
    for m in _UNITS_NOT_MILLIONS.finditer(question):
        # (the currency kept: "in dollars" after an amount per head is what scales it to units; said already, as in
        # "in US dollars per head (actual dollars, not millions)", the words are cut)
        cut = _cut(question, m.start(), m.end())
        rest = cut if re.search(rf"\bin\s+{DOLLARS}\b", cut, flags=re.IGNORECASE) else \
            _cut(question, m.start(), m.end(), f"{',' if ',' in m.group('lead') else ''} in {m.group('cur')}")
        out.append((rest, _per_head_units))
    if not out and (m := _ACTUAL.search(question)):
        out.append((question[:m.start()] + m.group("lead") + m.group("cur") + question[m.end():], _per_head_units))
    for m in _MILLIONS_FINE.finditer(question):
        out.append((_cut(question, m.start(), m.end()), _per_head_millions))
    for m in _UNITS_PER_SHARE.finditer(question):
        out.append((_cut(question, m.start(), m.end()), _per_share_units))
    for m in _K_DOLLARS.finditer(question):
        rest = question[:m.start()] + "in thousands of dollars" + question[m.end():]
        out.append((_M_TO_K.sub("", rest), _per_head_thousands))
    return out


def _cut(question: str, start: int, end: int, put: str = "") -> str:
    """The question with ``put`` for its span ``start:end`` (a space kept between words)."""
    after = question[end:].lstrip()
    before = question[:start].rstrip() + put
    return before + ("" if not after or after[0] in "?.;!,)" else " ") + after

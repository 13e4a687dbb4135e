"""(round 42, f42p) Words in parentheses that say again what the reading gives: kept only where they agree with it.

People who write long sentences put a gloss in parentheses: the unit of the figures ("(in millions)", "(both in
millions of pounds)", "(in millions of the reporting currency, i.e. yen)"), the order of a difference ("(2024 minus
2016)"), the fiscal quarter a period is ("(its fiscal Q4)", "(fourth quarter of fiscal 2024)"), a qualifier FinQL's
figure has anyway ("shares outstanding (diluted)", SPEC 1: EPS and shares are diluted). Such words change no figure
where they agree with the reading; where they do not ("(in millions of yen)" of a company reporting in sterling,
"(2023 minus 2024)" of a reading 2024 minus 2023, "(its fiscal Q3)" of a fourth quarter, "(in millions)" of an EPS,
"(basic)"), the asker means another figure, and the question stays refused, naming them.

``parens_said`` gives the question with every such parenthesis cut and the check they put together on the reading
(its query, read as FinQL's syntax tree, and the companies it reads); ``pipeline.restated`` reads the rest and keeps
the reading only where the check holds. A parenthesis of any other kind is left in place (so the rest is refused as before, naming it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from finql.language import ast
from finql.language.registry import LATEST_FY, METRICS
from finql.translate import rx as re
from finql.translate.compose import Reading
from finql.translate.framing import CHOOSING_VERBS
from finql.translate.text import MILLIONS, MILLIONS_M
from finql.translate.timeres import NUMBER_WORDS
from finql.translate.units_said import _args, _calls, _cut, _figures, _nodes, _tree, _walk

# (round 43, r43) The checks read the reading as FinQL's syntax tree (``units_said._tree``, r42's way): its figures,
# its condition's sides, its calls and their periods as nodes, each metric's unit and dataset from the registry (SPEC
# 1's one home); never the query written back as text and searched per figure (round 42's checks did). ``None`` where
# the reading does not parse: a check that says anything of the reading then fails.
Check = Callable[[ast.Query, list[Any]], bool]


def _fiscal_args(tree: ast.Query) -> list[ast.Arg]:
    """The query's fiscal periods (years, quarters, LTM, estimate years): every period but a day."""
    return [a for a in _args(tree) if not isinstance(a, ast.DateArg)]


def _written_day(a: ast.Arg) -> bool:
    """A day written out (2024-06-30), not counted back from the latest (D0, D-n)."""
    return isinstance(a, ast.DateArg) and not str(a).upper().startswith("D")


@lru_cache(maxsize=1)
def _currency_names() -> tuple[tuple[str, str], ...]:
    """Each name of a currency, the longest first, with its code: ``entities.CURRENCY_NAMES`` (the one list of a
    currency's names; round 43, r43: this module had a list of its own), built on first use as ``text`` does."""
    from finql.translate.entities import CURRENCY_NAMES

    pairs = {(" ".join(n.lower().split()), c) for c, names in CURRENCY_NAMES.items() for n in (*names, c)}
    return tuple(sorted(pairs, key=lambda nc: (-len(nc[0]), nc)))


@lru_cache(maxsize=1)
def _cur() -> str:
    """A currency's name (``_currency_names``) as a regex alternation (a string, built once)."""
    return "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n, _c in _currency_names())


_OWN = r"(?:the\s+|their\s+|its\s+|each\s+company's\s+)?(?:own\s+|reporting\s+|local\s+|home\s+)+currency"


# "(in millions)", "(millions)", "(both in millions of pounds)", "(in millions of the reporting currency, i.e. yen)",
# "(in millions of US dollars)", "(USD millions)", "($m)", "(EUR m)". Built once, on first use (round 45, r45: it was
# built and compiled on each call, ~0.27 ms); a compiled pattern is immutable.
@lru_cache(maxsize=1)
def _unit() -> re.Pattern[str]:
    return re.compile(
        rf"\s*\(\s*(?:both\s+|all\s+|figures\s+|amounts\s+)?(?:(?:in|as)\s+)?(?:"
        rf"millions?(?:\s+of\s+(?:(?P<own>{_OWN})(?:\s*,?\s*(?:i\.\s?e\.?|that\s+is|so|namely)\s*,?\s*(?P<cur2>{_cur()}))?|"
        rf"(?P<cur>{_cur()})))?"
        rf"|(?P<cur3>{_cur()})\s*(?:{MILLIONS_M}|{MILLIONS})"
        rf"|(?P<cur4>{_cur()})\s+millions?)\s*\)", re.IGNORECASE)


# "(2024 minus 2016)", "(2024 less 2023)", "(FY2024 - FY2023)", "(fiscal 2024 minus fiscal 2023)"
_YEAR = r"(?:fy\s?|fiscal\s+)?'?(?P<{}>(?:19|20)?\d\d)"
_ORDER = re.compile(rf"\s*\(\s*{_YEAR.format('a')}\s+(?:minus|less|-|\u2212)\s+{_YEAR.format('b')}\s*\)", re.IGNORECASE)
# "(its fiscal Q4)", "(fiscal Q4)", "(fourth quarter of fiscal 2024)", "(Q4 of fiscal 2024)", "(fiscal Q4 2024)"
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_QUARTER = re.compile(
    r"\s*\(\s*(?:i\.\s?e\.?,?\s+)?(?:its\s+|their\s+|the\s+)?(?:"
    r"(?:fiscal\s+)?q(?P<n>[1-4])(?:\s+(?:of\s+)?(?:fiscal\s+|fy\s?)(?P<y>(?:19|20)\d\d))?"
    r"|(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+|fy\s?)"
    r"(?P<y2>(?:19|20)\d\d))?)\s*\)", re.IGNORECASE)
# "(plain ratio, not %)", "(as a plain ratio)", "(x)", "(times)", "(ratio, not in percent)": a quotient not scaled
_PLAIN = re.compile(r"\s*\(\s*(?:(?:as\s+)?(?:a\s+)?(?:plain\s+|simple\s+|raw\s+)?ratio(?:\s*,?\s*(?:not|rather\s+than)\s+"
                    r"(?:in\s+|as\s+a\s+)?(?:%|percent|percentage|pct))?|x|times|not\s+(?:in\s+)?(?:%|percent|"
                    r"percentage|pct))\s*\)", re.IGNORECASE)
# "(in pounds per share)", "(dollars per share)", "(per share)": per-share figures, in units of the currency said
@lru_cache(maxsize=1)
def _per_share_said() -> re.Pattern[str]:
    return re.compile(rf"\s*\(\s*(?:in\s+)?(?:(?P<cur>{_cur()})\s+)?(?:a|per)\s+share\s*\)", re.IGNORECASE)


# "1,00,000 (one lakh)", "100,000 (100k)", "2,500,000 (2.5 million)": the number before said again in other words
_SCALES = {"k": 1e3, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "m": 1e6, "mn": 1e6, "million": 1e6, "crore": 1e7,
           "crores": 1e7, "bn": 1e9, "billion": 1e9, "hundred": 1e2}
_WORD_NUMBERS = {**NUMBER_WORDS, "half a": 0.5}  # timeres's number words, one home
_NUMBER_SAID = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{2,3})+|\d+(?:\.\d+)?)(?:\s+[a-z]+)?\s*\(\s*(?P<w>(?:\d+(?:\.\d+)?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|an?|half\s+a)\s*(?:k|thousand|lakhs?|m|mn|million|crores?|bn|billion|hundred)?)\s*\)",
    re.IGNORECASE)
# "(Q1, Q2, Q3, Q4)", "(Q1-Q4)", "(Q2 and Q3)": the quarters of a fiscal year read, listed
_QUARTERS = re.compile(r"\s*\(\s*(?P<l>q[1-4](?:\s*(?:,|and|&|-|to|through)\s*q[1-4])+)\s*\)", re.IGNORECASE)
# "(the latest quarter and the seven before it)", "(the latest one and the one before it)", "(this year and the two
# before)": the latest period and the k before it
_LATEST_AND = re.compile(
    r"\s*\(\s*(?:i\.\s?e\.?,?\s+)?(?:the\s+)?(?:latest|most\s+recent|last)\s+(?P<u>quarter|year|fiscal\s+year|fiscal\s+quarter|"
    r"one)\s+(?:and|plus)\s+the\s+(?P<k>one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
    r"(?:(?:quarters?|years?)\s+)?(?:before|preceding|prior\s+to)\s+(?:it|that|them)\s*\)", re.IGNORECASE)
# "(calendar)", "(cal)", "(calendar year)", "(cal. yr)": the period a calendar one (days, no fiscal period)
_CALENDAR = re.compile(r"\s*\(\s*(?:calendar|cal\.?)(?:\s+(?:year|yr|half|quarter|qtr|basis))?\s*\)", re.IGNORECASE)
# "(trading days only)", "(only trading days count, obviously)", "(sessions, not calendar days)": SPEC's D-n counts
# trading days
_TRADING_DAYS = re.compile(
    r"\s*\(\s*(?:(?:only\s+)?trading\s+(?:days|sessions)(?:\s+only)?(?:\s+count)?|sessions(?:\s+only)?|trading\s+days,\s+not\s+"
    r"calendar\s+days|sessions,\s+not\s+calendar\s+days)(?:\s*,\s*obviously)?\s*[.!]?\s*\)", re.IGNORECASE)
# "(or the prior trading day if closed)", "(i.e. the close on the last trading day on or before the relevant date)":
# SPEC's price at a day that is no trading day
_ON_OR_BEFORE = re.compile(
    r"\s*\(\s*(?:i\.\s?e\.?,?\s+)?(?:(?:or\s+)?(?:the\s+)?(?:prior|previous|last|preceding)\s+trading\s+day\s+if\s+(?:closed|not\s+a\s+"
    r"trading\s+day|the\s+market\s+was\s+closed)|the\s+close\s+on\s+the\s+last\s+trading\s+day\s+on\s+or\s+before\s+(?:the|that)\s+"
    r"(?:relevant\s+)?(?:date|day))\s*\)", re.IGNORECASE)
# "(in their own trading currency)", "(local currency)", "(in its reporting currency)": no conversion
_OWN_CURRENCY = re.compile(r"\s*\(\s*(?:in\s+)?(?:their|its|each\s+company's|the)?\s*(?:own\s+(?:trading\s+|reporting\s+|local\s+)?|"
                           r"(?:trading|reporting|local)\s+)currency\s*\)", re.IGNORECASE)
# "shares outstanding (diluted)", "EPS (diluted)": SPEC 1's EPS and shares are diluted
_DILUTED = re.compile(r"\s*\(\s*(?:fully\s+)?diluted\s*\)", re.IGNORECASE)


def _currency(words: str | None) -> str | None:
    if not words:
        return None
    said = " ".join(words.lower().split())
    return next((c for n, c in _currency_names() if n == said), None)


def _in_currency(cur: str | None, tree: ast.Query, companies: list[Any]) -> bool:
    """The figures in ``cur`` where one is said: the query's ``IN`` currency, else every company's own."""
    if cur is None:
        return True
    return tree.currency == cur if tree.currency else bool(companies) and all(c.currency == cur for c in companies)


def _in_millions(cur: str | None, own: bool) -> Check:
    """Every figure money in millions (or shares, where no currency is said), in ``cur`` where one is said: the
    query's ``IN`` currency, else every company's own; "the reporting currency" only without ``IN``."""
    def check(tree: ast.Query, companies: list[Any]) -> bool:
        figures = _figures(tree)
        if not figures:
            return False
        for x in figures:
            nodes = list(_walk(x))
            calls = [n for n in nodes if isinstance(n, ast.Call | ast.FuncCall)]
            # a sum, a difference or a SUM / AVG of amounts in millions (SPEC 1's units: money, or shares): no ratio,
            # per-share item, count, growth or percent
            if not calls or any(isinstance(n, ast.BinOp) and n.op in "*/" for n in nodes) or any(
                    isinstance(c, ast.FuncCall) and c.func not in ("SUM", "AVG") for c in calls):
                return False
            units = {METRICS[c.metric].unit for c in calls}
            if not units <= {"money", "shares"} or (cur or own) and "shares" in units:
                return False  # (shares are no money: "(in millions of dollars)" beside them is another figure)
        if own:
            return tree.currency is None and _in_currency(cur, tree, companies)
        return _in_currency(cur, tree, companies)
    return check


def _year(a: ast.Arg) -> int | None:
    return a.year if isinstance(a, ast.FiscalPeriod | ast.EstimatePeriod) else None


def _order(a: str, b: str) -> Check:
    """Every difference of the reading the figure of year ``a`` minus that of year ``b`` (fiscal years said), of one
    measure."""
    def year(y: str) -> int:
        return int(y) if len(y) == 4 else 2000 + int(y)
    ya, yb = year(a), year(b)

    def check(tree: ast.Query, companies: list[Any]) -> bool:
        diffs = [n for n in _nodes(tree) if isinstance(n, ast.BinOp) and n.op == "-"]
        return bool(diffs) and all(
            isinstance(d.left, ast.Call) and isinstance(d.right, ast.Call) and d.left.metric == d.right.metric
            and len(d.left.args) == len(d.right.args) == 1 and _year(d.left.args[0]) == ya
            and _year(d.right.args[0]) == yb for d in diffs)
    return check


def _quarter(n: int, y: int | None) -> Check:
    """Every period of the reading the fiscal quarter ``n`` (of fiscal ``y`` where said), every figure a
    fundamental."""
    def check(tree: ast.Query, companies: list[Any]) -> bool:
        args = _args(tree)
        if not args or any(METRICS[c.metric].dataset != "fundamentals" for c in _calls(tree)):
            return False
        return all(isinstance(p, ast.FiscalPeriod) and p.kind == "FQ" and p.quarter == n and (y is None or p.year == y)
                   for p in args)
    return check


def _diluted(tree: ast.Query, companies: list[Any]) -> bool:
    """Every figure one of SPEC 1's diluted fundamentals (the registry's: EPS, shares), read alone."""
    figures = _figures(tree)
    return bool(figures) and all(isinstance(x, ast.Call) and METRICS[x.metric].dataset == "fundamentals"
                                 and "diluted" in METRICS[x.metric].description.lower() for x in figures)


# the asker speaking of themselves or to the reader, or hedging: what marks a parenthesis as the asker's aside
_ASKER = re.compile(r"(?i)(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|our|us|you|you're|your|perhaps|admittedly|"
                    r"obviously|honestly|frankly|sorry|thanks|please)(?![\w'])")
# words that choose or restrict even without a finance word ("the ones I hold", "which we like", "who only ...")
_RESTRICTS = re.compile(r"(?i)(?<![\w'])(?:ones?|those|these|them|they|it|its|which|who|whose|where|that|when|if|unless|"
                        r"and|or|but|names?|companies|firms|stocks?|shares?|holdings?|portfolios?|funds?|positions?|"
                        r"including|like|likes|prefer|prefers|favou?rites?|want|wants|mean|means|meant|" + CHOOSING_VERBS + r")(?![\w'])")
_PAREN = re.compile(r"\s*\(\s*(?P<body>[^()]{2,80}?)\s*\)")


def aside(body: str, reads_alone: Callable[[str], bool]) -> bool:
    """(round 42, f42p) Is the parenthesis ``body`` only the asker's aside ("(for my sister)", "(I'm redoing the
    kitchen)", "(perhaps somewhat unconventionally)"): marked as the asker's (``_ASKER``), every word plain English,
    no word of a closed class of content (``leftovers.content_class``: negation, comparison, unit, number, period,
    ranking, statistics), no word that chooses or restricts (``_RESTRICTS``), no name written with a capital but "I",
    no digit, and nothing the translator reads in it alone (``reads_alone``: a measure, a company, a set, a period, an
    operator). Anything else in parentheses may be content, and stays refused, named."""
    from finql.translate.leftovers import content_class
    from finql.translate.spelling import english
    from finql.translate.text import FILLER

    words = re.findall(r"[\w'$%£€¥&]+", body)
    if not words or not _ASKER.search(body) or re.search(r"\d", body) or _RESTRICTS.search(body):
        return False
    # ("I'm", "we've": the contraction is no unit "m" nor a number "d")
    if content_class([re.sub(r"'(?:m|ve|d|ll|re|s)$", "", w, flags=re.IGNORECASE) for w in words]) is not None:
        return False
    if any(w[0].isupper() and w != "I" and not w.startswith("I'") and i > 0 for i, w in enumerate(words)):
        return False
    # (round 43, f43v: a possessive of a plain word is plain, "(my nephew's idea again)", "(my wife's view)")
    if not all(w.lower() in FILLER or english(re.sub(r"'s$", "", w.lower())) or _ASKER.fullmatch(w) for w in words):
        return False
    return not reads_alone(body)


def _plain_ratio(tree: ast.Query, companies: list[Any]) -> bool:
    """Every figure one figure divided by another, not scaled to percent."""
    figures = _figures(tree)
    return bool(figures) and all(isinstance(x, ast.BinOp) and x.op == "/" and isinstance(x.left, ast.Call)
                                 and isinstance(x.right, ast.Call) for x in figures)


def _per_share_in(cur: str | None) -> Check:
    """Every figure per share (SPEC 1: in units of the currency), in ``cur`` where said (the ``IN`` currency, else
    every company's own)."""
    def check(tree: ast.Query, companies: list[Any]) -> bool:
        figures = _figures(tree)
        return bool(figures) and all(isinstance(x, ast.Call) and METRICS[x.metric].unit == "per_share"
                                     for x in figures) and _in_currency(cur, tree, companies)
    return check


def _quarters_listed(listed: set[int]) -> Check:
    """The reading's fiscal periods the quarters listed, of one fiscal year, each of them (no sum or mean of them)."""
    def check(tree: ast.Query, companies: list[Any]) -> bool:
        periods = _fiscal_args(tree)
        if not periods or not all(isinstance(p, ast.FiscalPeriod) and p.kind == "FQ" for p in periods):
            return False
        if any(isinstance(c, ast.FuncCall) and c.func in ("SUM", "AVG") for c in _calls(tree)):
            return False
        return len({p.year for p in periods}) == 1 and {p.quarter for p in periods} == listed  # type: ignore[union-attr]
    return check


def _offset(p: ast.Arg) -> int | None:
    """A fiscal period as its offset from the latest (FY0, FQ0: the registry's LATEST_FY and its fourth quarter)."""
    if isinstance(p, ast.FiscalPeriod):
        return p.year - LATEST_FY if p.kind == "FY" else (p.year - LATEST_FY) * 4 + (p.quarter or 0) - 4
    if isinstance(p, ast.EstimatePeriod):
        return p.year - LATEST_FY
    return None


def _latest_and(unit: str, k: int) -> Check:
    """The reading's periods the latest fiscal quarter (year) and the ``k`` before it: a span from -k to 0, or each
    of them listed."""
    def check(tree: ast.Query, companies: list[Any]) -> bool:
        periods = _fiscal_args(tree)
        kinds = {p.kind if isinstance(p, ast.FiscalPeriod) else "FY" for p in periods}
        if len(kinds) != 1 or (unit != "one" and kinds != {"FQ" if "quarter" in unit else "FY"}):
            return False
        offsets = [_offset(p) for p in periods]
        if None in offsets:
            return False
        spans = [c for c in _calls(tree) if isinstance(c, ast.FuncCall) and c.func in ("SUM", "AVG")]
        if spans:
            return all(_offset(c.start) == -k and _offset(c.end) == 0 for c in spans) and len(periods) == 2 * len(spans)
        return set(offsets) == set(range(-k, 1))
    return check


def _calendar(tree: ast.Query, companies: list[Any]) -> bool:
    """Every period of the reading days (a calendar span or day, written out), none fiscal."""
    args = _args(tree)
    return not _fiscal_args(tree) and any(_written_day(a) for a in args)


def _trading_days(tree: ast.Query, companies: list[Any]) -> bool:
    """The reading counts days back in trading days (``D-n``), no fiscal period."""
    return not _fiscal_args(tree) and any(isinstance(a, ast.DateArg) and re.fullmatch(r"(?i)D-\d+", str(a))
                                          for a in _args(tree))


def _at_a_day(tree: ast.Query, companies: list[Any]) -> bool:
    """Every figure a price, or a figure of the price, at one day written out (the registry's market figures of one
    date; not the volume, a count of shares)."""
    figures = _figures(tree)
    return bool(figures) and all(
        isinstance(x, ast.Call) and METRICS[x.metric].dataset == "prices" and METRICS[x.metric].args == ("date",)
        and METRICS[x.metric].unit != "count" and _written_day(x.args[0]) for x in figures)


def _unconverted(tree: ast.Query, companies: list[Any]) -> bool:
    """No conversion: each company's own currency."""
    return bool(_figures(tree)) and tree.currency is None


def _anything(tree: ast.Query | None, companies: list[Any]) -> bool:
    """The check of words that say nothing of the reading (an aside, a number said again)."""
    return True


def _value(words: str) -> float | None:
    m = re.fullmatch(r"(?i)(\d+(?:\.\d+)?|[a-z]+(?:\s+a)?)\s*([a-z]+)?", words.strip())
    if m is None:
        return None
    head = m.group(1).lower()
    n = float(head) if head[0].isdigit() else _WORD_NUMBERS.get(re.sub(r"\s+", " ", head))
    scale = _SCALES.get((m.group(2) or "").lower()) if m.group(2) else 1.0
    return None if n is None or scale is None else n * scale


def parens_said(question: str, reads_alone: Callable[[str], bool] | None = None) -> list[
        tuple[str, Callable[[Reading, list[Any]], bool]]]:
    """The question with every parenthesis that says again what the reading gives cut, with the check they put
    together on the reading (its query, as FinQL's syntax tree, and its companies); none where the question holds no
    such parenthesis. With ``reads_alone`` (whether the translator reads anything in some words alone), the asker's asides are cut too
    (``aside``): they put no check on the reading."""
    found: list[tuple[int, int, Check]] = []
    if reads_alone is not None:
        found += [(m.start(), m.end(), _anything) for m in _PAREN.finditer(question)
                  if aside(m.group("body"), reads_alone)]
    for m in _unit().finditer(question):
        cur = _currency(m.group("cur") or m.group("cur2") or m.group("cur3") or m.group("cur4"))
        if (m.group("cur") or m.group("cur2") or m.group("cur3") or m.group("cur4")) and cur is None:
            continue
        found.append((m.start(), m.end(), _in_millions(cur, bool(m.group("own")))))
    for m in _ORDER.finditer(question):
        found.append((m.start(), m.end(), _order(m.group("a"), m.group("b"))))
    for m in _QUARTER.finditer(question):
        n = int(m.group("n")) if m.group("n") else _ORD[m.group("o").lower()]
        y = m.group("y") or m.group("y2")
        found.append((m.start(), m.end(), _quarter(n, int(y) if y else None)))
    for m in _PLAIN.finditer(question):
        found.append((m.start(), m.end(), _plain_ratio))
    for m in _per_share_said().finditer(question):
        cur = _currency(m.group("cur"))
        if m.group("cur") and cur is None:
            continue
        found.append((m.start(), m.end(), _per_share_in(cur)))
    for m in _NUMBER_SAID.finditer(question):
        # (the number as written, Indian or Western grouping; where the words give another number, left in place)
        said = _value(m.group("w"))
        if said is not None and abs(float(m.group("n").replace(",", "")) - said) < 1e-9:
            found.append((question.rindex("(", 0, m.start("w")), m.end(), _anything))
    for m in _QUARTERS.finditer(question):
        ends = [int(n) for n in re.findall(r"(?i)q([1-4])", m.group("l"))]
        ranged = re.search(r"(?i)-|to|through", m.group("l")) and len(ends) == 2
        found.append((m.start(), m.end(), _quarters_listed(set(range(ends[0], ends[1] + 1)) if ranged else set(ends))))
    for m in _LATEST_AND.finditer(question):
        k = m.group("k").lower()
        found.append((m.start(), m.end(), _latest_and(m.group("u").lower(), int(k) if k.isdigit() else NUMBER_WORDS[k])))
    for rx, check in ((_CALENDAR, _calendar), (_TRADING_DAYS, _trading_days), (_ON_OR_BEFORE, _at_a_day),
                      (_OWN_CURRENCY, _unconverted)):
        found += [(m.start(), m.end(), check) for m in rx.finditer(question)]
    for m in _DILUTED.finditer(question):
        found.append((m.start(), m.end(), _diluted))
    if not found:
        return []
    rest = question
    for s, e, _c in sorted(found, key=lambda f: -f[0]):
        rest = _cut(rest, s, e)
    checks = [c for _s, _e, c in found]

    def agrees(reading: Reading, companies: list[Any]) -> bool:
        tree = _tree(reading)
        return all(c is _anything for c in checks) if tree is None else all(c(tree, companies) for c in checks)
    return [(rest, agrees)]

"""(round 42, f42p) Words in parentheses that say again what the reading gives: kept only where they agree with it.

People who write long sentences put a gloss in parentheses: the unit of the figures ("(in millions)", "(both in
millions of pounds)", "(in millions of the reporting currency, i.e. yen)"), the order of a difference ("(2024 minus
2016)"), the fiscal quarter a period is ("(its fiscal Q4)", "(fourth quarter of fiscal 2024)"), a qualifier FinQL's
figure has anyway ("shares outstanding (diluted)", SPEC 1: EPS and shares are diluted). Such words change no figure
where they agree with the reading; where they do not ("(in millions of yen)" of a company reporting in sterling,
"(2023 minus 2024)" of a reading 2024 minus 2023, "(its fiscal Q3)" of a fourth quarter, "(in millions)" of an EPS,
"(basic)"), the asker means another figure, and the question stays refused, naming them.

``parens_said`` gives the question with every such parenthesis cut and the check they put together on the reading
(its query and the companies it reads); ``pipeline.restated`` reads the rest and keeps the reading only where the
check holds. A parenthesis of any other kind is left in place (so the rest is refused as before, naming it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from finql.translate import rx as re
from finql.translate.framing import CHOOSING_VERBS
from finql.translate.units_said import _cut, _items

Check = Callable[[str, list[Any]], bool]

# SPEC 1: money in millions of the company's currency; shares in millions too
_MONEY = r"FF_(?:SALES|GROSS_INC|OPER_INC|NET_INC|ASSETS|LIABS|EQUITY|DEBT|CASH|CAPEX|FCF)|FG_MKT_CAP|FE_SALES"
_IN_MILLIONS = rf"(?:{_MONEY}|FF_SHARES)"
_CURRENCIES = (
    ("USD", r"(?:us\s+|u\.s\.\s+)?dollars?|usd|us\$|\$"),
    ("GBP", r"(?:british\s+)?pounds?(?:\s+sterling)?|sterling|gbp|£"),
    ("EUR", r"euros?|eur|€"),
    ("JPY", r"(?:japanese\s+)?yen|jpy|¥"),
    ("CAD", r"canadian\s+dollars?|cad|c\$"),
    ("CHF", r"swiss\s+francs?|chf"),
)
_CUR = "|".join(rx for _c, rx in _CURRENCIES)
_OWN = r"(?:the\s+|their\s+|its\s+|each\s+company's\s+)?(?:own\s+|reporting\s+|local\s+|home\s+)+currency"
# "(in millions)", "(millions)", "(both in millions of pounds)", "(in millions of the reporting currency, i.e. yen)",
# "(in millions of US dollars)", "(USD millions)", "($m)", "(EUR m)"
_UNIT = re.compile(
    rf"\s*\(\s*(?:both\s+|all\s+|figures\s+|amounts\s+)?(?:(?:in|as)\s+)?(?:"
    rf"millions?(?:\s+of\s+(?:(?P<own>{_OWN})(?:\s*,?\s*(?:i\.\s?e\.?|that\s+is|so|namely)\s*,?\s*(?P<cur2>{_CUR}))?|"
    rf"(?P<cur>{_CUR})))?"
    rf"|(?P<cur3>{_CUR})\s*(?:millions?|mn|m)"
    rf"|(?P<cur4>{_CUR})\s+millions?)\s*\)", re.IGNORECASE)
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
# "shares outstanding (diluted)", "EPS (diluted)": SPEC 1's EPS and shares are diluted
_DILUTED = re.compile(r"\s*\(\s*(?:fully\s+)?diluted\s*\)", re.IGNORECASE)


def _currency(words: str | None) -> str | None:
    if not words:
        return None
    return next((c for c, rx in _CURRENCIES if re.fullmatch(rx, words.strip(), flags=re.IGNORECASE)), None)


def _in_millions(cur: str | None, own: bool) -> Check:
    """Every figure money in millions (or shares, where no currency is said), in ``cur`` where one is said: the
    query's ``IN`` currency, else every company's own; "the reporting currency" only without ``IN``."""
    def check(query: str, companies: list[Any]) -> bool:
        items = _items(query)
        if not items:
            return False
        for x in items:
            fields = re.findall(r"\b[A-Z]+_[A-Z_]+(?=\()", x)
            # a sum, a difference or a SUM / AVG of amounts in millions: no ratio, per-share item, count or percent
            if not fields or any(not re.fullmatch(_IN_MILLIONS, f) for f in fields) or re.search(r" [/*] |GROWTH|CAGR", x):
                return False
            if (cur or own) and "FF_SHARES" in fields:
                return False  # shares are no money: "(in millions of dollars)" beside them is another figure
        target = re.search(r"\bIN ([A-Z]{3})\s*$", query)
        if own:
            return target is None and (cur is None or all(c.currency == cur for c in companies))
        if cur is None:
            return True
        return target.group(1) == cur if target else bool(companies) and all(c.currency == cur for c in companies)
    return check


def _order(a: str, b: str) -> Check:
    """Every difference of the reading the figure of year ``a`` minus that of year ``b`` (fiscal years said)."""
    def year(y: str) -> int:
        return int(y) if len(y) == 4 else 2000 + int(y)
    ya, yb = year(a), year(b)

    def check(query: str, companies: list[Any]) -> bool:
        diffs = re.findall(r"([A-Z]+_[A-Z_]+)\(F[YQ](\d{4})\w*\) - ([A-Z]+_[A-Z_]+)\(F[YQ](\d{4})\w*\)", query)
        if not diffs or query.count(" - ") != len(diffs):
            return False
        return all(f == g and int(x) == ya and int(z) == yb for f, x, g, z in diffs)
    return check


def _quarter(n: int, y: int | None) -> Check:
    """Every fiscal period of the reading the quarter ``n`` (of fiscal ``y`` where said), no other period."""
    def check(query: str, companies: list[Any]) -> bool:
        periods = re.findall(r"(?<![\w-])(F[YQ][\w-]*)", query)
        if not periods or re.search(r"\b(?:P_|FG_|FE_)[A-Z_]+\(", query):
            return False
        return all(m is not None and int(m.group(2)) == n and (y is None or int(m.group(1)) == y)
                   for m in (re.fullmatch(r"FQ(\d{4})Q([1-4])", p) for p in periods))
    return check


def _diluted(query: str, companies: list[Any]) -> bool:
    """Every figure the diluted shares or the (diluted) EPS, SPEC 1's."""
    items = _items(query)
    return bool(items) and all(re.fullmatch(r"(?:FF_SHARES|FF_EPS)\([^()]*\)", x) for x in items)


# the asker speaking of themselves or to the reader, or hedging: what marks a parenthesis as the asker's aside
_ASKER = re.compile(r"(?i)(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|our|us|you|you're|your|perhaps|admittedly|"
                    r"obviously|honestly|frankly|sorry|thanks|please)(?![\w'])")
# words that choose or restrict even without a finance word ("the ones I hold", "which we like", "who only ...")
_RESTRICTS = re.compile(r"(?i)(?<![\w'])(?:ones?|those|these|them|they|it|its|which|who|whose|where|that|when|if|unless|"
                        r"and|or|but|names?|companies|firms|stocks?|shares?|holdings?|portfolios?|funds?|positions?|"
                        r"including|like|likes|prefer|prefers|want|wants|mean|means|meant|" + CHOOSING_VERBS + r")(?![\w'])")
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
    if content_class(words) is not None:
        return False
    if any(w[0].isupper() and w != "I" and not w.startswith("I'") and i > 0 for i, w in enumerate(words)):
        return False
    if not all(w.lower() in FILLER or english(w.lower()) or _ASKER.fullmatch(w) for w in words):
        return False
    return not reads_alone(body)


def parens_said(question: str, reads_alone: Callable[[str], bool] | None = None) -> list[tuple[str, Check]]:
    """The question with every parenthesis that says again what the reading gives cut, with the check they put
    together on the reading (its query and companies); none where the question holds no such parenthesis. With
    ``reads_alone`` (whether the translator reads anything in some words alone), the asker's asides are cut too
    (``aside``): they put no check on the reading."""
    found: list[tuple[int, int, Check]] = []
    if reads_alone is not None:
        found += [(m.start(), m.end(), lambda q, cs: True) for m in _PAREN.finditer(question)
                  if aside(m.group("body"), reads_alone)]
    for m in _UNIT.finditer(question):
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
    for m in _DILUTED.finditer(question):
        found.append((m.start(), m.end(), _diluted))
    if not found:
        return []
    rest = question
    for s, e, _c in sorted(found, key=lambda f: -f[0]):
        rest = _cut(rest, s, e)
    checks = [c for _s, _e, c in found]
    return [(rest, lambda q, cs: all(c(q, cs) for c in checks))]

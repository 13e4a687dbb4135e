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

from finql.language.registry import METRICS
from finql.translate import rx as re
from finql.translate.framing import CHOOSING_VERBS
from finql.translate.timeres import NUMBER_WORDS
from finql.translate.units_said import _cut, _figures


def _items(query: str) -> list[str]:
    """(round 42, lead) The query's figures (items, fields left out, and its sort key) as FinQL's syntax tree gives
    them (``units_said._figures``, r42), each written back as FinQL text for the checks below; none where the query does
    not parse."""
    from finql.errors import FinQLError
    from finql.language.parser import parse

    try:
        return [str(x) for x in _figures(parse(query))]
    except FinQLError:
        return []


Check = Callable[[str, list[Any]], bool]

# SPEC 1: money in millions of the company's currency; shares in millions too
# (the registry's units, SPEC 1's one home: round 42, lead)
_MONEY = "|".join(k for k, m in METRICS.items() if m.unit == "money")
_PER_SHARE = "|".join(k for k, m in METRICS.items() if m.unit == "per_share")
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
# "(plain ratio, not %)", "(as a plain ratio)", "(x)", "(times)", "(ratio, not in percent)": a quotient not scaled
_PLAIN = re.compile(r"\s*\(\s*(?:(?:as\s+)?(?:a\s+)?(?:plain\s+|simple\s+|raw\s+)?ratio(?:\s*,?\s*(?:not|rather\s+than)\s+"
                    r"(?:in\s+|as\s+a\s+)?(?:%|percent|percentage|pct))?|x|times|not\s+(?:in\s+)?(?:%|percent|"
                    r"percentage|pct))\s*\)", re.IGNORECASE)
# "(in pounds per share)", "(dollars per share)", "(per share)": per-share figures, in units of the currency said
_PER_SHARE_SAID = re.compile(rf"\s*\(\s*(?:in\s+)?(?:(?P<cur>{_CUR})\s+)?(?:a|per)\s+share\s*\)", re.IGNORECASE)
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


def _plain_ratio(query: str, companies: list[Any]) -> bool:
    """Every figure one plain figure divided by another, not scaled to percent."""
    items = _items(query)
    return bool(items) and all(re.fullmatch(r"[A-Z]+_[A-Z_]+\([^()]*\) / [A-Z]+_[A-Z_]+\([^()]*\)", x) for x in items)


def _per_share_in(cur: str | None) -> Check:
    """Every figure per share (SPEC 1: in units of the currency), in ``cur`` where said (the ``IN`` currency, else
    every company's own)."""
    def check(query: str, companies: list[Any]) -> bool:
        items = _items(query)
        if not items or not all(re.fullmatch(rf"(?:{_PER_SHARE})\([^()]*\)", x) for x in items):
            return False
        target = re.search(r"\bIN ([A-Z]{3})\s*$", query)
        if cur is None:
            return True
        return target.group(1) == cur if target else bool(companies) and all(c.currency == cur for c in companies)
    return check


def _quarters_listed(listed: set[int]) -> Check:
    """The reading's periods the fiscal quarters listed, of one fiscal year, each of them."""
    def check(query: str, companies: list[Any]) -> bool:
        periods = re.findall(r"(?<![\w-])(F[YQ][\w-]*)", query)
        got = [re.fullmatch(r"FQ(\d{4})Q([1-4])", p) for p in periods]
        return bool(got) and all(got) and len({m.group(1) for m in got if m}) == 1 and {
            int(m.group(2)) for m in got if m} == listed and "SUM(" not in query and "AVG(" not in query
    return check


def _offset(period: str) -> int | None:
    """A fiscal period as its offset from the latest (FY0, FQ0; SPEC: the latest fiscal year is LATEST_FY's)."""
    from finql.language.registry import LATEST_FY

    if m := re.fullmatch(r"F[YQ](0|-\d{1,2})", period):
        return int(m.group(1))
    if m := re.fullmatch(r"FY(\d{4})", period):
        return int(m.group(1)) - LATEST_FY
    if m := re.fullmatch(r"FQ(\d{4})Q([1-4])", period):
        return (int(m.group(1)) - LATEST_FY) * 4 + int(m.group(2)) - 4
    return None


def _latest_and(unit: str, k: int) -> Check:
    """The reading's periods the latest fiscal quarter (year) and the ``k`` before it: a span from -k to 0, or each
    of them listed."""
    def check(query: str, companies: list[Any]) -> bool:
        periods = re.findall(r"(?<![\w-])(F[YQ][\w-]*)", query)
        kinds = {p[:2] for p in periods}
        if len(kinds) != 1 or (unit != "one" and kinds != {"FQ" if "quarter" in unit else "FY"}):
            return False
        offsets = [_offset(p) for p in periods]
        if None in offsets:
            return False
        spans = re.findall(r"\b(?:SUM|AVG)\([A-Z_]+, (F[YQ][\w-]+), (F[YQ][\w-]+)\)", query)
        if spans:
            return all(_offset(a) == -k and _offset(b) == 0 for a, b in spans) and len(periods) == 2 * len(spans)
        return set(offsets) == set(range(-k, 1))
    return check


def _calendar(query: str, companies: list[Any]) -> bool:
    """Every period of the reading days (a calendar span or day), none fiscal."""
    return not re.search(r"(?<![\w-])F[YQ]", query) and bool(re.search(r"\(\d{4}-\d\d-\d\d", query))


def _trading_days(query: str, companies: list[Any]) -> bool:
    """The reading counts days back in trading days (``D-n``), no fiscal period."""
    return bool(re.search(r"\bD-\d+\b", query)) and not re.search(r"(?<![\w-])F[YQ]", query)


def _at_a_day(query: str, companies: list[Any]) -> bool:
    """Every figure a price (or a figure of a price) at a day written out."""
    items = _items(query)
    return bool(items) and all(re.fullmatch(r"(?:P_PRICE|FG_[A-Z_]+)\(\d{4}-\d\d-\d\d\)", x) for x in items)


def _unconverted(query: str, companies: list[Any]) -> bool:
    """No conversion: each company's own currency."""
    return bool(_items(query)) and not re.search(r"\bIN [A-Z]{3}\s*$", query)


def _value(words: str) -> float | None:
    m = re.fullmatch(r"(?i)(\d+(?:\.\d+)?|[a-z]+(?:\s+a)?)\s*([a-z]+)?", words.strip())
    if m is None:
        return None
    head = m.group(1).lower()
    n = float(head) if head[0].isdigit() else _WORD_NUMBERS.get(re.sub(r"\s+", " ", head))
    scale = _SCALES.get((m.group(2) or "").lower()) if m.group(2) else 1.0
    return None if n is None or scale is None else n * scale


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
    for m in _PLAIN.finditer(question):
        found.append((m.start(), m.end(), _plain_ratio))
    for m in _PER_SHARE_SAID.finditer(question):
        cur = _currency(m.group("cur"))
        if m.group("cur") and cur is None:
            continue
        found.append((m.start(), m.end(), _per_share_in(cur)))
    for m in _NUMBER_SAID.finditer(question):
        # (the number as written, Indian or Western grouping; where the words give another number, left in place)
        said = _value(m.group("w"))
        if said is not None and abs(float(m.group("n").replace(",", "")) - said) < 1e-9:
            found.append((question.rindex("(", 0, m.start("w")), m.end(), lambda q, cs: True))
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
    return [(rest, lambda q, cs: all(c(q, cs) for c in checks))]

"""(round 41, f41p) A day, a year or a fiscal year's end said, then named again by what it is to the company or the data.

"on 31 March 2024, the last day of its fiscal year", "on 30 September 2024, the last day of the third calendar
quarter", "EPS in fiscal 2015, the first year of the data", "since jan 2 2015 (first day of the price history here)",
"at its fiscal year end, 31 March 2024", "for fiscal 2024 (years end September)", "fiscal 2024, year ended 31 March".
The words say the period again only where they hold: the day is that fiscal year's last for every company read, the
year is each company's first with fundamentals, the month is each company's year-end month. Where they do not hold
("on 15 March 2024, the last day of its fiscal year", a September year said to end in June) the question stays refused
(the words said and the period said disagree, and which one is meant is unknown), as before.

``named_again`` gives the question without the words and the check the words put on the companies of its reading;
``pipeline.restated`` reads the rest and keeps the reading only where the check holds.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Callable, Sequence

from finql.language.calendar import trading_days
from finql.language.registry import FIRST_FY, Company
from finql.translate import rx as re

Check = Callable[[Sequence[Company]], bool]

_MONTHS = {m.lower(): i for i, m in enumerate(_cal.month_name) if m} | {
    m.lower(): i for i, m in enumerate(_cal.month_abbr) if m} | {"sept": 9}
_MON = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# a day written out: "31 March 2024", "March 31, 2024", "jan 2 2015", "2024-03-31"
_DAY = (rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MON})\s+(?P<y1>\d{{4}})|(?P<m2>{_MON})\s+(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})|(?P<y3>\d{{4}})-(?P<m3>\d\d)-(?P<d3>\d\d))")
_DAY_BEFORE = re.compile(_DAY + r"\s*$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(?:(?P<fiscal>fiscal\s+(?:year\s+)?|financial\s+year\s+|fy\s?)|(?:calendar\s+(?:year\s+)?))?"
                          r"(?P<y>(?:19|20)\d\d)\s*$", re.IGNORECASE)
# the words that name the period again, after a comma, in brackets or after a dash, at the clause's end
_NAMED = re.compile(
    r"(?:\s*,\s*|\s*\(\s*|\s+-+\s+)(?:i\.\s?e\.?\s*,?\s*|which\s+(?:is|was)\s+)?(?:the\s+)?(?P<end>last|final|first)\s+"
    r"(?:(?:trading\s+)?(?P<day>day|session)|(?P<year>(?:fiscal\s+|financial\s+|full\s+)?year))\s+of\s+"
    r"(?P<of>[a-z0-9' ]{2,50}?)\s*(?:\)|(?=\s*(?:[?.;!,]|$)))", re.IGNORECASE)
# "at its fiscal year end, 31 March 2024", "as at its fiscal year end of 31 March 2024": the day after it
_FY_END_THEN_DAY = re.compile(r"\b(?:at|as\s+at|as\s+of|on)\s+(?P<w>(?:its|their|the\s+company's|the)\s+(?:fiscal|financial)\s+"
                              r"year[- ]?end\s*(?:,\s*|\s+of\s+|\s+on\s+|\s+-+\s+))(?=" + _DAY + r")", re.IGNORECASE)
# "fiscal 2024 (years end September)", "fiscal 2024, year ended 31 March", "FY2023 (its year ends in June)": the month
# the fiscal years said end in
_YEARS_END = re.compile(r"(?:\s*,\s*|\s*\(\s*|\s+-+\s+)(?:(?:its|their|the)\s+)?(?:fiscal\s+|financial\s+)?years?\s+"
                        r"(?:ended|ending|ends|end)\s+(?:in\s+|on\s+)?(?:the\s+)?(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+)?"
                        rf"(?P<m>{_MON})(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s*(?:\)|(?=\s*(?:[?.;!]|$)))",
                        re.IGNORECASE)
_CAL_YEAR_END = re.compile(r"\s*\(\s*(?:i\.\s?e\.?\s*,?\s*)?(?:the\s+)?calendar[\s-]+year[\s-]*end\s*\)", re.IGNORECASE)
_YEAR_END_BEFORE = re.compile(r"(?:\bend[\s-]+(?:of\s+)?(?:calendar\s+)?(?:19|20)\d\d|\b(?:19|20)\d\d[\s-]+year[\s-]*end|"
                              r"\b31(?:st)?\s+dec(?:ember|\.)?\s+(?:19|20)\d\d|\bdec(?:ember|\.)?\s+31(?:st)?,?\s+(?:19|20)\d\d|"
                              r"\b(?:19|20)\d\d-12-31)\s*$", re.IGNORECASE)
_FISCAL_IS_CALENDAR = re.compile(rf"\s*\(\s*(?:its\s+|their\s+|a\s+)?(?P<m>{_MON})[\s-]+year[\s-]*end\s*[,;]?\s*(?:so\s+)?"
                                 r"(?:the\s+)?fiscal(?:\s+year)?\s*(?:=|is|equals|matches)\s*(?:the\s+)?calendar(?:\s+year)?\s*\)",
                                 re.IGNORECASE)
_FISCAL_YEAR_SAID = re.compile(r"\b(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d\b|\bfy\s?'?\d\d(?:\d\d)?\b", re.IGNORECASE)

_OF_FISCAL_YEAR = re.compile(r"(?:its|their|the|the\s+company's|the\s+companies')\s+(?:fiscal|financial)\s+year",
                             re.IGNORECASE)
_OF_CAL_QUARTER = re.compile(r"(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+calendar\s+quarter"
                             r"(?:\s+of\s+(?P<y>\d{4}))?|(?:the\s+)?calendar\s+(?:q|quarter\s+)(?P<q2>[1-4])", re.IGNORECASE)
_OF_CAL_YEAR = re.compile(r"(?:the\s+)?(?:calendar\s+)?(?:year(?:\s+(?P<y>\d{4}))?|(?P<y2>\d{4}))", re.IGNORECASE)
_OF_MONTH = re.compile(r"the\s+month", re.IGNORECASE)
_OF_DATA = re.compile(r"(?:the\s+|its\s+|their\s+)?(?:data|data\s*set|dataset|history|fundamentals|financials|"
                      r"financial\s+data|figures|records?)(?:\s+(?:here|we\s+have|you\s+have))?", re.IGNORECASE)
_OF_PRICES = re.compile(r"(?:the\s+|its\s+|their\s+)?(?:price\s+(?:history|data|series)|trading\s+history|share\s+price\s+"
                        r"history|history|data)(?:\s+(?:here|we\s+have|you\s+have))?", re.IGNORECASE)
_QUARTER_NO = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _day(m: re.Match[str]) -> dt.date | None:
    d, mon, y = (m.group("d1") or m.group("d2") or m.group("d3"), m.group("m1") or m.group("m2") or m.group("m3"),
                 m.group("y1") or m.group("y2") or m.group("y3"))
    month = int(mon) if mon.isdigit() else _MONTHS.get(mon.lower().rstrip("."))
    try:
        return dt.date(int(y), month, int(d)) if month else None
    except ValueError:
        return None


def _month_end(day: dt.date) -> bool:
    return day.day == _cal.monthrange(day.year, day.month)[1]


def first_price_day(c: Company) -> dt.date:
    """The first day of a company's price history (SPEC 1: none before the IPO year)."""
    start = max(dt.date(c.ipo_year, 1, 1), trading_days()[0])
    return next(d for d in trading_days() if d >= start)


def _check_day(end: str, of: str, day: dt.date) -> Check | None:
    """The check "<day>, the last (first) day of <of>" puts on the companies; None where the words are not known."""
    last = end.lower() in ("last", "final")
    if last and _OF_FISCAL_YEAR.fullmatch(of):
        return lambda cs: bool(cs) and _month_end(day) and all(c.fiscal_year_end_month == day.month for c in cs)
    if last and (q := _OF_CAL_QUARTER.fullmatch(of)):
        n = _QUARTER_NO.get((q.group("q") or "").lower()) or int(q.group("q2"))
        ok = _month_end(day) and day.month == 3 * n and (not q.group("y") or int(q.group("y")) == day.year)
        return lambda cs: ok
    if last and (y := _OF_CAL_YEAR.fullmatch(of)):
        said = y.group("y") or y.group("y2")
        ok = (day.month, day.day) == (12, 31) and (not said or int(said) == day.year)
        return lambda cs: ok
    if last and _OF_MONTH.fullmatch(of):
        return lambda cs: _month_end(day)
    if not last and _OF_PRICES.fullmatch(of):
        return lambda cs: bool(cs) and all(first_price_day(c) == day for c in cs)
    return None


def _check_year(end: str, of: str, year: int, fiscal: bool) -> Check | None:
    """The check "<year>, the first year of <of>" puts on the companies; None where the words are not known."""
    if end.lower() == "first" and _OF_DATA.fullmatch(of):
        # (a plain year is the fiscal year there, SPEC 1's fundamentals; the first year of the prices is no fiscal one)
        return lambda cs: bool(cs) and all(c.first_fiscal_year == year for c in cs) and year >= FIRST_FY
    return None


def _cut(question: str, start: int, end: int) -> str:
    """The question without its span ``start:end`` (a space kept between words)."""
    after = question[end:].lstrip()
    return question[:start] + ("" if not after or after[0] in "?.;!,)" else " ") + after


def named_again(question: str) -> list[tuple[str, Check]]:
    """The question without words that name its period again, each with the check those words put on its companies."""
    out: list[tuple[str, Check]] = []
    for m in _NAMED.finditer(question):
        before, of = question[:m.start()], m.group("of").strip()
        check: Check | None = None
        if m.group("day") and (d := _DAY_BEFORE.search(before)) and (day := _day(d)):
            check = _check_day(m.group("end"), of, day)
        elif m.group("year") and (y := _YEAR_BEFORE.search(before)):
            check = _check_year(m.group("end"), of, int(y.group("y")), bool(y.group("fiscal")))
        if check is not None:
            out.append((_cut(question, m.start(), m.end()), check))
    for m in _FY_END_THEN_DAY.finditer(question):
        d = re.match(_DAY, question[m.end():], flags=re.IGNORECASE)
        day = _day(d) if d else None
        if day is None:
            continue
        out.append((question[:m.start("w")] + question[m.end("w"):],
                    lambda cs, day=day: bool(cs) and _month_end(day)
                    and all(c.fiscal_year_end_month == day.month for c in cs)))
    # "at end-2023 (calendar year end)": the day said again; "Calendar 2023 sales for X (Dec year-end, so fiscal =
    # calendar)": the year's end month said, where every company's fiscal year ends then
    for m in _CAL_YEAR_END.finditer(question):
        if _YEAR_END_BEFORE.search(question[:m.start()]):
            out.append((_cut(question, m.start(), m.end()), lambda cs: True))
    for m in _FISCAL_IS_CALENDAR.finditer(question):
        month = _MONTHS.get(m.group("m").lower().rstrip("."))
        if month is not None:
            out.append((_cut(question, m.start(), m.end()),
                        lambda cs, month=month: bool(cs) and all(c.fiscal_year_end_month == month for c in cs)))
    for m in _YEARS_END.finditer(question):
        before = question[:m.start()]
        if not _FISCAL_YEAR_SAID.search(before):
            continue  # the fiscal year the words are said of, before them
        month = _MONTHS.get(m.group("m").lower().rstrip("."))
        said = m.group("d") or m.group("d2")
        if month is None or said and int(said) != _cal.monthrange(2023, month)[1] and not (month == 2 and said == "29"):
            continue
        out.append((_cut(question, m.start(), m.end()),
                    lambda cs, month=month: bool(cs) and all(c.fiscal_year_end_month == month for c in cs)))
    return out

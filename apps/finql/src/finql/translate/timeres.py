"""Time resolution: every period and date form of SPEC sections 2 and 5, as of 2025-01-15.

The resolver finds *mentions* (a span and a typed value) and claims their words; what a
mention means depends on the metric it qualifies, so each value renders itself for the kind
of argument the metric takes:

- ``fiscal()``: fiscal periods for fundamentals (``FY2023``, ``FQ2023Q3``, ``FQ-1``, ``LTM``), a
  list or a range of them;
- ``point()``: one date for prices and valuations (``2024-06-30``, ``D0``, ``D-20``);
- ``span(kind)``: a date range for ``P_RETURN`` (from the close *before* a calendar period, SPEC
  section 5) or ``P_HIGH``/``P_LOW`` (the trading days inside it);
- ``estimate()``: ``FY1``/``FY2``.

A value that has no reading for a metric (a future quarter, a year before the data) renders as
``None`` and the composer refuses, naming the words.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field, replace

from finql.language.calendar import FIRST_DAY, LAST_DAY, trading_day_on_or_before
from finql.language.calendar import quarter_end as fiscal_quarter_end
from finql.language.registry import AS_OF, ESTIMATE_YEARS, FIRST_FY, LATEST_FY
from finql.translate import rx as re
from finql.translate.text import CARDINALS, ORDINALS, Claims

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_UNITS = {w: n for w, n in CARDINALS.items() if 1 <= n <= 9}
_TENS = {w: n for w, n in CARDINALS.items() if n in range(20, 100, 10)}
# a count said in words: one to ninety-nine (text.CARDINALS, with the compounds) and "a", "an", "single" ("a year ago")
NUMBER_WORDS = {**{w: n for w, n in CARDINALS.items() if 1 <= n <= 19}, **_TENS,
                **{f"{t}-{u}": _TENS[t] + _UNITS[u] for t in _TENS for u in _UNITS},  # "twenty-five", "forty-two"
                "a": 1, "an": 1, "single": 1}


# a compound is written with a hyphen or a space ("twenty-five", "twenty five"); ``number`` reads both
_NUM = (r"(\d+|(?:" + "|".join(_TENS) + r")[- ](?:" + "|".join(_UNITS) + r")\b|"
        + "|".join(sorted((w for w in NUMBER_WORDS if "-" not in w), key=len, reverse=True)) + r")")
# words that set the grain of the query's periods (each quarter, each year, year over year, quarter over quarter), read
# as cues beside the periods; a framing clause that says one the rest does not is refused (``framing``)
GRAIN_CUES = (r"\bquarterly\b|\bper quarter\b|\beach quarter\b|\beach calendar quarter\b|\bevery quarter\b|\bquarter by quarter\b",
              r"\beach (?:fiscal |calendar )?year\b|\bevery (?:fiscal |calendar )?year\b|\byear by year\b|\bper year\b|\bannually\b|\byearly\b|"
              r"\ba year\b",
              r"\b(?:yoy|year[- ]over[- ]year|year[- ]on[- ]year)\b",
              r"\b(?:qoq|quarter[- ]over[- ]quarter|quarter[- ]on[- ]quarter|sequential(?:ly)?)\b")
_ORD = "|".join(ORDINALS)
AS_OF_YEAR = AS_OF.year
# "the most recently completed fiscal year", "the last closed quarter": the latest period in the data (a period is
# known from its end on, SPEC section 1, so the latest one in the data is the latest one completed)
# ((round 46, f46r) "concluded" as "completed": "the most recently concluded fiscal quarter")
_FINISHED = r"(?:completed|closed|finished|ended|concluded)"  # (a period's end said done: one list, round 46)
_DONE = r"(?:most\s+recently|most\s+recent|last|latest|recently)\s+(?:complete|" + _FINISHED + ")"
# A month or a day written without a year ("since March", "on March 15th", "between January 1 and June 30")
# is read in the year of D0, as SPEC section 5 reads "year to date": the year with prices, not the as-of year.
NO_YEAR = LAST_DAY.year
# "Q3", "the fourth quarter", "H1" without a year: the latest such quarter (half) in the data, of D0's year.
# ("of last year" names that year; "of this year" names 2025, which has no data and is refused.)
_OF_YEAR = (r"(?:\s+of\s+(?:the\s+)?(?:(last|this|current)\s+(fiscal\s+|calendar\s+|financial\s+)?year"
            r"|(year before last)))?")


def _of_year(m: re.Match[str], i: int) -> int:
    """The year a quarter or half without a number of its own belongs to (groups i: last/this, i+2: before last)."""
    if m.group(i + 2):
        return LATEST_FY - 1
    return {"last": LATEST_FY, "this": AS_OF_YEAR, "current": AS_OF_YEAR}.get(m.group(i) or "", NO_YEAR)


def _calendar(prefix: str | None) -> bool:
    """A period's prefix says calendar ("calendar 2023", "cy2023"; "fiscal" holds the letters "cal" too)."""
    return bool(re.search(r"\b(?:calendar|cy)", prefix or ""))


def number(s: str) -> int:
    return int(s) if s.isdigit() else NUMBER_WORDS[re.sub(r"\s+", "-", s.strip())]


def _iso(d: dt.date) -> str:
    return "D0" if d >= LAST_DAY else d.isoformat()


def _counted_from_today(a: TimeValue) -> bool:
    """A span counted back from today: the trailing months or years, the LTM, year to date (each ends at D0)."""
    return a.kind in ("ltm", "ytd", "mtd", "qtd") or a.kind == "span" and not a.years and not a.anchored


def _counted_back(t: str, ms: list[Mention], claims: Claims) -> None:
    """Merge "(counting) (back) from today" said after a span counted back from today into the span (its words
    read): "the past two years, counting back from today", "trailing 12 months from today"."""
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        if b.value.kind == "now" and b.value.unit != "yesterday" and re.fullmatch(r"(?:today|now)", t[b.start:b.end]) \
                and _counted_from_today(a.value) and re.fullmatch(
                    r"\s*,?\s*(?:(?:counting|counted|going|measured|looking)\s+)?(?:back\s+)?from\s+", t[a.end:b.start]) \
                and claims.free(a.end, b.start):
            claims.claim(a.end, b.end, "time")
            ms[i - 1:i + 1] = [Mention(a.start, b.end, replace(a.value, text=t[a.start:b.end]))]


def _at_d0(span: tuple[str, str] | None) -> tuple[str, ...] | None:
    """A date range with D0's own date written as D0 (a calendar period ending on it writes the date, SPEC 5; a span
    to today writes D0: the same day, so "this year (2024)" and "H2 2024 (1 July to 31 December 2024)" agree)."""
    return None if span is None else tuple("D0" if d == LAST_DAY.isoformat() else d for d in span)


def _in_data(d: dt.date) -> bool:
    """A date the prices can answer for: from the first trading day of the data to D0, or the as-of date itself
    ("today", SPEC section 5). A day between them (2025-01-10) was a trading day the data does not hold; D0's close
    would answer another date; a day before 2015-01-02 has no close on or before it (a null, never an answer)."""
    return FIRST_DAY <= d <= LAST_DAY or d == AS_OF


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _fy(y: int) -> str | None:
    return f"FY{y}" if FIRST_FY <= y <= LATEST_FY else None


def _months_back(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _quarter_label(index: int) -> str | None:
    """FQ label of a consecutive quarter index (year * 4 + q - 1)."""
    y, q = divmod(index, 4)
    return f"FQ{y}Q{q + 1}" if FIRST_FY <= y <= LATEST_FY else None


LATEST_Q = LATEST_FY * 4 + 3


def _absolute(periods: list[str] | None) -> list[str | None] | None:
    """Fiscal periods with the quarters counted back from the latest (FQ0, FQ-n) written as the quarters they are
    (FQ0 is FQ2024Q4 for every company, SPEC section 2): "the quarter before last, i.e. the third fiscal quarter of
    2024" names one quarter twice."""
    if periods is None:
        return None
    return [_quarter_label(LATEST_Q - int(m.group(1) or 0)) if (m := re.fullmatch(r"FQ-?(\d+)", p)) else p
            for p in periods]


def _every_year_between(periods: list[str]) -> bool:
    """Whether fiscal years listed are every year from the first of them to the last, each once (in any order)."""
    years = sorted(int(p[2:]) for p in periods if re.fullmatch(r"FY\d{4}", p))
    return len(years) == len(periods) and years == list(range(years[0], years[-1] + 1)) if years else False


def period_order(label: str) -> float:
    """Where a fiscal period label ends, as a quarter index (to put two periods of a growth in order)."""
    if m := re.fullmatch(r"FY(\d{4})", label):
        return int(m.group(1)) * 4 + 3
    if m := re.fullmatch(r"FQ(\d{4})Q([1-4])", label):
        return int(m.group(1)) * 4 + int(m.group(2)) - 1
    if m := re.fullmatch(r"FY(-\d+|0)", label):
        return (LATEST_FY + int(m.group(1))) * 4 + 3
    if m := re.fullmatch(r"FQ(-\d+|0)", label):
        return LATEST_Q + int(m.group(1))
    return LATEST_Q + 0.5 if label == "LTM" else 0.0


@dataclass
class TimeValue:
    """One time expression; ``kind`` says which; the render methods say what it means for a metric."""

    kind: str
    text: str = ""
    years: tuple[int, ...] = ()  # year, years, year range bounds
    quarters: tuple[int, ...] = ()  # consecutive quarter indexes
    dates: tuple[dt.date, ...] = ()
    n: int = 0  # relative count (years ago, trading days, months ...)
    unit: str = ""  # years, quarters, months, weeks, days, trading days
    calendar: bool = False  # "calendar 2024": never a fiscal reading
    fiscal: bool = False  # "fiscal 2023", "FY2023": never a calendar reading
    each: bool = False  # a list of periods ("in each of", "FY2022, FY2023 and FY2024")
    half: int = 0
    month: int = 0
    end: bool = False  # "at the end of Q3 2024": the period's last day, for a price
    # "since listing", "since its IPO": from the named companies' listing (set by the composer, which knows them):
    # their first fiscal year with data, and each one's first trading day (one per company)
    listing: bool = False
    # the month the named companies' fiscal years end in (set by the composer where they share one): a fiscal year
    # or quarter of prices ("the stock's return in fiscal 2023") is then those companies' own dates
    fy_end_month: int = 0
    first_fy: int = 0
    first_days: tuple[dt.date, ...] = ()
    # "the end of June" (no year of its own): read in D0's year unless the other end of its range names one
    no_year: bool = False
    # "the 12 months to June 30, 2024": a span counted back from the date after it (merged in ``resolve``); with no
    # such date it reads nothing (refused, naming it), never counted back from the as-of date
    anchored: bool = False
    # "the first nine months of fiscal 2024": the quarters of a part of a year, one figure (a flow's sum), as a fiscal
    # half is (``half``); for prices, the calendar months from the year's start
    part: bool = False
    # "in calendar 2023", "calendar Q4 2023" of a fundamentals item: the named companies' fiscal quarters that end in
    # those calendar months (set by the composer where the companies share one mapping; consecutive quarter indexes)
    cal_quarters: tuple[int, ...] = ()
    # a period whose reading for prices is not one (a range between "two years ago" and "last year": a point a year
    # back from today, or the calendar year?); fundamentals only
    no_prices: bool = False
    # "this year" of prices: the year of D0, as "year to date" (SPEC section 5); an estimate year otherwise
    this_year: bool = False
    # a span of quarters that ends this many quarters before the latest one ("the last 4 quarters vs the prior 4": the
    # second is 4 quarters ending 4 back, FQ-7..FQ-4); 0 for a span that ends at the latest quarter
    back: int = 0
    inclusive: bool = False  # "both dates included" said of a date range (a high's or low's reading only)
    # a range whose start is named as a day's close ("from the closing price on 1 February 2024"): the dates as written
    literal: bool = False
    # "from 20 trading days ago to 5 trading days ago" (kind ``drel_range``, round 22): the end's count of trading days
    # before D0 (0: D0 itself); ``n`` is the start's
    to_n: int = 0
    # (round 47, f47w) a range said from its later end to its earlier ("from FY0 to FY-2", "fiscal 2024 to 2022"): the
    # periods in it, in the data's order; which way a change over it runs is not said (``pipeline.compose_reading``)
    reversed: bool = False
    # (round 27) "last quarter (Q4 of calendar 2024)", "last year (the year ended December 2024)": a period whose fiscal
    # reading depends on the companies' year end, said in apposition to a label that does not (FQ0, FY2024); the label's
    # fiscal periods, which the companies' own must equal (a September year end's calendar Q4 2024 is no FQ0: refused)
    said_as: tuple[str | None, ...] = ()
    said_fiscal: bool = False  # that label was said as fiscal ("FY2023 (the year ended December 2023)")

    # ------------------------------------------------------------ fundamentals
    def fiscal_periods(self) -> list[str] | None:
        """The fiscal periods the value names (one, or several for a list), or None."""
        if self.said_as:
            out = replace(self, said_as=()).fiscal_periods()
            return out if out is not None and tuple(_absolute(out) or ()) == self.said_as else None
        k = self.kind
        if self.calendar and self.cal_quarters:
            a, b = self.cal_quarters[0], self.cal_quarters[-1]
            if self.end:  # "at the end of calendar 2023": the quarter ending then
                a = b
            if a % 4 == 0 and b == a + 3 and not self.end:  # the calendar year is the companies' fiscal year
                return [_fy(a // 4)] if _fy(a // 4) else None  # type: ignore[list-item]
            labels = [_quarter_label(i) for i in range(a, b + 1)]
            return None if None in labels else labels  # type: ignore[return-value]
        if k in ("year", "years"):
            if self.calendar:
                return None
            out = [_fy(y) for y in self.years]
            return None if None in out else out  # type: ignore[return-value]
        if k == "fylabel":
            return [self.text.upper()]
        if k in ("quarter", "quarters"):
            if self.calendar:  # a calendar quarter is not a fiscal one (most companies' years end elsewhere)
                return None
            out = [_quarter_label(i) for i in self.quarters]
            return None if None in out else out  # type: ignore[return-value]
        if k == "fqrel":
            return [f"FQ-{self.n}" if self.n else "FQ0"]
        if k == "qended":  # "the quarter ended June 2024": the fiscal quarter the composer found for the companies
            label = _quarter_label(self.quarters[0]) if self.quarters else None
            return [label] if label else None
        if k == "ltm":
            return ["LTM"]
        if k == "half":  # "H1 2024" of a fundamentals item: the fiscal half, as "Q3 2023" is the fiscal quarter
            if self.calendar:
                return None
            base = self.years[0] * 4 + 2 * self.half - 2
            out = [_quarter_label(base), _quarter_label(base + 1)]
            return None if None in out else out  # type: ignore[return-value]
        if k == "year_range":
            a, b = self.years
            return [_fy(y) for y in range(a, b + 1)] if _fy(a) and _fy(b) and a <= b else None  # type: ignore[misc]
        if k == "quarter_range":
            a, b = self.quarters
            labels = [_quarter_label(i) for i in range(a, b + 1)]
            return None if None in labels or a > b else labels  # type: ignore[return-value]
        if k == "span":
            if self.unit == "years":  # the last N years, or the N years to a year named ("three fiscal years to FY2024")
                last = self.years[0] if self.years else LATEST_FY
                return [f"FY{y}" for y in range(last - self.n + 1, last + 1)] if self.n <= 10 and _fy(last - self.n + 1) \
                    and _fy(last) else None
            if self.unit == "quarters":
                return [f"FQ-{i}" if i else "FQ0" for i in range(self.n - 1 + self.back, self.back - 1, -1)] \
                    if self.n + self.back <= 40 else None
            return None
        if k == "since":
            y = self.first_fy or (self.years[0] if self.years else 0)
            return [f"FY{x}" for x in range(y, LATEST_FY + 1)] if _fy(y) else None
        if k == "yearsago":
            p = _fy(self.years[0])
            return [p] if p else None
        if k == "now":
            return None if self.unit == "yesterday" else [f"FY{LATEST_FY}"]
        return None

    def growth_range(self) -> tuple[str, str] | None:
        """Two fiscal periods to grow between: a span of N years is N intervals (FY2024-N..FY2024)."""
        k = self.kind
        if k == "span" and self.unit == "years":
            last = self.years[0] if self.years else LATEST_FY
            return (f"FY{last - self.n}", f"FY{last}") if _fy(last - self.n) and _fy(last) else None
        if k == "span" and self.unit == "quarters":
            return f"FQ-{self.n + self.back}", f"FQ-{self.back}" if self.back else "FQ0"
        if k == "since":
            if self.listing and len(set(self.first_days)) > 1:
                return None  # companies listed in different years: no one range of periods is each one's
            y = self.first_fy or (self.years[0] if self.years else 0)
            return (f"FY{y}", f"FY{LATEST_FY}") if _fy(y) and y < LATEST_FY else None
        periods = self.fiscal_periods()
        if not periods:
            return None
        if len(periods) >= 2:  # "2024 vs 2023": from the earlier to the later
            return min(periods, key=period_order), max(periods, key=period_order)
        one = periods[0]
        m = re.fullmatch(r"FY(\d{4})", one)
        if m:  # growth "in 2023": over the year before
            y = int(m.group(1))
            return (f"FY{y - 1}", one) if _fy(y - 1) else None
        return None

    # ------------------------------------------------------------ prices
    def point(self) -> str | None:
        """One date for a price or valuation metric."""
        k = self.kind
        if k == "now":
            return "D0"
        if k == "date":
            return _iso(self.dates[0]) if _in_data(self.dates[0]) else None
        if k == "drel":
            return f"D-{self.n}" if self.n else "D0"
        if k in ("year", "years") and len(self.years) == 1:
            y = self.years[0]
            if self.fiscal and self.fy_end_month:  # "at the end of fiscal 2023": that fiscal year's last day
                d = _month_end(y, self.fy_end_month)
                return _iso(d) if y >= FIRST_FY and d <= AS_OF else None
            if self.fiscal:
                # (round 25) "in FY2024, which airlines had a P/E below 20": a fiscal year's end with no one year end
                # among the companies (a screen, or named companies whose years end in different months) is no one
                # date (it was December 31st, another day than a September year end: a wrong answer); refused
                return None
            return _iso(dt.date(y, 12, 31)) if FIRST_FY <= y <= LATEST_FY else None
        if self.end and not self.fiscal and k in ("quarter", "half") and len(self.quarters or self.years) == 1:
            y, q = divmod(self.quarters[0], 4) if k == "quarter" else (self.years[0], 2 * self.half - 1)
            d = _month_end(y, 3 * q + 3)
            return _iso(d) if FIRST_DAY <= d <= LAST_DAY else None
        if self.end and not self.fiscal and k == "fqrel":  # "at the end of last quarter": the calendar quarter's end
            y, q = divmod(LAST_DAY.year * 4 + (LAST_DAY.month - 1) // 3 - self.n, 4)
            return _iso(_month_end(y, 3 * q + 3))
        if k in ("ago", "yearsago"):
            d = _ago(self.n, self.unit or "years")
            return _iso(d) if d and d >= FIRST_DAY and _in_data(d) else None
        return None

    def points(self) -> list[str] | None:
        """Several dates (a list of year ends, or of dates)."""
        if self.end and self.each and self.kind == "quarter_range" and not self.fiscal:
            # "at the end of each quarter of 2024": one per calendar quarter end
            out = [_month_end(i // 4, 3 * (i % 4) + 3) for i in range(self.quarters[0], self.quarters[1] + 1)]
            return [_iso(d) for d in out] if all(_in_data(d) for d in out) else None
        if self.end and self.kind in ("span", "year_range") and not self.fiscal and (
                self.kind == "year_range" or self.unit == "years"):
            # "at the end of each of the last 3 years", "at each year-end from 2021 to 2023": one per year end
            years = range(self.years[0], self.years[1] + 1) if self.kind == "year_range" else \
                range(LATEST_FY - self.n + 1, LATEST_FY + 1)
            out = [_iso(dt.date(y, 12, 31)) if FIRST_FY <= y <= LATEST_FY else None for y in years]
            return None if None in out or len(out) > 10 else out  # type: ignore[return-value]
        if self.end and self.kind == "quarters" and not self.fiscal:
            # "at the end of Q1, Q2 and Q3 2024": one point per calendar quarter end, as "at the end of Q3 2024" is one
            out = [_month_end(i // 4, 3 * (i % 4) + 3) for i in self.quarters]
            return [_iso(d) for d in out] if all(FIRST_DAY <= d <= LAST_DAY for d in out) else None
        if self.kind in ("years",) and len(self.years) > 1:
            out = [_iso(dt.date(y, 12, 31)) if FIRST_FY <= y <= LATEST_FY else None for y in self.years]
            return None if None in out else out  # type: ignore[return-value]
        if self.kind == "dates" or (self.kind == "date_range" and self.each):
            return None if not all(_in_data(d) for d in self.dates) else [_iso(d) for d in self.dates]
        p = self.point()
        return [p] if p else None

    def span(self, metric: str) -> tuple[str, str] | None:
        """(d1, d2) for P_RETURN (``metric='return'``) or P_HIGH/P_LOW (``'hilo'``)."""
        ret = metric == "return"
        k = self.kind
        if self.no_prices:
            return None
        start: dt.date | None = None
        end: dt.date | None = None
        fym = self.fy_end_month if self.fiscal else 0
        if k == "year_range" and self.fiscal and self.end:
            if not fym:
                return None
            # "from the end of fiscal 2023 to the end of fiscal 2024": from the one year end to the other (a return from
            # the close on the first, as from the close before the fiscal years after it)
            start, end = _month_end(self.years[0], fym) + dt.timedelta(days=1), _month_end(self.years[1], fym)
        elif fym and (k == "year_range" or k in ("year", "years") and len(self.years) == 1):
            # the named companies' own fiscal year(s): from the day after the year before ends
            a, b = self.years[0], self.years[-1]
            start, end = _month_end(a - 1, fym) + dt.timedelta(days=1), _month_end(b, fym)
        elif fym and k == "quarter" and len(self.quarters) == 1:
            y, q = divmod(self.quarters[0], 4)
            end = fiscal_quarter_end(y, q + 1, fym)
            start = _months_back(end.replace(day=1), 2)
        elif k in ("year", "years") and len(self.years) == 1 and not self.fiscal:
            y = self.years[0]
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
        elif k == "year_range" and not self.fiscal:
            a, b = self.years
            start, end = dt.date(a, 1, 1), dt.date(b, 12, 31)
        elif k == "quarter" and not self.fiscal and len(self.quarters) == 1:
            y, q = divmod(self.quarters[0], 4)
            start, end = dt.date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3)
        elif k == "quarter_range" and not self.fiscal and self.quarters[0] <= self.quarters[1]:
            (y, q), (y2, q2) = divmod(self.quarters[0], 4), divmod(self.quarters[1], 4)
            start, end = dt.date(y, 3 * q + 1, 1), _month_end(y2, 3 * q2 + 3)
        elif k == "half" and not self.fiscal:
            y = self.years[0]
            start, end = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if self.half == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        elif k == "month":
            y = self.years[0]
            start, end = dt.date(y, self.month, 1), _month_end(y, self.month)
        elif k in ("months", "qended"):  # "from January to June 2024", "the three months ended June 2024"
            start, end = self.dates
        elif k == "fqrel" and not self.fiscal:  # "the return last quarter": the calendar quarter (Q4 2024 for "last quarter")
            y, q = divmod(LAST_DAY.year * 4 + (LAST_DAY.month - 1) // 3 - self.n, 4)
            start, end = dt.date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3)
        elif k == "ytd" or k == "est" and self.this_year:
            start, end = dt.date(LAST_DAY.year, 1, 1), LAST_DAY
        elif k == "mtd":  # like year to date (SPEC 5): the month of D0
            start, end = dt.date(LAST_DAY.year, LAST_DAY.month, 1), LAST_DAY
        elif k == "qtd":
            start, end = dt.date(LAST_DAY.year, 3 * ((LAST_DAY.month - 1) // 3) + 1, 1), LAST_DAY
        elif k == "since" and self.listing:
            # from the first close after listing (there is no close before it); a return needs one start for all
            if not self.first_days or ret and len(set(self.first_days)) > 1:
                return None
            return _iso(min(self.first_days)), "D0"
        elif k == "since":
            if self.dates and self.month:  # "since March": from the start of the month, a calendar period
                start, end = self.dates[0], LAST_DAY
            elif self.dates:
                start, end = self.dates[0], LAST_DAY
                if ret:
                    return (_iso(start), "D0") if _in_data(start) else None
            else:
                start, end = dt.date(self.years[0], 1, 1), LAST_DAY
        elif k == "date_range":
            a, b = self.dates
            if a > b or not _in_data(b) or ret and not _in_data(a) or ret and self.inclusive:
                return None  # a return needs a close on its first date (a high or low counts the days after it)
            if ret and a.day == 1 and b == _month_end(b.year, b.month) and a - dt.timedelta(days=1) >= FIRST_DAY \
                    and not self.literal:
                # "between January 1 and June 30": whole calendar months, a calendar period (the first half of the
                # year), so a return starts at the close before it as SPEC 5 has it; other dates stay as written
                return _iso(a - dt.timedelta(days=1)), _iso(b)
            return _iso(a), _iso(b)  # dates as written: literal, for every range metric
        elif k == "span" and (self.years or self.back):
            return None  # "the three years to FY2024", "the prior 4 quarters": fiscal periods, not a span of prices
        elif k == "span" and self.calendar and self.unit == "years":
            # "the last two calendar years": the whole calendar years before D0's year ends (2023 and 2024), never
            # counted back from the as-of date
            start, end = dt.date(LAST_DAY.year - self.n + 1, 1, 1), dt.date(LAST_DAY.year, 12, 31)
        elif k == "span" and self.calendar and self.unit == "months":
            # (round 49, f49s) "the last six calendar months": the whole months before the as-of date's month (July to
            # December 2024), as "last month" is December 2024 and "the last two calendar years" are whole years; it
            # was counted back from the as-of date ("calendar" dropped: 2024-07-15 to D0, a wrong answer)
            end = AS_OF.replace(day=1) - dt.timedelta(days=1)
            start = _months_back(end.replace(day=1), self.n - 1)
        elif k == "span":
            if self.unit == "trading days":
                return f"D-{self.n}", "D0"
            d = _ago(self.n, self.unit)
            if d is None or d < FIRST_DAY or d >= LAST_DAY:
                return None  # "last week" as of 2025-01-15: no trading day of the data in it
            return _iso(d), "D0"
        elif k == "now":
            return None
        elif k == "drel_range":  # "from 10 trading days ago to today": D-10 to D0 (SPEC section 2, D-n)
            return (f"D-{self.n}", f"D-{self.to_n}" if self.to_n else "D0") if self.n > self.to_n else None
        elif k == "ltm":  # the last twelve months of prices: counted back from the as-of date
            return _iso(_months_back(AS_OF, 12)), "D0"
        if start is None or end is None or start > LAST_DAY or start < dt.date(FIRST_FY, 1, 1):
            return None
        # (round 30) a period that ends on D0's own date ("in 2024", "in Q4 2024") ends there, as SPEC 5 writes it
        # (``P_RETURN(2023-12-31, 2024-12-31)``; the same close as D0's); a span to today (year to date) ends at D0
        dated = end == LAST_DAY and k not in ("ytd", "mtd", "qtd", "since", "est")
        end = min(end, LAST_DAY)
        if ret:  # SPEC 5: a return over a calendar period starts at the close before it
            before = start - dt.timedelta(days=1)
            if before < FIRST_DAY:
                return None
            return _iso(before), end.isoformat() if dated else _iso(end)
        # (round 31) a high or a low over the same period ends there too ("the 2024 high" beside "the 2024 return":
        # both ``2024-12-31``; the high ended at D0 beside a return ending on the date, one period written two ways)
        return _iso(start), end.isoformat() if dated else _iso(end)

    def spans(self, metric: str) -> list[tuple[str, str]] | None:
        """One date range, or one per calendar year of a list ("the highest close in 2023 and 2024")."""
        if self.kind == "years" and len(self.years) > 1 and not self.fiscal:
            out = [TimeValue("year", years=(y,)).span(metric) for y in self.years]
            return None if None in out else out  # type: ignore[return-value]
        if self.kind == "quarters" and len(self.quarters) > 1 and not self.fiscal:
            # "the return in Q1, Q2 and Q3 2024": one range per calendar quarter, as "in Q3 2024" is one (SPEC 5)
            out = [TimeValue("quarter", quarters=(i,), calendar=self.calendar).span(metric) for i in self.quarters]
            return None if None in out else out  # type: ignore[return-value]
        if self.kind == "span" and self.calendar and self.unit == "months" and self.each:
            # (round 49, f49s) "in each of the last three calendar months": one range per month
            last = AS_OF.replace(day=1) - dt.timedelta(days=1)
            firsts = [_months_back(last.replace(day=1), k) for k in range(self.n - 1, -1, -1)]
            out = [TimeValue("month", years=(d.year,), month=d.month).span(metric) for d in firsts]
            return None if None in out else out  # type: ignore[return-value]
        if self.kind == "span" and self.calendar and self.unit == "years" and self.each:
            # "in each of the last two calendar years": one range per calendar year
            out = [TimeValue("year", years=(y,)).span(metric) for y in range(LAST_DAY.year - self.n + 1, LAST_DAY.year + 1)]
            return None if None in out else out  # type: ignore[return-value]
        one = self.span(metric)
        return [one] if one else None

    # ------------------------------------------------------------ estimates
    def estimates(self) -> list[str] | None:
        k = self.kind
        if k in ("year", "years"):
            out = [{2025: "FY1", 2026: "FY2"}.get(y) for y in self.years]
            return None if None in out else out  # type: ignore[return-value]
        if k == "est":
            return [f"FY{self.n}"]
        if k == "fylabel" and self.text.upper() in ("FY1", "FY2"):
            return [self.text.upper()]
        if k == "year_range":
            a, b = self.years
            if (a, b) == (2025, 2026):
                return ["FY1", "FY2"]
        return None

    @property
    def is_future_only(self) -> bool:
        return bool(self.estimates()) and not self.fiscal_periods()


def _year_range(m: re.Match[str]) -> TimeValue | None:
    a, b = (_y(x) for x in m.groups() if x)
    if not (1990 <= a < b):
        return None
    return TimeValue("year_range", years=(a, b), fiscal=bool(re.search(r"fiscal|fy", m.group(0))),
                     calendar="calendar" in m.group(0))


def _calendar_period(start: dt.date, end: dt.date, text: str) -> TimeValue | None:
    """(round 26) "the six months to 30 June 2024", "the half year to June 2024", "the three months to 30 September
    2024", "the twelve months to 31 December 2023": whole months that make one calendar quarter, half or year are that
    calendar period (prices read the same dates; a fundamentals item of companies named reads their fiscal quarters
    in it, as "the first half of calendar 2024" does: it was refused). None for any other span."""
    if start.day != 1 or end != _month_end(end.year, end.month) or end.month % 3:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 3:
        return TimeValue("quarter", quarters=(end.year * 4 + end.month // 3 - 1,), calendar=True, text=text)
    if months == 6 and end.month in (6, 12):
        return TimeValue("half", years=(end.year,), half=end.month // 6, calendar=True, text=text)
    if months == 12 and end.month == 12:
        return TimeValue("year", years=(end.year,), calendar=True, text=text)
    if months == 12:
        # (round 28, f28c) "the twelve months to 31 March 2024": the year that ends then, as "the year ended March
        # 2024" (the fiscal year of a company whose year ends in that month; ``compose._year_ended`` reads the span
        # for others, and for prices, as round 26 did: the dates are kept)
        return TimeValue("year", years=(end.year,), fiscal=True, month=end.month, text=text, dates=(start, end))
    return None


def _year_ended(m: re.Match[str]) -> TimeValue | None:
    """The fiscal year that ends on the day said ("the year ended September 2023", "... 30-SEP-2023", "... 2023-09-30",
    "... 9/30/2023"); a day in digits with both numbers under 13 reads two ways and is no year's end here."""
    if m.group(7):
        return TimeValue("year", years=(int(m.group(7)),), fiscal=True, month=MONTHS[m.group(6)] if m.group(6) else 0)
    if m.group(1):
        return TimeValue("year", years=(int(m.group(1)),), fiscal=True, month=int(m.group(2))) if 1 <= int(m.group(2)) <= 12 else None
    a, b = int(m.group(3)), int(m.group(4))
    month = a if b > 12 >= a else b if a > 12 >= b else 0
    return TimeValue("year", years=(int(m.group(5)),), fiscal=True, month=month) if month else None


def _quarter_ended(y: int, month: int) -> TimeValue | None:
    if not 1 <= month <= 12:
        return None
    first = _months_back(dt.date(y, month, 1), 2)
    return TimeValue("qended", years=(y,), month=month, dates=(first, _month_end(y, month)))


def fiscal_quarter_ending(y: int, month: int, fy_end_month: int) -> int | None:
    """The quarter index (fiscal year * 4 + q - 1) of the fiscal quarter that ends in calendar month ``month`` of
    ``y``, for a company whose fiscal year ends in ``fy_end_month``; None when no quarter of it ends then."""
    back = (fy_end_month - month) % 12  # months from that month to the fiscal year's end
    if back % 3:
        return None
    fiscal_year = y if month <= fy_end_month else y + 1
    return fiscal_year * 4 + 3 - back // 3


def _day_of(v: TimeValue) -> dt.date | None:
    """The one calendar day a point mention names: a date, or the end of a calendar year or quarter ("the end of 2023")."""
    if v.kind == "date":
        return v.dates[0]
    if v.end and not v.fiscal and v.kind == "year" and len(v.years) == 1:
        return dt.date(v.years[0], 12, 31)
    if v.end and not v.fiscal and v.kind == "quarter" and len(v.quarters) == 1:
        y, q = divmod(v.quarters[0], 4)
        return _month_end(y, 3 * q + 3)
    return None


def _first_day(v: TimeValue) -> dt.date | None:
    """The first calendar day of a calendar year, quarter, half or month ("the start of Q2 2024": 2024-04-01)."""
    if v.fiscal or v.end:
        return None
    if v.kind == "year" and len(v.years) == 1:
        return dt.date(v.years[0], 1, 1)
    if v.kind == "quarter" and len(v.quarters) == 1:
        y, q = divmod(v.quarters[0], 4)
        return dt.date(y, 3 * q + 1, 1)
    if v.kind == "half" and len(v.years) == 1:
        return dt.date(v.years[0], 1 if v.half == 1 else 7, 1)
    if v.kind == "month" and len(v.years) == 1:
        return dt.date(v.years[0], v.month, 1)
    return None


def _same_day(a: TimeValue, b: TimeValue, b_text: str) -> bool:
    """A date in apposition names the day of the point before it ("mid-year 2024 (June 30)": a day written without a
    year is of the point's year, not of D0's)."""
    da = _day_of(a)
    if da is None or b.kind != "date":
        return False
    db = b.dates[0]
    return db == da or not re.search(r"\d{4}|'\d\d", b_text) and (db.month, db.day) == (da.month, da.day)


def _by_year_end(v: TimeValue) -> bool:
    """A period whose fiscal reading the composer finds from the companies' year end: a calendar period ("calendar
    2024", "Q4 of calendar 2024"), a quarter named by the month it ends in ("the December 2024 quarter") or a year
    by its last month ("the year ended December 2023")."""
    return v.calendar or v.kind == "qended" or v.kind == "year" and bool(v.month)


def _is_last_day(v: TimeValue) -> bool:
    """Whether a period names the data's last trading day (D0, or its date): the only day FinQL counts trading days
    back from (``D-N``)."""
    return v.point() == "D0" or v.kind == "date" and v.dates[0] == LAST_DAY


def _days_before(t: str, mentions: list[Mention]) -> None:
    """"Five trading days before the last trading day of 2024": trading days counted back from the day named after
    them. From the data's last day (D0) that is ``D-N`` (the day named is part of it, no date of its own); from any
    other day FinQL has no count of trading days (it was D-N from D0 beside that day: a wrong answer): refused."""
    i = 0
    while i + 1 < len(mentions):
        mm, anchor = mentions[i], mentions[i + 1]
        if mm.value.kind == "drel" and re.search(r"\b(?:before|prior\s+to)$", t[mm.start:mm.end]) and re.fullmatch(
                r"\s*(?:the\s+)?", t[mm.end:anchor.start]):
            if _is_last_day(anchor.value):
                mentions[i:i + 2] = [Mention(mm.start, anchor.end, replace(mm.value, text=t[mm.start:anchor.end]))]
            else:
                mm.value = TimeValue("unresolved", text=mm.value.text)
        i += 1


_PREVIOUS_YEAR = r"(?:the\s+)?(?:prior|previous)\s+(?:fiscal\s+|financial\s+)?year"
_PREVIOUS_QUARTER = r"(?:the\s+)?(?:prior|previous|preceding)\s+(?:fiscal\s+)?quarter"  # ("preceding": round 31)
# ("at the end of the previous quarter" said alone: the same quarter, its end the day a price is read at; after another
# period it keeps its older reading, the quarter before the latest)
_END_OF = r"(?:(?:at|as\s+of|as\s+at|by)\s+)?(?:the\s+)?(?:end\s+of\s+)?"


def _counted_again(t: str, before: Mention, mm: Mention) -> bool:
    """(round 40, f40n) Whether ``mm`` ("two years earlier") is a count back said after ``before``, itself one
    ("a year earlier"), with no word that makes the later count from the earlier ("before that", "prior to it",
    "again", "further"): both then count from the period named before them."""
    said = t[mm.start:mm.end]
    count = r"\b(?:earlier|before|prior|back)$"
    return bool(re.search(count, said) and re.search(count, t[before.start:before.end])
                and not re.match(r"\s*(?:(?:to|than|from)\s+)?(?:that|it|this|then|those|again|still|further|"
                                 r"more|on\s+from\s+that)\b", t[mm.end:]))


def _ago_of_a_quarter(t: str, mentions: list[Mention], i: int) -> bool:
    """(round 43, f43n) "net income last quarter vs a year ago", "sales in Q3 2024 compared with two years ago": "N years
    ago" set against one fiscal quarter named right before it is that quarter N years back (FQ-4, the golds' "the same
    quarter a year ago"), counted from it as "a year earlier" is; it was FY(2025-N), the whole year (SPEC 5's "N years
    ago" said of years: a year's figure beside a quarter's), and "growth last quarter vs a year ago" was GROWTH over
    FQ0..FQ0. Only a comparison joins them ("vs", "versus", "against", "compared with (to)", "relative to", "than");
    "last quarter and a year ago" (a list) is left as it reads."""
    if not i:
        return False
    v, prev = mentions[i].value, mentions[i - 1].value
    between = t[mentions[i - 1].end:mentions[i].start]
    # (round 43, lead) also with the measure's words between ("last quarter's net income vs a year ago") and after a
    # "compare" ("compare X's net income for the last quarter with a year ago"), which read FY2024 beside FQ0
    return v.kind == "yearsago" and re.search(r"\bago$", t[mentions[i].start:mentions[i].end]) is not None and (
        prev.kind == "fqrel" and prev.unit != "ago" or prev.kind == "quarter" and len(prev.quarters) == 1) and (
        _AGAINST_A_QUARTER.fullmatch(between) is not None or _COMPARED_WITH.fullmatch(between) is not None
        and re.search(r"\bcompar(?:e|ing)\b", t[:mentions[i - 1].start], re.IGNORECASE) is not None
        # (round 44, f44w) a list of the two, "net income last quarter and a year ago", "Q3 sales and its sales two
        # years ago": the figure asked at the quarter and again N years back is that quarter's (it read FY2024, a
        # year's figure beside a quarter's; f43n left the list as it read)
        or (listed := _COMPARED_WITH.fullmatch(between)) is not None and re.search(r"\band\s", listed.group(0)) is not None)


_AGAINST_A_QUARTER = re.compile(
    r"(?:'s)?(?:\s+[a-z/&-]+){0,4}?\s*,?\s*(?:vs\.?|versus|against|compared\s+(?:with|to)|relative\s+to|than)\s+"
    r"(?:(?:in|with|to)\s+)?(?:that\s+of\s+)?", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"(?:'s)?(?:\s+[a-z/&-]+){0,4}?\s*,?\s*(?:with|to|and)\s+(?:that\s+of\s+)?"
                            # (round 44, f44w) the measure said again after "with": "compare X's Q3 revenue with its
                            # revenue a year ago" (it read FY2024 beside the quarter)
                            r"(?:(?:its|their|the)\s+(?:[a-z/&-]+\s+){1,4})?", re.IGNORECASE)


def _relative(t: str, mentions: list[Mention]) -> None:
    """Periods said relative to the one named before them: "EPS in Q3 FY2024 and in the same quarter a year earlier"
    (FQ2023Q3), "FY1 and the year after" (FY2), "Q4 sales against the preceding three quarters" (Q1..Q3), "the year
    before" (a year back), and "N years (quarters) earlier/before/prior" after a period (from it, not from today).
    One with no period before it to count from reads no period (the composer refuses, naming it)."""
    bases: dict[int, TimeValue] = {}
    for i, mm in enumerate(mentions):
        v = mm.value
        prev = mentions[i - 1].value if i else None
        if prev is not None and prev.kind == "span" and prev.unit in ("years", "quarters") and not prev.years and (
                v.kind == "relative" and v.unit in ("quarter range", "span before") or v.kind == "span"
                and v.unit == prev.unit and re.match(r"(?:the\s+)?(?:preceding|previous|prior)\b", t[mm.start:mm.end])):
            # "the last 4 quarters vs the prior 4 (quarters)", "the last 3 years against the previous 3 years": the
            # N periods before the span just named (the second was read as the first again, or left unread)
            mm.value = _span_before(prev, v)
            continue
        if v.kind == "relative" and v.unit == "both":
            mm.value = _both(mentions[:i], v)
            continue
        relative_words = _ago_of_a_quarter(t, mentions, i) or v.kind == "relative" or (
            v.kind in ("yearsago", "fqrel") and re.search(r"\b(?:earlier|before|prior)$", t[mm.start:mm.end])
            and not re.search(r"\bago\b", t[mm.start:mm.end])) or (
            v.kind == "year" and re.fullmatch(_END_OF + _PREVIOUS_YEAR, t[mm.start:mm.end])) or (
            v.kind == "fqrel" and re.fullmatch(_END_OF + _PREVIOUS_QUARTER, t[mm.start:mm.end]))
        if v.kind == "ago" and re.search(r"\b(?:earlier|before|prior)$", t[mm.start:mm.end]) \
                and any(p.value.kind not in ("relative", "now") for p in mentions[:i]):
            # (round 41, r41) "the price on June 30, 2024, and a month earlier": months (weeks, days) counted back from
            # the day named before, not from today (it was read from the as-of date: 2024-12-15, a wrong answer);
            # refused, naming it, as a count back with nothing to count from is
            mm.value = TimeValue("unresolved", text=v.text)
            continue
        if not relative_words and v.kind == "fqrel" and v.unit == "ago":
            # "two quarters ago / back" counted from today reads two ways: FQ-2, or FQ-1 as SPEC section 5 counts "N
            # years ago" (FY(2025-N): the current, unreported period is the one "ago" counts from); refused, naming it
            # ((round 47, lead) f47r read it as FQ-(N-1) by that analogy; the tuning golds' own readall then lost two
            # refusals and gained three wrong answers for three right ones: the golds read it both ways, so it stays
            # refused)
            mm.value = TimeValue("ambiguous", unit="quarters ago", text=v.text)
            continue
        if not relative_words and not any(p.value.kind not in ("relative", "now") for p in mentions[:i]) \
                and (alone := _previous_alone(t, mentions, i)) is not None:
            # "at the end of the previous quarter" said alone (the "end of" is read with it, so it is no relative word)
            mm.value = alone
            continue
        if not relative_words:
            continue
        if v.kind != "relative" and i + 1 < len(mentions) and re.fullmatch(
                r"\s*(?:(?:to|than)\s+)?(?:the\s+)?", t[mm.end:mentions[i + 1].start]) \
                and re.search(r"\b(?:before|prior|earlier)$", t[mm.start:mm.end]):
            # "two years before fiscal 2024": counted back from the period named after it, which reads as a period of
            # its own too (and "N years before" alone counts from today): refused, naming it, never a wrong year
            mm.value = TimeValue("unresolved", text=v.text)
            continue
        if v.kind == "relative" and v.unit in ("quarter range", "year range") and i + 1 < len(mentions) and re.fullmatch(
                r"\s*(?:the\s+)?", t[mm.end:mentions[i + 1].start]) \
                and re.search(r"\b(?:before|prior|preceding|earlier)$", t[mm.start:mm.end]):
            # (round 24) "sales in the two quarters before Q3 2024": the N periods before the one named right after
            # it, which reads as a period of its own too; it was the last N quarters (none before it to count from)
            # beside Q3 2024, a wrong answer: refused, naming it, as "two years before fiscal 2024" is above
            mm.value = TimeValue("unresolved", text=v.text)
            continue
        said_of = next((p for p in reversed(mentions[:i]) if p.value.kind not in ("relative", "now")), None)
        base = said_of.value if said_of is not None else None
        if said_of is not None and id(said_of) in bases and _counted_again(t, said_of, mm):
            # (round 40, f40n) "Q3 2024 and the same quarter a year earlier and two years earlier": periods counted
            # back one after another from the one named count from it (two years before Q3 2024: FQ2022Q3; it counted
            # from the year-earlier quarter, FQ2021Q3); "the year before that" counts from the one just said
            base = bases[id(said_of)]
        if i and id(mentions[i - 1]) in bases and re.fullmatch(r"\s*\(\s*", t[mentions[i - 1].end:mm.start]):
            # "a year earlier (same quarter of the prior fiscal year)": the apposition counts from the same period
            base = bases[id(mentions[i - 1])]
        if base is not None and v.kind == "relative" and re.search(r"\bsame\s+quarter\b", t[mm.start:mm.end]) and len(
                {(p.value.kind, p.value.quarters, p.value.n) for p in mentions[:i]
                 if p.value.kind in ("quarter", "fqrel") and id(p) not in bases}) > 1 \
                and not (i and re.fullmatch(r"\s*\(\s*", t[mentions[i - 1].end:mm.start])):
            # (round 38, f38b) "EPS last quarter, the quarter before last, and the same quarter a year earlier": after
            # two quarters or more "the same quarter" is no one of them (the nearest read FQ-5, the asker meant the
            # latest's FQ-4): refused, naming it, never one guessed (a quarter counted from another, or the same said
            # again in brackets, "a year earlier (same quarter of the prior fiscal year)", is no second one)
            mm.value = TimeValue("unresolved", text=v.text)
            continue
        if base is not None and v.kind == "relative" and base.kind in ("year", "years", "yearsago", "fylabel") \
                and re.search(r"\bsame\s+quarter\b", t[mm.start:mm.end]):
            # (round 45, r45) "sales in fiscal 2024 grew more than 5% versus the same quarter last year": "the same
            # quarter" of a year is no quarter said (it read as the year before, FY2023, the quarter dropped; round 44's
            # growth bound before the base then answered it): refused, naming it, as after a half
            mm.value = TimeValue("unresolved", text=v.text)
            continue
        if base is not None and v.kind == "relative" and v.unit == "years" and base.kind in ("quarter", "fqrel") \
                and re.search(r"\b(?:fiscal|financial)\s+year\b|\bfy\b", t[mm.start:mm.end]):
            # (round 46, r46) "net income for Q3 2024 and the FY (fiscal year) before": a fiscal year said, counted
            # from a quarter (round 45's "the FY before" read FQ2023Q3, the same quarter a year before; the year
            # itself, FY2023, may be meant): refused, naming it ("the year before" a quarter reads as before)
            mm.value = TimeValue("unresolved", text=v.text)
            continue
        if base is not None:
            bases[id(mm)] = base
        if v.kind == "relative" and base is None and v.unit == "quarters" and v.n == -4 and i + 1 < len(mentions) \
                and mentions[i + 1].value.kind == "fqrel" and not mentions[i + 1].value.n \
                and re.fullmatch(r"\s*,?\s*(?:(?:to|until|through|and)\s+)?", t[mm.end:mentions[i + 1].start]):
            # (round 27) "sales growth from the same quarter a year ago to the latest quarter", "EPS growth versus the
            # same quarter a year ago, for the latest quarter": a year before the latest quarter named right after it
            # (FQ-4; it was refused, nothing before it to count from)
            base = mentions[i + 1].value
            bases[id(mm)] = base
        if v.kind == "relative" and v.unit == "one before" and i and mentions[i - 1].value.kind == "now" \
                and re.search(r"\b(?:day|session)\b", t[mentions[i - 1].start:mentions[i - 1].end]):
            # (round 31) "on the last trading day and on the one before it": the trading day before D0 (D-1; a "now"
            # is no base of the kinds above, so it was refused)
            mm.value = TimeValue("drel", n=1, text=v.text)
            continue
        if v.kind == "relative" and base is None and v.unit == "quarter range":
            # "EPS for the prior two quarters" with no period before it: the latest ones, as "the last two quarters"
            mm.value = TimeValue("span", n=v.n, unit="quarters", text=v.text)
            continue
        if v.kind == "relative" and base is None:
            mm.value = TimeValue("unresolved", text=v.text)
            continue
        if base is None and v.kind == "fqrel" and v.unit == "ago":
            mm.value = TimeValue("ambiguous", unit="quarters ago", text=v.text)  # "two quarters earlier": as above
            continue
        if base is None and (alone := _previous_alone(t, mentions, i)) is not None:
            mm.value = alone
            continue
        if base is None:
            continue  # "two years before" with nothing before it: from today, as written
        if v.kind == "relative" and v.unit == "same":  # "that day", "the same year": the period itself
            said = t[mm.start:mm.end]
            before = [p for p in mentions[:i] if p.value.kind not in ("relative", "now")]
            if re.search(r"\b(?:dates|days)$", said):
                # (round 31) "between those two dates": the span from the first day named to the second, where exactly
                # two days were named, each a point ("on A and B" is one list of points; anything else: refused)
                # (round 43, f43s: and the end of a calendar year or quarter said as a point, "the close at the end of
                # 2023 and at the end of 2024, and the return between those two dates", SPEC 5's calendar return;
                # a fiscal year's end is each company's own, no one day: refused, ``_day_of``)
                days = [d for p in before for d in (p.value.dates if p.value.kind == "date" and len(p.value.dates) == 1
                                                    or p.value.kind == "date_range" and p.value.each
                                                    else (_day_of(p.value) if p.value.kind != "date" else None,))]
                mm.value = TimeValue("date_range", dates=(days[0], days[1]), text=v.text) \
                    if len(days) == 2 and None not in days and days[0] < days[1] else TimeValue("unresolved", text=v.text)
                continue
            # (round 43, f43s: "total sales over FY2022-FY2024, the average operating income over those years, and the
            # CAGR for the same span": every period named before is one span, said again; it is that span)
            if re.search(r"\b(?:span|period|stretch|window|time(?:\s*frame)?)\b", said) and len(before) > 1 \
                    and any(replace(p.value, text="") != replace(before[0].value, text="") for p in before[1:]):
                # "debt at the end of last year and three years ago, with the growth over that span": the span runs
                # between the two years named (it was the last one alone, a growth over the year before it); two
                # periods of another kind, or more than two, are no one span: refused
                a_, b_ = before[-2].value, before[-1].value
                ys = sorted({*a_.years, *b_.years})
                if len(before) == 2 and all(x.kind in ("year", "yearsago") and len(x.years) == 1 and not x.calendar
                                            for x in (a_, b_)) and len(ys) == 2 \
                        and re.fullmatch(r"\s*(?:,|and|&|vs\.?|versus)\s*", t[before[0].end:before[1].start]):
                    mm.value = TimeValue("year_range", years=(ys[0], ys[1]), fiscal=True, no_prices=True, text=v.text)
                else:
                    mm.value = TimeValue("unresolved", text=v.text)
                continue
            days = [p.value for p in before if p.value.kind in ("date", "dates", "drel", "ago", "date_range")]
            if re.search(r"\b(?:day|date|session)\b", said) and (
                    len(base.dates) > 1 or len({(p.kind, p.dates, p.n, p.unit) for p in days}) > 1
                    or base.kind not in ("date", "drel", "ago") and not re.search(r"\bdate\b", said)):
                # (round 31) "the close on 2024-06-28 and 2024-09-30 - and FHB's that day": "that day" after two days
                # (or a day after a year, a range) is no one day; it was every date named: refused, naming it ("the
                # same date" after a fiscal year or a quarter's end is its end, as before)
                mm.value = TimeValue("unresolved", text=v.text)
                continue
            if re.search(r"\b(?:day|date|session)\b", said) and base.kind == "since":
                # (round 34, f34a) "X has halved since 2022-01-03. What was the return from that date to the latest
                # close?": the day "since" names, never the span since it (copied, "from that date to ..." was no range:
                # the return since the day beside a price today, a wrong answer); a "since" of no one day is refused
                mm.value = TimeValue("date", dates=base.dates, text=v.text) if len(base.dates) == 1 \
                    else TimeValue("unresolved", text=v.text)
                continue
            if re.search(r"\byear\b", said) and base.kind in ("date", "date_range", "since", "month") and not base.each:
                # (round 36, f36s) "from June 2021 to the end of that year", "from 1 March 2021 to the end of that
                # year": the calendar year the day (month) named falls in, never that day or month itself (it was the
                # end of March: the high of one month, a wrong answer); "that year" of no one year: refused
                ys = {d.year for d in base.dates} | ({*base.years} if base.kind == "month" else set())
                mm.value = TimeValue("year", years=(ys.pop(),), end=v.end, text=v.text) if len(ys) == 1 and v.end \
                    else TimeValue("unresolved", text=v.text)
                continue
            quarterly = base.kind in ("quarter", "quarter_range", "quarters", "fqrel", "half") or \
                base.kind == "span" and base.unit == "quarters"
            if re.search(r"(?:year|quarter|month|period)s\b", said) and (
                    sum(1 for p in mentions[:i] if p.value.kind not in ("relative", "now")) > 1
                    or "quarters" in said and not quarterly or "years" in said and quarterly):
                # "Q1 and Q2 sales and EPS for the same quarters" (both, not the last), "capex FY2019-FY2022 and FCF in
                # the same quarters" (years are not quarters): not one period to repeat, refused
                mm.value = TimeValue("unresolved", text=v.text)
                continue
            if re.search(r"\byear\b(?!')", said) and (
                    base.kind in ("year_range", "years", "months") and len({*base.years, *(d.year for d in base.dates)}) > 1
                    or base.kind == "span" and (base.unit == "years" and base.n > 1 or base.unit == "months" and base.n > 12)) \
                    or re.search(r"\bquarter\b(?!')", said) and (
                    base.kind in ("quarter_range", "quarters") and len(set(base.quarters)) > 1
                    or base.kind == "span" and base.unit == "quarters" and base.n > 1):
                # (round 39, f39n) "the return from 2019 through 2020, and the high of that year": one year (quarter)
                # said of a span of several is no one of them (it was the whole span, read as "that period"): refused
                mm.value = TimeValue("unresolved", text=v.text)
                continue
            if re.search(r"\bquarter's\b", said) and not quarterly or re.search(r"\byear's\b", said) and (
                    quarterly or base.kind not in ("year", "fylabel")):
                mm.value = TimeValue("unresolved", text=v.text)  # "FY2023 sales, with the quarter's figure": which one?
                continue
            if re.search(r"\byear\b(?!')", said) and quarterly:
                # (round 42, r42) "made a profit in the third quarter of fiscal 2022 and ended that year with more cash
                # than debt", "... and had more cash than debt at the end of that year": "that year" of one quarter is
                # the year the quarter falls in (fiscal, or calendar as the quarter was said), never the quarter itself
                # (it read the third quarter's balances: a wrong answer, since f41p read "ended that year with"); of a
                # half, a span or several quarters: refused, naming it
                q = base.quarters[0] if base.kind == "quarter" and len(base.quarters) == 1 else \
                    LATEST_Q - base.n if base.kind == "fqrel" and not base.unit else None
                mm.value = TimeValue("year", years=(q // 4,), fiscal=not base.calendar, calendar=base.calendar,
                                     end=v.end, text=v.text) if q is not None else TimeValue("unresolved", text=v.text)
                continue
            mm.value = replace(base, text=v.text, end=base.end or v.end)
            continue
        if v.kind == "relative" and v.unit == "same in":  # "Q3 fiscal 2024 versus the same quarter of fiscal 2023"
            first = base.quarters[0] if base.kind in ("quarter", "quarter_range") and base.quarters else \
                LATEST_Q - base.n if base.kind == "fqrel" else None
            new = _shifted(base if base.kind != "fqrel" else TimeValue("quarter", quarters=(first,), fiscal=True),  # type: ignore[arg-type]
                           "years", v.years[0] - first // 4) if first is not None else None
            mm.value = new if new is not None else TimeValue("unresolved")
            mm.value.text = v.text
            continue
        if v.kind == "relative" and v.unit == "one before":
            # the period of the kind named before it: a quarter's is the quarter before, a year's the year before; of
            # a half, a span or a day it is no one period (refused, naming it)
            unit = "quarters" if base.kind in ("quarter", "fqrel") else "years" if base.kind in ("year", "est") else ""
            # (round 32, r32) "the day (session) before" names a day: never the year or the quarter before ("X's sales
            # in fiscal 2024 and the day before" read fiscal 2023's, a wrong answer: refused, naming it)
            if re.search(r"\b(?:day|session)\b", t[mm.start:mm.end]):
                unit = ""
            new = _shifted(base, unit, -1) if unit else None
            # (round 31) "on the last trading day and on the one before it", "D-3 and the day before": of a trading day
            # counted from D0 the trading day before it (D-(n+1), SPEC 2); of any other day FinQL counts no trading
            # days (refused, as before)
            if new is None and (base.kind == "drel" or _is_last_day(base) and re.search(r"\b(?:day|session)\b", base.text)):
                new = TimeValue("drel", n=(base.n if base.kind == "drel" else 0) + 1)
            mm.value = new if new is not None else TimeValue("unresolved", text=v.text)
            mm.value.text = v.text
            continue
        if v.kind == "relative":
            unit, n = v.unit, v.n
        elif v.kind == "fqrel":
            unit, n = "quarters", -v.n
        else:
            unit, n = "years", -(v.n or 1)
        new = _shifted(base, unit, n)
        if new is not None and v.end and not new.end and new.kind == "fqrel":
            new = replace(new, end=True)  # "at the end of the previous quarter": its end, as the mention said
        mm.value = new if new is not None else TimeValue("unresolved", text=v.text)
        mm.value.text = v.text


def _previous_alone(t: str, mentions: list[Mention], i: int) -> TimeValue | None:
    """"the previous fiscal year (quarter)" with no period before it: the latest reported one (FY2024, FQ0), the one
    before the current, unreported period, as SPEC section 5 counts "last year"; before the latest period named later
    ("from the previous quarter to the latest quarter") the one before that; set against the latest figure the question
    asks first without a period ("X's debt compared with the previous year's", "sales vs the prior quarter") the one
    before that too. None for any other mention."""
    mm = mentions[i]
    v = mm.value
    if not (v.kind == "year" or v.kind == "fqrel" and v.n == 1) or not re.fullmatch(
            _END_OF + (_PREVIOUS_YEAR if v.kind == "year" else _PREVIOUS_QUARTER), t[mm.start:mm.end]):
        return None
    if re.match(r"\s+of\b", t[mm.end:]):
        # (round 25) "the previous quarter of fiscal 2023": the quarter before that year, its last, or the latest
        # beside the year? (it was the latest quarter and the year's figure, two columns: a wrong answer) refused
        return TimeValue("ambiguous", unit="previous of", text=v.text)
    later = any(p.value.kind == "year" and p.value.years == (LATEST_FY,) and p.value is not v
                or p.value.kind == "fqrel" and p.value.n == 0 for p in mentions[i + 1:]) \
        or re.search(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|than|against|relative\s+to)\s+$", t[:mm.start])
    if v.kind == "year":
        return replace(v, years=(LATEST_FY - 1 if later else LATEST_FY,))
    return replace(v, n=1 if later else 0)


def _both(before: list[Mention], v: TimeValue) -> TimeValue:
    """"both years" ("quarters", "periods"): the last two years (quarters) named before it, of one kind; anything
    else reads no period (refused, naming the words)."""
    said = [m.value for m in before if m.value.kind not in ("relative", "now", "unresolved")][-2:]
    if said and said[-1].kind in ("years", "quarters") and len(said[-1].years or said[-1].quarters) == 2:
        return replace(said[-1], text=v.text)  # "in 2022 and 2023": one mention of the two
    if len(said) == 2 and said[0].kind == said[1].kind == "year" and all(len(x.years) == 1 for x in said) \
            and said[0].years != said[1].years and said[0].calendar == said[1].calendar:
        return TimeValue("years", years=(said[0].years[0], said[1].years[0]), fiscal=said[0].fiscal or said[1].fiscal,
                         calendar=said[0].calendar, each=True, text=v.text)
    if len(said) == 2 and said[0].kind == said[1].kind == "quarter" and all(len(x.quarters) == 1 for x in said) \
            and said[0].quarters != said[1].quarters and said[0].calendar == said[1].calendar:
        return TimeValue("quarters", quarters=(said[0].quarters[0], said[1].quarters[0]), fiscal=said[0].fiscal,
                         calendar=said[0].calendar, each=True, text=v.text)
    return TimeValue("unresolved", text=v.text)


def _span_before(prev: TimeValue, v: TimeValue) -> TimeValue:
    """The ``v.n`` periods before the span ``prev`` (the latest N years or quarters): quarters as a span ending that
    many back, years as the fiscal years; a count of quarters said of a span of years is refused (unresolved)."""
    if v.kind == "relative" and v.unit == "quarter range" and prev.unit != "quarters":
        return TimeValue("unresolved", text=v.text)
    back = prev.n + prev.back
    if prev.unit == "quarters":
        return TimeValue("span", n=v.n, unit="quarters", back=back, text=v.text)
    last = LATEST_FY - prev.n
    return TimeValue("year_range", years=(last - v.n + 1, last), fiscal=True, text=v.text)


def _halves_of_year_after(t: str, mentions: list[Mention]) -> None:
    """"First-half and second-half sales for fiscal 2024", "H1 and H2 revenue in 2023": halves without a year of
    their own, joined to each other, take the one year named just after the measure (that year is their words; as a
    fiscal year it makes fiscal halves, a plain year the halves of that year as "H1 2023" reads)."""
    i = 0
    while i < len(mentions):
        run = [mentions[i]]
        while run[-1].value.kind == "half" and not re.search(r"\d\d|'\d|year", t[run[-1].start:run[-1].end]) \
                and len(mentions) > i + len(run) and mentions[i + len(run)].value.kind == "half" \
                and re.fullmatch(r"\s*(?:and|&|,|,\s*and|vs\.?|versus)\s*(?:the\s+)?", t[run[-1].end:mentions[i + len(run)].start]):
            run.append(mentions[i + len(run)])
        nxt = mentions[i + len(run)] if i + len(run) < len(mentions) else None
        if len(run) < 2 or any(re.search(r"\d\d|'\d|year", t[m.start:m.end]) or m.value.kind != "half" for m in run) \
                or nxt is None or nxt.value.kind != "year" or len(nxt.value.years) != 1 or nxt.value.end \
                or not re.fullmatch(r"\s+(?:[a-z'&/-]+\s+){1,4}(?:for|of|in|during|over)\s+(?:the\s+)?(?:(?:its|their)\s+)?",
                                    t[run[-1].end:nxt.start]):
            i += len(run)
            continue
        y = nxt.value.years[0]
        for m in run:
            h = m.value.half
            m.value = TimeValue("quarter_range", text=m.value.text, quarters=(y * 4 + 2 * h - 2, y * 4 + 2 * h - 1), fiscal=True,
                                half=h) if nxt.value.fiscal else TimeValue("half", text=m.value.text, years=(y,), half=h,
                                                                            calendar=nxt.value.calendar)
        del mentions[i + len(run)]  # its words stay claimed: they are the halves' year
        i += len(run)


_FQ_LABEL = re.compile(r"(?:fiscal\s+)?fq\d{4}q[1-4]")


# "over calendar 2020, the oil crash year:", "in 2022, the rate-hike year,": a year said again as a description of it
_YEAR_DESCRIBED = re.compile(r"\s*,\s*(?:(?:i\.e\.?|that is|ie)\s*,?\s*)?the\s+((?:[a-z][a-z'&-]*\s+){1,3})"
                             r"(year|month|quarter)\b(?=\s*(?:[:;,.?!)]|$))")
# words that would make it another year, or count years ("the following year", "the same year", "the first year")
_OTHER_YEAR = re.compile(r"\b(?:following|next|previous|prior|last|same|first|second|third|final|current|fiscal|"
                         r"calendar|financial|whole|full|entire|past|coming|one|that|this|each|every|other)\b")


def _year_described(t: str, ms: list[Mention], claims: Claims) -> None:
    """Claim an apposition that describes the one year (month, quarter) said right before it ("calendar 2020, the oil
    crash year", "march 2020, i.e. the covid month"):
    it names that year again, nothing else (its words may be any, "pandemic", "election"; never a word of another
    year)."""
    for m in ms:
        d = _YEAR_DESCRIBED.match(t, m.end)
        # ("march 2020, i.e. the covid month": a month or a quarter described as such, the same way)
        if d is None or m.value.kind != d.group(2) or d.group(2) == "year" and len(m.value.years) != 1 \
                or _OTHER_YEAR.search(d.group(1)) or not claims.free(d.start(), d.end()):
            continue
        claims.claim(d.start(), d.end(), "time")


def _trading_day_ranges(t: str, ms: list[Mention], claims: Claims) -> None:
    """A point counted back in trading days as the end of a range (round 22): "from 10 trading days ago to today",
    "between 30 and 10 trading days ago" said in full, "from 20 trading days ago until now", "since 5 trading days
    ago" are ``D-N`` to ``D0`` (or to ``D-M``), as "the last N trading days" is (SPEC sections 2 and 5); they were
    refused. "N trading days earlier (before it, before that)" counts back from the point named before it: from D0
    that is ``D-N``; from any other day FinQL has no count of trading days (it was ``D-N`` from D0: a wrong answer),
    refused."""
    for i in range(len(ms) - 1, -1, -1):
        a = ms[i]
        if a.value.kind != "drel":
            continue
        if i + 1 < len(ms):
            b = ms[i + 1]
            pre = re.search(r"\b(?:from|between)\s+(?:the\s+)?$", t[:a.start])
            end = b.value.n if b.value.kind == "drel" else 0 if b.value.point() == "D0" else None
            if end is not None and a.value.n > end and (
                    pre and claims.free(pre.start(), a.start)
                    and re.fullmatch(r"\s*(?:to|and|until|till|through|thru|-)\s*(?:the\s+)?", t[a.end:b.start])
                    or not pre and re.fullmatch(r"\s*(?:to|until|till|through|thru)\s+(?:the\s+)?", t[a.end:b.start])):
                start = pre.start() if pre else a.start
                # ("... to the latest close": the close of the latest day is that day, as for a date's range below)
                close = re.match(r"\s+close\b", t[b.end:]) if b.value.kind == "now" and re.search(
                    r"(?:latest|last|most recent)$", t[b.start:b.end]) else None
                stop = b.end + (close.end() if close and claims.free(b.end, b.end + close.end()) else 0)
                claims.claim(start, stop, "time")
                ms[i:i + 2] = [Mention(start, stop, TimeValue("drel_range", text=t[start:stop], n=a.value.n, to_n=end))]
                continue
        # "between 10 and 30 trading days ago", "from 30 to 10 trading days ago": the first count's unit said once,
        # after the second (round 23; the bare number was left over and refused)
        elided = re.search(r"\b(?:from|between)\s+(?:the\s+)?(\d{1,4})\s*(?:and|to|-)\s*$", t[:a.start])
        if elided and claims.free(elided.start(), a.start) and re.fullmatch(r"\d{1,4}\s+trading\s+days?\s+ago",
                                                                            t[a.start:a.end]) \
                and int(elided.group(1)) != a.value.n:
            hi, lo = max(int(elided.group(1)), a.value.n), min(int(elided.group(1)), a.value.n)
            claims.claim(elided.start(), a.end, "time")
            ms[i] = Mention(elided.start(), a.end, TimeValue("drel_range", text=t[elided.start():a.end], n=hi, to_n=lo))
            continue
        since = re.search(r"\bsince\s+$", t[:a.start])
        if since and claims.free(since.start(), a.start) and re.search(r"\bago$", t[a.start:a.end]) and a.value.n:
            claims.claim(since.start(), a.end, "time")
            ms[i] = Mention(since.start(), a.end, TimeValue("drel_range", text=t[since.start():a.end], n=a.value.n))
            continue
        counted = re.search(r"\b(?:earlier|before)$", t[a.start:a.end])
        pronoun = re.match(r"\s+(?:it|that|then|that\s+(?:day|date|close))\b", t[a.end:])
        if counted and i > 0 and (pronoun or re.match(r"\s*(?:[,.;:?!)]|$|and\b)", t[a.end:])):
            base = ms[i - 1].value
            if not _is_last_day(base):
                a.value = TimeValue("unresolved", text=a.value.text)
            elif pronoun and claims.free(a.end, a.end + pronoun.end()):
                claims.claim(a.end, a.end + pronoun.end(), "time")
                ms[i] = Mention(a.start, a.end + pronoun.end(), replace(a.value, text=t[a.start:a.end + pronoun.end()]))


def _inclusive_said(t: str, ms: list[Mention], claims: Claims) -> None:
    """"across fiscal 2020 to fiscal 2024 inclusive": a range of fiscal periods holds both ends already (a range of
    dates does not say it: "inclusive" there could move a return's start, so it stays unread)."""
    for mm in ms:
        m = re.match(r",?\s*\(?(?:both\s+)?inclusive(?:ly)?\b\)?", t[mm.end:])
        if m and mm.value.kind in ("year_range", "quarter_range") and not mm.value.calendar and mm.value.fiscal \
                and claims.free(mm.end, mm.end + m.end()):
            claims.claim(mm.end, mm.end + m.end(), "time-cue")
        elif m and mm.value.kind == "date_range" and claims.free(mm.end, mm.end + m.end()):
            # "between 1 February and 30 April 2024, both dates included": a high's or low's range holds both its days
            # already (SPEC section 2: d1 <= day <= d2); of a return the words could move its start: refused (``span``)
            claims.claim(mm.end, mm.end + m.end(), "time-cue")
            mm.value.inclusive = True


def _fy_back(v: TimeValue) -> int:
    """How many fiscal years a label "FY-n" / "FY0" counts back from the latest."""
    return -int(v.text[2:])


def _relative_ranges(t: str, ms: list[Mention], claims: Claims) -> None:
    """"From two years ago to last year", "from fiscal 2020 to last year", "from the quarter before last to the last
    quarter": two single periods as the ends of a range (growth runs between them; a list holds each period). A range
    with a year "ago" at one end has no one reading for prices (a day a year back, or that calendar year): refused there."""
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        pre = re.search(r"\b(?:from|between)\s+(?:the\s+)?$", t[:a.start])
        # ("2y ago -> last yr", "two years ago to last year": "to" alone joins the two ends too, as "fy22 to fy24" does)
        # ("fq2023q1-fq2024q4": two quarters written as FinQL labels, joined by a dash)
        labels = all(_FQ_LABEL.fullmatch(t, m.start, m.end) for m in (a, b))
        if not (pre and claims.free(pre.start(), a.start)
                and re.fullmatch(r"\s*(?:to|and|until|through|thru|-)\s*(?:the\s+)?", t[a.end:b.start])
                or not pre and re.fullmatch(r"\s*(?:to|until|through|thru)\s+(?:the\s+)?", t[a.end:b.start])
                or labels and re.fullmatch(r"\s*-\s*", t[a.end:b.start])):
            continue
        start = pre.start() if pre else a.start
        va, vb = a.value, b.value
        new = None
        if va.kind in ("year", "yearsago") and vb.kind in ("year", "yearsago") and len(va.years) == len(vb.years) == 1 \
                and ("yearsago" in (va.kind, vb.kind) or re.search(r"\b(?:last|latest|previous|prior|ago|back)\b", t[a.start:b.end])) \
                and not (va.end or vb.end or va.calendar or vb.calendar) and va.years[0] < vb.years[0]:
            new = TimeValue("year_range", years=(va.years[0], vb.years[0]), fiscal=va.fiscal or vb.fiscal,
                            no_prices="yearsago" in (va.kind, vb.kind))
        elif va.kind == vb.kind == "year" and va.end and vb.end and va.fiscal and vb.fiscal and not va.calendar \
                and not vb.calendar and len(va.years) == len(vb.years) == 1 and va.years[0] < vb.years[0]:
            # "between the end of fiscal 2023 and the end of fiscal 2024": the two fiscal years (a fundamental's change
            # between its year-end values); of prices, from the one year end to the other where the named companies
            # share a year end (``span``; otherwise no one date: refused there)
            new = TimeValue("year_range", years=(va.years[0], vb.years[0]), fiscal=True, end=True)
        elif labels and va.kind == vb.kind == "quarter" and va.quarters[0] < vb.quarters[0]:
            # "FQ2023Q1 to FQ2024Q4": the fiscal quarters from the one to the other (it was the two ends alone)
            new = TimeValue("quarter_range", quarters=(va.quarters[0], vb.quarters[0]), fiscal=True)
        elif pre and va.kind in ("est", "year") and vb.kind in ("est", "year") and "est" in (va.kind, vb.kind) \
                and len(va.estimates() or []) == len(vb.estimates() or []) == 1 \
                and (va.estimates() or [""])[0] < (vb.estimates() or [""])[0]:
            # "between next fiscal year and the year after", "from next year to fiscal 2026": the two estimate years
            # (FY1 to FY2) as one range, as "between fiscal 2025 and fiscal 2026" is
            new = TimeValue("year_range", years=(LATEST_FY + 1, LATEST_FY + 2))
        elif va.kind == vb.kind == "fylabel" and _fy_back(va) > _fy_back(vb):
            # (round 45, f45p) "FY-2 to FY0", "from FY-1 to FY0": the fiscal years from the one to the other, counted
            # back from the latest in the data (SPEC 2: FY0 is FY2024), as "FY2022 to FY2024" is; a list gave the two
            # ends alone (FY-1 dropped), a growth without "from" was refused
            new = TimeValue("year_range", years=(LATEST_FY - _fy_back(va), LATEST_FY - _fy_back(vb)), fiscal=True)
        elif (va.kind == vb.kind == "fylabel" and _fy_back(va) < _fy_back(vb) or va.kind == vb.kind == "year" and \
                len(va.years) == len(vb.years) == 1 and va.years[0] > vb.years[0] and vb.years[0] >= 1990 and not (
                va.end or vb.end or va.calendar or vb.calendar or va.month or vb.month or va.half or vb.half)) \
                and not (pre is None and re.search(r"\bcompar(?:e|es|ed|ing)\b[^.?!;]*$", t[:a.start])):
            # ((round 48, r48) never after "compare" with no "from": "Compare X's sales in 2024 to 2022" asks the two
            # years, one against the other (it was the range, 2023 added))
            # (round 47, f47w) "from FY0 to FY-2", "sales from fiscal 2024 to 2022": a range said from its later end to
            # its earlier holds every period between, as said the other way (it was the two ends alone, FY-1 dropped:
            # a wrong answer); marked, so a change over it is refused (which way it runs is not said)
            ya, yb = (LATEST_FY - _fy_back(va), LATEST_FY - _fy_back(vb)) if va.kind == "fylabel" else (va.years[0], vb.years[0])
            new = TimeValue("year_range", years=(yb, ya), fiscal=va.kind == "fylabel" or va.fiscal or vb.fiscal,
                            reversed=True)
        elif va.kind == vb.kind == "fqrel" and va.n > vb.n:
            new = TimeValue("quarter_range", quarters=(LATEST_Q - va.n, LATEST_Q - vb.n), fiscal=True, no_prices=True)
        elif {va.kind, vb.kind} in ({"quarter", "year"}, {"quarter", "fylabel"}) and pre and not (va.end or vb.end):
            # "from FQ2023Q1 to FY2024": a range from a quarter to a year (it was the two ends alone, "from" dropped):
            # no one grain, refused naming it ("from the end of Q1 2023 to the end of 2023" is two dates)
            new = TimeValue("unresolved")
        if new is None:
            continue
        claims.claim(start, b.end, "time")
        new.text = t[start:b.end]
        ms[i - 1:i + 1] = [Mention(start, b.end, new)]


def _shifted(base: TimeValue, unit: str, n: int) -> TimeValue | None:
    """``base`` moved by n years or quarters (or the n quarters before it, for ``quarter range``)."""
    k = base.kind
    if k == "quarter_range" and unit in ("years", "quarters"):  # "the first half of fiscal 2024 and the same period
        d = 4 * n if unit == "years" else n                     # last year": the half a year back
        return replace(base, text="", quarters=(base.quarters[0] + d, base.quarters[1] + d))
    if k == "quarter" and len(base.quarters) == 1:
        q = base.quarters[0]
        if unit == "quarter range":
            return TimeValue("quarter_range", quarters=(q - n, q - 1), fiscal=base.fiscal, calendar=base.calendar)
        return TimeValue("quarter", quarters=(q + (4 * n if unit == "years" else n),), fiscal=base.fiscal,
                         calendar=base.calendar, end=base.end)
    if k == "fqrel":
        back = base.n - (4 * n if unit == "years" else n)
        if unit == "quarter range":
            return None
        return TimeValue("fqrel", n=back, fiscal=base.fiscal) if back >= 0 else None
    if k == "year" and len(base.years) == 1 and unit == "year range":
        y = base.years[0]
        return TimeValue("years", years=tuple(range(y - n, y)), fiscal=base.fiscal, calendar=base.calendar, each=True)
    if k == "year" and len(base.years) == 1 and unit in ("years", "quarters") and (unit == "years" or n % 4 == 0):
        y = base.years[0] + (n if unit == "years" else n // 4)
        return TimeValue("year", years=(y,), fiscal=base.fiscal, calendar=base.calendar, end=base.end)
    if k == "yearsago" and unit == "years" and base.n - n >= 1:
        # "three fiscal years ago and the year after that": two years ago (FY2023 as SPEC 5 counts "N years ago"; it
        # was left unread); the year after "a year ago" would be the current one, not moved to
        return TimeValue("yearsago", n=base.n - n, years=(AS_OF_YEAR - (base.n - n),), fiscal=base.fiscal)
    if k == "est" and unit == "years" and 1 <= base.n + n <= 2:
        return TimeValue("est", n=base.n + n)
    if k == "est" and unit == "years" and base.n + n == 0:
        return TimeValue("year", years=(LATEST_FY,))
    if k == "date" and unit == "years":
        d = base.dates[0]
        return TimeValue("date", dates=(d.replace(year=d.year + n) if (d.month, d.day) != (2, 29) else
                                        dt.date(d.year + n, 2, 28),))
    if k == "date" and unit == "quarters" and len(base.dates) == 1 and base.dates[0].month % 3 == 0 \
            and (base.dates[0] + dt.timedelta(days=1)).day == 1:
        # (round 25) "the price at the end of last quarter and at the end of the previous quarter": a quarter's last
        # day moved by whole quarters is that quarter's last day (any other day is no quarter's end: None)
        m = base.dates[0].year * 12 + base.dates[0].month - 1 + 3 * n + 1  # the month after the new quarter's end
        return TimeValue("date", dates=(dt.date(m // 12, m % 12 + 1, 1) - dt.timedelta(days=1),))
    return None


def _ago(n: int, unit: str) -> dt.date | None:
    if unit in ("years", "year"):
        return dt.date(AS_OF.year - n, AS_OF.month, AS_OF.day)
    if unit in ("months", "month"):
        return _months_back(AS_OF, n)
    if unit in ("weeks", "week"):
        return AS_OF - dt.timedelta(weeks=n)
    if unit in ("days", "day"):
        return AS_OF - dt.timedelta(days=n)
    if unit == "quarters":
        return _months_back(AS_OF, 3 * n)
    return None


@dataclass
class Mention:
    start: int
    end: int
    value: TimeValue


@dataclass
class TimeFound:
    mentions: list[Mention] = field(default_factory=list)
    estimate_cue: bool = False  # "next year", "forward", FY2025/FY2026
    quarterly: bool = False  # "quarterly", "per quarter", "each quarter"
    each_year: bool = False  # "each year", "year by year", "annually"
    yoy: bool = False
    qoq: bool = False


def _y(s: str) -> int:
    s = s.strip("'")
    return int(s) if len(s) == 4 else 2000 + int(s)


def _trailing_fundamental() -> str:
    """"trailing" right before the name of a measure of the fiscal periods, which no sense names with the word."""
    from finql.translate.senses import SENSES, plain_names

    def alternatives(names: set[str]) -> str:
        return "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in sorted(names, key=len, reverse=True))

    own = {n.split(" ", 1)[1] for s in SENSES for n in plain_names(s) if n.startswith("trailing ")}
    fiscal = {n for s in SENSES if s.kinds == {"F"} for n in plain_names(s)}
    # ("P/S using trailing sales": the sales of a ratio named before, not a figure of its own: not here)
    return (rf"(?<!\btimes )(?<!x )(?<!\busing )(?<!\bon )(?<!\bwith )\btrailing(?![\s-]+(?:{alternatives(own)})(?![\w/]))"
            rf"(?=[\s-]+(?:{alternatives(fiscal)})(?![\w/]))")


_TRAILING_FUNDAMENTAL = _trailing_fundamental()


class _Finder:
    def __init__(self, text: str, claims: Claims) -> None:
        self.text = text
        self.claims = claims
        self.found = TimeFound()

    def add(self, m: re.Match[str], value: TimeValue, start: int | None = None, end: int | None = None) -> None:
        s, e = (m.start() if start is None else start), (m.end() if end is None else end)
        value.text = value.text or self.text[s:e]
        self.claims.claim(s, e, "time")
        self.found.mentions.append(Mention(s, e, value))

    def each(self, rx: str, fn) -> None:  # type: ignore[no-untyped-def]
        for m in re.finditer(rx, self.text):
            if self.claims.free(m.start(), m.end()):
                v = fn(m)
                if v is not None:
                    self.add(m, v)


def _date(y: str, mo: str | int, d: str | int) -> dt.date | None:
    try:
        return dt.date(int(y), MONTHS[mo] if isinstance(mo, str) and not mo.isdigit() else int(mo), int(d))
    except (ValueError, KeyError):
        return None


def _slash_date(a: int, b: int, y: int) -> dt.date | None | bool:
    """3/15/2024 (month first) or 15/3/2024 (day first): the one valid reading; False when both are valid
    and differ (3/4/2024), so the question is refused rather than answered for a date it may not mean."""
    y = 2000 + y if y < 100 else y
    readings = {d for d in (_date(str(y), a, b), _date(str(y), b, a)) if d is not None}
    if len(readings) > 1:
        return False
    return readings.pop() if readings else None


def first_trading_day(y: int, mo: int) -> dt.date:
    d = dt.date(y, mo, 1)
    while d.weekday() >= 5:  # trading days are Monday to Friday (SPEC section 1)
        d += dt.timedelta(days=1)
    # (round 26) the prices start on 2015-01-02 (SPEC section 1): "the first trading day of 2015" is that day (the 1st
    # of January, before the data, was refused)
    return max(d, FIRST_DAY) if (d.year, d.month) == (FIRST_DAY.year, FIRST_DAY.month) else d


def _last_trading_day(y: int, mo: int) -> dt.date:
    day = trading_day_on_or_before(_month_end(y, mo))
    return day or _month_end(y, mo)


# a year said in the question (a calendar year, a date's year, a fiscal period label)
_A_YEAR_SAID = re.compile(r"\b(?:19|20)\d\d\b|\bf[yq]-?\d+")
# the nouns of an event that names a day when its date is said with it ("the election on Nov 5 2024")
_EVENTS = (r"elections?|vote|referendum|announcement|deal|merger|acquisition|takeover|crash|sell-?off|rally|peak|trough|"
           r"bottom|low|high|results|report|release|meeting|decision|hike|cut|split|spin-?off|ipo|listing|launch|event|shock|"
           r"inauguration|speech|downgrade|upgrade|warning|news")
_PREP = r"(?:(?:in|during|for|over|of|at|on|from|as of|as at|between|by|through|throughout)\s+)?(?:the\s+)?"


_SUMMED = re.compile(r"\b(?:sum|summed|total|combined|aggregate|average|avg|mean)\b")
_PRICE_WORD = re.compile(r"\b(?:returns?|prices?|clos(?:e|es|ing)|performance|volumes?|market\s+cap\w*|p/e|yield|highs?|"
                         r"lows?|gain\w*|ros[ee]|fell|fall\w*|rall\w+)\b")


def resolve(text: str, claims: Claims) -> TimeFound:
    """Find every time expression of lower-cased ``text`` and claim its words."""
    f = _Finder(text, claims)
    t = text
    day = r"(\d{1,2})(?:st|nd|rd|th)?\b"
    # "from 03/01/2024 to 06/30/2024": the date that reads one way only says how the other is written
    slash = r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b"
    for m in re.finditer(rf"\b(?:between\s+|from\s+)?{slash}\s+(?:and|to|until|through|thru|-)\s+{slash}", t):
        a, b, y, c, d, z = (int(x) for x in m.groups())
        md = (_date(str(_y(str(y))), a, b), _date(str(_y(str(z))), c, d))  # month first
        dm = (_date(str(_y(str(y))), b, a), _date(str(_y(str(z))), d, c))  # day first
        pick = md if all(md) and (not all(dm) or md == dm) else dm if all(dm) and not all(md) else None
        if pick is not None and claims.free(m.start(), m.end()):
            f.add(m, TimeValue("date_range", dates=pick))  # type: ignore[arg-type]
    # 3/4/2024: day/month or month/day; refused as ambiguous (claimed here so no later step reads "3", "4")
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", t):
        if claims.free(m.start(), m.end()) and _slash_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) is False:
            f.add(m, TimeValue("ambiguous"))
    # (first: no rule reads one of its quarters alone)
    # "the sum of sales for the quarter before last and last quarter", "average EPS over last quarter and the one
    # before": the range of the last two quarters, of a total or an average of reported figures (a list of figures,
    # or of a price's calendar quarters, is read quarter by quarter below)
    # (round 38, f38a) the latest period said with its participle after it, "the fiscal year just ended", "the quarter
    # just completed", or before it, "the just-ended fiscal year": the most recently completed one (refused, naming
    # "ended")
    _just = r"(?:just|most\s+recently|recently)\s+" + _FINISHED
    f.each(rf"\b(?:in\s+|for\s+|during\s+|over\s+)?the\s+(?:(fiscal|financial)\s+)?year\s+{_just}\b|"
           r"\b(?:in\s+|for\s+|during\s+|over\s+)?the\s+just[- ]" + _FINISHED + r"\s+(?:(fiscal|financial)\s+)?"
           r"year\b", lambda m: TimeValue("year", years=(LATEST_FY,), fiscal=bool(m.group(1) or m.group(2))))
    f.each(rf"\b(?:in\s+|for\s+|during\s+|over\s+)?the\s+(?:fiscal\s+)?quarter\s+{_just}\b|"
           r"\b(?:in\s+|for\s+|during\s+|over\s+)?the\s+just[- ]" + _FINISHED + r"\s+(?:fiscal\s+)?quarter\b",
           lambda m: TimeValue("fqrel", n=0))
    f.each(r"\b(?:the\s+)?quarter\s+before\s+(?:the\s+)?last(?:\s+one)?\s+(?:and|&|\+)\s+(?:the\s+)?(?:last|latest|most\s+recent)"
           r"\s+(?:one|quarter)\b|\b(?:the\s+)?(?:last|latest|most\s+recent)\s+quarter\s+(?:and|&|\+)\s+(?:the\s+)?"
           r"(?:one|quarter)\s+before(?:\s+(?:it|that))?\b", lambda m: TimeValue("span", n=2, unit="quarters")
           if _SUMMED.search(t[:m.start()]) and not _PRICE_WORD.search(t) else None)
    # "at last year end", "the latest year-end": the end of FY2024 (a stock item's FY2024, a price at its end)
    f.each(r"\b(?:at\s+|as of\s+|as at\s+|by\s+)?(?:the\s+)?(?:last|latest|most recent|previous|prior)\s+(fiscal\s+|financial\s+)?"
           r"year[- ]?end\b",
           lambda m: TimeValue("year", years=(LATEST_FY,), fiscal=bool(m.group(1)), end=True))
    # "fiscal 2023's third quarter", "2024's Q3", "fiscal 2024's first half": the quarter (half) of that year
    f.each(rf"\b(fiscal\s+|fy\s*|calendar\s+)?'?(\d{{4}}|\d{{2}})'s\s+(?:({_ORD})\s+(?:fiscal\s+|calendar\s+)?quarter|q([1-4]))\b",
           lambda m: TimeValue("quarter", quarters=(_y(m.group(2)) * 4 + (ORDINALS[m.group(3)] if m.group(3) else int(m.group(4))) - 1,),
                               fiscal=bool(m.group(1)) and not m.group(1).startswith("calendar"),
                               calendar=(m.group(1) or "").startswith("calendar")))
    f.each(r"\b(fiscal\s+|fy\s*)'?(\d{4}|\d{2})'s\s+(first|second|1st|2nd)[\s-]+half\b",
           lambda m: TimeValue("quarter_range", quarters=(_y(m.group(2)) * 4 + 2 * ORDINALS[m.group(3)] - 2,
                                                          _y(m.group(2)) * 4 + 2 * ORDINALS[m.group(3)] - 1),
                               fiscal=True, half=ORDINALS[m.group(3)]))
    # "mid-2024", "mid-year 2024": the end of its first half (June 30)
    f.each(r"\b(?:in\s+|at\s+|by\s+|as of\s+)?mid[- ]?(?:year[- ])?(\d{4})\b",
           lambda m: TimeValue("date", dates=(dt.date(int(m.group(1)), 6, 30),)))
    # "since three years", "for three years" (the present perfect of other languages: "depuis trois ans", "seit drei
    # Jahren"): the past N years, counted back from the as-of date as "the past three years" are; only where the
    # question says no year of its own ("sales for three years, 2020, 2021 and 2022" names which three, "for 3 years
    # since 2019" counts from another start: read as the past years too, the two were listed together, a wrong answer)
    f.each(rf"\b(?:since|for)\s+{_NUM}\s+(years|months|weeks)\b(?!\s+(?:ago|earlier|back|before|prior|to|through|ending|ended|"
           r"until|up\s+to|later|after|on)\b)",
           lambda m: TimeValue("span", n=number(m.group(1)), unit=m.group(2))
           if m.group(1) not in ("a", "an", "single") and not _A_YEAR_SAID.search(m.string) else None)
    # "the fiscal year three years before the most recent one", "two quarters before the latest quarter": counted back
    # from the latest period in the data (FY0, FQ0), not from the as-of date
    f.each(rf"\b(?:the\s+)?(?:(?:fiscal\s+|financial\s+)?(?:year|quarter)\s+)?{_NUM}\s+(?:fiscal\s+)?(years?|quarters?)\s+(?:before|prior\s+to|"
           r"earlier\s+than|ahead\s+of|(?:counted\s+)?back\s+from)\s+(?:the\s+|its\s+|their\s+)?(?:most\s+recent|latest|last)(?:\s+(?:reported|full|complete|completed))?(?:\s+(?:one|"
           r"fiscal\s+year|financial\s+year|year|fiscal\s+quarter|quarter|period))?\b",
           lambda m: TimeValue("year", years=(LATEST_FY - number(m.group(1)),), fiscal=True) if m.group(2).startswith("year")
           else TimeValue("fqrel", n=number(m.group(1)), fiscal=True))
    # the k-th latest period: "the penultimate fiscal year", "the second-to-last quarter", "the third most recent year",
    # "the last quarter but one", "the year prior to last": counted back from the latest in the data (FY0, FQ0) as
    # "the year before last" is; "the penultimate quarter of 2023" is that year's third quarter
    kth = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}

    def kth_latest(k: int, unit: str, prefix: str, year: str | None) -> TimeValue | None:
        fiscal, cal = bool(re.search(r"fiscal|financial|fy", prefix)), "calendar" in prefix
        if unit == "year":
            return None if year else TimeValue("year", years=(LATEST_FY - k + 1,), fiscal=fiscal, calendar=cal)
        if year:
            return TimeValue("quarter", quarters=(_y(year) * 4 + 4 - k,), fiscal=fiscal, calendar=cal)
        return TimeValue("fqrel", n=k - 1, fiscal=fiscal)

    of_year = r"(?:\s+of\s+(?:the\s+)?(fiscal\s+(?:year\s+)?|fy\s*|calendar\s+(?:year\s+)?)?'?(\d{4}|\d{2})\b)?"
    f.each(rf"\b(?:the\s+|its\s+|their\s+)?(?:(penultimate|next[- ]to[- ]last|second[- ]last)|({'|'.join(kth)})[- ](?:to[- ]last|from[- ]last|"
           rf"last|most[- ]recent|latest|newest))\s+((?:fiscal\s+|financial\s+|calendar\s+|reported\s+|full\s+)*)(year|quarter)\b{of_year}",
           lambda m: kth_latest(2 if m.group(1) else kth[m.group(2)], m.group(4), (m.group(3) or "") + (m.group(5) or ""),
                                m.group(6)))
    f.each(r"\b(?:the\s+|its\s+|their\s+)?(?:last|latest|most\s+recent)\s+((?:fiscal\s+|financial\s+|calendar\s+|reported\s+|full\s+)*)"
           r"(year|quarter)\s+but\s+(one|two|three)\b",
           lambda m: kth_latest(1 + number(m.group(3)), m.group(2), m.group(1) or "", None))
    # (round 27: "the fiscal year before the latest one", "the quarter before the most recent quarter": "before the",
    # as "prior to"; "the year before last" is its own, above)
    # (round 43, f43s: and the company's own latest, "the fiscal year before its (their) latest one")
    f.each(r"\b(?:the\s+)?((?:fiscal\s+|financial\s+|calendar\s+)?)(year|quarter)\s+(?:(?:prior\s+to|preceding)\s+(?:the\s+|its\s+|their\s+)?|"
           r"before\s+(?:the|its|their)\s+)"
           r"(?:last|latest|most\s+recent)(?:\s+(?:one|(?:fiscal\s+|financial\s+|calendar\s+)?(year|quarter)))?\b",
           lambda m: kth_latest(2, m.group(2), m.group(1) or "", None) if m.group(3) in (None, m.group(2)) else None)
    # "the fiscal year ended September 2023", "the year ending December 31, 2023": FY2023 (before the dates)
    # (round 26: the month said is kept, ``compose._year_ended``: a year that ends in no named company's fiscal year end
    # month is no fiscal year of theirs)
    # (round 27, f27s: "the year that ended in March 2024", "the fiscal year which ends in June 2024" the same)
    f.each(rf"\b(?:the\s+)?(?:fiscal\s+|financial\s+|twelve months\s+|12 months\s+)?year\s+(?:(?:that|which)\s+)?"
           rf"(?:end(?:ed|ing)|ends)\s+(?:in\s+|on\s+)?"
           # (round 28, f28c: the day before the month, "the year ended 30 June 2023", as well)
           # (round 31: and the day written with hyphens or in digits, "30-SEP-2023", "2023-09-30", "9/30/2023";
           # refused, naming "fiscal year ended")
           rf"(?:(\d{{4}})-(\d{{2}})-\d{{2}}|(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})|"
           rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?)?({_MON})\.?(?:\s+|-)(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?(\d{{4}}))\b",
           _year_ended)
    # "the quarter ended June 30, 2024", "the three months ending September 2024": the quarter that ends in that
    # month (a fiscal quarter of the companies named, whose year ends in a month three apart; for prices, the three
    # calendar months)
    f.each(rf"\b(?:the\s+|their\s+|its\s+)?(?:fiscal\s+|financial\s+|reporting\s+)?(?:quarter|three months|3 months|"
           rf"three-month period|3-month period)\s+(?:that\s+)?end(?:ed|ing|s)?\s+(?:in\s+|on\s+)?"
           rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?({_MON})\.?\s+"
           rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(\d{{4}})|(\d{{4}})-(\d{{2}})-\d{{2}})\b",
           lambda m: _quarter_ended(int(m.group(2) or m.group(3)), MONTHS[m.group(1)] if m.group(1) else int(m.group(4))))
    # "the three months to June 2024" (a month without a day: the quarter that ends in it; "to June 30, 2024" is a span
    # counted back from that day, below)
    f.each(rf"\b(?:the\s+|their\s+|its\s+)?(?:three|3)(?:\s+|-)months?\s+(?:to|through|until)\s+({_MON})\.?,?\s+(\d{{4}})\b",
           lambda m: _quarter_ended(int(m.group(2)), MONTHS[m.group(1)]))
    # "Q3 fiscal 2024 versus the same quarter of fiscal 2023", "H1 FY2024 and the same half of FY2023": the quarter
    # (half) of the period named before it, in the year named (``_relative``)
    f.each(r"\b(?:in\s+|for\s+)?(?:the\s+)?same\s+(?:fiscal\s+)?(?:quarter|half|period)\s+(?:of|in)\s+(fiscal\s+(?:year\s+)?|fy\s*)?"
           r"'?(\d{4}|\d{2})\b(?!\s*-?\s*q[1-4])",
           lambda m: TimeValue("relative", unit="same in", years=(_y(m.group(2)),), fiscal=bool(m.group(1))))
    # "fiscal 2022 and two years later", "Q1 2024 and the quarter after": counted forward from the period before it
    f.each(rf"\b(?:the\s+(?:fiscal\s+)?(?:year|quarter)\s+)?{_NUM}\s+(?:fiscal\s+)?(years?|quarters?)\s+(?:later|after(?:wards)?|on)\b"
           r"(?!\s+(?:the|that|fiscal|fy|\d|q[1-4]))",
           lambda m: TimeValue("relative", unit="years" if m.group(2).startswith("year") else "quarters", n=number(m.group(1))))
    # "last q vs the q before", "Q3 2024 and the quarter before that": one quarter before the period named before it
    # ("the quarter before last" is FQ-1, below)
    f.each(r"\b(?:the\s+)?quarter\s+before(?:\s+(?:that|it))?\b(?!\s+(?:the\s+)?(?:last|latest|most|previous|prior|\d))",
           lambda m: TimeValue("relative", unit="quarters", n=-1))
    # periods said relative to the one named before them (resolved once every mention is found, in ``_relative``):
    # "the same quarter a year earlier", "the year after", "the following fiscal year", "the preceding three quarters"
    f.each(r"\b(?:in\s+|for\s+|and\s+)?(?:the\s+)?same\s+(?:fiscal\s+)?(?:quarter|period)\s+(?:(?:a|one)\s+year\s+(?:earlier|before|"
           r"prior|previously|ago)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:fiscal\s+)?year|"
           # ((round 31) "of the year before", a German speaker's "im gleichen Quartal des Vorjahres")
           r"(?:of\s+)?the\s+year\s+before)\b",
           lambda m: TimeValue("relative", unit="quarters", n=-4))
    f.each(r"\b(?:the\s+)?(?:(?:fiscal\s+|financial\s+)?year\s+(?:after|following)(?!\s+next)(?:\s+that)?|"
           r"following\s+(?:fiscal\s+|financial\s+)?year|subsequent\s+(?:fiscal\s+)?year)\b",
           lambda m: TimeValue("relative", unit="years", n=1))
    # (round 43, f43s: "the fiscal year before that one", the year said again as "one": as "the year before that")
    # (round 45, f45t: "net inc last FY and the FY before", the year's abbreviation, as "the fiscal year before")
    f.each(r"\b(?:the\s+|a\s+|one\s+)?(?:(?:fiscal\s+)?year|fy)\s+before(?!\s+last)(?:\s+that(?:\s+one)?)?\b",
           lambda m: TimeValue("relative", unit="years", n=-1))
    # "last quarter and the one before (that)", "fiscal 2022 and the one before": one period of the kind named before
    # it (``_relative``; after a quarter it was the year before: a wrong answer)
    f.each(r"\bthe\s+one\s+before\b(?:\s+(?:that|it))?(?!\s+last)",
           lambda m: TimeValue("relative", unit="one before", n=-1))
    # (round 31) "the last trading day and the day before (it)": the one before, said of a day (a trading day counted
    # from D0 only, ``_relative``); "the day before 2024-03-15" has its own day after it: not this
    f.each(r"\bthe\s+(?:trading\s+)?(?:day|session)\s+before(?:\s+(?:that|it))?(?=\s*(?:[,.;:?!)]|$|and\b|or\b))",
           lambda m: TimeValue("relative", unit="one before", n=-1))
    # "... in the latest quarter? One row each with the quarter's figure": the figure of the period named before it
    f.each(r"\b(?:with\s+)?(?:the|that)\s+(?:day|year|quarter|month|period)'s\s+(?:figures?|numbers?|values?|amounts?)\b",
           lambda m: TimeValue("relative", unit="same", n=0))
    # "how much stock traded that day", "its lowest close over the same year": the period named before it
    # ("GM same yr", "total liabs same date": the chat's, without the article)
    f.each(r"\b(?:on\s+|for\s+|over\s+|in\s+|during\s+|at\s+)?(?:that|(?:the\s+|that\s+)?same)\s+(?:trading\s+)?(?:day|date|session|"
           r"(?:fiscal\s+|calendar\s+)?(?:years?|quarters?|half|months?|periods?)|stretch|span|window|time\s+frame|timeframe)\b"
           r"(?!\s+(?:a|one|last|the|of|previous|prior)\b)",
           # (round 41, f41p: "ended that year with net cash", a balance at the end of the year said before, is that
           # year: ``pipeline._ended_with``; "the year ended that year" is none)
           lambda m: None if re.search(r"\b(?:to|through|until|up to)\s+$", t[:m.start()]) or re.search(
               r"\b(?:ending|ended)\s+$", t[:m.start()]) and not re.match(r"\s+with\b", t[m.end():])
           else TimeValue("relative", unit="same", n=0))
    # (round 45, f45t) "its lowest close over the last 10 trading days, and how much did its stock move in that time":
    # the stretch said before, said again as a time spent ("in (over, during) that (the same) time"); "at that time" is
    # a point, or the stretch? left to the other rules
    f.each(r"\b(?:in|over|during|across|within)\s+(?:that|(?:the\s+|that\s+)?same)\s+time\b(?!\s*(?:frame|of|last|a|one|the)\b)",
           lambda m: TimeValue("relative", unit="same", n=0))
    # (round 31) "closes on 2019-03-15 and 2024-03-15, plus the return between those two dates": the two days named
    # before it (``_relative``)
    f.each(r"\b(?:over\s+the\s+span\s+)?between\s+(?:those|these|the)\s+(?:two\s+)?(?:dates|days)\b",
           lambda m: TimeValue("relative", unit="same", n=0))
    # "how did the airlines trade in February 2020? Each one's return for the month": the month (quarter) named
    # before it (with none, refused)
    f.each(r"\b(?:for|over|in|during)\s+the\s+(?:month|quarter)\b(?!\s*(?:'s|a|one|last|the|of|previous|prior|before|"
           r"after|ended|ending|end|to|through|until|that|which|\d))",
           lambda m: TimeValue("relative", unit="same", n=0))
    # "its close at the end of that quarter", "the market cap at the close of that year": the last day of the period
    # named before it
    f.each(r"\b(?:at\s+|as\s+of\s+|by\s+)?the\s+(?:end|close)\s+of\s+(?:that|(?:the\s+|that\s+)?same)\s+(?:fiscal\s+|calendar\s+)?"
           r"(?:year|quarter|half|month|period)\b(?!\s+(?:a|one|last|the|of|previous|prior)\b)",
           lambda m: TimeValue("relative", unit="same", n=0, end=True))
    f.each(rf"\b(?:the\s+)?(?:preceding|previous|prior)\s+{_NUM}\s+(?:fiscal\s+)?quarters\b",
           lambda m: TimeValue("relative", unit="quarter range", n=number(m.group(1))))
    # "rev for FY24 and FY23, plus net margin both yrs": the two periods just named (``_relative``)
    f.each(r"\b(?:in\s+|for\s+|over\s+)?(?:the\s+)?both\s+(?:fiscal\s+)?(?:years|quarters|periods)\b|"
           r"\b(?:in\s+|for\s+)?both\s+of\s+(?:those|these|the)\s+(?:fiscal\s+)?(?:years|quarters|periods)\b",
           lambda m: TimeValue("relative", unit="both"))
    # "the last 4 qtrs vs the prior 4": the count alone, its unit the span's said before it (``_relative``)
    f.each(rf"\bthe\s+(?:preceding|previous|prior)\s+{_NUM}\b(?![\s-]*(?:[$%.,]?\d|%|[a-z]))",
           lambda m: TimeValue("relative", unit="span before", n=number(m.group(1))))
    # "last year and the two years before", "Q4 2024 and the three quarters before it": the N periods before the one
    # named before it (a list); "two years before" without "the" is one year, counted back (below)
    f.each(rf"\bthe\s+{_NUM}\s+(?:fiscal\s+)?(years|quarters)\s+(?:before|prior|preceding|earlier)(?:\s+(?:that|it|then))?\b",
           lambda m: TimeValue("relative", unit="year range" if m.group(2) == "years" else "quarter range", n=number(m.group(1)))
           if number(m.group(1)) > 1 else None)
    f.each(rf"\b(?:the\s+quarter\s+)?{_NUM}\s+(?:quarters|periods)\s+(?:earlier|before|prior)\b",
           lambda m: TimeValue("relative", unit="quarters", n=-number(m.group(1))))
    # explicit ranges of dates first: "between January 1 and June 30, 2024", "from 2024-03-15 to 2024-09-30"
    date_pat = rf"(?:(\d{{4}})[-/](\d{{1,2}})[-/](\d{{1,2}})|(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}})\b|({_MON})\.?\s+{day}(?:,?\s+(\d{{4}}))?|{day}(?:\s+of\s+|[\s-]+)({_MON})(?![a-z])\.?(?:(?:,?\s+|-)(\d{{4}}))?)"

    def parse_date(g: tuple[str | None, ...], year: int | None) -> dt.date | None:
        if g[0]:
            return _date(g[0], g[1], g[2])  # type: ignore[arg-type]
        if g[3]:
            d = _slash_date(int(g[3]), int(g[4]), int(g[5]))  # type: ignore[arg-type]
            return d if isinstance(d, dt.date) else None
        g = g[3:]
        if g[3]:
            return _date(str(g[5] or year or ""), g[3], g[4]) if (g[5] or year) else None  # type: ignore[arg-type]
        return _date(str(g[8] or year or ""), g[7], g[6]) if (g[8] or year) else None  # type: ignore[arg-type]

    def years_of(g: tuple[str | None, ...]) -> int | None:
        return next((int(x) for x in (g[0], g[8], g[11]) if x), None) or (2000 + int(g[5]) if g[5] and len(g[5]) == 2
                                                                          else int(g[5]) if g[5] else None)

    def one_date(m: re.Match[str], default: int | None = NO_YEAR) -> TimeValue | None:
        g = m.groups()
        if years_of(g) is None and (g[6] or g[10]) == "may" and not re.match(r"\s*(?:on|since|as of|as at)\b", m.group(0)):
            return None  # "may 5": the verb, unless a preposition makes it a date
        d = parse_date(g, default)
        return TimeValue("date", dates=(d,)) if d else None

    # "between the fiscal years ended June 2022 and June 2024": those two fiscal years
    f.each(rf"\b(?:between\s+)?(?:the\s+)?(?:fiscal\s+|financial\s+)?years\s+end(?:ed|ing)\s+(?:in\s+|on\s+)?(?:(?:{_MON})\.?\s+"
           rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?(\d{{4}})\s+(?:and|to|through|-)\s+(?:(?:{_MON})\.?\s+"
           rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?(\d{{4}})\b",
           lambda m: TimeValue("years", years=(int(m.group(1)), int(m.group(2))), fiscal=True, each=True))
    # "over the three fiscal years to FY2024", "the five years ending 2023": N years ending with the one named
    f.each(rf"\b(?:over\s+|in\s+|for\s+|during\s+)?(?:the\s+)?{_NUM}\s+(?:fiscal\s+|financial\s+)?years\s+(?:to|through|"
           r"ending(?:\s+in)?|ended(?:\s+in)?|up\s+to)\s+(?:fiscal\s+(?:year\s+)?|fy\s*)?'?(\d{4}|\d{2})\b",
           lambda m: TimeValue("span", n=number(m.group(1)), unit="years", years=(_y(m.group(2)),), fiscal=True))
    # "the 12 months to June 30, 2024", "the three years ending December 2023": a span counted back from the date after
    # it (merged below); "the three fiscal years to FY2024" above is fiscal years
    f.each(rf"\b(?:over\s+|in\s+|for\s+|during\s+)?(?:the\s+)?{_NUM}\s+(?:calendar\s+)?(years|months|weeks)\s+(?=(?:to|through|"
           r"ending|ended|up\s+to|until)\s)(?!(?:to|until|up\s+to)\s+(?:today|now|date)\b)",
           lambda m: TimeValue("span", n=number(m.group(1)), unit=m.group(2), anchored=True))
    # "the December quarter of 2023", "the June 2024 quarter": the quarter that ends in that month, as above
    f.each(rf"\b(?:the\s+|their\s+|its\s+)?({_MON})\s+quarter\s+(?:of\s+|in\s+)?(\d{{4}})\b|"
           rf"\b(?:the\s+|their\s+|its\s+)?({_MON})\s+(\d{{4}})\s+quarter\b",
           lambda m: _quarter_ended(int(m.group(2) or m.group(4)), MONTHS[m.group(1) or m.group(3)]))
    # ("between the close on June 28, 2024 and the close on September 30, 2024": the close on a day is that day)
    on_close = r"(?:(?:the\s+)?(?:close|closing\s+price)\s+(?:on|of)\s+)?"
    # (round 29: "between the 28th of June 2024 and the 30th of September 2024": "the" before a day said first; refused,
    # and "from the close on the 28th of June 2024 to ..." read a price today beside the return, a wrong answer)
    # (round 36, f36s) "from the 31 December 2023 close to the 30 June 2024 close": the close said after the day
    close_after = r"(?:\s+(?:close|closing\s+price))?"
    rng = (rf"\b(?:(?:between|from)\s+{on_close})?(?:the\s+(?=\d))?{date_pat}{close_after}\s+(?:and|to|until|through|thru|-)\s+"
           rf"{on_close}(?:the\s+(?=\d))?{date_pat}{close_after}")
    for m in re.finditer(rng, t):
        if not claims.free(m.start(), m.end()):
            continue
        g = m.groups()
        a_g, b_g = g[:12], g[12:]
        year_b, year_a = years_of(b_g), years_of(a_g)
        if year_b is None and year_a is None:
            year_a = year_b = NO_YEAR
        a, b = parse_date(a_g, year_a or year_b), parse_date(b_g, year_b or year_a)
        if a and b:  # "on 2024-03-15 and 2024-06-28" (no "between"): also two dates for a price
            f.add(m, TimeValue("date_range", dates=(a, b), each=bool(re.search(r"\sand\s", m.group(0))
                                                                     and not m.group(0).startswith("between"))))
    # "from June 28, 2024 to year end", "from the close on June 28, 2024 to the end of the year": to that year's end
    f.each(rf"\b(?:from|between)\s+(?:the\s+close\s+(?:on|of)\s+)?{date_pat}\s+(?:to|until|through|and)\s+(?:the\s+)?"
           r"(?:year[- ]end|end\s+of\s+(?:the|that)\s+year)\b",
           lambda m: TimeValue("date_range", dates=(d, dt.date(d.year, 12, 31)))
           if (d := parse_date(m.groups(), NO_YEAR)) else None)
    # "from March 15 2024 to today", "from the start of 2022 to now": the date (the close before a year) to D0
    # (round 32: "from the close on March 28, 2024 to today": the close on a day is that day, as in a range of two days)
    f.each(rf"\b(?:from|between)\s+{on_close}{date_pat}\s+(?:to|until|through|and)\s+(?:today|now|date|the present|present)\b",
           lambda m: TimeValue("since", dates=(d,)) if (d := parse_date(m.groups(), NO_YEAR)) else None)
    f.each(r"\b(?:from|since)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:last|previous|prior)\s+(?:calendar\s+)?year"
           r"(?:\s+(?:to|until|through)\s+(?:today|now|date|the present|present))?\b", lambda m: TimeValue("since", years=(LATEST_FY,)))
    f.each(r"\b(?:from|since)\s+the\s+(?:start|beginning)\s+of\s+(?:calendar\s+)?(\d{4})(?:\s+(?:to|until|through)\s+"
           r"(?:today|now|date|the present|present))?\b", lambda m: TimeValue("since", years=(int(m.group(1)),)))
    # "all-time", "ever": everything in the data
    f.each(r"\b(?:all[- ]time|ever|record(?=\s+(?:closing\s+|share\s+price\s+|stock\s+price\s+)?(?:high|low)s?\b))\b", lambda m: TimeValue("since", dates=(FIRST_DAY,), years=(FIRST_FY,)))
    # "since listing", "since (its) IPO", "since it went public": from the company's listing (the composer knows which)
    f.each(r"\b(?:since|from)\s+(?:its\s+|their\s+|the\s+)?(?:listing|ipo|flotation|inception|debut|"
           r"(?:stock\s+)?market\s+debut|it\s+(?:listed|floated|went\s+public|was\s+listed|ipo'?d)|"
           r"they\s+(?:listed|went\s+public|were\s+listed)|going\s+public)\b",
           lambda m: TimeValue("since", dates=(FIRST_DAY,), years=(FIRST_FY,), listing=True))
    # (round 48, f48x) "the latest day in 2023", "the most recent session of December 2023", "the latest trading day
    # during 2023", "the last session in 2023": the last trading day of that year (month), as "the last trading day of
    # 2023" is (it was D0, "latest" read before the year, and the year's end beside it: a wrong answer). Of another
    # period ("the latest day in fiscal 2023", "in Q3 2023") the D0 patterns below leave it, and its words are named
    f.each(rf"\b(?:on\s+|as of\s+)?(?:the\s+)?(?:(?:latest|most\s+recent)\s+(?:trading\s+)?(?:day|session)\s+(?:in|of|during)|"
           rf"(?:last|final)\s+(?:trading\s+)?(?:day|session)\s+(?:in|during)|(?:last|final)\s+session\s+of)\s+"
           rf"(?:({_MON})\.?,?\s+)?((?:19|20)\d\d)\b(?!-\d)", lambda m: TimeValue(
               "date", dates=(_last_trading_day(int(m.group(2)), MONTHS[m.group(1)] if m.group(1) else 12),)))
    # "on the last trading day", "the latest trading day": D0 (not "the last trading day of June 2024"; (round 48,
    # f48x) nor "... in (during) fiscal 2023", a period's own, above or named)
    _of_a_period = r"(?!\s+(?:of|in|during)\b(?!\s+the\s+data\b))"
    _IN_THE_DATA = r"(?:\s+(?:in|of)\s+the\s+data\b)?"
    # ((round 49, f49r) "on the latest trading day in the data and on 28 June 2024": "in the data" is the day's own, as
    # it is of "the latest day" below; left outside, it parted the day from the date listed after it: refused)
    f.each(r"\b(?:on\s+|as of\s+)?(?:the\s+)?(?:last|final|latest|most recent)\s+trading\s+(?:day|session)\b" + _of_a_period
           + _IN_THE_DATA, lambda m: TimeValue("now"))
    # (round 47, f47r) "on the latest day", "the most recent session in the data": the latest trading day, D0 ("the last
    # day" alone, which may close a period, is left as it reads)
    f.each(r"\b(?:on\s+|as of\s+)?(?:the\s+)?(?:latest|most\s+recent)\s+(?:day|session)\b" + _of_a_period +
           _IN_THE_DATA, lambda m: TimeValue("now"))
    # "last trading day of June 2024", "end of June 2024", "end of 2023"
    f.each(rf"\b(?:on\s+)?(?:the\s+)?first trading day of\s+(?:({_MON})\s+)?(\d{{4}})\b", lambda m: TimeValue(
        "date", dates=(first_trading_day(int(m.group(2)), MONTHS[m.group(1)] if m.group(1) else 1),)))
    # (round 47, f47r) "the first day of March 2024", "the first calendar day of 2024": that calendar day (the 1st),
    # as "the last day of June 2022" is the month's last; a price on it is the close on or before it (SPEC 2), a return
    # from it starts there, as "from 1 March 2024" does (it was refused: 'first day' not understood)
    f.each(rf"\b(?:on\s+)?(?:the\s+)?(?:very\s+)?first\s+(?:calendar\s+)?day\s+of\s+(?:({_MON})\.?,?\s+)?(\d{{4}})\b",
           lambda m: TimeValue("date", dates=(dt.date(int(m.group(2)), MONTHS[m.group(1)] if m.group(1) else 1, 1),)))
    f.each(r"\b(?:on\s+)?(?:the\s+)?(first|last|final) trading day of\s+(?:the\s+)?(?:(?:calendar\s+)?q([1-4])\s*'?|"
           rf"({_ORD})\s+(?:calendar\s+)?quarter\s+(?:of\s+)?)(\d{{4}})\b", lambda m: TimeValue("date", dates=((
               first_trading_day(int(m.group(4)), 3 * (int(m.group(2)) if m.group(2) else ORDINALS[m.group(3)]) - 2)
               if m.group(1) == "first" else
               _last_trading_day(int(m.group(4)), 3 * (int(m.group(2)) if m.group(2) else ORDINALS[m.group(3)]))),)))
    f.each(rf"\b(?:the\s+)?(?:last|final) trading day of\s+(?:({_MON})\s+)?(\d{{4}})\b", lambda m: TimeValue(
        "date", dates=(_last_trading_day(int(m.group(2)), MONTHS[m.group(1)] if m.group(1) else 12),)))
    # (round 36, f36s) "the last day of June 2022", "the last close of 2021": its end, as "the close of 2021" is
    last_of = r"(?:last|final)\s+(?:close|day)\s+of\s+"
    f.each(rf"\b(?:at\s+|as of\s+|by\s+)?(?:the\s+)?(?:end of|end-|close of|{last_of}|end(?=\s+(?:{_MON})\.?,?\s+'?\d))\s*({_MON})\.?,?\s+"
           rf"(\d{{4}}|'\d{{2}})\b",
           lambda m: TimeValue("date", dates=(_month_end(_y(m.group(2)), MONTHS[m.group(1)]),)))
    # "the end of June" (no year): in D0's year, or the year of the other end of a range ("between the end of June
    # and the end of September 2023", below)
    f.each(rf"\b(?:at\s+|as of\s+|by\s+)?(?:the\s+)?(?:end of|end-|{last_of})\s*({_MON})\b(?!\.?,?\s*'?\d)",
           lambda m: TimeValue("date", dates=(_month_end(NO_YEAR, MONTHS[m.group(1)]),), no_year=True)
           if m.group(1) != "may" or re.match(r"\s*(?:at|as of|by)\b", m.group(0)) or re.search(r"\bof\b", m.group(0)) else None)
    # "at the end of last month": the as-of date's previous month end
    f.each(r"\b(?:at\s+|as of\s+|by\s+)?(?:the\s+)?(?:end of (?:the\s+)?(?:last|previous|prior) month|"
           r"(?:last|previous|prior) month[- ]end)\b",
           lambda m: TimeValue("date", dates=(dt.date(AS_OF.year, AS_OF.month, 1) - dt.timedelta(days=1),)))
    f.each(rf"\bsince\s+{date_pat}", lambda m: TimeValue("since", dates=(d,)) if (d := parse_date(m.groups(), NO_YEAR)) else None)
    # "since March", "since the start of March 2024": from the start of the month (a calendar period)
    f.each(rf"\bsince\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+)?({_MON})\.?(?:,?\s+(\d{{4}}))?\b(?!\s*\d)",
           lambda m: TimeValue(
               "since", dates=(dt.date(int(m.group(2) or NO_YEAR), MONTHS[m.group(1)], 1),), month=MONTHS[m.group(1)]))
    # single dates (without a year: in the year of D0)
    f.each(rf"\b(?:on\s+|as of\s+|as at\s+|at\s+)?{date_pat}", one_date)
    # fiscal labels written as FinQL: FY2023, FY-1, FY0, FQ2023Q3, FQ-2, D-20, LTM
    f.each(r"\b(?:fiscal\s+)?fq(\d{4})q([1-4])\b", lambda m: TimeValue(
        "quarter", quarters=(int(m.group(1)) * 4 + int(m.group(2)) - 1,), fiscal=True))
    f.each(r"\bfq(-\d+|0)\b", lambda m: TimeValue("fqrel", n=-int(m.group(1)), fiscal=True))
    # (a relative year of one digit: "FY-22" is a year written with a hyphen or 22 years back, neither sure: refused)
    f.each(r"\bfy(-\d|0)\b", lambda m: TimeValue("fylabel", text=f"FY{m.group(1)}"))
    f.each(r"\bfy([12])\b", lambda m: TimeValue("est", n=int(m.group(1))))
    f.each(r"\bd(-\d+|0)\b", lambda m: TimeValue("drel", n=-int(m.group(1))))
    # "the 2023 fiscal year", "the fiscal year ended September 2023", "the year ending December 31, 2023": FY2023
    # (fiscal year N ends in calendar year N, SPEC section 1)
    # (round 28: and "the 2024 FY", the label said after the year; refused, naming "fy")
    f.each(r"\b(?:the\s+)?(\d{4})\s+(?:(fiscal|financial|calendar)\s+year\b|fy\b(?!\s*[-/]\s*'?\d))",
           lambda m: TimeValue("year", years=(int(m.group(1)),), fiscal=m.group(2) != "calendar",
                               calendar=m.group(2) == "calendar"))
    # "FY2020 year-end", "fiscal 2023 year end": the fiscal year (its Q4 for a stock item)
    # ("at FY2024 end", "the fiscal 2023 end": the same, "year" left out)
    f.each(r"\b(?:at\s+|as of\s+|by\s+)?(?:the\s+)?(fiscal\s+|fy\s*)'?(\d{4}|\d{2})(?:\s+year[- ]?end|[\s-]+end(?![- ]to\b))\b",
           lambda m: TimeValue("year", years=(_y(m.group(2)),), fiscal=True))
    # (round 36, f36s) "when its fiscal 2021 ended", "as fiscal 2024 ended": the end of that fiscal year, as "at the end
    # of fiscal 2021" (the verb was left unread: refused). ("ended fiscal 2024 with net cash", "ended that year with"
    # were read too, and measured: after "grew ... or", the "or" became a joint of two periods and the condition an
    # AND, t21a-043 wrong; taken out, refused as before)
    f.each(r"\b(?:when|as)\s+(?:its\s+|their\s+|the\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)'?(\d{4}|\d{2})\s+(?:ended|closed)\b",
           lambda m: TimeValue("year", years=(_y(m.group(1)),), fiscal=True, end=True))
    # "the 2023 year-end", "at the 2022 year end": the end of that calendar year (FY2023 for a stock item)
    f.each(r"\b(?:at\s+|as of\s+|as at\s+|by\s+)?(?:the\s+)?(\d{4})\s+year[- ]?end\b",
           lambda m: TimeValue("year", years=(int(m.group(1)),), end=True))
    # year-end points: "end of 2023", "year-end 2022"
    # ("at the end of 2021, 2022 and 2023": one point per year)
    # ((round 29, f29b) "as at", the British "as of", opens it too: "as at the end of fiscal 2021 and as at the end of
    # fiscal 2024" left "and as" between the two, a list unread)
    f.each(r"\b(?:at\s+|as of\s+|as at\s+|by\s+)?(?:the\s+)?(?:end of|(?:fiscal\s+|financial\s+)?year-end|(?:fiscal\s+|financial\s+)?year end|"
           # (round 46, f46t: not the highest (lowest) close of a year, "their highest close of calendar 2023": the
           # year's range, P_HIGH, never its last day)
           r"(?<!highest\s)(?<!lowest\s)(?<!\bhigh\s)(?<!\blow\s)(?<!peak\s)close of|(?:last|final)\s+(?:close|day)\s+of|end-|"
           r"end(?=\s+(?:calendar\s+)?\d{4}))\s*(?:(?:fiscal|fy|calendar)\s*(?:year\s+)?)?"
           # (not "the end of fiscal 2023 Q4", a quarter written after its year: round 24, it was FY2023 and the latest Q4)
           r"(\d{4}(?:\s*(?:,|,?\s*and|&)\s*\d{4})*)\b(?!-|'s\s|\s*q[1-4]\b)",
           lambda m: TimeValue("years" if len(ys := tuple(int(y) for y in re.findall(r"\d{4}", m.group(1)))) > 1 else "year",
                               years=ys, each=len(ys) > 1, fiscal="fiscal" in m.group(0) or "fy" in m.group(0), end=True,
                               calendar="calendar" in m.group(0)))
    # "the first and second halves of fiscal 2022", "the first and the second half of 2023": both halves of that year
    # (round 36: "in the first half and in the second half of 2023" too; the first half was read alone as D0's year's
    # first half, 2024: a wrong answer)
    for m in re.finditer(r"\b(?:the\s+)?(?:first|1st)\s+(?:half\s+)?(?:and|&|vs\.?|versus)\s+(?:(?:in|for|during|over)\s+)?"
                         r"(?:the\s+)?(?:second|2nd)[\s-]+hal(?:f|ves)(?:[\s-]+years?)?\s+"
                         r"(?:of\s+)?(?:the\s+|its\s+|their\s+)?(fiscal\s+(?:year\s+)?|fy\s*|calendar\s+(?:year\s+)?)?'?(\d{4}|\d{2})\b", t):
        if not claims.free(m.start(), m.end()):
            continue
        y, prefix = _y(m.group(2)), (m.group(1) or "")
        link = re.search(r"\s(?:and|&|vs\.?|versus)\s", m.group(0))
        assert link is not None
        for h, (s0, e0) in ((1, (m.start(), m.start() + link.start())), (2, (m.start() + link.end(), m.end()))):
            f.add(m, TimeValue("quarter_range", quarters=(y * 4 + 2 * h - 2, y * 4 + 2 * h - 1), fiscal=True, half=h)
                  if prefix and not _calendar(prefix) else TimeValue("half", years=(y,), half=h, calendar=_calendar(prefix)),
                  start=s0, end=e0)
    # (round 36) "in each half of 2023", "both halves of fiscal 2022": the two halves of that year, one by one (it was
    # refused, "half of" not understood)
    for m in re.finditer(r"\b(?:each|both)\s+(?:of\s+(?:the|its|their)\s+)?(hal(?:f|ves))\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
                         r"(fiscal\s+(?:year\s+)?|fy\s*|calendar\s+(?:year\s+)?)?'?(\d{4}|\d{2})\b", t):
        if not claims.free(m.start(), m.end()):
            continue
        y, prefix = _y(m.group(3)), (m.group(2) or "")
        for h, (s0, e0) in ((1, (m.start(), m.end(1))), (2, (m.end(1) + 1, m.end()))):
            f.add(m, TimeValue("quarter_range", quarters=(y * 4 + 2 * h - 2, y * 4 + 2 * h - 1), fiscal=True, half=h)
                  if prefix and not _calendar(prefix) else TimeValue("half", years=(y,), half=h, calendar=_calendar(prefix)),
                  start=s0, end=e0)
    # fiscal halves: "H1 FY2024", "the second half of fiscal 2023" are two fiscal quarters (``half`` set:
    # the composer sums a flow over them and refuses anything else)
    f.each(r"\b(?:the\s+)?(first|second|1st|2nd)[\s-]+half\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)'?(\d{4}|\d{2})\b",
           lambda m: TimeValue("quarter_range", quarters=(_y(m.group(2)) * 4 + 2 * ORDINALS[m.group(1)] - 2,
                                                          _y(m.group(2)) * 4 + 2 * ORDINALS[m.group(1)] - 1),
                               fiscal=True, half=ORDINALS[m.group(1)]))
    f.each(r"\b(?:fiscal\s+(?:year\s+)?|fy\s*)'?(\d{4}|\d{2})(?:'s)?\s+(first|second|1st|2nd)[\s-]+half\b",
           lambda m: TimeValue("quarter_range", quarters=(_y(m.group(1)) * 4 + 2 * ORDINALS[m.group(2)] - 2,
                                                          _y(m.group(1)) * 4 + 2 * ORDINALS[m.group(2)] - 1),
                               fiscal=True, half=ORDINALS[m.group(2)]))
    f.each(r"\b(?:fiscal\s+(?:year\s+)?|fy\s*)'?(\d{4}|\d{2})\s+h([12])\b",  # "fy24 h1"
           lambda m: TimeValue("quarter_range", quarters=(_y(m.group(1)) * 4 + 2 * int(m.group(2)) - 2,
                                                          _y(m.group(1)) * 4 + 2 * int(m.group(2)) - 1),
                               fiscal=True, half=int(m.group(2))))
    # ("2H FY23", "1H fiscal 2024": the analysts' order, the half's number first)
    f.each(r"\b(?:h([12])|([12])h)\s*(?:of\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)'?(\d{4}|\d{2})\b",
           lambda m: TimeValue("quarter_range", quarters=(_y(m.group(3)) * 4 + 2 * int(m.group(1) or m.group(2)) - 2,
                                                          _y(m.group(3)) * 4 + 2 * int(m.group(1) or m.group(2)) - 1),
                               fiscal=True, half=int(m.group(1) or m.group(2))))
    # halves and calendar quarters: "first half of 2024", "H1 2024", "Q3 2024", "third quarter of fiscal 2023"
    f.each(r"\b(?:the\s+)?(first|second|1st|2nd)[\s-]+half\s+(?:of\s+)?(?:calendar\s+(?:year\s+)?)?(\d{4})\b",
           lambda m: TimeValue("half", years=(int(m.group(2)),), half=ORDINALS[m.group(1)], calendar="calendar" in m.group(0)))
    # ("2024's first half", "calendar 2023's second half": the year's possessive, as "fiscal 2024's first half")
    f.each(r"\b(?:calendar\s+(?:year\s+)?)?(\d{4})'s\s+(first|second|1st|2nd)[\s-]+half\b",
           lambda m: TimeValue("half", years=(int(m.group(1)),), half=ORDINALS[m.group(2)], calendar="calendar" in m.group(0)))
    f.each(r"\bh([12])\s*'?(\d{4}|\d{2})\b", lambda m: TimeValue("half", years=(_y(m.group(2)),), half=int(m.group(1))))
    qrange = (r"\b(?:(?:the\s+)?(?:fiscal\s+)?quarters\s+)?(?:from\s+|between\s+)?q([1-4])\s*(?:of\s+)?(?:fy|fiscal(?:\s+year)?)?\s*'?(\d{4}|\d{2})\s+"
              r"(to|through|and|until|-)\s+q([1-4])\s*(?:of\s+)?(?:fy|fiscal(?:\s+year)?)?\s*'?(\d{4}|\d{2})\b")
    # ("Q4 fiscal 2023 and Q4 fiscal 2024" are two quarters, not the range between them: "and" makes a range only
    # after "between")
    f.each(qrange, lambda m: TimeValue("quarter_range", quarters=(
        _y(m.group(2)) * 4 + int(m.group(1)) - 1, _y(m.group(5)) * 4 + int(m.group(4)) - 1))
        if m.group(3) != "and" or m.group(0).startswith("between") else None)
    # (round 38, f38b) the same range with each quarter written year first, "2023Q1 through 2024Q4", "fiscal quarters
    # 2022Q1 to 2022Q4" (the plural "fiscal quarters" before the range names its grain, as "the quarters of" does)
    f.each(r"\b(?:(?:the\s+)?(?:fiscal\s+)?quarters\s+)?(?:from\s+|(between\s+))?(?:fy\s*|fiscal\s+)?(\d{4})\s*-?\s*q([1-4])\s*"
           r"(-|(?<=\s)(?:to|through|thru|until|and)(?=\s))\s*(?:fy\s*|fiscal\s+)?(\d{4})\s*-?\s*q([1-4])\b",
           lambda m: TimeValue("quarter_range", quarters=(int(m.group(2)) * 4 + int(m.group(3)) - 1,
                                                          int(m.group(5)) * 4 + int(m.group(6)) - 1))
           if (m.group(4) != "and" or m.group(1)) and (m.group(2), m.group(3)) < (m.group(5), m.group(6)) else None)
    # "Q1-Q3 2024", "from Q1 to Q3 2024": the quarters of one year from the first to the last
    # (a reading before the quarters is theirs: "fiscal Q1 to Q4 of 2024")
    # ("between Q2 and Q4 2024": "and" after "between" makes the range too; "Q1 and Q2 of 2024" is a list, below)
    f.each(r"\b(?:from\s+|(between\s+))?(fiscal\s+|calendar\s+)?q([1-4])\s*(-|to|through|thru|until|(?<=\s)and(?=\s))\s*q([1-4])\s+"
           r"(?:of\s+)?(fiscal\s+|fy\s*|calendar\s+)?(?:year\s+)?'?(\d{4}|\d{2})\b",
           lambda m: TimeValue("quarter_range", quarters=(_y(m.group(7)) * 4 + int(m.group(3)) - 1,
                                                          _y(m.group(7)) * 4 + int(m.group(5)) - 1),
                               fiscal=bool((p := (m.group(2) or "") + (m.group(6) or "")) and not _calendar(p)),
                               calendar=_calendar(p))
           if m.group(3) < m.group(5) and (m.group(4) != "and" or m.group(1)) else None)
    # "Q1 and Q2 of fiscal 2024", "the first two quarters of fiscal 2024"; "Q1, Q2 and Q3 of 2023": each quarter of the
    # list is of the year said after it (only the last was, the others the latest such quarters: a wrong answer)
    f.each(r"\b(fiscal\s+)?(q[1-4](?:\s*(?:,\s*(?:and\s+)?|and|&|\+|plus)\s*q[1-4])+)(?:\s+(?:of\s+)?(fiscal\s+|fy\s*|"
           r"calendar\s+)?(?:year\s+)?'?(\d{4}|\d{2}))?\b",
           lambda m: TimeValue("quarters", quarters=tuple(_y(m.group(4) or str(NO_YEAR)) * 4 + int(d) - 1
                                                          for d in re.findall(r"q([1-4])", m.group(2))),
                               fiscal=bool(m.group(1) or m.group(3) and not _calendar(m.group(3))), each=True))
    # ((round 46, f46r) the company's own said before the count, "over its four quarters of fiscal 2023", as well)
    f.each(rf"\b(?:the\s+|its\s+|their\s+)?(?:{_NUM}|all)\s+(?:fiscal\s+)?quarters\s+of\s+(?:its\s+|their\s+)?(?:fiscal\s+(?:years?\s+)?|fy\s*)?(\d{{4}})"
           rf"(?:\s+(?:and|to|through|-)\s+(?:fiscal\s+|fy\s*)?(\d{{4}}))?\b",
           lambda m: TimeValue("quarter_range", quarters=(int(m.group(2)) * 4, int(m.group(3) or m.group(2)) * 4 + 3),
                               fiscal=True)
           if (m.group(1) is None or number(m.group(1)) == 4 * (int(m.group(3) or m.group(2)) - int(m.group(2)) + 1))
           and int(m.group(3) or m.group(2)) >= int(m.group(2)) else None)
    # (round 46, f46r) the company named between, "the four quarters of Westbrook Consulting's fiscal 2024": the
    # quarters of its year, as "of its fiscal 2024" reads (only a name the entity step took, said as a possessive)
    for m in re.finditer(rf"\b(?:the\s+)?(?:{_NUM}|all)\s+(?:fiscal\s+)?quarters\s+of\s+(?P<co>[^,;:.?!]{{2,60}}?'s?)\s+"
                         r"(?P<y>(?:fiscal\s+(?:year\s+)?|fy\s*)(?P<yy>\d{4}))\b", t):
        n = m.group(1)
        if claims.free(m.start(), m.start("co")) and claims.free(m.start("y"), m.end("y")) \
                and not any(claims.free(w.start() + m.start("co"), w.end() + m.start("co"))
                            for w in re.finditer(r"[a-z0-9&]+", re.sub(r"'s?$", "", m.group("co")))) \
                and (n is None or number(n) == 4) and not any(
                    # (round 47, r47) only where no other company is named: "Apex's sales across the four quarters of
                    # Falcon's fiscal 2024" answered both, Apex's quarters; whose figures are asked is not said)
                    who == "company" and not m.start("co") <= cs < m.end("co")
                    and not t.startswith(re.sub(r"'s?$", "", m.group("co")).strip(), cs) for cs, _ce, who in claims.spans):
            y = int(m.group("yy"))
            claims.claim(m.start(), m.start("co"), "time")
            f.add(m, TimeValue("quarter_range", quarters=(y * 4, y * 4 + 3), fiscal=True), m.start("y"), m.end("y"))
    f.each(rf"\b(?:the\s+|its\s+|their\s+)?(first|last)\s+{_NUM}\s+(fiscal\s+)?quarters\b(?!\s+of)",  # of D0's year, as "Q1"
           lambda m: TimeValue("quarter_range", quarters=(NO_YEAR * 4, NO_YEAR * 4 + number(m.group(2)) - 1),
                               fiscal=bool(m.group(3))) if m.group(1) == "first" and number(m.group(2)) <= 4 else None)
    # "the first nine months of fiscal 2024", "the first six months of 2024": the quarters of that part of the year
    # ("the last three months of 2024", "the final six months of fiscal 2023": its last quarters, as the first ones
    # are; a count of months that is no whole quarter, "the last two months of 2023", is those calendar months, of
    # prices only)
    def part_of_year(which: str, n: int, prefix: str, year: str) -> TimeValue | None:
        y, fiscal, cal = _y(year), bool(prefix) and not _calendar(prefix), _calendar(prefix)
        if not 1 <= n <= 11:
            return None
        if n == 3:  # "the first (last) three months of fiscal 2024": one quarter
            return TimeValue("quarter", quarters=(y * 4 if which == "first" else y * 4 + 3,), fiscal=fiscal, calendar=cal)
        if n % 3 == 0:
            k = n // 3
            return TimeValue("quarter_range", quarters=(y * 4, y * 4 + k - 1) if which == "first" else (y * 4 + 4 - k, y * 4 + 3),
                             fiscal=fiscal, calendar=cal, part=True)
        if fiscal:
            return None  # months of a fiscal year that are no whole quarter: no fiscal period holds them
        a, b = (1, n) if which == "first" else (13 - n, 12)
        return TimeValue("months", dates=(dt.date(y, a, 1), _month_end(y, b)), calendar=cal)

    f.each(rf"\b(?:the\s+)?(first|last|final|closing|opening)\s+{_NUM}\s+months\s+of\s+(?:its\s+|their\s+|the\s+)?(fiscal\s+(?:year\s+)?|fy\s*|"
           r"calendar\s+(?:year\s+)?)?'?(\d{4}|\d{2})\b",
           lambda m: part_of_year("first" if m.group(1) in ("first", "opening") else "last", number(m.group(2)),
                                  m.group(3) or "", m.group(4)))
    f.each(rf"\b(?:the\s+)?(first|last)\s+{_NUM}\s+quarters\s+of\s+(?:its\s+|their\s+)?(fiscal\s+|fy\s*)?(?:year\s+)?(\d{{4}})\b",
           lambda m: TimeValue("quarter_range", quarters=(
               (_y(m.group(4)) * 4, _y(m.group(4)) * 4 + number(m.group(2)) - 1) if m.group(1) == "first"
               else (_y(m.group(4)) * 4 + 4 - number(m.group(2)), _y(m.group(4)) * 4 + 3)), fiscal=bool(m.group(3))))
    # "the second and third quarters of fiscal 2024": those quarters of that year (a list)
    f.each(rf"\b(?:the\s+)?({_ORD})\s*(?:,|and|&)\s*(?:the\s+)?({_ORD})\s+(fiscal\s+|calendar\s+)?quarters\s+(?:of\s+)?(?:its\s+|their\s+)?"
           r"(fiscal\s+|fy\s*|calendar\s+)?(?:year\s+)?(\d{4})\b",
           lambda m: TimeValue("quarters", quarters=(int(m.group(5)) * 4 + ORDINALS[m.group(1)] - 1,
                                                     int(m.group(5)) * 4 + ORDINALS[m.group(2)] - 1),
                               fiscal="fiscal" in (m.group(3) or "") + (m.group(4) or "") or "fy" in (m.group(4) or ""),
                               calendar="calendar" in (m.group(3) or "") + (m.group(4) or ""), each=True)
           if ORDINALS[m.group(1)] < ORDINALS[m.group(2)] else None)
    # "the last (final) quarter of 2023": its fourth
    f.each(r"\b(?:the\s+)?(?:last|final|closing)\s+(fiscal\s+|calendar\s+)?quarter\s+of\s+(fiscal\s+|fy\s*|calendar\s+)?"
           r"(?:year\s+)?(\d{4})\b",
           lambda m: TimeValue("quarter", quarters=(int(m.group(3)) * 4 + 3,),
                               fiscal=bool((m.group(1) or m.group(2) or "").strip() in ("fiscal", "fy")),
                               calendar="calendar" in (m.group(1) or "") + (m.group(2) or "")))
    # (round 30) the ordinal hyphenated as an adjective, "3rd-quarter 2023", is the same quarter ("3rd-quarter" alone
    # was the latest third quarter, beside the whole fiscal year 2023: two figures, a wrong answer)
    f.each(rf"\b(?:the\s+)?({_ORD})[\s-]+(fiscal\s+|calendar\s+)?quarter\s+(?:of\s+)?(fiscal\s+|fy\s*|calendar\s+)?(?:year\s+)?(\d{{4}})\b",
           lambda m: TimeValue("quarter", quarters=(int(m.group(4)) * 4 + ORDINALS[m.group(1)] - 1,),
                               fiscal=bool((m.group(2) or m.group(3) or "").strip() in ("fiscal", "fy")),
                               calendar="calendar" in (m.group(2) or "") + (m.group(3) or "")))
    f.each(r"\b(fiscal\s+|fy\s*|calendar\s+)?q([1-4])\s*(?:of\s+)?(fiscal\s+|fy\s*|calendar\s+)?(?:year\s+)?'?(\d{4}|\d{2})\b",
           lambda m: TimeValue("quarter", quarters=(_y(m.group(4)) * 4 + int(m.group(2)) - 1,),
                               fiscal=bool(re.search(r"fiscal|fy", (m.group(1) or "") + (m.group(3) or ""))),
                               calendar="calendar" in (m.group(1) or "") + (m.group(3) or "")))
    # the analysts' shorthands "4Q23", "4Q 2023", "2023 Q4", "2023Q4", "1H24", and estimate years "FY2025E", "2026E"
    f.each(r"\b([12])h\s*'?(\d{4}|\d{2})\b", lambda m: TimeValue("half", years=(_y(m.group(2)),), half=int(m.group(1))))
    f.each(r"\b(?:fy\s*'?(\d{4}|\d{2})|(\d{4}))e\b", lambda m: TimeValue("est", n=_y(m.group(1) or m.group(2)) - 2024)
           if _y(m.group(1) or m.group(2)) in ESTIMATE_YEARS else None)
    f.each(r"\b([1-4])q\s*'?(\d{4}|\d{2})\b", lambda m: TimeValue(
        "quarter", quarters=(_y(m.group(2)) * 4 + int(m.group(1)) - 1,)))
    f.each(r"\b(?:(fiscal|fy|calendar)\s*)?(\d{4})\s*-?\s*q([1-4])\b", lambda m: TimeValue(
        "quarter", quarters=(int(m.group(2)) * 4 + int(m.group(3)) - 1,), fiscal=m.group(1) in ("fiscal", "fy"),
        calendar=m.group(1) == "calendar"))
    # (round 33) the half said after its year, as "2023 Q4" is: "2024 H1", "2024-H1", "2024 1H", "2024 first half" (were
    # the year 2024 beside its first half, two figures, a wrong answer; "2024 1H" was refused)
    f.each(r"\b(?:(calendar)\s+(?:year\s+)?)?(\d{4})\s*-?\s*(?:h([12])|([12])h|(first|second|1st|2nd)[\s-]+half)\b(?![\s-]+year)",
           lambda m: TimeValue("half", years=(int(m.group(2)),), half=int(m.group(3) or m.group(4) or ORDINALS[m.group(5)]),
                               calendar=bool(m.group(1))))
    # a quarter without a year: "Q4", "the fourth quarter", "Q3 of last year" (the latest such quarter, see _OF_YEAR)
    f.each(rf"\b(?:the\s+)?(?:(?:latest|last|most recent|recent)\s+)?({_ORD})[\s-]+(fiscal\s+|calendar\s+)?quarter\b{_OF_YEAR}",
           lambda m: TimeValue("quarter", quarters=(_of_year(m, 3) * 4 + ORDINALS[m.group(1)] - 1,),
                               fiscal=bool(m.group(2) and "fiscal" in m.group(2) or "fiscal" in (m.group(4) or "")),
                               calendar="calendar" in (m.group(2) or "") + (m.group(4) or "")))
    f.each(rf"\b(?:the\s+)?(?:(?:latest|last|most recent|recent)\s+)?(fiscal\s+|calendar\s+)?q([1-4])\b(?!\s*'?\d){_OF_YEAR}",
           lambda m: TimeValue("quarter", quarters=(_of_year(m, 3) * 4 + int(m.group(2)) - 1,),
                               fiscal="fiscal" in (m.group(1) or "") + (m.group(4) or ""),
                               calendar="calendar" in (m.group(1) or "") + (m.group(4) or "")))
    # a half without a year: "the first half", "H2", "the second half of last year"
    f.each(rf"\b(?:the\s+)?(?:(first|second|1st|2nd)[\s-]+half|h([12]))\b(?!\s*'?\d){_OF_YEAR}",
           lambda m: TimeValue("half", years=(_of_year(m, 3),), half=ORDINALS[m.group(1)] if m.group(1) else int(m.group(2)),
                               fiscal="fiscal" in (m.group(4) or ""), calendar="calendar" in (m.group(4) or "")))
    # "from January to June 2024", "between Jan and Jun": whole months (without a year, of D0's year)
    f.each(rf"\b(?:from|between)\s+({_MON})\.?(?:\s+(\d{{4}}))?\s+(?:to|and|through|thru|until|-)\s+({_MON})\.?(?:,?\s+(\d{{4}}))?\b",
           lambda m: TimeValue("months", dates=(
               dt.date(int(m.group(2) or m.group(4) or NO_YEAR), MONTHS[m.group(1)], 1),
               _month_end(int(m.group(4) or NO_YEAR), MONTHS[m.group(3)]))) if m.group(1) != "may" or m.group(2) else None)
    f.each(rf"\b({_MON})\.?\s*(?:-|to|through|thru)\s*({_MON})\.?,?\s+(\d{{4}})\b",
           lambda m: TimeValue("months", dates=(dt.date(int(m.group(3)), MONTHS[m.group(1)], 1),
                                                _month_end(int(m.group(3)), MONTHS[m.group(2)])))
           if MONTHS[m.group(1)] <= MONTHS[m.group(2)] and m.group(1) != "may" else None)
    # (round 36, f36s) "its fiscal 2024 (October 2023 to September 2024)": whole months, each with its year, no "from"
    f.each(rf"\b({_MON})\.?,?\s+(\d{{4}})\s*(?:-|\u2013|to|through|thru|until)\s*({_MON})\.?,?\s+(\d{{4}})\b",
           lambda m: TimeValue("months", dates=(dt.date(int(m.group(2)), MONTHS[m.group(1)], 1),
                                                _month_end(int(m.group(4)), MONTHS[m.group(3)])))
           if (int(m.group(2)), MONTHS[m.group(1)]) < (int(m.group(4)), MONTHS[m.group(3)]) else None)
    # "July to September" (no year, no "from"): those months of D0's year, or of the period it restates ("the third
    # calendar quarter of 2024 (July to September)", below)
    f.each(rf"\b({_MON})\.?\s*(?:-|to|through|thru)\s*({_MON})\b(?!\.?,?\s*'?\d)",
           lambda m: TimeValue("months", dates=(dt.date(NO_YEAR, MONTHS[m.group(1)], 1), _month_end(NO_YEAR, MONTHS[m.group(2)])),
                               no_year=True)
           if MONTHS[m.group(1)] < MONTHS[m.group(2)] and "may" not in (m.group(1), m.group(2)) else None)
    # months: "in March 2024", "June 2024", "in the month of October 2024"
    f.each(rf"\b(?:in\s+|during\s+|for\s+)?(?:the\s+month\s+of\s+)?({_MON})\.?\s+(\d{{4}})\b",
           lambda m: TimeValue("month", years=(int(m.group(2)),), month=MONTHS[m.group(1)]))
    f.each(rf"\b(?:in|during)\s+(?:the\s+month\s+of\s+)?({_MON})\b(?!\s*\d)(?!\s*')",  # "in March": of D0's year
           lambda m: TimeValue("month", years=(NO_YEAR,), month=MONTHS[m.group(1)]))
    # relative quarters
    # (round 44, lead: and said "fiscal" or "financial", as the year's are: "the fiscal quarter before last" was refused)
    f.each(r"\b(?:the\s+)?(?:(?:fiscal|financial)\s+)?quarter before (?:the\s+)?last(?:\s+one)?\b|"
           r"\b(?:the\s+)?(?:previous|prior|preceding) (?:(?:fiscal|financial)\s+)?quarter\b|\bone quarter (?:ago|earlier|before)\b",
           lambda m: TimeValue("fqrel", n=1))
    f.each(rf"\b{_NUM}\s+quarters?\s+(?:ago|earlier|back|before)\b", lambda m: TimeValue("fqrel", n=number(m.group(1)), unit="ago"))
    # (round 42, f42s) "the eight fiscal quarters ending with the most recently reported quarter", "the three fiscal years
    # up to the latest one": the last N, said by the latest period they end with (FQ-7..FQ0, as "the last eight quarters")
    f.each(rf"\b(?:over\s+|in\s+|for\s+|during\s+)?the\s+{_NUM}\s+(?:(?:fiscal|financial|reported|full)\s+)?(quarters|years)\s+"
           r"(?:ending|ended|up\s+to|through|to)\s+(?:with\s+|in\s+|at\s+)?the\s+(?:latest|most\s+recent|last|most\s+recently\s+"
           r"reported|latest\s+reported|last\s+reported)\s+(?:(?:reported|fiscal|financial|full)\s+)?(?:quarter|year|one)\b",
           lambda m: TimeValue("span", n=number(m.group(1)), unit=m.group(2), fiscal=m.group(2) == "years")
           if m.group(2) == "quarters" and not re.search(r"\byear\W*$", m.group(0))
           or m.group(2) == "years" and not re.search(r"\bquarter\W*$", m.group(0)) else None)
    f.each(rf"\b(?:the\s+|over\s+the\s+|in\s+the\s+|for\s+the\s+)?(?:last|past|previous|prior|latest|trailing|recent|most recent)\s+{_NUM}\s+(?:(?:fiscal|reported|full)\s+)?quarters\b",
           lambda m: TimeValue("span", n=number(m.group(1)), unit="quarters"))
    # the count first: "the three most recent fiscal years", "the four latest quarters", "the two last reported years"
    f.each(rf"\b(?:over\s+|in\s+|during\s+|for\s+)?(?:each\s+of\s+)?(?:the\s+|its\s+|their\s+){_NUM}\s+(?:most\s+recent|latest|last|"
           r"past|previous|prior|trailing)\s+(?:(?:fiscal|financial|reported|full|complete)\s+)?(years|quarters)\b",
           lambda m: TimeValue("span", n=number(m.group(1)), unit=m.group(2), fiscal="fiscal" in m.group(0))
           if m.group(1) not in ("a", "an", "single") else None)
    f.each(rf"\b(?:the\s+|in\s+the\s+|for\s+the\s+)?(?:last|latest|most recent|recent|past|previous|current|last reported|latest reported|most recently reported|most recent reported|{_DONE})\s+(?:fiscal\s+)?quarter(?:'s)?\b",
           lambda m: TimeValue("fqrel", n=0))
    # ytd, ltm
    f.each(r"\b(?:so far this year|this year so far|year[- ]to[- ]date|ytd|since the (?:start|beginning) of (?:the|this) year)\b",
           lambda m: TimeValue("ytd"))
    # "so far in 2024", "in 2024 so far": year to date where the year is D0's (another year has no "so far")
    f.each(r"\bso\s+far\s+(?:in|during|this)\s+(?:calendar\s+)?(\d{4})\b|\b(?:in\s+|during\s+)?(?:calendar\s+)?(\d{4})\s+so\s+far\b",
           lambda m: TimeValue("ytd") if int(m.group(1) or m.group(2)) == LAST_DAY.year else None)
    f.each(r"\b(?:so far this month|this month so far|month[- ]to[- ]date|mtd)\b", lambda m: TimeValue("mtd"))
    f.each(r"\b(?:so far this quarter|this quarter so far|quarter[- ]to[- ]date|qtd)\b", lambda m: TimeValue("qtd"))
    # "trailing four-quarter revenue" (the adjective, one figure); "over the trailing four quarters" stays a list
    f.each(r"\b(?:the\s+)?(?:trailing|last|past)[- ](?:four|4)[- ]quarter\b(?!s)|\b(?:four|4)[- ]quarter[- ]trailing\b",
           lambda m: TimeValue("ltm"))
    # "trailing sales", "trailing EPS", "trailing debt": a fundamentals measure said trailing is its LTM figure (SPEC
    # section 2); the names that hold the word ("trailing P/E", "trailing dividend yield", "15x trailing earnings")
    # are the senses' own
    f.each(_TRAILING_FUNDAMENTAL, lambda m: TimeValue("ltm"))
    f.each(r"\b(?:over\s+|for\s+|in\s+)?(?:the\s+)?(?:ltm|ttm|trailing[- ]twelve[- ]months?|trailing[- ]12[- ]months?|last[- ]twelve[- ]months?|"
           # ((round 31) written with hyphens as an adjective: "last-twelve-months free cash flow")
           r"last[- ]12[- ]months?|past twelve months|past 12 months|(?:latest|most recent|recent) (?:twelve|12) months|twelve months to date)\b"
           # (round 37) "each of the last four quarters and the LTM total as well": the LTM figure is the four
           # quarters' total, the word its own (read as a SUM it was left over: refused); never "LTM total revenue"
           r"(?:\s+(?:total|sum)(?=\s*(?:[,.;:?!)]|$|\s+(?:as\s+well|too|also|and|figure|number|value)\b)))?",
           lambda m: TimeValue("ltm"))
    # trading days, and spans counted back from the as-of date
    # (round 49, f49s) "the six months to date", "over the 3 months to date": counted back from the as-of date, as "the
    # past six months" are (SPEC 5; "twelve months to date" is the LTM, above); it was refused, naming "six months"
    f.each(rf"\b(?:over\s+|in\s+|during\s+|for\s+)?(?:the\s+)?{_NUM}\s+(months?|years?|weeks?)\s+to\s+date\b",
           lambda m: TimeValue("span", n=number(m.group(1)), unit=m.group(2).rstrip("s") + "s"))
    f.each(rf"\b(?:over\s+|in\s+|during\s+|for\s+)?(?:the\s+)?(?:last|past|previous|prior|trailing|latest|most\s+recent|preceding)\s+{_NUM}\s+(?:trading\s+days?|(?:trading\s+)?sessions?)\b",
           lambda m: TimeValue("span", n=number(m.group(1)), unit="trading days"))
    # ("as at 20 trading days before it": the compliance officer's "as at" before the point, round 22)
    # ((round 29, f29b) and a lawyer's "prior to": "ten trading days prior to the latest trading day")
    # ((round 47, f47r) and the day named first, "on the trading day five sessions before it": that day, D-5 as "five
    # trading days before it" reads; "trading day" was left over, refused)
    f.each(rf"\b(?:(?:as at|as of|at|on)\s+)?(?:the\s+(?:trading\s+)?(?:day|session)\s+)?{_NUM}\s+(?:trading\s+days?|(?:trading\s+)?sessions?)\s+(?:ago|earlier|back|before|"
           r"prior\s+to)\b",
           lambda m: TimeValue("drel", n=number(m.group(1))))
    # ("last 2 fy", "past 3 fys": the trade's "fy" for fiscal years, after a count)
    f.each(rf"\b(?:over\s+|in\s+|during\s+|for\s+|within\s+)?(?:each\s+of\s+(?=the\s+\S+\s+\S+\s+calendar\s+(?:years|months)))?(?:the\s+|its\s+|their\s+)?(?:last|past|previous|prior|trailing|latest|most\s+recent|preceding)\s+{_NUM}\s+"
           r"(fiscal\s+|calendar\s+|full\s+|reported\s+)?(years?|months?|weeks?|days?|fys?\b(?!\s*'?\d))\b",
           lambda m: TimeValue("span", n=number(m.group(1)), unit="years", fiscal=True)
           if m.group(3).startswith("fy") else TimeValue("span", n=number(m.group(1)), unit=m.group(3).rstrip("s") + "s",
                                                         fiscal=bool(m.group(2)) and "fiscal" in m.group(2),
                                                         calendar=bool(m.group(2)) and "calendar" in m.group(2),
                                                         each=m.group(0).lstrip().startswith(("each", "in each")) or
                                                         "each of" in m.group(0)))
    f.each(rf"\b(?:over|across)\s+{_NUM}\s+(fiscal\s+)?(years|months|weeks)\b(?!\s+(?:ago|earlier|back|before|prior))",
           lambda m: TimeValue("span", n=number(m.group(1)), unit=m.group(3), fiscal=bool(m.group(2))))
    f.each(r"\b(?:over\s+|in\s+|during\s+|for\s+)?(?:the\s+)?(?:last|past|previous|prior)\s+decade\b",
           lambda m: TimeValue("span", n=10, unit="years"))
    # "the last half-year", "over the past half year": six months counted back, as "the past six months" are
    f.each(r"\b(?:over\s+|in\s+|during\s+|for\s+|within\s+)?(?:the\s+)?(?:last|past|previous|prior|trailing|latest|most\s+recent)\s+"
           r"half[- ]year\b", lambda m: TimeValue("span", n=6, unit="months"))
    # "the past year" is the twelve months to the as-of date; "last year" is the year 2024
    f.each(r"\b(?:over\s+|in\s+|during\s+|for\s+|within\s+)?(?:the\s+)?(?:past|trailing)\s+(year|month|week)\b|"
           r"\b(?:over|within)\s+(?:the\s+)?(?:last|previous|prior)\s+(year|month|week)\b|"
           r"\b(?:the\s+)?(?:last|previous|prior)\s+(week)\b|"
           # (round 49, f49s) "in the last year", "during the last month", "for the last year": the article makes it a
           # span that ends now, as "in the last 12 months" (SPEC 5: "the past N months" counts back) and "over the
           # last year" are; "last year" / "last month" bare stay the year 2024 / December 2024, and a fundamentals
           # figure over one year counted back is the last fiscal year either way
           r"\b(?:in|during|for)\s+the\s+last\s+(year|month)\b"
           r"(?!\s*'s|[- ](?:end|close|high|low)\b|\s+of\b|,?\s+(?:(?:19|20)\d\d|fy\s*\d+|fiscal|calendar)\b|\s+(?:and|or)\s+a\s+half\b)",
           lambda m: TimeValue("span", n=1, unit=(m.group(1) or m.group(2) or m.group(3) or m.group(4)) + "s"))
    # "last month", "the previous month": the calendar month before the as-of date's (December 2024), as "last
    # year" is the year before (SPEC section 5) and "the end of last month" is that month's end
    prev = _months_back(AS_OF.replace(day=1), 1)
    f.each(r"\b(?:in\s+|during\s+|for\s+)?(?:the\s+)?(?:last|previous|prior)\s+(?:calendar\s+)?month(?:'s)?\b",
           lambda m: TimeValue("month", years=(prev.year,), month=prev.month))
    # the trade's shorthands "3m return", "1y perf", "5y eps cagr", "12m high": N months (years) counted back; only
    # before a return, change, high/low or growth word ("$3m", "3m shares" are amounts); a measure's "A per B" counts as
    # one word between them ("5y earnings per share CAGR", as "5y eps cagr")
    f.each(r"(?<![$€£¥.\d])\b(\d{1,2})\s?(y|yr|m|mo|w|wk)\b(?=\s+(?:[a-z/&-]+\s+per\s+[a-z-]+\s+|[a-z/&-]+\s+){0,2}?(?:return|returns|perf|performance|"
           r"performers?|change|chg|high|low|gain|move|cagr|growth|avg|average|total return)\b)",
           lambda m: TimeValue("span", n=12, unit="months") if (m.group(1), m.group(2)[0]) == ("52", "w") else
           TimeValue("span", n=int(m.group(1)), unit={"y": "years", "yr": "years", "m": "months", "mo": "months",
                                                      "w": "weeks", "wk": "weeks"}[m.group(2)]))
    # (round 27, f27s) the same said right after the word: "sales cagr 5y", "return 3m", "eps growth 5yr"
    f.each(r"(?:(?<=\bcagr )|(?<=\bgrowth )|(?<=\breturn )|(?<=\breturns )|(?<=\bperf )|(?<=\bchg )|(?<=\bchange ))"
           r"(\d{1,2})\s?(y|yr|m|mo)\b(?![$€£¥%.,]\d)",
           lambda m: TimeValue("span", n=int(m.group(1)), unit={"y": "years", "yr": "years", "m": "months",
                                                                "mo": "months"}[m.group(2)]))
    f.each(r"\b(?:over\s+|in\s+|during\s+|for\s+|within\s+)?(?:the\s+)?(?:last|past|previous|prior|trailing)\s+(\d{1,2})\s?"
           r"(y|m|mo|mos|w|wk|wks)\b(?![$€£¥%])",
           lambda m: TimeValue("span", n=int(m.group(1)), unit={"y": "years", "m": "months", "mo": "months", "mos": "months",
                                                                "w": "weeks", "wk": "weeks", "wks": "weeks"}[m.group(2)]))
    # ("52-week high", "52-week range": the market's name for the trailing year, the high of the past 12 months, as
    # outsiders write it ("52-week high, i.e. its highest close over the past 12 months"); "the past 52 weeks" counts weeks)
    # "a 20-day high", "the 5-day return": the market's N-day figure counts sessions, as "20d hi" does (the last N
    # trading days, SPEC section 5); it was 20 calendar days (2024-12-26) beside "20d hi" as D-20, one phrase two ways
    # (round 31) "60-trading-day return", "trailing 60-day returns": the sessions said as such, and "trailing" before the
    # count (the span is one counted back); "10-day vs 5-day return": the figure said once after
    # a second span of the same form (each span's, as "10-day return vs 5-day return" is read)
    f.each(rf"\b(?:trailing[- ])?{_NUM}[- ](?:trading[- ](?=days?\b))?(year|month|week|day)s?[- ]"
           r"(?:share price |stock |price |total |closing )?(?=return|performance|change|high|low|gain|move|range|"
           r"(?:and|vs\.?|versus|or|&)\s+(?:\d+|[a-z]+)[- ](?:trading[- ])?(?:year|month|week|day)s?[- ]"
           r"(?:share price |stock |price |total |closing )?(?:return|performance|change|high|low|gain|move|range))",
           lambda m: TimeValue("span", n=12, unit="months") if (m.group(1), m.group(2)) == ("52", "week")
           else TimeValue("span", n=number(m.group(1)), unit="trading days" if m.group(2) == "day" else m.group(2) + "s"))
    # "three years ago, in fiscal terms": the fiscal year N years back (FY(2025-N), SPEC section 5), said to be fiscal
    f.each(rf"\b{_NUM}\s+(?:fiscal\s+)?years?\s+(?:ago|earlier|back|prior),?\s+(?:in\s+fiscal(?:[- ]year)?\s+terms|"
           r"on\s+a\s+fiscal(?:[- ]year)?\s+basis)\b",
           lambda m: TimeValue("year", years=(AS_OF_YEAR - number(m.group(1)),), fiscal=True))
    f.each(r"\b(?:at\s+)?(?:this|the same) time last year\b", lambda m: TimeValue("yearsago", n=1, years=(AS_OF_YEAR - 1,)))
    # (round 49, f49s) "since six months ago", "from a year ago to today", "from 3 months ago until now": a span to D0
    # from the day counted back, as "the past six months" is (SPEC 5); it was refused ("since" or the range unread)
    # ("from six years ago" alone is that year's figure, FY2019: only "since", or "from" with the end today said)
    f.each(rf"\b(?:since|from(?=\s+\S+\s+\S+\s+ago\s+(?:to|until|till|through|up\s+to)\s+(?:today|now|date|the\s+present|"
           r"the\s+latest\b)))\s+"
           rf"{_NUM}\s+(years?|months?|weeks?)\s+ago\b(?:\s+(?:to|until|till|through|up\s+to)\s+"
           r"(?:today|now|date|the\s+present|the\s+latest\s+(?:trading\s+)?day)\b)?(?!\s+(?:to|until|till|through)\b)",
           lambda m: TimeValue("since", dates=(d,)) if (d := _ago(number(m.group(1)), m.group(2))) and _in_data(d) else None)
    f.each(rf"\b{_NUM}\s+(?:fiscal\s+)?(years?|months?|weeks?|days?)\s+(?:ago|earlier|back|prior)(?:\s+today)?\b",
           lambda m: TimeValue("yearsago", n=number(m.group(1)), years=(AS_OF_YEAR - number(m.group(1)),))
           if m.group(2).startswith("year") else TimeValue("ago", n=number(m.group(1)), unit=m.group(2).rstrip("s") + "s"))
    # ("5% a year" is a rate per year, not a period)
    f.each(rf"\b{_NUM}[- ](year|month|week|day)\b", lambda m: None if re.search(r"(?:%|percent|per cent)\s*$", t[:m.start()])
           else TimeValue("span", n=number(m.group(1)), unit=m.group(2) + "s"))
    # since
    f.each(r"\bsince\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+)?(?:fiscal\s+|fy\s*|calendar\s+)?(\d{4})\b",
           lambda m: TimeValue("since", years=(int(m.group(1)),)))
    # year ranges: "from 2020 to 2024", "between FY2018 and FY2022", "2019-2023", "FY2020 through FY2024"
    # ("fiscal 24", as a voice transcript writes "fiscal twenty four", is FY2024 here as alone)
    yr = r"(?:(?:fiscal\s+|fy\s*|calendar\s+)(?:years?\s+)?)?'?(\d{4}|(?<=fy)\d{2}|(?<=fy )\d{2}|(?<=fiscal )\d{2}|(?<=')\d{2})"
    # ("calendar years between 2020 and 2024", "the fiscal years from 2022 to 2024": the plural noun said before the
    # range names its kind, as "fiscal years 2022 to 2024" does)
    # (round 24) "the years between 2021 and 2023", "for the years 2021 to 2023": the bare noun after the article names
    # no kind, the range read as without it ("two years from 2021" stays a count's; "for years between", no article,
    # stays refused as f23l pinned it)
    kind = r"(?:(?:fiscal|calendar)\s+years\s+|(?<=\bthe )years\s+)?"
    f.each(rf"\b{kind}between\s+(?:the\s+)?{yr}\s*and\s*(?:the\s+)?{yr}\b(?!-)|"
           rf"\b(?:{kind}from\s+|over\s+|{kind})?{yr}\s*(?:to|through|thru|until|-)\s*{yr}\b(?!-)",
           lambda m: _year_range(m))
    # relative years
    f.each(r"\b(?:the\s+)?(?:(?:fiscal\s+|financial\s+)?year before last|fy before last)\b",
           lambda m: TimeValue("year", years=(LATEST_FY - 1,), fiscal="fiscal" in m.group(0)))
    # "the previous (prior) fiscal year": the year before the current, unreported one, as SPEC section 5 counts "last
    # year" (FY2024); after a period it is the year before that one, and before the latest year named later ("from
    # the previous year to last year") the year before it (``_relative``)
    f.each(r"\b(?:the\s+)?(?:previous|prior)\s+(?:fiscal\s+|financial\s+)?year\b",
           lambda m: TimeValue("year", years=(LATEST_FY,), fiscal="fiscal" in m.group(0)))
    f.each(rf"\b{_NUM}\s+(?:fiscal\s+)?years?\s+(?:ago|earlier|back|before|prior)\b", lambda m: TimeValue(
        "yearsago", n=number(m.group(1)), years=(AS_OF_YEAR - number(m.group(1)),)))
    f.each(rf"\b(?:in\s+|for\s+|during\s+|over\s+)?(?:the\s+)?(?:last|latest|most recent|past|recent|previous|last reported|latest reported|{_DONE}|"
           r"most recently reported|most recent reported|last full|latest full|last complete)\s+(?:full\s+)?(?:fiscal|financial|calendar|reporting)?\s*year(?:'s)?\b|"
           r"\b(?:in\s+|for\s+)?(?:the\s+)?(?:latest|last|most recent)\s+(?:annual|fiscal)\s+(?:results|figures|report|period)\b",
           lambda m: TimeValue("year", years=(LATEST_FY,), fiscal="fiscal" in m.group(0) or "annual" in m.group(0),
                               calendar="calendar" in m.group(0)))
    # (round 30: and the pair joined as one adjective, "3x last-FY operating income", as "last-year sales" is read)
    f.each(r"\b(?:in\s+|for\s+)?(?:the\s+)?(?:last|latest|most recent|last reported|latest reported)(?:\s+|-)fy\b(?!\s*'?\d)",
           lambda m: TimeValue("year", years=(LATEST_FY,), fiscal=True))
    # "the growth from last fiscal year to next": the year elided after "next" (FY1, as "next year")
    f.each(r"(?:(?<=\blast year to )|(?<=\blast fiscal year to )|(?<=\blast financial year to ))next\b"
           r"(?![\s-]+(?:fiscal|financial|year|fy|quarter|month|week|day|two|three|four|five|\d))",
           lambda m: TimeValue("est", n=1))
    f.each(r"\b(?:next|coming|upcoming|current|this)\s+(?:fiscal\s+|financial\s+)?year(?:'s)?\b|\bforward\s+year\b|\bnext\s+fy\b",
           lambda m: TimeValue("est", n=1, this_year=bool(re.match(r"this\s+year", m.group(0)))))
    # (round 28, f28a) "two fiscal years out", "one year ahead", "two financial years forward": the estimate that many
    # fiscal years after the latest (FY1, FY2); "ahead of" is a comparison's (r29: "over the two years ahead", "the next
    # two years forward" are a span of years, no one year: the growth over them was read as FY2's alone, a wrong answer)
    f.each(r"\b(?:the\s+)?year after next\b|\bin two years(?:'\s*time)?\b|"
           r"(?<!\bthe\s)(?<!\bover\s)(?<!\bnext\s)\b(one|two)\s+(?:fiscal\s+|financial\s+)?years?\s+(?:out|ahead|forward)\b(?!\s+of\b)",
           lambda m: TimeValue("est", n=2 if m.group(1) in (None, "two") else 1))
    # years: "FY2023", "fiscal 2023", "calendar 2024", "2023", "FY23", "2021, 2022 and 2023"
    yl = r"(?:(fiscal\s+(?:years?\s+)?|fy\s*|financial\s+years?\s+|calendar\s+(?:years?\s+)?|cy\s*)'?(\d{4}|\d{2})|(\d{4})|'(\d{2}))"
    listed = rf"(?:\b|(?<!\w)(?=')){yl}(?:\s*(?:,|and|&|vs\.?|versus|or)\s*(?:(?:with|to)\s+)?{yl})*\b(?!-\d)"
    for m in [*re.finditer(listed, t)]:
        if not claims.free(m.start(), m.end()):
            # "at the end of fiscal 2023 and fiscal 2024", "FY2020-FY2024 and FY2024 net income": a year of the list
            # that another period did not take is a period of its own (it was left over, and refused)
            # (not after a part of a year: "Q4 of fiscal 2023 and fiscal 2024" may be the fourth quarter of both; refused)
            if any(p.start <= m.start() < p.end and p.value.kind in ("quarter", "quarter_range", "quarters", "half", "month",
                                                                       "months", "fqrel", "date", "day")
                   for p in f.found.mentions):
                continue
            for y in re.finditer(rf"\b{yl}\b(?!-\d)", t[:m.end()]):
                if y.start() >= m.start() and claims.free(y.start(), y.end()) and (y.group(1) or y.group(2)):
                    f.add(y, TimeValue("year", years=(_y(y.group(2)),), fiscal=(y.group(1) or "").strip().startswith(
                        ("fiscal", "fy", "financial")), calendar=(y.group(1) or "").strip().startswith(("calendar", "cy"))))
            continue
        if re.search(r"(?:than|above|below|under|exceed\w*|least|most|>|<|=|\$|€|£|¥)\s*$", t[:m.start()]) \
                and not m.group(1) and not re.search(r"fiscal|fy|calendar", m.group(0)):
            continue  # "above 2000": a threshold, not a year
        parts: list[tuple[int, int, list[int], bool, bool]] = []  # (start, end, years, fiscal, calendar)
        for y in re.finditer(yl, m.group(0)):
            prefix = (y.group(1) or "").strip()
            year_s = y.group(2) or y.group(3) or y.group(4)
            if y.group(3) and not 1990 <= int(year_s) <= 2100:
                continue
            if not parts or _y(year_s) in parts[-1][2]:
                # "sales in 2022, 2023 and 2024 and FY2024 EPS": a year said again starts a list of its own (the EPS's;
                # it was one list of four years, taken by both measures: a wrong answer)
                parts.append((m.start() + y.start(), m.start() + y.end(), [], False, False))
            ps, _pe, ys, fiscal, cal = parts[-1]
            ys.append(_y(year_s))
            parts[-1] = (ps, m.start() + y.end(), ys, fiscal or prefix.startswith(("fiscal", "fy", "financial")),
                         cal or prefix.startswith(("calendar", "cy")))
        if parts:
            parts[0] = (m.start(), *parts[0][1:])
        for ps, pe, ys, fiscal, cal in parts:
            f.add(m, TimeValue("years" if len(ys) > 1 else "year", years=tuple(ys), fiscal=fiscal, calendar=cal,
                               each=len(ys) > 1), ps, pe)
    # "yesterday", "yesterday's close": the last trading day (as of 2025-01-15 the data's last close, D0: a price on a
    # day is the close of the last trading day on or before it, SPEC section 2); no fiscal period
    f.each(r"\b(?:as of\s+|at\s+|on\s+)?yesterday(?:'s)?(?!\w)", lambda m: TimeValue("now", unit="yesterday"))
    # now
    # "worth more than $150bn at today's close": the close as the time of a figure (the price itself is asked as
    # "today's close" with no preposition, and stays the price's)
    f.each(r"\b(?:at|as of|as at)\s+(?:today's|the\s+latest|the\s+last|the\s+most\s+recent|the\s+current)\s+close\b(?!\s+(?:of|on|in)\b)",
           lambda m: TimeValue("now"))
    f.each(r"\b(?:right now|at the moment|at present|as of today|as of now|today|now|currently|current|latest|presently|"
           r"these days|at the latest close|most recent close|latest close)\b", lambda m: TimeValue("now"))
    # "its last close divided by its close on 2024-06-28": the last close is the latest one, D0 (it took the other
    # close's date: a price divided by itself); "the last close of 2024 (before ...)" is another day's
    f.each(r"\b(?<!\bthe\s)last\s+(?=clos(?:e|ing\s+price)\b(?!\s+(?:of|on|in|before|prior|for|during)\b))",
           lambda m: TimeValue("now"))
    # "from this fiscal year's consensus to next year's": beside the current fiscal year (FY1, an estimate said
    # "fiscal" or "consensus", never the price year of "this year"), "next year" is the one after it (FY2)
    this_fy = [mm for mm in f.found.mentions if mm.value.kind == "est" and mm.value.n == 1 and (
        re.match(r"(?:this|current)\s+(?:fiscal|financial)\s+year", t[mm.start:mm.end].strip())
        or re.match(r"\s*(?:consensus|estimates?|forecasts?)\b", t[mm.end:]))
        and re.match(r"(?:this|current)\b", t[mm.start:mm.end].strip())]
    if this_fy:
        for mm in f.found.mentions:
            if mm.start > this_fy[0].end and mm.value.kind == "est" and mm.value.n == 1 \
                    and re.match(r"next\b", t[mm.start:mm.end].strip()):
                mm.value = replace(mm.value, n=2)
    # cues that are not periods themselves
    # (a cue inside the courtesy already claimed is none: "for our quarterly review" says what the figures are for;
    # its "quarterly" asked for every quarter of the year, a wrong answer, round 21)
    said = [(cs, ce) for cs, ce, who in claims.spans if who == "filler"]

    def cue(rx: str) -> bool:
        return any(not any(cs <= m.start() and m.end() <= ce for cs, ce in said) for m in re.finditer(rx, t))

    f.found.quarterly = cue(r"\bquarterly\b|\bper quarter\b|\beach quarter\b|\beach calendar quarter\b|\bevery quarter\b|\ba quarter\b(?!\s+of\b)|\bquarter by quarter\b")
    f.found.each_year = cue(r"\beach (?:fiscal |calendar )?year\b|\bevery (?:fiscal |calendar )?year\b|\byear by year\b|\bper year\b|\bannually\b|\beach of\b|\byearly\b|\bfor each\b|\bin each\b|\bannual\b")
    f.found.yoy = cue(r"\b(?:yoy|year[- ]over[- ]year|year[- ]on[- ]year|annual growth)\b")
    f.found.qoq = cue(r"\b(?:qoq|quarter[- ]over[- ]quarter|quarter[- ]on[- ]quarter|sequential(?:ly)?)\b")
    for rx in GRAIN_CUES:
        for m in re.finditer(rx, t):
            if claims.free(m.start(), m.end()):
                claims.claim(m.start(), m.end(), "time-cue")
    _inclusive_said(t, f.found.mentions, claims)
    # "for each quarter of fiscal 2024, first to fourth": the four quarters of the year, counted again in order
    if f.found.quarterly and any(mm.value.kind == "year" and len(mm.value.years) == 1 for mm in f.found.mentions):
        for m in re.finditer(r",?\s*\(?(?:from\s+)?(?:the\s+)?first(?:\s+quarter)?\s+(?:to|through|until|-)\s+(?:the\s+)?"
                             r"fourth(?:\s+quarter)?\b\)?", t):
            if claims.free(m.start(), m.end()) and re.search(r"\beach quarter\b|\bevery quarter\b", t[:m.start()]):
                claims.claim(m.start(), m.end(), "time-cue")
    # "half-year sales comparison: first half vs second half of fiscal 2024": the grain of the halves named
    if any(mm.value.half for mm in f.found.mentions):
        for m in re.finditer(r"\bhalf[- ]year(?:ly)?\b|\bsemi[- ]?annual(?:ly)?\b", t):
            if claims.free(m.start(), m.end()):
                claims.claim(m.start(), m.end(), "time-cue")
    # "Q3 2024 (calendar)", "2023 (fiscal)": the reading named after the period
    for mm in f.found.mentions:
        post = re.match(r"\s*\(\s*(calendar|fiscal)(?:\s+(?:year|quarter|basis))?\s*\)", t[mm.end:])
        if post and mm.value.kind in ("year", "years", "quarter", "quarters", "half") \
                and claims.free(mm.end, mm.end + post.end()):
            claims.claim(mm.end, mm.end + post.end(), "time")
            mm.value.calendar, mm.value.fiscal = post.group(1) == "calendar", post.group(1) == "fiscal"
            mm.end += post.end()
        # (round 29, f29a) "in 2024, the whole calendar year", "in 2023 - the full year": the year said again as a
        # whole, after a comma or a dash (a calendar year where "calendar" is said, as "(calendar)" is)
        again = re.match(r"\s*(?:,|\s-+)\s*(?:(?:over|for|across|i\s+mean)\s+)?the\s+(?:whole|entire|full)\s+(calendar\s+)?year\b",
                         t[mm.end:])
        if again and mm.value.kind == "year" and len(mm.value.years) == 1 and not mm.value.fiscal \
                and claims.free(mm.end, mm.end + again.end()):
            claims.claim(mm.end, mm.end + again.end(), "time")
            mm.value.calendar = mm.value.calendar or again.group(1) is not None
            mm.end += again.end()
    # "full-year FY2024 sales", "the whole year 2023": a year's own words (a whole fiscal year is what a year names)
    for mm in f.found.mentions:
        # ("in the year 2023": the year's own words, read as "2023" is: FY2023 of a fundamental, calendar 2023 of prices)
        pre = re.search(r"\b(?:(?:full|whole|entire|complete)[- ](?:fiscal[- ])?year\s+(?:of\s+)?|(?:the\s+)?year\s+)$", t[:mm.start])
        if pre and mm.value.kind in ("year", "fylabel") and len(mm.value.years) <= 1 and claims.free(pre.start(), mm.start):
            claims.claim(pre.start(), mm.start, "time")
            if pre.group(0).lower().startswith(("full", "whole", "entire", "complete")):
                mm.start = pre.start()  # ("Q2 and full-year 2023 EPS": the year's words, joined to the quarter before)
    # "at the end of each quarter of 2024", "at each month-end in Q4 2024": one point per quarter (month) end of the
    # period named; "over the period 2021 to 2023", "for the period from ...": the period's own words
    for i, mm in enumerate(f.found.mentions):
        v = mm.value
        pre = re.search(r"\b(?:(?:at|as of|as at|on)\s+)?(?:the\s+)?(?:end\s+of\s+(?:each|every)\s+(?:calendar\s+)?(quarter|month)|"
                        r"(?:each|every)\s+(?:calendar\s+)?(quarter|month)[- ]?end)\s+(?:of|in|during)\s+(?:the\s+)?$",
                        t[:mm.start])
        if pre and all(mm.start <= s or pre.start() >= e or who == "time-cue" for s, e, who in claims.spans) \
                and (v.kind == "year" and len(v.years) == 1 or v.kind == "quarter" and len(v.quarters) == 1) \
                and not (v.fiscal and (pre.group(1) or pre.group(2)) == "month"):
            grain = pre.group(1) or pre.group(2)
            first, last = (v.years[0] * 4, v.years[0] * 4 + 3) if v.kind == "year" else (v.quarters[0], v.quarters[0])
            if grain == "quarter":
                new = TimeValue("quarter_range", quarters=(first, last), end=True, each=True, calendar=v.calendar,
                                fiscal=v.fiscal)  # of a stock item: the fiscal quarters (their ends)
            else:
                new = TimeValue("dates", dates=tuple(_month_end(y, mo) for y in range(first // 4, last // 4 + 1)
                                                       for mo in range(1, 13) if first <= y * 4 + (mo - 1) // 3 <= last))
            claims.claim(pre.start(), mm.start, "time")
            new.text = t[pre.start():mm.end]
            f.found.mentions[i] = Mention(pre.start(), mm.end, new)
            continue
        # "over the course of 2022", "in the course of the first half": the period's own words
        pre = re.search(r"\b(?:(?:over|during|in|throughout)\s+)?the\s+course\s+of\s+$", t[:mm.start])
        if pre and claims.free(pre.start(), mm.start):
            claims.claim(pre.start(), mm.start, "time")
            mm.start = pre.start()
            continue
        # "Over 2023, how did X's shares do", "X's sales over fiscal 2023": "over" before the only period named is its
        # preposition, as "during" is, where it opens the clause or companies are named (beside another period it sets
        # one against the other, "TTM sales over FY2023"; in a screen, "banks with sales over 2023" may be a threshold)
        pre = re.search(r"(?:^|[.,;:!?]\s*)?\b(over|throughout)\s+$", t[:mm.start])
        # ("X's EPS over 2022, 2023 and 2024": the periods listed after it, of named companies, are read as one)
        listed = [x for x in f.found.mentions if x is not mm]
        chain, end = [], mm.end
        for x in sorted(listed, key=lambda x: x.start):
            if x.start >= end and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+&)\s*", t[end:x.start]):
                chain.append(x)
                end = x.end
        listed_years = v.kind == "years" or len(chain) == len(listed) and v.kind == "year" and all(
            x.value.kind == "year" for x in chain)
        alone = len(f.found.mentions) == 1 and v.kind != "years" or listed_years and any(
            who == "company" for _s, _e, who in claims.spans) and not re.search(
            r"\b(?:grow|grew|growth|change|chg|rise|rose|fall|fell|increase|decrease|cagr)", t)
        if pre and alone and v.kind in ("years", "year", "quarter", "half", "month", "year_range",
                                                             "quarter_range", "months") \
                and (pre.group(0)[0] in ".,;:!?" or pre.start() == 0 or pre.group(1) == "throughout"
                     or any(who == "company" for _s, _e, who in claims.spans)
                     # ("best 3 banks over 2H24", "over Q3 2024": a period no threshold could be; "over 2023" could)
                     or not re.fullmatch(r"'?\d[\d,.]*", t[mm.start:mm.end].strip())) \
                and claims.free(pre.start(), mm.start):
            claims.claim(pre.start(), mm.start, "time")
            mm.start = pre.start()
            continue
        pre = re.search(r"\b(?:(?:over|for|during|in|across|within)\s+)?(?:the\s+)?(?:period|time\s+frame|timeframe|time\s+span|"
                        r"window)\s+(?:of\s+)?$", t[:mm.start])
        if pre and claims.free(pre.start(), mm.start) and v.kind in (
                "year_range", "date_range", "months", "quarter_range", "since", "span"):
            claims.claim(pre.start(), mm.start, "time")
            mm.start = pre.start()
    # "at the end of last fiscal year", "by the end of FY2023": the period's end, same fiscal reading
    for mm in f.found.mentions:
        # ("at each year-end from 2021 to 2023", "on every year end in 2020-2022": one point per year end)
        pre = re.search(r"\b(?:(?:at|by|as of|as at)\s+)?(?:the\s+)?end\s+of\s+(?:(?:its|their)\s+)?(?:each\s+(?:of\s+)?|every\s+)?"
                        r"(?:(?:fiscal\s+|calendar\s+)?year\s+)?$", t[:mm.start])
        if pre is None and re.match(r"fy|fiscal\s", t[mm.start:mm.end]):  # "equity end fy22": "of" left out
            pre = re.search(r"\b(?:(?:at|by|as of|as at)\s+)?(?:the\s+)?end\s+$", t[:mm.start])
        if pre is None and mm.value.kind in ("year_range", "years", "span"):  # "each year-end" names several years
            pre = re.search(r"\b(?:(?:at|on|as of)\s+)?(?:each|every)\s+(?:(?:fiscal|calendar)\s+)?year[- ]?end\s+"
                            r"(?:(?:in|of|for|during)\s+)?$", t[:mm.start])
        if pre and all(mm.start <= s or pre.start() >= e or who == "time-cue" for s, e, who in claims.spans):
            claims.claim(pre.start(), mm.start, "time")
            mm.start = pre.start()
            mm.value.end = True
    for mm in f.found.mentions:
        # "on Friday, June 28, 2024": the weekday of the date is its own words; one that is not that date's weekday
        # says the date may be another one, so the date is refused, naming it (never answered for a day not meant)
        wd = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
                       r"\.?,?\s+(?:the\s+)?$", t[:mm.start])
        if wd and mm.value.kind == "date" and claims.free(wd.start(), mm.start):
            claims.claim(wd.start(), mm.start, "time")
            mm.start = wd.start()
            if mm.value.dates[0].weekday() != [d[:3] for d in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                                               "saturday", "sunday")].index(wd.group(1)[:3]):
                mm.value = TimeValue("unresolved", text=t[mm.start:mm.end])
        # "on a trailing twelve-month basis", "on an LTM basis": the period said as a basis
        pre, post = re.search(r"\bon\s+an?\s+$", t[:mm.start]), re.match(r"[- ]basis\b", t[mm.end:])
        if pre and post and claims.free(pre.start(), mm.start) and claims.free(mm.end, mm.end + post.end()):
            claims.claim(pre.start(), mm.start, "time")
            claims.claim(mm.end, mm.end + post.end(), "time")
            mm.start, mm.end = pre.start(), mm.end + post.end()
    f.found.mentions.sort(key=lambda mm: mm.start)
    _halves_of_year_after(t, f.found.mentions)
    # "fiscal 2024 first half vs second half": a half without a year of its own next to a fiscal half is of that year
    for a, b in zip(f.found.mentions, f.found.mentions[1:], strict=False):
        if a.value.kind == "quarter_range" and a.value.half and b.value.kind == "half" and not re.search(r"\d\d|'\d|year", t[b.start:b.end]) \
                and re.fullmatch(r"\s*(?:vs\.?|versus|and|,|against|compared\s+(?:with|to))\s*(?:the\s+)?", t[a.end:b.start]):
            y = a.value.quarters[0] // 4
            b.value = TimeValue("quarter_range", text=b.value.text, quarters=(y * 4 + 2 * b.value.half - 2, y * 4 + 2 * b.value.half - 1),
                                fiscal=a.value.fiscal, half=b.value.half)
    # "H1 and H2 fiscal 2023", "the first vs the second half of 2023": a half without a year of its own joined to
    # the half after it takes that one's year (it was read as D0's year: a wrong answer)
    for a, b in reversed(list(zip(f.found.mentions, f.found.mentions[1:], strict=False))):
        if a.value.kind == "half" and not re.search(r"\d\d|'\d|year", t[a.start:a.end]) and b.value.half \
                and b.value.kind in ("half", "quarter_range") and re.search(r"\d\d|'\d|year", t[b.start:b.end]) \
                and re.fullmatch(r"\s*(?:and|&|,|,\s*and|vs\.?|versus|or|against|compared\s+(?:with|to))\s*(?:the\s+)?", t[a.end:b.start]):
            y = b.value.quarters[0] // 4 if b.value.kind == "quarter_range" else b.value.years[0]
            a.value = replace(b.value, text=a.value.text, half=a.value.half, years=(y,) if b.value.kind == "half" else (),
                              quarters=(y * 4 + 2 * a.value.half - 2, y * 4 + 2 * a.value.half - 1)
                              if b.value.kind == "quarter_range" else ())
    _days_before(t, f.found.mentions)
    _relative(t, f.found.mentions)
    # "from the first trading day of 2024 to the last trading day of June 2024", "between the end of 2021 and the end
    # of 2023": two dates make a range
    ms = f.found.mentions
    _relative_ranges(t, ms, claims)
    # (round 34, f34b) and after a range of two fiscal quarters' codes, joined only here: "FQ2023Q1 through FQ2024Q4
    # inclusive"
    _inclusive_said(t, ms, claims)
    _trading_day_ranges(t, ms, claims)
    # "from the start of Q2 2024 to the end of Q3 2024", "from the beginning of 2023 to the end of June 2024": the
    # calendar months from the first day of the one period to the day the other names (a return from the close
    # before that first day, SPEC section 5; a high or low from it)
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        pre = re.search(r"\b(?:from|between)\s+(?:the\s+)?(?:start|beginning|opening|open)\s+of\s+(?:the\s+)?$", t[:a.start])
        start, d1, db = pre.start() if pre else None, _first_day(a.value), _day_of(b.value)
        if pre is None and a.value.kind == "month" and (bare := re.search(r"\b(?:from|between)\s+$", t[:a.start])):
            # (round 36, f36s) "from March 2021 to the end of 2021 (of that year)": a month said as a span's start is
            # its first day, as "from the start of March 2021" is (it was March alone beside the year: a wrong answer)
            start = bare.start()
        if pre is None and a.value.kind == "year" and len(a.value.years) == 1 and not a.value.fiscal and not a.value.end \
                and b.value.end and not b.value.fiscal and (bare := re.search(r"\bfrom\s+$", t[:a.start])) \
                and re.search(r"\b(?:returns?|clos(?:e|es|ing)|highs?|lows?|highest|lowest|gain\w*|los[st]\w*|perform\w*)\b", t):
            # (round 42, f42n) "the lowest close (the return) from 2022 to the end of 2023": a calendar year said as the
            # start of a price's range is its first day, as "from the start of 2022" is (it was two ranges, each year's
            # own low or return: a wrong answer); a fundamental's "from 2022 to the end of 2023" stays its two years
            start = bare.start()
        if a.value.kind == "since" and a.value.years and not a.value.dates and not a.value.listing \
                and re.match(r"from\s+the\s+(?:start|beginning)\s+of\s+(?:calendar\s+)?\d{4}$", t[a.start:a.end]):
            start, d1 = a.start, dt.date(a.value.years[0], 1, 1)  # "from the start of 2023" was read as "since"
        if start is not None and d1 and db and d1 <= db and claims.free(start, a.start) \
                and re.fullmatch(r"\s*(?:to|until|through|thru|and|-)\s*", t[a.end:b.start]):
            claims.claim(start, b.end, "time")
            ms[i - 1:i + 1] = [Mention(start, b.end, TimeValue("months", text=t[start:b.end], dates=(d1, db)))]
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        da, db = _day_of(a.value), _day_of(b.value)
        if da and db and a.value.no_year and not b.value.no_year:  # "between the end of June and the end of September 2023"
            da = _month_end(db.year, da.month)
        if da and db is None and b.value.kind == "month" and len(b.value.years) == 1 and not b.value.fiscal \
                and not b.value.no_year and re.search(r"\bfrom\s+$", t[:a.start]) \
                and re.fullmatch(r"\s*(?:to|until|till|through|thru)\s*", t[a.end:b.start]):
            # (round 41, f41n) "from the end of 2023 through March 2024", "from its 2023 close to June 2024": a month
            # said as the end of a range from a day is its last day (as "the six months to June 2024" reads, and "from
            # January through March 2024"); March was left unread (refused). "between the end of 2023 and March 2024"
            # (its end, or its start?) stays as it was
            db = _month_end(b.value.years[0], b.value.month)
        if da and db and re.fullmatch(r"\s*(?:to|until|through|thru|and|-)\s*", t[a.end:b.start]):
            pre = re.search(r"\b(?:from|between)\s+$", t[:a.start])
            start = pre.start() if pre and claims.free(pre.start(), a.start) else a.start
            if a.value.kind != "date" and not pre:
                continue  # "at the end of 2022 and 2023" stays a list of points
            claims.claim(start, b.end, "time")
            ms[i - 1:i + 1] = [Mention(start, b.end, TimeValue("date_range", text=t[start:b.end], dates=(da, db),
                                                              each=not pre and "and" in t[a.end:b.start]))]
    # (round 27) "each of the last two fiscal quarters (the quarter before last and the last quarter)", "the last two
    # years, i.e. the year before last and last year": a span restated by a list of the periods it holds, one by one
    # (joined by commas and "and"), is the span's words, read once; the list was left unread (refused, naming it). A
    # list that names other periods stays unread (refused)
    for i in range(len(ms) - 2, -1, -1):
        a = ms[i]
        fa = a.value.fiscal_periods() if a.value.kind == "span" else None
        parts = ms[i + 1:i + 1 + len(fa)] if fa else []
        if not fa or len(fa) < 2 or len(parts) != len(fa):
            continue
        lead = re.fullmatch(r"\s*(?:\(|[-\u2013\u2014:]|,\s*(?=i\.?\s?e\b|that is|namely))\s*(?:(?:i\.?\s?e\.?|that is|namely)\s*,?\s*)?",
                            t[a.end:parts[0].start])
        got = [p.value.fiscal_periods() for p in parts]
        if lead is None or not claims.free(a.end, parts[0].start) or any(g is None or len(g) != 1 for g in got) or not all(
                re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", t[x.end:y.start]) and claims.free(x.end, y.start)
                for x, y in zip(parts, parts[1:], strict=False)):
            continue
        listed = _absolute([g[0] for g in got if g]) or []
        if len(set(listed)) != len(listed) or set(listed) != set(_absolute(fa) or []):
            continue
        close = re.match(r"\s*\)", t[parts[-1].end:]) if "(" in lead.group(0) else re.match(r"(?=\s*(?:[,;.?!]|$))", t[parts[-1].end:])
        if close is None:
            continue
        claims.claim(a.end, parts[-1].end + close.end(), "time")
        ms[i:i + 1 + len(fa)] = [Mention(a.start, parts[-1].end + close.end(), a.value)]
    # (round 37, f37b) "over the past two years, counting back from today", "1Y return (trailing 12 months from
    # today)": a span counted back from today, the day it is counted from said after it (before the apposition reads
    # it: the span with its words is what the parenthesis restates); a span that ends elsewhere stays as it is
    _counted_back(t, ms, claims)
    # a period restated in apposition: "first half fy24 revenue (fiscal q1+q2)", "the first half of fiscal 2024, i.e.
    # its first two fiscal quarters", "5y avg (fy20-fy24)": the second names the same periods, so it is the first's words
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        # (round 26: "(i.e. fiscal 2023)" too, the marker inside the parenthesis; it was refused, naming "i.e."; and
        # "2023 (that's the year before last)", "last year, by which I mean fiscal 2024", "in other words")
        said = r"(?:i\.?\s?e\.?|that is|that's|which is|which was|namely|meaning|(?:by which\s+)?i mean|in other words)"
        link = re.search(rf"(?:\((?:\s*{said}\s*,?)?|(?:,|\b)\s*{said}\s*,?)\s*(?:(?:its|their|the)\s+)?$", t[a.end:b.start])
        if link is None and a.value.calendar and b.value.kind == "months" and b.value.no_year:
            # "calendar 2023, January to December": the months of the calendar year named, said after a comma
            link = re.fullmatch(r",\s*(?:from\s+)?", t[a.end:b.start])
        # "sales for the past three years, 2020, 2021 and 2022" (or one year, "the last two years, 2022"): years listed
        # after a comma, the clause ending with them, say which years a span of years is (read once where they are its
        # years; others are refused below)
        span_of_years = a.value.kind == "span" and a.value.unit == "years" and b.value.kind in ("year", "years", "year_range") \
            and bool(a.value.fiscal_periods()) and bool(b.value.fiscal_periods())
        if link is None and span_of_years and (re.match(r"\s*(?:[,;:.?!)]|$)", t[b.end:])
                                               or len(b.value.fiscal_periods() or []) == len(a.value.fiscal_periods() or [])):
            link = re.fullmatch(r",\s*", t[a.end:b.start])
        if not link or "(" in t[a.end:b.start][:link.start()] and not re.fullmatch(r"\s*\(\s*", t[a.end:a.end + link.start()]) \
                or not claims.free(a.end + link.start(), b.start):
            continue
        if b.value.kind == "months" and b.value.no_year and (ra := a.value.span("hilo")):
            y = int(ra[1][:4]) if ra[1] != "D0" else LAST_DAY.year
            b.value = replace(b.value, dates=(b.value.dates[0].replace(year=y), _month_end(y, b.value.dates[1].month)))
        # (round 26: an estimate year, "the next fiscal year (fiscal 2025)", is FY1 said twice)
        same = a.value.fiscal_periods() is not None and _absolute(a.value.fiscal_periods()) == _absolute(b.value.fiscal_periods()) or \
            a.value.estimates() is not None and a.value.estimates() == b.value.estimates() or \
            a.value.span("return") is not None and _at_d0(a.value.span("return")) == _at_d0(b.value.span("return")) or \
            _same_day(a.value, b.value, t[b.start:b.end])  # "at mid-year 2024 (June 30)", "at the end of 2023 (Dec 31)"
        # (round 31) "the last two fiscal years (fiscal 2024 and fiscal 2023)": a span of years restated by its years
        # listed latest first names the same years (the order of a list is the asker's, the span's years are read)
        if not same and span_of_years and b.value.kind == "years":
            listed, held = _absolute(b.value.fiscal_periods()) or [], _absolute(a.value.fiscal_periods()) or []
            same = len(set(listed)) == len(listed) == len(held) and set(listed) == set(held)
        # "growth last fiscal year (fiscal 2024 vs fiscal 2023)", "CAGR over the last five years (fiscal 2019 to 2024)":
        # the apposition names the two ends the first period's growth runs between; it is read (the asker's own periods)
        # (round 31: two ends, or every year between them; "the last three fiscal years (FY2024, FY2023 and FY2021)",
        # a list whose first and last were the span's growth ends, read the list's years, FY2022 left out: a wrong
        # answer, refused)
        restated = not same and a.value.kind in ("year", "span") and b.value.kind in ("years", "year_range") \
            and a.value.growth_range() is not None and a.value.growth_range() == b.value.growth_range() \
            and (b.value.kind == "year_range" or len(listed := b.value.fiscal_periods() or []) == 2
                 or _every_year_between(listed))
        # "over fiscal Q4 2024, i.e. July through September 2024": a fiscal quarter restated as three calendar months
        # of its year; the months the asker wrote are what prices read (a fundamental reads no months: refused)
        months = not same and not restated and a.value.kind == "quarter" and a.value.fiscal and len(a.value.quarters) == 1 \
            and b.value.kind == "months" and not b.value.no_year and _months_back(b.value.dates[1].replace(day=1), 2) == b.value.dates[0] \
            and b.value.dates[1].year in (a.value.quarters[0] // 4 - 1, a.value.quarters[0] // 4) \
            and (a.value.quarters[0] % 4 != 3 or b.value.dates[1].year == a.value.quarters[0] // 4)
        # (round 36, f36s) "in its fiscal 2024 (October 2023 to September 2024)": a fiscal year restated as the twelve
        # calendar months that end in its year, as a fiscal quarter is above
        months = months or not same and not restated and a.value.kind == "year" and a.value.fiscal and len(a.value.years) == 1 \
            and not a.value.end and b.value.kind == "months" and not b.value.no_year \
            and _months_back(b.value.dates[1].replace(day=1), 11) == b.value.dates[0] \
            and b.value.dates[1].year == a.value.years[0]
        if months:
            restated = True
        # "a year ago, i.e. on 2024-01-15": a point counted back from today restated as its day; the asker's date is
        # what is read (a fundamental reads no day: refused, as the date alone is)
        if not same and not restated and a.value.kind in ("ago", "yearsago") and b.value.kind == "date" \
                and a.value.point() is not None and a.value.point() == b.value.point():
            restated = True
        # "the five-year CAGR ending last fiscal year (FY2019 to FY2024)": the range restates a span of years and the
        # year it ends in, said before it (read once, by the span and its end)
        # (round 27: a span that starts in the year named, "the three-year CAGR from three years before last year, i.e.
        # FY2021 to FY2024", is restated by the range from that year on)
        ended = ms[i - 2] if i >= 2 else None
        gap = t[ended.end:a.start] if ended is not None else ""
        if not same and not restated and ended is not None and ended.value.kind == "span" and ended.value.unit == "years" \
                and b.value.kind == "year_range" and len(fp := a.value.fiscal_periods() or []) == 1 \
                and re.fullmatch(r"FY\d{4}", fp[0]) and (
                    re.fullmatch(r"[\s\w'-]{0,40}?\b(?:ending|ended|to|through|up to|until)\s+(?:in\s+|with\s+)?(?:the\s+)?", gap)
                    and b.value.growth_range() == (f"FY{int(fp[0][2:]) - ended.value.n}", fp[0])
                    or re.fullmatch(r"[\s\w'-]{0,40}?\b(?:from|starting|beginning)\s+(?:in\s+|with\s+|at\s+)?(?:the\s+)?", gap)
                    and b.value.growth_range() == (fp[0], f"FY{int(fp[0][2:]) + ended.value.n}")):
            close = re.match(r"\s*\)", t[b.end:]) if link.group(0).strip().startswith("(") else re.match(r"", t[b.end:])
            if close is not None:
                claims.claim(a.end + link.start(), b.end + close.end(), "time")
                del ms[i]
                continue
        if not same and not restated and span_of_years:
            # "the past three years, 2020, 2021 and 2022" (the last three are 2022-2024): the asker's years and the span
            # disagree; neither is dropped for the other (it was a list of five years): refused, naming both
            claims.claim(a.end + link.start(), b.end, "time")
            ms[i - 1:i + 1] = [Mention(a.start, b.end, TimeValue("unresolved", text=t[a.start:b.end]))]
            continue
        if not same and not restated:
            continue
        close = re.match(r"\s*(?:combined|together|in total)?\s*\)", t[b.end:]) if link.group(0).strip().startswith("(") \
            else re.match(r"(?:\s+(?:combined|together|in total))?", t[b.end:])
        if close is None:
            continue
        claims.claim(a.end + link.start(), b.end + close.end(), "time")
        # (the mention spans its apposition: a period listed after it, "(Dec 31) and now", follows it directly; it
        # was dropped, the words between read as no list)
        # (only where the apposition follows the period directly: "fiscal 2024 at Ember Industries (Q1 plus Q2)" spans
        # the company's words, which the reading then did not reflect: refused)
        end = b.end + close.end() if not t[a.end:a.end + link.start()].strip() else a.end
        kept = a.value if same else replace(b.value, text=t[a.start:a.end])
        if same and b.value.kind == "date" and a.value.kind in ("year", "quarter") and _day_of(a.value) is not None:
            # (round 32) "debt at the end of 2023 (December 31)": the day said is the calendar's; a fundamentals item
            # reads the quarter ending then, as "at the end of calendar 2023" (it was FY2023, a September year end's
            # balance three months before the day named: a wrong answer)
            kept = replace(a.value, calendar=True)
        if restated and span_of_years and b.value.kind == "years":
            # (round 32) "the last two fiscal years (fiscal 2024 and fiscal 2022)": a list that names the span's growth
            # ends but not its years restates a growth only; a plain figure read the listed years (FY2023 dropped: a
            # wrong answer). The span is kept, said as the list: its growth reads, its figures are refused
            kept = replace(a.value, text=t[a.start:a.end], said_as=tuple(_absolute(b.value.fiscal_periods()) or ()))
        if same and _by_year_end(a.value) != _by_year_end(b.value) \
                and (b.value if _by_year_end(a.value) else a.value).fiscal_periods() is not None:
            # (round 27) "last quarter (Q4 of calendar 2024)": the two agree for a December year end only; the period
            # that depends on the companies' year end is read, and its fiscal periods must be the label's (they were
            # read as FQ0 for a September year end: a wrong answer)
            dep, label = (a.value, b.value) if _by_year_end(a.value) else (b.value, a.value)
            kept = replace(dep, text=t[a.start:a.end], end=a.value.end or b.value.end,
                           said_as=tuple(_absolute(label.fiscal_periods()) or ()), said_fiscal=label.fiscal)
        ms[i - 1:i + 1] = [Mention(a.start, end, kept)]
    # "between fiscal 2023's third quarter and fiscal 2024's third quarter": two quarters as the ends of a range
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        pre = re.search(r"\b(?:from|between)\s+$", t[:a.start])
        if pre and a.value.kind == b.value.kind == "quarter" and len(a.value.quarters) == len(b.value.quarters) == 1 \
                and (a.value.fiscal, a.value.calendar) == (b.value.fiscal, b.value.calendar) \
                and a.value.quarters[0] < b.value.quarters[0] and claims.free(pre.start(), a.start) \
                and re.fullmatch(r"\s*(?:and|to|through|until|-)\s*", t[a.end:b.start]):
            claims.claim(pre.start(), b.end, "time")
            ms[i - 1:i + 1] = [Mention(pre.start(), b.end, TimeValue(
                "quarter_range", text=t[pre.start():b.end], quarters=(a.value.quarters[0], b.value.quarters[0]),
                fiscal=a.value.fiscal, calendar=a.value.calendar))]
    # "2-year forward EPS growth: FY24 actual to FY26 consensus": a span of N years before two years N apart restates
    # them (a growth between those two, not over the N years to FY2024); its words stay read
    for i in range(len(ms) - 3, -1, -1):
        a, b, c = ms[i], ms[i + 1], ms[i + 2]
        if a.value.kind == "span" and a.value.unit == "years" and not a.value.years and not a.value.anchored \
                and b.value.kind == c.value.kind == "year" and len(b.value.years) == len(c.value.years) == 1 \
                and c.value.years[0] - b.value.years[0] == a.value.n \
                and re.fullmatch(r"\s*(?:[a-z]+\s+){0,2}?(?:to|through|until|and|vs\.?|versus|-)\s*(?:the\s+)?", t[b.end:c.start]):
            del ms[i]
    # "5-year average net income FY2020-FY2024": a span of N years said before its measure, then a range of exactly N
    # fiscal years, restates the range (the words of the span stay read; any other count is two periods, as before)
    # (round 31: "3 year avg ...", the count and its unit apart, as "3-year" is)
    for i in range(len(ms) - 2, -1, -1):
        a, b = ms[i], ms[i + 1]
        if a.value.kind == "span" and a.value.unit == "years" and not a.value.years and not a.value.anchored \
                and re.fullmatch(r"\d+[- ]year|[a-z]+-year", t[a.start:a.end]) and b.value.kind == "year_range" \
                and len(b.value.fiscal_periods() or []) == a.value.n \
                and re.fullmatch(r"\s+(?:(?!and\b|or\b|vs\b|versus\b)[a-z/&'.-]+,?\s+){1,7}(?:over\s+|for\s+|in\s+)?", t[a.end:b.start]):
            # ("Five-year average operating income for X, FY20 through FY24": the company and a comma between, round 23)
            ms[i + 1] = Mention(b.start, b.end, b.value)
            del ms[i]
    # "fiscal 2022 through fiscal 2024 (all twelve quarters)": a count of the periods named restates them
    for mm in ms:
        count = re.match(rf"\s*\(\s*(?:(?:all|the|its|their)\s+)?{_NUM}\s+(?:fiscal\s+)?(quarters|years)\s*\)", t[mm.end:])
        periods = mm.value.fiscal_periods() if count else None
        if count and periods and claims.free(mm.end, mm.end + count.end()):
            n = number(count.group(1))
            years = all(re.fullmatch(r"FY\d{4}", p) for p in periods)
            # (round 27) "CAGR between fiscal 2019 and fiscal 2024 (five years)": of a growth rate, the years it spans
            # (the CAGR's years, SPEC section 2: the difference of the labels; any other count stays refused)
            spans = years and count.group(2) == "years" and n == len(periods) - 1 and re.search(
                r"\b(?:cagr|compound(?:ed)?\s+(?:annual\s+)?growth|growth|grew|grow)\b", t) is not None
            if spans or n == (len(periods) * (4 if years else 1) if count.group(2) == "quarters" else len(periods) if years else -1):
                claims.claim(mm.end, mm.end + count.end(), "time")
                mm.end += count.end()
    # "since the end of Q2 2024", "from the end of 2022 until today": from that day to D0 (a return from its close)
    for i, b in enumerate(ms):
        db = _day_of(b.value)
        # "since the US election on nov 5 2024": a day named by an event said with its date (the date is what is read;
        # an event said without its day, "since the November 2024 election", is refused, naming it)
        pre = re.search(r"\bsince\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z][a-z.'&-]*\s+){0,3}?"
                        rf"(?:{_EVENTS})\s+$", t[:b.start]) if b.value.kind == "date" and t[b.start:b.end].startswith("on ") \
            else None
        # ("since the close on 30 September 2024", "since the close of 28 June": from that day's close, round 22)
        pre = pre or re.search(r"\bsince\s+(?:(?:the\s+)?(?:close|closing\s+price)\s+(?:of\s+|on\s+)?)?$", t[:b.start])
        if db and pre and claims.free(pre.start(), b.start):
            claims.claim(pre.start(), b.start, "time")
            ms[i] = Mention(pre.start(), b.end, TimeValue("since", text=t[pre.start():b.end], dates=(db,)))
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        da = _day_of(a.value)
        # ("from the close of 31 December 2019 to the latest close": the close on a day is that day)
        pre = re.search(r"\b(?:from|between)\s+(?:the\s+)?(?:(?:close|closing\s+price)\s+(?:of|on)\s+)?$", t[:a.start])
        if da and b.value.kind == "now" and pre and claims.free(pre.start(), a.start) \
                and re.fullmatch(r"\s*(?:to|until|till|through|and)\s*(?:the\s+)?", t[a.end:b.start]):
            close = re.match(r"\s+close\b", t[b.end:]) if re.search(r"(?:latest|last|most recent)$", t[b.start:b.end]) else None
            end = b.end + (close.end() if close and claims.free(b.end, b.end + close.end()) else 0)
            claims.claim(pre.start(), end, "time")
            ms[i - 1:i + 1] = [Mention(pre.start(), end, TimeValue("since", text=t[pre.start():end], dates=(da,)))]
    # "from March 2024 to today", "from 2023 until now": a calendar period said as the start of a span to D0 is that
    # period's start, as "since March 2024" / "since 2023" say it (a return from the close before it, SPEC section 5);
    # any other period so said ("from Q2 2024 to today": a calendar or a fiscal quarter?) is refused, naming it, never
    # read as the period alone with "today" dropped
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        pre = re.search(r"\bfrom\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+)?$", t[:a.start])
        if b.value.kind != "now" or b.value.unit == "yesterday" or not pre or not claims.free(pre.start(), a.start) \
                or a.value.kind in ("since", "now", "date", "unresolved") \
                or not re.fullmatch(r"\s*(?:to|until|till|til|through|thru|up\s+(?:to|until))\s+(?:the\s+)?", t[a.end:b.start]):
            continue
        v = a.value
        if v.kind == "year" and len(v.years) == 1 and not v.end:
            new = TimeValue("since", years=v.years)
        elif v.kind == "month" and len(v.years) == 1:
            new = TimeValue("since", dates=(dt.date(v.years[0], v.month, 1),), month=v.month)
        else:
            new = TimeValue("unresolved")
        claims.claim(pre.start(), b.end, "time")
        ms[i - 1:i + 1] = [Mention(pre.start(), b.end, replace(new, text=t[pre.start():b.end]))]
    # "for the past three years until today", "the last twelve months till now": a span counted back from today, its
    # end said again (the words read; a span that ends elsewhere is no restatement and stays as it is)
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        if b.value.kind == "now" and b.value.unit != "yesterday" and re.fullmatch(r"(?:today|now|date|the\s+present)", t[b.start:b.end]) \
                and (a.value.kind in ("ltm", "ytd", "mtd", "qtd") or a.value.kind == "span" and not a.value.years
                     and not a.value.anchored or a.value.kind == "since" and not a.value.listing) \
                and re.fullmatch(r"\s*,?\s*(?:until|till|til|up\s+(?:to|until)|to)\s+", t[a.end:b.start]):
            claims.claim(a.end, b.end, "time")
            ms[i - 1:i + 1] = [Mention(a.start, b.end, replace(a.value, text=t[a.start:b.end]))]
    # (round 32) "X's LTM sales right now", "TTM revenue at present": said after the trailing twelve months, where no
    # other period is said, "now" restates them, the latest already (it was read as a second period, the latest fiscal
    # year, beside the LTM figure: a wrong answer); said last in its clause, not after a joint ("LTM sales and its sales
    # now": two figures; "LTM free cash flow over today's market cap": today's is the market cap's)
    # (round 34, f34n) and before a comparison with another period, "LTM sales now vs FY2023" (FY2024's sales were
    # listed beside the two: the rule wanted every period LTM or now)
    only_now = all(m.value.kind in ("ltm", "now") for m in ms)
    for i in range(len(ms) - 1, 0, -1):
        b = ms[i]
        if b.value.kind != "now" or b.value.unit == "yesterday" or ms[i - 1].value.kind != "ltm" or not re.fullmatch(
                r"(?:right\s+now|at\s+the\s+moment|at\s+present|as\s+of\s+(?:today|now)|today|now|currently|presently)",
                t[b.start:b.end]):
            continue
        last = only_now and re.match(r"\s*(?:[,.?!;)]|$)", t[b.end:])
        compared = i == len(ms) - 2 and re.fullmatch(r"\s*,?\s*(?:vs\.?|versus|compared\s+(?:to|with)|against|relative\s+to)"
                                                     r"\s+(?:(?:in|for)\s+)?", t[b.end:ms[i + 1].start])
        # (round 33, r33: a comma right before it too, "X's LTM sales, currently?" listed FY2024's sales beside them)
        if (last or compared) and not re.search(r"\b(?:and|or|vs|versus|compared|against|plus|its|their)\b|[,;&]",
                                                re.sub(r",\s*$", "", t[ms[i - 1].end:b.start])):
            if compared:  # the LTM said where "now" stands, so the period compared after it joins it
                ms[i - 1:i + 1] = [Mention(b.start, b.end, replace(ms[i - 1].value, text=t[b.start:b.end]))]
            else:
                del ms[i]
    # "changed since 2019? Show me the percentage change to last year": the end of a "since" restated (the latest year,
    # or now), its words read; any other end is no restatement and stays a period of its own
    for i in range(len(ms) - 1, 0, -1):  # "since 2020 to 2023", "since 2020 through last year": the years between
        a, b = ms[i - 1], ms[i]
        if a.value.kind == "since" and a.value.years and not a.value.dates and not a.value.listing \
                and b.value.kind == "year" and len(b.value.years) == 1 and a.value.years[0] <= b.value.years[0] \
                and not (b.value.end or b.value.calendar) \
                and re.fullmatch(r"\s*(?:to|through|thru|until|up\s+to|-)\s*(?:the\s+)?", t[a.end:b.start]):
            claims.claim(a.start, b.end, "time")
            ms[i - 1:i + 1] = [Mention(a.start, b.end, TimeValue("year_range", text=t[a.start:b.end],
                                                                years=(a.value.years[0], b.value.years[0]), fiscal=b.value.fiscal))]
    for i in range(len(ms) - 1, 0, -1):
        b = ms[i]
        to = re.search(r"\b(?:to|through|until|up\s+to)\s+(?:the\s+)?$", t[:b.start])
        since = next((p for p in reversed(ms[:i]) if p.value.kind == "since" and p.value.years and not p.value.dates
                      and not p.value.listing), None)
        if to and since and claims.free(to.start(), b.start) and (
                b.value.kind == "now" or b.value.kind == "year" and b.value.years == (LATEST_FY,) and not b.value.calendar
                and not b.value.end):
            claims.claim(to.start(), b.start, "time")
            del ms[i]
    # "the 12 months to June 30, 2024", "3-year share price return to the end of 2023": the span counted back from
    # that day ("return" between them stays the measure's word)
    for i in range(len(ms) - 1, 0, -1):
        a, b = ms[i - 1], ms[i]
        db = _day_of(b.value)
        if db is None and b.value.kind == "month" and len(b.value.years) == 1 and not b.value.fiscal:
            db = _month_end(b.value.years[0], b.value.month)  # (round 26) "the six months to June 2024": to its end
        link = re.fullmatch(r"\s*((?:(?:share\s+price|stock|price|total)\s+)?(?:return|performance|change|gain|move)s?\s+)?"
                            r"((?:to|through|ending|ended|up\s+to|until)(?:\s+(?:on|in))?\s*)", t[a.end:b.start])
        v = a.value
        if not (db and link and v.kind == "span" and v.unit in ("years", "months", "weeks") and not v.years
                and not v.fiscal):
            continue
        start = dt.date(db.year - v.n, db.month, min(db.day, 28 if db.month == 2 else db.day)) if v.unit == "years" \
            else _months_back(db, v.n) if v.unit == "months" else db - dt.timedelta(weeks=v.n)
        if db.month == 2 and v.unit == "years":
            start = _month_end(db.year - v.n, 2) if db == _month_end(db.year, 2) else start
        if v.unit in ("months", "years") and db == _month_end(db.year, db.month):
            # (round 26) "the six months to 30 June 2024": whole calendar months, from the first day of the first of
            # them (a high or low counts no close before it; a return starts at the close before, 2023-12-31, SPEC
            # section 5: it was 2023-12-30, the day counted back)
            start = _month_end(start.year, start.month) + dt.timedelta(days=1)
        claims.claim(b.start - len(link.group(2)), b.start, "time")
        ms[i - 1:i + 1] = [Mention(a.start, b.end, _calendar_period(start, db, t[a.start:b.end])
                                   or TimeValue("date_range", text=t[a.start:b.end], dates=(start, db)))]
    # (round 49, f49s) "X's price on 30 June 2024 and its return over the previous (prior, preceding) six months": the
    # span counted back from the day named right before it, as "the six months to 30 June 2024" is (it was counted back
    # from the as-of date, 2024-07-15 to D0: a wrong answer); "the past six months" stays counted back from today
    for i in range(1, len(ms)):
        a, b = ms[i - 1], ms[i]
        v, db = b.value, _day_of(a.value)
        if not (db and v.kind == "span" and v.unit in ("months", "weeks") and not v.years and not v.fiscal
                and not v.calendar and re.match(r"(?:(?:over|in|during|for|within)\s+)?(?:the\s+|its\s+|their\s+)?"
                                                r"(?:previous|prior|preceding)\s", t[b.start:b.end])):
            continue
        start = _months_back(db, v.n) if v.unit == "months" else db - dt.timedelta(weeks=v.n)
        if v.unit == "months" and db == _month_end(db.year, db.month):
            start = _month_end(start.year, start.month) + dt.timedelta(days=1)  # whole months, as above
        ms[i] = Mention(b.start, b.end, _calendar_period(start, db, t[b.start:b.end])
                        or TimeValue("date_range", text=t[b.start:b.end], dates=(start, db)))
    for i in range(len(ms) - 1, 0, -1):
        # (round 24) "growth over two years from FY2021 to FY2023": a span of years said right before a range of
        # fiscal years restates it (it was read as a period of its own, the last two years: two growths, a wrong
        # answer). One that does not count the range's years ("over three years from FY2021 to FY2023"), or a range of
        # bare years ("over two years from 2022 to 2024": a growth's two years, or a return's three calendar years?) is
        # refused, naming the span
        a, b = ms[i - 1], ms[i]
        # ("grow a year from FY2019 to FY2024": a rate per year, no span; only a count of years said so restates)
        if a.value.kind == "span" and a.value.unit == "years" and not a.value.years and a.value.n >= 2 \
                and re.search(r"years$", t[a.start:a.end]) \
                and b.value.kind == "year_range" and len(b.value.years) == 2 \
                and re.fullmatch(r"\s*,?\s*", t[a.end:b.start]) and re.match(r"(?:from|between)\b", t[b.start:b.end]):
            if b.value.fiscal and not b.value.calendar and b.value.years[1] - b.value.years[0] == a.value.n:
                ms[i - 1:i + 1] = [Mention(a.start, b.end, replace(b.value, text=t[a.start:b.end]))]
            else:
                a.value = TimeValue("unresolved", text=a.value.text)
    for i, mm in enumerate(ms):
        if not mm.value.anchored:
            continue
        # "the compound growth over the five years to that date": the years up to the fiscal year named before it
        then = re.match(r"(?:to|through|ending|ended|up\s+to|until)\s+(?:that\s+(?:date|point|year|time)|then)\b", t[mm.end:])
        base = next((p.value for p in reversed(ms[:i]) if p.value.kind == "year" and len(p.value.years) == 1), None)
        if then and base is not None and mm.value.unit == "years" and not base.calendar:
            claims.claim(mm.end, mm.end + then.end(), "time")
            ms[i] = Mention(mm.start, mm.end + then.end(), TimeValue(
                "span", text=t[mm.start:mm.end + then.end()], n=mm.value.n, unit="years", years=base.years, fiscal=True))
            continue
        mm.value = TimeValue("unresolved", text=mm.value.text)  # "the 12 months to ..." with no date after it: refused
    _year_described(t, ms, claims)
    # "from the closing price on 1 February 2024 to ...": a start named as a day's close is that close, never the close
    # before the month it opens (in every spelling of the date: "on February 1, 2024" was the close of January 31) (the whole-months reading of "between January 1 and June 30" is a period's)
    for mm in ms:
        if mm.value.kind == "date_range" and re.search(
                rf"\b(?:from|between)\s+(?:the\s+)?(?:close|closing(?:\s+(?:share|stock))?\s+price)\s+(?:on|of)\s+"
                rf"(?:the\s+)?(?:\d|(?:{_MON})\b)",
                t[max(0, mm.start - 60):mm.start + 50]) or mm.value.kind == "date_range" and re.match(
                    r"(?:from|between)\s+(?:the\s+)?[\w ,/-]*?\d\s+(?:close|closing\s+price)\b", t[mm.start:mm.end]):
            mm.value.literal = True
    f.found.estimate_cue = any(mm.value.kind == "est" or (mm.value.kind in ("year", "years") and any(
        y in ESTIMATE_YEARS for y in mm.value.years)) for mm in f.found.mentions)
    return f.found



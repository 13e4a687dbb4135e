"""Deterministic time resolution as of 2025-01-15 (SPEC section 5).

"last year" = FY2024, "now"/"today"/"current" = D0, "next year's estimate" = FY1. Fiscal periods
come out as FYyyyy / FQyyyyQn / LTM, dates as ISO dates or D0, estimate periods as FY1 / FY2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LATEST_FY = 2024
AS_OF_YEAR = 2025
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_RX = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "a": 1, "single": 1}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_MONTH_END = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


@dataclass
class TimeSlots:
    """Resolved time expressions of one question."""

    years: list[int] = field(default_factory=list)  # fiscal / calendar years, in order
    quarter: str | None = None  # FQyyyyQn or FQ0
    ltm: bool = False
    dates: list[str] = field(default_factory=list)  # ISO dates or D0, in order
    span_years: int | None = None  # "over the past 3 years"
    since_year: int | None = None
    estimate: str | None = None  # FY1 / FY2
    now: bool = False
    ytd: bool = False

    def period(self) -> str:
        """One fiscal period for a fundamentals metric (default: the latest fiscal year)."""
        if self.quarter:
            return self.quarter
        if self.ltm:
            return "LTM"
        if self.years:
            return f"FY{self.years[-1]}" if self.years[-1] <= LATEST_FY else f"FY{LATEST_FY}"
        return f"FY{LATEST_FY}"

    def period_range(self) -> tuple[str, str]:
        """Two fiscal years for GROWTH/CAGR/AVG/SUM."""
        if len(self.years) >= 2:
            a, b = self.years[0], self.years[-1]
            return f"FY{min(a, b)}", f"FY{max(a, b)}"
        if self.since_year is not None:
            return f"FY{self.since_year}", f"FY{LATEST_FY}"
        if self.span_years:
            return f"FY{LATEST_FY - self.span_years}", f"FY{LATEST_FY}"
        if len(self.years) == 1:
            y = min(self.years[0], LATEST_FY)
            return f"FY{y - 1}", f"FY{y}"
        return f"FY{LATEST_FY - 1}", f"FY{LATEST_FY}"

    def date(self) -> str:
        """One date for a price metric (default: the latest trading day)."""
        if self.dates:
            return self.dates[-1]
        if self.years and not self.now:
            y = min(self.years[-1], LATEST_FY)
            return f"{y}-12-31" if y < LATEST_FY else "D0"
        return "D0"

    def date_range(self) -> tuple[str, str]:
        """Two dates for P_RETURN / P_HIGH / P_LOW."""
        if len(self.dates) >= 2:
            return self.dates[0], self.dates[-1]
        if self.since_year is not None:
            return f"{self.since_year}-01-01", "D0"
        if self.ytd:
            return "2024-12-31", "D0"
        if self.span_years:
            return f"{AS_OF_YEAR - self.span_years}-01-15", "D0"
        if len(self.years) >= 2:
            a, b = self.years[0], self.years[-1]
            return f"{a}-01-01", f"{b}-12-31" if b < LATEST_FY else "D0"
        if len(self.dates) == 1:
            return self.dates[0], "D0"
        if len(self.years) == 1:
            y = self.years[0]
            return f"{y}-01-01", (f"{y}-12-31" if y < LATEST_FY else "D0")
        return f"{AS_OF_YEAR - 1}-01-15", "D0"

    def estimate_period(self) -> str:
        """FY1 unless the question names FY2026 / "two years out"."""
        return self.estimate or "FY1"


def _num(s: str) -> int:
    return int(s) if s.isdigit() else _WORD_NUM.get(s, 1)


def resolve(question: str) -> TimeSlots:
    """Resolve every time expression of a question."""
    t = question.lower().replace("’", "'")
    slots = TimeSlots()
    # Calendar dates first so their years are not read as fiscal years.
    for m in re.finditer(r"\b(20\d\d)-(\d\d)-(\d\d)\b", t):
        slots.dates.append(m.group(0))
    for m in re.finditer(rf"\b({_MONTH_RX})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(20\d\d)\b", t):
        slots.dates.append(f"{m.group(3)}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}")
    for m in re.finditer(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RX})\.?,?\s+(20\d\d)\b", t):
        slots.dates.append(f"{m.group(3)}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}")
    for m in re.finditer(rf"\b(?:end of|end-)\s*({_MONTH_RX})\s+(20\d\d)\b", t):
        mo = MONTHS[m.group(1)]
        slots.dates.append(f"{m.group(2)}-{mo:02d}-{_MONTH_END[mo]:02d}")
    t_nodates = re.sub(r"\b20\d\d-\d\d-\d\d\b", " ", t)
    t_nodates = re.sub(rf"\b({_MONTH_RX})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+20\d\d\b", " ", t_nodates)
    t_nodates = re.sub(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RX})\.?,?\s+20\d\d\b", " ", t_nodates)
    t_nodates = re.sub(rf"\b(?:end of|end-)\s*({_MONTH_RX})\s+20\d\d\b", " ", t_nodates)
    # Year-end dates: "at the end of 2023", "year-end 2022".
    for m in re.finditer(r"\b(?:end of|year-end|year end|close of|end-)\s*(20\d\d)\b", t_nodates):
        y = int(m.group(1))
        slots.dates.append(f"{y}-12-31" if y < LATEST_FY else "D0")
    t_nodates = re.sub(r"\b(?:end of|year-end|year end|close of|end-)\s*20\d\d\b", " ", t_nodates)
    for m in re.finditer(r"\bstart of\s*(20\d\d)\b|\bbeginning of\s*(20\d\d)\b", t_nodates):
        slots.dates.append(f"{m.group(1) or m.group(2)}-01-01")
    t_nodates = re.sub(r"\b(?:start|beginning) of\s*20\d\d\b", " ", t_nodates)
    # Quarters.
    qm = (re.search(r"\bfq(20\d\d)q([1-4])\b", t_nodates)
          or re.search(r"\bq([1-4])\s*(?:of\s+)?(?:fy|fiscal(?: year)?)?\s*'?(20\d\d|\d\d)\b", t_nodates))
    if qm:
        if qm.re.pattern.startswith(r"\bfq"):
            year, q = qm.group(1), qm.group(2)
        else:
            q, year = qm.group(1), qm.group(2)
        year = year if len(year) == 4 else "20" + year
        slots.quarter = f"FQ{year}Q{q}"
    else:
        om = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th) (?:fiscal )?quarter (?:of )?(?:fiscal |fy)?(?:year )?(20\d\d)", t_nodates)
        if om:
            slots.quarter = f"FQ{om.group(2)}Q{_ORD[om.group(1)]}"
        elif re.search(r"\b(last|latest|most recent|recent|past|previous) (fiscal )?quarter\b|\blast reported quarter\b", t_nodates):
            slots.quarter = "FQ0"
    if slots.quarter:
        t_nodates = re.sub(r"\bfq20\d\dq[1-4]\b|\bq[1-4]\s*(?:of\s+)?(?:fy|fiscal(?: year)?)?\s*'?(20\d\d|\d\d)\b", " ", t_nodates)
    if re.search(r"\b(ltm|ttm|trailing twelve months?|trailing 12 months?|trailing twelve-months?|last twelve months|last 12 months|trailing twelve-month|past twelve months|past 12 months|trailing year)\b", t_nodates):
        slots.ltm = True
    if re.search(r"\b(ytd|year to date|year-to-date|so far this year|this year so far)\b", t_nodates):
        slots.ytd = True
    # Estimates.
    if re.search(r"\b(fy2026|2026|two years out|fy2|in two years|year after next)\b", t_nodates):
        slots.estimate = "FY2"
    elif re.search(r"\b(fy2025|2025|next year|next fiscal year|fy1|coming year|upcoming year|this year|current year|current fiscal year|forward)\b", t_nodates):
        slots.estimate = "FY1"
    # Ranges "since 2020", "from 2019 to 2024", "between 2018 and 2023", "over the past 3 years".
    m = re.search(r"\bsince (?:the start of |the beginning of |fiscal |fy)?(20\d\d)\b", t_nodates)
    if m:
        slots.since_year = int(m.group(1))
    m = re.search(r"\b(?:past|last|previous|prior|over)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:fiscal\s+)?years?\b", t_nodates) \
        or re.search(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+year\b", t_nodates)
    if m:
        slots.span_years = _num(m.group(1))
    for m in re.finditer(r"\b(?:fy\s?|fiscal(?: year)?\s+)?(20[12]\d)\b", t_nodates):
        y = int(m.group(1))
        if y <= LATEST_FY and y != slots.since_year:
            slots.years.append(y)
    for m in re.finditer(r"\bfy\s?'?(\d\d)\b", t_nodates):
        y = 2000 + int(m.group(1))
        if y <= LATEST_FY:
            slots.years.append(y)
    if re.search(r"\b(year before last|two years ago|prior year|previous year|the year before)\b", t_nodates) and not slots.years:
        slots.years.append(LATEST_FY - 1)
    if re.search(r"\b(last year|last fiscal year|latest fiscal year|most recent fiscal year|latest year|most recent year|"
                 r"past fiscal year|fiscal 2024|recent fiscal year|last reported year|latest annual|last annual|"
                 r"previous fiscal year)\b", t_nodates) and LATEST_FY not in slots.years \
            and "year before last" not in t_nodates and "two years ago" not in t_nodates:
        slots.years.append(LATEST_FY)
    if re.search(r"\b(now|today|current|currently|latest|at present|right now|presently|as of today|these days|most recent close)\b", t_nodates):
        slots.now = True
    return slots

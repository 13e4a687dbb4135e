"""Trading days and fiscal calendars: the fixed time axis of the FinQL data."""

from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache

FIRST_DAY = dt.date(2015, 1, 2)
LAST_DAY = dt.date(2024, 12, 31)  # D0


@lru_cache(maxsize=1)
def trading_days() -> tuple[dt.date, ...]:
    """Monday to Friday, 2015-01-02 .. 2024-12-31 (the data has no holidays)."""
    days, d = [], FIRST_DAY
    one = dt.timedelta(days=1)
    while d <= LAST_DAY:
        if d.weekday() < 5:
            days.append(d)
        d += one
    return tuple(days)


def trading_day_on_or_before(day: dt.date) -> dt.date | None:
    """The last trading day on or before a date (None before the first one)."""
    days = trading_days()
    i = bisect.bisect_right(days, day)
    return days[i - 1] if i else None


def trading_days_before_d0(n: int) -> dt.date | None:
    """D-n: n trading days before D0 (None past the start of the data)."""
    days = trading_days()
    return days[-1 - n] if 0 <= n < len(days) else None


def quarter_end(fiscal_year: int, quarter: int, fy_end_month: int) -> dt.date:
    """Last day of fiscal quarter `quarter` of fiscal year `fiscal_year` (Q4 ends with the year)."""
    months_back = 3 * (4 - quarter)
    month = fy_end_month - months_back
    year = fiscal_year
    while month <= 0:
        month += 12
        year -= 1
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)

"""Working days in Kazakhstan: weekends, public holidays, and the akimat's own table of transfers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


class WorkingDays:
    """Answers 'is this a working day?' from the holidays library plus extra days off / transferred days."""

    def __init__(self, years: Iterable[int], extra_days_off: Iterable[dt.date] = (),
                 extra_working_days: Iterable[dt.date] = ()):
        import holidays  # imported when first needed: the window's start does without it

        self._holidays = holidays.country_holidays("KZ", years=list(years), language="kk")
        self._off = set(extra_days_off)
        self._on = set(extra_working_days)

    def is_working(self, day: dt.date) -> bool:
        if day in self._on:
            return True
        if day in self._off or day in self._holidays:
            return False
        return day.weekday() < 5

    def holiday_name(self, day: dt.date) -> str | None:
        return self._holidays.get(day)

    def between(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """Working days from start to end inclusive."""
        days, d = [], start
        while d <= end:
            if self.is_working(d):
                days.append(d)
            d += dt.timedelta(days=1)
        return days

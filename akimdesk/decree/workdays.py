"""Working days in Kazakhstan: weekends, public holidays and the Government's day transfers (as the
`holidays` package has them), and the akimat's own table of extra days off and working days on top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


class WorkingDays:
    """Answers 'is this a working day?': the akimat's table first, then the country's calendar.

    The country's calendar knows weekends, public holidays, the substituted days off and the
    transferred working Saturdays (e.g. 4 May 2024); the akimat's table adds what it does not know yet.
    """

    def __init__(self, years: Iterable[int], extra_days_off: Iterable[dt.date] = (),
                 extra_working_days: Iterable[dt.date] = ()):
        import holidays  # imported when first needed: the window's start does without it

        self._holidays = holidays.country_holidays("KZ", years=list(years), language="kk")
        self._off = set(extra_days_off)
        self._on = set(extra_working_days)

    def is_working(self, day: dt.date) -> bool:
        if day in self._on:
            return True
        if day in self._off:
            return False
        return self._holidays.is_working_day(day)

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

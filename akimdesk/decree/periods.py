"""Reporting periods as people write them: 2026, 2026-H1, 2026-Q3 — for the decree's norms and for documents."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PERIOD_RE = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]))?$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class BadPeriod(ValueError):
    """A period that is not written as 2026, 2026-H1 or 2026-Q3."""


@dataclass(frozen=True)
class Period:
    year: int
    half: int | None = None
    quarter: int | None = None

    @property
    def code(self) -> str:
        if self.half:
            return f"{self.year}-H{self.half}"
        if self.quarter:
            return f"{self.year}-Q{self.quarter}"
        return str(self.year)

    @property
    def start(self) -> dt.date:
        if self.half:
            return dt.date(self.year, 1 + 6 * (self.half - 1), 1)
        if self.quarter:
            return dt.date(self.year, 1 + 3 * (self.quarter - 1), 1)
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        months = 6 if self.half else 3 if self.quarter else 12
        month = self.start.month + months
        nxt = dt.date(self.year + 1, 1, 1) if month > 12 else dt.date(self.year, month, 1)
        return nxt - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def previous_quarter(self) -> Period:
        if not self.quarter:
            raise BadPeriod(f"{self.code} is not a quarter")
        if self.quarter == 1:
            return Period(self.year - 1, quarter=4)
        return Period(self.year, quarter=self.quarter - 1)

    def label(self, lang: str) -> str:
        """How a document's title names the period: «III квартал 2026 года» / «2026 жылғы III тоқсан»."""
        if lang == "kk":
            if self.half:
                return f"{self.year} жылғы {_ROMAN[self.half]} жартыжылдық"
            if self.quarter:
                return f"{self.year} жылғы {_ROMAN[self.quarter]} тоқсан"
            return f"{self.year} жыл"
        if lang == "en":
            return self.code.replace("-", " ")
        if self.half:
            return f"{_ROMAN[self.half]} полугодие {self.year} года"
        if self.quarter:
            return f"{_ROMAN[self.quarter]} квартал {self.year} года"
        return f"{self.year} год"

    def phrase(self, lang: str) -> str:
        """The period inside a sentence: «1-е полугодие 2026 года», «2026 жылғы 3-тоқсан», «in Q3 2026»."""
        year = self.year
        if self.half:
            return {"ru": f"{self.half}-е полугодие {year} года", "kk": f"{year} жылғы {self.half}-жартыжылдық",
                    "en": f"H{self.half} {year}"}[lang]
        if self.quarter:
            return {"ru": f"{self.quarter}-й квартал {year} года", "kk": f"{year} жылғы {self.quarter}-тоқсан",
                    "en": f"Q{self.quarter} {year}"}[lang]
        return {"ru": f"{year} год", "kk": f"{year} жылы", "en": str(year)}[lang]

    def __str__(self) -> str:
        return self.code


def periods_of(year: int, kind: str) -> list[Period]:
    """The periods of a year for a norm: the year, two half-years or four quarters."""
    if kind == "year":
        return [Period(year)]
    if kind == "half_year":
        return [Period(year, half=h) for h in (1, 2)]
    return [Period(year, quarter=q) for q in (1, 2, 3, 4)]


def parse_period(text: str) -> Period:
    """'2026' -> the year, '2026-H1' -> first half, '2026-Q3' -> third quarter; anything else is refused."""
    match = _PERIOD_RE.match((text or "").strip().upper())
    if not match:
        raise BadPeriod(f"'{text}' is not a period: write a year (2026), a half-year (2026-H1) or a quarter (2026-Q3)")
    year = int(match.group(1))
    if not 2000 <= year <= 2100:
        raise BadPeriod(f"year {year} is out of range")
    part = match.group(2)
    if part is None:
        return Period(year)
    if part[0] == "H":
        return Period(year, half=int(part[1]))
    return Period(year, quarter=int(part[1]))

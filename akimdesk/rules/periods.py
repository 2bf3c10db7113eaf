"""Reporting periods as people write them: 2026, 2026-H1, 2026-Q3."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ROMAN = ("I", "II", "III", "IV")


class BadPeriod(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    end: dt.date
    label: str  # "2026", "2026-H1", "2026-Q3"

    @property
    def year(self) -> int:
        return self.start.year

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def phrase(self, lang: str) -> str:
        """The period in words: «1-е полугодие 2026 года», «2026 жылғы 3-тоқсан», «Q3 2026»."""
        year, part = self.year, self.label[5:]
        if not part:
            return {"ru": f"{year} год", "kk": f"{year} жылы", "en": str(year)}[lang]
        n = int(part[1])
        if part[0] == "H":
            return {"ru": f"{n}-е полугодие {year} года", "kk": f"{year} жылғы {n}-жартыжылдық",
                    "en": f"H{n} {year}"}[lang]
        return {"ru": f"{n}-й квартал {year} года", "kk": f"{year} жылғы {n}-тоқсан", "en": f"Q{n} {year}"}[lang]


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))


def periods_of(year: int, kind: str) -> list[Period]:
    """The periods of a year for a norm: the year, two half-years or four quarters."""
    months = {"year": 12, "half_year": 6, "quarter": 3}[kind]
    out = []
    for i, start_month in enumerate(range(1, 13, months), start=1):
        start = dt.date(year, start_month, 1)
        end_month = start_month + months
        end = (dt.date(year + 1, 1, 1) if end_month > 12 else dt.date(year, end_month, 1)) - dt.timedelta(days=1)
        label = str(year) if kind == "year" else f"{year}-{'H' if kind == 'half_year' else 'Q'}{i}"
        out.append(Period(start, end, label))
    return out


def parse_period(text: str) -> Period:
    """'2026', '2026-H1' or '2026-Q3' -> Period; anything else is refused with the accepted forms."""
    match = re.fullmatch(r"(\d{4})(?:-(H[12]|Q[1-4]))?", (text or "").strip().upper())
    if not match or not 2000 <= int(match[1]) <= 2100:
        raise BadPeriod(f"'{text}' is not a period: write 2026, 2026-H1 or 2026-Q3")
    year, part = int(match[1]), match[2]
    if not part:
        return year_period(year)
    kind = "half_year" if part[0] == "H" else "quarter"
    return periods_of(year, kind)[int(part[1]) - 1]

"""The Government's step: the regions' approved calendars arrive by 20 January and go to the Presidential
Administration by 1 February. Pure Python, findings in the same shape as a region's calendar check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .compliance import Violation
from .editions import Edition

KINDS = (
    "region_calendar_missing",  # no approved calendar of the region has arrived
    "region_calendar_late",  # the region's approved calendar was sent after the submission deadline (20 January)
    "administration_not_submitted",  # the calendars are not recorded as sent to the Presidential Administration
    "administration_submitted_late",  # sent after the deadline (1 February)
)


@dataclass(frozen=True)
class RegionCalendar:
    """A region as the Government's database sees it: when its approved calendar was sent (None: not arrived)."""

    kato: str
    name_ru: str
    name_kk: str
    sent_on: dt.date | None


def _d(day: dt.date, lang: str) -> str:
    return day.isoformat() if lang == "en" else day.strftime("%d.%m.%Y")


def check_government(regions: list[RegionCalendar], administration_on: dt.date | None, edition: Edition,
                     year: int) -> list[Violation]:
    """Late or missing regions, and the Government's own submission to the Presidential Administration."""
    out: list[Violation] = []
    due, own_due = edition.submission_date(year), edition.administration_date(year)
    region_binds, own_binds = due >= edition.effective_from, own_due >= edition.effective_from

    def add(kind: str, target: str | None, ru: str, kk: str, en: str) -> None:
        out.append(Violation(kind, f"government:{kind}", None, target, str(year), ru, kk, en))

    for r in regions:
        if r.sent_on is None:
            add("region_calendar_missing", r.kato, f"{r.name_ru}: утверждённый календарь на {year} год не поступил",
                f"{r.name_kk}: {year} жылға бекітілген күнтізбе түспеген",
                f"{r.name_ru}: the approved calendar for {year} has not arrived")
        elif region_binds and r.sent_on > due:
            add("region_calendar_late", r.kato, f"{r.name_ru}: календарь представлен {_d(r.sent_on, 'ru')}, позже "
                f"срока {_d(due, 'ru')}", f"{r.name_kk}: күнтізбе {_d(r.sent_on, 'kk')} ұсынылған, мерзімнен "
                f"({_d(due, 'kk')}) кеш", f"{r.name_ru}: sent on {_d(r.sent_on, 'en')}, after {_d(due, 'en')}")
    due_words = {lang: (f" ({'срок' if lang == 'ru' else 'мерзімі' if lang == 'kk' else 'due'} {_d(own_due, lang)})"
                        if own_binds else "") for lang in ("ru", "kk", "en")}
    if administration_on is None:
        add("administration_not_submitted", None,
            f"Календари регионов не представлены в Администрацию Президента{due_words['ru']}",
            f"Өңірлердің күнтізбелері Президент Әкімшілігіне ұсынылмаған{due_words['kk']}",
            f"The regions' calendars are not submitted to the Presidential Administration{due_words['en']}")
    elif own_binds and administration_on > own_due:
        add("administration_submitted_late", None,
            f"Календари представлены в Администрацию Президента {_d(administration_on, 'ru')}, позже срока "
            f"{_d(own_due, 'ru')}",
            f"Күнтізбелер Президент Әкімшілігіне {_d(administration_on, 'kk')} ұсынылған, мерзімнен "
            f"({_d(own_due, 'kk')}) кеш",
            f"Submitted to the Presidential Administration on {_d(administration_on, 'en')}, after "
            f"{_d(own_due, 'en')}")
    return out

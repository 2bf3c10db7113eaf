"""The decree's checks on one meeting, with the edition's parameters (pure Python, no database).

Each check answers ok, fail, warn (the decree asks, the record does not show it) or pending (not due yet).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol


class Limits(Protocol):
    """An edition, or thresholds taken from one: anything that answers parameter(name)."""

    def parameter(self, name: str) -> float: ...


BROAD_AUDIENCE = ("maslikhat_deputies", "parties", "ngo", "opposition")


@dataclass(frozen=True)
class MeetingFacts:
    """What the checks need to know about a meeting."""

    meeting_date: dt.date
    status: str
    planned_minutes: int | None = None
    report_minutes: int | None = None
    announcements: tuple[dt.date, ...] = ()
    results_published_on: dt.date | None = None
    broadcasts_with_comments: int = 0
    broadcasts: int = 0
    audience: dict[str, int] = field(default_factory=dict)  # participant category -> count


Texts = Callable[[], tuple[str, str, str]]  # a verdict's message in Russian, Kazakh and English


@dataclass(frozen=True)
class CheckResult:
    """A check's verdict; its message is written when first read (a list of meetings counts the failed
    checks of 1,712 meetings and reads none of their messages)."""

    code: str  # report_share, announcement, results, broadcast, audience
    status: str  # ok, fail, warn, pending
    texts: Texts = field(compare=False, repr=False)

    @cached_property
    def _messages(self) -> tuple[str, str, str]:
        return self.texts()

    @property
    def message_ru(self) -> str:
        return self._messages[0]

    @property
    def message_kk(self) -> str:
        return self._messages[1]

    @property
    def message_en(self) -> str:
        return self._messages[2]

    def message(self, lang: str) -> str:
        return getattr(self, f"message_{lang}", self.message_ru)

    @property
    def failed(self) -> bool:
        return self.status in ("fail", "warn")


HELD = ("held", "results_published")


def report_share(f: MeetingFacts, edition: Limits) -> CheckResult:
    share = edition.parameter("presentation_share_max")
    if not f.planned_minutes or f.report_minutes is None:
        return CheckResult("report_share", "pending" if f.status not in HELD else "warn", lambda: (
            "Не указаны время встречи и длительность доклада",
            "Кездесу уақыты мен баяндама ұзақтығы көрсетілмеген",
            "The meeting's planned time and the report's length are not recorded"))
    limit = f.planned_minutes * share
    if f.report_minutes <= limit + 1e-9:
        return CheckResult("report_share", "ok", lambda: (
            f"Доклад {f.report_minutes} мин из {f.planned_minutes} — не более {share:.0%}",
            f"Баяндама {f.planned_minutes} минуттың {f.report_minutes} минуты — {share:.0%} аспайды",
            f"Report {f.report_minutes} of {f.planned_minutes} min — within {share:.0%}"))
    return CheckResult("report_share", "fail", lambda: (
        f"Доклад занял {f.report_minutes} мин — больше {share:.0%} от {f.planned_minutes} мин "
        f"(не более {limit:g} мин)",
        f"Баяндама {f.report_minutes} минут — {f.planned_minutes} минуттың {share:.0%}-нан артық "
        f"(ең көбі {limit:g} минут)",
        f"The report took {f.report_minutes} min — more than {share:.0%} of {f.planned_minutes} min "
        f"(at most {limit:g} min)"))


def announcement(f: MeetingFacts, edition: Limits, today: dt.date) -> CheckResult:
    lead = int(edition.parameter("announcement_lead_days"))
    due = f.meeting_date - dt.timedelta(days=lead)
    if not f.announcements:
        status = "pending" if today <= due else "fail"  # the last day to announce is still in time
        return CheckResult("announcement", status, lambda: (
            f"Нет объявления о встрече (нужно не позднее {due:%d.%m.%Y}, за {lead} дн.)",
            f"Кездесу туралы хабарландыру жоқ ({due:%d.%m.%Y} кешіктірмей, {lead} күн бұрын)",
            f"No announcement recorded (due by {due.isoformat()}, {lead} days ahead)"))
    first = min(f.announcements)
    days = (f.meeting_date - first).days
    if first <= due:
        return CheckResult("announcement", "ok", lambda: (
            f"Объявлено за {days} дн. до встречи", f"Кездесуге {days} күн қалғанда хабарланды",
            f"Announced {days} days ahead"))
    return CheckResult("announcement", "fail", lambda: (
        f"Объявлено поздно: за {days} дн. (нужно не менее {lead})",
        f"Кеш хабарланды: {days} күн бұрын (кемінде {lead} күн керек)",
        f"Announced late: {days} days ahead (at least {lead} needed)"))


def results(f: MeetingFacts, edition: Limits, today: dt.date) -> CheckResult:
    days = int(edition.parameter("results_publication_days"))
    due = f.meeting_date + dt.timedelta(days=days)
    if f.results_published_on is None:
        if f.status not in HELD or today <= due:
            return CheckResult("results", "pending", lambda: (
                f"Итоги опубликовать до {due:%d.%m.%Y}", f"Қорытындыларды {due:%d.%m.%Y} дейін жариялау",
                f"Publish the results by {due.isoformat()}"))
        return CheckResult("results", "fail", lambda: (
            f"Итоги не опубликованы (срок {due:%d.%m.%Y})", f"Қорытындылар жарияланбаған (мерзімі {due:%d.%m.%Y})",
            f"Results not published (due {due.isoformat()})"))
    late = (f.results_published_on - f.meeting_date).days
    if f.results_published_on <= due:
        return CheckResult("results", "ok", lambda: (
            f"Итоги опубликованы через {late} дн.", f"Қорытындылар {late} күннен кейін жарияланды",
            f"Results published after {late} days"))
    return CheckResult("results", "fail", lambda: (
        f"Итоги опубликованы через {late} дн. (срок — {days})",
        f"Қорытындылар {late} күннен кейін жарияланды (мерзімі — {days})",
        f"Results published after {late} days (limit {days})"))


def broadcast(f: MeetingFacts) -> CheckResult:
    if f.broadcasts_with_comments:
        return CheckResult("broadcast", "ok", lambda: (
            "Онлайн-трансляция с комментариями", "Пікір қалдыруға болатын онлайн-трансляция",
            "Online broadcast with comments open"))
    if f.status not in HELD:
        return CheckResult("broadcast", "pending", lambda: (
            "Запланируйте онлайн-трансляцию с комментариями", "Пікір қалдыруға болатын онлайн-трансляцияны жоспарлаңыз",
            "Plan an online broadcast with comments open"))
    if f.broadcasts:
        return CheckResult("broadcast", "warn", lambda: (
            "Трансляция без возможности комментирования", "Трансляцияға пікір қалдыру мүмкіндігі жоқ",
            "The broadcast had comments closed"))
    return CheckResult("broadcast", "warn", lambda: (
        "Нет онлайн-трансляции", "Онлайн-трансляция жоқ", "No online broadcast"))


def audience_missing(f: MeetingFacts) -> tuple[str, ...]:
    """The decree's named groups no one of which was recorded: the one reading of the wide-audience rule.

    The decree asks to involve a wide audience «в том числе депутатов маслихатов, представителей партий,
    общественных организаций и оппозиции»: every named group is part of it, so the audience is wide when
    all four are recorded, and each missing group is named. The form and the documents both ask this.
    """
    return tuple(c for c in BROAD_AUDIENCE if f.audience.get(c, 0) <= 0)


_GROUP_WORDS = {
    "maslikhat_deputies": ("депутаты маслихата", "мәслихат депутаттары", "maslikhat deputies"),
    "parties": ("партии", "партиялар", "parties"),
    "ngo": ("общественные организации", "қоғамдық ұйымдар", "public organisations"),
    "opposition": ("оппозиция", "оппозиция", "opposition"),
}


def audience(f: MeetingFacts) -> CheckResult:
    missing = audience_missing(f)
    if not missing:
        return CheckResult("audience", "ok", lambda: (
            "Широкая аудитория: депутаты, партии, НПО, оппозиция", "Кең аудитория: депутаттар, партиялар, ҮЕҰ, оппозиция",
            "Wide audience: deputies, parties, NGOs, opposition"))
    if f.status not in HELD:
        return CheckResult("audience", "pending", lambda: (
            "Пригласите депутатов, партии, НПО, оппозицию", "Депутаттарды, партияларды, ҮЕҰ-ды, оппозицияны шақырыңыз",
            "Invite deputies, parties, NGOs and the opposition"))

    def texts() -> tuple[str, str, str]:
        names = [", ".join(_GROUP_WORDS[c][i] for c in missing) for i in range(3)]
        return f"Не отмечены: {names[0]}", f"Белгіленбеген: {names[1]}", f"Not recorded: {names[2]}"

    return CheckResult("audience", "warn", texts)


def check_meeting(f: MeetingFacts, edition: Limits, today: dt.date | None = None) -> list[CheckResult]:
    """All the decree's checks on one meeting, in the order the form shows them."""
    today = today or dt.date.today()
    return [report_share(f, edition), announcement(f, edition, today), results(f, edition, today),
            broadcast(f), audience(f)]

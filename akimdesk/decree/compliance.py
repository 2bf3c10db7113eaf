"""Is a region's calendar for a year what the decree requires? Every shortfall as a plain sentence.

Pure Python: works on RegionTree and PlannedItem lists, so it runs the same in the window, on the
command line and in tests.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .editions import Edition
from .periods import Period, periods_of
from .plan_model import PlannedItem, RegionTree, Unit
from .workdays import WorkingDays

# Every kind a violation can have (documented for the command line's JSON in docs/calendar.md).
KINDS = (
    "coverage_gap",  # an akim has fewer field meetings in a unit than the norm requires in a period
    "non_working_day",  # a meeting planned on a weekend, a public holiday or an extra day off
    "outside_year",  # a meeting dated outside the calendar's year
    "overlap",  # two field meetings of the same akim at overlapping times
    "retired_unit",  # a meeting planned in a unit on or after the day it was retired
    "unit_not_established",  # a meeting planned in a unit before the day it was established
    "no_calendar",  # no calendar exists for the region and year
    "not_approved",  # the calendar has no approved version
    "approved_late",  # approved after the approval deadline (15 January)
    "maslikhat_missing",  # the version in force lacks the maslikhat's decision or notice
    "not_submitted",  # the approved calendar was not recorded as submitted to the Government
    "submitted_late",  # submitted after the submission deadline (20 January)
)
WORKFLOW_KINDS = {"no_calendar", "not_approved", "approved_late", "maslikhat_missing", "not_submitted",
                  "submitted_late"}


@dataclass(frozen=True)
class Violation:
    kind: str
    rule: str
    organizer: str | None
    target: str | None
    period: str | None
    message_ru: str
    message_kk: str
    message_en: str
    day: dt.date | None = None

    def message(self, lang: str) -> str:
        return getattr(self, f"message_{lang}", self.message_ru)

    def as_json(self, lang: str = "ru") -> dict:
        return {
            "rule": self.rule, "kind": self.kind, "organizer": self.organizer, "target": self.target,
            "period": self.period, "message": self.message(lang),
            "messages": {"ru": self.message_ru, "kk": self.message_kk, "en": self.message_en},
        }


@dataclass(frozen=True)
class WorkflowState:
    """Where the calendar stands: enough to judge deadlines and the maslikhat's part."""

    exists: bool = False
    version_number: int = 0
    approved_on: dt.date | None = None
    maslikhat_reference: str | None = None
    maslikhat_date: dt.date | None = None
    first_approved_on: dt.date | None = None
    first_submitted_on: dt.date | None = None


@dataclass
class Report:
    region: str
    year: int
    edition: str
    violations: list[Violation] = field(default_factory=list)
    version: int | None = None  # the version judged: the one in force while a correction waits
    draft_version: int | None = None  # a pending correction, judged apart (it does not decide compliance)
    draft_violations: list[Violation] = field(default_factory=list)

    @property
    def compliant(self) -> bool:
        return not self.violations

    @property
    def coverage_gaps(self) -> list[Violation]:
        return [v for v in self.violations if v.kind == "coverage_gap"]

    def as_json(self, lang: str = "ru") -> dict:
        draft = None if self.draft_version is None else {
            "version": self.draft_version, "violations": [v.as_json(lang) for v in self.draft_violations]}
        return {"region": self.region, "year": self.year, "edition": self.edition, "compliant": self.compliant,
                "violations": [v.as_json(lang) for v in self.violations], "version": self.version, "draft": draft}


def _date_words(day: dt.date, lang: str) -> str:
    return day.strftime("%d.%m.%Y") if lang != "en" else day.isoformat()


def required_pairs(tree: RegionTree, edition: Edition, year: int):
    """(norm, organizer, target, period) the decree asks for, for every akim of the region.

    A duty exists for a period when, on the period's last day, the edition is in force and both units
    exist: a unit retired during a period is not required in it (nor after), a unit established during
    one is (its meeting falls in the part it exists), a period that ended before the edition's entry
    into force or before the unit was established is not required.
    """
    out = []
    for organizer in tree.ordered():
        for norm in edition.norms_for(organizer.level):
            for period in periods_of(year, norm.period):
                if period.end < edition.effective_from or not organizer.active_on(period.end):
                    continue
                for target in tree.children.get(organizer.id, []):
                    if target.level in norm.targets and target.active_on(period.end):
                        out.append((norm, organizer, target, period))
    return out


def norm_rule(norm) -> str:
    return f"{'+'.join(norm.organizers)}->{'+'.join(norm.targets)}:{norm.minimum}/{norm.period}"


def _gap(norm, organizer: Unit, target: Unit, period: Period, have: int) -> Violation:
    def text(lang: str) -> str:
        title, place, when = organizer.akim_title(lang), target.name(lang), period.phrase(lang)
        if norm.minimum == 1:
            return {
                "ru": f"{title}: нет выездной встречи — {place}, {when}",
                "kk": f"{title}: {when} {place} бойынша көшпелі кездесу жоқ",
                "en": f"{title}: no field meeting in {place} in {when}",
            }[lang]
        return {
            "ru": f"{title}: {have} из {norm.minimum} выездных встреч — {place}, {when}",
            "kk": f"{title}: {when} {place} бойынша {norm.minimum} көшпелі кездесудің {have} ғана",
            "en": f"{title}: {have} of {norm.minimum} field meetings in {place} in {when}",
        }[lang]

    return Violation("coverage_gap", norm_rule(norm), organizer.ref, target.ref, period.code,
                     text("ru"), text("kk"), text("en"))


def count_key(tree: RegionTree, item: PlannedItem) -> str | None:
    """The organizer's sub-unit a field meeting counts for: the one whose subtree holds the place visited.

    None when the place or that sub-unit does not exist on the meeting's day, or lies outside the
    organizer's territory.
    """
    place = tree.by_id.get(item.target_id)
    counted = tree.counted_for(item.organizer_id, item.target_id)
    if place is None or counted is None or not place.active_on(item.day):
        return None
    return counted if tree.by_id[counted].active_on(item.day) else None


def check_plan(tree: RegionTree, plan: list[PlannedItem], edition: Edition, year: int,
               workdays: WorkingDays) -> list[Violation]:
    """Violations in the meetings themselves: coverage, days, overlaps, retired units."""
    out: list[Violation] = []
    field_items = [p for p in plan if p.is_field]
    count: Counter = Counter()
    for item in field_items:
        counted = count_key(tree, item)
        if counted is not None:
            count[(item.organizer_id, counted, item.day)] += 1
    by_pair: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    for (org, tgt, day), n in count.items():
        by_pair[(org, tgt)] += [day] * n
    for norm, organizer, target, period in required_pairs(tree, edition, year):
        have = sum(1 for d in by_pair.get((organizer.id, target.id), []) if period.contains(d))
        if have < norm.minimum:
            out.append(_gap(norm, organizer, target, period, have))

    for item in sorted(plan, key=lambda p: (p.day, p.organizer_id, p.target_id)):
        organizer, target = tree.by_id.get(item.organizer_id), tree.by_id.get(item.target_id)
        if organizer is None or target is None:
            continue
        if item.day.year == year and workdays.is_working(item.day) and target.active_on(item.day):
            continue  # nothing to say about this meeting: its words are not written (6,660 in a national check)
        where = {lang: f"{organizer.akim_title(lang)}, {target.name(lang)}, {_date_words(item.day, lang)}"
                 for lang in ("ru", "kk", "en")}
        if item.day.year != year:
            out.append(Violation("outside_year", "calendar_year", organizer.ref, target.ref, None,
                                 f"{where['ru']}: дата вне {year} года", f"{where['kk']}: күні {year} жылдан тыс",
                                 f"{where['en']}: the date is outside {year}", item.day))
        elif not workdays.is_working(item.day):
            out.append(Violation("non_working_day", "working_days", organizer.ref, target.ref, None,
                                 f"{where['ru']}: нерабочий день", f"{where['kk']}: жұмыс күні емес",
                                 f"{where['en']}: not a working day", item.day))
        if target.established_on is not None and item.day < target.established_on:
            out.append(Violation("unit_not_established", "active_units", organizer.ref, target.ref, None,
                                 f"{where['ru']}: единица образована только {_date_words(target.established_on, 'ru')}",
                                 f"{where['kk']}: бірлік тек {_date_words(target.established_on, 'kk')} құрылған",
                                 f"{where['en']}: the unit was established only on "
                                 f"{_date_words(target.established_on, 'en')}", item.day))
        elif not target.active_on(item.day):
            out.append(Violation("retired_unit", "active_units", organizer.ref, target.ref, None,
                                 f"{where['ru']}: единица упразднена {_date_words(target.retired_on, 'ru')}",
                                 f"{where['kk']}: бірлік {_date_words(target.retired_on, 'kk')} бастап қолданыстан шығарылған",
                                 f"{where['en']}: the unit was retired on {_date_words(target.retired_on, 'en')}",
                                 item.day))

    by_akim_day: dict[tuple[str, dt.date], list[PlannedItem]] = defaultdict(list)
    for item in field_items:
        by_akim_day[(item.organizer_id, item.day)].append(item)
    for (org_id, day), items in sorted(by_akim_day.items()):
        items.sort(key=lambda p: p.interval())
        organizer = tree.by_id.get(org_id)
        if organizer is None:
            continue
        for a, b in zip(items, items[1:], strict=False):
            if b.interval()[0] < a.interval()[1]:
                ta, tb = tree.by_id.get(a.target_id), tree.by_id.get(b.target_id)
                names = {lang: f"{ta.name(lang) if ta else a.target_id} / {tb.name(lang) if tb else b.target_id}"
                         for lang in ("ru", "kk", "en")}
                out.append(Violation(
                    "overlap", "one_place_at_a_time", organizer.ref, tb.ref if tb else b.target_id, None,
                    f"{organizer.akim_title('ru')}: встречи пересекаются по времени {_date_words(day, 'ru')} — {names['ru']}",
                    f"{organizer.akim_title('kk')}: {_date_words(day, 'kk')} кездесулердің уақыты қабаттасады — {names['kk']}",
                    f"{organizer.akim_title('en')}: meetings overlap on {_date_words(day, 'en')} — {names['en']}",
                    day))
    return out


def check_workflow(tree: RegionTree, state: WorkflowState, edition: Edition, year: int) -> list[Violation]:
    """Open or late steps: approval by 15 January, the maslikhat's decision or notice, submission by 20 January."""
    region = tree.root
    out: list[Violation] = []
    approval, submission = edition.approval_date(year), edition.submission_date(year)

    def add(kind: str, ru: str, kk: str, en: str) -> None:
        out.append(Violation(kind, f"workflow:{kind}", region.ref, None, str(year), ru, kk, en))

    if not state.exists:
        add("no_calendar", f"Календарь встреч на {year} год не составлен",
            f"{year} жылға кездесулер күнтізбесі жасалмаған", f"No calendar of meetings for {year}")
    # a deadline before the edition's entry into force was no deadline: nothing can be late for it
    approval_binds = approval >= edition.effective_from
    submission_binds = submission >= edition.effective_from
    if state.first_approved_on is None:
        due_ru = f" (срок — {_date_words(approval, 'ru')})" if approval_binds else ""
        due_kk = f" (мерзімі — {_date_words(approval, 'kk')})" if approval_binds else ""
        due_en = f" (due {_date_words(approval, 'en')})" if approval_binds else ""
        add("not_approved", f"Календарь на {year} год не утверждён{due_ru}",
            f"{year} жылға арналған күнтізбе бекітілмеген{due_kk}",
            f"The calendar for {year} is not approved{due_en}")
    elif approval_binds and state.first_approved_on > approval:
        add("approved_late", f"Календарь утверждён {_date_words(state.first_approved_on, 'ru')}, позже срока "
            f"{_date_words(approval, 'ru')}",
            f"Күнтізбе {_date_words(state.first_approved_on, 'kk')} бекітілген, мерзімнен ({_date_words(approval, 'kk')}) кеш",
            f"The calendar was approved on {_date_words(state.first_approved_on, 'en')}, after "
            f"{_date_words(approval, 'en')}")
    if state.exists and not (state.maslikhat_reference and state.maslikhat_date):
        mode = edition.maslikhat_approval if state.version_number <= 1 else edition.maslikhat_correction
        if mode == "agreement":
            add("maslikhat_missing", "Нет решения маслихата о согласовании календаря",
                "Күнтізбені келісу туралы мәслихат шешімі жоқ", "The maslikhat's agreement is not recorded")
        else:
            add("maslikhat_missing", "Нет отметки об уведомлении маслихата",
                "Мәслихатты хабардар ету туралы белгі жоқ", "The notice to the maslikhat is not recorded")
    if state.first_submitted_on is None:
        add("not_submitted", f"Календарь не представлен в Правительство (срок — {_date_words(submission, 'ru')})",
            f"Күнтізбе Үкіметке ұсынылмаған (мерзімі — {_date_words(submission, 'kk')})",
            f"The calendar is not submitted to the Government (due {_date_words(submission, 'en')})")
    elif submission_binds and state.first_submitted_on > submission:
        add("submitted_late", f"Календарь представлен в Правительство {_date_words(state.first_submitted_on, 'ru')}, "
            f"позже срока {_date_words(submission, 'ru')}",
            f"Күнтізбе Үкіметке {_date_words(state.first_submitted_on, 'kk')} ұсынылған, мерзімнен кеш",
            f"Submitted to the Government on {_date_words(state.first_submitted_on, 'en')}, after "
            f"{_date_words(submission, 'en')}")
    return out


def check(tree: RegionTree, plan: list[PlannedItem], state: WorkflowState, edition: Edition, year: int,
          workdays: WorkingDays) -> Report:
    """The full check of one region's calendar for one year."""
    report = Report(tree.root.ref, year, edition.code)
    report.violations = check_workflow(tree, state, edition, year) + check_plan(tree, plan, edition, year, workdays)
    return report


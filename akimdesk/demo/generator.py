"""A believable demo region, the same for the same seed: units, akims, calendars, meetings, issues."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..decree.editions import Edition, edition_for_year
from ..decree.periods import periods_of
from ..decree.workdays import WorkingDays
from ..issues.classifiers import oblast_bodies
from ..models import (
    AkimHolder,
    AkimPost,
    Announcement,
    AnnualCalendar,
    Broadcast,
    CalendarStatus,
    CalendarVersion,
    CompetenceLevel,
    IssueCategory,
    IssueDeadlineChange,
    IssueProgress,
    IssueStatus,
    Level,
    Meeting,
    MeetingParticipant,
    MeetingStatus,
    OffCalendarReason,
    ParticipantCategory,
    PlannedMeeting,
    ProblemIssue,
    ResponsibleBody,
    RuleEdition,
    Territory,
)
from ..progress import NO_PROGRESS, Progress
from ..territory.directory import region_by_code, subtree
from ..territory.names import akim_title_kk, akim_title_ru, bare_name
from .texts import Vocabulary, vocabulary

DEMO_AUTHOR = "demo"


class DemoRefused(Exception):
    """Demo data is only written into a database that holds no calendars, meetings or issues."""


@dataclass
class DemoSettings:
    region_kato: str = "390000000"
    year: int = dt.date.today().year
    seed: int = 1
    as_of: dt.date | None = None  # "today" inside the demo; default: today, or 31 Dec of a past year

    def today(self) -> dt.date:
        if self.as_of:
            return self.as_of
        real = dt.date.today()
        return real if real.year == self.year else dt.date(self.year, 12, 31)


@dataclass
class DemoSummary:
    territories: int = 0
    planned: int = 0
    meetings: int = 0
    issues: int = 0


@dataclass
class _Ctx:
    session: Session
    rng: random.Random
    vocab: Vocabulary
    today: dt.date
    workdays: WorkingDays
    summary: DemoSummary = field(default_factory=DemoSummary)

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def person(self) -> str:
        n = self.vocab.names
        if self.rng.random() < 0.75:
            return f"{self.rng.choice(n['surname_m'])} {self.rng.choice(n['given_m'])} {self.rng.choice(n['patronymic_m'])}"
        return f"{self.rng.choice(n['surname_f'])} {self.rng.choice(n['given_f'])} {self.rng.choice(n['patronymic_f'])}"


def _refuse_if_used(session: Session) -> None:
    for model in (AnnualCalendar, Meeting, ProblemIssue):
        if session.scalar(select(func.count()).select_from(model)):
            raise DemoRefused(
                "This database already holds calendars, meetings or issues: demo data goes only into a new "
                "database (use --demo or a new file)"
            )


def _invent_units(ctx: _Ctx, region: Territory) -> None:
    """Rural okrugs with villages under each district, microdistricts under each city."""
    rng = ctx.rng

    def add(parent: Territory, kato: str | None, level: str, ru: str, kk: str) -> Territory:
        unit = Territory(id=ctx.uid(), kato=kato, parent=parent, level=level, name_ru=ru, name_kk=kk,
                         source="demo", is_demo=True)
        ctx.session.add(unit)
        return unit

    second = [u for u in region.children if u.retired_on is None]
    for unit in sorted(second, key=lambda u: u.kato or ""):
        if unit.level == Level.DISTRICT:
            # village names repeat across districts, as they do in life, but not within one
            places = rng.sample(ctx.vocab.places, min(len(ctx.vocab.places), 20))
            for i in range(rng.randint(3, 5)):
                ru, kk = places.pop()
                okrug = add(unit, f"{unit.kato[:4]}{41 + 2 * i:02d}000", Level.RURAL_OKRUG,
                            f"сельский округ {ru}", f"{kk} ауылдық округі")
                for j in range(rng.randint(1, 3)):
                    vru, vkk = (ru, kk) if j == 0 else places.pop()
                    add(okrug, f"{okrug.kato[:6]}{j + 1:03d}", Level.VILLAGE, f"село {vru}", f"{vkk} ауылы")
        elif unit.level in (Level.OBLAST_CITY, Level.URBAN_DISTRICT):
            for i in range(rng.randint(2, 4)):
                add(unit, None, Level.AREA, f"микрорайон № {i + 1}", f"№ {i + 1} шағын аудан")
    ctx.session.flush()


def _posts(ctx: _Ctx, units: list[Territory]) -> dict[uuid.UUID, AkimPost]:
    posts = {}
    for unit in units:
        if unit.level in (Level.AREA, Level.VILLAGE, Level.SETTLEMENT):
            continue  # no akim of their own: the okrug's or city's akim meets there
        post = AkimPost(id=ctx.uid(), territory=unit, title_ru=akim_title_ru(unit.name_ru),
                        title_kk=akim_title_kk(unit.name_kk))
        post.holders.append(AkimHolder(id=ctx.uid(), full_name=ctx.person(), start_date=dt.date(ctx.today.year - 3, 6, 1)))
        ctx.session.add(post)
        posts[unit.id] = post
    ctx.session.flush()
    return posts


def _pick_day(ctx: _Ctx, start: dt.date, end: dt.date, busy: set[dt.date]) -> dt.date:
    days = [d for d in ctx.workdays.between(start, end) if d not in busy] or ctx.workdays.between(start, end)
    day = ctx.rng.choice(days)
    busy.add(day)
    return day


def _calendar(ctx: _Ctx, region: Territory, units: list[Territory], posts: dict, year: int,
              edition: Edition) -> list[PlannedMeeting]:
    rng, session = ctx.rng, ctx.session
    ref = session.scalar(select(RuleEdition).where(RuleEdition.code == edition.code))
    cal = AnnualCalendar(id=ctx.uid(), region=region, year=year, rule_edition=ref)
    maslikhat_day = dt.date(year, 1, rng.randint(8, 12))
    version = CalendarVersion(
        id=ctx.uid(), number=1, status=CalendarStatus.DRAFT, maslikhat_mode=edition.maslikhat_approval,
        maslikhat_reference=f"№ {rng.randint(10, 60)}/{rng.randint(100, 600)}", maslikhat_date=maslikhat_day,
        approved_on=maslikhat_day + dt.timedelta(days=1), approved_by=posts[region.id].holders[0].full_name,
        submitted_on=dt.date(year, 1, rng.randint(15, 19)), submission_reference=f"№ 01-{rng.randint(1000, 9999)}",
    )
    cal.versions.append(version)
    session.add(cal)
    children: dict[uuid.UUID, list[Territory]] = {}
    for u in units:
        if u.parent_id:
            children.setdefault(u.parent_id, []).append(u)
    planned = []
    busy: dict[uuid.UUID, set[dt.date]] = {}
    for unit in units:
        post = posts.get(unit.id)
        if post is None:
            continue
        for norm in edition.norms_for(unit.level):
            targets = [c for c in children.get(unit.id, []) if c.level in norm.targets]
            for period in periods_of(year, norm.period):
                start, end = period.start, period.end
                # nothing is planned before the calendar can be approved and announced
                start = max(start, dt.date(year, *edition.submission_deadline) + dt.timedelta(days=1))
                for target in targets:
                    for _ in range(norm.minimum):
                        day = _pick_day(ctx, start, end, busy.setdefault(post.id, set()))
                        venue = rng.choice(ctx.vocab.venues)[0]
                        pm = PlannedMeeting(
                            id=ctx.uid(), lineage_id=ctx.uid(), akim_post=post, territory=target, planned_date=day,
                            start_time=dt.time(rng.choice((10, 11, 15)), 0), duration_minutes=rng.choice((90, 120, 120)),
                            venue=f"{venue}, {target.name_ru}",
                        )
                        version.planned_meetings.append(pm)
                        planned.append(pm)
    session.flush()
    version.status = CalendarStatus.SUBMITTED  # filled as a draft, then approved and sent, as in life
    session.flush()
    ctx.summary.planned += len(planned)
    return planned


CHANNELS = ("media", "radio", "official_site", "egov", "open_data", "social", "public_places")
PLATFORMS = ("Instagram", "Facebook", "YouTube", "Telegram")


def _fill_meeting(ctx: _Ctx, m: Meeting, held: bool) -> None:
    rng = ctx.rng
    m.planned_minutes = m.planned_minutes or 120
    for channel in rng.sample(CHANNELS, rng.randint(1, 4)):
        lead = rng.choice((2, 5, 7, 8, 10, 14))
        m.announcements.append(Announcement(id=ctx.uid(), channel=channel,
                                            published_on=m.meeting_date - dt.timedelta(days=lead)))
    if not held:
        return
    m.start_time = m.start_time or dt.time(rng.choice((10, 11, 15)), 0)
    m.report_minutes = rng.choice((15, 20, 25, 30, 30, 35, 40))
    m.qa_minutes = m.planned_minutes - m.report_minutes + rng.choice((-10, 0, 0, 15))
    end = dt.datetime.combine(m.meeting_date, m.start_time) + dt.timedelta(minutes=m.report_minutes + m.qa_minutes)
    m.end_time = end.time()
    m.attendance_count = rng.randint(35, 320)
    m.questions_collected = rng.randint(0, 25)
    m.questions_channel = rng.choice(("WhatsApp", "e-Otinish", "телефон", "социальные сети"))  # free text, as staff type it
    for cat in (ParticipantCategory.DEPUTIES, ParticipantCategory.PARTIES, ParticipantCategory.NGO,
                ParticipantCategory.OPPOSITION, ParticipantCategory.CENTRAL_BODIES, ParticipantCategory.OTHER):
        if rng.random() < (0.9 if cat == ParticipantCategory.OTHER else 0.55):
            m.participants.append(MeetingParticipant(id=ctx.uid(), category=cat, count=rng.randint(1, 12)))
    if rng.random() < 0.85:
        m.broadcasts.append(Broadcast(id=ctx.uid(), platform=rng.choice(PLATFORMS), comments_open=rng.random() < 0.9,
                                      url=f"https://example.kz/live/{rng.randint(10000, 99999)}"))
    m.video_conference = rng.random() < 0.15
    m.personal_reception = rng.random() < 0.3
    if m.meeting_date + dt.timedelta(days=14) < ctx.today and rng.random() < 0.85:
        m.results_published_on = m.meeting_date + dt.timedelta(days=rng.choice((2, 3, 5, 7, 9, 12, 15)))
        m.results_link = f"https://example.kz/news/{rng.randint(100000, 999999)}"
        m.status = MeetingStatus.RESULTS_PUBLISHED
    else:
        m.status = MeetingStatus.HELD


def _meetings(ctx: _Ctx, planned: list[PlannedMeeting], posts: dict, units: list[Territory]) -> list[Meeting]:
    rng, session = ctx.rng, ctx.session
    held = []
    for pm in planned:
        if pm.planned_date > ctx.today + dt.timedelta(days=10):
            continue
        m = Meeting(id=ctx.uid(), planned_meeting=pm, akim_post=pm.akim_post, territory=pm.territory,
                    meeting_date=pm.planned_date, start_time=pm.start_time, venue=pm.venue,
                    planned_minutes=pm.duration_minutes, status=MeetingStatus.ANNOUNCED)
        if pm.planned_date > ctx.today:
            _fill_meeting(ctx, m, held=False)
        else:
            roll = rng.random()
            if roll < 0.03:
                m.status, m.status_reason = MeetingStatus.POSTPONED, "Неблагоприятные погодные условия"
            elif roll < 0.05:
                m.status, m.status_reason = MeetingStatus.CANCELLED, "Командировка акима"
            else:
                _fill_meeting(ctx, m, held=True)
                held.append(m)
        session.add(m)
        ctx.summary.meetings += 1
    # off-calendar meetings: at the population's demand or when necessary
    district_posts = [p for p in posts.values() if p.territory.level == Level.DISTRICT]
    children: dict[uuid.UUID, list[Territory]] = {}
    for u in units:
        if u.parent_id:
            children.setdefault(u.parent_id, []).append(u)
    for year in sorted({pm.planned_date.year for pm in planned}):
        end = min(ctx.today, dt.date(year, 12, 31))
        days = ctx.workdays.between(dt.date(year, 1, 15), end)
        for _ in range(min(14, len(days) // 20)):
            post = rng.choice(district_posts)
            target = rng.choice(children.get(post.territory_id, [post.territory]))
            m = Meeting(id=ctx.uid(), off_calendar_reason=rng.choice((OffCalendarReason.POPULATION_DEMAND,
                                                                     OffCalendarReason.NECESSITY)),
                        akim_post=post, territory=target, meeting_date=rng.choice(days), planned_minutes=90,
                        venue=f"{rng.choice(ctx.vocab.venues)[0]}, {target.name_ru}", status=MeetingStatus.HELD)
            _fill_meeting(ctx, m, held=True)
            session.add(m)
            held.append(m)
            ctx.summary.meetings += 1
    session.flush()
    return held


def _issues(ctx: _Ctx, region: Territory, held: list[Meeting]) -> None:
    rng, session = ctx.rng, ctx.session
    categories = {c.code: c for c in session.scalars(select(IssueCategory))}
    statuses = {s.code: s for s in session.scalars(select(IssueStatus))}
    suffix = f"_{region.kato[:2]}"
    local_bodies = {b.code.removesuffix(suffix): b for b in oblast_bodies(session, region)}
    national = {b.code: b for b in session.scalars(
        select(ResponsibleBody).where(ResponsibleBody.level.in_(CompetenceLevel.CENTRAL_LEVELS)))}
    texts_by_lang: dict[str, list] = {}
    for t in ctx.vocab.issues:
        if t.category in categories:
            texts_by_lang.setdefault(t.lang, []).append(t)
    for m in held:
        level = m.akim_post.territory.level
        weights = (0, 1, 1, 2, 3) if level != Level.RURAL_OKRUG else (0, 0, 0, 0, 0, 0, 1)
        for _ in range(rng.choice(weights)):
            lang = "kk" if rng.random() < 0.4 else "ru"
            rural = m.territory.level in (Level.RURAL_OKRUG, Level.VILLAGE, Level.SETTLEMENT)
            # "{place}" texts speak of a village: use them only where the meeting was in one
            tpl = rng.choice([t for t in texts_by_lang[lang] if rural or "{place}" not in t.text])
            place = bare_name(m.territory.name_ru if lang == "ru" else m.territory.name_kk)
            route = ctx.vocab.routing.get(tpl.category, ("obl_internal_policy", ()))
            roll = rng.random()
            if roll < 0.12 and route[1]:
                body = national[rng.choice(route[1])]
                competence = body.level
            else:
                competence = CompetenceLevel.DISTRICT if roll < 0.7 else CompetenceLevel.OBLAST
                body = local_bodies.get(route[0]) or rng.choice(list(local_bodies.values()))
            deadline = m.meeting_date + dt.timedelta(days=rng.choice((30, 60, 90, 120, 180, 270)))
            issue = ProblemIssue(
                id=ctx.uid(), meeting=m, territory=m.territory, raised_on=m.meeting_date,
                text=tpl.text.replace("{place}", place), category=categories[tpl.category],
                competence_level=competence, responsible_body=body, solution_way=tpl.solution,
                deadline=deadline, original_deadline=deadline, status=statuses["new"],
            )
            if competence in CompetenceLevel.CENTRAL_LEVELS:
                issue.central_proposal = (
                    "Предусмотреть финансирование из республиканского бюджета" if lang == "ru"
                    else "Республикалық бюджеттен қаржыландыруды қарастыру"
                )
            if rng.random() < 0.5:
                issue.citizen_name = ctx.person()
                issue.citizen_contact = f"+7 7{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            _history(ctx, issue, statuses, lang)
            session.add(issue)
            ctx.summary.issues += 1
    session.flush()


def _history(ctx: _Ctx, issue: ProblemIssue, statuses: dict, lang: str) -> None:
    rng, today = ctx.rng, ctx.today
    age = (today - issue.raised_on).days
    if age < 7:
        return
    notes = {
        "ru": ("Направлен запрос в ответственный орган", "Проведено выездное обследование",
               "Подготовлена сметная документация", "Работы выполнены"),
        "kk": ("Жауапты органға сұрау салу жіберілді", "Көшпелі тексеру жүргізілді",
               "Сметалық құжаттама дайындалды", "Жұмыстар орындалды"),
    }[lang]
    steps = rng.randint(1, 3)
    day = issue.raised_on
    for i in range(steps):
        day = day + dt.timedelta(days=rng.randint(5, max(6, age // (steps + 1))))
        if day > today:
            break
        issue.progress.append(IssueProgress(id=ctx.uid(), entry_date=day, author=DEMO_AUTHOR, text=notes[i],
                                            percent=min(100, 30 * (i + 1)), status_id=statuses["in_progress"].id))
        issue.status = statuses["in_progress"]
    past_deadline = issue.deadline < today
    roll = rng.random()
    if past_deadline and roll < 0.75 or not past_deadline and roll < 0.25 and age > 30:
        outcome = rng.choices(["resolved", "explained", "not_supported", "redirected", "future_plans"],
                              weights=(70, 12, 4, 6, 8))[0]
        closed = min(today, issue.deadline - dt.timedelta(days=rng.randint(0, 20)))
        closed = max(closed, issue.raised_on + dt.timedelta(days=3),
                     *(p.entry_date for p in issue.progress))  # no progress note after the outcome
        issue.status, issue.closed_on = statuses[outcome], closed
        issue.outcome_note = notes[3]
        issue.progress.append(IssueProgress(id=ctx.uid(), entry_date=closed, author=DEMO_AUTHOR, text=notes[3],
                                            percent=100, status_id=statuses[outcome].id))
    elif past_deadline and roll < 0.85:
        _extend(issue, statuses["deadline_extended"], lang)


def _extend(issue: ProblemIssue, extended, lang: str) -> None:
    """Move the deadline by 90 days on the day it fell due, as the register does: a progress entry and a
    dated extension (their ids derive from the issue's, so the demo's random sequence stays the same)."""
    on = max(issue.deadline, *(p.entry_date for p in issue.progress))
    note = "Срок продлен: требуется дополнительное время" if lang == "ru" else "Мерзімі ұзартылды: қосымша уақыт қажет"
    entry = IssueProgress(id=uuid.uuid5(issue.id, "extension-entry"), entry_date=on, author=DEMO_AUTHOR, text=note,
                          status_id=extended.id)
    issue.progress.append(entry)
    issue.deadline_changes.append(IssueDeadlineChange(
        id=uuid.uuid5(issue.id, "extension"), changed_on=on, old_deadline=issue.deadline,
        new_deadline=on + dt.timedelta(days=90), author=DEMO_AUTHOR, reason=note, progress_id=entry.id))
    issue.status = extended
    issue.deadline = on + dt.timedelta(days=90)


def generate_demo(database: Database, settings: DemoSettings, progress: Progress = NO_PROGRESS) -> DemoSummary:
    """Fill a new database with a demo region over the previous and the current year, in one transaction."""
    today = settings.today()
    years = (settings.year - 1, settings.year)
    steps = 6
    with database.session() as session:
        session.info["actor"] = "demo"
        _refuse_if_used(session)
        progress.step(0, steps, "units")
        region = region_by_code(session, settings.region_kato)
        ctx = _Ctx(session=session, rng=random.Random(settings.seed), vocab=vocabulary(), today=today,
                   workdays=WorkingDays(range(years[0], years[1] + 1)))
        _invent_units(ctx, region)
        units = [u for u in subtree(session, region) if u.retired_on is None]
        ctx.summary.territories = len(units)
        progress.step(1, steps, "akims")
        posts = _posts(ctx, units)
        held: list[Meeting] = []
        for i, year in enumerate(years):
            progress.step(2 + i, steps, f"calendar {year}")
            planned = _calendar(ctx, region, units, posts, year, edition_for_year(year))
            held += _meetings(ctx, planned, posts, units)
        progress.step(4, steps, "issues")
        _issues(ctx, region, held)
        progress.step(5, steps, "saving")
    progress.step(steps, steps, "done")
    return ctx.summary

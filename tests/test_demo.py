"""Demo data: a believable region, the same for the same seed, meeting the decree's norms."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from akimdesk.db import Database
from akimdesk.decree.editions import edition_for_year
from akimdesk.decree.workdays import WorkingDays
from akimdesk.demo.generator import DemoRefused, DemoSettings, generate_demo
from akimdesk.models import AkimPost, Meeting, PlannedMeeting, ProblemIssue, Territory
from akimdesk.progress import Cancelled, Progress

from .conftest import DEMO_DAY


def snapshot(database: Database) -> dict:
    with database.session() as s:
        return {
            "units": sorted((str(t.id), t.kato or "", t.name_ru, t.name_kk) for t in s.scalars(select(Territory))
                            if t.is_demo),
            "planned": sorted((str(p.id), p.planned_date, p.territory.name_ru) for p in s.scalars(select(PlannedMeeting))),
            "meetings": sorted((str(m.id), m.meeting_date, m.status, m.report_minutes or 0)
                               for m in s.scalars(select(Meeting))),
            "issues": sorted((str(i.id), i.text, i.deadline) for i in s.scalars(select(ProblemIssue))),
        }


def make(new_database, tmp_path, name, seed):
    database = new_database(tmp_path / name)
    generate_demo(database, DemoSettings(year=2026, seed=seed, as_of=DEMO_DAY))
    return database


def test_the_same_seed_gives_the_same_region_and_another_seed_another(new_database, tmp_path, demo_file):
    again = make(new_database, tmp_path, "again.sqlite", 1)
    other = make(new_database, tmp_path, "other.sqlite", 2)
    first = Database.open(demo_file)
    try:
        assert snapshot(first) == snapshot(again)
        assert snapshot(first)["issues"] != snapshot(other)["issues"]
    finally:
        for d in (first, again, other):
            d.close()


def test_the_demo_region_looks_like_kostanay_oblast_over_two_years(demo_db):
    with demo_db.session() as s:
        years = {d.year for d in s.scalars(select(Meeting.meeting_date))}
        assert years == {2025, 2026}
        okrugs = s.scalar(select(func.count()).select_from(Territory).where(Territory.level == "rural_okrug"))
        assert okrugs >= 16 * 3
        issues = list(s.scalars(select(ProblemIssue)))
        assert 200 <= len(issues) <= 900
        kazakh = [i for i in issues if any(ch in i.text for ch in "әғқңөұүһі")]
        assert 0.2 < len(kazakh) / len(issues) < 0.6
        assert {i.status.code for i in issues} >= {"new", "in_progress", "resolved"}
        assert any(i.competence_level in ("central", "holding", "company") for i in issues)
        off_calendar = s.scalar(select(func.count()).select_from(Meeting).where(Meeting.planned_meeting_id.is_(None)))
        assert off_calendar >= 10
        assert all(m.meeting_date <= DEMO_DAY + dt.timedelta(days=10) for m in s.scalars(select(Meeting)))


def test_every_akim_meets_every_unit_the_decree_requires_on_working_days(demo_db):
    edition = edition_for_year(2026)
    workdays = WorkingDays([2026])
    with demo_db.session() as s:
        planned = [p for p in s.scalars(select(PlannedMeeting)) if p.planned_date.year == 2026]
        assert all(workdays.is_working(p.planned_date) for p in planned)
        met = {(p.akim_post_id, p.territory_id) for p in planned}
        for post in s.scalars(select(AkimPost)):
            for norm in edition.norms_for(post.territory.level):
                for child in post.territory.children:
                    if child.level in norm.targets:
                        assert (post.id, child.id) in met, f"{post.title_ru}: no meeting in {child.name_ru}"


def test_demo_data_never_goes_into_a_database_in_use(demo_db):
    with pytest.raises(DemoRefused):
        generate_demo(demo_db, DemoSettings(year=2026, seed=1, as_of=DEMO_DAY))


def test_cancelling_demo_generation_leaves_the_database_empty(db):
    calls = []

    def cancel_on_third_step() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(Cancelled):
        generate_demo(db, DemoSettings(year=2026, seed=1, as_of=DEMO_DAY), Progress(is_cancelled=cancel_on_third_step))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(PlannedMeeting)) == 0
        assert s.scalar(select(func.count()).select_from(Territory).where(Territory.is_demo)) == 0

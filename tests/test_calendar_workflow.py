"""Calendars in the database: planning, the maslikhat/approval/submission workflow, corrections, import."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from akimdesk.calendar.calendars import (
    VersionLocked,
    WorkflowError,
    approve,
    check_calendar,
    delete_meeting,
    diff_versions,
    ensure_calendar,
    find_calendar,
    open_correction,
    plan_calendar,
    record_maslikhat,
    record_submission,
    update_meeting,
    version_state,
)
from akimdesk.calendar.ics import calendar_ics
from akimdesk.calendar.importer import CalendarImportRefused, import_calendar
from akimdesk.models import Meeting, PlannedMeeting, Territory
from akimdesk.territory.directory import region_by_code

D = dt.date


def cli(*args):
    proc = subprocess.run([sys.executable, "-m", "akimdesk", *args], capture_output=True, text=True, timeout=180)
    return proc.returncode, proc.stdout, proc.stderr


def test_plan_then_check_leaves_only_the_workflow_open_for_2027_and_2023(demo_db):
    db = demo_db.url
    for year, edition in ((2027, "2023"), (2023, "2022")):
        code, out, err = cli("calendar", "plan", "--db", db, "--region", "390000000", "--year", str(year))
        assert code == 0, err
        code, out, err = cli("calendar", "check", "--db", db, "--region", "390000000", "--year", str(year), "--json")
        assert code == 1, err
        report = json.loads(out)
        assert report["edition"] == edition and report["compliant"] is False and report["region"] == "390000000"
        assert {v["kind"] for v in report["violations"]} == {"not_approved", "maslikhat_missing", "not_submitted"}


def test_the_approved_demo_calendar_is_compliant_and_planning_into_it_is_refused(demo_db):
    db = demo_db.url
    code, out, _ = cli("calendar", "check", "--db", db, "--region", "39", "--year", "2026")
    assert code == 0 and "compliant" in out
    code, _, err = cli("calendar", "plan", "--db", db, "--region", "39", "--year", "2026")
    assert code == 2 and "open a correction" in err and "Traceback" not in err


def test_check_json_lists_a_gap_with_organizer_target_and_period(demo_db):
    with demo_db.session() as s:
        region = region_by_code(s, "39")
        version = find_calendar(s, region, 2026).versions[-1]
        s.info["allow_locked"] = True  # simulate a calendar damaged outside the workflow
        logged = set(s.scalars(select(Meeting.planned_meeting_id)))
        victim = next(pm for pm in version.planned_meetings
                      if pm.akim_post.territory.kato == "390000000" and pm.id not in logged)
        target_kato = victim.territory.kato
        s.delete(victim)
    code, out, _ = cli("calendar", "check", "--db", demo_db.url, "--region", "39", "--year", "2026", "--json",
                       "--lang", "kk")
    assert code == 1
    gap = json.loads(out)["violations"][0]
    assert gap["kind"] == "coverage_gap" and gap["organizer"] == "390000000" and gap["target"] == target_kato
    assert gap["period"] == "2026" and "Қостанай облысының әкімі" in gap["message"]


def test_bad_input_to_calendar_commands(demo_db, tmp_path):
    db = demo_db.url
    for args, says in (
        (["calendar", "check", "--region", "3", "--year", "2026"], "not a region code"),
        (["calendar", "check", "--region", "391000000", "--year", "2026"], "not a region code"),
        (["calendar", "plan", "--region", "39", "--year", "2027", "--edition", "1999"], "no decree edition"),
        (["calendar", "check", "--region", "39"], "required"),
    ):
        code, _, err = cli(*args, "--db", db)
        assert code == 2 and says in err and len(err.strip().splitlines()) == 1, (args, err)


def _draft(db, year=2027):
    with db.session() as s:
        region = region_by_code(s, "39")
        version, _ = plan_calendar(s, region, year)
        return version.id


def test_the_workflow_from_draft_to_submission_and_approved_versions_are_read_only(demo_db):
    _draft(demo_db)
    with demo_db.session() as s:
        calendar = find_calendar(s, region_by_code(s, "39"), 2027)
        version = calendar.versions[0]
        with pytest.raises(WorkflowError, match="maslikhat"):
            approve(version, D(2027, 1, 12), "Аким области")
        record_maslikhat(version, "№ 3-45", D(2027, 1, 10))
        assert version.maslikhat_mode == "notification" and version_state(version) == "maslikhat_recorded"
        with pytest.raises(WorkflowError, match="approved calendar"):
            record_submission(version, D(2027, 1, 18), "01-1234")
        approve(version, D(2027, 1, 12), "Аким области")
        record_submission(version, D(2027, 1, 18), "01-1234")
    with demo_db.session() as s:
        assert check_calendar(s, region_by_code(s, "39"), 2027).compliant
    with pytest.raises(VersionLocked):
        with demo_db.session() as s:
            pm = s.scalar(select(PlannedMeeting).join(PlannedMeeting.version).where(PlannedMeeting.planned_date >= D(2027, 1, 1)))
            update_meeting(s, pm, planned_date=pm.planned_date + dt.timedelta(days=1))
    with pytest.raises(VersionLocked):
        with demo_db.session() as s:
            pm = s.scalar(select(PlannedMeeting).where(PlannedMeeting.planned_date >= D(2027, 1, 1)))
            delete_meeting(s, pm)


def test_a_correction_is_a_new_version_with_its_reason_and_the_diff_shows_the_changes(demo_db):
    with demo_db.session() as s:
        calendar = find_calendar(s, region_by_code(s, "39"), 2026)
        with pytest.raises(WorkflowError, match="reason"):
            open_correction(s, calendar, "  ")
        correction = open_correction(s, calendar, "Паводок: перенос встреч в Аулиекольском районе")
        assert correction.number == 2 and version_state(correction) == "draft"
        moved, removed = correction.planned_meetings[0], correction.planned_meetings[1]
        update_meeting(s, moved, planned_date=moved.planned_date + dt.timedelta(days=7))
        delete_meeting(s, removed)
        record_maslikhat(correction, "№ 7-12", D(2026, 5, 4))
        approve(correction, D(2026, 5, 5), "Аким области")
        first = calendar.versions[0]
        assert first.status == "superseded" and len(first.planned_meetings) == len(correction.planned_meetings) + 1
        diff = diff_versions(first, correction)
        assert [pm.lineage_id for pm, _ in diff.moved] == [moved.lineage_id]
        assert [pm.lineage_id for pm in diff.removed] == [removed.lineage_id] and diff.added == []


def test_a_calendar_is_kept_by_a_region_only(db):
    with pytest.raises(WorkflowError, match="not a region"):
        with db.session() as s:
            ensure_calendar(s, s.scalar(select(Territory).where(Territory.kato == "393200000")), 2027)


def write_rows(path, rows, header=("date", "organizer", "target", "time", "venue", "topic")):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_a_calendar_spreadsheet_imports_into_the_draft(db, tmp_path):
    path = write_rows(tmp_path / "plan.csv", [
        ["2027-02-10", "390000000", "393200000", "10:00", "Дом культуры", "Итоги года"],
        ["11.03.2027", "393200000", "393200000", "", "", ""],
    ])
    with db.session() as s:
        assert import_calendar(s, region_by_code(s, "39"), 2027, path) == 2
    with db.session() as s:
        version = find_calendar(s, region_by_code(s, "39"), 2027).versions[0]
        first = min(version.planned_meetings, key=lambda p: p.planned_date)
        assert (first.start_time, first.venue, first.topic) == (dt.time(10), "Дом культуры", "Итоги года")


@pytest.mark.parametrize("row, reason", [
    (["2027-02-30", "390000000", "393200000"], "bad_date"),
    (["2026-12-30", "390000000", "393200000"], "outside_year"),
    (["2027-02-10", "390000000", "393200000", "25:00"], "bad_time"),
    (["2027-02-10", "111111111", "393200000"], "unknown_organizer"),
    (["2027-02-10", "390000000", "751710000"], "unknown_target"),  # Medeu district of Almaty: another region
    (["2027-02-10", "393200000", "393400000"], "target_elsewhere"),  # one district in another
])
def test_each_bad_calendar_row_is_refused_with_its_number_and_nothing_is_written(db, tmp_path, row, reason):
    good = ["2027-02-10", "390000000", "393200000", "10:00"]
    path = write_rows(tmp_path / "bad.csv", [good, good[:3] + ["15:00"], row])
    with pytest.raises(CalendarImportRefused) as refused:
        with db.session() as s:
            import_calendar(s, region_by_code(s, "39"), 2027, path)
    assert [(e.row, e.reason) for e in refused.value.errors] == [(4, reason)]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(PlannedMeeting)) == 0


def test_calendar_import_refuses_a_file_without_the_needed_columns(db, tmp_path):
    path = write_rows(tmp_path / "x.csv", [["2027-02-10", "390000000"]], header=("date", "organizer"))
    code, _, err = cli("calendar", "import", "--db", db.url, "--region", "39", "--year", "2027", str(path))
    assert code == 2 and "missing column(s): target" in err


def test_the_calendar_exports_to_icalendar_for_one_akim(demo_db, tmp_path):
    from icalendar import Calendar

    with demo_db.session() as s:
        region = region_by_code(s, "39")
        version = find_calendar(s, region, 2026).versions[-1]
        district = s.scalar(select(Territory).where(Territory.kato == "393200000"))
        data = calendar_ics(version, "kk", district.id)
        expected = sum(1 for pm in version.planned_meetings if pm.akim_post.territory_id == district.id)
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == expected > 0
    assert all(str(e["summary"]).startswith("Алтынсарин ауданының әкімі") for e in events)
    code, out, _ = cli("calendar", "ics", "--db", demo_db.url, "--region", "39", "--year", "2026",
                       "--out", str(tmp_path / "all.ics"))
    assert code == 0 and (tmp_path / "all.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    code, _, err = cli("calendar", "ics", "--db", demo_db.url, "--region", "39", "--year", "2026",
                       "--out", str(tmp_path / "all.ics"))
    assert code == 2 and "already exists" in err

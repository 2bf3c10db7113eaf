"""Every save goes over the version the person saw: a progress entry, a bulk change, deleting a planned
meeting and undoing one's own change are refused when someone else saved meanwhile, through two real
connections to one database (the SQLite file opened twice; the server with --backend postgresql)."""

from __future__ import annotations

import dataclasses

import pytest

from akimdesk.db import Database
from akimdesk.issues.rules import IssueDraft, RegisterError
from akimdesk.meetings.records import MeetingError
from akimdesk.services import calendar as calendar_service
from akimdesk.services import meetings
from akimdesk.services import register_changes as changes

from .test_meetings import planned  # noqa: F401  (the fixture)
from .test_register_rules import TODAY, new_issue, seen, state


@pytest.fixture
def two_people(demo_db):
    demo_db.actor = "asel"
    other = Database.open(demo_db.url)
    other.actor = "bolat"
    yield demo_db, other
    other.close()


def test_a_progress_entry_over_an_old_version_is_refused_and_names_who_changed_it(two_people):
    asel, bolat = two_people
    issue = new_issue(asel, text="Нет воды в селе")
    seen_by_bolat = changes.issue_detail(bolat, issue).row_version
    detail = changes.issue_detail(asel, issue)
    changes.update_issue(asel, issue, IssueDraft(**{**detail.draft.__dict__, "text": "Су жоқ"}), detail.row_version,
                         today=TODAY)
    with pytest.raises(RegisterError, match="asel changed this record meanwhile"):
        changes.add_progress(bolat, issue, entry_date=TODAY, author="Болат", text="Решено", status_code="resolved",
                             expected_version=seen_by_bolat, today=TODAY)
    assert state(asel, issue)[0] != "resolved" and changes.issue_detail(asel, issue).history == []
    with pytest.raises(TypeError):  # a save cannot skip the check
        changes.add_progress(bolat, issue, entry_date=TODAY, author="Болат", text="Решено", today=TODAY)


def test_a_bulk_change_over_a_list_shown_before_someone_elses_save_changes_nothing(two_people):
    asel, bolat = two_people
    ids = [new_issue(asel, text=f"вопрос {i}") for i in range(3)]
    shown_to_bolat = seen(bolat, *ids)
    changes.add_progress(asel, ids[2], entry_date=TODAY, author="Асель", text="Запрос направлен",
                         status_code="in_progress", expected_version=shown_to_bolat[ids[2]], today=TODAY)
    before = [state(asel, i) for i in ids]
    with pytest.raises(RegisterError, match="asel changed this record meanwhile"):
        changes.bulk_set_status(bolat, shown_to_bolat, "resolved", "Решено", "Болат", today=TODAY)
    assert [state(asel, i) for i in ids] == before
    change = changes.bulk_set_status(bolat, seen(bolat, *ids), "resolved", "Решено", "Болат", today=TODAY)
    assert {state(asel, i)[0] for i in ids} == {"resolved"}
    again = changes.undo_bulk(bolat, change)  # the versions a redo goes over
    assert again == seen(asel, *ids)


def _planned_row(db, planned_id):
    region = meetings.region_id(db, "39")
    return next(r for r in calendar_service.calendar_view(db, region, 2027).planned if r.id == str(planned_id))


def test_undoing_ones_own_planned_change_over_someone_elses_save_is_refused(two_people, planned):  # noqa: F811
    asel, bolat = two_people
    row = _planned_row(asel, planned)
    fields = calendar_service.planned_fields(asel, row.id)
    mine = calendar_service.update_planned(asel, row.id, dataclasses.replace(fields, venue="Акимат"), row.row_version)
    theirs = calendar_service.update_planned(bolat, row.id, dataclasses.replace(fields, venue="Клуб"), mine)
    with pytest.raises(calendar_service.WorkflowError, match="bolat changed this record meanwhile"):
        calendar_service.update_planned(asel, row.id, fields, mine)  # Asel's undo, over what she left
    with pytest.raises(calendar_service.WorkflowError, match="bolat changed this record meanwhile"):
        calendar_service.delete_planned(asel, row.id, mine)
    assert calendar_service.planned_fields(asel, row.id).venue == "Клуб"
    calendar_service.delete_planned(bolat, row.id, theirs)
    assert all(r.id != row.id for r in calendar_service.calendar_view(asel, meetings.region_id(asel, "39"),
                                                                          2027).planned)


def test_undoing_a_meeting_form_over_someone_elses_save_is_refused(two_people, planned):  # noqa: F811
    asel, bolat = two_people
    row = next(r for r in meetings.meeting_rows(asel, meetings.region_id(asel, "39"), 2027)
               if r.planned_id == str(planned))
    meeting_id = meetings.open_meeting(asel, row)
    opened = meetings.snapshot(asel, meeting_id)
    header, record = meetings.load(asel, meeting_id)
    left = meetings.save(asel, meeting_id, dataclasses.replace(record, venue="Дом культуры"), header.row_version)
    header_b, record_b = meetings.load(bolat, meeting_id)
    meetings.save(bolat, meeting_id, dataclasses.replace(record_b, venue="Школа №2"), header_b.row_version)
    with pytest.raises(MeetingError, match="bolat changed this record meanwhile"):
        meetings.restore(asel, meeting_id, opened, left)
    assert meetings.load(asel, meeting_id)[1].venue == "Школа №2"


def test_a_status_change_over_an_old_version_is_refused(two_people, planned):  # noqa: F811
    asel, bolat = two_people
    row = next(r for r in meetings.meeting_rows(asel, meetings.region_id(asel, "39"), 2027)
               if r.planned_id == str(planned))
    meeting_id = meetings.open_meeting(asel, row)
    header_a, _ = meetings.load(asel, meeting_id)
    header_b, record_b = meetings.load(bolat, meeting_id)
    meetings.save(bolat, meeting_id, dataclasses.replace(record_b, venue="Школа №2"), header_b.row_version)
    with pytest.raises(MeetingError, match="bolat changed this record meanwhile"):
        meetings.change_status(asel, meeting_id, "cancelled", "Непогода", expected_version=header_a.row_version)
    assert meetings.load(asel, meeting_id)[0].status == "planned"


def test_undoing_a_quick_entry_keeps_an_issue_someone_worked_on_meanwhile(two_people):
    asel, bolat = two_people
    drafts = [IssueDraft(text=f"Вопрос {i}", territory_id=changes.issue_detail(asel, new_issue(asel)).draft.territory_id,
                         raised_on=TODAY, source="e-Otinish") for i in range(2)]
    ids = changes.create_issues(asel, drafts, today=TODAY)
    saved = changes.issue_versions(asel, ids)
    changes.add_progress(bolat, ids[1], entry_date=TODAY, author="Болат", text="Запрос направлен",
                         expected_version=changes.issue_versions(bolat, [ids[1]])[ids[1]], today=TODAY)
    with pytest.raises(RegisterError, match="bolat changed this record meanwhile"):
        changes.delete_issues(asel, saved)  # Asel's undo of her quick entry
    assert set(changes.issue_versions(asel, ids)) == set(ids)  # nothing removed, Bolat's entry kept
    assert len(changes.issue_detail(asel, ids[1]).history) == 1

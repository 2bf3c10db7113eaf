"""The rest of the records are saved over the version the person saw too: directory units, people, the
akimat's working days, saved register filters, a meeting's attachments and the calendar's workflow steps.
Two real connections to one database (the SQLite file opened twice; the server with --backend postgresql):
the second saver is refused with who saved meanwhile, and nothing of theirs is lost."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from akimdesk.calendar.calendars import WorkflowError
from akimdesk.cli import main
from akimdesk.db import Database
from akimdesk.issues.rules import RegisterError
from akimdesk.meetings.attachments import AttachmentError
from akimdesk.services import calendar as calendar_service
from akimdesk.services import calendar_decree as decree
from akimdesk.services import directory, meetings, people
from akimdesk.services import register as reg
from akimdesk.services import register_changes as changes
from akimdesk.services.directory import DirectoryEditError
from akimdesk.services.people import PersonError

from .test_meetings import planned  # noqa: F401  (the fixture)

DISTRICT = "393200000"  # Altynsarin district of the demo's Kostanay region


@pytest.fixture
def two_people(demo_db):
    demo_db.actor = "asel"
    other = Database.open(demo_db.url)
    other.actor = "bolat"
    yield demo_db, other
    other.close()


def _unit(db, kato: str = DISTRICT):
    return next(r for r in directory.territory_rows(db, "39") if r.kato == kato)


def test_a_unit_renamed_meanwhile_refuses_the_second_rename_retirement_and_dates(two_people):
    asel, bolat = two_people
    shown_to_bolat = _unit(bolat)
    shown_to_asel = _unit(asel)
    unit_id = uuid.UUID(shown_to_asel.id)
    directory.rename_unit(asel, unit_id, "Район Ы. Алтынсарина", "Ы. Алтынсарин ауданы", shown_to_asel.row_version)
    with pytest.raises(DirectoryEditError, match="asel changed this record meanwhile") as refused:
        directory.rename_unit(bolat, unit_id, "Алтынсаринский район", "Алтынсарин ауданы", shown_to_bolat.row_version)
    assert refused.value.who == "asel" and refused.value.when is not None
    with pytest.raises(DirectoryEditError, match="asel changed"):
        directory.set_retired(bolat, unit_id, True, shown_to_bolat.row_version)
    with pytest.raises(DirectoryEditError, match="asel changed"):
        directory.set_unit_dates(bolat, unit_id, dt.date(1997, 1, 1), None, shown_to_bolat.row_version)
    now = _unit(bolat)  # Asel's name stands, the unit is not retired, no dates were set
    assert (now.name_ru, now.retired) == ("Район Ы. Алтынсарина", False)
    assert directory.unit_dates(bolat, unit_id)[0] != dt.date(1997, 1, 1)
    # over what he sees now, Bolat's edit goes through
    directory.set_retired(bolat, unit_id, True, now.row_version)
    assert _unit(asel).retired
    with pytest.raises(TypeError):  # a save cannot skip the check
        directory.rename_unit(asel, unit_id, "x", "y")


def test_undoing_an_added_unit_someone_renamed_meanwhile_keeps_their_unit(two_people):
    asel, bolat = two_people
    parent = _unit(asel)
    unit_id = directory.add_unit(asel, uuid.UUID(parent.id), "area", "мкр. Новый", "Жаңа ш/а", None)
    directory.rename_unit(bolat, unit_id, "мкр. Новый-2", "Жаңа-2 ш/а", 1)
    with pytest.raises(DirectoryEditError, match="bolat changed"):
        directory.delete_unused_unit(asel, unit_id, 1)  # Asel's undo of her add
    assert any(r.id == str(unit_id) and r.name_ru == "мкр. Новый-2" for r in directory.territory_rows(asel, "39"))


def test_a_person_changed_meanwhile_is_not_changed_again_over_it(two_people):
    asel, bolat = two_people
    people.add_person(asel, "dana", ["secretary"], DISTRICT, "Дана")
    shown = {p.login: p.row_version for p in people.people(bolat)}
    people.change_person(asel, "dana", ["secretary", "register"], expected_version=shown["dana"])
    with pytest.raises(PersonError, match="asel changed this record meanwhile"):
        people.disable_person(bolat, "dana", shown["dana"])
    with pytest.raises(PersonError, match="asel changed"):
        people.change_person(bolat, "dana", ["viewer"], expected_version=shown["dana"])
    [dana] = [p for p in people.people(asel) if p.login == "dana"]
    assert (dana.roles, dana.active) == (["secretary", "register"], True)
    people.disable_person(bolat, "dana", dana.row_version)
    assert not [p for p in people.people(asel) if p.login == "dana"][0].active


def test_the_command_line_refuses_a_person_changed_since_the_version_it_was_given(two_people, capsys):
    asel, bolat = two_people
    people.add_person(asel, "dana", ["secretary"], DISTRICT, "Дана")
    version = people.person_version(bolat, "dana")
    people.change_person(asel, "dana", ["register"], expected_version=version)
    assert main(["user", "disable", "dana", "--if-version", str(version), "--db", bolat.url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("akimdesk: error:") and "changed this record meanwhile" in err
    assert [p.active for p in people.people(asel) if p.login == "dana"] == [True]
    assert main(["user", "disable", "dana", "--db", bolat.url]) == 0  # over the person as read now


def test_a_working_day_added_changed_or_removed_meanwhile_is_refused(two_people):
    asel, bolat = two_people
    day = dt.date(2027, 3, 20)
    seen_by_bolat = {r.day: r.row_version for r in decree.day_overrides(bolat)}  # the day is not there yet
    decree.set_day_override(asel, day, True, "Перенос", "Ауыстыру", None)
    with pytest.raises(WorkflowError, match="asel changed this record meanwhile"):
        decree.set_day_override(bolat, day, False, "Траур", "Аза", seen_by_bolat.get(day))
    seen_by_bolat = {r.day: r.row_version for r in decree.day_overrides(bolat)}
    decree.set_day_override(asel, day, True, "Перенос с 22 марта", "22 наурыздан ауыстыру", seen_by_bolat[day])
    with pytest.raises(WorkflowError, match="asel changed"):
        decree.remove_day_override(bolat, day, seen_by_bolat[day])
    [row] = decree.day_overrides(asel)
    assert (row.is_working, row.name_ru) == (True, "Перенос с 22 марта")
    decree.remove_day_override(asel, day, row.row_version)
    with pytest.raises(WorkflowError) as gone:  # changing a day someone removed: not put back silently
        decree.set_day_override(bolat, day, False, "Траур", "Аза", row.row_version)
    assert gone.value.code == "day_gone" and decree.day_overrides(asel) == []


def test_a_saved_filter_replaced_or_deleted_meanwhile_is_refused(two_people):
    asel, other = two_people
    bolat = Database.open(asel.url)  # the same login on a second PC
    bolat.actor = "asel"
    try:
        overdue = reg.IssueFilter(overdue=True)
        first = changes.save_filter(asel, "Просрочено", overdue, "asel", None)
        [shown] = changes.saved_filters(bolat, "asel")
        changes.save_filter(asel, "Просрочено", reg.IssueFilter(overdue=True, search="газ"), "asel", first)
        with pytest.raises(RegisterError, match="asel changed this record meanwhile"):
            changes.save_filter(bolat, "Просрочено", reg.IssueFilter(levels=("central",)), "asel", shown.row_version)
        with pytest.raises(RegisterError, match="asel changed"):
            changes.delete_filter(bolat, shown.id, shown.row_version)
        with pytest.raises(RegisterError, match="changed this record meanwhile"):  # a new one of a name now taken
            changes.save_filter(bolat, "Просрочено", overdue, "asel", None)
        [kept] = changes.saved_filters(asel, "asel")
        assert kept.filter.search == "газ"
    finally:
        bolat.close()


def test_a_file_attached_over_an_old_version_of_the_meeting_is_refused(two_people, planned, tmp_path):  # noqa: F811
    asel, bolat = two_people
    row = next(r for r in meetings.meeting_rows(asel, meetings.region_id(asel, "39"), 2027)
               if r.planned_id == str(planned))
    meeting_id = meetings.open_meeting(asel, row)
    header, record = meetings.load(asel, meeting_id)
    shown_to_bolat = meetings.load(bolat, meeting_id)[0].row_version
    record.venue = "Дом культуры"
    mine = meetings.save(asel, meeting_id, record, header.row_version)
    (tmp_path / "protocol.pdf").write_bytes(b"%PDF-1.4 protocol")
    with pytest.raises(AttachmentError, match="asel changed this record meanwhile"):
        meetings.add_attachment(bolat, meeting_id, tmp_path / "protocol.pdf", "scan", shown_to_bolat)
    assert meetings.load(asel, meeting_id)[0].attachments == []
    after = meetings.add_attachment(asel, meeting_id, tmp_path / "protocol.pdf", "scan", mine)
    assert after > mine  # a new file is a new version: a form opened before it cannot save over it silently
    with pytest.raises(meetings.MeetingError, match="asel changed"):
        meetings.save(bolat, meeting_id, record, mine)


def _latest(db) -> tuple[int, int]:
    view = calendar_service.calendar_view(db, meetings.region_id(db, "39"), 2027)
    return view.versions[-1].number, view.versions[-1].row_version


def test_a_workflow_step_someone_took_meanwhile_is_refused_not_taken_twice(two_people, planned):  # noqa: F811
    asel, bolat = two_people
    region = meetings.region_id(asel, "39")
    shown_to_bolat = _latest(bolat)
    calendar_service.record_maslikhat(asel, region, 2027, "№ 3-45", dt.date(2026, 12, 10), _latest(asel))
    with pytest.raises(WorkflowError, match="asel changed this record meanwhile") as refused:
        calendar_service.record_maslikhat(bolat, region, 2027, "№ 9-99", dt.date(2026, 12, 11), shown_to_bolat)
    assert refused.value.code == "changed_since" and refused.value.who == "asel"
    with pytest.raises(WorkflowError, match="asel changed"):
        calendar_service.approve(bolat, region, 2027, dt.date(2026, 12, 12), "Аким области", shown_to_bolat)
    shown_to_bolat = _latest(bolat)
    calendar_service.approve(asel, region, 2027, dt.date(2026, 12, 12), "Аким области", _latest(asel))
    with pytest.raises(WorkflowError, match="asel changed"):  # approved twice: refused with who, not redone
        calendar_service.approve(bolat, region, 2027, dt.date(2026, 12, 13), "Заместитель", shown_to_bolat)
    shown_to_bolat = _latest(bolat)
    calendar_service.open_correction(asel, region, 2027, "Паводок", _latest(asel))
    with pytest.raises(WorkflowError, match="asel changed"):  # a second correction over the first: refused
        calendar_service.open_correction(bolat, region, 2027, "Перенос", shown_to_bolat)
    with pytest.raises(WorkflowError, match="asel changed"):
        calendar_service.record_submission(bolat, region, 2027, dt.date(2026, 12, 14), "01-1234", shown_to_bolat)
    view = calendar_service.calendar_view(asel, region, 2027)  # Asel's steps, each once, and nothing of Bolat's
    assert [(v.number, v.state, v.maslikhat_reference, v.approved_by, v.reason) for v in view.versions] == [
        (1, "approved", "№ 3-45", "Аким области", None), (2, "draft", None, None, "Паводок")]

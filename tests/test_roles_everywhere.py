"""Every writing door checks the role: per role one allowed and one refused action through the services the
window calls (directory, editions and working days, exports and the print kit, trust store, backups, demo,
mail), on a database where the people are defined; and the window disables what a role may not do, with
the reason in the tooltip."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from akimdesk.db import Database
from akimdesk.models import Territory
from akimdesk.services import calendar as calendar_service
from akimdesk.services import calendar_decree, demo, directory, exports, meetings, people, storage, trust
from akimdesk.services.access import AccessRefused
from akimdesk.services.exports import ExportRequest

from .test_meetings import planned  # noqa: F401  (the fixture)
from .test_register_rules import new_issue

REGION, DISTRICT, OTHER_DISTRICT = "390000000", "395400000", "392400000"
PEOPLE = [("adm", "administrator", DISTRICT), ("plan", "planner", REGION), ("sec", "secretary", REGION),
          ("clerk", "register", REGION), ("send", "exporter", REGION), ("look", "viewer", REGION)]


@pytest.fixture
def person(demo_db):
    """The file's user (the administrator of a local file) adds the people; each then works on their own
    connection to the same database."""
    for login, role, kato in PEOPLE:
        people.add_person(demo_db, login, [role], kato)
    opened: dict[str, Database] = {}
    for login, _role, _kato in PEOPLE:
        opened[login] = Database.open(demo_db.url)
        opened[login].actor = login
    yield opened
    for database in opened.values():
        database.close()


def unit_name(db, kato: str) -> str:
    with db.session() as s:
        return s.scalar(select(Territory.name_ru).where(Territory.kato == kato))


def unit_id(db, kato: str):
    with db.session() as s:
        return s.scalar(select(Territory.id).where(Territory.kato == kato))


def refused(role: str):
    return pytest.raises(AccessRefused, match=f"does not have the role '{role}'")


def a_planned_meeting(db) -> str:
    rows = [r for r in meetings.meeting_rows(db, meetings.region_id(db, "39"), 2026) if r.meeting_id is None]
    return rows[0].planned_id


def test_an_administrator_edits_the_directory_but_not_outside_their_territory(person, demo_db):
    unit = unit_id(demo_db, DISTRICT)
    directory.rename_unit(person["adm"], unit, "Район Беимбета Майлина", "Бейімбет Майлин ауданы",
                          directory.unit_version(demo_db, unit))
    assert unit_name(demo_db, DISTRICT) == "Район Беимбета Майлина"
    with pytest.raises(AccessRefused, match="only their own territory"):
        new_issue(person["adm"], kato=OTHER_DISTRICT)


def test_a_planner_pins_the_calendars_edition_but_may_not_back_up(person, demo_db, planned, tmp_path):  # noqa: F811
    calendar_service.pin_edition(person["plan"], meetings.region_id(demo_db, "39"), 2027, None)
    with refused("administrator"):
        storage.backup(person["plan"], tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()


def test_a_secretary_prints_the_agenda_but_may_not_touch_the_trust_store(person, demo_db, tmp_path):
    assert exports.print_document(person["sec"], a_planned_meeting(demo_db), "agenda", "ru").startswith(b"%PDF")
    (tmp_path / "root.cer").write_bytes(b"not read at all")
    with refused("administrator"):
        trust.add_trusted(person["sec"], tmp_path / "root.cer")
    with refused("administrator"):
        directory.rename_unit(person["sec"], unit_id(demo_db, DISTRICT), "x", "x", 1)
    assert unit_name(demo_db, DISTRICT) != "x" and trust.trusted_certificates(demo_db) == []


def test_a_register_clerk_enters_an_issue_but_may_not_print_the_meetings_papers(person, demo_db):
    assert new_issue(person["clerk"], kato=OTHER_DISTRICT)
    with refused("secretary"):
        exports.print_document(person["clerk"], a_planned_meeting(demo_db), "agenda", "ru")


def test_an_exporter_exports_a_package_but_may_not_change_the_working_days(person, demo_db, tmp_path):
    result = exports.export_package(person["send"], ExportRequest("calendar", "39", "2026", "ru", tmp_path), None)
    assert result.path.is_file()
    with refused("administrator"):
        calendar_decree.set_day_override(person["send"], dt.date(2026, 12, 19), True, "Перенос", "Ауыстыру", None)
    assert calendar_decree.day_overrides(demo_db) == []


def test_a_viewer_reads_but_may_neither_export_nor_make_demo_data_nor_save_an_edition(person, demo_db, tmp_path):
    view = calendar_service.calendar_view(person["look"], meetings.region_id(demo_db, "39"), 2026)
    assert view is not None and view.planned
    out = tmp_path / "out"
    out.mkdir()
    with refused("exporter"):
        exports.export_package(person["look"], ExportRequest("calendar", "39", "2026", "ru", out), None)
    assert list(out.iterdir()) == []
    with refused("administrator"):
        demo.fill_demo(person["look"])
    with refused("administrator"):
        calendar_decree.save_edition(person["look"], calendar_decree.edition_text("2023"))


@pytest.fixture
def window_of(qtbot, person, tmp_path):
    from akimdesk.app import create_main_window

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))

    def open_as(login: str):
        win = create_main_window(person[login], "ru")
        qtbot.addWidget(win)
        win.show()
        return win
    return open_as


def page(win, name: str):
    found = next(p for p in (win.pages[i] for i in range(len(win.pages))) if type(p).__name__ == name)
    return found


def test_the_window_disables_other_roles_buttons_with_the_reason(window_of, demo_db):
    from akimdesk.ui.meeting_form import MeetingForm

    secretary = window_of("sec")
    reports, settings = page(secretary, "ReportsPage"), page(secretary, "SettingsPage")
    calendar = page(secretary, "CalendarPage")
    for button in (reports.export_button, reports.send_button, reports.draft_button):
        assert not button.isEnabled() and "отправитель" in button.toolTip()
    for button in (settings.backup_button, settings.trust_add, calendar.edition_button, calendar.buttons["days"]):
        assert not button.isEnabled() and "администратор" in button.toolTip()
    row = next(r for r in meetings.meeting_rows(demo_db, meetings.region_id(demo_db, "39"), 2026) if r.meeting_id)
    form = MeetingForm(secretary, secretary.state.database, row.meeting_id, "ru", secretary.state)
    assert form.save_button.isEnabled() and form.print_button.isEnabled()
    assert not form.issues_button.isEnabled() and "делопроизводитель реестра" in form.issues_button.toolTip()
    form.close()

    exporter = window_of("send")
    reports, settings = page(exporter, "ReportsPage"), page(exporter, "SettingsPage")
    assert reports.export_button.isEnabled() and not settings.backup_button.isEnabled()
    exporters_form = MeetingForm(exporter, exporter.state.database, row.meeting_id, "ru", exporter.state)
    assert not exporters_form.save_button.isEnabled() and not exporters_form.print_button.isEnabled()
    assert "секретарь" in exporters_form.save_button.toolTip()
    exporters_form.close()

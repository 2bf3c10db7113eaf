"""A save that meets someone else's newer save, in the window: the person is told who and when, can compare
their values with their own field by field (translated field names, names instead of ids), and reload
theirs or keep their own on top. Two real connections to one database."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings

from akimdesk.app import create_main_window
from akimdesk.db import Database
from akimdesk.issues.rules import IssueDraft
from akimdesk.services import meetings
from akimdesk.services import register_changes as changes
from akimdesk.ui.conflict_dialog import ConflictDialog
from akimdesk.ui.issue_form import IssueDialog
from akimdesk.ui.meeting_form import MeetingForm

from .test_concurrent_edits import audit_actors
from .test_meetings import planned  # noqa: F401  (the fixture)
from .test_register_rules import TODAY, new_issue


@pytest.fixture
def two(qtbot, demo_db, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    demo_db.actor = "asel"
    other = Database.open(demo_db.url)
    other.actor = "bolat"
    win = create_main_window(demo_db, "ru")
    qtbot.addWidget(win)
    yield win, other
    other.close()


def answer(choice: str, seen: dict):
    """Stands in for the person at the conflict dialog: looks at the real dialog, compares, then chooses."""
    def resolve(parent, conflict):
        dialog = ConflictDialog(parent, conflict)
        dialog.compare()
        seen["message"] = dialog.message.text()
        seen["rows"] = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
                        for r in range(dialog.table.rowCount())}
        seen["headers"] = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
        dialog.close()
        return choice
    return resolve


def test_keep_mine_saves_the_form_over_the_other_save_after_comparing(two, demo_db):
    win, bolat = two
    row = next(r for r in meetings.meeting_rows(demo_db, meetings.region_id(demo_db, "39"), 2026) if r.meeting_id)
    form = MeetingForm(win, demo_db, row.meeting_id, "ru", win.state)
    header, record = meetings.load(bolat, row.meeting_id)
    meetings.save(bolat, row.meeting_id, dataclasses.replace(record, venue="Школа №2"), header.row_version)
    form.venue.setText("Дом культуры")
    seen: dict = {}
    form.resolve_conflict = answer("keep", seen)
    assert form.save()
    assert "bolat" in seen["message"] and "пока вы её редактировали" in seen["message"]
    assert seen["rows"] == {"Место проведения": ("Школа №2", "Дом культуры")}
    assert seen["headers"] == ["Поле", "Их значение (bolat)", "Ваше значение"]
    assert meetings.load(bolat, row.meeting_id)[1].venue == "Дом культуры"
    assert audit_actors(demo_db, row.meeting_id)[-2:] == ["bolat", "asel"]  # both edits in the trail
    form.close()


def test_reload_shows_their_issue_and_keeps_nothing_of_mine(two, demo_db, qtbot):
    win, bolat = two
    issue = new_issue(demo_db, text="Нет воды в селе")
    dialog = IssueDialog(win, win.state, issue)
    qtbot.addWidget(dialog)
    theirs = changes.issue_detail(bolat, issue)
    changes.update_issue(bolat, issue, IssueDraft(**{**theirs.draft.__dict__, "text": "Су жоқ"}), theirs.row_version,
                         today=TODAY)
    dialog.text.setPlainText("Нет воды и света")
    seen: dict = {}
    dialog.resolve_conflict = answer("reload", seen)
    dialog.save()
    assert seen["rows"]["Текст"] == ("Су жоқ", "Нет воды и света")
    assert dialog.text.toPlainText() == "Су жоқ" and not dialog.saved
    assert changes.issue_detail(demo_db, issue).draft.text == "Су жоқ"
    dialog.text.setPlainText("Су жоқ, жарық жоқ")  # now over their version: saved without a question
    dialog.save()
    assert dialog.saved and changes.issue_detail(bolat, issue).draft.text == "Су жоқ, жарық жоқ"


def test_a_planned_meeting_changed_meanwhile_asks_and_keep_mine_saves_on_top(two, demo_db, planned):  # noqa: F811
    from akimdesk.services import calendar as calendar_service
    from akimdesk.ui.pages.calendar_page import CalendarPage

    win, bolat = two
    page = win.page(CalendarPage)
    row = next(r for r in calendar_service.calendar_view(demo_db, meetings.region_id(demo_db, "39"), 2027).planned
               if r.id == str(planned))
    fields = calendar_service.planned_fields(demo_db, row.id)
    calendar_service.update_planned(bolat, row.id, dataclasses.replace(fields, venue="Клуб"), row.row_version)
    seen: dict = {}
    page.resolve_conflict = answer("back", seen)
    assert page._update_over(row.id, dataclasses.replace(fields, venue="Акимат"), row.row_version) is None
    assert seen["rows"] == {"Место проведения": ("Клуб", "Акимат")}
    assert calendar_service.planned_fields(demo_db, row.id).venue == "Клуб"  # going back saves nothing
    page.resolve_conflict = answer("keep", seen)
    assert isinstance(page._update_over(row.id, dataclasses.replace(fields, venue="Акимат"), row.row_version), int)
    assert calendar_service.planned_fields(bolat, row.id).venue == "Акимат"

"""The Meetings page and the meeting form, as a staff member logs a meeting (offscreen, demo database)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTime
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from akimdesk.app import create_main_window
from akimdesk.services import meetings as service
from akimdesk.ui import meeting_form
from akimdesk.ui.pages import meetings_page


@pytest.fixture
def window(qtbot, demo_db, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected warning: {a[2]}"))
    win = create_main_window(demo_db, "ru")
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    win.show_page(meetings_page.MeetingsPage)
    return win


def test_a_planned_meeting_is_marked_held_and_its_form_filled(window, monkeypatch):
    page = window.page(meetings_page.MeetingsPage)
    page.status_filter.setCurrentIndex(page.status_filter.findData("planned"))
    # the earliest calendar meeting not logged yet (early December in the demo)
    page.list.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.list.table.selectRow(0)
    row = page.list.current_row()
    assert row.meeting_id is None and row.planned_id
    seen = {}

    def fill(form: meeting_form.MeetingForm):
        form.date.setDate(QDate(2026, 11, 20))
        form.start.setTime(QTime(10, 0))
        form.end.setTime(QTime(12, 0))
        form.planned.setValue(120)
        form.report.setValue(30)
        form.qa.setValue(90)
        form.attendance.setValue(85)
        form.counts["opposition"].setValue(2)
        form.counts["maslikhat_deputies"].setValue(4)
        form.counts["parties"].setValue(1)  # all four named groups: a wide audience
        form.counts["ngo"].setValue(2)
        form.names["maslikhat_deputies"].setText("Ә. Сейітов, Ғ. Құрманов")
        form._announcement_row("social", dt.date(2026, 11, 10), "https://t.me/akimat")
        form._broadcast_row("Instagram", "https://instagram.com/akimat/live", True)
        form._template()
        form.summary.setPlainText("Жителей беспокоят дороги; әкім тапсырма берді.")
        assert form.save()
        form.change_status("held")
        seen["status"] = form.status_label.text()
        seen["checks"] = {form.checks.item(i).data(256): form.checks.item(i).data(257)
                          for i in range(form.checks.count())}
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(meeting_form.MeetingForm, "exec", fill)
    page.open_selected()
    assert "Проведена" in seen["status"]
    assert seen["checks"]["report_share"] == "ok" and seen["checks"]["announcement"] == "ok"
    assert seen["checks"]["audience"] == "ok" and seen["checks"]["broadcast"] == "ok"
    held = [r for r in service.meeting_rows(window.state.database, window.state.region_id, 2026)
            if r.planned_id == row.planned_id]
    assert held[0].status == "held" and held[0].attendance == 85
    header, record = service.load(window.state.database, held[0].meeting_id)
    assert record.agenda[0][3] and record.agenda[0][2] == 30
    assert record.participants["maslikhat_deputies"] == (4, "Ә. Сейітов, Ғ. Құрманов")
    # the saved form can be undone from the main window
    window.undo_stack.undo()
    assert service.load(window.state.database, held[0].meeting_id)[1].attendance_count is None


def test_a_wrong_record_is_refused_at_the_field_and_the_form_keeps_what_was_typed(window, monkeypatch):
    page = window.page(meetings_page.MeetingsPage)
    page.list.table.selectRow(0)
    outcome = {}

    def fill(form):
        form.start.setTime(QTime(12, 0))
        form.end.setTime(QTime(10, 0))
        form.venue.setText("Мектеп ғимараты")
        outcome["saved"] = form.save()
        outcome["error"] = form.error.text()
        outcome["venue"] = form.venue.text()
        outcome["marked"] = "b00020" in form.end.styleSheet()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(meeting_form.MeetingForm, "exec", fill)
    page.open_selected()
    assert outcome == {"saved": False, "error": "Встреча заканчивается раньше, чем начинается.",
                       "venue": "Мектеп ғимараты", "marked": True}


def test_an_off_calendar_meeting_is_recorded_with_its_reason(window, monkeypatch):
    page = window.page(meetings_page.MeetingsPage)
    before = page.model.total

    def answer(dialog):
        dialog.reason.setCurrentIndex(dialog.reason.findData("population_demand"))
        dialog.day.setDate(QDate(2026, 11, 24))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(meetings_page.OffCalendarDialog, "exec", answer)
    monkeypatch.setattr(meeting_form.MeetingForm, "exec", lambda form: QDialog.DialogCode.Rejected)
    page.add_off_calendar()
    assert page.model.total == before + 1
    while page.model.canFetchMore():  # every row read, a page at a time
        page.model.fetchMore()
    new = [r for r in page.model.rows if r.off_calendar_reason == "population_demand" and r.date == dt.date(2026, 11, 24)]
    assert len(new) == 1


def test_postponing_a_calendar_meeting_suggests_a_correction(window, monkeypatch):
    page = window.page(meetings_page.MeetingsPage)
    page.status_filter.setCurrentIndex(page.status_filter.findData("planned"))
    page.list.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Паводок", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = {}

    def postpone(form):
        form.change_status("postponed")
        seen["error"], seen["suggested"] = form.error.text(), form.correction_suggested
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(meeting_form.MeetingForm, "exec", postpone)
    page.open_selected()
    assert seen["suggested"] and "Корректировка 2 календаря открыта" in seen["error"]
    from akimdesk.services import calendar as calendar_service

    view = calendar_service.calendar_view(window.state.database, window.state.region_id, 2026)
    assert view.versions[-1].number == 2 and "Паводок" in view.versions[-1].reason


def test_a_column_width_the_user_sets_survives_a_refresh_of_the_list(window):
    """The list sizes its columns to their contents once; after that a refresh (a new year, a record saved)
    keeps the widths on screen, the user's own included, instead of sizing them again."""
    page = window.page(meetings_page.MeetingsPage)
    table = page.list.table
    assert page.list.model.rowCount() > 0
    table.setColumnWidth(1, 321)
    window.year.setValue(2025)
    window.year.setValue(2026)
    page.refresh()
    assert table.columnWidth(1) == 321

"""The Calendar page, driven as an apparatus employee would (offscreen, real demo database)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from akimdesk.app import create_main_window
from akimdesk.ui import calendar_dialogs as dialogs
from akimdesk.ui.pages.calendar_page import CalendarPage


@pytest.fixture
def window(qtbot, demo_db, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected warning: {a[2]}"))
    win = create_main_window(demo_db, "ru")
    qtbot.addWidget(win)
    win.show()
    win.show_page(CalendarPage)
    # the first load paints the calendar first and adds its decree check right after
    qtbot.waitUntil(lambda: win.page(CalendarPage).compliance.title.text() != "")
    return win


def page_of(win) -> CalendarPage:
    return win.page(CalendarPage)


def answer(monkeypatch, cls, fill):
    """Answer a dialog the way a user would: fill its fields and press OK."""
    def fake_exec(self):
        fill(self)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(cls, "exec", fake_exec)


def test_the_approved_demo_calendar_shows_green_coverage_and_is_read_only(window, qtbot):
    page = page_of(window)
    window.year.setValue(2026)
    # the decree check follows the first paint of the calendar
    qtbot.waitUntil(lambda: page.compliance.title.text() == "Календарь соответствует указу")
    states = {page.overview.item(r, c).background().color().name() for r in range(page.overview.rowCount())
              for c in range(2, 6)}
    assert "#f8d0cc" not in states and "#d7f0d2" in states
    assert not page.buttons["add"].isEnabled() and not page.buttons["propose"].isEnabled()
    assert page.buttons["correction"].isEnabled()


def test_propose_edit_undo_and_approve_next_years_calendar(window, qtbot, monkeypatch):
    page = page_of(window)
    window.year.setValue(2027)
    assert page.buttons["propose"].isEnabled() and page.list.model.rowCount() == 0
    answer(monkeypatch, dialogs.PlannerDialog, lambda d: d.per_day.setValue(1))
    page.propose()
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 400, timeout=60000)
    kinds = {page.compliance.items.item(i).data(256) for i in range(page.compliance.items.count())}
    assert kinds == {"not_approved", "maslikhat_missing", "not_submitted"}
    assert "#f8d0cc" not in {page.overview.item(r, 2).background().color().name()
                             for r in range(page.overview.rowCount())}

    # move the first meeting by a week, then undo
    page.list.table.selectRow(0)
    row = page.list.current_row()
    answer(monkeypatch, dialogs.PlannedMeetingDialog,
           lambda d: d.date.setDate(QDate(row.date.year, row.date.month, row.date.day).addDays(7)))
    page.edit()
    assert row.date + dt.timedelta(days=7) in {r.date for r in page.list.model.rows if r.id == row.id}
    window.undo_stack.undo()
    assert row.date in {r.date for r in page.list.model.rows if r.id == row.id}

    # delete a meeting: the compliance panel shows the gap at once; undo brings it back
    page.list.table.selectRow(0)
    victim = page.list.current_row()
    page.delete()
    gaps = [page.compliance.items.item(i).text() for i in range(page.compliance.items.count())
            if page.compliance.items.item(i).data(256) == "coverage_gap"]
    assert len(gaps) == 1 and victim.unit_ru in gaps[0]
    window.undo_stack.undo()
    assert page.compliance.items.count() == 3

    # maslikhat notice, approval, submission
    answer(monkeypatch, dialogs.MaslikhatDialog, lambda d: (d.reference.setText("№ 2-17"), d.on.setDate(QDate(2027, 1, 11))))
    page.maslikhat()
    answer(monkeypatch, dialogs.ApproveDialog, lambda d: (d.on.setDate(QDate(2027, 1, 12)), d.by.setText("Аким области")))
    page.approve()
    answer(monkeypatch, dialogs.SubmitDialog, lambda d: (d.on.setDate(QDate(2027, 1, 18)), d.reference.setText("01-77")))
    page.submit()
    assert page.compliance.title.text() == "Календарь соответствует указу"
    assert not page.buttons["add"].isEnabled() and not page.buttons["delete"].isEnabled()
    assert "направлен в Правительство" in page.version.currentText()


def test_a_refused_step_keeps_the_dialog_open_with_the_reason(window, monkeypatch):
    page = page_of(window)
    window.year.setValue(2027)
    answer(monkeypatch, dialogs.PlannedMeetingDialog, lambda d: d.topic.setText("Тұрғын үй мәселелері"))
    page.add()  # one meeting by hand: the draft calendar now exists
    assert [r.topic for r in page.list.model.rows] == ["Тұрғын үй мәселелері"]
    assert page.buttons["approve"].isEnabled()
    seen = []

    def fill_and_watch(d):
        if seen:
            return QDialog.DialogCode.Rejected  # the user gives up after reading the reason
        d.by.setText("Аким области")
        seen.append(d)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ApproveDialog, "exec", fill_and_watch)
    page.approve()  # no maslikhat record: approval is refused, the dialog stays with the reason
    assert "маслихат" in seen[0].error.text().lower()


def test_a_correction_and_the_comparison_of_versions(window, monkeypatch):
    page = page_of(window)
    window.year.setValue(2026)
    answer(monkeypatch, dialogs.CorrectionDialog, lambda d: d.reason.setPlainText("Паводок в Аулиекольском районе"))
    page.correction()
    assert page.version.currentData() == 2 and page.buttons["add"].isEnabled()
    assert "Корректировка 2 открыта" in page.banner.text()
    page.tabs.setCurrentIndex(2)
    page.list.table.selectRow(3)
    page.delete()
    compare = dialogs.CompareDialog(page, window.state.database, window.state.region_id, 2026, [1, 2], "ru")
    assert compare.table.rowCount() == 1 and compare.table.item(0, 0).text() == "Удалена"


def test_the_calendar_page_speaks_kazakh(window, qtbot):
    window.year.setValue(2026)
    window.set_language("kk")
    page = page_of(window)
    assert page.heading.text() == "Кездесулердің жылдық күнтізбесі"
    assert page.tabs.tabText(0) == "Жылдық шолу"
    assert page.overview.item(0, 0).text() == "Қостанай облысының әкімі"
    qtbot.waitUntil(lambda: page.compliance.title.text() == "Күнтізбе Жарлыққа сәйкес")


def test_an_older_version_stays_readable_and_an_extra_day_off_is_checked(window, monkeypatch):
    page = page_of(window)
    window.year.setValue(2026)
    answer(monkeypatch, dialogs.CorrectionDialog, lambda d: d.reason.setPlainText("Новые сельские округа"))
    page.correction()
    page.version.setCurrentIndex(page.version.findData(1))
    page.version.activated.emit(page.version.currentIndex())
    assert page.view.shown == 1 and not page.buttons["add"].isEnabled()
    assert page.list.model.rowCount() == 472
    first = min(r.date for r in page.list.model.rows)
    from akimdesk.services import calendar_decree as service

    service.set_day_override(window.state.database, first, False, "Траур", "Аза", None)
    page.refresh()
    kinds = [page.compliance.items.item(i).data(256) for i in range(page.compliance.items.count())]
    assert "non_working_day" in kinds


def test_the_governments_step_shows_the_regions_the_banner_and_records_the_submission(window, monkeypatch):
    from akimdesk.ui import government_step

    seen = {}

    def look(self):
        seen["banner"] = self.banner.text() if self.banner.isVisibleTo(self) else ""
        seen["rows"] = self.table.rowCount()
        seen["findings"] = [self.findings.item(i).text() for i in range(self.findings.count())]
        calls = iter([("01.12.2025", "12-3/45"), ("30.01.2026", "12-3/45")])  # first too early: refused, kept open

        def fill(dialog):
            day, number = next(calls)
            dialog.on.setDate(QDate.fromString(day, "dd.MM.yyyy"))
            dialog.reference.setText(number)
            seen.setdefault("refusals", []).append(dialog.error.text())
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(government_step.AdministrationDialog, "exec", fill)
        self.record_submission()
        seen["after"] = self.status.text()
        seen["button"] = self.submit_button.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(government_step.GovernmentDialog, "exec", look)
    page_of(window).government()
    assert seen["rows"] == 20
    assert any("Администрацию Президента" in f for f in seen["findings"])
    assert any("Павлодарская область" in f and "не поступил" in f for f in seen["findings"])
    assert seen["refusals"] == ["", "Календари нельзя представить раньше, чем они поступили."]
    assert "30.01.2026" in seen["after"] and "12-3/45" in seen["after"] and seen["button"] is False


def test_the_governments_deadline_banner_warns_before_and_after_1_february():
    from akimdesk.services.calendar_government import GovernmentView
    from akimdesk.ui.government_step import banner

    view = GovernmentView(2027, "2023", dt.date(2027, 1, 20), dt.date(2027, 2, 1), None, None)
    text, colour = banner(view, dt.date(2027, 1, 25))
    assert "01.02.2027" in text and "7" in text and colour == "#fff4ce"
    text, colour = banner(view, dt.date(2027, 2, 2))
    assert "01.02.2027" in text and colour == "#f8d0cc"
    view.administration_on = dt.date(2027, 1, 30)
    assert banner(view, dt.date(2027, 2, 2)) == ("", "")

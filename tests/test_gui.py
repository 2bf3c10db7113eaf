"""The main window, driven as a user would (offscreen Qt, real database files)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from akimdesk.app import create_main_window
from akimdesk.db import Database
from akimdesk.demo.generator import DemoSettings
from akimdesk.models import Territory
from akimdesk.progress import Progress
from akimdesk.ui.jobs import run_job
from akimdesk.ui.pages.calendar_page import CalendarPage
from akimdesk.ui.pages.directory_page import DirectoryPage, UnitDialog
from akimdesk.ui.pages.meetings_page import MeetingsPage

from .conftest import DEMO_DAY

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture
def settings_folder(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def window(qtbot, demo_db, settings_folder):
    win = create_main_window(demo_db, "ru")
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    return win


def visible_texts(win) -> list[str]:
    texts = [win.windowTitle(), win.region_label.text(), win.year_label.text()]
    texts += [a.text() for a in win.menuBar().actions()]
    texts += [win.nav.item(i).text() for i in range(win.nav.count())]
    page = win.stack.currentWidget()
    texts += [page.heading.text(), page.note.text()]
    return texts


def test_the_window_opens_on_the_demo_region_with_every_page_reachable(window):
    assert window.region.currentText() == "Костанайская область"
    # the figures the toolbar holds at the test screen's width, overdue first; all of them in the tooltip
    assert "Просрочено" in window.counters.text() and "Запланировано" in window.counters.toolTip()
    for i in range(window.nav.count()):
        window.nav.setCurrentRow(i)
        page = window.stack.currentWidget()
        assert page is window.pages[i] and page.isVisible()
        assert page.heading.text() == window.nav.item(i).text() != ""
        table = getattr(page, "list", None)
        if table is not None:
            assert table.model.rowCount() > 0, page.title()


def test_switching_to_kazakh_changes_what_the_user_sees_and_back(window):
    russian = visible_texts(window)
    assert "Встречи с населением" in russian
    window.set_language("kk")
    kazakh = visible_texts(window)
    assert "Халықпен кездесулер" in kazakh
    assert window.region.currentText() == "Қостанай облысы"
    changed = [a for a, b in zip(russian, kazakh, strict=True) if a != b]
    assert len(changed) >= len(russian) - 2
    assert KAZAKH_LETTERS & set("".join(kazakh))
    meetings = window.page(MeetingsPage)
    assert meetings.model.headerData(1, Qt.Orientation.Horizontal) == "Әкім"
    window.set_language("en")
    assert "Meetings with the population" in visible_texts(window)
    window.set_language("ru")
    assert visible_texts(window) == russian


def test_the_language_is_remembered_for_the_next_start(window, demo_db):
    window.set_language("kk")
    window.close()
    again = create_main_window(demo_db)
    assert again.state.language == "kk" and again.nav.item(2).text() == "Халықпен кездесулер"
    again.close()


def test_the_list_filter_narrows_the_rows(window, qtbot):
    window.show_page(MeetingsPage)  # the meetings list (the register searches in SQL: see test_register_gui.py)
    page = window.page(MeetingsPage)
    total = page.model.total
    page.filter.setText("СЕЛО")  # non-ASCII typed with setText (QTest handles ASCII only); any case matches
    qtbot.waitUntil(lambda: page.model.total < total)  # asked as the person pauses typing
    assert 0 < page.model.total and all("село" in row.unit_ru.casefold() for row in page.model.rows)
    assert "из" in page.list.count_label.text()


def fill_dialog(monkeypatch, **values):
    def fake_exec(self):
        if "level" in values:
            self.level.setCurrentIndex(self.level.findData(values["level"]))
        for field in ("kato", "name_ru", "name_kk"):
            if field in values:
                getattr(self, field).setText(values[field])
        return QDialog.DialogCode.Accepted if self.ok.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnitDialog, "exec", fake_exec)


def select_unit(page: DirectoryPage, kato: str) -> None:
    model = page.model
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        idx = stack.pop()
        if model.itemFromIndex(idx.siblingAtColumn(1)).text() == kato:
            page.tree.setCurrentIndex(idx)
            return
        stack += [model.index(r, 0, idx) for r in range(model.rowCount(idx))]
    raise AssertionError(f"{kato} not in the tree")


def names_in_tree(page: DirectoryPage) -> set[str]:
    model, out = page.model, set()
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        idx = stack.pop()
        out.add(idx.data())
        stack += [model.index(r, 0, idx) for r in range(model.rowCount(idx))]
    return out


def test_staff_add_rename_and_retire_a_unit_and_undo_each_step(window, demo_db, monkeypatch):
    window.show_page(DirectoryPage)
    page = window.page(DirectoryPage)
    select_unit(page, "392400000")  # город Рудный
    fill_dialog(monkeypatch, level="area", name_ru="микрорайон Ақжол", name_kk="Ақжол шағын ауданы")
    page.add()
    assert "микрорайон Ақжол" in names_in_tree(page)

    with demo_db.session() as s:
        area = s.scalar(select(Territory).where(Territory.name_ru == "микрорайон Ақжол"))
    page.tree.setCurrentIndex(page.model.index(0, 0))
    select_by_name(page, "микрорайон Ақжол")
    fill_dialog(monkeypatch, name_ru="микрорайон Жаңа", name_kk="Жаңа шағын ауданы")
    page.rename()
    assert "микрорайон Жаңа" in names_in_tree(page)
    page.toggle_retired()
    assert "микрорайон Жаңа" not in names_in_tree(page)  # retired units are hidden unless asked

    window.undo_stack.undo()  # retire
    assert "микрорайон Жаңа" in names_in_tree(page)
    window.undo_stack.undo()  # rename
    assert "микрорайон Ақжол" in names_in_tree(page)
    window.undo_stack.undo()  # add
    assert "микрорайон Ақжол" not in names_in_tree(page)
    with demo_db.session() as s:
        assert s.get(Territory, area.id) is None
    window.undo_stack.redo()
    assert "микрорайон Ақжол" in names_in_tree(page)


def select_by_name(page: DirectoryPage, name: str) -> None:
    model = page.model
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        idx = stack.pop()
        if idx.data() == name:
            page.tree.setCurrentIndex(idx)
            return
        stack += [model.index(r, 0, idx) for r in range(model.rowCount(idx))]
    raise AssertionError(name)


def test_the_unit_dialog_keeps_ok_disabled_until_both_names_are_given(qtbot, settings_folder, window):
    dialog = UnitDialog(window, ["village", "area"])
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.name_ru.setText("село Ақтөбе")
    dialog.name_kk.setText("Ақтөбе ауылы")
    assert not dialog.ok.isEnabled()  # a village needs its KATO code
    dialog.kato.setText("393241007")
    assert dialog.ok.isEnabled()


def test_demo_generation_runs_in_the_background_and_fills_the_window(qtbot, db, settings_folder):
    win = create_main_window(db, "ru", demo=True)
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    win.generate_demo_data(DemoSettings(year=2026, seed=1, as_of=DEMO_DAY))
    win.show_page(CalendarPage)  # a page loads when it is shown: the calendar fills once the data is there
    qtbot.waitUntil(lambda: win.page(CalendarPage).list.model.rowCount() > 0, timeout=60000)
    assert "демонстрационные" in win.windowTitle()
    assert win.region.currentText() == "Костанайская область"


def test_a_background_job_reports_progress_and_stops_when_cancelled(qtbot):
    seen, outcome = [], []

    def endless(progress: Progress):
        i = 0
        while True:
            progress.step(i, 100, "working")
            i += 1
            time.sleep(0.005)

    job = run_job(None, "test", endless, on_done=lambda r: outcome.append("done"),
                  on_cancelled=lambda: outcome.append("cancelled"), show_dialog=False)
    job.signals.progress.connect(lambda d, t, m: seen.append(d))
    qtbot.waitUntil(lambda: len(seen) > 3, timeout=10000)
    job.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=10000)


def test_a_failing_job_reports_its_message(qtbot):
    failures = []

    def broken(progress):
        raise ValueError("файл повреждён")

    run_job(None, "test", broken, on_failed=lambda m, d: failures.append((m, d)), show_dialog=False)
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert failures[0][0] == "файл повреждён" and "ValueError" in failures[0][1]


def test_demo_mode_keeps_its_own_database_apart_from_the_users(tmp_path):
    from akimdesk import config

    assert config.demo_db_path() != config.default_db_path()
    assert config.demo_db_path().parent == config.default_db_path().parent
    Database.open(config.default_db_path()).close()


def test_staff_set_when_a_unit_was_established_and_retired_and_undo_it(window, demo_db, monkeypatch):
    import datetime as dt

    from PySide6.QtCore import QDate

    from akimdesk.ui.unit_dates import UnitDatesDialog

    page = window.show_page(DirectoryPage)
    select_unit(page, "393200000")
    seen = {}

    def fake_exec(self):
        seen["before"] = self.values()
        self.fields["established"][0].setChecked(True)
        self.fields["established"][1].setDate(QDate(2024, 7, 1))
        self.fields["retired"][0].setChecked(True)
        self.fields["retired"][1].setDate(QDate(2024, 6, 30))  # before it started: OK is disabled
        seen["refused"] = not self.buttons.button(self.buttons.StandardButton.Ok).isEnabled() and self.problem.text()
        self.fields["retired"][0].setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnitDatesDialog, "exec", fake_exec)
    page.edit_dates()
    assert seen["before"] == (None, None) and seen["refused"]
    with demo_db.session() as s:
        unit = s.scalar(select(Territory).where(Territory.kato == "393200000"))
        assert (unit.established_on, unit.retired_on) == (dt.date(2024, 7, 1), None)
    window.undo_stack.undo()
    with demo_db.session() as s:
        assert s.scalar(select(Territory.established_on).where(Territory.kato == "393200000")) is None

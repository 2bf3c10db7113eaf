"""The register page driven as staff use it (offscreen Qt, a copy of the demo database)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from akimdesk.app import create_main_window
from akimdesk.models import Meeting, ProblemIssue
from akimdesk.services import register as reg
from akimdesk.services import register_changes as changes
from akimdesk.ui.highlight import MARK
from akimdesk.ui.issue_form import IssueDialog
from akimdesk.ui.pages.home_page import HomePage
from akimdesk.ui.pages.register_page import RegisterPage
from akimdesk.ui.quick_entry import QuickEntryDialog
from akimdesk.ui.register_bulk import BulkStatusDialog
from akimdesk.ui.register_model import IssueRegisterModel


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    win = create_main_window(demo_db, "ru")
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    win.show_page(RegisterPage)
    return win


@pytest.fixture
def page(window) -> RegisterPage:
    page = window.page(RegisterPage)
    assert isinstance(page, RegisterPage) and page.isVisible()
    return page


def statuses_of(db, ids):
    with db.session() as s:
        return [s.get(ProblemIssue, i).status.code for i in ids]


def test_the_register_fetches_rows_a_page_at_a_time(window, demo_db, qtbot):
    total = reg.issue_count(demo_db, reg.IssueFilter())
    model = IssueRegisterModel(window.state, page_size=50)
    model.set_filter(reg.IssueFilter(territory_id=window.state.region_id))
    assert (model.rowCount(), model.pages_fetched, model.canFetchMore()) == (50, 1, True)
    model.fetchMore()
    assert (model.rowCount(), model.pages_fetched) == (100, 2)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total and len({r.id for r in model.rows}) == total

    page = window.page(RegisterPage)
    page.model.page_size = 50
    page.reset_filters()
    assert page.model.rowCount() == 50  # the first screen needs one page, not the whole register
    page.table.scrollToBottom()  # the view asks for more as the user reaches the end
    qtbot.waitUntil(lambda: page.model.rowCount() > 50)
    assert page.model.rowCount() < total
    qtbot.waitUntil(lambda: str(total) in page.count_label.text())  # counted in the background


def test_a_kazakh_word_typed_in_capitals_finds_the_issue_and_it_is_resolved_with_a_note(page, demo_db, monkeypatch):
    page.search.setText("ҚЫСЫМЫ")  # non-ASCII text is typed with setText (QTest handles ASCII only)
    page.apply_filters()
    rows = page.model.rows
    assert rows and all("қысым" in r.text.lower() for r in rows)
    page.table.selectRow(0)
    issue = page.selected_ids()[0]

    def fill(self):
        self.status.setCurrentIndex(self.status.findData("resolved"))
        self.note.setPlainText("Давление газа восстановлено после замены регулятора")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BulkStatusDialog, "exec", fill)
    page.change_status()
    detail = changes.issue_detail(demo_db, issue)
    assert detail.status_code == "resolved" and detail.outcome_note.startswith("Давление газа")
    assert page.model.rows[0].status_code == "resolved"


def test_a_bulk_status_change_of_several_issues_is_undone_in_one_step(window, page, demo_db, monkeypatch):
    page.status.setCurrentIndex(page.status.findData("in_progress"))
    assert {r.status_code for r in page.model.rows} == {"in_progress"}
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    page.table.selectionModel().select(page.model.index(2, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    ids = page.selected_ids()
    assert len(ids) == 3 and page.status_button.isEnabled()

    def fill(self):
        self.status.setCurrentIndex(self.status.findData("explained"))
        self.note.setPlainText("Жителям дано разъяснение на встрече")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BulkStatusDialog, "exec", fill)
    page.change_status()
    assert statuses_of(demo_db, ids) == ["explained"] * 3
    assert not ({str(i) for i in ids} & {str(r.id) for r in page.model.rows})  # they left the "in progress" list
    assert "3" in window.undo_stack.undoText()
    window.undo_stack.undo()
    assert statuses_of(demo_db, ids) == ["in_progress"] * 3
    assert {i for i in ids} <= {r.id for r in page.model.rows}
    window.undo_stack.redo()
    assert statuses_of(demo_db, ids) == ["explained"] * 3


def test_staff_add_several_issues_while_logging_a_meeting_and_can_undo_it(window, page, demo_db, monkeypatch):
    with demo_db.session() as s:
        meeting = s.scalar(select(Meeting).where(Meeting.status == "held").order_by(Meeting.meeting_date.desc()))
    page.show_meeting(meeting.id)
    before = page.model.rowCount()

    def fill(self):
        assert not self.meeting.isEnabled()  # opened for this meeting
        self.cell(0, 0).setText("Жол жөндеуді қажет етеді")
        self.cell(1, 0).setText("Нет уличного освещения на улице Абая")
        self.cell(1, 5).setText("Ахметова Әсел")
        self.cell(1, 6).setText("+7 701 123 45 67")
        self.save()
        return QDialog.DialogCode.Accepted if self.saved_ids else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QuickEntryDialog, "exec", fill)
    page.quick_entry(meeting.id)
    texts = {r.text for r in page.model.rows}
    assert {"Жол жөндеуді қажет етеді", "Нет уличного освещения на улице Абая"} <= texts
    assert page.model.rowCount() == before + 2
    window.undo_stack.undo()
    assert page.model.rowCount() == before


def test_quick_entry_keeps_every_row_when_one_is_refused(window, page, demo_db, qtbot):
    with demo_db.session() as s:
        meeting = s.scalar(select(Meeting).where(Meeting.status == "held").limit(1))
    dialog = QuickEntryDialog(page, window.state, meeting.id)
    qtbot.addWidget(dialog)
    dialog.cell(0, 0).setText("Нет воды")
    dialog.cell(2, 5).setText("Иванов Иван")  # a citizen without the issue's text
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and "3" in dialog.error.text()
    assert dialog.cell(0, 0).text() == "Нет воды"  # nothing typed is lost
    assert reg.issue_count(demo_db, reg.IssueFilter(meeting_id=meeting.id, search="воды")) == 0


def test_the_issue_form_refuses_closing_without_a_note_and_shows_the_history(window, page, demo_db, qtbot):
    page.status.setCurrentIndex(page.status.findData("new"))
    issue = page.model.rows[0].id
    dialog = IssueDialog(page, window.state, issue)
    qtbot.addWidget(dialog)
    dialog.entry_status.setCurrentIndex(dialog.entry_status.findData("resolved"))
    dialog.add_entry()
    assert dialog.error.text() and changes.issue_detail(demo_db, issue).status_code == "new"
    dialog.entry_text.setPlainText("Освещение установлено")
    dialog.add_entry()
    assert changes.issue_detail(demo_db, issue).status_code == "resolved"
    assert "Освещение установлено" in dialog.timeline.item(0).text()


def test_filters_changed_quickly_count_only_the_newest_one(page, demo_db, qtbot, monkeypatch):
    """Counts of filters the user has already left never run (no core spent on an answer nobody sees); the
    label ends with the count of the filter shown."""
    counting = reg.issue_count
    finished: list[str] = []

    def count(db, flt, today=None, cancelled=None):
        total = counting(db, flt, today, cancelled)
        finished.append(flt.search)
        return total

    monkeypatch.setattr(reg, "issue_count", count)
    region = page.state.region_id
    for word in ("свет", "дорог", "газ"):  # three searches, one after the other, faster than their counts
        page.set_filter(reg.IssueFilter(territory_id=region, search=word))
    assert "…" in page.count_label.text() and page.model.rowCount() > 0  # the rows at once, the count to come
    total = counting(demo_db, reg.IssueFilter(territory_id=region, search="газ"))
    qtbot.waitUntil(lambda: f": {total} (" in page.count_label.text())  # "Issues: N (loaded M)" in Russian
    assert finished == ["газ"]


def test_the_count_starts_only_once_the_rows_are_painted(page, demo_db, qtbot, monkeypatch):
    """The count's thread takes the interpreter from the UI thread while it prepares its statement: started
    before the paint, it delayed the very rows it was meant not to delay. A hidden register counts at once."""
    events: list[str] = []

    class Watch(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    counting = page._count
    monkeypatch.setattr(page, "_count", lambda *args: (events.append("count"), counting(*args)))
    watch = Watch()
    page.table.viewport().installEventFilter(watch)
    region = page.state.region_id
    for word in ("свет", "газ"):
        events.clear()
        page.set_filter(reg.IssueFilter(territory_id=region, search=word))
        qtbot.waitUntil(lambda: "count" in events)
        assert events.index("paint") < events.index("count")
        total = reg.issue_count(demo_db, reg.IssueFilter(territory_id=region, search=word))
        qtbot.waitUntil(lambda total=total: f": {total} (" in page.count_label.text())
    page.table.viewport().removeEventFilter(watch)

    page.window().show_page(HomePage)  # the register is not shown: nothing to wait for
    events.clear()
    page.set_filter(reg.IssueFilter(territory_id=region))
    qtbot.waitUntil(lambda: events == ["count"], timeout=400)  # within the wait for a paint that never comes
    total = reg.issue_count(demo_db, reg.IssueFilter(territory_id=region))
    qtbot.waitUntil(lambda: f": {total} (" in page.count_label.text())


def test_the_words_searched_for_are_marked_in_the_issue_text_and_only_then(page, qtbot):
    def marked_pixels() -> int:
        QApplication.processEvents()
        image = page.table.viewport().grab().toImage()
        left = page.table.columnViewportPosition(2)
        mark = QColor(MARK).rgb()
        return sum(image.pixel(x, y) == mark for x in range(left, left + page.table.columnWidth(2), 2)
                   for y in range(0, min(image.height(), 300), 2))

    region = page.state.region_id
    page.set_filter(reg.IssueFilter(territory_id=region, search="газ"))
    assert page.model.rowCount() > 0 and marked_pixels() > 20
    page.set_filter(reg.IssueFilter(territory_id=region))
    assert page.model.rowCount() > 0 and marked_pixels() == 0
    page.search.setText("газ")  # typed, then a pause: the list searches and marks
    qtbot.waitUntil(lambda: page.model.filter.search == "газ")
    assert marked_pixels() > 20


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_on_a_laptop_screen_the_issue_text_is_the_widest_column_and_every_header_is_whole(demo_db, qtbot, tmp_path,
                                                                                          lang):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    win = create_main_window(demo_db, lang)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.show_page(RegisterPage)
    QApplication.processEvents()
    table, header = page.table, page.table.horizontalHeader()
    widths = [table.columnWidth(c) for c in range(page.model.columnCount())]
    assert widths[2] == max(widths) and widths[2] >= 200, widths  # 70-120 pixels before, the names 150-180
    assert all(widths[c] >= header.sectionSizeHint(c) for c in range(len(widths)) if c != 2)


def test_a_column_width_the_user_sets_comes_back_in_the_next_window(window, page, demo_db, qtbot):
    """Widths are written once the sections stop moving (not on every filter: the stretched text column
    resizes with each page), a change of language keeps them, and the next window opens with them."""
    page.table.setColumnWidth(4, 233)
    page.table.setColumnWidth(4, 234)  # a drag resizes many times; the last width is the one kept
    window.set_language("kk")
    window.set_language("ru")
    assert page.table.columnWidth(4) == 234
    qtbot.waitUntil(lambda: QSettings().value("columns/RegisterPage/ru") is not None)
    qtbot.wait(600)  # anything the window would still write, written
    window.close()
    again = create_main_window(demo_db, "ru")
    qtbot.addWidget(again)
    again.show()
    again.show_page(RegisterPage)
    assert again.page(RegisterPage).table.columnWidth(4) == 234

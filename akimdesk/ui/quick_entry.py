"""Quick entry of several issues raised at one meeting, typed in while the meeting is being logged.

The meetings page opens it with `open_quick_entry(parent, state, meeting_id, undo_stack)`.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from ..services import register as service
from ..services import register_changes as changes
from ..services.register_changes import COMPETENCE_LEVELS, IssueDraft, RegisterError
from .dates import from_qdate, to_qdate
from .fit import share_columns
from .labels import competence_name
from .labels import issue_refusal_text as refusal_text
from .register_bulk import choice_name
from .state import AppState

TEXT, CATEGORY, LEVEL, BODY, DEADLINE, CITIZEN, CONTACT = range(7)
COLUMN_WIDTHS = ((CATEGORY, 170), (LEVEL, 130), (BODY, 220), (DEADLINE, 110), (CITIZEN, 150), (CONTACT, 130))
TEXT_AT_LEAST = 280  # pixels for the issue's text, the row's main cell


class QuickEntryDialog(QDialog):
    """A grid: one row per issue. All rows are saved together; a refused row is marked, nothing is lost."""

    def __init__(self, parent, state: AppState, meeting_id: uuid.UUID | None = None, rows: int = 5):
        super().__init__(parent)
        self.state = state
        self.saved_ids: list[uuid.UUID] = []
        db = state.database
        self.setWindowTitle(self.tr("Issues raised at a meeting"))
        self.meeting = QComboBox()
        self.meeting.setMinimumContentsLength(50)
        meetings = changes.recent_meetings(db, state.region_id)
        if meeting_id is not None and all(m.id != meeting_id for m in meetings):
            meetings.insert(0, changes.meeting_info(db, meeting_id))
        for m in meetings:
            akim = m.akim_kk if state.language == "kk" else m.akim_ru
            where = m.unit_kk if state.language == "kk" else m.unit_ru
            self.meeting.addItem(f"{m.date.strftime('%d.%m.%Y')} · {akim} · {where}", str(m.id))
        if meeting_id is not None:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(str(meeting_id))))
        self.meeting.setEnabled(meeting_id is None)

        self.categories = [(choice_name(state, c), str(c.id)) for c in service.categories(db)]
        self.bodies = [(choice_name(state, c), str(c.id)) for c in service.bodies(db, state.region_id)]
        self.grid = QTableWidget(0, 7)
        self.grid.setHorizontalHeaderLabels([
            self.tr("Issue"), self.tr("Category"), self.tr("Competence level"), self.tr("Responsible body"),
            self.tr("Deadline"), self.tr("Citizen"), self.tr("Contact")])
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self._share_columns()
        self.grid.verticalHeader().setDefaultSectionSize(self.grid.fontMetrics().height() + 14)
        for _ in range(rows):
            self.add_row()

        self.add_button = QPushButton(self.tr("&Add row"))
        self.add_button.clicked.connect(self.add_row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        hint = QLabel(self.tr("Empty rows are skipped. Citizens' names and contacts are personal data: they are "
                              "masked in every export unless you include them."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Meeting:")))
        top.addWidget(self.meeting, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(hint, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1200, 480)

    def _share_columns(self) -> None:
        """The choice columns at their widths where the dialog has room; on a narrower screen they give way, the
        widest first, so the issue's text keeps `TEXT_AT_LEAST` pixels (at 983 px it had kept 36)."""
        share_columns(self.grid, list(COLUMN_WIDTHS), self.grid.viewport().width() - TEXT_AT_LEAST)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_columns()

    def add_row(self) -> int:
        r = self.grid.rowCount()
        self.grid.insertRow(r)
        self.grid.setCellWidget(r, TEXT, QLineEdit())
        category = QComboBox()
        category.addItem("—", None)
        for text, data in self.categories:
            category.addItem(text, data)
        self.grid.setCellWidget(r, CATEGORY, category)
        level = QComboBox()
        for lv in COMPETENCE_LEVELS:
            level.addItem(competence_name(lv), lv)
        level.setCurrentIndex(1)  # district: most issues are the district akimat's
        self.grid.setCellWidget(r, LEVEL, level)
        body = QComboBox()
        body.addItem("—", None)
        for text, data in self.bodies:
            body.addItem(text, data)
        self.grid.setCellWidget(r, BODY, body)
        deadline = QDateEdit(to_qdate(dt.date.today() + dt.timedelta(days=30)))
        deadline.setCalendarPopup(True)
        deadline.setDisplayFormat("dd.MM.yyyy")
        self.grid.setCellWidget(r, DEADLINE, deadline)
        self.grid.setCellWidget(r, CITIZEN, QLineEdit())
        self.grid.setCellWidget(r, CONTACT, QLineEdit())
        return r

    def cell(self, row: int, col: int):
        return self.grid.cellWidget(row, col)

    def filled_rows(self) -> list[int]:
        return [r for r in range(self.grid.rowCount())
                if any(self.cell(r, c).text().strip() for c in (TEXT, CITIZEN, CONTACT))]

    def drafts(self) -> list[IssueDraft]:
        info = changes.meeting_info(self.state.database, uuid.UUID(self.meeting.currentData()))
        out = []
        for r in self.filled_rows():
            category, body = self.cell(r, CATEGORY).currentData(), self.cell(r, BODY).currentData()
            out.append(IssueDraft(
                text=self.cell(r, TEXT).text(), territory_id=info.territory_id, raised_on=info.date,
                meeting_id=info.id, citizen_name=self.cell(r, CITIZEN).text(),
                citizen_contact=self.cell(r, CONTACT).text(), category_id=uuid.UUID(category) if category else None,
                competence_level=self.cell(r, LEVEL).currentData(),
                responsible_body_id=uuid.UUID(body) if body else None,
                deadline=from_qdate(self.cell(r, DEADLINE).date())))
        return out

    def save(self) -> None:
        if self.meeting.currentData() is None:
            self.error.setText(self.tr("Choose the meeting the issues were raised at."))
            return
        rows = self.filled_rows()
        if not rows:
            self.error.setText(self.tr("Type at least one issue."))
            return
        for r in range(self.grid.rowCount()):
            self.cell(r, TEXT).setStyleSheet("")
        try:
            self.saved_ids = changes.create_issues(self.state.database, self.drafts())
        except changes.RowsRefused as refused:
            lines = []
            for i, problems in refused.rows.items():
                self.cell(rows[i], TEXT).setStyleSheet("border: 2px solid #b00020")
                lines.append(self.tr("Row %1: %2").replace("%1", str(rows[i] + 1))
                             .replace("%2", " ".join(refusal_text(p) for p in problems)))
            self.error.setText("\n".join(lines) + "\n" + self.tr("Nothing was saved; correct the rows and save again."))
            return
        except RegisterError as err:
            self.error.setText(refusal_text(err))
            return
        self.accept()


class AddIssuesCommand(QUndoCommand):
    """Issues saved by quick entry, on the undo stack: undo removes them, redo adds them again."""

    def __init__(self, state: AppState, ids: list[uuid.UUID], drafts: list[IssueDraft]):
        super().__init__(QCoreApplication.translate("RegisterPage", "Add %1 issue(s)").replace("%1", str(len(ids))))
        self.state, self.ids, self.drafts = state, ids, drafts
        self.seen = changes.issue_versions(state.database, ids)  # what undo goes over, never others' work
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ids = changes.create_issues(self.state.database, self.drafts)
        self.seen = changes.issue_versions(self.state.database, self.ids)
        self.state.data_changed.emit()

    def undo(self) -> None:
        try:
            changes.delete_issues(self.state.database, self.seen)
        except RegisterError as err:  # someone worked on one of them since: nothing is removed
            self.setObsolete(True)
            QMessageBox.warning(None, QCoreApplication.translate("RegisterPage", "Cannot undo"), refusal_text(err))
        self.state.data_changed.emit()


def open_quick_entry(parent, state: AppState, meeting_id: uuid.UUID | None = None,
                     undo_stack: QUndoStack | None = None) -> list[uuid.UUID]:
    """Let the user type several issues of a meeting; returns the ids saved (empty when cancelled)."""
    dialog = QuickEntryDialog(parent, state, meeting_id)
    if not dialog.exec() or not dialog.saved_ids:
        return []
    if undo_stack is not None:
        undo_stack.push(AddIssuesCommand(state, dialog.saved_ids, dialog.drafts()))
    state.data_changed.emit()
    return dialog.saved_ids

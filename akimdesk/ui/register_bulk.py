"""Bulk changes of the register (status, responsible body) as dialogs and undoable commands."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..services import register as service
from ..services import register_changes as changes
from ..services.register_changes import DEADLINE_EXTENDED, RegisterError
from .dates import from_qdate, to_qdate
from .labels import competence_name
from .state import AppState


def choice_name(state: AppState, choice) -> str:
    if state.language == "kk":
        return choice.name_kk or choice.name_ru
    if state.language == "en" and choice.name_en:
        return choice.name_en
    return choice.name_ru


class _BulkDialog(QDialog):
    """A note for every chosen issue is required; OK stays disabled until there is one."""

    def __init__(self, parent, state: AppState, count: int):
        super().__init__(parent)
        self.state = state
        self.form = QFormLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.on = QDateEdit(to_qdate(dt.date.today()))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd.MM.yyyy")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._validate)
        self.count = count

    def _finish(self) -> None:
        self.form.addRow(self.tr("&Date:"), self.on)
        self.form.addRow(self.tr("&Note for each issue:"), self.note)
        self._validate()
        self.resize(560, self.sizeHint().height())

    def _validate(self) -> None:
        self.ok.setEnabled(bool(self.note.toPlainText().strip()))


class BulkStatusDialog(_BulkDialog):
    def __init__(self, parent, state: AppState, count: int):
        super().__init__(parent, state, count)
        self.setWindowTitle(self.tr("Change status"))
        self.heading.setText(self.tr("New status for %1 chosen issue(s). Each gets the note in its history; "
                                     "an outcome status closes the issue.").replace("%1", str(count)))
        self.status = QComboBox()
        for c in service.statuses(state.database):
            self.status.addItem(choice_name(state, c), c.code)
        self.deadline = QDateEdit(to_qdate(dt.date.today() + dt.timedelta(days=30)))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("New &deadline:"), self.deadline)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._finish()
        self._status_changed()

    def _status_changed(self) -> None:
        self.deadline.setEnabled(self.status.currentData() == DEADLINE_EXTENDED)

    def values(self) -> dict:
        code = self.status.currentData()
        return {"status_code": code, "note": self.note.toPlainText().strip(), "on": from_qdate(self.on.date()),
                "new_deadline": from_qdate(self.deadline.date()) if code == DEADLINE_EXTENDED else None,
                "label": self.status.currentText()}


class BulkBodyDialog(_BulkDialog):
    def __init__(self, parent, state: AppState, count: int):
        super().__init__(parent, state, count)
        self.setWindowTitle(self.tr("Change responsible body"))
        self.heading.setText(self.tr("Route %1 chosen issue(s) to another responsible body. Each gets the note "
                                     "in its history.").replace("%1", str(count)))
        self.body = QComboBox()
        self.body.setMinimumContentsLength(40)
        for c in service.bodies(state.database, state.region_id):
            self.body.addItem(f"{choice_name(state, c)} ({competence_name(c.level or '')})", str(c.id))
        self.form.addRow(self.tr("Responsible &body:"), self.body)
        self._finish()

    def values(self) -> dict:
        return {"body_id": uuid.UUID(self.body.currentData()), "note": self.note.toPlainText().strip(),
                "on": from_qdate(self.on.date()), "label": self.body.currentText()}


class BulkCommand(QUndoCommand):
    """A bulk change on the window's undo stack: `perform()` does it first, undo and redo follow."""

    def __init__(self, state: AppState, kind: str, seen: dict[uuid.UUID, int], values: dict,
                 on_refused: Callable[[RegisterError], None]):
        label = values.pop("label", "")
        if kind == "status":
            text = QCoreApplication.translate("RegisterPage", "Status «%1» for %2 issue(s)")
        else:
            text = QCoreApplication.translate("RegisterPage", "Responsible body «%1» for %2 issue(s)")
        super().__init__(text.replace("%1", label).replace("%2", str(len(seen))))
        self.state, self.kind, self.seen, self.values = state, kind, seen, values
        self.on_refused = on_refused
        self.change: changes.BulkChange | None = None
        self._performed = False

    def perform(self) -> None:
        db, author = self.state.database, self.state.database.actor
        if self.kind == "status":
            self.change = changes.bulk_set_status(db, self.seen, self.values["status_code"], self.values["note"],
                                                  author, on=self.values["on"], new_deadline=self.values["new_deadline"])
        else:
            self.change = changes.bulk_set_body(db, self.seen, self.values["body_id"], self.values["note"], author,
                                                on=self.values["on"])
        self._performed = True
        self.state.data_changed.emit()

    def redo(self) -> None:
        if self._performed:  # pushed right after perform(): already done
            return
        try:
            self.perform()
        except RegisterError as err:
            self.setObsolete(True)
            self.on_refused(err)

    def undo(self) -> None:
        if self.change is None:
            return
        try:
            self.seen = changes.undo_bulk(self.state.database, self.change)  # redo goes over these
        except RegisterError as err:
            self.setObsolete(True)
            self.on_refused(err)
            return
        self._performed = False
        self.state.data_changed.emit()

"""The directory's 'Dates…' dialog: when a unit was established and when it was retired (both optional)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from ..services import directory as service
from ..services.directory import DirectoryEditError
from .conflict_dialog import tell_changed


class UnitDatesDialog(QDialog):
    def __init__(self, parent, name: str, established_on: dt.date | None, retired_on: dt.date | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dates of %1").replace("%1", name))
        form = QFormLayout()
        self.fields = {}
        for key, label, value in (("established", self.tr("&Established on:"), established_on),
                                  ("retired", self.tr("&Retired on:"), retired_on)):
            known, edit = QCheckBox(), QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate(value) if value else QDate.currentDate())
            known.setChecked(value is not None)
            edit.setEnabled(value is not None)
            known.toggled.connect(edit.setEnabled)
            known.toggled.connect(self._validate)
            edit.dateChanged.connect(self._validate)
            row = QVBoxLayout()
            row.addWidget(known)
            row.addWidget(edit)
            form.addRow(label, row)
            label_widget = form.labelForField(row)
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(known)
            self.fields[key] = (known, edit)
        self.fields["established"][0].setText(self.tr("known (empty: existed before)"))
        self.fields["retired"][0].setText(self.tr("retired"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._validate()

    def values(self) -> tuple[dt.date | None, dt.date | None]:
        out = []
        for key in ("established", "retired"):
            known, edit = self.fields[key]
            out.append(edit.date().toPython() if known.isChecked() else None)
        return out[0], out[1]

    def _validate(self) -> None:
        established, retired = self.values()
        bad = bool(established and retired and retired <= established)
        self.problem.setText(self.tr("A unit is retired after the day it was established.") if bad else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not bad)


class DatesCommand(QUndoCommand):
    """Set a unit's two days; undo puts the old ones back."""

    def __init__(self, page, unit_id: uuid.UUID, name: str, old: tuple, new: tuple, version: int):
        super().__init__(QCoreApplication.translate("DirectoryPage", "Dates of %1").replace("%1", name))
        self.page, self.unit_id, self.old, self.new, self.version = page, unit_id, old, new, version

    def _apply(self, values: tuple) -> None:
        """Over the version the dialog showed (then this edit's); one changed meanwhile: who and when."""
        version = self.page.left.get(self.unit_id, self.version)  # a later edit of the unit moved it on
        try:
            self.version = self.page.left[self.unit_id] = service.set_unit_dates(
                self.page.state.database, self.unit_id, *values, version)
        except DirectoryEditError as refused:
            if refused.code != "changed_since":
                raise
            self.setObsolete(True)
            tell_changed(self.page, refused)
        self.page.state.data_changed.emit()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

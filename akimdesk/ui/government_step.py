"""The Government's calendar step: which regions' approved calendars arrived by 20 January, and their
submission to the Presidential Administration by 1 February — with the deadline banner and the findings
a region's own steps have."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..services import calendar_government as service
from ..services.access import Role
from . import permissions
from .calendar_dialogs import FormDialog
from .dates import date_edit, from_qdate


def _day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def refusal_text(exc: service.WorkflowError) -> str:
    texts = {
        "outgoing_number": QCoreApplication.translate(
            "GovernmentStep", "Give the outgoing number of the letter to the Presidential Administration."),
        "already_recorded": QCoreApplication.translate(
            "GovernmentStep", "The submission of this year's calendars is already recorded."),
        "nothing_arrived": QCoreApplication.translate(
            "GovernmentStep", "No region's approved calendar for this year has arrived: nothing to submit."),
        "before_arrival": QCoreApplication.translate(
            "GovernmentStep", "The calendars cannot be submitted before they arrived."),
    }
    return texts.get(exc.code, str(exc))


def banner(view: service.GovernmentView, today: dt.date) -> tuple[str, str]:
    """(text, background) of the deadline banner: the same rule as a region's approval and submission."""
    due = view.administration_deadline
    if view.administration_on is not None:
        return "", ""
    if today <= due and (due - today).days <= 45:
        return QCoreApplication.translate(
            "GovernmentStep", "Send the regions' approved calendars to the Presidential Administration by %1: "
            "%2 day(s) left.").replace("%1", _day(due)).replace("%2", str((due - today).days)), "#fff4ce"
    if today > due:
        return QCoreApplication.translate(
            "GovernmentStep", "The regions' calendars were due at the Presidential Administration on %1 and are "
            "not recorded as sent.").replace("%1", _day(due)), "#f8d0cc"
    return "", ""


class AdministrationDialog(FormDialog):
    def __init__(self, parent):
        super().__init__(parent, self.tr("Submission to the Presidential Administration"))
        self.on = date_edit()
        self.reference = QLineEdit()
        self.form.addRow(self.tr("Sent &on:"), self.on)
        self.form.addRow(self.tr("Outgoing &number:"), self.reference)


class GovernmentDialog(QDialog):
    def __init__(self, parent, db, year: int, lang: str, today: dt.date | None = None):
        super().__init__(parent)
        self.db, self.year, self.lang, self.today = db, year, lang, today or dt.date.today()
        self.setWindowTitle(self.tr("Regions' calendars for %1").replace("%1", str(year)))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels([self.tr("Region"), self.tr("Approved on"), self.tr("Sent on"),
                                              self.tr("In time")])
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("&Submitted to the Presidential Administration…"))
        self.submit_button.clicked.connect(self.record_submission)
        permissions.restrict_widgets(db, [(self.submit_button, Role.PLANNER)])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.submit_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (self.banner, self.status, self.table):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Findings:")))
        layout.addWidget(self.findings)
        layout.addLayout(bar)
        self.resize(820, 640)
        self.refresh()

    def refresh(self) -> None:
        view = service.government_view(self.db, self.year)
        text, colour = banner(view, self.today)
        self.banner.setText(text)
        self.banner.setStyleSheet(f"background: {colour}; padding: 6px; border-radius: 3px;")
        self.banner.setVisible(bool(text))
        arrived = sum(1 for r in view.regions if r.sent_on)
        status = self.tr("Arrived: %1 of %2 regions.").replace("%1", str(arrived)).replace("%2", str(len(view.regions)))
        if view.administration_on:
            status += " " + self.tr("Sent to the Presidential Administration on %1, No. %2.").replace(
                "%1", _day(view.administration_on)).replace("%2", view.administration_reference or "")
        self.status.setText(status)
        self.submit_button.setEnabled(view.administration_on is None)
        self.table.setRowCount(len(view.regions))
        for i, r in enumerate(view.regions):
            on_time = self.tr("yes") if r.in_time else (self.tr("late") if r.sent_on else self.tr("not arrived"))
            for j, value in enumerate((r.name_kk if self.lang == "kk" else r.name_ru, _day(r.approved_on),
                                       _day(r.sent_on), on_time)):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.findings.clear()
        self.findings.addItems([v.message(self.lang) for v in view.violations])
        if not view.violations:
            self.findings.addItem(self.tr("The Government's step is complete."))

    def record_submission(self) -> None:
        dialog = AdministrationDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                service.record_administration_submission(self.db, self.year, from_qdate(dialog.on.date()),
                                                         dialog.reference.text())
            except service.WorkflowError as exc:
                dialog.show_refusal(refusal_text(exc))
                continue
            self.refresh()
            return

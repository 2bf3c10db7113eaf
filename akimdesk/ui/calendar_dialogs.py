"""Dialogs of the Calendar page: a planned meeting, the maslikhat, approval, submission, correction,
comparison of versions, and the decree editions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
)

from ..services import calendar as service
from ..services import calendar_decree as decree
from .conflict_dialog import tell_changed
from .dates import date_edit, from_qdate
from .labels import level_name


class FormDialog(QDialog):
    """A form with OK/Cancel and a line for the reason OK is refused; typed text is never lost."""

    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_refusal(self, message: str) -> None:
        self.error.setText(message)


class PlannedMeetingDialog(FormDialog):
    def __init__(self, parent, db, region_id, year: int, lang: str, fields: service.MeetingFields | None = None):
        super().__init__(parent, self.tr("Planned meeting") if fields else self.tr("New planned meeting"))
        self.db, self.lang, self.year = db, lang, year
        self.organizer = QComboBox()
        self.target = QComboBox()
        for u in service.organizer_choices(db, region_id):
            self.organizer.addItem("    " * u.depth + (u.name_kk if lang == "kk" else u.name_ru), u.id)
        self.date = date_edit(fields.date if fields else dt.date(year, 2, 1) if dt.date.today().year != year
                              else dt.date.today())
        self.date.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(120)
        self.minutes.setSuffix(" " + self.tr("min"))
        self.venue = QLineEdit()
        self.topic = QLineEdit()
        self.form.addRow(self.tr("&Akim:"), self.organizer)
        self.form.addRow(self.tr("&Where:"), self.target)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("&Time:"), self.time)
        self.form.addRow(self.tr("D&uration:"), self.minutes)
        self.form.addRow(self.tr("&Venue:"), self.venue)
        self.form.addRow(self.tr("T&opic:"), self.topic)
        self.organizer.currentIndexChanged.connect(self._load_targets)
        self.lineage_id = None
        if fields:
            self.organizer.setCurrentIndex(max(0, self.organizer.findData(fields.organizer_id)))
            self.organizer.setEnabled(False)
            self._load_targets()
            self.target.setCurrentIndex(max(0, self.target.findData(fields.target_id)))
            if fields.start:
                self.time.setTime(QTime(fields.start.hour, fields.start.minute))
            self.minutes.setValue(fields.minutes)
            self.venue.setText(fields.venue)
            self.topic.setText(fields.topic)
            self.lineage_id = fields.lineage_id
        else:
            self._load_targets()
        self.resize(560, self.sizeHint().height())

    def _load_targets(self) -> None:
        organizer = self.organizer.currentData()
        self.target.clear()
        if organizer is None:
            return
        for u in service.target_choices(self.db, organizer):
            label = u.name_kk if self.lang == "kk" else u.name_ru
            self.target.addItem("    " * u.depth + f"{label} ({level_name(u.level)})", u.id)
        self.target.setCurrentIndex(1 if self.target.count() > 1 else 0)

    def fields(self) -> service.MeetingFields:
        t = self.time.time()
        return service.MeetingFields(
            self.organizer.currentData(), self.target.currentData(), from_qdate(self.date.date()),
            dt.time(t.hour(), t.minute()), self.minutes.value(), self.venue.text().strip(),
            self.topic.text().strip(), self.lineage_id)


class MaslikhatDialog(FormDialog):
    def __init__(self, parent, mode: str):
        title = self.tr("Maslikhat's agreement") if mode == "agreement" else self.tr("Notice to the maslikhat")
        super().__init__(parent, title)
        self.reference = QLineEdit()
        self.on = date_edit()
        label = self.tr("Decision &number:") if mode == "agreement" else self.tr("Notice &number:")
        self.form.addRow(label, self.reference)
        self.form.addRow(self.tr("&Date:"), self.on)


class ApproveDialog(FormDialog):
    def __init__(self, parent):
        super().__init__(parent, self.tr("Approve the calendar"))
        self.on = date_edit()
        self.by = QLineEdit()
        self.form.addRow(self.tr("Approved &on:"), self.on)
        self.form.addRow(self.tr("Approved &by:"), self.by)


class SubmitDialog(FormDialog):
    def __init__(self, parent):
        super().__init__(parent, self.tr("Submission to the Government"))
        self.on = date_edit()
        self.reference = QLineEdit()
        self.form.addRow(self.tr("Sent &on:"), self.on)
        self.form.addRow(self.tr("Outgoing &number:"), self.reference)


class CorrectionDialog(FormDialog):
    def __init__(self, parent):
        super().__init__(parent, self.tr("Correction of the calendar"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why the calendar changes (this goes to the maslikhat)"))
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.resize(560, 260)


class PlannerDialog(FormDialog):
    def __init__(self, parent):
        super().__init__(parent, self.tr("Propose calendar"))
        note = QLabel(self.tr(
            "Every akim of the region gets the field meetings the decree requires in every unit and period, "
            "on working days, spread across each period. Meetings already in the draft are kept."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.per_day = QSpinBox()
        self.per_day.setRange(1, 4)
        self.form.addRow(self.tr("Field meetings per akim per &day, at most:"), self.per_day)


class CompareDialog(QDialog):
    def __init__(self, parent, db, region_id, year: int, numbers: list[int], lang: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        self.db, self.region_id, self.year, self.lang = db, region_id, year, lang
        self.first, self.second = QComboBox(), QComboBox()
        for n in numbers:
            self.first.addItem(self.tr("Version %1").replace("%1", str(n)), n)
            self.second.addItem(self.tr("Version %1").replace("%1", str(n)), n)
        self.first.setCurrentIndex(max(0, len(numbers) - 2))
        self.second.setCurrentIndex(len(numbers) - 1)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Akim"), self.tr("Where"), self.tr("Was"),
                                              self.tr("Now")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.second)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.first.currentIndexChanged.connect(self.refresh)
        self.second.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.resize(900, 520)

    def refresh(self) -> None:
        rows = service.compare(self.db, self.region_id, self.year, self.first.currentData(), self.second.currentData())
        names = {"added": self.tr("Added"), "removed": self.tr("Removed"), "moved": self.tr("Moved")}
        kk = self.lang == "kk"
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [names[r.change], r.akim_kk if kk else r.akim_ru, r.unit_kk if kk else r.unit_ru,
                     r.before.strftime("%d.%m.%Y") if r.before else "", r.after.strftime("%d.%m.%Y") if r.after else ""]
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        counts = {k: sum(1 for r in rows if r.change == k) for k in names}
        self.summary.setText(self.tr("Added: %1, removed: %2, moved: %3").replace("%1", str(counts["added"]))
                             .replace("%2", str(counts["removed"])).replace("%3", str(counts["moved"])))


class WorkingDaysDialog(QDialog):
    """The akimat's table of extra days off and transferred working days (the holidays list knows only
    public holidays, and the Government's transfers only for past years)."""

    def __init__(self, parent, db, lang: str):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setWindowTitle(self.tr("Extra days off and working days"))
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Name")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.day = date_edit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Day off"), False)
        self.kind.addItem(self.tr("Working day (transferred)"), True)
        self.name_ru = QLineEdit()
        self.name_kk = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Name in &Russian:"), self.name_ru)
        form.addRow(self.tr("Name in K&azakh:"), self.name_kk)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Add or change"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = buttons.addButton(self.tr("&Remove"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.refresh()
        self.resize(620, 520)

    def refresh(self) -> None:
        rows = decree.day_overrides(self.db)
        self.seen = {r.day: r.row_version for r in rows}  # what a change goes over
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = (r.name_kk or r.name_ru) if self.lang == "kk" else (r.name_ru or r.name_kk)
            kind = self.tr("Working day (transferred)") if r.is_working else self.tr("Day off")
            for j, text in enumerate((r.day.strftime("%d.%m.%Y"), kind, name)):
                item = QTableWidgetItem(text)
                item.setData(256, r.day)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def _over_seen(self, change) -> None:
        """A day someone else added, changed or removed since the list was read: who and when, then theirs."""
        try:
            change()
        except decree.WorkflowError as refused:
            if refused.code not in ("changed_since", "day_gone"):
                raise
            tell_changed(self, refused)
        self.refresh()

    def add(self) -> None:
        day = from_qdate(self.day.date())
        self._over_seen(lambda: decree.set_day_override(self.db, day, self.kind.currentData(), self.name_ru.text(),
                                                        self.name_kk.text(), self.seen.get(day)))

    def remove(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            day = item.data(256)
            self._over_seen(lambda: decree.remove_day_override(self.db, day, self.seen[day]))

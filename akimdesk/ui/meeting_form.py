"""The meeting form: what happened at a meeting, with the decree's checks live beside it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QTime, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import exports as exports_service
from ..services import meetings as service
from ..services.access import Role
from ..services.exports import ReportError
from ..services.meetings import (
    CATEGORIES,
    CHANNELS,
    KINDS,
    TRANSITIONS,
    AttachmentError,
    MeetingError,
    MeetingRecord,
)
from . import conflict_dialog, permissions
from .dates import date_edit, from_qdate, to_qdate
from .flow import FlowRow
from .labels import attachment_kind_name, category_name, channel_name, check_colour, off_calendar_name
from .labels import meeting_refusal_text as refusal_text
from .labels import meeting_status_name as status_name


def optional_spin(maximum: int = 100000) -> QSpinBox:
    """A number that may be unknown: the lowest value shows as a dash and means 'not recorded'."""
    spin = QSpinBox()
    spin.setRange(-1, maximum)
    spin.setSpecialValueText("—")
    spin.setValue(-1)
    return spin


def spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()


class MeetingForm(QDialog):
    def __init__(self, parent, db, meeting_id: str, lang: str, state=None, undo_stack=None):
        super().__init__(parent)
        self.db, self.meeting_id, self.lang = db, meeting_id, lang
        self.state, self.undo_stack = state, undo_stack  # for entering the issues raised
        self.header, record = service.load(db, meeting_id)
        self.row_version = self.header.row_version
        self.opened_state = service.snapshot(db, meeting_id)  # what undo puts back
        self.changed, self.reload_requested, self.resolve_conflict = False, False, conflict_dialog.resolve
        kk = lang == "kk"
        self.setWindowTitle(self.tr("Meeting: %1").replace("%1", self.header.unit_kk if kk else self.header.unit_ru))
        title = QLabel(f"<b>{self.header.akim_kk if kk else self.header.akim_ru}</b> — "
                       f"{self.header.unit_kk if kk else self.header.unit_ru}")
        self.status_label = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.tabs = QTabWidget()
        for widget, text in ((self._build_meeting_tab(record), self.tr("Meeting")),
                             (self._build_agenda_tab(record), self.tr("Agenda")),
                             (self._build_people_tab(record), self.tr("Participants")),
                             (self._build_media_tab(record), self.tr("Announcements and broadcast")),
                             (self._build_results_tab(record), self.tr("Results")),
                             (self._build_files_tab(), self.tr("Attachments"))):
            self.tabs.addTab(widget, text)
        self.checks = QListWidget()
        self.checks.setWordWrap(True)
        self.checks.setMinimumWidth(280)
        self._build_layout(title, self._build_status_row())
        self._show_status()
        permissions.restrict_widgets(db, [*((b, Role.SECRETARY) for b in (
            self.save_button, self.print_button, self.pdf_button, *self.status_buttons.values())),
            (self.issues_button, Role.REGISTER)])
        self.resize(1080, 640)

    # --- sections ---------------------------------------------------------------------------
    def _build_meeting_tab(self, record: MeetingRecord) -> QWidget:
        self.date = date_edit(record.meeting_date)
        if self.header.year_locked:
            self.date.setDateRange(QDate(self.header.year_locked, 1, 1), QDate(self.header.year_locked, 12, 31))
        self.start, self.end = QTimeEdit(), QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        start = record.start_time or dt.time(10, 0)
        self.start.setTime(QTime(start.hour, start.minute))
        end = record.end_time or (dt.datetime.combine(record.meeting_date, start)
                                  + dt.timedelta(minutes=record.planned_minutes or 120)).time()
        self.end.setTime(QTime(end.hour, end.minute))
        self.venue = QLineEdit(record.venue)
        self.planned, self.report, self.qa = optional_spin(600), optional_spin(600), optional_spin(600)
        self.attendance, self.collected = optional_spin(), optional_spin()
        for spin, value in ((self.planned, record.planned_minutes), (self.report, record.report_minutes),
                            (self.qa, record.qa_minutes), (self.attendance, record.attendance_count),
                            (self.collected, record.questions_collected)):
            spin.setValue(-1 if value is None else value)
        self.channel = QLineEdit(record.questions_channel)
        self.video = QCheckBox(self.tr("Video conference held"))
        self.video.setChecked(record.video_conference)
        main = QWidget()
        form = QFormLayout(main)
        form.addRow(self.tr("&Date:"), self.date)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("—"))
        times.addWidget(self.end)
        times.addStretch(1)
        time_label = QLabel(self.tr("&Time:"))
        time_label.setBuddy(self.start)  # a row holding a layout gets no buddy by itself: '&' would show
        form.addRow(time_label, times)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("&Planned, min:"), self.planned)
        form.addRow(self.tr("&Report, min:"), self.report)
        form.addRow(self.tr("&Questions and answers, min:"), self.qa)
        form.addRow(self.tr("&Attendance:"), self.attendance)
        form.addRow(self.tr("Questions collected &beforehand:"), self.collected)
        form.addRow(self.tr("Collected &through:"), self.channel)
        form.addRow("", self.video)
        return main

    def _build_agenda_tab(self, record: MeetingRecord) -> QWidget:
        self.agenda = QTableWidget(0, 4)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for title_, speaker, minutes, is_report in record.agenda:
            self._agenda_row(title_, speaker, minutes, is_report)
        agenda_tab = QWidget()
        agenda_box = QVBoxLayout(agenda_tab)
        agenda_box.addWidget(self.agenda)
        agenda_buttons = QHBoxLayout()
        for name, text, slot in (
                ("agenda_add", self.tr("Add item"), lambda: self._agenda_row("", "", None, False)),
                ("agenda_remove", self.tr("Remove"), lambda: self.agenda.removeRow(self.agenda.currentRow())),
                ("agenda_up", self.tr("Up"), lambda: self._move(-1)), ("agenda_down", self.tr("Down"), lambda: self._move(1)),
                ("agenda_template", self.tr("Fill from the template"), self._template)):
            button = QPushButton(text)
            button.setObjectName(name)  # its tooltip is found by this name (tooltips.py)
            button.clicked.connect(slot)
            agenda_buttons.addWidget(button)
        agenda_buttons.addStretch(1)
        agenda_box.addLayout(agenda_buttons)
        # reorder from the keyboard too: Ctrl+Up / Ctrl+Down move the chosen item
        for keys, offset in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.agenda)
            shortcut.activated.connect(lambda offset=offset: self._move(offset))
        return agenda_tab

    def _build_people_tab(self, record: MeetingRecord) -> QWidget:
        people = QWidget()
        grid = QGridLayout(people)
        self.counts: dict[str, QSpinBox] = {}
        self.names: dict[str, QLineEdit] = {}
        for row, category in enumerate(CATEGORIES):
            count, names = record.participants.get(category, (0, ""))
            spin = QSpinBox()
            spin.setRange(0, 100000)
            spin.setValue(count)
            line = QLineEdit(names)
            line.setPlaceholderText(self.tr("names (optional)"))
            grid.addWidget(QLabel(category_name(category)), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(line, row, 2)
            self.counts[category], self.names[category] = spin, line
        grid.setRowStretch(len(CATEGORIES), 1)
        return people

    def _build_media_tab(self, record: MeetingRecord) -> QWidget:
        self.announcements = QTableWidget(0, 3)
        self.broadcasts = QTableWidget(0, 3)
        for channel, day, url in record.announcements:
            self._announcement_row(channel, day, url)
        for platform, url, comments in record.broadcasts:
            self._broadcast_row(platform, url, comments)
        media = QWidget()
        media_box = QVBoxLayout(media)
        media_box.addWidget(QLabel(self.tr("Announcements before the meeting:")))
        media_box.addWidget(self.announcements)
        row_buttons = QHBoxLayout()
        add_a = QPushButton(self.tr("Add announcement"))
        add_a.setObjectName("announcement_add")
        add_a.clicked.connect(lambda: self._announcement_row("social", from_qdate(self.date.date()) - dt.timedelta(days=7), ""))
        del_a = QPushButton(self.tr("Remove"))
        del_a.setObjectName("announcement_remove")
        del_a.clicked.connect(lambda: self.announcements.removeRow(self.announcements.currentRow()))
        row_buttons.addWidget(add_a)
        row_buttons.addWidget(del_a)
        row_buttons.addStretch(1)
        media_box.addLayout(row_buttons)
        media_box.addWidget(QLabel(self.tr("Online broadcasts:")))
        media_box.addWidget(self.broadcasts)
        b_buttons = QHBoxLayout()
        add_b = QPushButton(self.tr("Add broadcast"))
        add_b.setObjectName("broadcast_add")
        add_b.clicked.connect(lambda: self._broadcast_row("Instagram", "", True))
        del_b = QPushButton(self.tr("Remove"))
        del_b.setObjectName("broadcast_remove")
        del_b.clicked.connect(lambda: self.broadcasts.removeRow(self.broadcasts.currentRow()))
        b_buttons.addWidget(add_b)
        b_buttons.addWidget(del_b)
        b_buttons.addStretch(1)
        media_box.addLayout(b_buttons)
        return media

    def _build_results_tab(self, record: MeetingRecord) -> QWidget:
        results = QWidget()
        rform = QFormLayout(results)
        self.published = QCheckBox(self.tr("Results published"))
        self.published.setChecked(record.results_published_on is not None)
        self.published_on = date_edit(record.results_published_on or record.meeting_date)
        self.link = QLineEdit(record.results_link)
        self.reception = QCheckBox(self.tr("Personal reception of citizens held with the meeting"))
        self.reception.setChecked(record.personal_reception)
        self.reception_note = QLineEdit(record.personal_reception_note)
        self.summary = QPlainTextEdit(record.summary)
        rform.addRow("", self.published)
        rform.addRow(self.tr("Published &on:"), self.published_on)
        rform.addRow(self.tr("&Link:"), self.link)
        rform.addRow("", self.reception)
        rform.addRow(self.tr("Reception &note:"), self.reception_note)
        rform.addRow(self.tr("&Summary:"), self.summary)
        return results

    def _build_files_tab(self) -> QWidget:
        files = QWidget()
        fbox = QVBoxLayout(files)
        self.files = QListWidget()
        fbox.addWidget(self.files)
        fbuttons = QHBoxLayout()
        add_f = QPushButton(self.tr("Attach a file…"))
        add_f.setObjectName("file_attach")
        add_f.clicked.connect(self._attach)
        open_f = QPushButton(self.tr("Open"))
        open_f.setObjectName("file_open")
        open_f.clicked.connect(self._open_file)
        fbuttons.addWidget(add_f)
        fbuttons.addWidget(open_f)
        fbuttons.addStretch(1)
        fbox.addLayout(fbuttons)
        self._show_files()
        return files

    def _build_status_row(self) -> FlowRow:
        self.status_buttons: dict[str, QPushButton] = {}
        status_row = FlowRow()  # eight buttons: two lines on a narrow screen, not a form wider than it
        status_row.addWidget(self.status_label)
        for status, text in (("announced", self.tr("Announced")), ("held", self.tr("Mark held")),
                             ("results_published", self.tr("Results published")),
                             ("postponed", self.tr("Postpone…")), ("cancelled", self.tr("Cancel the meeting…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, st=status: self.change_status(st))
            status_row.addWidget(button)
            self.status_buttons[status] = button
        status_row.addStretch(1)
        self.issues_button = QPushButton(self.tr("Issues &raised…"))
        self.issues_button.clicked.connect(self.add_issues)
        self.issues_button.setEnabled(self.state is not None)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        for button, act in ((self.print_button, self.print_document), (self.pdf_button, self.save_pdf)):
            menu = QMenu(button)
            for document, text in (("agenda", self.tr("Agenda")), ("attendance", self.tr("Attendance sheet")),
                                   ("minutes", self.tr("Minutes of the meeting"))):
                for lang_code, lang_text in (("ru", "Русский"), ("kk", "Қазақша")):
                    action = menu.addAction(f"{text} — {lang_text}")
                    action.triggered.connect(lambda _=False, d=document, lc=lang_code, a=act: a(d, lc))
            button.setMenu(menu)
        for button in (self.issues_button, self.print_button, self.pdf_button):
            status_row.addWidget(button)
        return status_row

    def _build_layout(self, title: QLabel, status_row: FlowRow) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Decree checks:")))
        side.addWidget(self.checks)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(status_row)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for spin in (self.planned, self.report, self.qa, *self.counts.values()):
            spin.valueChanged.connect(self.update_checks)
        for edit in (self.date, self.published_on):
            edit.dateChanged.connect(self.update_checks)
        self.published.toggled.connect(self.update_checks)

    # --- table rows -------------------------------------------------------------------------
    def _agenda_row(self, title: str, speaker: str, minutes: int | None, is_report: bool) -> None:
        row = self.agenda.rowCount()
        self.agenda.insertRow(row)
        self.agenda.setItem(row, 0, QTableWidgetItem(title))
        self.agenda.setItem(row, 1, QTableWidgetItem(speaker))
        spin = optional_spin(600)
        spin.setValue(-1 if minutes is None else minutes)
        self.agenda.setCellWidget(row, 2, spin)
        box = QCheckBox()
        box.setChecked(is_report)
        self.agenda.setCellWidget(row, 3, box)
        self.agenda.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Speaker"), self.tr("Minutes"),
                                               self.tr("Report")])
        self.agenda.setColumnWidth(0, 380)

    def _agenda_items(self) -> list:
        out = []
        for row in range(self.agenda.rowCount()):
            title = self.agenda.item(row, 0).text() if self.agenda.item(row, 0) else ""
            speaker = self.agenda.item(row, 1).text() if self.agenda.item(row, 1) else ""
            out.append((title, speaker, spin_value(self.agenda.cellWidget(row, 2)),
                        self.agenda.cellWidget(row, 3).isChecked()))
        return out

    def _set_agenda(self, items: list) -> None:
        self.agenda.setRowCount(0)
        for item in items:
            self._agenda_row(*item)

    def _move(self, offset: int) -> None:
        row = self.agenda.currentRow()
        self._set_agenda(service.move_agenda_item(self._agenda_items(), row, offset))
        self.agenda.selectRow(min(max(row + offset, 0), self.agenda.rowCount() - 1))

    def _template(self) -> None:
        minutes = spin_value(self.planned) or 120
        self._set_agenda(service.agenda_template(self.db, self.meeting_id, minutes, self.lang))
        self.report.setValue(self._agenda_items()[0][2])

    def _announcement_row(self, channel: str, day: dt.date, url: str) -> None:
        row = self.announcements.rowCount()
        self.announcements.insertRow(row)
        combo = QComboBox()
        for c in CHANNELS:
            combo.addItem(channel_name(c), c)
        combo.setCurrentIndex(max(0, combo.findData(channel)))
        edit = QDateEdit(to_qdate(day))
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self.update_checks)
        self.announcements.setCellWidget(row, 0, combo)
        self.announcements.setCellWidget(row, 1, edit)
        self.announcements.setItem(row, 2, QTableWidgetItem(url))
        self.announcements.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Date"), self.tr("Link")])
        self.announcements.setColumnWidth(0, 240)
        self.announcements.horizontalHeader().setStretchLastSection(True)
        self.update_checks()

    def _broadcast_row(self, platform: str, url: str, comments: bool) -> None:
        row = self.broadcasts.rowCount()
        self.broadcasts.insertRow(row)
        self.broadcasts.setItem(row, 0, QTableWidgetItem(platform))
        self.broadcasts.setItem(row, 1, QTableWidgetItem(url))
        box = QCheckBox(self.tr("comments open"))
        box.setChecked(comments)
        box.toggled.connect(self.update_checks)
        self.broadcasts.setCellWidget(row, 2, box)
        self.broadcasts.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Link"), self.tr("Comments")])
        self.broadcasts.setColumnWidth(1, 320)
        self.update_checks()

    # --- values -----------------------------------------------------------------------------
    def record(self) -> MeetingRecord:
        def text(table: QTableWidget, row: int, col: int) -> str:
            item = table.item(row, col)
            return item.text() if item else ""

        start, end = self.start.time(), self.end.time()
        return MeetingRecord(
            meeting_date=from_qdate(self.date.date()),
            start_time=dt.time(start.hour(), start.minute()), end_time=dt.time(end.hour(), end.minute()),
            venue=self.venue.text(), planned_minutes=spin_value(self.planned), report_minutes=spin_value(self.report),
            qa_minutes=spin_value(self.qa), attendance_count=spin_value(self.attendance),
            questions_collected=spin_value(self.collected), questions_channel=self.channel.text(),
            video_conference=self.video.isChecked(),
            results_published_on=from_qdate(self.published_on.date()) if self.published.isChecked() else None,
            results_link=self.link.text(), personal_reception=self.reception.isChecked(),
            personal_reception_note=self.reception_note.text(), summary=self.summary.toPlainText(),
            participants={c: (self.counts[c].value(), self.names[c].text()) for c in CATEGORIES},
            broadcasts=[(text(self.broadcasts, r, 0), text(self.broadcasts, r, 1),
                         self.broadcasts.cellWidget(r, 2).isChecked()) for r in range(self.broadcasts.rowCount())],
            announcements=[(self.announcements.cellWidget(r, 0).currentData(),
                            from_qdate(self.announcements.cellWidget(r, 1).date()), text(self.announcements, r, 2))
                           for r in range(self.announcements.rowCount())],
            agenda=self._agenda_items(),
        )

    def update_checks(self, *_args) -> None:
        if not hasattr(self, "checks"):
            return
        self.checks.clear()
        for check in service.checks(self.db, self.meeting_id, self.record(), self.header.status):
            item = QListWidgetItem(check.message(self.lang))
            item.setBackground(QBrush(QColor(check_colour(check.status))))
            item.setData(256, check.code)
            item.setData(257, check.status)
            self.checks.addItem(item)

    def _show_status(self) -> None:
        text = self.tr("Status: %1").replace("%1", status_name(self.header.status))
        if self.header.off_calendar_reason:
            text += " · " + off_calendar_name(self.header.off_calendar_reason)
        if self.header.status_reason:
            text += " · " + self.header.status_reason
        self.status_label.setText(text)
        allowed = TRANSITIONS.get(self.header.status, set())
        for status, button in self.status_buttons.items():
            button.setEnabled(status in allowed)
        self.update_checks()

    def _show_files(self) -> None:
        self.files.clear()
        for attachment_id, kind, name, ok in self.header.attachments:
            item = QListWidgetItem(f"{name} ({kind})" + ("" if ok else " — " + self.tr("the stored copy is missing or changed")))
            item.setData(256, attachment_id)
            self.files.addItem(item)

    # --- actions ----------------------------------------------------------------------------
    def _refuse(self, exc: Exception) -> None:
        self.error.setText(refusal_text(exc))
        widget = {"end_time": self.end, "meeting_date": self.date, "report_minutes": self.report,
                  "planned_minutes": self.planned, "results_published_on": self.published_on,
                  "attendance_count": self.attendance}.get(getattr(exc, "field", None))
        if widget is not None:
            widget.setStyleSheet("border: 2px solid #b00020")
            widget.setFocus()

    def save(self) -> bool:
        """Save everything; on a refusal the form stays open with all that was typed."""
        for widget in (self.end, self.date, self.report, self.planned, self.published_on, self.attendance):
            widget.setStyleSheet("")
        record = self.record()
        try:
            self.row_version = service.save(self.db, self.meeting_id, record, self.row_version)
        except MeetingError as exc:
            if exc.code != "changed_since":
                self._refuse(exc)
                return False
            conflict = service.conflict(self.db, self.meeting_id, record, self.lang)
            choice = self.resolve_conflict(self, conflict)  # who and when; compare, reload or keep mine
            if choice == "keep":
                self.row_version = conflict.version
                return self.save()
            self.reload_requested = choice == "reload"  # the page opens the form again on their version
            if self.reload_requested:
                self.reject()
            return False
        self.error.setText("")
        self.changed = True
        return True

    def change_status(self, status: str) -> None:
        if not self.save():
            return
        reason = ""
        if status in ("postponed", "cancelled"):
            reason, ok = QInputDialog.getText(self, status_name(status), self.tr("Reason:"))
            if not ok:
                return
        try:
            suggest = service.change_status(self.db, self.meeting_id, status, reason,
                                            expected_version=self.row_version)
        except MeetingError as exc:
            self._refuse(exc)
            return
        self.header, _ = service.load(self.db, self.meeting_id)
        self.row_version = self.header.row_version
        self._show_status()
        self.correction_suggested = suggest
        if suggest:
            self.error.setText(self.tr("This meeting is in the approved calendar: open a correction of the calendar "
                                       "on the Calendar page to move it."))
            self.offer_correction(reason)

    def offer_correction(self, reason: str) -> None:
        """A calendar meeting was postponed or cancelled: offer to open the calendar's correction now."""
        from ..services import calendar as calendar_service

        if self.state is None or self.header.year_locked is None:
            return
        answer = QMessageBox.question(self, self.tr("Correction of the calendar"), self.tr(
            "Open a correction of the %1 calendar now, with this reason?\n%2")
            .replace("%1", str(self.header.year_locked)).replace("%2", reason))
        if answer != QMessageBox.StandardButton.Yes:
            return
        place = self.header.unit_kk if self.lang == "kk" else self.header.unit_ru
        try:
            seen = calendar_service.workflow_version(self.db, self.state.region_id, self.header.year_locked)
            number = calendar_service.open_correction(self.db, self.state.region_id, self.header.year_locked,
                                                      f"{place}: {reason}", seen)
        except calendar_service.cal.WorkflowError as exc:
            from .calendar_errors import workflow_error_text

            self.error.setText(workflow_error_text(exc))
            return
        self.error.setText(self.tr("Correction %1 of the calendar is open: move the meeting there and have it "
                                   "agreed or notified.").replace("%1", str(number)))

    def _attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not path:
            return
        kind, ok = QInputDialog.getItem(self, self.tr("Attach a file"), self.tr("Kind:"),
                                        [attachment_kind_name(k) for k in KINDS], 0, False)
        if not ok:
            return
        try:  # over the version the form shows: a meeting someone saved meanwhile is said with who and when
            self.row_version = service.add_attachment(self.db, self.meeting_id, path, KINDS[
                [attachment_kind_name(k) for k in KINDS].index(kind)], self.row_version)
        except AttachmentError as exc:  # a meeting changed meanwhile: who and when; else why the file was refused
            _ = conflict_dialog.tell_changed(self, exc) if exc.code == "changed_since" else self.error.setText(
                refusal_text(exc))
            return
        self.header, _ = service.load(self.db, self.meeting_id)
        self._show_files()

    def add_issues(self) -> None:
        """Type the problems citizens raised at this meeting, several at a time (the register's quick entry)."""
        import uuid

        from .quick_entry import open_quick_entry

        if self.save():
            open_quick_entry(self, self.state, uuid.UUID(self.meeting_id), self.undo_stack)

    def _document(self, document: str, lang: str) -> bytes | None:
        """Save the form, then make the document; None (with the reason shown) when it cannot be made yet."""
        if not self.save():
            return None
        try:
            return exports_service.print_document(self.db, self.meeting_id, document, lang)
        except ReportError:
            self.error.setText(self.tr("The minutes are printed once the meeting is marked held."))
            return None

    def print_document(self, document: str, lang: str) -> None:
        """The document in a print preview, drawn from the PDF itself."""
        from .print_preview import PdfPreview

        data = self._document(document, lang)
        if data is not None:
            self.preview = PdfPreview(self, data, self.windowTitle())
            self.preview.exec()

    def save_pdf(self, document: str, lang: str) -> None:
        from ..files import write_atomically

        data = self._document(document, lang)
        if data is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{document}-{lang}.pdf",
                                              self.tr("PDF document (*.pdf)"))
        if path:
            write_atomically(data, Path(path), overwrite=True)  # the file dialog asked before replacing
            self.saved_pdf = path

    def _open_file(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        try:
            path = service.attachment_path(self.db, item.data(256))
        except AttachmentError as exc:  # on a server: gone meanwhile, or its stored copy damaged
            self.error.setText(refusal_text(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

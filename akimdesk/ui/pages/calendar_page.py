"""Calendar page: the region's annual calendar — propose, edit with undo, check live, approve, correct."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
)

from ... import config
from ...services import calendar as service
from ...services import calendar_decree as decree
from .. import conflict_dialog
from ..calendar_dialogs import (
    ApproveDialog,
    CompareDialog,
    CorrectionDialog,
    MaslikhatDialog,
    PlannedMeetingDialog,
    PlannerDialog,
    SubmitDialog,
    WorkingDaysDialog,
)
from ..calendar_errors import workflow_error_text
from ..calendar_views import CompliancePanel, MonthView, YearOverview
from ..dates import from_qdate
from ..edition_form import EditionDialog
from ..flow import FlowRow, together
from ..government_step import GovernmentDialog
from ..jobs import run_job
from .base import FilteredTable, Page

REFUSALS = (service.WorkflowError, decree.EditionFileError, FileExistsError, OSError)


class _PlannedEdit(QUndoCommand):
    """Add, change or delete a planned meeting, undoably; the page reloads after each step."""

    def __init__(self, page: CalendarPage, text: str, before: service.MeetingFields | None,
                 after: service.MeetingFields | None, planned_id: str | None = None, version: int = 0):
        super().__init__(text)
        self.page, self.before, self.after, self.planned_id = page, before, after, planned_id
        self.version = version  # what this step left: undo and redo go over it, never over others' saves
        self.first = True

    def _apply(self, old, new) -> None:
        db, st = self.page.state.database, self.page.state
        try:
            if old is None:
                self.planned_id = service.add_planned(db, st.region_id, st.year, new)
                self.version = service.planned_version(db, self.planned_id)
            elif new is None:
                service.delete_planned(db, self.planned_id, self.version)
            else:
                self.version = service.update_planned(db, self.planned_id, new, self.version)
        except REFUSALS as exc:  # someone changed the meeting since: their work stays
            self.setObsolete(True)
            self.page._refuse(exc)

    def redo(self) -> None:
        if self.first:  # the page already did it, to show a refusal inside its dialog
            self.first = False
        else:
            self._apply(self.before, self.after)
        self.page.state.data_changed.emit()

    def undo(self) -> None:
        self._apply(self.after, self.before)
        self.page.state.data_changed.emit()


class CalendarPage(Page):
    def __init__(self, state, undo_stack, parent=None):
        super().__init__(state, parent)
        self.undo_stack = undo_stack
        self.resolve_conflict = conflict_dialog.resolve  # a seam: tests answer the conflict dialog
        self.view: service.CalendarView | None = None
        self.loaded = False
        self._check_after_paint: service.CalendarView | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.version_label = QLabel()
        self.version = QComboBox()
        self.version.setMinimumWidth(260)
        self.version_label.setBuddy(self.version)
        self.version.activated.connect(lambda _i: self.refresh(self.version.currentData()))
        self.edition_label = QLabel()
        self.edition_button = QPushButton()
        self.edition_button.clicked.connect(self.choose_edition)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("propose", self.propose), ("add", self.add), ("edit", self.edit), ("delete", self.delete),
                          ("maslikhat", self.maslikhat), ("approve", self.approve), ("submit", self.submit),
                          ("correction", self.correction), ("compare", self.compare), ("ics", self.export_ics),
                          ("days", self.working_days), ("government", self.government)):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[key] = button
        # three rows: which calendar, editing the plan, the workflow of the version
        rows = (
            [together(self.version_label, self.version), together(self.edition_label, self.edition_button),
             self.buttons["days"]],
            [self.buttons[k] for k in ("propose", "add", "edit", "delete", "compare", "ics")],
            [self.buttons[k] for k in ("maslikhat", "approve", "submit", "correction", "government")],
        )
        bars = []
        for widgets in rows:
            bar = FlowRow()
            for w in widgets:
                bar.addWidget(w)
            bar.addStretch(1)
            bars.append(bar)

        self.overview = YearOverview()
        self.month = MonthView()
        self.list = FilteredTable(self._columns(), Qt.SortOrder.AscendingOrder)
        self.filter = self.list.filter
        self.list.table.activated.connect(lambda _i: self.edit())  # Enter or a double click
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, "")
        self.tabs.addTab(self.month, "")
        self.tabs.addTab(self.list, "")
        self.compliance = CompliancePanel()
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.compliance)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 360])
        self.layout_.addWidget(self.banner)
        for bar in bars:
            self.layout_.addLayout(bar)
        self.layout_.addWidget(splitter, 1)
        self.list.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- texts --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Annual calendar of meetings")

    def _columns(self):
        st = self.state
        return [
            (lambda: self.tr("Date"), lambda r: r.date),
            (lambda: self.tr("Time"), lambda r: r.start.strftime("%H:%M") if r.start else ""),
            (lambda: self.tr("Akim"), lambda r: st.name(r, "akim")),
            (lambda: self.tr("Where"), lambda r: st.name(r, "unit")),
            (lambda: self.tr("Venue"), lambda r: r.venue),
            (lambda: self.tr("Topic"), lambda r: r.topic),
        ]

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Field meetings of every akim of the region for the year. Propose a calendar, correct it by hand, "
            "watch the decree check on the right, record the maslikhat's decision or notice, approve and send "
            "it to the Government. After approval, changes go into a correction."))
        self.version_label.setText(self.tr("&Version:"))
        self.edition_button.setText(self.tr("Decree &edition…"))
        labels = {"propose": self.tr("&Propose calendar…"), "add": self.tr("&Add…"), "edit": self.tr("&Change…"),
                  "delete": self.tr("&Delete"), "maslikhat": self.tr("&Maslikhat…"),
                  "approve": self.tr("A&pprove…"), "submit": self.tr("&Sent to the Government…"),
                  "correction": self.tr("Co&rrection…"), "compare": self.tr("Compare &versions…"),
                  "ics": self.tr("E&xport .ics…"), "days": self.tr("&Days off…"),
                  "government": self.tr("Re&gions' calendars (Government)…")}
        for key, text in labels.items():
            self.buttons[key].setText(text)
        self.tabs.setTabText(0, self.tr("Year overview"))
        self.tabs.setTabText(1, self.tr("Month"))
        self.tabs.setTabText(2, self.tr("List"))
        self.list.retranslate()
        if self.view is not None:
            self._show(self.view)

    def state_name(self, state: str) -> str:
        return {"draft": self.tr("draft"), "maslikhat_recorded": self.tr("maslikhat's decision recorded"),
                "approved": self.tr("approved"), "submitted": self.tr("approved and sent to the Government"),
                "superseded": self.tr("replaced by a correction")}.get(state, state)

    # --- loading ------------------------------------------------------------------------------
    def refresh(self, version_number: int | None = None) -> None:
        """Reload the calendar; the latest version unless the user picked another in the list."""
        if self.state.region_id is None:
            return
        # the first load paints the calendar before its decree check (working days are loaded for it)
        first, self.loaded = not self.loaded, True
        try:
            view = service.calendar_view(self.state.database, self.state.region_id, self.state.year, version_number,
                                         check=not first)
        except REFUSALS as exc:
            QMessageBox.warning(self, self.title(), workflow_error_text(exc))
            return
        self._show(view)
        self._check_after_paint = view if first else None
        if first and self.isVisible():
            self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        view, self._check_after_paint = self._check_after_paint, None
        if view is not None:
            QTimer.singleShot(0, lambda: self._add_check(view))

    def _add_check(self, view: service.CalendarView) -> None:
        if self.view is not view:
            return  # reloaded meanwhile, with its check
        try:
            view.report = service.calendar_report(self.state.database, self.state.region_id, self.state.year,
                                                  view.shown or None)
        except REFUSALS as exc:
            QMessageBox.warning(self, self.title(), workflow_error_text(exc))
            return
        self.compliance.show_view(view, self.state.language)

    def _show(self, view: service.CalendarView) -> None:
        self.view = view
        lang = self.state.language
        self.version.blockSignals(True)
        self.version.clear()
        for v in view.versions:
            label = self.tr("Version %1 — %2").replace("%1", str(v.number)).replace("%2", self.state_name(v.state))
            self.version.addItem(label, v.number)
        if not view.versions:
            self.version.addItem(self.tr("No calendar yet"), None)
        self.version.setCurrentIndex(max(0, self.version.findData(view.shown)))
        self.version.blockSignals(False)
        title = view.edition_title_kk if lang == "kk" else view.edition_title_ru
        self.edition_label.setText(self.tr("Decree No. 826, edition of %1").replace("%1", view.edition_code))
        self.edition_label.setToolTip(title)
        shown = next((v for v in view.versions if v.number == view.shown), None)
        if shown is not None and shown.reason:
            self.version.setToolTip(self.tr("Reason: %1").replace("%1", shown.reason))
        self.overview.show_view(view, lang)
        self.month.show_view(view, lang)
        self.list.set_rows(view.planned)
        self.compliance.show_view(view, lang)
        self._show_banner(view)
        self._update_buttons()

    def _show_banner(self, view: service.CalendarView) -> None:
        today = dt.date.today()
        latest = view.versions[-1] if view.versions else None
        approved = any(v.approved_on for v in view.versions)
        submitted = any(v.submitted_on for v in view.versions)
        text, colour = "", "#fff4ce"
        if view.in_force_from and view.submission_deadline < view.in_force_from:
            pass  # the deadlines of that year came before the decree's edition was in force: nothing is late
        elif not approved and today <= view.approval_deadline + dt.timedelta(days=0) and \
                (view.approval_deadline - today).days <= 45:
            text = self.tr("Approve the calendar by %1: %2 day(s) left.").replace(
                "%1", view.approval_deadline.strftime("%d.%m.%Y")).replace("%2", str((view.approval_deadline - today).days))
        elif not approved and today > view.approval_deadline:
            text, colour = self.tr("The calendar was due for approval on %1 and is not approved.").replace(
                "%1", view.approval_deadline.strftime("%d.%m.%Y")), "#f8d0cc"
        elif approved and not submitted and today <= view.submission_deadline:
            text = self.tr("Send the approved calendar to the Government by %1.").replace(
                "%1", view.submission_deadline.strftime("%d.%m.%Y"))
        elif approved and not submitted:
            text, colour = self.tr("The calendar was due at the Government on %1 and is not recorded as sent.").replace(
                "%1", view.submission_deadline.strftime("%d.%m.%Y")), "#f8d0cc"
        if latest is not None and latest.state in ("draft", "maslikhat_recorded") and latest.number > 1 and not text:
            text = self.tr("Correction %1 is open: agree or notify the maslikhat, then approve it.").replace(
                "%1", str(latest.number))
        self.banner.setText(text)
        self.banner.setStyleSheet(f"background: {colour}; padding: 6px; border-radius: 3px;")
        self.banner.setVisible(bool(text))

    def _update_buttons(self) -> None:
        view = self.view
        latest = view.versions[-1] if view and view.versions else None
        showing_latest = bool(view and latest and view.shown == latest.number)
        editable = bool(view and (view.editable or not view.exists) and (showing_latest or not view.exists))
        row = self.list.current_row()
        self.buttons["propose"].setEnabled(editable)
        self.buttons["add"].setEnabled(editable)
        self.buttons["edit"].setEnabled(editable and row is not None)
        self.buttons["delete"].setEnabled(editable and row is not None and not row.logged)
        self.buttons["maslikhat"].setEnabled(bool(latest) and editable)
        self.buttons["approve"].setEnabled(bool(latest) and editable)
        self.buttons["submit"].setEnabled(bool(latest) and latest.state == "approved")
        self.buttons["correction"].setEnabled(bool(latest) and latest.state in ("approved", "submitted"))
        self.buttons["compare"].setEnabled(bool(view) and len(view.versions) > 1)
        self.buttons["ics"].setEnabled(bool(view and view.planned))
        self.edition_button.setEnabled(editable)

    # --- actions ------------------------------------------------------------------------------
    def _refuse(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.title(), workflow_error_text(exc))

    def propose(self) -> None:
        dialog = PlannerDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, region, year, per_day = self.state.database, self.state.region_id, self.state.year, dialog.per_day.value()
        run_job(self, self.tr("Proposing the calendar…"),
                lambda progress: service.propose(db, region, year, per_day, progress),
                on_done=self._proposed, on_failed=lambda message, details: QMessageBox.warning(self, self.title(), message))

    def _proposed(self, result) -> None:
        added, unplaceable = result
        self.undo_stack.clear()  # a proposal is undone by the next correction, not step by step
        self.state.data_changed.emit()
        text = self.tr("Meetings added: %1.").replace("%1", str(added))
        if unplaceable:
            kk = self.state.language == "kk"
            lines = [f"{o_kk if kk else o_ru} → {t_kk if kk else t_ru}, {p}" for o_ru, o_kk, t_ru, t_kk, p in unplaceable]
            text += "\n" + self.tr("Not enough working days for:") + "\n" + "\n".join(lines[:20])
        QMessageBox.information(self, self.tr("Propose calendar"), text)

    def _edit_dialog(self, fields: service.MeetingFields | None) -> service.MeetingFields | None:
        dialog = PlannedMeetingDialog(self, self.state.database, self.state.region_id, self.state.year,
                                      self.state.language, fields)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.fields()
            try:
                if fields is None:
                    planned_id = service.add_planned(self.state.database, self.state.region_id, self.state.year, new)
                    self.undo_stack.push(_PlannedEdit(self, self.tr("Add a meeting"), None, new, planned_id,
                                                      service.planned_version(self.state.database, planned_id)))
                else:
                    row = self.list.current_row()
                    version = self._update_over(row.id, new, row.row_version)
                    if version == "reload":  # someone else saved it and the person takes their version
                        fields = service.planned_fields(self.state.database, row.id)
                        dialog = PlannedMeetingDialog(self, self.state.database, self.state.region_id,
                                                      self.state.year, self.state.language, fields)
                    if not isinstance(version, int):  # back to editing (what they typed, or theirs)
                        continue
                    self.undo_stack.push(_PlannedEdit(self, self.tr("Change a meeting"), fields, new, row.id, version))
                return new
            except REFUSALS as exc:
                dialog.show_refusal(workflow_error_text(exc))
        return None

    def _update_over(self, planned_id: str, new: service.MeetingFields, version: int) -> int | str | None:
        """Save over the version shown (the new version); one saved meanwhile asks: compare, then reload theirs
        ("reload"), keep mine on top, or go back to editing (None)."""
        try:
            return service.update_planned(self.state.database, planned_id, new, version)
        except service.WorkflowError as exc:
            if exc.code != "changed_since":
                raise
        db = self.state.database
        conflict = service.planned_conflict(db, planned_id, new, self.state.language)
        choice = self.resolve_conflict(self, conflict)
        if choice == "keep":
            return service.update_planned(db, planned_id, new, conflict.version)
        if choice == "reload":
            self.state.data_changed.emit()
            return "reload"
        return None

    def add(self) -> None:
        self._edit_dialog(None)

    def edit(self) -> None:
        row = self.list.current_row()
        if row is not None and self.buttons["edit"].isEnabled():
            self._edit_dialog(service.planned_fields(self.state.database, row.id))

    def delete(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        fields = service.planned_fields(self.state.database, row.id)
        try:
            service.delete_planned(self.state.database, row.id, row.row_version)
        except REFUSALS as exc:
            self._refuse(exc)
            return
        self.undo_stack.push(_PlannedEdit(self, self.tr("Delete a meeting"), fields, None, row.id))

    def _workflow(self, dialog: QDialog, act) -> None:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                act(dialog)
            except REFUSALS as exc:
                if getattr(exc, "code", "") == "changed_since":  # someone took a step meanwhile: theirs shown
                    conflict_dialog.tell_changed(self, exc)
                    self.state.data_changed.emit()
                    return
                dialog.show_refusal(workflow_error_text(exc))
                continue
            self.undo_stack.clear()  # workflow steps are records of fact, not edits to undo
            self.state.data_changed.emit()
            return

    def maslikhat(self) -> None:
        number = self.view.versions[-1].number
        agreed = decree.maslikhat_mode(self.view.edition_code, number) == "agreement"
        mode = "agreement" if agreed else "notification"
        self._workflow(MaslikhatDialog(self, mode), lambda d: service.record_maslikhat(
            self.state.database, self.state.region_id, self.state.year, d.reference.text(), from_qdate(d.on.date()),
            self._seen()))


    def approve(self) -> None:
        self._workflow(ApproveDialog(self), lambda d: service.approve(
            self.state.database, self.state.region_id, self.state.year, from_qdate(d.on.date()), d.by.text(),
            self._seen()))

    def submit(self) -> None:
        self._workflow(SubmitDialog(self), lambda d: service.record_submission(
            self.state.database, self.state.region_id, self.state.year, from_qdate(d.on.date()), d.reference.text(),
            self._seen()))

    def correction(self) -> None:
        self._workflow(CorrectionDialog(self), lambda d: service.open_correction(
            self.state.database, self.state.region_id, self.state.year, d.reason.toPlainText(), self._seen()))

    def _seen(self) -> tuple[int, int]:
        """The latest version as the page shows it: what a workflow step goes over."""
        latest = self.view.versions[-1]
        return latest.number, latest.row_version

    def compare(self) -> None:
        CompareDialog(self, self.state.database, self.state.region_id, self.state.year,
                      [v.number for v in self.view.versions], self.state.language).exec()

    def choose_edition(self) -> None:
        dialog = EditionDialog(self, self.view.edition_code, self.view.pinned_edition, self.state.language)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.choice.currentData()  # None: the edition in force for the year
            try:
                if dialog.edited():
                    saved = decree.save_edition_form(self.state.database, dialog.values())
                    chosen = saved if chosen else None
                service.pin_edition(self.state.database, self.state.region_id, self.state.year, chosen)
            except REFUSALS as exc:
                dialog.show_refusal(workflow_error_text(exc))
                continue
            self.state.data_changed.emit()
            return

    def government(self) -> None:
        """The Government's step: every region's approved calendar as it arrived, and the 1 February submission."""
        GovernmentDialog(self, self.state.database, self.state.year, self.state.language).exec()

    def working_days(self) -> None:
        WorkingDaysDialog(self, self.state.database, self.state.language).exec()
        self.state.data_changed.emit()  # the check and the planner see the new table at once

    def export_ics(self) -> None:
        region = self.state.region_id
        default = str(config.data_dir() / f"calendar-{self.state.year}.ics")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the calendar"), default,
                                              self.tr("iCalendar (*.ics)"))
        if not path:
            return
        try:  # the file dialog has already asked before replacing a file
            service.export_ics(self.state.database, region, self.state.year, Path(path), self.state.language,
                               overwrite=True)
        except REFUSALS as exc:
            self._refuse(exc)
            return
        QMessageBox.information(self, self.tr("Export the calendar"), self.tr("Written: %1").replace("%1", path))

"""Meetings page: every meeting of the region in the year, the calendar's still to be logged, and the
form that records what happened."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QMessageBox, QPushButton

from ...services import calendar as calendar_service
from ...services import meetings as service
from ...services.meetings import MeetingError
from ..calendar_dialogs import FormDialog
from ..dates import date_edit, from_qdate
from ..flow import FlowRow, together
from ..labels import meeting_refusal_text as refusal_text
from ..labels import meeting_status_name, off_calendar_name
from .base import FilteredTable, Page

if TYPE_CHECKING:
    from ..meeting_form import MeetingForm

STATUSES = ("planned", "announced", "held", "results_published", "postponed", "cancelled")
KINDS = ("", "population_demand", "necessity")  # "": a meeting of the calendar
SORTS = ("date", "akim", "unit", "status", "kind", "attendance", "checks")  # each column's sort (MeetingQuery.sort)


class _RecordEdit(QUndoCommand):
    """Everything done in one opening of the meeting form (record and status), as one undo step."""

    def __init__(self, page, meeting_id: str, before, after, text: str, version: int):
        super().__init__(text)
        self.page, self.meeting_id, self.before, self.after, self.first = page, meeting_id, before, after, True
        self.version = version  # what the form's work left: undo and redo go over it, never over others' saves

    def _put(self, state) -> None:
        try:
            self.version = service.restore(self.page.state.database, self.meeting_id, state, self.version)
        except MeetingError as exc:  # someone saved the meeting since: their work stays
            self.setObsolete(True)
            QMessageBox.warning(self.page, QCoreApplication.translate("MeetingsPage", "Cannot undo"), refusal_text(exc))
        self.page.state.data_changed.emit()

    def redo(self) -> None:
        if self.first:
            self.first = False
            self.page.state.data_changed.emit()
        else:
            self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


class OffCalendarDialog(FormDialog):
    def __init__(self, parent, db, region_id, year: int, lang: str):
        super().__init__(parent, self.tr("Off-calendar meeting"))
        self.db, self.lang = db, lang
        self.organizer, self.target, self.reason = QComboBox(), QComboBox(), QComboBox()
        for u in calendar_service.organizer_choices(db, region_id):
            self.organizer.addItem("    " * u.depth + (u.name_kk if lang == "kk" else u.name_ru), u.id)
        self.organizer.currentIndexChanged.connect(self._targets)
        self.day = date_edit(dt.date.today() if dt.date.today().year == year else dt.date(year, 1, 15))
        self.reason.addItem(off_calendar_name("population_demand"), "population_demand")
        self.reason.addItem(off_calendar_name("necessity"), "necessity")
        self.form.addRow(self.tr("&Akim:"), self.organizer)
        self.form.addRow(self.tr("&Where:"), self.target)
        self.form.addRow(self.tr("&Date:"), self.day)
        self.form.addRow(self.tr("&Why:"), self.reason)
        self._targets()
        self.resize(560, self.sizeHint().height())

    def _targets(self) -> None:
        self.target.clear()
        organizer = self.organizer.currentData()
        for u in calendar_service.target_choices(self.db, organizer) if organizer else []:
            self.target.addItem("    " * u.depth + (u.name_kk if self.lang == "kk" else u.name_ru), u.id)


class MeetingsPage(Page):
    def __init__(self, state, undo_stack, parent=None):
        super().__init__(state, parent)
        self.undo_stack = undo_stack
        st = state
        self.list = FilteredTable([
            (lambda: self.tr("Date"), lambda r: r.date),
            (lambda: self.tr("Akim"), lambda r: st.name(r, "akim")),
            (lambda: self.tr("Where"), lambda r: st.name(r, "unit")),
            (lambda: self.tr("Status"), lambda r: meeting_status_name(r.status)),
            (lambda: self.tr("Kind"), lambda r: off_calendar_name(r.off_calendar_reason)),
            (lambda: self.tr("Attendance"), lambda r: r.attendance),
            (lambda: self.tr("Checks failed"), lambda r: r.failed_checks or ""),
        ], Qt.SortOrder.DescendingOrder, read=self._read, key=lambda r: r.planned_id or r.meeting_id,
            by_language=tuple(SORTS.index(s) for s in ("akim", "unit", "status", "kind")), language=lambda: st.language)
        self._listed: tuple | None = None  # the region and year the list shows
        # every row with its verdict, by the query without them: kept for the next choice or sort by the verdicts
        # (they are read for all of a year's meetings) until the data, the region or the year change
        self._verdicts: dict[service.MeetingQuery, list] = {}
        self.filter, self.model = self.list.filter, self.list.model
        self.list.table.activated.connect(lambda _i: self.open_selected())  # Enter or a double click
        self.status_filter, self.kind_filter = QComboBox(), QComboBox()
        self.failed_only = QCheckBox()
        for w in (self.status_filter, self.kind_filter):
            w.currentIndexChanged.connect(self._apply_filters)
        self.failed_only.toggled.connect(self._apply_filters)
        self.open_button, self.off_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.off_button.clicked.connect(self.add_off_calendar)
        self.status_label, self.kind_label = QLabel(), QLabel()
        bar = FlowRow()
        for w in (self.open_button, self.off_button, together(self.status_label, self.status_filter),
                  together(self.kind_label, self.kind_filter), self.failed_only):
            bar.addWidget(w)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.list, 1)

    def title(self) -> str:
        return self.tr("Meetings with the population")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Meetings of the chosen year: from the calendar (also those not logged yet) and off-calendar. Open one "
            "to record what happened; the decree checks are shown beside the form."))
        self.open_button.setText(self.tr("&Open / record…"))
        self.off_button.setText(self.tr("O&ff-calendar meeting…"))
        self.status_label.setText(self.tr("Status:"))
        self.kind_label.setText(self.tr("Kind:"))
        self.failed_only.setText(self.tr("Only with failed checks"))
        for combo, items in ((self.status_filter, [(None, self.tr("All"))] + [(s, meeting_status_name(s)) for s in STATUSES]),
                             (self.kind_filter, [(None, self.tr("All")), ("calendar", off_calendar_name(None)),
                                                 ("off", self.tr("Off-calendar"))])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.list.retranslate()

    def refresh(self) -> None:
        if self.state.region_id is None:
            return
        listed, self._listed = self._listed, (self.state.region_id, self.state.year)
        self._verdicts.clear()
        self.list.reload(same_list=listed == self._listed)  # a meeting saved: the person stays where they were

    def _apply_filters(self) -> None:
        if self.model.active:
            self.list.reload()

    def query(self, column: int = 0, order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> service.MeetingQuery:
        """What the list shows: the year's meetings as the filters choose them, sorted by the column. Statuses
        and kinds sort, and are found by the quick filter, by their names in the person's language."""
        needle = self.list.filter.text().strip().casefold()
        sort = SORTS[column] if 0 <= column < len(SORTS) else "date"
        status_name, kind_name = meeting_status_name, lambda k: off_calendar_name(k or None)
        named = {"status": (STATUSES, status_name), "kind": (KINDS, kind_name)}
        codes, name = named.get(sort, ((), str))
        return service.MeetingQuery(
            self.state.region_id, self.state.year, status=self.status_filter.currentData(),
            kind=self.kind_filter.currentData(), failed_only=self.failed_only.isChecked(), text=self.list.filter.text(),
            text_statuses=tuple(s for s in STATUSES if needle and needle in status_name(s).casefold()),
            text_kinds=tuple(k for k in KINDS if needle and needle in kind_name(k).casefold()),
            sort=sort, descending=order == Qt.SortOrder.DescendingOrder, order=tuple(sorted(codes, key=name)),
            lang=self.state.language)

    def _read(self, column: int, order: Qt.SortOrder, offset: int, at_least: int) -> tuple[list, int, int | None]:
        query, db = self.query(column, order), self.state.database
        unfiltered = dataclasses.replace(query, text="", text_statuses=(), text_kinds=())
        typed = offset == 0 and bool(query.text.strip())  # "Rows: 12 of 1,712": the count before the quick filter
        if query.needs_checks:  # every meeting's verdict is read: its rows come at once, not a page at a time
            rows = self._by_verdicts(query)
            return rows[offset:], len(rows), len(self._by_verdicts(unfiltered)) if typed else None
        page = service.meeting_page(db, query, offset, max(at_least, service.PAGE_SIZE))
        return page.rows, page.total, service.meeting_count(db, unfiltered) if typed else None

    def _by_verdicts(self, query: service.MeetingQuery) -> list:
        base = service.verdict_base(query)
        if base not in self._verdicts:
            if len(self._verdicts) >= 4:  # the latest few choices of the other filters
                self._verdicts.pop(next(iter(self._verdicts)))
            self._verdicts[base] = service.meeting_page(self.state.database, base, 0, None).rows
        return service.by_verdicts(self._verdicts[base], query)

    def open_selected(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        self.open_form(service.open_meeting(self.state.database, row))

    def open_form(self, meeting_id: str) -> MeetingForm:
        from ..meeting_form import MeetingForm  # with the documents it prints: not needed to show the list

        form = MeetingForm(self, self.state.database, meeting_id, self.state.language, self.state, self.undo_stack)
        form.exec()
        while form.reload_requested:  # someone else saved meanwhile and the person took their version: undo
            form = MeetingForm(self, self.state.database, meeting_id, self.state.language, self.state,  # starts there
                               self.undo_stack)
            form.exec()
        if form.changed:
            after = service.snapshot(self.state.database, meeting_id)
            self.undo_stack.push(_RecordEdit(self, meeting_id, form.opened_state, after, self.tr("Edit a meeting"),
                                             form.row_version))
        self.state.data_changed.emit()
        return form

    def add_off_calendar(self) -> None:
        dialog = OffCalendarDialog(self, self.state.database, self.state.region_id, self.state.year,
                                   self.state.language)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                meeting_id = service.add_off_calendar(self.state.database, dialog.organizer.currentData(),
                                                      dialog.target.currentData(), from_qdate(dialog.day.date()),
                                                      dialog.reason.currentData())
            except MeetingError as exc:
                dialog.show_refusal(refusal_text(exc))
                continue
            self.state.data_changed.emit()
            self.open_form(meeting_id)
            return


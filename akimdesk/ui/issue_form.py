"""The issue form: the record on the left, the dated history of progress on the right."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import register as service
from ..services import register_changes as changes
from ..services.register_changes import COMPETENCE_LEVELS, DEADLINE_EXTENDED, IssueDraft, RegisterError
from . import conflict_dialog
from .dates import date_edit, from_qdate, to_qdate
from .flow import shrinkable
from .labels import competence_name
from .labels import issue_refusal_text as refusal_text
from .register_bulk import choice_name
from .state import AppState

NO_CHANGE = ""


def text_edit(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class IssueDialog(QDialog):
    """A new issue (issue_id None) or an existing one with its history; refusals keep what was typed."""

    def __init__(self, parent, state: AppState, issue_id: uuid.UUID | None, territory_id: uuid.UUID | None = None,
                 meeting_id: uuid.UUID | None = None):
        super().__init__(parent)
        self.state = state
        self.issue_id = issue_id
        self.detail: changes.IssueDetail | None = None
        self.resolve_conflict = conflict_dialog.resolve  # a seam: tests answer the conflict dialog
        self.meeting_id = meeting_id
        self.saved = False
        db = state.database
        if issue_id is not None:
            self.detail = changes.issue_detail(db, issue_id)
            self.meeting_id = self.detail.draft.meeting_id
        region = (self.detail.region_id if self.detail else None) or state.region_id
        self._build_fields(region)
        self._build_layout(self._build_form())
        self.setWindowTitle(self.tr("Problem issue") if issue_id else self.tr("New problem issue"))
        if self.detail is not None:
            self._show(self.detail)
        else:
            self._select(self.territory, str(territory_id) if territory_id else None)
            if meeting_id is not None:
                info = changes.meeting_info(db, meeting_id)
                self._select(self.territory, str(info.territory_id))
                self.raised_on.setDate(to_qdate(info.date))
        if self.detail is None:
            self.number.setText(self.tr("given when the issue is saved"))
            self.extensions.setText(self.tr("none"))
        self._show_meeting()
        self.resize(1100, 720)

    # --- sections --------------------------------------------------------------------------------
    def _build_fields(self, region: uuid.UUID | None) -> None:
        state, db = self.state, self.state.database
        self.number = QLabel()
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meeting = QLabel()
        self.meeting.setWordWrap(True)  # a date, an akim and a place: two lines rather than a form too wide
        self.source = QLineEdit()
        # as narrow as a few words when the screen is (the list opens as wide as its choices): a region's units and
        # bodies have long names, and the form must fit a 1024 px screen
        self.territory = shrinkable(QComboBox(), 24)
        for c in service.territories(db, region) if region else []:
            self.territory.addItem("    " * c.depth + choice_name(state, c), str(c.id))
        self.raised_on = date_edit()
        self.text = text_edit(90)
        self.citizen_name = QLineEdit()
        self.citizen_contact = QLineEdit()
        self.category = QComboBox()
        self.category.addItem("—", None)
        for c in service.categories(db):
            self.category.addItem(choice_name(state, c), str(c.id))
        self.level = QComboBox()
        for lv in COMPETENCE_LEVELS:
            self.level.addItem(competence_name(lv), lv)
        self.body = shrinkable(QComboBox(), 30)
        self.body.addItem("—", None)
        for c in service.bodies(db, region):
            self.body.addItem(choice_name(state, c), str(c.id))
        self.solution = text_edit()
        self.proposal = text_edit()
        self.has_deadline = QCheckBox()
        self.deadline = date_edit(dt.date.today() + dt.timedelta(days=30))
        self.has_deadline.setChecked(True)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.original = QLabel()
        self.extensions = QLabel()
        self.extensions.setWordWrap(True)
        self.eotinish = QLineEdit()
        self.status_label = QLabel()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Registration number:"), self.number)
        form.addRow(self.tr("Meeting:"), self.meeting)
        form.addRow(self.tr("Source (if not at a meeting):"), self.source)
        form.addRow(self.tr("&Where:"), self.territory)
        form.addRow(self.tr("&Raised on:"), self.raised_on)
        form.addRow(self.tr("&Issue:"), self.text)
        form.addRow(self.tr("Citizen (personal data):"), self.citizen_name)
        form.addRow(self.tr("Citizen's contact:"), self.citizen_contact)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("Competence &level:"), self.level)
        form.addRow(self.tr("Responsible &body:"), self.body)
        form.addRow(self.tr("Ways of &solution:"), self.solution)
        form.addRow(self.tr("Proposal for a central-level decision:"), self.proposal)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline)
        deadline_row.addWidget(self.original, 1)
        deadline_label = QLabel(self.tr("&Deadline:"))
        deadline_label.setBuddy(self.has_deadline)  # a row of widgets has no buddy of its own: no literal '&'
        form.addRow(deadline_label, deadline_row)
        form.addRow(self.tr("Deadline extensions:"), self.extensions)
        form.addRow(self.tr("e-Otinish number:"), self.eotinish)
        form.addRow(self.tr("Status:"), self.status_label)
        return form

    def _build_layout(self, form: QFormLayout) -> None:
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        body = QHBoxLayout()
        body.addWidget(left, 3)
        body.addWidget(self._history_box(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # --- the history -----------------------------------------------------------------------------
    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("History of progress"))
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.entry_date = date_edit()
        self.entry_status = QComboBox()
        self.entry_status.addItem(self.tr("— status unchanged —"), NO_CHANGE)
        for c in service.statuses(self.state.database):
            self.entry_status.addItem(choice_name(self.state, c), c.code)
        self.entry_percent = QSpinBox()
        self.entry_percent.setRange(-1, 100)
        self.entry_percent.setSpecialValueText("—")
        self.entry_percent.setValue(-1)
        self.entry_percent.setSuffix(" %")
        self.entry_deadline = date_edit(dt.date.today() + dt.timedelta(days=30))
        self.entry_text = text_edit()
        self.add_entry_button = QPushButton(self.tr("&Add to history"))
        self.add_entry_button.clicked.connect(self.add_entry)
        self.entry_status.currentIndexChanged.connect(self._entry_status_changed)
        entry = QFormLayout()
        entry.addRow(self.tr("Date:"), self.entry_date)
        entry.addRow(self.tr("New status:"), self.entry_status)
        entry.addRow(self.tr("Extended deadline:"), self.entry_deadline)
        entry.addRow(self.tr("Done:"), self.entry_percent)
        entry.addRow(self.tr("Text:"), self.entry_text)
        entry.addRow("", self.add_entry_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(entry)
        self._entry_status_changed()
        box.setEnabled(self.issue_id is not None)
        return box

    def _entry_status_changed(self) -> None:
        self.entry_deadline.setEnabled(self.entry_status.currentData() == DEADLINE_EXTENDED)

    def _fill_timeline(self, detail: changes.IssueDetail) -> None:
        self.timeline.clear()
        lang = self.state.language
        for h in reversed(detail.history):  # newest on top
            status = (getattr(h, f"status_{lang}", None) or h.status_ru) if h.status_code else ""
            head = " · ".join(p for p in (h.entry_date.strftime("%d.%m.%Y"), status, h.author,
                                          f"{h.percent} %" if h.percent is not None else "") if p)
            item = QListWidgetItem(f"{head}\n{h.text}")
            if h.status_code:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.timeline.addItem(item)
        if not detail.history:
            self.timeline.addItem(self.tr("No entries yet: the issue is new."))

    def add_entry(self, version: int | None = None) -> None:
        """Add the entry over the version the form shows (or, keeping mine, over theirs)."""
        code = self.entry_status.currentData() or None
        percent = self.entry_percent.value()
        try:
            changes.add_progress(
                self.state.database, self.issue_id, entry_date=from_qdate(self.entry_date.date()),
                author=self.state.database.actor, text=self.entry_text.toPlainText(),
                percent=None if percent < 0 else percent, status_code=code,
                new_deadline=from_qdate(self.entry_deadline.date()) if code == DEADLINE_EXTENDED else None,
                expected_version=version or self.detail.row_version)
        except RegisterError as err:
            if err.code == "changed_since":
                self._entry_conflict(code)
            else:
                self.error.setText(refusal_text(err))
            return
        self.error.setText("")
        self.entry_text.clear()
        self.entry_status.setCurrentIndex(0)
        self.entry_percent.setValue(-1)
        self.detail = changes.issue_detail(self.state.database, self.issue_id)
        self._show(self.detail, record=False)
        self.saved = True
        self.state.data_changed.emit()

    # --- the record ------------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show_meeting(self) -> None:
        if self.meeting_id is None:
            self.meeting.setText(self.tr("not raised at a meeting"))
            return
        info = changes.meeting_info(self.state.database, self.meeting_id)
        akim = info.akim_kk if self.state.language == "kk" else info.akim_ru
        where = info.unit_kk if self.state.language == "kk" else info.unit_ru
        self.meeting.setText(f"{info.date.strftime('%d.%m.%Y')} · {akim} · {where}")
        self.source.setEnabled(False)

    def _show(self, detail: changes.IssueDetail, record: bool = True) -> None:
        d = detail.draft
        if record:
            self._select(self.territory, str(d.territory_id))
            self.raised_on.setDate(to_qdate(d.raised_on))
            self.text.setPlainText(d.text)
            self.source.setText(d.source or "")
            self.citizen_name.setText(d.citizen_name or "")
            self.citizen_contact.setText(d.citizen_contact or "")
            self._select(self.category, str(d.category_id) if d.category_id else None)
            self._select(self.level, d.competence_level)
            self._select(self.body, str(d.responsible_body_id) if d.responsible_body_id else None)
            self.solution.setPlainText(d.solution_way or "")
            self.proposal.setPlainText(d.central_proposal or "")
            self.eotinish.setText(d.eotinish_number or "")
        self.has_deadline.setChecked(d.deadline is not None)
        if d.deadline:
            self.deadline.setDate(to_qdate(d.deadline))
        # once work has started, the deadline moves only by an extension in the history
        self.deadline.setEnabled(d.deadline is not None and not detail.history)
        self.has_deadline.setEnabled(not detail.history)
        extended = detail.original_deadline and detail.original_deadline != d.deadline
        self.original.setText(self.tr("extended; originally %1").replace(
            "%1", detail.original_deadline.strftime("%d.%m.%Y")) if extended else "")
        self.number.setText(detail.registration_number or "")
        self._show_extensions(detail)
        lang = self.state.language
        status = getattr(detail, f"status_{lang}", None) or detail.status_ru
        if detail.closed and detail.closed_on:
            status += " · " + self.tr("closed on %1").replace("%1", detail.closed_on.strftime("%d.%m.%Y"))
        self.status_label.setText(status)
        self._fill_timeline(detail)

    def _show_extensions(self, detail: changes.IssueDetail) -> None:
        """Every move of the deadline, oldest first: on which day, from which date to which, who and why."""
        def day(value: dt.date | None) -> str:
            return value.strftime("%d.%m.%Y") if value else "?"

        lines = [self.tr("%1: from %2 to %3 (%4): %5").replace("%1", day(c.changed_on))
                 .replace("%2", day(c.old_deadline)).replace("%3", day(c.new_deadline)).replace("%4", c.author)
                 .replace("%5", " ".join(c.reason.split())) for c in detail.deadline_changes]
        self.extensions.setText("\n".join(lines) if lines else self.tr("none"))

    def draft(self) -> IssueDraft:
        unit = self.territory.currentData()
        category = self.category.currentData()
        body = self.body.currentData()
        return IssueDraft(
            text=self.text.toPlainText(), territory_id=uuid.UUID(unit) if unit else None,
            raised_on=from_qdate(self.raised_on.date()), meeting_id=self.meeting_id, source=self.source.text(),
            citizen_name=self.citizen_name.text(), citizen_contact=self.citizen_contact.text(),
            category_id=uuid.UUID(category) if category else None, competence_level=self.level.currentData(),
            responsible_body_id=uuid.UUID(body) if body else None, solution_way=self.solution.toPlainText(),
            central_proposal=self.proposal.toPlainText(),
            deadline=from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None,
            eotinish_number=self.eotinish.text(),
        )

    def save(self, version: int | None = None) -> None:
        db = self.state.database
        try:
            if self.issue_id is None:
                self.issue_id = changes.create_issue(db, self.draft())
            else:
                changes.update_issue(db, self.issue_id, self.draft(), version or self.detail.row_version)
        except RegisterError as err:
            if err.code == "changed_since":
                self._conflict()
            else:
                self.error.setText(refusal_text(err))
            return
        self.saved = True
        self.state.data_changed.emit()
        self.accept()

    def _entry_conflict(self, code: str | None) -> None:
        """Someone saved the issue while the entry was typed: who and when, compare, then reload theirs (the
        entry stays typed) or add the entry on top of their version."""
        conflict = changes.progress_conflict(self.state.database, self.issue_id, self.detail.draft, code,
                                             self.state.language)
        choice = self.resolve_conflict(self, conflict)
        if choice == "keep":
            self.add_entry(conflict.version)
        elif choice == "reload":
            self.detail = changes.issue_detail(self.state.database, self.issue_id)
            self._show(self.detail)

    def _conflict(self) -> None:
        """Someone saved the issue meanwhile: who and when, compare, then reload theirs or keep mine on top."""
        conflict = changes.issue_conflict(self.state.database, self.issue_id, self.draft(), self.state.language)
        choice = self.resolve_conflict(self, conflict)
        if choice == "keep":
            self.save(conflict.version)
        elif choice == "reload":
            self.detail = changes.issue_detail(self.state.database, self.issue_id)
            self._show(self.detail)


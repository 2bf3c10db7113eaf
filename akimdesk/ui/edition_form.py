"""The decree edition of a calendar: choose one, or edit an edition's rules in a form (administrators).

The rules are shown as fields in the interface language — deadlines, the maslikhat's part, parameters,
the norms by level and period — and stored as the edition's file (TOML) by the service."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import calendar_decree as decree
from .dates import date_edit, from_qdate
from .edition_norms import NormsEditor, period_kind_name
from .fit import scrolling
from .labels import level_name

__all__ = ["EditionDialog", "edition_refusal_text", "period_kind_name"]


def edition_refusal_text(exc: Exception) -> str:
    """Why an edited edition cannot be stored, in the interface language."""
    code, number = getattr(exc, "code", ""), getattr(exc, "norm", 0)
    levels = [level_name(lv) for lv in getattr(exc, "levels", ())]
    texts = {
        "bad_code": QCoreApplication.translate(
            "EditionDialog", "The code may hold letters, digits, dots, hyphens and underscores only, "
                             "up to 40 of them."),
        "no_title": QCoreApplication.translate("EditionDialog", "Give the edition's title in Russian and in Kazakh."),
        "no_norms": QCoreApplication.translate("EditionDialog", "An edition needs at least one norm: add one."),
        "no_organizers": QCoreApplication.translate(
            "EditionDialog", "Norm %1: choose whose akims hold the meetings.").replace("%1", str(number)),
        "no_targets": QCoreApplication.translate(
            "EditionDialog", "Norm %1: choose the units the akims visit.").replace("%1", str(number)),
        "repeated_norm": QCoreApplication.translate(
            "EditionDialog", "Norm %1 repeats another norm: akims of «%2» visiting «%3» are already "
                             "counted there.").replace("%1", str(number)).replace(
            "%2", levels[0] if levels else "").replace("%3", levels[1] if len(levels) > 1 else ""),
        "leap_day": QCoreApplication.translate(
            "EditionDialog", "A deadline cannot be 29 February: most years have no such day."),
        "submission_before_approval": QCoreApplication.translate(
            "EditionDialog", "The calendar cannot be due at the Government before its approval deadline."),
        "administration_before_submission": QCoreApplication.translate(
            "EditionDialog", "The Government cannot send the calendars to the Presidential Administration before "
                             "they are due at the Government."),
    }
    return texts.get(code, str(exc))


class EditionDialog(QDialog):
    """Choose the decree edition for this calendar, or change an edition's rules (administrators)."""

    def __init__(self, parent, current: str, pinned: bool, lang: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decree edition"))
        self.lang = lang
        self.choice = QComboBox()
        self.choice.addItem(self.tr("The edition in force for the year"), None)
        for code, ru, kk in decree.edition_choices():
            self.choice.addItem(kk if lang == "kk" else ru, code)
        if pinned:
            self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.current = current
        self._build_fields()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("&Edition:"), self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scrolling(self.body), 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._show)
        self._show()
        self.resize(1000, 700)

    def _build_fields(self) -> None:
        self.code, self.title_ru, self.title_kk, self.title_en = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.effective = date_edit(dt.date(2024, 1, 1))
        self.approval, self.submission, self.administration = self._month_day(), self._month_day(), self._month_day()
        self.central_first, self.central_second = self._month_day(), self._month_day()
        self.masl_approval, self.masl_correction = QComboBox(), QComboBox()
        for combo in (self.masl_approval, self.masl_correction):
            combo.addItem(self.tr("agreed with the maslikhat"), "agreement")
            combo.addItem(self.tr("with notice to the maslikhat"), "notification")
        self.lead, self.publish = QSpinBox(), QSpinBox()
        self.lead.setRange(*decree.PARAMETERS["announcement_lead_days"][1:])
        self.publish.setRange(*decree.PARAMETERS["results_publication_days"][1:])
        self.share = QDoubleSpinBox()
        self.share.setRange(*(v * 100 for v in decree.PARAMETERS["presentation_share_max"][1:]))
        self.share.setSuffix(" %")
        self.norms_editor = NormsEditor()
        self.norms = self.norms_editor.table
        self.body = QWidget()
        form = QFormLayout(self.body)
        note = QLabel(self.tr("The edition's rules. Administrators may change them; a new code adds an edition "
                              "and leaves the shipped ones as they are."))
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("Title in &Russian:"), self.title_ru)
        form.addRow(self.tr("Title in &Kazakh:"), self.title_kk)
        form.addRow(self.tr("Title in Eng&lish:"), self.title_en)
        form.addRow(self.tr("In &force from:"), self.effective)
        form.addRow(self.tr("Calendar &approved by (day and month):"), self.approval)
        form.addRow(self.tr("Calendar &sent to the Government by:"), self.submission)
        form.addRow(self.tr("The Government sends the calendars to the Presidential A&dministration by:"),
                    self.administration)
        form.addRow(self.tr("Issues for central bodies, first half, b&y:"), self.central_first)
        form.addRow(self.tr("Issues for central bodies, second half, by (ne&xt year):"), self.central_second)
        form.addRow(self.tr("First &version of the calendar:"), self.masl_approval)
        form.addRow(self.tr("Co&rrections:"), self.masl_correction)
        form.addRow(self.tr("Announce a meeting, days &before:"), self.lead)
        form.addRow(self.tr("&Publish the results within, days:"), self.publish)
        form.addRow(self.tr("Reports by officials, at most, of the &meeting:"), self.share)
        form.addRow(self.norms_editor)

    @staticmethod
    def _month_day() -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("dd.MM")
        edit.setDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31))  # a leap year: 29 February exists
        return edit

    def _show(self) -> None:
        self.edition = decree.edition(self.choice.currentData() or self.current)
        e = self.edition
        self.code.setText(e.code)
        self.title_ru.setText(e.title_ru)
        self.title_kk.setText(e.title_kk)
        self.title_en.setText(e.title_en)
        self.effective.setDate(QDate(e.effective_from.year, e.effective_from.month, e.effective_from.day))
        self.approval.setDate(QDate(2024, *e.approval_deadline))
        self.submission.setDate(QDate(2024, *e.submission_deadline))
        self.administration.setDate(QDate(2024, *e.administration_deadline))
        self.central_first.setDate(QDate(2024, *e.central_first_half_deadline))
        self.central_second.setDate(QDate(2024, *e.central_second_half_deadline))
        self.masl_approval.setCurrentIndex(max(0, self.masl_approval.findData(e.maslikhat_approval)))
        self.masl_correction.setCurrentIndex(max(0, self.masl_correction.findData(e.maslikhat_correction)))
        self.lead.setValue(int(e.parameter("announcement_lead_days")))
        self.publish.setValue(int(e.parameter("results_publication_days")))
        self.share.setValue(e.parameter("presentation_share_max") * 100)
        self.norms_editor.set_norms(e.norms)
        self.error.clear()

    def values(self):
        """The edition as the form shows it now."""
        e = self.edition
        params = {**e.parameters, "announcement_lead_days": self.lead.value(),
                  "results_publication_days": self.publish.value(),
                  "presentation_share_max": round(self.share.value() / 100, 4)}
        approval, submission, administration = self.approval.date(), self.submission.date(), self.administration.date()
        first, second = self.central_first.date(), self.central_second.date()
        return dataclasses.replace(
            e, code=self.code.text().strip(), title_ru=self.title_ru.text().strip(),
            title_kk=self.title_kk.text().strip(), title_en=self.title_en.text().strip(),
            effective_from=from_qdate(self.effective.date()),
            approval_deadline=(approval.month(), approval.day()),
            submission_deadline=(submission.month(), submission.day()),
            administration_deadline=(administration.month(), administration.day()),
            central_first_half_deadline=(first.month(), first.day()),
            central_second_half_deadline=(second.month(), second.day()),
            maslikhat_approval=self.masl_approval.currentData(), maslikhat_correction=self.masl_correction.currentData(),
            parameters=params, norms=self.norms_editor.norms())

    def edited(self, code: str | None = None) -> bool:
        shown = dataclasses.replace(self.edition, source_file="", parameters={
            **{name: self.edition.parameter(name) for name in decree.PARAMETERS}, **self.edition.parameters})
        return dataclasses.replace(self.values(), source_file="") != shown

    def accept(self) -> None:
        """An edited edition is checked before the dialog closes: a refusal is said here and nothing is stored."""
        if self.edited():
            try:
                decree.check_edition(self.values())
            except decree.EditionFileError as exc:
                self.show_refusal(edition_refusal_text(exc))
                self.norms_editor.select(getattr(exc, "norm", 0))
                return
        super().accept()

    def show_refusal(self, message: str) -> None:
        self.error.setText(message)

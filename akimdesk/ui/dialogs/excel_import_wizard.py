"""The Excel import wizard: choose the kind, file and sheet; map the columns (remembered); see every row
checked; import only when all rows are good and the user accepts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.spreadsheet import (
    FIELDS,
    KINDS,
    SheetRefused,
    check_sheet,
    guess_mapping,
    import_for_region,
    read_sheet,
    write_template,
)
from ..flow import together


def field_name(key: str) -> str:
    return {
        "date": QCoreApplication.translate("ExcelImport", "Date"), "organizer": QCoreApplication.translate("ExcelImport", "Organizer (KATO or name)"), "target": QCoreApplication.translate("ExcelImport", "Place of the meeting"),
        "time": QCoreApplication.translate("ExcelImport", "Time"), "minutes": QCoreApplication.translate("ExcelImport", "Minutes"), "venue": QCoreApplication.translate("ExcelImport", "Venue"), "topic": QCoreApplication.translate("ExcelImport", "Topic"),
        "reason": QCoreApplication.translate("ExcelImport", "Reason for an off-calendar meeting"), "attendance": QCoreApplication.translate("ExcelImport", "Attendance"), "summary": QCoreApplication.translate("ExcelImport", "Results"),
        "raised_on": QCoreApplication.translate("ExcelImport", "Raised on"), "territory": QCoreApplication.translate("ExcelImport", "Territory"), "text": QCoreApplication.translate("ExcelImport", "The issue"), "category": QCoreApplication.translate("ExcelImport", "Category"),
        "deadline": QCoreApplication.translate("ExcelImport", "Deadline"), "citizen_name": QCoreApplication.translate("ExcelImport", "Applicant"), "citizen_contact": QCoreApplication.translate("ExcelImport", "Contact"),
        "solution_way": QCoreApplication.translate("ExcelImport", "Ways of solution"), "eotinish_number": QCoreApplication.translate("ExcelImport", "e-Otinish number"),
    }.get(key, key)


def problem_text(code: str) -> str:
    return {
        "missing": QCoreApplication.translate("ExcelImport", "the value is missing"), "bad_date": QCoreApplication.translate("ExcelImport", "not a date (write 31.12.2026 or 2026-12-31)"),
        "bad_time": QCoreApplication.translate("ExcelImport", "not a time (write 10:30)"), "bad_number": QCoreApplication.translate("ExcelImport", "not a whole number in range"),
        "formula": QCoreApplication.translate("ExcelImport", "a formula: type the value itself"), "outside_year": QCoreApplication.translate("ExcelImport", "outside the calendar's year"),
        "unknown_unit": QCoreApplication.translate("ExcelImport", "no such unit in the region"), "no_akim": QCoreApplication.translate("ExcelImport", "this unit has no akim of its own"),
        "target_elsewhere": QCoreApplication.translate("ExcelImport", "not within the organizer's territory"),
        "bad_reason": QCoreApplication.translate("ExcelImport", "write 'by the population's demand' or 'when necessary'"),
        "unknown_category": QCoreApplication.translate("ExcelImport", "no such category"), "deadline_before": QCoreApplication.translate("ExcelImport", "the deadline is before the issue was raised"),
        "text_too_long": QCoreApplication.translate("ExcelImport", "the text is too long"),
        "unknown_meeting": QCoreApplication.translate("ExcelImport", "no such meeting in the region (copy its id from the meeting list)"),
        "before_meeting": QCoreApplication.translate("ExcelImport", "raised before the meeting took place"),
        "unknown_body": QCoreApplication.translate("ExcelImport", "no such responsible body (write its code or name)"),
    }.get(code, code)


def sheet_error_text(exc: Exception) -> str:
    code = getattr(exc, "code", None)
    values = getattr(exc, "values", {}) or {}
    text = {
        "no_file": QCoreApplication.translate("ExcelImport", "The file does not exist."), "not_xlsx": QCoreApplication.translate("ExcelImport", "This is not an Excel workbook (.xlsx)."),
        "too_large": QCoreApplication.translate("ExcelImport", "The file is too large to import."),
        "bomb": QCoreApplication.translate("ExcelImport", "The workbook unpacks to far more than its size (a spreadsheet bomb?): it is refused."),
        "entities": QCoreApplication.translate("ExcelImport", "The workbook declares XML entities (an entity bomb?): it is refused."),
        "unreadable": QCoreApplication.translate("ExcelImport", "The workbook cannot be read."),
        "hidden_sheet": QCoreApplication.translate("ExcelImport", "The sheet %1 is hidden: show or delete it, so nothing is imported unseen."),
        "no_sheet": QCoreApplication.translate("ExcelImport", "There is no such sheet."),
        "too_many_rows": QCoreApplication.translate("ExcelImport", "More than %1 rows: split the sheet into parts."),
        "merged_cells": QCoreApplication.translate("ExcelImport", "The sheet has merged cells (at %1): unmerge them so each row holds its own values."),
        "empty": QCoreApplication.translate("ExcelImport", "The sheet is empty."), "no_header": QCoreApplication.translate("ExcelImport", "The first row is not a header with column names."),
        "unmapped": QCoreApplication.translate("ExcelImport", "Choose a column for: %1"), "no_rows": QCoreApplication.translate("ExcelImport", "The sheet has a header but no rows."),
        "refused_by_rules": QCoreApplication.translate("ExcelImport", "A row was refused: %1"), "no_defusedxml": QCoreApplication.translate("ExcelImport", "defusedxml is not installed."),
    }.get(code)
    if text is None:
        return str(exc)
    value = values.get("sheet") or values.get("limit") or values.get("cell") or values.get("fields") or values.get(
        "detail") or ""
    return text.replace("%1", str(value))


class ExcelImportWizard(QDialog):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.settings = QSettings()
        self.sheet = None
        self.checked = None
        self.ask_open_file = lambda: QFileDialog.getOpenFileName(self, QCoreApplication.translate("ExcelImport", "Excel file"), "", QCoreApplication.translate("ExcelImport", "Excel (*.xlsx)"))[0]
        self.ask_save_file = lambda name: QFileDialog.getSaveFileName(self, QCoreApplication.translate("ExcelImport", "Blank template"), name,
                                                                      QCoreApplication.translate("ExcelImport", "Excel (*.xlsx)"))[0]
        self.setWindowTitle(QCoreApplication.translate("ExcelImport", "Import from Excel"))
        self.kind = QComboBox()
        for kind, label in zip(KINDS, (QCoreApplication.translate("ExcelImport", "Calendar of meetings"), QCoreApplication.translate("ExcelImport", "Meetings held"), QCoreApplication.translate("ExcelImport", "Problem issues")),
                               strict=True):
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._load)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(QCoreApplication.translate("ExcelImport", "Choose a file…"))
        browse.setObjectName("file_browse")
        browse.clicked.connect(self._choose)
        self.sheets = QComboBox()
        self.sheets.activated.connect(lambda _=0: self._load())
        self.template_ru = QPushButton(QCoreApplication.translate("ExcelImport", "Blank template (Russian)"))
        self.template_kk = QPushButton(QCoreApplication.translate("ExcelImport", "Blank template (Kazakh)"))
        self.template_ru.clicked.connect(lambda: self.save_template("ru"))
        self.template_kk.clicked.connect(lambda: self.save_template("kk"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExcelImport", "What the sheet holds:"), self.kind)
        form.addRow(QCoreApplication.translate("ExcelImport", "File:"), together(self.path, browse))
        form.addRow(QCoreApplication.translate("ExcelImport", "Sheet:"), self.sheets)
        form.addRow("", together(self.template_ru, self.template_kk))
        self.mapping_box = QWidget()
        self.mapping_form = QGridLayout(self.mapping_box)  # two columns of field: column pairs
        self.mapping_form.setContentsMargins(0, 0, 0, 0)
        self.columns: dict[str, QComboBox] = {}
        self.preview = QTableWidget()
        self.preview.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(QCoreApplication.translate("ExcelImport", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.accept_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(QCoreApplication.translate("ExcelImport", "Columns (remembered for sheets with the same header):")))
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(980, 680)

    # --- steps ----------------------------------------------------------------------------------
    def _choose(self) -> None:
        path = self.ask_open_file()
        if path:
            self.open_file(path)

    def open_file(self, path: str, sheet: str | None = None) -> None:
        self.path.setText(path)
        self.sheets.clear()
        self._load(sheet)

    def _load(self, sheet: str | None = None) -> None:
        self.sheet = None
        self.import_button.setEnabled(False)
        if not self.path.text():
            return
        try:
            self.sheet = read_sheet(self.path.text(), sheet or self.sheets.currentText() or None)
        except SheetRefused as exc:
            self._clear_mapping()
            self.preview.setRowCount(0)
            self.summary.setText(sheet_error_text(exc))
            return
        if self.sheets.count() == 0:
            self.sheets.addItems(self.sheet.names)
            self.sheets.setCurrentText(self.sheet.name)
        self._build_mapping()
        self.check()

    def _mapping_key(self) -> str:
        return f"excel_import/{self.kind.currentData()}/" + "|".join(h.lower() for h in self.sheet.header)

    def _clear_mapping(self) -> None:
        while self.mapping_form.count():
            widget = self.mapping_form.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.columns = {}

    def _build_mapping(self) -> None:
        self._clear_mapping()
        kind = self.kind.currentData()
        saved = self.settings.value(self._mapping_key())
        mapping = guess_mapping(kind, self.sheet.header)
        if isinstance(saved, dict):
            mapping.update({k: int(v) for k, v in saved.items() if int(v) < len(self.sheet.header)})
        for n, f in enumerate(FIELDS[kind]):
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ExcelImport", "(none)"), -1)
            for i, h in enumerate(self.sheet.header):
                combo.addItem(h or f"#{i + 1}", i)
            combo.setCurrentIndex(combo.findData(mapping.get(f.key, -1)))
            combo.currentIndexChanged.connect(lambda _=0: self.check())
            self.columns[f.key] = combo
            row, col = divmod(n, 2)
            self.mapping_form.addWidget(QLabel(field_name(f.key) + (" *" if f.required else "")), row, col * 2)
            self.mapping_form.addWidget(combo, row, col * 2 + 1)

    def mapping(self) -> dict[str, int]:
        return {k: c.currentData() for k, c in self.columns.items() if c.currentData() is not None and c.currentData() >= 0}

    def check(self) -> None:
        """Check every row with the current mapping and show them, bad cells marked with the reason."""
        self.import_button.setEnabled(False)
        if self.sheet is None:
            return
        kind = self.kind.currentData()
        try:
            self.checked = check_sheet(self.state.database, kind, self.state.region_id, self.state.year, self.sheet,
                                       self.mapping())
        except SheetRefused as exc:
            self.summary.setText(sheet_error_text(exc))
            return
        fields = FIELDS[kind]
        self.preview.clear()
        self.preview.setColumnCount(len(fields) + 1)
        self.preview.setHorizontalHeaderLabels([QCoreApplication.translate("ExcelImport", "Row"), *[field_name(f.key) for f in fields]])
        self.preview.setRowCount(len(self.sheet.rows))
        problems: dict[tuple[int, str], str] = {(p.row, p.field): problem_text(p.code) for p in self.checked.problems}
        mapping = self.mapping()
        bad = QColor("#fdecea")
        for r, (number, raw) in enumerate(self.sheet.rows):
            self.preview.setItem(r, 0, QTableWidgetItem(str(number)))
            for c, f in enumerate(fields, 1):
                i = mapping.get(f.key)
                item = QTableWidgetItem(raw[i] if i is not None and i < len(raw) else "")
                reason = problems.get((number, f.key))
                if reason:
                    item.setBackground(bad)
                    item.setToolTip(reason)
                    item.setText(f"{item.text()} ⚠ {reason}")
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        bad_rows = len({p.row for p in self.checked.problems})
        if bad_rows:
            lines = [QCoreApplication.translate("ExcelImport", "Row %1, %2: %3").replace("%1", str(p.row)).replace("%2", field_name(p.field)).replace(
                "%3", problem_text(p.code)) for p in self.checked.problems[:8]]
            self.summary.setText(QCoreApplication.translate("ExcelImport", "%1 row(s) need fixing; nothing will be imported until they are:").replace(
                "%1", str(bad_rows)) + "\n" + "\n".join(lines))
        else:
            self.summary.setText(QCoreApplication.translate("ExcelImport", "All %1 row(s) are good. Press Import to add them.").replace(
                "%1", str(self.checked.good)))
            self.import_button.setEnabled(bool(self.checked.good))

    def accept_import(self) -> None:
        mapping = self.mapping()
        self.settings.setValue(self._mapping_key(), {k: v for k, v in mapping.items()})
        try:
            count = import_for_region(self.state.database, self.kind.currentData(), self.state.region_id,
                                      self.state.year, self.path.text(), self.sheet.name, mapping)
        except SheetRefused as exc:
            self.summary.setText(sheet_error_text(exc))
            return
        self.summary.setText(QCoreApplication.translate("ExcelImport", "Imported %1 row(s).").replace("%1", str(count)))
        self.import_button.setEnabled(False)
        self.imported = count
        self.state.data_changed.emit()

    def save_template(self, lang: str) -> None:
        path = self.ask_save_file(f"{self.kind.currentData()}-{lang}.xlsx")
        if not path:
            return
        write_template(self.kind.currentData(), lang, Path(path))
        self.summary.setText(QCoreApplication.translate("ExcelImport", "Template saved: %1").replace("%1", path))


"""Directory page: the region's units as a tree; add, rename, retire, restore (with undo) and import."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import (
    QBrush,
    QPalette,
    QRegularExpressionValidator,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from ...services import directory as service
from ...services.directory import DirectoryEditError, ImportRefused, Level, RowError, TerritoryRow
from ..conflict_dialog import tell_changed
from ..flow import FlowRow
from ..jobs import run_job
from ..labels import level_name
from ..unit_dates import DatesCommand, UnitDatesDialog
from .base import Page

ID_ROLE = Qt.ItemDataRole.UserRole + 1

CHILD_LEVELS = {
    "oblast": ["district", "oblast_city"],
    "capital": ["urban_district", "area"],
    "republican_city": ["urban_district", "area"],
    "district": ["rural_okrug", "district_city", "settlement", "village"],
    "oblast_city": ["area", "rural_okrug", "settlement", "village"],
    "urban_district": ["area"],
    "district_city": ["area", "village"],
    "rural_okrug": ["village", "settlement"],
    "settlement": ["area"],
    "village": ["area"],
    "area": [],
}


def row_error_text(err: RowError) -> str:
    reasons = {
        "bad_code": QCoreApplication.translate("UnitDialog", "the KATO code must have nine digits"),
        "duplicate_code": QCoreApplication.translate("UnitDialog", "this KATO code appears earlier in the file"),
        "unknown_parent": QCoreApplication.translate("UnitDialog", "the parent code is neither in the file nor in the directory"),
        "bad_level": QCoreApplication.translate("UnitDialog", "unknown level"),
        "missing_name": QCoreApplication.translate("UnitDialog", "both the Russian and the Kazakh name are required"),
        "parent_is_self": QCoreApplication.translate("UnitDialog", "a unit cannot be its own parent"),
        "cycle": QCoreApplication.translate("UnitDialog", "the parent codes go round in a circle"),
        "bad_parent_level": QCoreApplication.translate(
            "UnitDialog", "a unit of this level cannot be under a unit of the parent's level"),
        "code_mismatch": QCoreApplication.translate("UnitDialog", "the KATO code does not belong under the parent's code"),
        "other_region": QCoreApplication.translate("UnitDialog", "a unit cannot move to another region"),
    }
    return QCoreApplication.translate("UnitDialog", "Row %1: %2 (%3)").replace("%1", str(err.row)).replace(
        "%2", reasons.get(err.reason, err.reason)).replace("%3", err.value)


class UnitDialog(QDialog):
    """Add or rename a unit; the dialog stays open with the typed text when the database refuses."""

    def __init__(self, parent, levels: list[str] | None, name_ru: str = "", name_kk: str = ""):
        super().__init__(parent)
        self.adding = levels is not None
        self.setWindowTitle(self.tr("New unit") if self.adding else self.tr("Rename unit"))
        form = QFormLayout()
        self.level = QComboBox()
        self.kato = QLineEdit()
        self.kato.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,9}")))
        self.kato.setPlaceholderText(self.tr("nine digits; empty for a microdistrict"))
        if self.adding:
            for lv in levels:
                self.level.addItem(level_name(lv), lv)
            form.addRow(self.tr("&Level:"), self.level)
            form.addRow(self.tr("&KATO code:"), self.kato)
        self.name_ru = QLineEdit(name_ru)
        self.name_kk = QLineEdit(name_kk)
        form.addRow(self.tr("Name in &Russian:"), self.name_ru)
        form.addRow(self.tr("Name in K&azakh:"), self.name_kk)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for edit in (self.kato, self.name_ru, self.name_kk):
            edit.textChanged.connect(self._validate)
        self.level.currentIndexChanged.connect(self._validate)
        self._validate()
        self.resize(520, self.sizeHint().height())

    def values(self) -> tuple[str, str, str, str]:
        return (self.level.currentData() or "", self.kato.text().strip(), self.name_ru.text().strip(),
                self.name_kk.text().strip())

    def _validate(self) -> None:
        level, kato, ru, kk = self.values()
        problem = ""
        if not ru or not kk:
            problem = self.tr("Both the Russian and the Kazakh name are required.")
        elif self.adding and kato and len(kato) != 9:
            problem = self.tr("A KATO code has nine digits.")
        elif self.adding and not kato and level != Level.AREA:
            problem = self.tr("Only a meeting area (microdistrict) may be added without a KATO code.")
        self.error.setText(problem)
        self.ok.setEnabled(not problem)

    def show_refusal(self, message: str) -> None:
        self.error.setText(message)


class _Edit(QUndoCommand):
    """An undoable directory edit: `apply(forward)` does or undoes it over `version`, the unit's version the
    page showed (then the one this edit left); a unit someone changed meanwhile is refused with who and when,
    the page shows their version and the edit leaves the undo history."""

    def __init__(self, page: DirectoryPage, text: str, version: int):
        super().__init__(text)
        self.page, self.version = page, version

    def apply(self, forward: bool) -> None:
        raise NotImplementedError

    def _run(self, forward: bool) -> None:
        self.version = self.page.left.get(self.unit_id, self.version)  # a later edit of the unit moved it on
        try:
            self.apply(forward)
            self.page.left[self.unit_id] = self.version
        except DirectoryEditError as refused:
            if getattr(refused, "code", "") != "changed_since":
                raise
            self.setObsolete(True)
            tell_changed(self.page, refused)
        self.page.state.data_changed.emit()

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)


class RenameCommand(_Edit):
    def __init__(self, page, unit_id, old: tuple[str, str], new: tuple[str, str], version: int):
        super().__init__(page, QCoreApplication.translate("DirectoryPage", "Rename %1").replace("%1", new[0]),
                         version)
        self.unit_id, self.old, self.new = unit_id, old, new

    def apply(self, forward: bool) -> None:
        self.version = service.rename_unit(self.page.state.database, self.unit_id,
                                           *(self.new if forward else self.old), self.version)


class RetireCommand(_Edit):
    def __init__(self, page, unit_id, name: str, retire: bool, version: int):
        text = QCoreApplication.translate("DirectoryPage", "Retire %1") if retire else QCoreApplication.translate("DirectoryPage", "Restore %1")
        super().__init__(page, text.replace("%1", name), version)
        self.unit_id, self.retire = unit_id, retire

    def apply(self, forward: bool) -> None:
        self.version = service.set_retired(self.page.state.database, self.unit_id, self.retire == forward,
                                           self.version)


class AddCommand(_Edit):
    def __init__(self, page, unit_id: uuid.UUID, args: tuple, name: str):
        super().__init__(page, QCoreApplication.translate("DirectoryPage", "Add %1").replace("%1", name), 1)
        self.unit_id, self.args, self.first = unit_id, args, True

    def apply(self, forward: bool) -> None:
        if forward and self.first:  # already added by the dialog
            self.first = False
            return
        if forward:
            self.unit_id, self.version = service.add_unit(self.page.state.database, *self.args), 1
        else:
            service.delete_unused_unit(self.page.state.database, self.unit_id, self.version)


class DirectoryPage(Page):
    def __init__(self, state, undo_stack, parent=None):
        super().__init__(state, parent)
        self.undo_stack = undo_stack
        self.rows: dict[str, TerritoryRow] = {}
        self.left: dict[uuid.UUID, int] = {}  # the version this window's last edit of a unit left it at
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.activated.connect(lambda _i: self.rename())  # Enter or a double click
        self.add_button = QPushButton()
        self.rename_button = QPushButton()
        self.retire_button = QPushButton()
        self.dates_button = QPushButton()
        self.import_button = QPushButton()
        self.show_retired = QCheckBox()
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.dates_button.clicked.connect(self.edit_dates)
        self.import_button.clicked.connect(self.import_file)
        self.show_retired.toggled.connect(self.refresh)
        self.filter = QLineEdit()  # Edit > Find (Ctrl+F) lands here
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.layout_.addWidget(self.filter)
        bar = FlowRow()
        for w in (self.add_button, self.rename_button, self.retire_button, self.dates_button, self.import_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.show_retired)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.tree, 1)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)

    def title(self) -> str:
        return self.tr("Territory directory")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Administrative-territorial units of the region with their KATO codes, and meeting areas "
            "(microdistricts) without a code. Retired units stay in the history of meetings and issues."))
        self.add_button.setText(self.tr("&Add unit…"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.dates_button.setText(self.tr("&Dates…"))
        self.import_button.setText(self.tr("&Import file…"))
        self.show_retired.setText(self.tr("Show retired"))
        self.filter.setPlaceholderText(self.tr("Find a unit by name or KATO code… (Ctrl+F)"))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("KATO code"), self.tr("Level"), self.tr("Name in Kazakh")
             if self.state.language != "kk" else self.tr("Name in Russian")]
        )
        self._update_buttons()
        if self.rows:
            self.refresh()

    def selected(self) -> TerritoryRow | None:
        idx = self.tree.currentIndex()
        if not idx.isValid():
            return None
        unit_id = idx.siblingAtColumn(0).data(ID_ROLE)
        return self.rows.get(unit_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.add_button.setEnabled(row is not None and bool(CHILD_LEVELS.get(row.level)) and not row.retired)
        self.rename_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None and row.parent_id is not None)
        self.dates_button.setEnabled(row is not None and row.parent_id is not None)
        self.retire_button.setText(self.tr("&Restore") if row and row.retired else self.tr("Re&tire"))

    def refresh(self) -> None:
        current = self.selected()
        expanded = {i for i in self.rows if self._is_expanded(i)}
        self.model.removeRows(0, self.model.rowCount())
        self.rows = {}
        if self.state.region_id is None:
            return
        rows = service.region_tree(self.state.database, self.state.region_id)
        items: dict[str | None, QStandardItem] = {}
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        kk = self.state.language == "kk"
        for r in rows:
            if r.retired and not self.show_retired.isChecked():
                continue
            name = r.name_kk if kk else r.name_ru
            if r.retired:
                name += " " + self.tr("(retired)")
            cells = [QStandardItem(name), QStandardItem(r.kato or ""), QStandardItem(level_name(r.level)),
                     QStandardItem(r.name_ru if kk else r.name_kk)]
            cells[0].setData(r.id, ID_ROLE)
            if r.retired:
                for c in cells:
                    c.setForeground(grey)
            parent_item = items.get(r.parent_id)
            (parent_item or self.model.invisibleRootItem()).appendRow(cells)
            items[r.id] = cells[0]
            self.rows[r.id] = r
        self.tree.expandToDepth(0)
        for unit_id in expanded:
            if unit_id in items:
                self.tree.setExpanded(items[unit_id].index(), True)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 320))
        if current and current.id in items:
            self.tree.setCurrentIndex(items[current.id].index())
        self.apply_filter(self.filter.text())
        self._update_buttons()

    def apply_filter(self, text: str) -> None:
        """Show the units whose name (either language) or KATO code holds the text, with their parents."""
        needle = text.strip().casefold()

        def walk(item: QStandardItem, parent_index) -> bool:
            row = self.rows.get(item.data(ID_ROLE))
            own = not needle or row is not None and any(
                needle in (v or "").casefold() for v in (row.name_ru, row.name_kk, row.kato))
            children = [walk(item.child(i), item.index()) for i in range(item.rowCount())]
            shown = own or any(children)
            self.tree.setRowHidden(item.row(), parent_index, not shown)
            if needle and any(children):
                self.tree.setExpanded(item.index(), True)
            return shown

        for r in range(self.model.rowCount()):
            walk(self.model.item(r), self.model.invisibleRootItem().index())

    def _is_expanded(self, unit_id: str) -> bool:
        for row in range(self.model.rowCount()):
            found = self._find(self.model.item(row), unit_id)
            if found is not None:
                return self.tree.isExpanded(found.index())
        return False

    def _find(self, item: QStandardItem, unit_id: str) -> QStandardItem | None:
        if item.data(ID_ROLE) == unit_id:
            return item
        for i in range(item.rowCount()):
            found = self._find(item.child(i), unit_id)
            if found is not None:
                return found
        return None

    def add(self) -> None:
        parent = self.selected()
        if parent is None:
            return
        dialog = UnitDialog(self, CHILD_LEVELS[parent.level])
        while dialog.exec() == QDialog.DialogCode.Accepted:
            level, kato, ru, kk = dialog.values()
            args = (uuid.UUID(parent.id), level, ru, kk, kato or None)
            try:
                unit_id = service.add_unit(self.state.database, *args)
            except DirectoryEditError as exc:
                dialog.show_refusal(self._refusal_text(str(exc)))
                continue
            self.left[unit_id] = 1
            self.undo_stack.push(AddCommand(self, unit_id, args, ru))
            return

    def rename(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = UnitDialog(self, None, row.name_ru, row.name_kk)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            _, _, ru, kk = dialog.values()
            if (ru, kk) != (row.name_ru, row.name_kk):
                self.left[uuid.UUID(row.id)] = row.row_version  # a new edit goes over what the page shows
                self.undo_stack.push(RenameCommand(self, uuid.UUID(row.id), (row.name_ru, row.name_kk), (ru, kk),
                                                   row.row_version))

    def toggle_retired(self) -> None:
        row = self.selected()
        if row is not None:
            self.left[uuid.UUID(row.id)] = row.row_version
            self.undo_stack.push(RetireCommand(self, uuid.UUID(row.id), row.name_ru, not row.retired,
                                               row.row_version))

    def edit_dates(self) -> None:
        """When the unit was established and retired: the check requires it only while it exists."""
        row = self.selected()
        if row is None:
            return
        version = service.unit_version(self.state.database, uuid.UUID(row.id))  # what the dialog shows
        old = service.unit_dates(self.state.database, uuid.UUID(row.id))
        dialog = UnitDatesDialog(self, row.name_kk if self.state.language == "kk" else row.name_ru, *old)
        if dialog.exec() == QDialog.DialogCode.Accepted and tuple(dialog.values()) != tuple(old):
            self.left[uuid.UUID(row.id)] = version
            self.undo_stack.push(DatesCommand(self, uuid.UUID(row.id), row.name_ru, old, dialog.values(), version))

    def _refusal_text(self, message: str) -> str:
        if "already in the directory" in message:
            return self.tr("This KATO code is already in the directory.")
        return message

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import territories"), "",
            self.tr("Territory files (*.csv *.xlsx);;All files (*)"))
        if not path:
            return
        db = self.state.database

        def work(progress):
            try:
                return service.import_territories(db, Path(path))
            except ImportRefused as refused:  # a refusal is an answer to show, not a crash
                return refused

        run_job(self, self.tr("Importing territories…"), work, on_done=self._imported,
                on_failed=lambda message, details: self._refused(message))

    def _imported(self, result) -> None:
        if isinstance(result, ImportRefused):
            lines = [row_error_text(e) for e in result.errors] or [result.file_problem or str(result)]
            self._refused("\n".join(lines))
            return
        self.state.data_changed.emit()
        QMessageBox.information(self, self.tr("Import finished"), self.tr(
            "Added: %1, updated: %2, unchanged: %3.").replace("%1", str(result.added)).replace(
            "%2", str(result.updated)).replace("%3", str(result.unchanged)))

    def _refused(self, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File refused"), self.tr(
            "Nothing was imported: fix the rows listed under Details and import the file again."), parent=self)
        box.setDetailedText(details)
        box.exec()

"""The norms of a decree edition in its form: a list of norms, and the selected one's organizing akims, the units
they visit, the least number of meetings and the period, each chosen from translated names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import calendar_decree as decree
from .labels import level_name

NEW_NORM = decree.Norm((), (), "year", 1)


def period_kind_name(period: str) -> str:
    return {"year": QCoreApplication.translate("EditionDialog", "a year"),
            "half_year": QCoreApplication.translate("EditionDialog", "a half-year"),
            "quarter": QCoreApplication.translate("EditionDialog", "a quarter")}.get(period, period)


def levels_text(levels: tuple[str, ...]) -> str:
    return ", ".join(map(level_name, levels)) or "—"


class NormsEditor(QGroupBox):
    """Norms of an edition: add, remove, and edit the selected one; `norms()` gives them back in order."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Norms: field meetings each akim holds"))
        self._norms: list[decree.Norm] = []
        self._loading = False
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.table.setHorizontalHeaderLabels([self.tr("Akims of"), self.tr("Visit"), self.tr("At least"), self.tr("In")])
        self.add_button = QPushButton(self.tr("Add a &norm"))
        self.remove_button = QPushButton(self.tr("Remove &the norm"))
        self.add_button.setToolTip(self.tr("A new norm: choose its akims, the units they visit and the period"))
        self.remove_button.setToolTip(self.tr("Remove the selected norm from the edition"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self._build_detail())
        self.table.currentCellChanged.connect(lambda row, *_: self._show_norm(row))
        self.add_button.clicked.connect(self.add_norm)
        self.remove_button.clicked.connect(self.remove_norm)

    def _level_list(self) -> QListWidget:
        box = QListWidget()
        for code in decree.LEVEL_ORDER:
            item = QListWidgetItem(level_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            box.addItem(item)
        box.setMinimumHeight(box.sizeHintForRow(0) * len(decree.LEVEL_ORDER) + 2 * box.frameWidth() + 4)
        box.itemChanged.connect(self._changed)
        return box

    def _build_detail(self) -> QWidget:
        self.detail = QGroupBox(self.tr("The selected norm"))
        self.organizers, self.targets = self._level_list(), self._level_list()
        self.minimum = QSpinBox()
        self.minimum.setRange(1, 24)
        self.period = QComboBox()
        for code in decree.PERIODS:
            self.period.addItem(period_kind_name(code), code)
        self.minimum.valueChanged.connect(self._changed)
        self.period.currentIndexChanged.connect(self._changed)
        grid = QGridLayout(self.detail)
        for column, (text, box) in enumerate(((self.tr("Or&ganizing akims:"), self.organizers),
                                              (self.tr("Meet in eac&h unit of:"), self.targets))):
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, 0, column)
            grid.addWidget(box, 1, column)
        numbers = QFormLayout()
        numbers.addRow(self.tr("At least, meet&ings:"), self.minimum)
        numbers.addRow(self.tr("Co&unted per:"), self.period)
        grid.addLayout(numbers, 2, 0, 1, 2)
        return self.detail

    # --- values ------------------------------------------------------------------------------------
    def set_norms(self, norms: tuple[decree.Norm, ...]) -> None:
        self._norms = list(norms)
        self.table.setRowCount(len(self._norms))
        for row in range(len(self._norms)):
            self._show_row(row)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(0 if self._norms else -1, 0)
        self._show_norm(self.table.currentRow())

    def norms(self) -> tuple[decree.Norm, ...]:
        return tuple(self._norms)

    def select(self, number: int) -> None:
        """Select the norm numbered from 1 (the one a refusal names)."""
        if 1 <= number <= len(self._norms):
            self.table.setCurrentCell(number - 1, 0)

    def add_norm(self) -> None:
        self._norms.append(NEW_NORM)
        self.table.setRowCount(len(self._norms))
        self._show_row(len(self._norms) - 1)
        self.table.setCurrentCell(len(self._norms) - 1, 0)
        self.organizers.setFocus()

    def remove_norm(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._norms):
            return
        del self._norms[row]
        self.table.removeRow(row)
        self.table.setCurrentCell(min(row, len(self._norms) - 1), 0)
        self._show_norm(self.table.currentRow())

    # --- between the table and the detail ----------------------------------------------------------
    def _show_row(self, row: int) -> None:
        norm = self._norms[row]
        for column, text in enumerate((levels_text(norm.organizers), levels_text(norm.targets), str(norm.minimum),
                                       period_kind_name(norm.period))):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)

    def _show_norm(self, row: int) -> None:
        has = 0 <= row < len(self._norms)
        self.detail.setEnabled(has)
        self.remove_button.setEnabled(has)
        norm = self._norms[row] if has else NEW_NORM
        self._loading = True
        try:
            for box, chosen in ((self.organizers, norm.organizers), (self.targets, norm.targets)):
                for i in range(box.count()):
                    item = box.item(i)
                    checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.minimum.setValue(norm.minimum)
            self.period.setCurrentIndex(max(0, self.period.findData(norm.period)))
        finally:
            self._loading = False

    @staticmethod
    def _checked(box: QListWidget, before: tuple[str, ...]) -> tuple[str, ...]:
        """The checked levels, those the norm had keeping their order (an unchanged norm stays equal)."""
        checked = [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
                   if box.item(i).checkState() == Qt.CheckState.Checked]
        return tuple(lv for lv in before if lv in checked) + tuple(lv for lv in checked if lv not in before)

    def _changed(self, *_args) -> None:
        row = self.table.currentRow()
        if self._loading or not 0 <= row < len(self._norms):
            return
        old = self._norms[row]
        self._norms[row] = decree.Norm(self._checked(self.organizers, old.organizers),
                                       self._checked(self.targets, old.targets),
                                       self.period.currentData(), self.minimum.value())
        self._show_row(row)
        self.table.resizeRowToContents(row)

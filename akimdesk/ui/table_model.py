"""A read-only table over plain rows, with typed values so sorting by date and number is right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROOT = QModelIndex()
Column = tuple[Callable[[], str], Callable[[Any], Any]]  # (header text, value of a row)


class ColumnsTableModel(QAbstractTableModel):
    """Rows under columns whose first two parts are (header text, value of a row); subclasses say how values show."""

    def __init__(self, columns: Sequence[Sequence[Any]] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]()
        return None

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def value(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        """The value of a cell, as its column computes it from the row."""
        return self.columns[index.column()][1](self.rows[index.row()])


class RowsTableModel(ColumnsTableModel):
    """Columns of `Column`s over a list set at once; dates and numbers keep their type for sorting.

    Each cell's value is computed once: sorting, the quick filter (every cell, at every key), sizing the
    columns and painting ask for it again and again (the Audit page's 2,000 lines summarise their changes)."""

    def __init__(self, columns: Sequence[Sequence[Any]] = (), parent=None):
        super().__init__(columns, parent)
        self._values: dict[tuple[int, int], Any] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._values = {}
        self.endResetModel()

    def retranslate(self) -> None:
        self._values = {}  # the columns' texts in the new language
        super().retranslate()

    def value(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        key = (index.row(), index.column())
        try:
            return self._values[key]
        except KeyError:
            value = self._values[key] = super().value(index)
            return value

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.value(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, dt.date):
                return value.strftime("%d.%m.%Y")
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if isinstance(value, dt.date):
                return value.toordinal()
            return value if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 20:  # may be elided
            return value
        return None

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


def sort_key(value: Any) -> tuple:
    """How a cell's value sorts: blanks first, then dates and numbers by value, then texts."""
    if value is None or value == "":
        return (0, 0)
    if isinstance(value, dt.datetime):
        return (1, value.timestamp() / 86_400 + 719_163)  # on the scale of a date's ordinal
    if isinstance(value, dt.date):
        return (1, value.toordinal())
    if isinstance(value, (int, float)):
        return (1, value)
    return (2, str(value))


def shown_text(value: Any) -> str:
    """A cell's value as the table shows it: a date as 31.12.2026, nothing as blank."""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return "" if value is None else str(value)


_SHOWN_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class RowsTableModel(ColumnsTableModel):
    """Columns of `Column`s over a list set at once, sorted by the model itself (dates and numbers by value).

    Each cell's value is computed once: sorting, the quick filter (every cell, at every key), sizing the
    columns and painting ask for it again and again (the Audit page's 2,000 lines summarise their changes).
    The model sorts its rows in Python, one key per row, and keeps that order when the rows are set again:
    a proxy sorting them asks for two cells per comparison, about 30,000 calls into Python for the 1,712
    meetings of a national region (its `FilteredProxy` leaves the order to this model)."""

    def __init__(self, columns: Sequence[Sequence[Any]] = (), parent=None):
        super().__init__(columns, parent)
        self._values: dict[tuple[int, int], Any] = {}  # (id of the row, column) -> value
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._values = {}
        if self._order is not None:
            self.rows = [self.rows[i] for i in self._sorted(*self._order)]
        self.endResetModel()

    def retranslate(self) -> None:
        self._values = {}  # the columns' texts in the new language
        super().retranslate()
        if self._order is not None and self.rows:  # texts sort anew in the new language
            self.sort(*self._order)

    def _cell(self, row: Any, column: int) -> Any:
        key = (id(row), column)
        try:
            return self._values[key]
        except KeyError:
            value = self._values[key] = self.columns[column][1](row)
            return value

    def value(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        return self._cell(self.rows[index.row()], index.column())

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The rows' numbers in the order; equal rows keep theirs, going up or down (as Qt's own sort)."""
        rows = self.rows
        return sorted(range(len(rows)), key=lambda i: sort_key(self._cell(rows[i], column)),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self._order = None
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_ = self._sorted(column, order)
        new_row = {old: new for new, old in enumerate(order_)}
        persistent = self.persistentIndexList()  # the selection and the proxy's own indexes follow their rows
        self.changePersistentIndexList(persistent, [self.index(new_row[i.row()], i.column()) for i in persistent])
        self.rows = [self.rows[i] for i in order_]
        self.layoutChanged.emit()

    def text(self, row: int, column: int) -> str:
        """The text a cell shows, asked without a model index (measuring a column reads hundreds of cells)."""
        return shown_text(self._cell(self.rows[row], column))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _SHOWN_ROLES or not index.isValid():  # a view asks each cell for a dozen roles
            return None
        value = self.value(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_text(value)
        if isinstance(value, str) and len(value) > 20:  # a tooltip for a text that may be elided
            return value
        return None


# read(column, order, offset, at least): the rows from offset on (a page, or more when at least asks for more),
# how many the list shows in all, and how many before its quick filter (None: the same)
Read = Callable[[int, Qt.SortOrder, int, int], tuple[list[Any], int, int | None]]


class PagedRowsModel(RowsTableModel):
    """Columns of `Column`s over rows read a page at a time, where they are sorted and filtered (in SQL):
    `read(column, order, offset, at_least)` gives the rows from `offset` on. The view asks for the next page as it
    scrolls to the end of those read; a list of thousands reads only what is scrolled through."""

    def __init__(self, columns: Sequence[Sequence[Any]], read: Read, parent=None, by_language: Sequence[int] = (),
                 language: Callable[[], str] = lambda: ""):
        super().__init__(columns, parent)
        self.read = read
        self.by_language = frozenset(by_language)  # columns whose order follows the language's texts (names)
        self.language = language  # the person's language now
        self._read_in = ""  # the language the rows were read in
        self.total = 0  # rows the list shows in all
        self.whole: int | None = None  # rows before the quick filter, when it hides some
        self.active = False  # read once: a sort or a new language reads the first page again

    def reload(self, at_least: int = 0) -> None:
        """The first page read again (the filter, the region or the data changed), or in the same read as many
        rows as `at_least` (those the person had scrolled through, when the same list is read again)."""
        self.active = True
        self._read_in = self.language()
        self.beginResetModel()
        self._values = {}
        rows, self.total, self.whole = self.read(*self._reading(), 0, at_least)
        self.rows = list(rows)
        self.endResetModel()

    def _reading(self) -> tuple[int, Qt.SortOrder]:
        return self._order or (-1, Qt.SortOrder.AscendingOrder)

    def canFetchMore(self, parent=ROOT) -> bool:
        return not parent.isValid() and self.active and len(self.rows) < self.total

    def fetchMore(self, parent=ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        rows, _total, _whole = self.read(*self._reading(), len(self.rows), 0)
        if not rows:  # fewer than counted (deleted meanwhile): the list ends here
            self.total = len(self.rows)
            return
        self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        asked = (column, order) if 0 <= column < len(self.columns) else None
        if asked == self._order:  # a header's click asks twice (the view, then its sort indicator)
            return
        self._order = asked
        if self.active:
            self.reload()

    def retranslate(self) -> None:
        self._values = {}  # the rows' texts in the new language
        if (self.active and self._order is not None and self._order[0] in self.by_language
                and self.language() != self._read_in):
            self.reload()  # names sort anew in the new language (once, however many ask)
        else:
            ColumnsTableModel.retranslate(self)

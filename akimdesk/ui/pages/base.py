"""A page of the main window: a heading, an explanation, a body; retranslates itself."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..fit import remember_columns
from ..state import AppState
from ..table_model import Column, RowsTableModel


class Page(QWidget):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.note)
        self.stale = True  # the region, year or data changed since the page last loaded
        state.selection_changed.connect(self._changed)
        state.data_changed.connect(self._changed)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.heading.setText(self.title())

    def refresh(self) -> None:
        """Reload from the database (called when the region, year or data change)."""

    def is_current(self) -> bool:
        """Whether the user sees this page: the shown page of the window (a page on its own always is)."""
        stack = self.parentWidget()
        return not isinstance(stack, QStackedWidget) or stack.currentWidget() is self

    def _changed(self) -> None:
        """Only the page the user sees loads now; the others load when they are shown (`shown`)."""
        if self.is_current():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def reload_when_seen(self) -> None:
        """Reload now if the user sees this page, else when it is next shown (a hidden page waits)."""
        if self.is_current():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def shown(self) -> None:
        """The window switched to this page: load it if something changed while it was hidden."""
        if self.stale:
            self.stale = False
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


SIZED_FROM_ROWS = 100
WIDEST_COLUMN = 380  # pixels: a longer text is cut with "…" and shown whole in its tooltip


class FilteredProxy(QSortFilterProxyModel):
    """The quick filter over a `RowsTableModel`, in the model's own order: a click on a column's header
    sorts the model (one key per row, in Python), not this proxy (two cells asked per comparison)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class FilteredTable(QWidget):
    """A read-only table over plain rows with a quick filter (any case, any column) and a row count."""

    def __init__(self, columns: list[Column], order: Qt.SortOrder = Qt.SortOrder.DescendingOrder, parent=None):
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.model = RowsTableModel(columns, self)
        self.proxy = FilteredProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.textChanged.connect(self.update_count)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, order)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # columns sized to their first rows, not to up to a thousand (each a text measured): capped anyway
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_FROM_ROWS)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def set_rows(self, rows: list) -> None:
        self.model.set_rows(rows)
        if not getattr(self.table.horizontalHeader(), "remembered_as", None):  # later: the widths shown stay
            self._fit_columns()
        page = self.parentWidget()
        while page is not None and not isinstance(page, Page):
            page = page.parentWidget()
        if page is not None and rows:  # widths the user set win over the automatic ones
            remember_columns(self.table, type(page).__name__)
        self.update_count()

    def _fit_columns(self) -> None:
        """Each column as wide as its header and its texts in the first rows (`SIZED_FROM_ROWS`), and as a
        text common in the whole list (in a tenth of as many rows spread through it), at most `WIDEST_COLUMN`:
        a status common only further down (that of past meetings, below this year's planned ones) is not
        cut, a rare long text is (whole in its tooltip), and no list measures every row."""
        self.table.resizeColumnsToContents()
        rows, model = self.model.rowCount(), self.model
        spread = range(0, rows, max(1, rows // SIZED_FROM_ROWS)) if rows > SIZED_FROM_ROWS else range(0)
        common = max(2, len(spread) // 10)
        metrics = self.table.fontMetrics()
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 1
        for col in range(model.columnCount()):
            seen = Counter(model.data(model.index(row, col)) for row in spread)
            widest = max((metrics.horizontalAdvance(text) + margin for text, n in seen.items() if n >= common), default=0)
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), widest), WIDEST_COLUMN))

    def current_row(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("Rows: %1") if shown == total else self.tr("Rows: %1 of %2")
        self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter the list… (Ctrl+F)"))
        self.model.retranslate()
        self.update_count()

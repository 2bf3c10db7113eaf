"""A page of the main window: a heading, an explanation, a body; retranslates itself."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from math import ceil
from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
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

from ..fit import remember_columns, share_columns
from ..state import AppState
from ..table_model import Column, PagedRowsModel, Read, RowsTableModel


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


class ListView(QTableView):
    """A table whose columns take their texts' widths (`natural`, measured by its `FilteredTable`) and share
    the width shown when they want more: a Kazakh list at 1366 px no longer hides its last column behind a
    scroll bar while another column is wider than it needs. `natural` is None while the person's widths show."""

    natural: list[int] | None = None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.share()

    def share(self) -> None:
        if self.natural is None:
            return
        room = self.maximumViewportSize().width() - self.verticalScrollBar().sizeHint().width()
        share_columns(self, list(enumerate(self.natural)), room)


class FilteredTable(QWidget):
    """A read-only table over plain rows with a quick filter (any case, any column) and a row count.

    With `read`, the rows come a page at a time from where they are filtered and sorted (`PagedRowsModel`):
    the page's `read` looks at the quick filter's text, asked again as the person pauses typing; `key` tells a
    row's record (to find the chosen row again after a save); the columns `by_language` sort by names, read
    again when `language` changes."""

    def __init__(self, columns: list[Column], order: Qt.SortOrder = Qt.SortOrder.DescendingOrder, parent=None,
                 read: Read | None = None, key: Callable[[Any], Any] | None = None, by_language: tuple[int, ...] = (),
                 language: Callable[[], str] = lambda: ""):
        super().__init__(parent)
        self.key = key  # what a row stays when its record changes: the row chosen is found again after a reload
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.table = ListView()
        self._measured: str | None = None  # the language the columns were last fitted to rows in
        self.proxy: FilteredProxy | None = None
        if read is not None:
            self.model: RowsTableModel = PagedRowsModel(columns, read, self, by_language, language)
            self.table.setModel(self.model)
            self._typed = QTimer(self, singleShot=True, interval=250)
            self._typed.timeout.connect(self.reload)
            self.filter.textChanged.connect(lambda _t: self._typed.start())
        else:
            self.model = RowsTableModel(columns, self)
            self.proxy = FilteredProxy(self)
            self.proxy.setSourceModel(self.model)
            self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.proxy.setFilterKeyColumn(-1)
            self.filter.textChanged.connect(self.proxy.setFilterFixedString)
            self.filter.textChanged.connect(self.update_count)
            self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, order)
        if self.proxy is None:  # a paged list sorted anew is read from its top (its first page)
            self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.table.scrollToTop())
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
        self._fit_columns()
        self.update_count()

    def reload(self, same_list: bool = False) -> None:
        """A paged list's first page read again (the filter, the region or the data changed). `same_list`: only
        its data changed (a record saved), so the rows scrolled through are read again and the row the person
        had chosen stays chosen, where it was on the screen, as long as it is still in the list."""
        self._typed.stop()
        chosen = self.current_row() if same_list and self.key is not None else None
        scrolled = self.table.verticalScrollBar().value()
        self.model.reload(self.model.rowCount() if same_list else 0)
        self._fit_columns()
        self.update_count()
        if not same_list:  # another list (a filter, a year): from its top
            self.table.scrollToTop()
            return
        if chosen is not None:
            found = next((i for i, row in enumerate(self.model.rows) if self.key(row) == self.key(chosen)), None)
            if found is not None:
                self.table.selectRow(found)
        self.table.verticalScrollBar().setValue(scrolled)

    def _fit_columns(self) -> None:
        """The widths the person set on this page's list in this language, else widths fitted to the rows
        (once per language, on the first rows: later the widths shown stay) and shared out within the table."""
        page = self.parentWidget()
        while page is not None and not isinstance(page, Page):
            page = page.parentWidget()
        lang = page.state.language if page is not None else ""
        if page is not None and remember_columns(self.table, type(page).__name__, lang):
            self.table.natural = None
            return
        if self._measured != lang or self.table.natural is None:
            self.table.natural = self._natural_widths()
            if self.model.rowCount():
                self._measured = lang
        self.table.share()

    def _natural_widths(self) -> list[int]:
        """Each column as wide as its header and its texts in the first rows (`SIZED_FROM_ROWS`), and as a
        text common in the whole list (in a tenth of as many rows spread through it), at most `WIDEST_COLUMN`:
        a status common only further down (that of past meetings, below this year's planned ones) is not
        cut, a rare long text is (whole in its tooltip), and no list measures every row."""
        table, header = self.table, self.table.horizontalHeader()
        rows, model = self.model.rowCount(), self.model
        spread = range(0, rows, max(1, rows // SIZED_FROM_ROWS)) if rows > SIZED_FROM_ROWS else range(0)
        common = max(2, len(spread) // 10)
        metrics = QFontMetricsF(table.font())
        # as a cell's delegate measures a text (the model gives no font or icon): its advance, the margins and a
        # pixel to spare (a text laid out may end a fraction past its advance); measured from the texts alone,
        # as the view asks each cell a dozen roles (17 ms for the Meetings page on a national region)
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 2
        first = range(min(rows, SIZED_FROM_ROWS))  # the model keeps the rows in the order shown
        natural = []
        for col in range(model.columnCount()):
            seen = Counter(model.text(row, col) for row in spread)
            texts = {text for text, n in seen.items() if n >= common}
            texts.update(model.text(row, col) for row in first)
            widest = max((ceil(metrics.horizontalAdvance(text)) + margin for text in texts if text), default=0)
            natural.append(min(max(widest, header.sectionSizeHint(col)), WIDEST_COLUMN))
        return natural

    def current_row(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row() if self.proxy is not None else index.row()]

    def update_count(self) -> None:
        if self.proxy is None:
            shown, total = self.model.total, self.model.whole if self.model.whole is not None else self.model.total
        else:
            shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("Rows: %1") if shown == total else self.tr("Rows: %1 of %2")
        self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter the list… (Ctrl+F)"))
        self.model.retranslate()
        self._fit_columns()  # the person's widths in this language, or the texts' in it
        self.update_count()

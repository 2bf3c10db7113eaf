"""The register as a Qt table that fetches its rows a page at a time, as the view scrolls.

Sorting, filtering and search happen in SQL (services.register); the model only ever holds the pages
the user has scrolled through, never the whole register.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..services import register as service
from ..services.register import IssueFilter, RegisterRow
from .state import AppState
from .table_model import ROOT, ColumnsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY, _FOREGROUND = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole
_ANSWERED = frozenset({_DISPLAY, ID_ROLE, _FOREGROUND, Qt.ItemDataRole.ToolTipRole})
OVERDUE = QColor("#b00020")


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class RegisterColumn(NamedTuple):
    header: Callable[[], str]
    value: Callable[[RegisterRow], str]  # as shown
    sort: str | None  # the sort key in SQL; None: not sortable


class IssueRegisterModel(ColumnsTableModel):
    """Rows of the register for the current filter, fetched lazily by keyset pages."""

    def _columns(self) -> list[RegisterColumn]:
        st = self.state
        return [
            RegisterColumn(lambda: self.tr("Raised"), lambda r: _date(r.raised_on), "raised_on"),
            RegisterColumn(lambda: self.tr("Where"), lambda r: st.name(r, "unit"), "territory"),
            RegisterColumn(lambda: self.tr("Issue"), lambda r: " ".join(r.text.split()), None),
            RegisterColumn(lambda: self.tr("Category"), lambda r: st.name(r, "category"), "category"),
            RegisterColumn(lambda: self.tr("Responsible body"), lambda r: st.name(r, "body"), "body"),
            RegisterColumn(lambda: self.tr("Deadline"), lambda r: _date(r.deadline) + (" *" if r.extended else ""),
                           "deadline"),
            RegisterColumn(lambda: self.tr("Status"),
                           lambda r: getattr(r, f"status_{st.language}", "") or r.status_ru, "status"),
            RegisterColumn(lambda: self.tr("Reg. No."), lambda r: r.registration_number or "", "number"),
        ]

    def __init__(self, state: AppState, parent=None, page_size: int = service.PAGE_SIZE):
        super().__init__((), parent)
        self.state = state
        self.page_size = page_size
        self.filter = IssueFilter()
        self.expected: int | None = None
        self.universe: int | None = None  # about all issues in the database (services.register.plan_sizes)
        self.pages_fetched = 0
        self.today = dt.date.today()
        self._next: tuple | None = None
        self.columns = self._columns()

    # --- loading ---------------------------------------------------------------------------------
    def set_filter(self, flt: IssueFilter, expected: int | None = None) -> None:
        """Show the first page for a new filter (or reload the current one); `expected` is its count if known."""
        self.beginResetModel()
        self.filter = flt
        self.expected = expected
        self.today = dt.date.today()
        self.rows, self._next, self.pages_fetched = [], None, 0
        self._load_page(None)
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter, self.expected)

    def _load_page(self, after) -> list[RegisterRow]:
        page = service.issue_page(self.state.database, self.filter, after=after, limit=self.page_size,
                                  lang=self.state.language, today=self.today, expected=self.expected, universe=self.universe)
        self.pages_fetched += 1
        self._next = page.next_key
        if after is None:
            self.rows = page.rows
        return page.rows

    def canFetchMore(self, parent=ROOT) -> bool:
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent=ROOT) -> None:
        if parent.isValid() or self._next is None:
            return
        page = service.issue_page(self.state.database, self.filter, after=self._next, limit=self.page_size,
                                  lang=self.state.language, today=self.today, expected=self.expected, universe=self.universe)
        self.pages_fetched += 1
        if page.rows:
            self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self._next = page.next_key
            self.endInsertRows()
        else:
            self._next = None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.filter.sort, self.filter.descending):
            self.set_filter(replace(self.filter, sort=key, descending=descending), self.expected)

    # --- the table -------------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        # a repaint asks each visible cell for about ten roles: the ones never answered cost one set lookup
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == _DISPLAY:
            return self.value(index)
        r = self.rows[index.row()]
        if role == ID_ROLE:
            return str(r.id)
        key = self.columns[index.column()].sort
        if role == _FOREGROUND:
            return QBrush(OVERDUE) if key in ("deadline", "status") and r.overdue(self.today) else None
        if key is None:  # the tooltip
            return r.text
        if key == "deadline" and r.extended:
            return self.tr("Extended; the original deadline was %1").replace("%1", _date(r.original_deadline))
        if key == "deadline" and r.overdue(self.today):
            return self.tr("Overdue")
        if key == "body":
            return self.state.name(r, "body")
        return None

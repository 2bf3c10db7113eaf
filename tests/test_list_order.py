"""The lists of the Calendar, Meetings and Audit pages sorted by a click on a column's header: dates as dates,
numbers as numbers, blanks first, the order kept when the rows come again, the selected row followed, and no
work per comparison (a proxy sorting 2,000 rows asked the model for about 40,000 cells)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt

from akimdesk.ui.pages.base import FilteredTable
from akimdesk.ui.table_model import RowsTableModel


@dataclass(frozen=True)
class Line:
    day: dt.date
    count: int | None
    text: str


def lines(n: int) -> list[Line]:
    """n lines whose days, counts and texts are in three different orders (the counts with blanks)."""
    return [Line(dt.date(2026, 1, 1) + dt.timedelta(days=(i * 7919) % n), None if i % 5 == 0 else (i * 31) % 97,
                 f"Строка {(i * 13) % n:05d}") for i in range(n)]


def table(qtbot) -> FilteredTable:
    widget = FilteredTable([(lambda: "Date", lambda r: r.day), (lambda: "Count", lambda r: r.count),
                            (lambda: "Text", lambda r: r.text)], Qt.SortOrder.DescendingOrder)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(widget: FilteredTable, column: int) -> list[str]:
    proxy = widget.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_a_click_on_a_header_sorts_by_the_values_not_by_their_text(qtbot):
    widget = table(qtbot)
    rows = lines(40)
    widget.set_rows(rows)
    # first by date, newest first, as the list opened
    assert shown(widget, 0) == [r.day.strftime("%d.%m.%Y") for r in sorted(rows, key=lambda r: r.day, reverse=True)]
    widget.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    counts = shown(widget, 1)
    blanks = sum(1 for r in rows if r.count is None)
    assert counts[:blanks] == [""] * blanks  # blanks first going up
    numbers = [int(c) for c in counts[blanks:]]
    assert numbers == sorted(numbers) and numbers != sorted(numbers, key=str)  # 9 before 10, not "10" before "9"
    widget.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    days = [dt.datetime.strptime(d, "%d.%m.%Y").date() for d in shown(widget, 0)]
    assert days == sorted(r.day for r in rows) and days != sorted(days, key=lambda d: d.strftime("%d.%m.%Y"))
    widget.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown(widget, 1)[-blanks:] == [""] * blanks  # and last going down


def test_the_chosen_order_holds_when_the_rows_come_again_and_the_selected_row_follows_a_sort(qtbot):
    widget = table(qtbot)
    widget.set_rows(lines(30))
    widget.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    widget.set_rows(list(reversed(lines(30))))  # a refresh: the same lines in another order
    assert shown(widget, 2) == sorted(r.text for r in lines(30))
    widget.table.selectRow(4)
    chosen = widget.current_row()
    widget.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert widget.current_row() == chosen
    assert widget.table.selectionModel().selectedRows()[0].row() != 4  # it moved, and the selection with it
    widget.filter.setText("Строка 0001")  # the quick filter still works, in the model's order
    matching = [r for r in lines(30) if "Строка 0001" in r.text]
    assert shown(widget, 2) == [r.text for r in sorted(matching, key=lambda r: r.day, reverse=True)]


def test_sorting_a_long_list_asks_for_no_cell_per_comparison(qtbot, monkeypatch):
    asked = [0]
    data = RowsTableModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked[0] += 1
        return data(self, index, role)

    monkeypatch.setattr(RowsTableModel, "data", counted)
    widget = table(qtbot)
    widget.set_rows(lines(100))
    qtbot.wait(10)
    assert asked[0] > 0  # the count sees the cells Qt asks for (a paint)
    cells = {}
    for n, column in ((2_000, 2), (4_000, 1)):
        asked[0] = 0
        widget.set_rows(lines(n))
        widget.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        qtbot.wait(10)
        cells[n] = asked[0]
    # the cells on the screen (each asked for several roles, in one or two paints): fewer than the rows, where
    # a proxy sorting them asked two per comparison (n log n: 84,430 and 168,586)
    assert cells[2_000] < 2_000 and cells[4_000] < 4_000, cells


def test_a_column_is_as_wide_as_a_text_common_only_further_down_the_list(qtbot):
    # 300 lines: the first 150 with a short status, the rest with a long one (past meetings below this year's)
    rows = [Line(dt.date(2026, 12, 31) - dt.timedelta(days=i), i, "Проведена" if i < 150 else "Итоги опубликованы")
            for i in range(300)]
    widget = FilteredTable([(lambda: "Date", lambda r: r.day), (lambda: "Status", lambda r: r.text),
                            (lambda: "Count", lambda r: r.count)], Qt.SortOrder.DescendingOrder)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.set_rows(rows)
    metrics = widget.table.fontMetrics()
    assert widget.table.columnWidth(1) > metrics.horizontalAdvance("Итоги опубликованы")  # not cut
    assert widget.table.columnWidth(1) < 2 * metrics.horizontalAdvance("Итоги опубликованы") + 40  # nor wider
    assert widget.table.columnWidth(0) < 2 * metrics.horizontalAdvance("31.12.2026") + 40

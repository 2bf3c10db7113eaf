"""Small charts drawn with QPainter, each with its numbers as a table one click away."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

GREEN, RED, BLUE, GREY = QColor("#2e7d32"), QColor("#c62828"), QColor("#1565c0"), QColor("#9e9e9e")


class BarChart(QWidget):
    """Bars with a name and a number each; horizontal (names on the left) or vertical (names below).

    A bar may carry a second, highlighted part (for example the overdue share of a body's issues)."""

    def __init__(self, horizontal: bool = True, parent=None):
        super().__init__(parent)
        self.horizontal = horizontal
        self.names: list[str] = []
        self.values: list[int] = []
        self.parts: list[int] = []
        self.color, self.part_color = BLUE, RED
        self.setMinimumHeight(120)

    def set_data(self, names: list[str], values: list[int], parts: list[int] | None = None) -> None:
        self.names, self.values, self.parts = list(names), list(values), list(parts or [])
        self.setToolTip("\n".join(f"{n}: {v}" for n, v in zip(self.names, self.values, strict=True)))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height() + 6
        return QSize(360, max(120, line * len(self.names) + 8) if self.horizontal else 160)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        if not self.values:
            return
        top = max(max(self.values), 1)
        fm = self.fontMetrics()
        if self.horizontal:
            self._paint_rows(painter, fm, top, text)
        else:
            self._paint_columns(painter, fm, top, text)

    def _paint_rows(self, painter: QPainter, fm, top: int, text: QColor) -> None:
        line = fm.height() + 6
        label_w = min(int(self.width() * 0.45), max(fm.horizontalAdvance(n) for n in self.names) + 8)
        number_w = fm.horizontalAdvance(str(top)) + 10
        bar_w = max(self.width() - label_w - number_w - 8, 10)
        for i, (name, value) in enumerate(zip(self.names, self.values, strict=True)):
            y = 4 + i * line
            painter.setPen(text)
            painter.drawText(QRectF(0, y, label_w - 6, line), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 6))
            length = bar_w * value / top
            painter.fillRect(QRectF(label_w, y + 3, length, line - 6), self.color)
            if i < len(self.parts) and self.parts[i]:
                painter.fillRect(QRectF(label_w, y + 3, bar_w * self.parts[i] / top, line - 6), self.part_color)
            painter.drawText(QRectF(label_w + length + 4, y, number_w, line), Qt.AlignmentFlag.AlignVCenter, str(value))

    def _paint_columns(self, painter: QPainter, fm, top: int, text: QColor) -> None:
        n = len(self.values)
        line = fm.height() + 4
        width = self.width() / n
        height = self.height() - 2 * line - 4
        for i, (name, value) in enumerate(zip(self.names, self.values, strict=True)):
            x = i * width
            length = height * value / top
            painter.fillRect(QRectF(x + width * 0.15, line + height - length, width * 0.7, length), self.color)
            painter.setPen(text)
            painter.drawText(QRectF(x, line + height - length - line, width, line), Qt.AlignmentFlag.AlignCenter,
                             str(value) if value else "")
            painter.drawText(QRectF(x, line + height + 2, width, line), Qt.AlignmentFlag.AlignCenter,
                             fm.elidedText(name, Qt.TextElideMode.ElideRight, int(width)))


class ChartBox(QGroupBox):
    """A titled chart with a button that shows the same numbers as a table."""

    def __init__(self, chart: QWidget, parent=None):
        super().__init__(parent)
        self.chart = chart
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(chart)
        self.stack.addWidget(self.table)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        self.toggle.toggled.connect(lambda _: self.retranslate())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.note = QLabel()  # what the colours mean, beside the button: a title with it did not fit
        self.note.setWordWrap(True)
        self.note.hide()
        self.title_text = ""
        head = QHBoxLayout()
        head.addWidget(self.empty, 1)
        head.addWidget(self.note, 1)
        head.addStretch()
        head.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)

    def set_table(self, headers: list[str], rows: list[list]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def set_empty(self, text: str) -> None:
        """An explanation instead of an empty white box."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.note.setVisible(not text and bool(self.note.text()))
        self.stack.setVisible(not text)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text) and not self.empty.isVisibleTo(self))

    def set_title(self, text: str) -> None:
        """The box's title, ending in «…» where the box is narrower (its whole text then in the tooltip)."""
        self.title_text = text
        self._fit_title()

    def _fit_title(self) -> None:
        room = self.width() - 2 * self.fontMetrics().averageCharWidth() - 12
        shown = self.fontMetrics().elidedText(self.title_text, Qt.TextElideMode.ElideRight, max(room, 40))
        self.setTitle(shown)
        self.setToolTip(self.title_text if shown != self.title_text else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Chart") if self.toggle.isChecked() else self.tr("Table"))
        self.toggle.setToolTip(self.tr("Show the chart") if self.toggle.isChecked()
                               else self.tr("Show the same numbers as a table"))

"""The Calendar page's views: year overview (akims x quarters, coloured by coverage), month, compliance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.calendar import CalendarView

COLOURS = {"ok": QColor("#d7f0d2"), "gap": QColor("#f8d0cc"), "free": QColor("#f2f2f2")}


class YearOverview(QTableWidget):
    """One row per akim and unit, one column per quarter; green where the norm is met, red where not."""

    def __init__(self, parent=None):
        super().__init__(0, 6, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view: CalendarView | None = None
        self.lang = "ru"

    def show_view(self, view: CalendarView, lang: str) -> None:
        self.view, self.lang = view, lang
        self.retranslate()
        kk = lang == "kk"
        self.setRowCount(len(view.coverage))
        bold = QFont(self.font())
        bold.setBold(True)
        tips = {"ok": self.tr("The norm is met in this period"),  # once, not three times a cell
                "gap": self.tr("A field meeting is missing in this period"),
                "free": self.tr("No meeting required in this period")}
        previous = None
        for i, row in enumerate(view.coverage):
            akim = QTableWidgetItem(row.akim_kk if kk else row.akim_ru)
            if row.organizer_id == previous:
                akim.setForeground(QBrush(QColor("#888888")))
            previous = row.organizer_id
            akim.setToolTip(akim.text())
            self.setItem(i, 0, akim)
            unit = QTableWidgetItem(row.unit_kk if kk else row.unit_ru)
            unit.setToolTip(unit.text())
            self.setItem(i, 1, unit)
            for q in range(4):
                cell = QTableWidgetItem(str(row.counts[q]) if row.counts[q] else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setBackground(QBrush(COLOURS[row.states[q]]))
                cell.setToolTip(tips[row.states[q]])
                self.setItem(i, 2 + q, cell)
        # names share what is left and elide at the end (full name in the tooltip): Q4 stays on screen
        header = self.horizontalHeader()
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for q in range(4):
            header.setSectionResizeMode(2 + q, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(2 + q, 64)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Akim"), self.tr("Where"), self.tr("Q1"), self.tr("Q2"),
                                        self.tr("Q3"), self.tr("Q4")])


class MonthView(QWidget):
    """A month calendar with days that have meetings in bold, and the chosen day's meetings beside it."""

    day_chosen = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.day_list = QListWidget()
        self.day_label = QLabel()
        right = QVBoxLayout()
        right.addWidget(self.day_label)
        right.addWidget(self.day_list)
        layout = QHBoxLayout(self)
        layout.addWidget(self.calendar, 3)
        layout.addLayout(right, 2)
        self.calendar.selectionChanged.connect(self._show_day)
        self.view: CalendarView | None = None
        self.lang = "ru"

    def show_view(self, view: CalendarView, lang: str) -> None:
        self.view, self.lang = view, lang
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear the marks of another year
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(QColor("#dde8f7")))
        for day in {p.date for p in view.planned}:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), marked)
        self.calendar.setDateRange(QDate(view.year, 1, 1), QDate(view.year, 12, 31))
        self._show_day()

    def _show_day(self) -> None:
        chosen = self.calendar.selectedDate()
        day = dt.date(chosen.year(), chosen.month(), chosen.day())
        self.day_label.setText(self.tr("Meetings on %1:").replace("%1", day.strftime("%d.%m.%Y")))
        self.day_list.clear()
        if self.view is None:
            return
        kk = self.lang == "kk"
        for p in sorted((p for p in self.view.planned if p.date == day), key=lambda p: p.start or dt.time()):
            when = p.start.strftime("%H:%M") if p.start else "—"
            self.day_list.addItem(f"{when}  {p.akim_kk if kk else p.akim_ru} — {p.unit_kk if kk else p.unit_ru}")
        self.day_chosen.emit(day)


class CompliancePanel(QWidget):
    """What the decree still requires of this calendar, in the interface language, updated after each edit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setSpacing(3)
        self.items.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.items)
        self.view: CalendarView | None = None
        self.lang = "ru"

    def show_view(self, view: CalendarView, lang: str) -> None:
        self.view, self.lang = view, lang
        self.items.clear()
        report = view.report
        if report is None:
            self.title.setText(self.tr("No calendar for this year yet: press Propose calendar to draft one."))
            self.title.setStyleSheet("")
            return
        gaps = len(report.coverage_gaps)
        if report.compliant:
            self.title.setText(self.tr("The calendar meets the decree"))
            self.title.setStyleSheet("color: #1b6e20")
        else:
            self.title.setText(self.tr("Problems: %1 (coverage gaps: %2)").replace("%1", str(len(report.violations)))
                               .replace("%2", str(gaps)))
            self.title.setStyleSheet("color: #b00020")
        for v in report.violations:
            item = QListWidgetItem(v.message(lang))
            item.setData(Qt.ItemDataRole.UserRole, v.kind)
            self.items.addItem(item)
        if not report.violations:  # say so, rather than show an empty white box
            self.items.addItem(QListWidgetItem(self.tr(
                "Every akim has the field meetings the decree requires in every unit and period. Edits to the "
                "plan are checked here at once.")))
        if report.draft_version is not None:  # a correction waiting for the maslikhat: its own findings, apart
            mark = self.tr("Correction draft, version %1:").replace("%1", str(report.draft_version))
            for v in report.draft_violations:
                item = QListWidgetItem(f"{mark} {v.message(lang)}")
                item.setData(Qt.ItemDataRole.UserRole, f"draft:{v.kind}")
                item.setForeground(Qt.GlobalColor.darkGray)
                self.items.addItem(item)

"""Home page: are we on track, what is late, what is next — for the region and year, without a click."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..charts import GREEN, RED, BarChart, ChartBox
from ..jobs import Latest
from ..labels import deadline_name
from .base import Page

if TYPE_CHECKING:
    from ...services import home as service

CELL = {"ok": QColor("#c8e6c9"), "gap": QColor("#ffcdd2"), "free": QColor("#eeeeee")}


def _label(rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def short_names(names: list[str]) -> list[str]:
    """Names without the words most of them share at the start or the end ("Управление ... акимата Костанайской
    области", «Қостанай облысы әкімдігінің ... басқармасы»), so a narrow chart shows what tells them apart; the
    table keeps full names. Words are dropped from the names that share them when at least half do (a ministry
    among a region's departments keeps its name whole); every name keeps a word."""
    words = [n.split() for n in names]
    if len(words) < 2:
        return names
    for at_end in (False, True):
        ordered = [w[::-1] if at_end else w for w in words]
        first = Counter(w[0] for w in ordered if len(w) > 1).most_common(1)
        if not first or first[0][1] * 2 < len(words) or first[0][1] < 2:
            continue
        group = [w for w in ordered if len(w) > 1 and w[0] == first[0][0]]
        shared = 1
        while all(len(w) > shared + 1 and w[shared] == group[0][shared] for w in group):
            shared += 1
        ordered = [w[shared:] if len(w) > 1 and w[0] == first[0][0] else w for w in ordered]
        words = [w[::-1] if at_end else w for w in ordered]
    return [" ".join(w) for w in words]


def _home_view(db, region_id, year, today) -> service.HomeView:
    """The page's figures (in the background); the calendar services they need load then, not at the start."""
    from ...services import home

    return home.home_view(db, region_id, year, today)


WIDE = 900  # pixels of the page's view that hold its three columns
NARROW_SHARE, WIDE_SHARE = 0.6, 0.4  # of the page's width the coverage table takes at most, for the akims' posts
LEAST_SHARE = 0.25  # and at least (its note when no meeting is planned yet)


class HomePage(Page):
    """The first page: coverage, issues by status and by body, overdue trend, next deadlines, next steps."""

    navigate = Signal(str)  # "calendar", "meetings", "register", "reports"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.today: dt.date | None = None  # the real date unless a test or the tour fixes one
        self.view: service.HomeView | None = None
        self.loading = Latest(self)
        self.summary = _label(rich=True)
        self.coverage_box = QGroupBox()
        self.coverage = QTableWidget()
        self.coverage.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coverage.verticalHeader().setVisible(False)
        self.coverage.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.coverage.setWordWrap(False)
        self.coverage.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.coverage.activated.connect(lambda _: self.navigate.emit("calendar"))
        self.coverage.cellDoubleClicked.connect(lambda *_: self.navigate.emit("calendar"))
        self.coverage_empty = _label()
        box = QVBoxLayout(self.coverage_box)
        box.addWidget(self.coverage_empty)
        box.addWidget(self.coverage, 1)
        self.status_chart = ChartBox(BarChart(horizontal=True))
        self.body_chart = ChartBox(BarChart(horizontal=True))
        self.trend_chart = ChartBox(BarChart(horizontal=False))
        self.trend_chart.chart.color = RED
        self.next_box = QGroupBox()
        self.deadlines = _label(rich=True)
        self.todo = _label(rich=True)
        self.todo.linkActivated.connect(self.navigate.emit)
        self.todo.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        inner = QVBoxLayout(self.next_box)
        inner.addWidget(self.deadlines)
        inner.addWidget(self.todo)
        inner.addStretch()

        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.wide: bool | None = None
        self.coverage_need = 0  # pixels the coverage table wants to show its akims' posts whole
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        for widget in (self.next_box, self.status_chart, self.trend_chart, self.body_chart):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, widget.sizePolicy().verticalPolicy())
        self._arrange(wide=True)
        self.layout_.addWidget(self.scroll, 1)

    def _arrange(self, wide: bool) -> None:
        """Three columns where the page has 900 px; two on a narrower screen (a 1024 px one), the charts one
        under another beside the coverage table: the page scrolls down, never sideways."""
        if wide == self.wide:
            return
        self.wide, grid = wide, self.grid
        places = ({self.next_box: (1, 1), self.status_chart: (1, 2), self.trend_chart: (2, 1), self.body_chart: (2, 2)}
                  if wide else
                  {self.next_box: (1, 1), self.status_chart: (2, 1), self.trend_chart: (3, 1), self.body_chart: (4, 1)})
        for widget in (self.summary, self.coverage_box, *places):
            grid.removeWidget(widget)
        grid.addWidget(self.summary, 0, 0, 1, 3 if wide else 2)
        grid.addWidget(self.coverage_box, 1, 0, 2 if wide else 4, 1)
        for widget, (row, col) in places.items():
            grid.addWidget(widget, row, col)
        for col, stretch in enumerate((0, 1, 1) if wide else (0, 1, 0)):  # the table: as wide as it needs
            grid.setColumnStretch(col, stretch)
        for row in range(5):
            grid.setRowStretch(row, 0 if row == 0 or (wide and row > 2) else 1)
        self.body.setMinimumSize(*((900, 520) if wide else (540, 1000)))

    def _fit_coverage(self) -> None:
        """The coverage table is as wide as its akims' posts need, up to a share of the page; the charts and the
        list of what is next take what it leaves (they shorten their labels), not their own widths, which would
        squeeze the table and cut the posts."""
        width = self.scroll.width()
        most = width * (WIDE_SHARE if self.wide else NARROW_SHARE)
        self.grid.setColumnMinimumWidth(0, int(min(max(self.coverage_need, width * LEAST_SHARE), most)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(wide=self.scroll.width() >= WIDE)  # the area, not its view: a scroll bar showing changes nothing
        self._fit_coverage()

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "The region and year at a glance: are the decree's meetings on track, which issues are late, "
            "what comes next. Click a chart's Table button to read its numbers."))
        self.coverage_box.setTitle(self.tr("Meetings by the decree's norms (akim × quarter)"))
        self.status_chart.set_title(self.tr("Issues by status"))
        self.body_chart.set_title(self.tr("Open issues by responsible body"))
        self.body_chart.set_note(self.tr("Red: overdue; blue: within the deadline"))
        self.trend_chart.set_title(self.tr("Overdue issues at each month's end"))
        self.next_box.setTitle(self.tr("What is next"))
        for chart in (self.status_chart, self.body_chart, self.trend_chart):
            chart.retranslate()
        self.show_view()

    def refresh(self) -> None:
        """The figures are counted in the background after the window is painted: it never waits for them."""
        if self.state.region_id is None:
            self.loading.asked += 1  # an answer for the region before is no longer wanted
            self.view = None
            self.show_view()
            return
        db, key = self.state.database, (self.state.region_id, self.state.year, self.today)

        def load() -> None:
            self.loading.run(lambda: _home_view(db, *key), self._loaded)

        after_first_paint = getattr(self.window(), "after_first_paint", None)  # in the main window
        if after_first_paint is not None:
            after_first_paint(load)
        else:
            QTimer.singleShot(0, self, load)

    def _loaded(self, view: service.HomeView) -> None:
        self.view = view
        self.show_view()

    # --- showing ------------------------------------------------------------------------------
    def show_view(self) -> None:
        v = self.view
        if v is None:
            self.summary.setText(self.tr("Choose a region in the bar above, or create the directory on the "
                                         "Directory page."))
            return
        self._summary(v)
        self._coverage(v)
        self._charts(v)
        self._next(v)

    def _summary(self, v: service.HomeView) -> None:
        if not v.calendar_exists:
            track = self.tr("<b>No calendar for %1 yet.</b>").replace("%1", str(v.year))
        elif v.pairs_gap:
            track = self.tr("<b style='color:#c62828'>Behind the norms:</b> %1 of %2 akim–unit pairs lack a meeting.")
            track = track.replace("%1", str(v.pairs_gap)).replace("%2", str(len(v.coverage)))
        else:
            track = self.tr("<b style='color:#2e7d32'>On track:</b> all %1 akim–unit pairs have their meetings.")
            track = track.replace("%1", str(len(v.coverage)))
        late = self.tr("Open issues: <b>%1</b>, of them overdue: <b style='color:#c62828'>%2</b>.")
        held = self.tr("Meetings planned: <b>%1</b>, held: <b>%2</b>.")
        self.summary.setText(" &nbsp; ".join([
            track, held.replace("%1", str(v.planned)).replace("%2", str(v.held)),
            late.replace("%1", str(v.open_issues)).replace("%2", str(v.overdue))]))

    def _coverage(self, v: service.HomeView) -> None:
        lang = self.state.language
        akims: dict[str, list] = {}
        for row in v.coverage:
            name = row.akim_kk if lang == "kk" and row.akim_kk else row.akim_ru
            cells = akims.setdefault(row.organizer_id, [name, [[0, 0] for _ in range(4)]])[1]
            for q, state in enumerate(row.states):
                if state != "free":
                    cells[q][0 if state == "ok" else 1] += 1
        self.coverage.clear()
        self.coverage.setColumnCount(5)
        self.coverage.setHorizontalHeaderLabels([self.tr("Akim"), "1", "2", "3", "4"])
        for q in range(1, 5):  # narrow columns numbered 1-4, the quarter's name in a tooltip
            self.coverage.horizontalHeaderItem(q).setToolTip(self.tr("Q%1").replace("%1", str(q)))
        self.coverage.setRowCount(len(akims))
        names = [name for name, _cells in akims.values()]
        for r, (shown, (name, cells)) in enumerate(zip(short_names(names), akims.values(), strict=True)):
            item = QTableWidgetItem(shown)  # under the column's «Аким»: «города Костанай», «Қостанай қаласының»
            item.setToolTip(name)
            self.coverage.setItem(r, 0, item)
            for q, (ok, gap) in enumerate(cells):
                self.coverage.setItem(r, q + 1, self._cell(ok, gap))
        self.coverage.resizeColumnsToContents()
        header = self.coverage.horizontalHeader()
        frame, inner = self.coverage_box.contentsMargins(), self.coverage_box.layout().contentsMargins()
        self.coverage_need = (header.length() + self.coverage.verticalScrollBar().sizeHint().width()
                              + 2 * self.coverage.frameWidth() + frame.left() + frame.right() + inner.left()
                              + inner.right())
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_coverage()
        self.coverage_empty.setText("" if v.coverage else self.tr(
            "No meetings are planned for this year. Open the Calendar page and press Propose a calendar."))
        self.coverage_empty.setVisible(not v.coverage)
        self.coverage.setVisible(bool(v.coverage))

    def _cell(self, ok: int, gap: int) -> QTableWidgetItem:
        if ok + gap == 0:
            item, colour = QTableWidgetItem("—"), CELL["free"]
            item.setToolTip(self.tr("The decree sets no meeting in this quarter"))
        else:
            item = QTableWidgetItem(f"{ok}/{ok + gap}")
            colour = CELL["gap"] if gap else CELL["ok"]
            item.setToolTip(self.tr("%1 of %2 units have their meetings; double-click to open the calendar")
                            .replace("%1", str(ok)).replace("%2", str(ok + gap)))
        item.setBackground(QBrush(colour))
        item.setForeground(QBrush(QColor("#000000")))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def _charts(self, v: service.HomeView) -> None:
        lang = self.state.language
        names = [s.name(lang) for s in v.by_status]
        self.status_chart.chart.set_data(names, [s.count for s in v.by_status])
        self.status_chart.set_table([self.tr("Status"), self.tr("Issues")], [[n, s.count] for n, s in
                                                                           zip(names, v.by_status, strict=True)])
        self.status_chart.set_empty("" if v.by_status else self.tr(
            "No issues in the register yet. They are added from a meeting's record or on the Register page."))
        bodies = v.by_body[:8]
        names = short_names([b.name(lang) or self.tr("Not assigned") for b in bodies])
        self.body_chart.chart.set_data(names, [b.count for b in bodies], [b.overdue for b in bodies])
        self.body_chart.set_table([self.tr("Responsible body"), self.tr("Open"), self.tr("Overdue")],
                                  [[b.name(lang) or self.tr("Not assigned"), b.count, b.overdue] for b in v.by_body])
        self.body_chart.set_empty("" if v.by_body else self.tr("No open issues: nothing waits for a body."))
        locale = QLocale(QLocale.Language.Kazakh if lang == "kk" else QLocale.Language.Russian)
        self.trend_chart.chart.set_data([str(m) for m in range(1, 13)], v.overdue_by_month)  # names: in the table
        self.trend_chart.set_table([self.tr("Month"), self.tr("Overdue")],
                                   [[locale.standaloneMonthName(m), n] for m, n in
                                    zip(range(1, 13), v.overdue_by_month, strict=True)])
        self.trend_chart.set_empty("" if any(v.overdue_by_month) else self.tr("No issue was overdue this year."))
        self.status_chart.chart.color = GREEN

    def _next(self, v: service.HomeView) -> None:
        lang = self.state.language
        lines = ["<b>" + self.tr("Next deadlines") + "</b>"]
        for d in v.deadlines:
            subject = d.subject_kk if lang == "kk" and d.subject_kk else d.subject_ru
            left = self.tr("today") if d.days_left == 0 else self.tr("days left: %1").replace("%1", str(d.days_left))
            lines.append(f"{d.day:%d.%m.%Y} — {deadline_name(d.kind)}: {subject} (<b>{left}</b>)")
        if not v.deadlines:
            lines.append(self.tr("No decree deadline ahead."))
        self.deadlines.setText("<br>".join(lines))
        todo = ["<b>" + self.tr("What to do next") + "</b>"]
        if not v.calendar_exists:
            todo.append(self._link("calendar", self.tr("Prepare the calendar for %1").replace("%1", str(v.year))))
        elif v.pairs_gap:
            todo.append(self._link("calendar", self.tr("Plan meetings where the norms are not met")))
        if v.overdue:
            todo.append(self._link("register", self.tr("Review %1 overdue issues").replace("%1", str(v.overdue))))
        if v.unpublished:
            todo.append(self._link("meetings", self.tr("Publish the results of %1 held meetings")
                                   .replace("%1", str(v.unpublished))))
        todo.append(self._link("reports", self.tr("Prepare a report for the maslikhat")))
        self.todo.setText("<br>".join(todo))

    @staticmethod
    def _link(target: str, text: str) -> str:
        return f"• <a href='{target}'>{text}</a>"

"""Calendar, Meetings and Issues pages: what the database holds for the chosen region and year.

Editing arrives with the calendar, meetings and issue-register work; these lists already show it all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...services import overview
from ..labels import meeting_status_name, off_calendar_name
from .base import TablePage
from .reports_page import ReportsPage  # noqa: F401  (the main window takes every page from here)


class CalendarPage(TablePage):
    initial_order = Qt.SortOrder.AscendingOrder
    def title(self) -> str:
        return self.tr("Annual calendar of meetings")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Field meetings of the region's akims planned in the current version of the calendar for the "
            "chosen year. Proposing a calendar, the compliance check against the decree, maslikhat approval "
            "and corrections will be done on this page."))

    def columns(self):
        st = self.state
        return [
            (lambda: self.tr("Date"), lambda r: r.date),
            (lambda: self.tr("Akim"), lambda r: st.name(r, "akim")),
            (lambda: self.tr("Where"), lambda r: st.name(r, "unit")),
            (lambda: self.tr("Venue"), lambda r: r.venue),
            (lambda: self.tr("Version"), lambda r: r.version),
        ]

    def load(self):
        return overview.planned_rows(self.state.database, self.state.region_id, self.state.year)


class MeetingsPage(TablePage):
    def title(self) -> str:
        return self.tr("Meetings with the population")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Meetings held, announced, postponed or cancelled, from the calendar and off-calendar. Logging a "
            "meeting, the decree checks, the agenda, the attendance sheet and the minutes will be done on "
            "this page."))

    def columns(self):
        st = self.state
        return [
            (lambda: self.tr("Date"), lambda r: r.date),
            (lambda: self.tr("Akim"), lambda r: st.name(r, "akim")),
            (lambda: self.tr("Where"), lambda r: st.name(r, "unit")),
            (lambda: self.tr("Status"), lambda r: meeting_status_name(r.status)),
            (lambda: self.tr("Kind"), lambda r: off_calendar_name(r.off_calendar_reason)),
            (lambda: self.tr("Attendance"), lambda r: r.attendance),
        ]

    def load(self):
        return overview.meeting_rows(self.state.database, self.state.region_id, self.state.year)


class IssuesPage(TablePage):
    def title(self) -> str:
        return self.tr("Problem issues raised by citizens")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Issues raised in the chosen year, and older ones still open. The full register (routing, "
            "deadlines, progress history, search across the whole database) will be done on this page."))

    def columns(self):
        st = self.state
        return [
            (lambda: self.tr("Raised"), lambda r: r.raised_on),
            (lambda: self.tr("Where"), lambda r: st.name(r, "unit")),
            (lambda: self.tr("Issue"), lambda r: r.text),
            (lambda: self.tr("Responsible body"), lambda r: st.name(r, "body")),
            (lambda: self.tr("Deadline"), lambda r: r.deadline),
            (lambda: self.tr("Status"), lambda r: getattr(r, f"status_{st.language}", r.status_ru)),
        ]

    def load(self):
        return overview.issue_rows(self.state.database, self.state.region_id, self.state.year)

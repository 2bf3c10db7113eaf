"""The main window's pages, each imported and built when it is first shown (or first asked for).

A hidden page's module, its services and their libraries stay out of the window's start: only the
page the window opens on is built before the first paint; its navigation title needs no page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from .pages.base import Page


class PageKind(NamedTuple):
    module: str  # under akimdesk.ui.pages
    cls: str  # also the translation context of its title
    title: str  # the page's title(), source text
    undo: bool  # the constructor takes the window's undo stack


PAGES = (
    PageKind("home_page", "HomePage", "Home", False),
    PageKind("calendar_page", "CalendarPage", "Annual calendar of meetings", True),
    PageKind("meetings_page", "MeetingsPage", "Meetings with the population", True),
    PageKind("register_page", "RegisterPage", "Register of problem issues", True),
    PageKind("reports_page", "ReportsPage", "Reports and exports", False),
    PageKind("directory_page", "DirectoryPage", "Territory directory", True),
    PageKind("exchange_page", "ExchangePage", "Exchange", False),
    PageKind("audit_page", "AuditPage", "Audit", False),
    PageKind("settings_page", "SettingsPage", "Settings", False),
)
HOME, CALENDAR, MEETINGS, REGISTER, REPORTS, DIRECTORY, EXCHANGE, AUDIT, SETTINGS = range(len(PAGES))


class LazyPages(Sequence):
    """Indexable like a list of pages; `pages[i]` builds page i into its place in the stack if needed."""

    def __init__(self, stack: QStackedWidget, build: Callable[[PageKind], Page], kinds=PAGES):
        self.stack, self.kinds, self._build = stack, kinds, build
        self._pages: list[Page | None] = [None] * len(kinds)
        for _ in kinds:
            stack.addWidget(QWidget())  # a placeholder until the page is built

    def __len__(self) -> int:
        return len(self.kinds)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        index = range(len(self))[index]
        page = self._pages[index]
        if page is None:
            page = self._pages[index] = self._build(self.kinds[index])
            placeholder, current = self.stack.widget(index), self.stack.currentIndex()
            self.stack.blockSignals(True)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            self.stack.setCurrentIndex(current)
            self.stack.blockSignals(False)
            placeholder.deleteLater()
        return page

    def built(self) -> list[Page]:
        """The pages built so far (a language change or a new database concerns only these)."""
        return [p for p in self._pages if p is not None]

    def title(self, index: int) -> str:
        kind = self.kinds[index]
        return QCoreApplication.translate(kind.cls, kind.title)


def page_class(kind: PageKind) -> type[Page]:
    return getattr(importlib.import_module(f"{__package__}.pages.{kind.module}"), kind.cls)

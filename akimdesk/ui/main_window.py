"""The main window: navigation between pages, region and year, counters, menus, language switch."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import __version__, config
from ..services import overview
from ..services.storage import Database, DatabaseError, open_database
from .i18n import LanguageSwitcher
from .jobs import Latest, run_job
from .labels import language_name
from .page_list import EXCHANGE, REPORTS, SETTINGS, LazyPages, PageKind, page_class
from .pages.base import Page
from .state import AppState

if TYPE_CHECKING:
    from ..services.demo import DemoSettings


class MainWindow(QMainWindow):
    def __init__(self, database: Database, languages: LanguageSwitcher, demo: bool = False):
        super().__init__()
        self.languages = languages
        self.demo = demo
        self.state = AppState(database, languages.language)
        self.undo_stack = QUndoStack(self)
        self.settings = QSettings()

        self.nav = QListWidget()
        self.stack = QStackedWidget()
        # a page is imported and built when first shown: the start builds the page it opens on only
        self.pages = LazyPages(self.stack, self._build_page)
        for _ in self.pages.kinds:
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._page_shown)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1000])
        self.setCentralWidget(splitter)

        self._build_toolbar()
        self._build_menus()
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.state.selection_changed.connect(self.update_counters)
        self.state.data_changed.connect(self.update_counters)

        self.retranslate()
        # the remembered page first, so choosing the region loads that page only (the rest load when shown)
        self.nav.setCurrentRow(int(self.settings.value("window/page", 0)))
        self.reload_regions()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.95)), min(800, int(screen.height() * 0.9)))
        self._page_shown(self.stack.currentIndex())  # loads it if choosing the region did not

    # --- building -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("selection")
        bar.setMovable(False)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 2, 6, 2)
        self.region_label = QLabel()
        self.region = QComboBox()
        self.region.setMinimumWidth(300)
        self.region_label.setBuddy(self.region)
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2022, 2100)
        self.year.setValue(int(self.settings.value("selection/year", dt.date.today().year)))
        self.year_label.setBuddy(self.year)
        self.counters = QLabel()
        self.counting, self._counted, self._counters_due = Latest(self), None, None
        self.counters.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.region_label, self.region, self.year_label, self.year):
            row.addWidget(w)
        row.addSpacing(24)
        row.addWidget(self.counters, 1)
        bar.addWidget(box)
        self.addToolBar(bar)
        self.region.currentIndexChanged.connect(self._selection_edited)
        self.year.valueChanged.connect(self._selection_edited)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.open_database)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.file_menu.addAction(self.open_action)
        self.excel_action = QAction(self, triggered=lambda: self.pages[EXCHANGE].open_excel_wizard())
        self.file_menu.addAction(self.excel_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = menu.addMenu("")
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.find_action = QAction(self, shortcut=QKeySequence.StandardKey.Find, triggered=self.focus_filter)
        self.edit_menu.addActions([self.undo_action, self.redo_action, self.find_action])

        self.view_menu = menu.addMenu("")
        self.page_actions = []
        for i in range(len(self.pages)):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.nav.setCurrentRow(i))
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for lang in config.LANGUAGES:
            action = QAction(language_name(lang), self, checkable=True)
            action.setChecked(lang == self.state.language)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.help_menu = menu.addMenu("")
        self.about_action = QAction(self, triggered=self.about)
        self.help_menu.addAction(self.about_action)

    # --- language -----------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the interface language at once; every page retranslates on LanguageChange."""
        self.state.language = lang  # first, so pages retranslating now show data in the new language
        self.languages.set_language(lang)
        self.settings.setValue("language", lang)
        self.language_actions[lang].setChecked(True)
        self.reload_regions()
        for page in self.pages.built():
            model = getattr(page, "model", None)
            if hasattr(model, "retranslate"):
                model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.tr("AkimDesk — meetings of akims with the population")
        if self.demo:
            title += " " + self.tr("[demo data]")
        self.setWindowTitle(title)
        for i in range(len(self.pages)):
            self.nav.item(i).setText(self.pages.title(i))
            self.page_actions[i].setText(self.pages.title(i))
        # the navigation is as wide as its longest entry in the current language
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0), 150) + 24)
        self.region_label.setText(self.tr("&Region:"))
        self.year_label.setText(self.tr("&Year:"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open database…"))
        self.excel_action.setText(self.tr("Import from E&xcel…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.find_action.setText(self.tr("&Find in the list"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About AkimDesk"))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.state.database.describe()))
        self.update_counters()

    def _build_page(self, kind: PageKind) -> Page:
        cls = page_class(kind)
        page = cls(self.state, self.undo_stack) if kind.undo else cls(self.state)
        page.retranslate()
        if kind.cls == "SettingsPage":
            page.language_requested.connect(self.set_language)
        return page

    @property
    def reports_page(self):
        return self.pages[REPORTS]

    @property
    def settings_page(self):
        return self.pages[SETTINGS]

    def _page_shown(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.pages[index].shown()

    # --- selection and counters ---------------------------------------------------------------
    def reload_regions(self) -> None:
        wanted = self.state.region_id or self.settings.value("selection/region")
        choices = overview.region_choices(self.state.database)
        self.region.blockSignals(True)
        self.region.clear()
        for c in choices:
            self.region.addItem(f"{c.name_kk if self.state.language == 'kk' else c.name_ru}", str(c.id))
        index = self.region.findData(str(wanted)) if wanted else -1
        if index < 0:
            demo_kato = config.DEMO_REGION + "0000000"
            index = next((i for i, c in enumerate(choices) if c.kato == demo_kato), 0)
        self.region.setCurrentIndex(index)
        self.region.blockSignals(False)
        self._selection_edited()

    def _selection_edited(self) -> None:
        data = self.region.currentData()
        region_id = uuid.UUID(data) if data else None
        self.state.select(region_id, self.year.value())
        self.settings.setValue("selection/region", data)
        self.settings.setValue("selection/year", self.year.value())

    def update_counters(self) -> None:
        """The toolbar's numbers, counted in the background: the pages never wait for them."""
        if self.state.region_id is None:
            self.counting.asked += 1
            self._counters_due = None
            self.counters.setText("")
            return
        database, key = self.state.database, (self.state.region_id, self.state.year)
        known = self._counted is not None and self._counted[0] == key
        self._show_counters(self._counted if known else None)  # "…" until this region and year are counted
        # counted from the event loop, once for several changes: never competing with the first paint
        if self._counters_due is None:
            QTimer.singleShot(0, self, self._count)
        self._counters_due = (database, key)

    def _count(self) -> None:
        due, self._counters_due = self._counters_due, None
        if due is not None and self.state.region_id is not None:
            database, key = due
            self.counting.run(lambda: (key, overview.counters(database, *key)), self._show_counters)

    def _show_counters(self, counted) -> None:
        self._counted = counted if counted is not None else self._counted
        c = counted[1] if counted is not None else None

        def n(name: str) -> str:
            return "…" if c is None else str(getattr(c, name))

        parts = [
            self.tr("Planned: <b>%1</b>").replace("%1", n("planned")),
            self.tr("Held: <b>%1</b>").replace("%1", n("held")),
            self.tr("Open issues: <b>%1</b>").replace("%1", n("open_issues")),
            self.tr("Overdue: <b style='color:#b00020'>%1</b>").replace("%1", n("overdue")),
            self.tr("Due within 7 days: <b>%1</b>").replace("%1", n("due_this_week")),
        ]
        self.counters.setText(" &nbsp;·&nbsp; ".join(parts))

    def focus_filter(self) -> None:
        page = self.stack.currentWidget()
        edit = getattr(page, "filter", None)
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    # --- actions ------------------------------------------------------------------------------
    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(config.data_dir()), self.tr("AkimDesk database (*.sqlite);;All files (*)"))
        if not path:
            return
        try:
            database = open_database(path)
        except DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Open database"), str(exc))
            return
        self.state.database.close()
        self.state.database = database
        self.demo = False
        self.undo_stack.clear()
        self.retranslate()
        for page in self.pages.built():
            page.retranslate()
        self.reload_regions()
        self.state.data_changed.emit()

    def open_package(self, path: Path):
        """A package opened from the file manager: the Reports page verifies it at once."""
        self.nav.setCurrentRow(REPORTS)
        return self.reports_page.verify(Path(path))

    def generate_demo_data(self, settings: DemoSettings | None = None) -> None:
        """Fill the (empty) demo database in the background, with a progress bar and Cancel."""
        from ..services import demo as demo_service  # only a demo start needs the generator

        database = self.state.database
        self.statusBar().showMessage(self.tr("Preparing demo data…"))

        def done(summary) -> None:
            self.statusBar().showMessage(self.tr("Demo data ready: %1 meetings, %2 issues").replace(
                "%1", str(summary.meetings)).replace("%2", str(summary.issues)), 8000)
            self.reload_regions()
            self.state.data_changed.emit()

        def failed(message: str, details: str) -> None:
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Demo data"), message)

        self.demo_job = run_job(self, self.tr("Preparing demo data…"),
                                lambda progress: demo_service.fill_demo(database, settings, progress),
                                on_done=done, on_failed=failed,
                                on_cancelled=lambda: self.statusBar().showMessage(self.tr("Cancelled"), 5000))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About AkimDesk"), self.tr(
            "<h3>AkimDesk %1</h3><p>Planning, holding and accounting for akims' meetings with the population "
            "under Presidential Decree No. 826.</p><p>Font: PT Sans (ParaType Free Font License).</p>"
        ).replace("%1", __version__))

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.nav.currentRow())
        super().closeEvent(event)
